"""Round CF (issue 11): a birth-date column known by its spread over the years, whatever the row's
layout; 対象児： names one child; an era's first character with blank-separated numbers after a birth
label; Lahir as a birth label. Every value is invented; ⏎ is a line break."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine

BIRTH = "DATE_OF_BIRTH"

CASES = [
    # a roster's one date per row, decades apart: the people's births
    (
        "spread-hw-kana",
        "名簿(出力)⏎01 ｲﾏｲ ｹﾝ 1952.07.30 5530012⏎02 ｵｻﾀﾞ ﾐｷ 1988.11.02 5530047⏎03 ｳﾉ ｿﾗ 2011.04.19 5530101",
        ["1952.07.30", "1988.11.02", "2011.04.19"],
    ),
    (
        "spread-kanji-slash",
        "利用者⏎田辺 朋子 1947/2/8 要介護2⏎西尾 俊 1979/10/21 要支援1⏎堀 千里 1962/6/3 要介護1",
        ["1947/2/8", "1979/10/21", "1962/6/3"],
    ),
    (
        "spread-romaji-packed",
        "crew list⏎Budi Santoso 19790512 ABK⏎Rina Wati 19950130 ABK⏎Eko Prasetyo 19620921 ABK",
        ["19790512", "19950130", "19620921"],
    ),
    # dates close together are a list's event dates, not births
    (
        "narrow-span",
        "来所記録⏎01 ｲﾏｲ ｹﾝ 2024.07.30⏎02 ｵｻﾀﾞ ﾐｷ 2025.01.12⏎03 ｳﾉ ｿﾗ 2025.03.02",
        [],
    ),
    # a header naming another date
    (
        "other-date-header",
        "氏名 登録日⏎田辺 朋子 1987/2/8⏎西尾 俊 2019/10/21⏎堀 千里 2002/6/3",
        [],
    ),
    # two rows decades apart are enough (round CG); two close together are not, nor one row
    ("two-rows", "01 ｲﾏｲ ｹﾝ 1952.07.30⏎02 ｵｻﾀﾞ ﾐｷ 1988.11.02", ["1952.07.30", "1988.11.02"]),
    ("two-rows-narrow", "01 ｲﾏｲ ｹﾝ 2016.07.30⏎02 ｵｻﾀﾞ ﾐｷ 2025.11.02", []),
    ("one-row", "01 ｲﾏｲ ｹﾝ 1952.07.30", []),
    # 対象児： labels one child; a cohort stays unread
    ("target-child", "対象児：健太ちゃん　令和2年5月生", ["令和2年5月"]),
    ("cohort", "対象児童：平成30年4月2日～平成31年4月1日生まれの児童", []),
    # an era's first character and blank-separated numbers after a birth label
    ("era-initial-spaced", "生年月日 昭 48 7 19", ["昭 48 7 19"]),
    ("era-initial-other-date", "交付日 令 6 4 1", []),
    ("era-initial-invalid", "生年月日 平 3 2 30", []),
    # Lahir (Indonesian / Malay "born") as a label
    ("lahir", "Lahir: 17 Maret 1990", ["17 Maret 1990"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round_cf(engine: DLPEngine, text: str, expected: list[str]) -> None:
    t = text.replace("⏎", "\n")
    assert [t[f.start : f.end] for f in engine.scan(t) if f.entity_type == BIRTH] == expected
