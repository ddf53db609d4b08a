"""Round T: a joint 記号・番号 label whose second value is short; 被保険者証 with a card kind and a
number of another length; a 郡-first address after 住所は; space-separated name rosters and 護照
(no name); a passport value under a 旅券番号 header checked by column; a My Number grouped 4・4・4;
a mobile number under a 受付番号 label with contact words; 給与支払報告書 / 源泉徴収票 fields; a card
number wrapped after other groups than 4+4; the shared code vocabulary and specimen rule (tidy-up).
Every value is invented (check digits computed)."""

from __future__ import annotations

import re

import pytest

from govrag.dlp import scan
from govrag.dlp.nlp import fugashi_tokens
from govrag.dlp.recognizers import codes
from govrag.dlp.recognizers.corporate_number import corporate_check_digit
from govrag.dlp.recognizers.credit_card import luhn_ok
from govrag.dlp.recognizers.my_number import my_number_check_digit
from govrag.dlp.recognizers.person_forms import spaced_roster

HI = "JP_HEALTH_INSURANCE"
AD = "JP_ADDRESS"
PER = "PERSON"
PP = "JP_PASSPORT"
MN = "JP_MY_NUMBER"
CN = "JP_CORPORATE_NUMBER"
TEL = "PHONE_NUMBER"
CC = "CREDIT_CARD"
BA = "JP_BANK_ACCOUNT"

MN_A = "73051182649" + str(my_number_check_digit("73051182649"))
MN_B = "20713348551" + str(my_number_check_digit("20713348551"))
MN_BAD = MN_A[:11] + str((int(MN_A[11]) + 1) % 10)
CN_A = str(corporate_check_digit("830011947205")) + "830011947205"
CN_BAD = str((int(CN_A[0]) + 1) % 10) + CN_A[1:]
#: Luhn-valid 16-digit numbers
CARD_A = "4086179375418820"
CARD_B = "5146041445781816"
CARD_C = "4736856950019511"


def _values(text: str, entity: str) -> list[str]:
    t = text.replace("⏎", "\n")
    return [t[f.start : f.end] for f in scan(t) if f.entity_type == entity]


def test_fixtures_are_valid() -> None:
    assert all(luhn_ok(c) for c in (CARD_A, CARD_B, CARD_C))
    assert my_number_check_digit(MN_BAD[:11]) != int(MN_BAD[11])
    assert corporate_check_digit(CN_BAD[1:]) != int(CN_BAD[0])


# tidy-up: one code vocabulary, read by every recognizer's code check
def test_one_code_vocabulary() -> None:
    assert set(codes.CODE_WORDS_JA) <= set(codes.CODE_LABELS)
    words = re.compile(codes.code_words())
    assert all(words.fullmatch(w) for w in ("品番", "型式", "SKU", "model", "Serial"))
    assert words.search("modelling") is None


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("型番 KQ4471203（パスポートカバー）", PP, []),
        ("端末シリアル ZP20240913QA", "JP_RESIDENCE_CARD", []),
        ("品番：330125447815", MN, []),
        ("部品の記号・番号　40217735・06", HI, []),
        # the shared specimen rule, as bank_account's own rule read it before
        ("口座番号は7桁です（例：4410287）", BA, []),
        ("口座番号例 4410287", BA, []),
        ("口座番号：4410287", BA, ["4410287"]),
    ],
)
def test_code_words_and_specimens(text: str, entity: str, expected: list[str]) -> None:
    assert _values(text, entity) == expected


# 1. health insurance: a joint label with a short second value; a card kind, then the number
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("被保険者記号・番号　60422917・05", ["60422917", "05"]),
        ("保険証の記号・番号は３０１１８８０４・２です", ["３０１１８８０４", "２"]),
        ("記号・番号：415-2203・17（本人）", ["415-2203", "17"]),
        ("組合員証　記号・番号「8801-4420・3」", ["8801-4420", "3"]),
        ("被保険者証（国保）　0577210", ["0577210"]),
        ("被保険者証　後期高齢者医療　8830145", ["8830145"]),
        ("被保険者証【協会けんぽ】番号：44019", ["44019"]),
        ("被保険者証 553102（後期）", ["553102"]),
        # hard negatives: a specimen, a part's code, a year-month, a count, a reissue count
        ("記号・番号は「60422917・05」の形で記入（記入例）", []),
        ("部品の記号・番号　60422917・05", []),
        ("記号・番号 2024・05 版の様式", []),
        ("被保険者証（国保）　1,204枚", []),
        ("被保険者証　後期高齢者　30512件", []),
        ("被保険者証（国保）の交付　12件", []),
    ],
)
def test_health_insurance(text: str, expected: list[str]) -> None:
    assert _values(text, HI) == expected


