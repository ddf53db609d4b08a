"""Issue 11, second round: birth dates right after a name, DD MON YYYY and 西暦(和暦) dates,
記号/番号/枝番 (place prefixes, quotes; one value since round three), ゆうちょ 記号番号 as an account, foreign
passports after a label, loose residence cards, pension numbers in lists, T + 法人番号 登録番号 —
each rule with positives and hard negatives (invented names and numbers)."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from govrag.dlp.recognizers.corporate_number import corporate_check_digit
from tests.dlp.conftest import found

DOB, HI, BA, PP = "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_BANK_ACCOUNT", "JP_PASSPORT"
RC, PN, CN, AD = "JP_RESIDENCE_CARD", "JP_PENSION_NUMBER", "JP_CORPORATE_NUMBER", "JP_ADDRESS"
_CN = str(corporate_check_digit("300120004567")) + "300120004567"

CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # --- birth date right after a person's name (no 生年月日 label)
    ("dob-name-brackets", "申込者 森田 健司（昭和49年6月12日）", {(DOB, "昭和49年6月12日")}),
    ("dob-name-column-short", "名簿 岡村 直子 H4.8.30 女", {(DOB, "H4.8.30")}),
    ("dob-name-column-seireki-dot", "参加者 藤原 大樹 1987.2.14", {(DOB, "1987.2.14")}),
    ("dob-name-comma", "申込者：上田 愛、平成11年3月3日、学生", {(DOB, "平成11年3月3日")}),
    ("dob-name-honorific", "小松 誠様（S50.1.7）", {(DOB, "S50.1.7")}),
    ("dob-name-reiwa-short", "入所児童 坂口 陽太（R3.9.9）", {(DOB, "R3.9.9")}),
    ("dob-office-brackets", "市民課（令和6年4月1日）から通知があった。", set()),
    ("dob-office-column", "総務課 令和7年2月3日 決裁", set()),
    ("dob-room-brackets", "第1会議室（令和6年6月1日）で開催する。", set()),
    ("dob-name-then-dated", "担当 森田（令和6年4月1日受付）", set()),
    ("dob-issue-date", "交付日：R6.4.1", set()),
    # --- passport-style and bracketed-era dates after a birth label
    ("dob-dd-mon-yyyy", "生年月日：12 AUG 1991", {(DOB, "12 AUG 1991")}),
    ("dob-dd-mon-yyyy-en", "DOB 02 FEB 1966", {(DOB, "02 FEB 1966")}),
    ("dob-seireki-era", "生年月日 1981(昭和56)年10月1日", {(DOB, "1981(昭和56)年10月1日")}),
    ("dob-era-seireki", "生年月日：平成2(1990)年5月5日", {(DOB, "平成2(1990)年5月5日")}),
    ("dob-issue-dd-mon", "Date of issue 12 AUG 2021", set()),
    # --- 健康保険 記号/番号/枝番, separate values
    ("hi-place-prefix-space", "記号番号：港北15 24680", {(HI, "港北15 24680")}),
    ("hi-place-prefix-hyphen", "記号・番号 みどり02－13579", {(HI, "みどり02－13579")}),
    ("hi-quoted", "記号番号は「3141-592」です", {(HI, "3141-592")}),
    # (round T: a short second value after a 3-4 digit, hyphen, 3-4 digit 記号 is its own value)
    ("hi-edaban", "記号・番号：246-8024・01", {(HI, "246-8024"), (HI, "01")}),
    ("hi-insurer-quoted", "保険者番号「138156」に照会", {(HI, "138156")}),
    ("hi-insurer-blank", "保険者番号欄は空欄とする。", set()),
    # --- ゆうちょ 記号番号: an account, not insurance
    ("ba-yucho-space", "ゆうちょ銀行 記号番号 10230 44556677", {(BA, "10230 44556677")}),
    ("ba-yucho-labels", "ゆうちょ 記号 17000 番号 12121212", {(BA, "17000"), (BA, "12121212")}),
    (
        "ba-yucho-over-insurance",
        "国民健康保険料の口座振替 ゆうちょ 記号番号 13131-24242424",
        {(BA, "13131-24242424")},
    ),
    ("dob-due-date", "納期限 2025.05.31 納付書", set()),
    ("ba-office-furikae", "郵便振替口座 00160-5-123456 にお振込みください。", set()),
    # --- foreign passports right after a passport-number label
    ("pp-one-letter-eight", "旅券番号：P12345678（タイ）", {(PP, "P12345678")}),
    ("pp-two-letters-six", "Passport No. KJ123456 (Korea)", {(PP, "KJ123456")}),
    ("pp-mixed-nine", "パスポート番号 CK7X2M9P4 国籍 ドイツ", {(PP, "CK7X2M9P4")}),
    ("pp-label-blank", "旅券番号欄に記入すること。", set()),
    ("pp-product-code", "型番 CK7X2M9P4 の部品", set()),
    ("pp-letters-only", "Passport No. ABCDEFGHI", set()),
    # --- residence cards: lower case, full width, spaces
    ("rc-lower", "在留カード番号 xy24681357wz", {(RC, "xy24681357wz")}),
    ("rc-fullwidth-lower", "在留カード番号：ｑｒ１３５７９２４６ｓｔ", {(RC, "ｑｒ１３５７９２４６ｓｔ")}),
    ("rc-spaces", "在留カード番号 MN 97531864 PQ", {(RC, "MN 97531864 PQ")}),
    ("rc-lower-no-context", "ファイル名 xy24681357wz を削除", set()),
    # --- pension numbers in a list headed by 年金/未納 words
    (
        "pn-arrears-list",
        "年金保険料未納者 石井 進 1212-343434、大塚 光 5656-787878、西田 彩 9090-121212",
        {(PN, "1212-343434"), (PN, "5656-787878"), (PN, "9090-121212")},
    ),
    ("pn-list-other-label", "年金関係の文書 管理番号 1212-343434", set()),
    # --- T + 法人番号 (適格請求書発行事業者 登録番号)
    ("cn-invoice-t", f"登録番号：T{_CN}", {(CN, _CN)}),
    ("cn-invoice-t-space", f"適格請求書発行事業者登録番号 T {_CN}", {(CN, _CN)}),
    ("cn-invoice-bad-check", "登録番号：T" + str((int(_CN[0]) + 1) % 10) + _CN[1:], set()),
    ("cn-invoice-label-only", "登録番号の欄にTから始まる番号を記載する。", set()),
    # --- unlabelled addresses before 所在の / にある
    ("ad-shozai", "山形県酒田市本町2丁目3番4号所在の倉庫", {(AD, "山形県酒田市本町2丁目3番4号")}),
    ("ad-ni-aru", "土地は香川県丸亀市大手町2丁目4番21にある。", {(AD, "香川県丸亀市大手町2丁目4番21")}),
    ("ad-area-only", "香川県丸亀市の区域内にある施設", set()),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round2_table(engine: DLPEngine, name: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert {f for f in found(engine, text) if f[0] != "PERSON"} == expected
