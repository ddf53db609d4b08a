"""Round S: a fixed-line phone in brackets after a name in a 年金 sentence; memo-style abbreviated
labels (基年, 被保, 口番, 個番); an OCR-spaced 基礎年金番号 label; birth dates after record keys,
Korean and Portuguese labels, a child's given name, household rosters; Portuguese, Korean,
Vietnamese and bare 旅券 passport labels; 被保険者証 with a card kind; a card number wrapped over two
lines. Every value is invented (check digits computed)."""

from __future__ import annotations

import pytest

from govrag.dlp.recognizers.credit_card import luhn_ok
from govrag.dlp.recognizers.my_number import my_number_check_digit
from tests.dlp.conftest import scan_values

DOB = "DATE_OF_BIRTH"
PP = "JP_PASSPORT"
HI = "JP_HEALTH_INSURANCE"
PN = "JP_PENSION_NUMBER"
MN = "JP_MY_NUMBER"
CC = "CREDIT_CARD"
TEL = "PHONE_NUMBER"
BA = "JP_BANK_ACCOUNT"
PER = "PERSON"

MN_OK = "60418825173" + str(my_number_check_digit("60418825173"))
#: Luhn-valid 16-digit numbers written in two halves
CARD_A = ("4916 4207", "7318 2501")
CARD_B = ("5355 1092", "4466 8132")


def test_card_fixtures_pass_luhn() -> None:
    assert luhn_ok("".join(CARD_A).replace(" ", "")) and luhn_ok("".join(CARD_B).replace(" ", ""))


# 1. a fixed-line phone in brackets after a name is a phone, whatever 年金 word came before
@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("基礎年金番号の照会で来た藤田 直人（0995-44-2871）に連絡", TEL, ["0995-44-2871"]),
        ("基礎年金番号の照会で来た藤田 直人（0995-44-2871）に連絡", PN, []),
        ("被保険者番号の記載誤りについて石井 真理（045-712-3390）から申出", TEL, ["045-712-3390"]),
        ("年金番号の相談　中島 博（06-6231-7745）", TEL, ["06-6231-7745"]),
        # the pension number's own 4-6 grouping after a name stays a pension number
        ("年金の請求に来所した中島 博（2207-618834）", PN, ["2207-618834"]),
        # a direct pension label before the value still names a pension number
        ("基礎年金番号：06-6231-7745", PN, ["06-6231-7745"]),
        ("基礎年金番号：06-6231-7745", TEL, []),
    ],
)
def test_phone_after_name_in_pension_sentence(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


# 2. memo-style abbreviated labels
@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("基年：7120-335908", PN, ["7120-335908"]),
        ("基年: 8804127765　確認済", PN, ["8804127765"]),
        ("基年度 2020-2024 の推移", PN, []),
        ("被保：31027749", HI, ["31027749"]),
        ("被保: 00631182（後期）", HI, ["00631182"]),
        ("被保護人員 31027 人", HI, []),
        ("口番 5530281（普）", BA, ["5530281"]),
        ("口番：6612047（当）", BA, ["6612047"]),
        ("△△信金 駅前支店　口番7740216", BA, ["7740216"]),
        ("窓口番号 5530281", BA, []),
        ("口番は7桁で記入", BA, []),
        (f"個番：{MN_OK}", MN, [MN_OK]),
    ],
)
def test_memo_abbreviations(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


# 3. the 基礎年金番号 label spaced by OCR, the value (full-width, ungrouped) on the next line
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("基 礎 年 金⏎番 号　３３０１８８４２０７", ["３３０１８８４２０７"]),
        ("基 礎 年 金⏎番 号：５１２０９９３４７１", ["５１２０９９３４７１"]),
        ("基 礎 年 金⏎番 号　は10桁の数字", []),
        ("基 礎 年 金⏎合 計　３３０１８８４２０７ 円", []),
    ],
)
def test_spaced_pension_label(text: str, expected: list[str]) -> None:
    assert scan_values(text, PN) == expected


