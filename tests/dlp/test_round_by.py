"""Round BY (second try of round BU): headerless / glued fixed-width person rows typed cell by cell
(era-coded births, postal codes without a hyphen only with more evidence, bare mobiles and
landlines), glued birth + sex + postal runs, 法人番号 glued behind a record serial, a birth +
保険者番号 + 基礎年金番号 run cut by a romaji header (records_bi width table), and passports in romaji
tour lists (records_by.py). Negatives: accounts after a branch code, stock and item rows, pet
registers, zero-padded amounts, toll-free numbers, hyphenated tour codes. Every value is invented
(values differ from the round's evaluation rows)."""

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
_SEX_RUN = (
    "7712004431ｻｶｲ ﾐﾂﾙ                196402171362003405⏎7712004448ｻｶｲ ﾕｶﾘ                199111032362003405"
)
_CORP = "HIRAI  20251201000001⏎D00004" + "5557302194418" + "ｼﾏﾀﾞ ｹｲ           19700505"
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
        # the 7-digit cell of a yyyymmdd row with no phone before it and no ZIP header stays unread
        ("20441908 ﾊﾏﾀﾞ ﾕｳｼﾞ   19730612 3380001 09011228834", "JP_POSTAL_CODE", []),
        ("20441908 ﾊﾏﾀﾞ ﾕｳｼﾞ   19730612 3380001 09011228834", "DATE_OF_BIRTH", ["19730612"]),
        (
            "NO  NAME  BIRTH  ZIP  TEL⏎2044  ﾊﾏﾀﾞ ﾕｳｼﾞ   19730612 3380001 09011228834",
            "JP_POSTAL_CODE",
            ["3380001"],
        ),
        # romaji names: the birth of a headerless row is read
        ("551207  NODA KAORI      19880214  5320011  09012343127", "DATE_OF_BIRTH", ["19880214"]),
        # a pet register (a breed word after the phone, an era-coded registration date): no birth
        ("550912 ｲﾉｳｴ ｻﾄﾙ   09051234410   ﾏﾙﾁｰｽﾞ  R050817", "DATE_OF_BIRTH", []),
        ("畜犬登録⏎0077 ﾓﾘ ﾕｶ   08022218834   S500101 ﾁﾜﾜ", "DATE_OF_BIRTH", []),
        # a zero-padded amount after a phone; a toll-free number beside a recent date
        ("0412ｱｷﾔﾏ ﾀｸ H030419 09023318855 0052000", "JP_POSTAL_CODE", []),
        ("0088112299ｿｳｺ ｺｰﾄﾞ  R070601  0120558899", "DATE_OF_BIRTH", []),
        # 2. a record key glued to a kana name, then birth + sex digit + postal glued
        (_SEX_RUN, "DATE_OF_BIRTH", ["19640217", "19911103"]),
        (_SEX_RUN, "JP_POSTAL_CODE", ["3620034", "3620034"]),
        (_SEX_RUN, "JP_PENSION_NUMBER", []),
        ("4901230011ﾊﾌﾞﾗｼ ｾｯﾄ          202510011000003003", "JP_POSTAL_CODE", []),
        # a 法人番号 glued behind a record type + serial, cut by its check digit
        (_CORP, "JP_CORPORATE_NUMBER", ["5557302194418"]),
        (_CORP, "JP_PENSION_NUMBER", []),
        ("D00001123456789012ｶﾐ ﾌｸﾛ      202510010000120000", "JP_CORPORATE_NUMBER", []),
        # veto: a pension number under its label survives; a letter-prefixed glued key stays a pension
        (
            "基礎年金番号⏎5530918472ｱﾍﾞ ｼｵﾘ                197208141273003104",
            "JP_PENSION_NUMBER",
            ["5530918472"],
        ),
        # a labelled value keeps its type beside the rows (the readers only add)
        ("0004 ﾌｼﾞﾓﾄ ｶｽﾞﾐ   19640807   0986215530⏎郵便番号：530-0001", "JP_POSTAL_CODE", ["530-0001"]),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected
