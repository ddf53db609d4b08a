"""Round BH: a year + month before 生まれ in an aside under a 対象者： label (birth_extra's cohort words
leave a field label alone), a document date under a 生年月日 line that holds its own value
(labelled_line), a 法人番号 under a combined label, Chinese 出生年月 (birth_extra), a Vietnamese
qualifier before the colon (labels_ml), English sentences about a date of birth, 12 digits read
one by one after a bare 番号 with 個人番号 in brackets (records_bh.py) and a date bounding a
cohort (…生まれ以降). Every value is invented (values differ from the round's batch and
evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_LETTER = "The date of birth entered online (22 October 1996) differs from the card, which shows 22 OCT 1995."


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. a year + month before 生まれ in an aside of a note about one person
        ("対象者：松田（名は不詳、1948年6月生まれと記憶）", "DATE_OF_BIRTH", ["1948年6月"]),
        ("調査対象：岩田（昭和52年3月生まれと聞いた）", "DATE_OF_BIRTH", ["昭和52年3月"]),
        ("対象：昭和52年3月生まれの方", "DATE_OF_BIRTH", []),
        # 2. a document date after a 生年月日 line holding its own value
        (
            "氏名　浅野 陽一⏎　　生年月日　昭和44年2月17日⏎令和5年8月30日",
            "DATE_OF_BIRTH",
            ["昭和44年2月17日"],
        ),
        # 3. a 法人番号 under a combined label
        ("法人番号・登録番号　3836566133656", "JP_CORPORATE_NUMBER", ["3836566133656"]),
        ("法人番号／インボイス登録番号：6 9452 0445 2316", "JP_CORPORATE_NUMBER", ["6 9452 0445 2316"]),
        ("法人番号／登録番号　3836566133657", "JP_CORPORATE_NUMBER", []),
        # 4. Chinese 出生年月
        ("出生年月：1982年10月", "DATE_OF_BIRTH", ["1982年10月"]),
        ("入境年月：1982年10月", "DATE_OF_BIRTH", []),
        # 5. a Vietnamese qualifier before the colon
        ("Ngày sinh của học sinh: 19/06/2011", "DATE_OF_BIRTH", ["19/06/2011"]),
        ("Ngày cấp của thẻ: 19/06/2020", "DATE_OF_BIRTH", []),
        # 6. English sentences about a date of birth
        (_LETTER, "DATE_OF_BIRTH", ["22 October 1996", "22 OCT 1995"]),
        ("The date of birth was corrected on 3 March 2025.", "DATE_OF_BIRTH", []),
        ("The date of arrival in the form (22 October 2019) differs from the stamp.", "DATE_OF_BIRTH", []),
        # 7. 12 digits read one by one after a bare 番号, 個人番号 in brackets
        ("番号：3 6 6 5 9 8 5 9 1 7 0 3（口頭、個人番号）", "JP_MY_NUMBER", ["3 6 6 5 9 8 5 9 1 7 0 3"]),
        ("番号：3 6 6 5 9 8 5 9 1 7 0 4（口頭、個人番号）", "JP_MY_NUMBER", []),
        ("番号：3 5 4 5 1 9 7 0 7 1 4 0（口頭、整理番号）", "JP_MY_NUMBER", []),
        # a date bounding a cohort
        ("2018年4月2日生まれ以降のお子さんが対象です。", "DATE_OF_BIRTH", []),
        # …but a labelled value stays a birth date whatever follows it (fail closed)
        ("生年月日：2017年9月30日生まれから在籍", "DATE_OF_BIRTH", ["2017年9月30日"]),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected


def test_label_alone_takes_next_line() -> None:
    """Fail closed: a 生年月日 label alone on its line still takes the date on the next line."""
    assert scan_values("届出人⏎生年月日⏎昭和44年2月17日⏎続柄　長女", "DATE_OF_BIRTH") == ["昭和44年2月17日"]
