"""Round AJ: packed fixed-width records (a padded name, then a birth date glued to a postal code
and/or a phone, then amounts), JSON whose document type is a sibling key, partial birth dates after
生年月 / 生まれ年月, household members with abbreviated era dates, 特別永住者証明書 numbers,
Vietnamese passport wording without diacritics, bank accounts with a bank named in brackets, foreign
phones after "Emergency contact". Negatives: lot numbers and budget codes shaped like phones, XML
elements of another day, a record under a width header with no birth field. Every value is
invented (none is taken from an evaluation file)."""

from __future__ import annotations

import pytest

from govrag.dlp.recognizers.packed import full_width_kana

from .conftest import scan_values

DOB = "DATE_OF_BIRTH"
ZIP = "JP_POSTAL_CODE"
TEL = "PHONE_NUMBER"
LIC = "JP_DRIVER_LICENSE"
RC = "JP_RESIDENCE_CARD"
PP = "JP_PASSPORT"
BANK = "JP_BANK_ACCOUNT"
PER = "PERSON"

_PACKED = "ﾏｴﾀﾞ ｼｭﾝ        S530417651-008709022114476000450000"
_PACKED_HEADER = "name16,dob8,zip8,tel11,amt9⏎ｲﾜｻｷ ﾉﾘｺ        19690803980-08110222671305000120000"


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        # packed fixed-width records
        (_PACKED, DOB, ["S530417"]),
        (_PACKED, ZIP, ["651-0087"]),
        (_PACKED, TEL, ["09022114476"]),
        (_PACKED, PER, ["ﾏｴﾀﾞ ｼｭﾝ"]),
        (_PACKED_HEADER.replace("⏎", "\n"), ZIP, ["980-0811"]),
        (_PACKED_HEADER.replace("⏎", "\n"), TEL, ["0222671305"]),
        ("OTA KENTA       R010905070331247780000009", TEL, ["07033124778"]),
        ("OTA KENTA       R010905070331247780000009", DOB, ["R010905"]),
        ("ﾎｯﾁｷｽ ﾊﾘ       R06052000001500000020", DOB, []),
        ("name16,issue8,amt11\nﾌｾﾝ ｾｯﾄ         2025011000000450000", DOB, []),
        # JSON with the document type as a sibling key
        ('{"doc": "driver_license", "number": "517203948866"}', LIC, ["517203948866"]),
        ('{"number": "517203948866", "kind": "drivers_license"}', LIC, ["517203948866"]),
        ('{"doc": "invoice", "number": "517203948866"}', LIC, []),
        # partial birth dates, household members
        ("生年月は昭和45年6月で、日は不明です。", DOB, ["昭和45年6月"]),
        ("本人の生まれ年月：1962年10月（日は不明）", DOB, ["1962年10月"]),
        ("設立年月は昭和45年6月で、日は不明です。", DOB, []),
        (
            "住民異動届 世帯員 世帯主 S50.8.21、妻 S53.12.5、子 H20.6.14",
            DOB,
            ["S50.8.21", "S53.12.5", "H20.6.14"],
        ),
        ("住民異動届 届出日 R6.8.21 異動日 R6.8.19", DOB, []),
        # 特別永住者証明書, Vietnamese passports
        ("特別永住者証明書 証明書番号 QR20481736LT", RC, ["QR20481736LT"]),
        ("証明書番号 QR20481736LT（修了証明書）", RC, []),
        ("Ho chieu so: C5518203", PP, ["C5518203"]),
        ("so ho chieu cua toi la N7720431.", PP, ["N7720431"]),
        ("So don hang: C5518203", PP, []),
        # bank accounts, foreign phones
        ("残額を 318-2094471（三井住友銀行）へ返還します。", BANK, ["318-2094471"]),
        ("entered 046-8813207 (SMBC, futsu)", BANK, ["046-8813207"]),
        ("entered 046-8813207 as the case ID", BANK, []),
        ("Emergency contact: +63 918 204 7731", TEL, ["+63 918 204 7731"]),
        ("Emergency contact (sister): +977-9851234067", TEL, ["+977-9851234067"]),
        # phone-shaped codes, XML elements of another day
        ("製造ロット 06-4418-2307 の回収", TEL, []),
        ("予算科目：05-0218-0309（旅費）", TEL, []),
        ("予算科目 05-0218-0309 担当 TEL 06-6208-7711", TEL, ["06-6208-7711"]),
        (
            "<SeinenGappi>1977-03-08</SeinenGappi><TenshutsuYoteiBi>2025-04-01</TenshutsuYoteiBi>",
            DOB,
            ["1977-03-08"],
        ),
    ],
)
def test_round_aj(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


@pytest.mark.parametrize(
    ("value", "offset", "wide", "offsets"),
    [
        ("ｺﾞﾄｳ ｹﾝｼﾞ", 0, "ゴトウ ケンジ", [0, 2, 3, 4, 5, 6, 8]),
        ("ﾊﾟｸ ﾐﾝ", 5, "パク ミン", [5, 7, 8, 9, 10]),
        ("ヤマダ ハナコ", 0, "ヤマダ ハナコ", [0, 1, 2, 3, 4, 5, 6]),
    ],
)
def test_full_width_kana(value: str, offset: int, wide: str, offsets: list[int]) -> None:
    assert full_width_kana(value, offset) == (wide, offsets)