# 4. birth dates: record keys, Korean and Portuguese labels, a child's given name, household rosters
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生年月日=19760923&kbn=2", ["19760923"]),
        ("id=88&dob=20030114", ["20030114"]),
        ("birth_date=1968-07-30", ["1968-07-30"]),
        ("created=20240914&dob_flag=1", []),
        ("since=19991201", []),
        ("생년월일: 1979.10.02", ["1979.10.02"]),
        ("생년월일 2002-06-18", ["2002-06-18"]),
        ("만료일: 2031.10.02", []),
        ("nascimento 22/09/1984", ["22/09/1984"]),
        ("Data de nascimento: 07/01/1999", ["07/01/1999"]),
        ("data de validade: 07/01/2029", []),
        ("児童　れん（H29.8.21）", ["H29.8.21"]),
        ("子：美月（R3.2.9）", ["R3.2.9"]),
        ("児童　ひまわり組（R7.4.8）", []),
        ("児童 台帳（R7.4.1）", []),
        ("児童手当（R7.6.10）", []),
        ("世帯員⏎1 良子 S38.12.5⏎2 健 S36.3.17", ["S38.12.5", "S36.3.17"]),
        ("同一世帯⏎1 真一 1981/04/26", ["1981/04/26"]),
        ("世帯員⏎1 世帯主 2023/10/01 転入", []),
        ("議事次第⏎1 開会 2025/06/03", []),
    ],
)
def test_birth_dates(text: str, expected: list[str]) -> None:
    assert scan_values(text, DOB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("児童　れん（H29.8.21）", ["れん"]),
        ("世帯員⏎1 良子 S38.12.5⏎2 健 S36.3.17", ["良子", "健"]),
        ("世帯員⏎1 世帯主 2023/10/01", []),
        ("児童　ひまわり組（R7.4.8）", []),
    ],
)
def test_given_names_before_birth(text: str, expected: list[str]) -> None:
    assert scan_values(text, PER) == expected


# 5. passports: Portuguese, Korean, Vietnamese and a bare 旅券 form field
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("passaporte nº YB730418", ["YB730418"]),
        ("Passaporte n.º: FT119025", ["FT119025"]),
        ("여권번호: M33018452", ["M33018452"]),
        ("여권 번호 M90412276", ["M90412276"]),
        ("Hộ chiếu (旅券番号): B5502917", ["B5502917"]),
        ("国籍 ペルー　旅券　K2093381　在留資格 定住者", ["K2093381"]),
        ("protocolo nº 55018342", []),
        ("여권번호 확인 후 제출", []),
        ("型番　K2093381　在庫 2", []),
        ("旅券　発給手数料　11000円", []),
    ],
)
def test_passports(text: str, expected: list[str]) -> None:
    assert scan_values(text, PP) == expected


# 6. a 被保険者証 number with the card kind in brackets after it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("被保険者証 27730915（後期）", ["27730915"]),
        ("被保険者証　00418826（介護）", ["00418826"]),
        ("被保険者証 更新 12件（後期）", []),
    ],
)
def test_card_with_kind(text: str, expected: list[str]) -> None:
    assert scan_values(text, HI) == expected


# 7. a card number wrapped over two lines after a label saying so
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"カード番号（折返し）⏎{CARD_A[0]}⏎{CARD_A[1]}", [f"{CARD_A[0]}\n{CARD_A[1]}"]),
        (f"カード番号（改行あり）：⏎{CARD_B[0]}⏎{CARD_B[1]}", [f"{CARD_B[0]}\n{CARD_B[1]}"]),
        ("カード番号（折返し）⏎1111 2222⏎3333 4444", []),
        (f"整理番号（折返し）⏎{CARD_A[0]}⏎{CARD_A[1]}", []),
    ],
)
def test_wrapped_card(text: str, expected: list[str]) -> None:
    assert scan_values(text, CC) == expected