# 2. a 郡-first address after 住所は in a sentence
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("相談者の住所は那賀郡那賀町大字木頭出原210番地です", ["那賀郡那賀町大字木頭出原210番地"]),
        ("住所は、虻田郡洞爺湖町字栄町58番地で間違いない", ["虻田郡洞爺湖町字栄町58番地"]),
        ("現住所が宇陀郡御杖村大字神末1120番地の本人", ["宇陀郡御杖村大字神末1120番地"]),
        ("住所は郡部のため郵送とする", []),
        ("住所は町村名から記入する（大字・番地まで）", []),
        ("住所は〇〇郡〇〇村大字〇〇番地と記入（記入例）", []),
    ],
)
def test_county_first_address(text: str, expected: list[str]) -> None:
    assert _values(text, AD) == expected


# 3. rosters of names set apart by wide blanks; 護照 is no name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("出席者：山口 直樹　村上 由美　柴田 康弘", ["山口 直樹", "村上 由美", "柴田 康弘"]),
        ("委員  岡田 伸也  藤井 真由美", ["岡田 伸也", "藤井 真由美"]),
        ("面談記録⏎同席者　高田 健　渡部 智子", ["高田 健", "渡部 智子"]),
        ("出席者：総務課　企画課　財政課", []),
        ("会場　東 会議室　西 会議室", []),
        ("担当　第一係　第二係", []),
        ("申請護照需要本人親自到場辦理", []),
        ("護照號碼請填寫在第三欄", []),
        ("Bring your passport (護照) to the counter.", []),
    ],
)
def test_rosters_and_chinese_words(text: str, expected: list[str]) -> None:
    assert _values(text, PER) == expected


def test_roster_of_surnames_is_not_paired() -> None:
    # four surnames: no 姓 名 pairs (the first names of a pair would be surnames too)
    text = "出席者 山本 佐々木 中川 石井"
    assert list(spaced_roster(text, fugashi_tokens(text))) == []


# 4. a passport value under a 旅券番号 header: only in that column
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("氏名,国籍,旅券番号⏎LE VAN TAM,ベトナム,C7710238", ["C7710238"]),
        (
            "No\t氏名\t旅券番号⏎1\tNGUYEN THI LAN\tB4402917⏎2\tPHAM VAN HUNG\tN8830125",
            ["B4402917", "N8830125"],
        ),
        ("受付簿⏎No. 氏名 旅券番号⏎2 TRAN VAN DUC C5501827", ["C5501827"]),
        ("管理番号,旅券番号,備考⏎KM4410297,未提出,再入国", []),
        ("整理番号\t旅券番号⏎XT2203185\t後日", []),
        ("受付簿⏎管理番号 氏名 旅券番号⏎KR2209184 LE THI MAI 未提出", []),
        # the passport label split over two header cells (旅券 番号, Passport No.)
        ("受付簿⏎管理番号 氏名 旅券 番号⏎KR2209184 LE THI MAI B5510238", ["B5510238"]),
        ("管理番号 Name Passport No.⏎KR2209184 LE THI MAI B5510238", ["B5510238"]),
    ],
)
def test_passport_column(text: str, expected: list[str]) -> None:
    assert _values(text, PP) == expected


