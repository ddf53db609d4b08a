"""Round AY: glued fixed-width person records and name-led lists of children (records_ay.py) —
a long digit run after a padded name segmented into birth date, postal code, mobile number and My
Number; an era-abbreviated date right after a child's name in a check-up / vaccination list.
Negatives: product and amount runs, appointment lists, dates with a time, labelled due dates.
Every value is invented (values differ from the round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_KANJI = (
    "0021西田　陽子　　62810347725409012245517"
    + "20260401⏎0022東　健　　　40917263358208055613098"
    + "20260401"
)
_KANA = (
    "CHK 固定長⏎440211ﾋﾗﾉ ｱｷﾗ        S5109234300017"
    + "08066120457  01⏎440212ﾂｼﾞ ﾐﾎ          H0211154300018"
    + "07012998841  02"
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. glued records
        (_KANJI, "JP_MY_NUMBER", ["628103477254", "409172633582"]),
        (_KANJI, "PHONE_NUMBER", ["09012245517", "08055613098"]),
        (_KANJI, "DATE_OF_BIRTH", []),
        (_KANA, "DATE_OF_BIRTH", ["S510923", "H021115"]),
        (_KANA, "JP_POSTAL_CODE", ["4300017", "4300018"]),
        (_KANA, "PHONE_NUMBER", ["08066120457", "07012998841"]),
        ("7001ｶﾈﾀﾞ ｼﾝ       19720306" + "81520934416908033371120", "JP_MY_NUMBER", ["815209344169"]),
        ("7001ｶﾈﾀﾞ ｼﾝ       19720306" + "81520934416908033371120", "DATE_OF_BIRTH", ["19720306"]),
        ("0001ﾃﾚﾋﾞ ﾀﾞｲ       4902105533281000003200000000128", "JP_POSTAL_CODE", []),
        ("0001木村　進　　　000003400000000210000000000", "PHONE_NUMBER", []),
        # 2. lists of children
        (
            "ﾖﾎﾞｳｾｯｼｭ ﾐｾｯｼｭ⏎ｳｴﾉ ｿﾗ　R7.9.14　ﾛﾀ未⏎ﾐﾅﾐ ﾕｳ　R7.10.2　ﾛﾀ未",
            "DATE_OF_BIRTH",
            ["R7.9.14", "R7.10.2"],
        ),
        ("3歳児健診 未受診⏎ﾊﾏﾀﾞ ｹｲ\tH31.3.3\t再通知", "DATE_OF_BIRTH", ["H31.3.3"]),
        ("ｳｴﾉ ｿﾗ　R8.12.21　10:00　相談⏎ﾐﾅﾐ ﾕｳ　R8.12.21　10:30　相談", "DATE_OF_BIRTH", []),
        ("予約一覧⏎ｳｴﾉ ｿﾗ　R8.12.21　ﾛﾀ⏎ﾐﾅﾐ ﾕｳ　R8.12.22　ﾛﾀ", "DATE_OF_BIRTH", []),
        ("ﾊﾏﾀﾞ ｹｲ 期限 R9.3.31 通知済⏎ﾐﾅﾐ ﾕｳ 期限 R9.3.31 通知済", "DATE_OF_BIRTH", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
