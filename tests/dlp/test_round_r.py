"""Round R: birth dates in rosters and under foreign, hiragana, OCR-broken and coded labels; a
passport data page; foreign passport labels; health-insurance place-name 記号, keys and CSV rows
under a card heading; pension values broken over lines or opening a 年金 row; OCR-spaced and
Chinese My Number labels; spaced 第…号 licence numbers; stored-value and test cards; a roster's
postal code and phone around an address; ゆうちょ 記号-番号 inline. Every value is invented (My
Numbers and corporate numbers computed to pass their check digit)."""

from __future__ import annotations

import pytest

from govrag.dlp.recognizers.corporate_number import corporate_check_digit
from govrag.dlp.recognizers.my_number import my_number_check_digit
from govrag.dlp.recognizers.specimen import has_marker
from tests.dlp.conftest import scan_values

DOB = "DATE_OF_BIRTH"
PP = "JP_PASSPORT"
HI = "JP_HEALTH_INSURANCE"
PN = "JP_PENSION_NUMBER"
MN = "JP_MY_NUMBER"
DL = "JP_DRIVER_LICENSE"
CC = "CREDIT_CARD"
CN = "JP_CORPORATE_NUMBER"
PC = "JP_POSTAL_CODE"
TEL = "PHONE_NUMBER"
BA = "JP_BANK_ACCOUNT"
AD = "JP_ADDRESS"

MN_OK = "73190462851" + str(my_number_check_digit("73190462851"))
CN_OK = str(corporate_check_digit("804417723096")) + "804417723096"
#: Luhn-valid 16-digit Visa-range number
CARD = "4556 0192 8834 7719"


def test_fixtures_hold() -> None:
    from govrag.dlp.recognizers.credit_card import luhn_ok

    assert luhn_ok(CARD.replace(" ", ""))
    assert corporate_check_digit(CN_OK[1:]) == int(CN_OK[0])


# 1. a birth date as a roster column after a name (no birth label on the line)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('"松井 和也","S48.02.27","会員"', "S48.02.27"),
        ("利用者名簿⏎7　菊地 ミツ　昭和14年6月2日　要支援1", "昭和14年6月2日"),
        ("HOANG MINH TUAN〈2000年9月12日〉在留資格：特定技能", "2000年9月12日"),
        ("実習生 OLIVEIRA PEDRO（1993.04.08）", "1993.04.08"),
        ("No 氏名 旅券 生年月日⏎2 KIM SOYEON M58210347 1997/01/05", "1997/01/05"),
    ],
)
def test_roster_birth_date(text: str, value: str) -> None:
    assert scan_values(text, DOB) == [value]


@pytest.mark.parametrize(
    "text",
    [
        '"松井 和也","予約","2025-08-27"',
        "来庁記録⏎菊地 ミツ　来庁 2025年6月2日",
        "申込期限（2025/09/12）を過ぎた申請",
        '"みかん","S48.02.27","入荷"',
    ],
)
def test_roster_other_dates_are_not_birth(text: str) -> None:
    assert scan_values(text, DOB) == []


# 2. birth labels in other languages and notations
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ngày sinh：08/11/1992", "08/11/1992"),
        ("Data de nascimento 30/01/1985", "30/01/1985"),
        ("Fecha de nacimiento: 17/06/1999", "17/06/1999"),
        ("出生日期 1991年3月6日", "1991年3月6日"),
        ("うまれたひ：しょうわ58ねん10がつ9にち", "しょうわ58ねん10がつ9にち"),
        ("生 年 月 日 平成元年6月14日", "平成元年6月14日"),
        ("生年⏎月日 平成10年1月22日", "平成10年1月22日"),
        ("生年月日⏎9-030402", "9-030402"),
        ("PASSPORT⏎Surname⏎KOWALSKA⏎Given names⏎ANNA⏎22 SEP 1988⏎Date of issue 01 JUL 2021", "22 SEP 1988"),
    ],
)
def test_foreign_and_coded_birth_labels(text: str, value: str) -> None:
    assert scan_values(text, DOB) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày hết hạn: 08/11/2030",
        "出生地：广州市",
        "PASSPORT⏎Date of issue 01 JUL 2021⏎Date of expiry 01 JUL 2031",
        "管理番号⏎9-030402",
        "生年月日⏎9-031345",
    ],
)
def test_foreign_labels_negatives(text: str) -> None:
    assert scan_values(text, DOB) == []


# 3. foreign passports
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("旅券番号（Passport No.） 604418277", "604418277"),
        ("Số hộ chiếu：N2209147", "N2209147"),
        ("护照号码 EA1047723", "EA1047723"),
        ("本人的護照號碼是K80413376。", "K80413376"),
    ],
)
def test_foreign_passport_labels(text: str, value: str) -> None:
    assert scan_values(text, PP) == [value]


@pytest.mark.parametrize("text", ["护照号码请写在表格上", "旅券番号（Passport No.）欄", "整理番号 604418277"])
def test_foreign_passport_negatives(text: str) -> None:
    assert scan_values(text, PP) == []


# 4. health insurance
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("記号　岐阜 １７　番号　８８０", ["岐阜 １７", "８８０"]),
        ("hokensha_no=31270045", ["31270045"]),
        ("resp ins_no: 138016", ["138016"]),
        ("保険証の登録⏎吉川 舞,1983-07-21,5127730164,080-3321-7765", ["5127730164"]),
    ],
)
def test_health_insurance_layouts(text: str, values: list[str]) -> None:
    assert scan_values(text, HI) == values


