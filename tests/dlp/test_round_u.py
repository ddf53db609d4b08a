"""Round U: short 健保番号 cells and 4・4 記号・番号 pairs; birth dates under OCR-misread labels, as
DDMMMYY, in full-width-space rosters, after "sinh ngày" and as 元号コード-YYMMDD (1 明治 … 5 令和);
免許番号 columns of full-width-space rosters; OCR addresses wrapped mid-value; foreign-language
passport labels; Diners numbers grouped 2-4-4-4; a bare postal code below an address line and after
"mã bưu điện"; no phone in a tracking ID, no account in an amount column. Every value is invented
(card numbers Luhn-valid)."""

from __future__ import annotations

import pytest

from govrag.dlp.recognizers.credit_card import luhn_ok

from .conftest import scan_values

HI = "JP_HEALTH_INSURANCE"
DOB = "DATE_OF_BIRTH"
DL = "JP_DRIVER_LICENSE"
AD = "JP_ADDRESS"
PP = "JP_PASSPORT"
CC = "CREDIT_CARD"
PC = "JP_POSTAL_CODE"
TEL = "PHONE_NUMBER"
BA = "JP_BANK_ACCOUNT"

DINERS_A = "36 3266 1663 0494"
DINERS_B = "38-6013-9551-8583"
DINERS_C = "30 8051 6993 8954"


def test_fixtures_are_valid() -> None:
    assert all(luhn_ok(c.replace(" ", "").replace("-", "")) for c in (DINERS_A, DINERS_B, DINERS_C))


# 1. health insurance: short cells under a 健保番号 header; 記号・番号 X・Y with four digits each
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No.\t健保番号\t氏名区分⏎1\t305\t本人⏎2\t311\t家族", ["305", "311"]),
        ("社員番号,健保番号⏎T-22,47⏎T-23,1260", ["47", "1260"]),
        ("所属\t健康保険証番号⏎庶務\t582", ["582"]),
        ("健保番号は906です", ["906"]),
        ("記号・番号：5120・3307", ["5120", "3307"]),
        ("被保険者証　記号・番号 ７７０４・１８２６", ["７７０４", "１８２６"]),
        ("保険証（記号・番号）2211・0456（家族）", ["2211", "0456"]),
        # one-value readings kept: a four-digit 記号 with a two-digit 番号
        ("記号・番号 4567・89", ["4567・89"]),
        # hard negatives: a counts table, an amounts table, a drawing's code, a form's edition
        ("区分,件数,健保組合数⏎加入,305,9", []),
        ("連番\t保険料\t金額⏎1\t305\t4800", []),
        ("部品記号・番号 5120・3307（図面）", []),
        ("記号・番号 2024・1001 改訂版", []),
        ("記号・番号の記入例：1111・2222", []),
    ],
)
def test_health_insurance(text: str, expected: list[str]) -> None:
    assert scan_values(text, HI) == expected


# 2. date of birth
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # OCR misreads of 生年月日, full-width era initials
        ("生年月目　Ｈ０８．１０．２２", ["Ｈ０８．１０．２２"]),
        ("生年月曰 Ｓ４９．２．１４", ["Ｓ４９．２．１４"]),
        ("牛年月日：Ｒ３．６．９", ["Ｒ３．６．９"]),
        ("生午月日 昭和58年4月2日", ["昭和58年4月2日"]),
        # DDMMMYY after a birth label
        ("DOB 14AUG83", ["14AUG83"]),
        ("Date of birth: 02 JAN 97", ["02 JAN 97"]),
        ("NAME/SATO HANA DOB/30SEP71", ["30SEP71"]),
        # full-width-space rosters: the date column named by the header
        ("番号　性別　生年月日⏎1　女　1984/02/19⏎2　男　1979/12/03", ["1984/02/19", "1979/12/03"]),
        ("職員ID　生年月日　入庁日⏎K07　平成3年1月8日　令和2年4月1日", ["平成3年1月8日"]),
        # Vietnamese sinh ngày
        ("Anh Minh sinh ngày 09/11/1995 tại Huế.", ["09/11/1995"]),
        # 元号コード-YYMMDD (4 平成) and the same date in brackets
        ("生年月日　4-090612（平成9年6月12日）", ["4-090612", "平成9年6月12日"]),
        ("生年月日⏎3-470830", ["3-470830"]),
        ("生年月日（元号コード）5-030105", ["5-030105"]),
        # hard negatives
        ("文書番号 4-090612", []),
        ("生年月日欄の記入例 3-470830", []),
        ("便名 JL61 14AUG25 出発", []),
        ("印刷日 02JAN24", []),
        ("報告日：Ｈ０８．１０．２２", []),
        ("Hôm nay ngày 09/11/2024 có họp.", []),
        ("番号　品名　納品日⏎1　封筒　2024/02/19", []),
    ],
)
def test_date_of_birth(text: str, expected: list[str]) -> None:
    assert scan_values(text, DOB) == expected


# 3. driver licence columns of full-width-space rosters
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("番号　免許番号　期限⏎1　641207335590　2028/03/01", ["641207335590"]),
        ("区分　免許証番号⏎正　330914428850⏎副　330915561170", ["330914428850", "330915561170"]),
        ("番号　車両番号　距離⏎1　641207335590　1,200", []),
        ("免許番号の欄は12桁　例 123456789012", []),
    ],
)
def test_driver_licence_columns(text: str, expected: list[str]) -> None:
    assert scan_values(text, DL) == expected


def test_key_value_form_lines_are_no_table() -> None:
    assert scan_values("氏名　中野花子⏎口座番号　5093381", BA) == ["5093381"]


# 4. an OCR address wrapped between the town and its number
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("住所 千葉県船橋市本町⏎2丁目10番14号", ["千葉県船橋市本町\n2丁目10番14号"]),
        ("現住所：兵庫県姫路市本町⏎68番地", ["兵庫県姫路市本町\n68番地"]),
        ("東京都の人口について⏎3丁目の計画", []),
        ("会場は市民会館⏎4番と5号の部屋", []),
    ],
)
def test_wrapped_address(text: str, expected: list[str]) -> None:
    assert scan_values(text, AD) == expected


# 5. foreign-language passport labels
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pasaporte: KLM204816", ["KLM204816"]),
        ("Mi número de pasaporte es PXR551902.", ["PXR551902"]),
        ("Son numéro de passeport est 21FR66314.", ["21FR66314"]),
        ("Passeport n° 08PA11276", ["08PA11276"]),
        ("Reisepassnummer: C7JK2M9L4", ["C7JK2M9L4"]),
        ("Pasaporte vigente hasta 2031", []),
        ("numéro de dossier 21FR66314", []),
        ("Número de pedido KLM204816", []),
    ],
)
def test_foreign_passport_labels(text: str, expected: list[str]) -> None:
    assert scan_values(text, PP) == expected


# 6. Diners 14 digits grouped 2-4-4-4
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Diners カード番号 {DINERS_A}", [DINERS_A]),
        (f"決済カード：{DINERS_B}", [DINERS_B]),
        (f"ダイナース {DINERS_C}", [DINERS_C]),
        ("会員番号 36 3266 1663 0499", []),
        ("ダイナース 会員 36 万人", []),
    ],
)
def test_diners(text: str, expected: list[str]) -> None:
    assert scan_values(text, CC) == expected


# 7. postal codes: alone below an address line; the Vietnamese label
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("岐阜県岐阜市薮田南2丁目1番1号⏎500-8570⏎電話 058-272-1111", ["500-8570"]),
        ("熊本県熊本市中央区水前寺6丁目18番1⏎862-8570", ["862-8570"]),
        ("Tôi sống ở Kobe, mã bưu điện là 650-0001.", ["650-0001"]),
        ("資料一覧⏎500-8570⏎担当 企画課", []),
        ("在庫コード 650-0001 から 650-0009", []),
    ],
)
def test_postal_code(text: str, expected: list[str]) -> None:
    assert scan_values(text, PC) == expected


def test_address_stops_before_postal_line() -> None:
    text = "熊本県熊本市中央区水前寺6丁目18番1⏎862-8570"
    assert scan_values(text, AD) == ["熊本県熊本市中央区水前寺6丁目18番1"]


# 8. precision: tracking IDs are no phone; amount columns are no account
@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("追跡番号：1Z 7Y4 W21 02 3344 5567", TEL, []),
        ("トラッキングID 1Z 0AB 123 05 8877 6611", TEL, []),
        ("Tracking: 4410-2287-9931", TEL, []),
        ("追跡番号の件は電話 03-4411-2290 へ", TEL, ["03-4411-2290"]),
        ("TEL 03-4411-2290", TEL, ["03-4411-2290"]),
        ("区分,件数,金額⏎口座振替,77,5120300⏎振込,12,880400", BA, []),
        ("口座振替 件数 33 金額 2710400", BA, []),
        ("口座振替の口座番号 5093381", BA, ["5093381"]),
        ("氏名,銀行名,口座番号⏎中野,あおば銀行,5093381", BA, ["5093381"]),
    ],
)
def test_precision(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected
