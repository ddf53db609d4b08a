"""Round BC: fixed-width person rows with a bare postal code, glued 介護保険 records under a KAIGO
header, 国保 記号・番号・枝番, a 個人番号 in six spaced pairs, values answered in the next dialogue
turn, English insured numbers and foreign phones, compact era and quoted partial birth dates
(records_bc.py). Negatives: amount rows, files with no KAIGO mark, registers with no insurance,
failed check digits, turns asking for other numbers. Every value is invented (values differ from
the round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_FIXED = "00071ﾋﾗｲ ｻﾁｺ         19670309   5960041   08047713952"
_CARE = "H0004202510KAIGO⏎210017641845 ﾆｼｵ ﾏｻﾐ        194412062 39520117 310255"
_NO_MARK = "H0004202510HANBAI⏎210017641845 ﾆｼｵ ﾏｻﾐ        194412062 39520117 310255"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. fixed-width person rows: the bare postal code only in the full row shape
        (_FIXED, "JP_POSTAL_CODE", ["5960041"]),
        (_FIXED, "PERSON", ["ﾋﾗｲ ｻﾁｺ"]),
        ("00071ｺﾋﾟｰﾖｳｼ B5      20251009   5960041   00000004400", "DATE_OF_BIRTH", []),
        # 2. glued 介護保険 records: number, insurer, birth date; no 個人番号
        (_CARE, "JP_HEALTH_INSURANCE", ["0017641845", "39520117"]),
        (_CARE, "DATE_OF_BIRTH", ["19441206"]),
        (_CARE, "JP_MY_NUMBER", []),
        (_NO_MARK, "JP_HEALTH_INSURANCE", []),
        # 3. 国保 記号・番号・枝番 as three values; not in a register with no insurance
        ("国保 記号・番号・枝番：44-907211-02", "JP_HEALTH_INSURANCE", ["44", "907211", "02"]),
        ("文書管理 記号・番号・枝番：44-907211-02（書庫）", "JP_HEALTH_INSURANCE", []),
        # review: the label alone, next to a person, is an insurance card's (fail closed)
        ("記号・番号・枝番：58-410936-01　森川ハル（S12.8.3）", "JP_HEALTH_INSURANCE",
         ["58", "410936", "01"]),
        ("資格確認書の記号・番号・枝番 12-345678-01 を記入してください", "JP_HEALTH_INSURANCE",
         ["12", "345678", "01"]),
        # 4. a 個人番号 as six spaced pairs after a spaced label
        ("宣誓書⏎個人 番号：78 24 64 69 24 69", "JP_MY_NUMBER", ["78 24 64 69 24 69"]),
        ("個人 番号 97 36 53 50 54 32", "JP_MY_NUMBER", ["97 36 53 50 54 32"]),
        ("個人 番号 97 36 53 50 54 33", "JP_MY_NUMBER", []),
        # 5. answers in the next dialogue turn
        (
            "和子：母の介護保険の件です⏎窓口：ご本人の被保険者番号も必要です⏎和子：0033918207",
            "JP_HEALTH_INSURANCE",
            ["0033918207"],
        ),
        ("窓口：受付番号もお願いします⏎和子：0033918207", "JP_HEALTH_INSURANCE", []),
        (
            "職員: 年金の番号も要りますか？⏎係: 任用の方だけです⏎職員: じゃあ書きます 5120338461",
            "JP_PENSION_NUMBER",
            ["5120338461"],
        ),
        ("係: 控えの番号を書いてください⏎相談者: じゃあ書きます 5120338461", "JP_PENSION_NUMBER", []),
        (
            "[10:11] 窓口: 生年月日もお願いします⏎[10:12] 相談者: 昭和24.03.09",
            "DATE_OF_BIRTH",
            ["昭和24.03.09"],
        ),
        ("[10:11] 窓口: 予約日もお願いします⏎[10:12] 相談者: 令和8.03.09", "DATE_OF_BIRTH", []),
        # 6. English insured numbers and foreign phones
        ("Her insured number is 0071820364, thank you.", "JP_HEALTH_INSURANCE", ["0071820364"]),
        ("Her order number is 0071820364, thank you.", "JP_HEALTH_INSURANCE", []),
        ("I'm in Manchester (+44 7911 204867) this month.", "PHONE_NUMBER", ["+44 7911 204867"]),
        ("Please call me on +44 7911 204867 in the evening.", "PHONE_NUMBER", ["+44 7911 204867"]),
        # 7. compact era birth dates after a name; quoted partial birth dates
        ("本人：柴田 フミ　S061122", "DATE_OF_BIRTH", ["S061122"]),
        ("本人：確認済　S061122", "DATE_OF_BIRTH", []),
        ("本人は「昭和11年6月の生まれ」と話した。", "DATE_OF_BIRTH", ["昭和11年6月"]),
        ("店主は「昭和11年6月の開業」と話した。", "DATE_OF_BIRTH", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
