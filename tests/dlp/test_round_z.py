"""Round Z: headerless 特定健診 / 保健指導 target-list rows and a bare 保険者 label are health
insurance, a 事業所整理記号 is not; a bare 7-digit postal code in a delimited row beside an address
or under a postal column; ``+CC (area)`` phone numbers and foreign passports in English running
text; birth dates in a chat reply after the speaker's name and after a child's name with or without
its kana reading. Every value is invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values

HI = "JP_HEALTH_INSURANCE"
PC = "JP_POSTAL_CODE"
PH = "PHONE_NUMBER"
PP = "JP_PASSPORT"
DOB = "DATE_OF_BIRTH"

_LIST = "特定健診 受診券 発送対象\n{a}\n{b}"
_ROW1 = "27140033 | 堺5 | 6021 | 北村 亘 | 1962/05/14"
_ROW2 = "27140033 | 堺5 | 6022 | 北村 啓子 | 1964/09/02"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LIST.format(a=_ROW1, b=_ROW2), ["27140033", "堺5", "6021", "27140033", "堺5", "6022"]),
        (
            "保健指導 対象者\n138107,3310,72,森 聡,1971-02-11\n138107,3310,73,森 千夏,1973-08-19",
            ["138107", "3310", "72", "138107", "3310", "73"],
        ),
        # one row only, another heading, a numeric table: no card list
        ("特定健診 受診券 発送対象\n" + _ROW1, []),
        ("部署別 集計\n" + _ROW1.replace("堺5", "5") + "\n" + _ROW2.replace("堺5", "5"), []),
        ("Ins: 保険者 06141120 記号 3305 番号 18", ["06141120", "3305", "18"]),
        ("保険者：138214 / 記号 5501 / 番号 7", ["138214", "5501", "7"]),
        ("被保険者資格取得届 事業所整理記号 47-タチツ-2210", []),
        ("事業所整理記号：08-マミム-55　事業所番号 30915", []),
        ("第9条 保険者は、被保険者に通知する。", []),
    ],
)
def test_health_insurance(text: str, expected: list[str]) -> None:
    assert scan_values(text, HI) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中川 悟 | 6500011 | 兵庫県神戸市中央区下山手通4-2-9", ["6500011"]),
        ("氏名,郵便番号,電話\n中川 悟,6500011,なし", ["6500011"]),
        ("| 中川 悟 | 神奈川県横浜市西区高島2-5-1 | 2200011 |", ["2200011"]),
        ("伝票 | 6500011 | 2025/07/01 | 出荷済", []),
        ("code,qty\n6500011,4", []),
    ],
)
def test_postal_in_rows(text: str, expected: list[str]) -> None:
    assert scan_values(text, PC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call me at +1 (503) 771-2048 tonight.", ["+1 (503) 771-2048"]),
        ("Our London desk: +44 (161) 496 0752", ["+44 (161) 496 0752"]),
        ("The total (+1 (fee)) was 2,048 yen.", []),
    ],
)
def test_foreign_phone(text: str, expected: list[str]) -> None:
    assert scan_values(text, PH) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yes, my passport is 61027439 and it is valid.", ["61027439"]),
        ("His passport (No. T5520184K) was stolen.", ["T5520184K"]),
        ("my passport is 19880512, sorry", []),
        ("The passport counter (No. 4) is closed.", []),
        ("Order No. T5520184K shipped.", []),
    ],
)
def test_passport_en(text: str, expected: list[str]) -> None:
    assert scan_values(text, PP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("職員：お名前と生年月日をお願いします。\n住民：北川 聡です、1979.4.30です", ["1979.4.30"]),
        ("窓口：氏名と生年月日を教えてください\n相談者：北川 聡、1979.4.30です", ["1979.4.30"]),
        ("職員：次回の来庁日は？\n住民：北川です、2025.4.30です", []),
        ("児童：北川 颯汰（そうた） 令和4年3月9日", ["令和4年3月9日"]),
        ("児童：北川 湊斗 令和5年12月1日", ["令和5年12月1日"]),
        ("児童：北川 湊斗 令和7年4月1日入所", []),
        ("児童：遠足（えんそく） 令和7年5月20日", []),
    ],
)
def test_birth_dates(text: str, expected: list[str]) -> None:
    assert scan_values(text, DOB) == expected