@pytest.mark.parametrize(
    "text",
    [
        "記号　岐阜 17 の標識",
        "売上明細⏎吉川 舞,1983-07-21,5127730164,080-3321-7765",
        "ins_no=7 retries",
    ],
)
def test_health_insurance_negatives(text: str) -> None:
    assert scan_values(text, HI) == []


# 5. pension
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("基礎年金⏎番号：3306 - 118245", "3306 - 118245"),
        ("7712 430981　山内 清　障害年金生活者支援給付金　請求", "7712 430981"),
    ],
)
def test_pension_layouts(text: str, value: str) -> None:
    assert scan_values(text, PN) == [value]


@pytest.mark.parametrize("text", ["7712 430981　在庫　出荷", "整理番号⏎3306 - 118245"])
def test_pension_negatives(text: str) -> None:
    assert scan_values(text, PN) == []


# 6. My Number
@pytest.mark.parametrize(
    "text",
    [
        f"個 人 番 号⏎{MN_OK[:4]}  {MN_OK[4:8]}  {MN_OK[8:]}",
        f"个人编号：{MN_OK}",
        f"個人編號 {MN_OK[:4]} {MN_OK[4:8]} {MN_OK[8:]}",
    ],
)
def test_my_number_labels(text: str) -> None:
    assert len(scan_values(text, MN)) == 1


@pytest.mark.parametrize(
    "text", [f"第 {MN_OK[:4]} {MN_OK[4:8]} {MN_OK[8:]} 号議案", "個 人 番 号 の 記 入 欄"]
)
def test_my_number_negatives(text: str) -> None:
    assert scan_values(text, MN) == []


# 7. driver licence
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("免許証　第　４４　０９１２　７７３０　１８　号", "４４　０９１２　７７３０　１８"),
        ("氏名 西田 涼　平成3年4月5日生⏎住所 △△県△△町⏎第 5130 2287 6604 号", "5130 2287 6604"),
    ],
)
def test_licence_dai_go(text: str, value: str) -> None:
    assert scan_values(text, DL) == [value]


@pytest.mark.parametrize(
    "text", ["第 12 3456 7890 12 回の記念大会", "氏名 西田 涼⏎会場 △△ホール⏎第 5130 2287 6604 号議案"]
)
def test_licence_negatives(text: str) -> None:
    assert scan_values(text, DL) == []


# 8. cards that are no credit card; a corporate number in company prose
@pytest.mark.parametrize(
    "text",
    [
        f"ギフトカード {CARD} の有効期限",
        f"プリペイドカード番号：{CARD}",
        f"商品券の番号 {CARD}",
        f"テスト用カード番号 {CARD}",
        f"カード番号 {CARD}（本番では使用不可）",
        f"test card {CARD} for staging",
    ],
)
def test_not_credit_cards(text: str) -> None:
    assert scan_values(text, CC) == []


def test_real_card_kept() -> None:
    assert scan_values(f"クレジットカード番号 {CARD} で決済", CC) == [CARD]


@pytest.mark.parametrize(
    ("marker", "expected"),
    [("テスト用", True), ("決済テスト", True), ("テスト結果", False),
     # copies of real records land in test data: it stays masked (fail closed)
     ("テストデータ", False), ("test data", False), ("test card", True)],
)
def test_test_markers(marker: str, expected: bool) -> None:
    assert has_marker(f"{marker}の値") is expected


def test_corporate_number_in_company_prose() -> None:
    assert scan_values(f"委託先の法人（{CN_OK}）と契約", CN) == [CN_OK]


# 9–10. postal code and phone around an address in a roster line
@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("会員⏎浅野 優　381-0025　長野県長野市北長池1番3号", PC, "381-0025"),
        ("浅野 優　福井県敦賀市本町2丁目1番5号　0770-22-1185", TEL, "0770-22-1185"),
        ("浅野 優　福井県敦賀市本町2丁目1番5号　0770-22-1185", AD, "福井県敦賀市本町2丁目1番5号"),
    ],
)
def test_roster_postal_and_phone(text: str, entity: str, value: str) -> None:
    assert scan_values(text, entity) == [value]


@pytest.mark.parametrize("text", ["型番　381-0025　長野県産", "集計表　381-0025　長野県の統計"])
def test_roster_postal_negatives(text: str) -> None:
    assert scan_values(text, PC) == []


# 11. ゆうちょ inline 記号-番号
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("ゆうちょ 記号13380-番号60127741", ["13380", "60127741"]),
        ("受取口座：ゆうちょ銀行 記号 17710－番号 5520193", ["17710", "5520193"]),
    ],
)
def test_yucho_inline(text: str, values: list[str]) -> None:
    assert scan_values(text, BA) == values


def test_yucho_inline_negative() -> None:
    assert scan_values("ゆうちょの記号-番号欄を確認", BA) == []


# 12. address after 住所 starting with a non-designated city or a 郡
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("住所：氷見市丸の内1番1号", "氷見市丸の内1番1号"),
        ("所在地　南都留郡富士河口湖町船津3100番地", "南都留郡富士河口湖町船津3100番地"),
    ],
)
def test_city_first_address(text: str, value: str) -> None:
    assert scan_values(text, AD) == [value]
