"""Round BU: headerless / glued fixed-width person rows typed cell by cell (era-coded births,
postal codes without a hyphen, bare mobiles and landlines), a birth + 保険者番号 + 基礎年金番号 run
cut by a romaji header (records_bi width table), and passports in romaji tour lists (records_bu.py).
Negatives: accounts after a branch code, stock and order rows, hyphenated tour codes, glued runs
under a header naming no person field. Every value is invented (values differ from the round's
evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_ERA_ROWS = (
    "610233  ﾐﾅﾐ ｺｳｼﾞ       S570419 2700114 09041237756 001100⏎"
    "610240  ﾐﾅﾐ ｱｵｲ        H190823 2700114 08022904418 000900"
)
_GLUED_ROWS = (
    "0201ｶﾈｺ ﾏｻﾐ        0745320918  6340078 19570612 03A⏎"
    "0202ｶﾈｺ ﾋﾛｼ        09012095536 6340078 19550205 03A⏎"
    "0203ﾖｼｵｶ ｼﾞｭﾝ      0868214460  7080841 19910930 12C"
)
_RUN = "REC-NO  KANA-NAME       BIRTHDT INSURER NENKIN⏎72010033ﾎｿｶﾜ ﾐﾂｵ        19530715062800128801543209"
_RUN6 = "ID  NAME-KANA     PENSION  HOKENSHA  DOB⏎0091ｱｻﾉ ｷｮｳｺ     441093827739031619480404"
_ACCOUNTS = (
    "0001 ﾀｹﾀﾞ ﾐｷｵ  H020715 09034418820 0001 101 3004471⏎"
    "0002 ﾀｹﾀﾞ ｼﾞｭﾝ  H051130 08012239976 0005 204 5501128⏎"
    "0003 ｺﾝﾉ ｻﾕﾘ  S620304 07044170032 0009 311 6620015"
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. headerless half-width kana rows: era-coded births, postal codes, 11-digit mobiles
        (_ERA_ROWS, "DATE_OF_BIRTH", ["S570419", "H190823"]),
        (_ERA_ROWS, "JP_POSTAL_CODE", ["2700114", "2700114"]),
        (_ERA_ROWS, "PHONE_NUMBER", ["09041237756", "08022904418"]),
        ("442190\tｵｻﾞｷ ﾅﾅ\t08066301127\t5300001\tR030617", "JP_POSTAL_CODE", ["5300001"]),
        # a 7-digit cell after a branch code is an account (round BM), never a postal code
        (_ACCOUNTS, "JP_POSTAL_CODE", []),
        (_ACCOUNTS, "JP_BANK_ACCOUNT", ["3004471", "5501128", "6620015"]),
        ("在庫 610233  ﾅｯﾄ ｾｯﾄ   S570419 2700114 001100", "JP_POSTAL_CODE", []),
        ("在庫 610233  ﾅｯﾄ ｾｯﾄ   S570419 2700114 001100", "DATE_OF_BIRTH", []),
        # 2. a record number glued to the kana name: phone, postal code, yyyymmdd
        (_GLUED_ROWS, "JP_POSTAL_CODE", ["6340078", "6340078", "7080841"]),
        ("0001ﾀｵﾙ ｾｯﾄ        4901112223  0000450 20250401 A2", "JP_POSTAL_CODE", []),
        # 3. birth + 保険者番号 + 基礎年金番号 glued into one run under a romaji header
        (_RUN, "JP_HEALTH_INSURANCE", ["06280012"]),
        (_RUN, "JP_PENSION_NUMBER", ["8801543209"]),
        (_RUN, "PHONE_NUMBER", []),
        (_RUN6, "JP_HEALTH_INSURANCE", ["390316"]),
        (_RUN6, "JP_PENSION_NUMBER", ["4410938277"]),
        (
            "REC-NO  KANA-NAME       ORDERDT SKU QTY⏎72010033ﾈｼﾞ ﾐﾆ        20251130062800128801543209",
            "JP_PENSION_NUMBER",
            [],
        ),
        # 4. romaji tour lists: the unlabelled passport-shaped cell of a person row with a DOB
        (
            "1. TANAKA HIRO / XK5512093 / DOB 1982-02-11⏎2. TANAKA MAO / XK5512107 / DOB 1984-07-30",
            "JP_PASSPORT",
            ["XK5512093", "XK5512107"],
        ),
        ("SATO RINA | PB0093318 | Birth 1999-03-03", "JP_PASSPORT", ["PB0093318"]),
        ("1. KYOTO NARA / TR-5512093 / DOB 1982-02-11", "JP_PASSPORT", []),
        ("1. ASAKUSA VIEW / RM5512093 / check-in 2026-02-11", "JP_PASSPORT", []),
        # 5. a bare 10-digit landline in a phone column after a kana name and a birth date
        (
            "0004 ﾌｼﾞﾓﾄ ｶｽﾞﾐ   19640807   0986215530⏎0005 ﾌｼﾞﾓﾄ ﾀｶｼ   19610111   09077418802",
            "PHONE_NUMBER",
            ["0986215530", "09077418802"],
        ),
        # under NAME KANA DOB TEL the landline is no glued birth run (year 0987 is no birth year)
        (
            "NO  NAME        KANA          DOB        TEL⏎0007 西田聡    ﾆｼﾀﾞ ｻﾄｼ      19590321   0987110424",
            "PHONE_NUMBER",
            ["0987110424"],
        ),
        # an era year past the era's end (a typo) in a person row is still a birth; its postal code is read
        ("330415  ﾂﾙﾀ ﾏｲ   H580912 8900053 08033120045 000400", "DATE_OF_BIRTH", ["H580912"]),
        ("330415  ﾂﾙﾀ ﾏｲ   H580912 8900053 08033120045 000400", "JP_POSTAL_CODE", ["8900053"]),
        ("330415  ﾂﾙﾀ ﾏｲ   H581312 8900053 08033120045 000400", "DATE_OF_BIRTH", []),
        ("0001 ﾘﾝｺﾞ ｾｯﾄ   20250506   1234567890", "PHONE_NUMBER", []),
        # a labelled value keeps its type beside the rows (the readers only add)
        ("0004 ﾌｼﾞﾓﾄ ｶｽﾞﾐ   19640807   0986215530⏎郵便番号：530-0001", "JP_POSTAL_CODE", ["530-0001"]),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected
