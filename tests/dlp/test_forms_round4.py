"""Round D (after the pii_test4 first run, written from its misses described generally): every
value below is invented. 1. a 12-digit number directly labelled 個人番号 / マイナンバー / My Number is
a 個人番号 even with a wrong check digit (fail closed), and is not another 12-digit type; 2. foreign
passports labelled in English and 旅券（X…、国名）; 3. a health-insurance card in English (symbol /
number) and a 記号番号 whose 記号 is a kanji place abbreviation; 4. romaji addresses and the postal
code after their prefecture; 5. 4-digit-area phone numbers on a line with a 基礎年金番号; 6. a birth
date in brackets right after a child's name. Each point has hard negatives next to it."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from govrag.dlp.recognizers.my_number import my_number_check_digit
from tests.dlp.conftest import found

MN, DL, PP, HI = "JP_MY_NUMBER", "JP_DRIVER_LICENSE", "JP_PASSPORT", "JP_HEALTH_INSURANCE"
AD, PC, PH, PN, DOB = "JP_ADDRESS", "JP_POSTAL_CODE", "PHONE_NUMBER", "JP_PENSION_NUMBER", "DATE_OF_BIRTH"
_OK = "61827394051" + str(my_number_check_digit("61827394051"))
_BAD = _OK[:11] + str((int(_OK[11]) + 4) % 10)
_BAD_FW = _BAD.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
_BAD_4 = f"{_BAD[:4]} {_BAD[4:8]} {_BAD[8:]}"
_BAD_H = f"{_BAD[:4]}-{_BAD[4:8]}-{_BAD[8:]}"
_BAD_ODD = f"{_BAD[:2]}-{_BAD[2:7]}-{_BAD[7:]}"

#: (case id, text, expected (type, value) pairs other than PERSON).
CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # --- 1. labelled 個人番号 fails closed --------------------------------------------------------------
    ("mn-bad-colon", f"個人番号：{_BAD}", {(MN, _BAD)}),
    ("mn-bad-spaced-myna", f"マイナンバー {_BAD_4}", {(MN, _BAD_4)}),
    ("mn-bad-en", f"My Number: {_BAD_H}", {(MN, _BAD_H)}),
    ("mn-bad-fullwidth-bracket", f"本人の個人番号（{_BAD_FW}）を確認", {(MN, _BAD_FW)}),
    ("mn-bad-odd-grouping", f"個人番号は{_BAD_ODD}です", {(MN, _BAD_ODD)}),
    ("mn-bad-table-cell", f"| 個人番号 | {_BAD} |", {(MN, _BAD)}),
    ("mn-bad-note", f"個人番号（12桁）：{_BAD}", {(MN, _BAD)}),
    ("mn-bad-field", f"個人番号欄 {_BAD}", {(MN, _BAD)}),
    (
        "mn-bad-then-license",
        f"個人番号 {_BAD} 運転免許証番号 452107839164",
        {(MN, _BAD), (DL, "452107839164")},
    ),
    (
        "mn-bad-license-first",
        f"運転免許証番号：452107839164　個人番号：{_BAD}",
        {(DL, "452107839164"), (MN, _BAD)},
    ),
    (
        "mn-table-then-license",
        f"| マイナンバー | {_BAD_H} | 運転免許証番号 | 4521 0783 9164 |",
        {(MN, _BAD_H), (DL, "4521 0783 9164")},
    ),
    ("mn-valid-unlabelled", f"番号{_OK}を照合", {(MN, _OK)}),
    ("mn-neg-bad-unlabelled", f"番号{_BAD}を照合", set()),
    ("mn-neg-bad-reference", f"受付番号 {_BAD} の申請", set()),
    ("mn-neg-bad-far-label", f"個人番号の確認後、整理の都合で {_BAD} を付番", set()),
    ("mn-neg-13-digits", f"個人番号 {_BAD}7", set()),
    ("mn-neg-count", f"マイナンバーカード交付数 {_BAD}件", set()),
    ("mn-neg-casual-en", f"Call me back, my number is {_BAD}", set()),
    ("mn-bad-en-caps", f"INDIVIDUAL NUMBER {_BAD}", {(MN, _BAD)}),
    ("mn-neg-same-digit", "個人番号 111111111111", set()),
    # --- 2. foreign passports -----------------------------------------------------------------------
    ("pp-nine-digits", "Passport No.: 587214963 (USA)", {(PP, "587214963")}),
    ("pp-nationality-word", "She holds a Vietnamese passport C4719258.", {(PP, "C4719258")}),
    ("pp-number-lower", "passport number K83920175", {(PP, "K83920175")}),
    ("pp-trailing-letter", "Philippine passport P3849201B", {(PP, "P3849201B")}),
    ("pp-letters-inside", "Passport No. X7B29K418", {(PP, "X7B29K418")}),
    ("pp-number-is", "Her passport number is 904617253.", {(PP, "904617253")}),
    ("pp-bracket-country", "旅券（E47182936、中国）を提示した。", {(PP, "E47182936")}),
    ("pp-bracket-country-2", "旅券（P3849201B、フィリピン）", {(PP, "P3849201B")}),
    ("pp-ja-nine-digits", "旅券番号：587214963（米国）", {(PP, "587214963")}),
    ("pp-neg-ref", "Ref: C4719258", set()),
    ("pp-neg-order", "Order No. X7B29K418", set()),
    ("pp-neg-photo", "Bring 2 passport photos and 11000 yen.", set()),
    ("pp-neg-bracket-no-value", "旅券（申請中、中国）", set()),
    ("pp-neg-flight", "Flight NH1234567 departs at 10:00.", set()),
    # --- 3. health-insurance card in English; kanji-abbreviation 記号 -------------------------------------
    ("hi-en-symbol-number", "Health insurance card: symbol 4821, number 37", {(HI, "4821"), (HI, "37")}),
    ("hi-en-and-number", "health insurance card symbol 70215 and number 9", {(HI, "70215"), (HI, "9")}),
    ("hi-kanji-hyphen", "記号番号：練-481920", {(HI, "練-481920")}),
    ("hi-kanji-hyphen-space", "国民健康保険 記号番号 港-602815", {(HI, "港-602815")}),
    ("hi-neg-symbol-only", "symbol 4821, number 37 in the chart", set()),
    ("hi-neg-empty", "記号番号の欄は空欄とする。", set()),
    ("hi-neg-chem", "化学記号と原子番号：Na-23", set()),
    # --- 4. romaji addresses --------------------------------------------------------------------------
    (
        "ad-romaji-tokyo",
        "3-12-5 Minamiazabu, Minato-ku, Tokyo 106-0047, Japan",
        {(AD, "3-12-5 Minamiazabu, Minato-ku, Tokyo"), (PC, "106-0047")},
    ),
    (
        "ad-romaji-city",
        "Address: 2-4-18 Chuo, Aoba-ku, Sendai-shi, Miyagi 980-0021, Japan",
        {(AD, "2-4-18 Chuo, Aoba-ku, Sendai-shi, Miyagi"), (PC, "980-0021")},
    ),
    (
        "ad-romaji-japan",
        "Lives at 5-7-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo-to, Japan",
        {(AD, "5-7-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo-to, Japan")},
    ),
    (
        "ad-romaji-prefecture-word",
        "1-9-3 Sakaemachi, Kawaguchi City, Saitama Prefecture 332-0017",
        {(AD, "1-9-3 Sakaemachi, Kawaguchi City, Saitama Prefecture"), (PC, "332-0017")},
    ),
    (
        "ad-romaji-town-first",
        "KASUMIGASEKI 1-2-3, CHIYODA-KU, TOKYO 100-8916",
        {(AD, "KASUMIGASEKI 1-2-3, CHIYODA-KU, TOKYO"), (PC, "100-8916")},
    ),
    ("ad-neg-cities", "Offices in Tokyo, Osaka and Nagoya opened in 2024.", set()),
    ("ad-neg-population", "Osaka 2500000 residents", set()),
    ("ad-neg-tokyo-phone", "Call Tokyo 03-1234-5678.", {(PH, "03-1234-5678")}),
    ("ad-neg-section", "See sections 2-3 of the guide for Tokyo.", set()),
    # --- 5. 4-digit area codes next to a 基礎年金番号 -------------------------------------------------------
    (
        "ph-pension-line",
        "基礎年金番号：4821-602915　電話：0276-24-6813",
        {(PN, "4821-602915"), (PH, "0276-24-6813")},
    ),
    (
        "ph-pension-line-tel",
        "基礎年金番号 5930-118274 TEL 0848-25-3916",
        {(PN, "5930-118274"), (PH, "0848-25-3916")},
    ),
    (
        "ph-pension-label-phone-number",
        "基礎年金番号 5930-118274、電話番号：0995-62-4170",
        {(PN, "5930-118274"), (PH, "0995-62-4170")},
    ),
    ("ph-neg-pension-only", "基礎年金番号：4821-602915", {(PN, "4821-602915")}),
    ("ph-neg-receipt", "受付番号 0276-24-6813", set()),
    # --- 6. birth date in brackets after a child's name -----------------------------------------------
    ("dob-child-bracket", "児童 高橋 結衣（令和2年4月8日）", {(DOB, "令和2年4月8日")}),
    ("dob-child-glued", "児童 佐々木陽翔（平成30年11月2日）", {(DOB, "平成30年11月2日")}),
    ("dob-child-label", "児童氏名：森 湊（令和4年1月9日）", {(DOB, "令和4年1月9日")}),
    ("dob-child-fullwidth", "児童 大和田 紬（令和２年９月１４日）", {(DOB, "令和２年９月１４日")}),
    ("dob-neg-event", "運動会（令和6年10月5日）", set()),
    ("dob-neg-title", "説明会資料（令和6年4月1日）", set()),
    ("dob-neg-list", "児童 名簿（令和6年4月1日）", set()),
    ("dob-neg-opening", "児童クラブ（令和6年4月1日開所）", set()),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round4(engine: DLPEngine, name: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert {f for f in found(engine, text) if f[0] != "PERSON"} == expected
