"""Round BI: glued fixed-width rows under a romaji header line (cut by the columns' widths, a
passport glued after a birth date under PASSNO), transfer rows with a birth date before the bank
fields, machine-readable passport zones (check digits decide), no health insurance in a bank
element's branch attribute, no birth date in a JSON period value (records_bi.py). Every value is
invented (values differ from the round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_GLUED = "NO KANA-NAME     DOB     POST    ACCT   SB AMOUNT⏎0415ｳﾁﾀﾞ ﾏｺﾄ     19820519651001420883151045000"
_PASSNO = "RCV  DATE    NAME            BIRTH   PASSNO    K⏎0021 20250904ｶﾄﾞﾜｷ ﾕｲ     19970211TE2039486 1"
_TRANSFER = "0831 ﾅｶﾞｲ ｻﾄﾐ       19770830 0138 402 1 6620175 000210000"
_MRZ = "P<JPNISHII<<MAO<<<<<<<<<<<<<<<<<<<<<<<<<<<<<⏎TH66209171JPN7909250F3209240<<<<<<<<<<<<<<04"
_MRZ_BAD = "P<JPNISHII<<MAO<<<<<<<<<<<<<<<<<<<<<<<<<<<<<⏎TH66209179JPN7909252F3209240<<<<<<<<<<<<<<04"
_XML = '<hoken kigo="55201" bango="1187" edaban="02"/>⏎<bank code="0033" branch="604" account="5502918"/>'
_JSON = '{"hihokensha_no": "0190544217", "birth": "1948-05-03", "yuko_kikan": "2025-09-01/2027-08-31"}'


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. glued rows under a header: cut by the columns' widths, no phone across two pieces
        (_GLUED, "JP_POSTAL_CODE", ["6510014"]),
        (_GLUED, "JP_BANK_ACCOUNT", ["2088315"]),
        (_GLUED, "PHONE_NUMBER", []),
        (_PASSNO, "JP_PASSPORT", ["TE2039486"]),
        (
            "LOT  DATE    ITEM-KANA       SPEC    PART      K⏎0021 20250904ﾈｼﾞ M5       20250211TE2039486 1",
            "JP_PASSPORT",
            [],
        ),
        # the widths do not add up: no cut
        ("NO KANA-NAME DOB POST ACCT SB⏎0415ｳﾁﾀﾞ ﾏｺﾄ  198205196510014208831510", "JP_BANK_ACCOUNT", []),
        # 2. transfer rows with a birth date before the bank fields
        (_TRANSFER, "JP_BANK_ACCOUNT", ["6620175"]),
        ("0831 ﾎﾞﾙﾄ M12 20250830 0138 402 1 6620175 000210000", "JP_BANK_ACCOUNT", []),
        # 3. machine-readable passport zones: check digits decide
        (_MRZ, "JP_PASSPORT", ["TH6620917"]),
        (_MRZ, "DATE_OF_BIRTH", ["790925"]),
        (_MRZ_BAD, "JP_PASSPORT", []),
        # 4. a bank element's branch attribute, a JSON period value
        (_XML, "JP_HEALTH_INSURANCE", ["55201", "1187", "02"]),
        (_JSON, "DATE_OF_BIRTH", ["1948-05-03"]),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected
