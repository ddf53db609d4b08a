"""Round V: foreign passport numbers after a Japanese passport word, in its brackets, or under an
XML/JSON passport key; several pension numbers after one 基礎年金番号 label; a 7-digit postal code
opening an address row; foreign phone numbers with a country code after a phone label; birth dates
in a reply to a 生年月日 question and in a headerless record row after a My Number; romanized
addresses after "Address:". Every value is invented (My Numbers check-digit valid)."""

from __future__ import annotations

import pytest

from govrag.dlp.recognizers.my_number import my_number_check_digit

from .conftest import scan_values

PP = "JP_PASSPORT"
PN = "JP_PENSION_NUMBER"
PC = "JP_POSTAL_CODE"
TEL = "PHONE_NUMBER"
DOB = "DATE_OF_BIRTH"
AD = "JP_ADDRESS"

MN_A = "456789012346"
MN_B = "345678901234"


def test_fixtures_are_valid() -> None:
    assert all(my_number_check_digit(m[:11]) == int(m[11]) for m in (MN_A, MN_B))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("旅券 K55820193（タイ）を確認", ["K55820193"]),
        ("失効旅券 W3318207 を返納", ["W3318207"]),
        ("パスポート：MB440917", ["MB440917"]),
        ("パスポートは 602218847 です", ["602218847"]),
        ("☑ 旅券（Q7702915）", ["Q7702915"]),
        ("旅券（8K2200461、フィリピン）", ["8K2200461"]),
        ("パスポート　ZX77041286", ["ZX77041286"]),
        ("<passport>HT905512</passport>", ["HT905512"]),
        ('{"passportNo": "V33019472"}', ["V33019472"]),
        ("パスポート 71120458 を提示", ["71120458"]),
        # hard negatives: product and order codes, a date, statute prose, a compound word
        ("型番 K55820193（パスポートケース）", []),
        ("注文番号 602218847 パスポートカバー", []),
        ("パスポート 20240315 発行分", []),
        ("旅券の返納を命ずることができる。", []),
        ("パスポートサイズ Q7702915", []),
        ('{"order": "V33019472"}', []),
        ("旅券（一般旅券）の手数料 16000 円", []),
        ("K55820193 旅券", []),
    ],
)
def test_passport(text: str, expected: list[str]) -> None:
    assert scan_values(text, PP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("基礎年金番号 2208-114736 と 旧番号 2208-339105", ["2208-114736", "2208-339105"]),
        ("基礎年金番号：6612-004382・6612-004390", ["6612-004382", "6612-004390"]),
        ("基礎年金番号は5501928374、重複番号5501928382", ["5501928374", "5501928382"]),
        # hard negatives: another record's number, a phone, counts
        ("受付番号 2208-339105 の件", []),
        ("基礎年金番号の統合件数 1234567 件", []),
    ],
)
def test_pension(text: str, expected: list[str]) -> None:
    assert scan_values(text, PN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1000014｜東京都千代田区永田町1丁目7番1号", ["1000014"]),
        ("5400008\t大阪府大阪市中央区大手前2丁目1番22号", ["5400008"]),
        ("4600001,愛知県名古屋市中区三の丸3丁目1番2号,県庁", ["4600001"]),
        # hard negatives: amounts, IDs, statistics at the head of a row
        ("1234567｜売上高", []),
        ("2025001,東京都,新宿区,12345", []),
        ("7654321\t東京都の人口（推計）", []),
        ("1000014｜在庫数 120", []),
    ],
)
def test_postal_row_head(text: str, expected: list[str]) -> None:
    assert scan_values(text, PC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phone: +44 161 496 0753", ["+44 161 496 0753"]),
        ("Tel: +1 415 555 0142", ["+1 415 555 0142"]),
        ("電話 +82 31 8802 4410", ["+82 31 8802 4410"]),
        ("敬具⏎東京都新宿区西新宿2丁目8番1号⏎03-5321-1111", ["03-5321-1111"]),
        # hard negatives: a foreign-looking run after no phone label, too few digits
        ("受注番号 +44 2079 460321", []),
        ("Score: +12 20 7946", []),
        ("Tel: +1 21", []),
    ],
)
def test_phone(text: str, expected: list[str]) -> None:
    assert scan_values(text, TEL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("係員：ご本人確認のため生年月日を教えてください。⏎お客様：1979年5月8日です。",
         ["1979年5月8日"]),
        ("Q: 生年月日は？⏎A: 平成2年1月17日", ["平成2年1月17日"]),
        (f"山本 一郎,{MN_A},1981/07/09", ["1981/07/09"]),
        (f"WARN line 3: 小林 由美\t{MN_B}\t1995-12-24", ["1995-12-24"]),
        # hard negatives: an event date in a chat, a wrong check digit, an event row
        ("係員：ご来庁日を教えてください。⏎お客様：2025年5月8日です。", []),
        ("Q: 生年月日の書き方は？⏎A: 例 2000年1月1日", []),
        ("山本 一郎,456789012345,1981/07/09", []),
        ("2025/04/01,研修会,参加者 35 名", []),
    ],
)
def test_date_of_birth(text: str, expected: list[str]) -> None:
    assert scan_values(text, DOB) == expected


_TOKYO = "4-2-8 Shibakoen, Minato-ku, Tokyo-to"
_OSAKA = "2-1 Otemae 1-chome, Chuo-ku, Osaka-shi, Osaka"
_SAPPORO = "5-12 Minami 8-jo Nishi, Chuo-ku, Sapporo-shi"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Address in Japan: " + _TOKYO, [_TOKYO]),
        ("Address: " + _OSAKA, [_OSAKA]),
        ("Address: " + _SAPPORO, [_SAPPORO]),
        # hard negatives: no block number, an address-less line, a statistics line
        ("Address: see the attached form", []),
        ("Address: 3 items, Naka-ku", []),
        ("以上⏎東京都千代田区の統計⏎2025-118-4470", []),
    ],
)
def test_address(text: str, expected: list[str]) -> None:
    assert scan_values(text, AD) == expected
