"""Round AM: space-aligned records and transfer lines, HL7 PID segments, half-width-kana labels,
foreign-language birth dates, month-day birth dates and birthday lists, bank accounts, passports
and phones in foreign wordings, pension numbers named earlier, digit-spaced postal codes; and the
look-alikes beside them (品番, an incident's date, school codes, HL7 headers). Every value is
invented."""

from __future__ import annotations

import pytest

from .conftest import scan_values


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # space-aligned records: date, postal (not an account) and phone fields
        ("0712  松本 和也    ﾏﾂﾓﾄ ｶｽﾞﾔ    19670823  4200851  0542714490", "DATE_OF_BIRTH", ["19670823"]),
        ("0712  松本 和也    ﾏﾂﾓﾄ ｶｽﾞﾔ    19670823  4200851  0542714490", "JP_POSTAL_CODE", ["4200851"]),
        ("0712  松本 和也    ﾏﾂﾓﾄ ｶｽﾞﾔ    19670823  4200851  0542714490", "JP_BANK_ACCOUNT", []),
        ("0712  松本 和也    ﾏﾂﾓﾄ ｶｽﾞﾔ    19670823  4200851  0542714490", "PHONE_NUMBER", ["0542714490"]),
        ("0712  松本 和也    ﾏﾂﾓﾄ ｶｽﾞﾔ    19670823  4200851  0542714490", "PERSON", ["松本 和也", "ﾏﾂﾓﾄ ｶｽﾞﾔ"]),
        ("B-331   ｵｶﾀﾞ ﾏﾘ     09044718203   19771106", "DATE_OF_BIRTH", ["19771106"]),
        ("B-331   ｵｶﾀﾞ ﾏﾘ     09044718203   19771106", "PERSON", ["ｵｶﾀﾞ ﾏﾘ"]),
        ("ITEM01   ﾉｰﾄ A5       20240702  0000200  0000150", "DATE_OF_BIRTH", []),
        ("0000412  ﾌﾘｺﾐ ﾃｽｳﾘﾖｳ      0000000660", "PERSON", []),
        ("L0907   20240412  0001200  5520413", "JP_POSTAL_CODE", []),
        # zengin-like transfer lines under a 振込 / 見舞金 header
        ("弔慰金振込データ\nD012304415520731ｲﾏｲ ｼｹﾞﾙ    40000", "JP_BANK_ACCOUNT", ["5520731"]),
        ("弔慰金振込データ\nD012304415520731ｲﾏｲ ｼｹﾞﾙ    40000", "PERSON", ["ｲﾏｲ ｼｹﾞﾙ"]),
        ("D012304415520731ｲﾏｲ ｼｹﾞﾙ    40000", "JP_BANK_ACCOUNT", []),
        # HL7 v2 PID segments
        ("PID|1||5521^^^HP||OTA^MISAKI||19830918|F|||^^仙台市青葉区^宮城県^980-0803^JPN||022-215-3391",
         "JP_POSTAL_CODE", ["980-0803"]),
        ("PID|1||5521^^^HP||OTA^MISAKI||19830918|F|||^^仙台市青葉区^宮城県^980-0803^JPN||022-215-3391",
         "PERSON", ["OTA^MISAKI"]),
        ("MSH|^~\\&|A|B|C|D|202411051230||ADT^A08|0907|P|2.5", "JP_MY_NUMBER", []),
        # half-width-kana labels
        ("ﾕｳﾋﾞﾝ: 7300031  TEL: 0822446071", "JP_POSTAL_CODE", ["7300031"]),
        ("ｷﾞﾝｺｳ:ﾁｸﾎﾞｳ ｺｳｻﾞ: 2290457", "JP_BANK_ACCOUNT", ["2290457"]),
        ("ｼﾒｲ: ﾋﾛｾ ｱﾕﾐ", "PERSON", ["ﾋﾛｾ ｱﾕﾐ"]),
        ("ﾕｳﾋﾞﾝ: ﾌﾒｲ", "JP_POSTAL_CODE", []),
    ],
)
def test_records_and_labels(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("아버지는 1951년 9월 2일생입니다.", ["1951년 9월 2일"]),
        ("Ibu saya, tanggal lahir 21 Maret 1962.", ["21 Maret 1962"]),
        ("วันเกิด 7/2/2521", ["7/2/2521"]),
        ("जन्म मिति (वि.सं.) 2049/04/21", ["2049/04/21"]),
        ("誕生日：4月22日", ["4月22日"]),
        ("本人の誕生日（12月3日）の前日に電話する。", ["12月3日"]),
        ("祖母は9月15日生まれです。", ["9月15日"]),
        ("ばら組 おたんじょうび表\nみなとくん　5月19日\nさきちゃん　8月2日", ["5月19日", "8月2日"]),
        ("児童：生年月日 平成30年6月9日\n発生日時：令和6年7月4日 午前11時", ["平成30年6月9日"]),
        ("회의는 2024년 9월 2일에 있습니다.", []),
        ("Rapat tanggal 21 Maret 2025.", []),
        ("遠足　5月19日\n運動会　10月5日", []),
        ("締切：12月3日", []),
    ],
)
def test_birth_dates(text: str, expected: list[str]) -> None:
    assert scan_values(text, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Silakan transfer, nomor rekening saya 3381902.", "JP_BANK_ACCOUNT", ["3381902"]),
        ("我的银行账号是6620175，りそな银行。", "JP_BANK_ACCOUNT", ["6620175"]),
        ("我的员工号是6620175。", "JP_BANK_ACCOUNT", []),
        ("Passaporte brasileiro: GK551903", "JP_PASSPORT", ["GK551903"]),
        ("Mostró el pasaporte (n.º PAC771204) al llegar.", "JP_PASSPORT", ["PAC771204"]),
        ("Pasaporte Blg.: P5520917C", "JP_PASSPORT", ["P5520917C"]),
        ("Passport No.: 1409552", "JP_PASSPORT", ["1409552"]),
        ("Passport No.: 未記入", "JP_PASSPORT", []),
        ("SMS受信 07099120456", "PHONE_NUMBER", ["07099120456"]),
        ("Numero ko po: 09285521740", "PHONE_NUMBER", ["09285521740"]),
        ("Móvil: 080-2209-5517", "PHONE_NUMBER", ["080-2209-5517"]),
        ("โทร: 090-7713-0258", "PHONE_NUMBER", ["090-7713-0258"]),
        ("Số điện thoại của chị ấy là 080-6612-0934.", "PHONE_NUMBER", ["080-6612-0934"]),
        ("架電番号（犯人側）070-3318-2245", "PHONE_NUMBER", ["070-3318-2245"]),
        ("台北の家族 +886 7 331 5520", "PHONE_NUMBER", ["+886 7 331 5520"]),
        ("品番 048-552-0913 グレー", "PHONE_NUMBER", []),
        ("品番：080-1234-0098（部品）", "PHONE_NUMBER", []),
        ("学校コード一覧\nB881204510356 南中学校", "JP_CORPORATE_NUMBER", []),
    ],
)
def test_accounts_passports_phones(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("電話で基礎年金番号を求められ、父が 2207-551093 を伝えた。", "JP_PENSION_NUMBER", ["2207-551093"]),
        ("基礎年金番号を確認した。\n本人は 6613 204587 と答えた。", "JP_PENSION_NUMBER", ["6613 204587"]),
        ("基礎年金番号の件、受付番号 2024-551093 で受理。", "JP_PENSION_NUMBER", []),
        ("郵便番号 7 3 0 - 0 0 3 1", "JP_POSTAL_CODE", ["7 3 0 - 0 0 3 1"]),
        ("表 7 3 0 - 1 を参照", "JP_POSTAL_CODE", []),
    ],
)
def test_pension_and_postal(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