# 5. a My Number grouped with ・ under its label
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"個人番号No. {MN_A[:4]}・{MN_A[4:8]}・{MN_A[8:]}", [f"{MN_A[:4]}・{MN_A[4:8]}・{MN_A[8:]}"]),
        (f"マイナンバー：{MN_B[:4]}・{MN_B[4:8]}・{MN_B[8:]}", [f"{MN_B[:4]}・{MN_B[4:8]}・{MN_B[8:]}"]),
        (f"マイナンバー⏎{MN_A[:4]}・{MN_A[4:8]}・{MN_A[8:]}", [f"{MN_A[:4]}・{MN_A[4:8]}・{MN_A[8:]}"]),
        (f"品番No. {MN_A[:4]}・{MN_A[4:8]}・{MN_A[8:]}", []),
        (f"伝票番号 {MN_B[:4]}・{MN_B[4:8]}・{MN_B[8:]}", []),
        ("マイナンバー制度は2016・2017・2018年度に導入", []),
    ],
)
def test_my_number_dotted(text: str, expected: list[str]) -> None:
    assert _values(text, MN) == expected


# 6. a mobile number under a 受付番号 label, with contact words in its record
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("受付番号 090-3127-5580（携帯へ折返し）", ["090-3127-5580"]),
        ("受付番号：070-2281-4409　連絡先", ["070-2281-4409"]),
        ("受付番号,氏名,連絡先⏎080-7713-2046,川村 亮,携帯", ["080-7713-2046"]),
        ("受付番号⏎090-4418-2203⏎※電話番号の記入誤り", ["090-4418-2203"]),
        ("受付番号 2025-0318-0071（電話受付）", []),
        ("受付番号：K07-2210-58　携帯から", []),
        ("受付番号 080-2210（窓口）", []),
        ("問合せ番号 0800-221-4471", []),
        ("注文番号 090-22107-31（電話注文）", []),
        ("【記入例】受付番号 090-0000-1111（携帯）", []),
    ],
)
def test_mobile_under_reception_label(text: str, expected: list[str]) -> None:
    assert _values(text, TEL) == expected


# 7. payroll slips: 受給者番号 is a My Number, 支払者番号 a corporate number (check digits valid)
@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        (f"給与支払報告書⏎受給者番号 {MN_A}", MN, [MN_A]),
        (f"源泉徴収票　受給者番号：{MN_B}", MN, [MN_B]),
        (f"源泉徴収票データ⏎受給者番号,氏名⏎{MN_A},中村 聡", MN, [MN_A]),
        (f"給与支払報告書⏎支払者番号 {CN_A}", CN, [CN_A]),
        (f"給与支払報告書 提出データ⏎支払者番号\t区分⏎{CN_A}\t普通", CN, [CN_A]),
        (f"給与支払報告書⏎受給者番号 {MN_BAD}", MN, []),
        (f"源泉徴収票⏎支払者番号 {CN_BAD}", CN, []),
        (f"医療受給者証⏎受給者番号 {MN_A}", MN, []),
        ("医療受給者証⏎受給者番号 2204817", MN, []),
        ("給与支払報告書の提出件数 123456789012 件", MN, []),
    ],
)
def test_payroll_slips(text: str, entity: str, expected: list[str]) -> None:
    assert _values(text, entity) == expected


# 8. a card number wrapped after other groups than 4+4
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"カード番号⏎{CARD_A[:8]}⏎{CARD_A[8:]}", [f"{CARD_A[:8]}\n{CARD_A[8:]}"]),
        (
            f"クレジットカード：{CARD_B[:4]} {CARD_B[4:8]} {CARD_B[8:12]}⏎{CARD_B[12:]}",
            [f"{CARD_B[:4]} {CARD_B[4:8]} {CARD_B[8:12]}\n{CARD_B[12:]}"],
        ),
        (f"お支払いカード⏎{CARD_C[:12]}⏎{CARD_C[12:]}", [f"{CARD_C[:12]}\n{CARD_C[12:]}"]),
        (
            f"カード番号⏎{CARD_A[:4]}⏎{CARD_A[4:8]}-{CARD_A[8:12]}-{CARD_A[12:]}",
            [f"{CARD_A[:4]}\n{CARD_A[4:8]}-{CARD_A[8:12]}-{CARD_A[12:]}"],
        ),
        ("受付番号⏎40861793 7541⏎8820", []),
        (f"番号一覧⏎{CARD_B[:4]} {CARD_B[4:8]} {CARD_B[8:12]}⏎{CARD_B[12:]}", []),
        (f"カード番号の末尾4桁⏎{CARD_C[12:]}", []),
    ],
)
def test_wrapped_cards(text: str, expected: list[str]) -> None:
    assert _values(text, CC) == expected
