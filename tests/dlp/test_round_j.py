"""Round J (a fresh dev batch written first, for five types that fell short on unseen layouts):
every value below is invented and none is a batch row. 1. keys: camelCase, a qualifier word in
front (user_, home_, emergency_contact_), a spelled-out ``_number`` suffix, romaji keys
(seinengappi, nenkin_bango); 2. a card's title lines above a bare 番号 / 第…号 (licence, pension);
3. phones: 自宅/勤務先/緊急 before an unseparated number, ℡ / ☎, hyphens with spaces around them;
4. bank accounts: ゆうちょ 通帳記号/通帳番号, a comma ending the clause after the value;
5. birth dates: a sex column between name and date, an age in brackets after the date, era
ligatures (㍼ ㍻ …), English day-month-year (21-Sep-1990); 6. a licence named with an aside in
brackets before 「の番号」; ``(+81)`` in brackets; 7. after the holdout run: 「…日に出生」, a date as
the subject of 「…は…の生年月日です」, 出生：, 「License No.」 first on the line, 店番-口座番号 as one
value, 口座No., a short ゆうちょ 番号, TEL…FAX glued; 8. third batch: 生まれたとき：, ordinal English
days, 「書類の番号」 under a line naming the document, a CSV account after a 普通/当座 field,
``+81 (6) …``; hard negatives for each."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from govrag.dlp.recognizers.keyed import key_label
from govrag.dlp.recognizers.titled import titled_by
from tests.dlp.conftest import found

DOB, DL, BA = "DATE_OF_BIRTH", "JP_DRIVER_LICENSE", "JP_BANK_ACCOUNT"
PN, PH = "JP_PENSION_NUMBER", "PHONE_NUMBER"

#: (case id, text, expected (type, value) pairs; structured types only)
CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # --- 1. keys ---
    ("camel-dob", '{"dateOfBirth": "1988-02-14"}', {(DOB, "1988-02-14")}),
    ("camel-licence", "driverLicenseNumber=442019385106", {(DL, "442019385106")}),
    ("camel-account", 'bankAccountNo: "6610342"', {(BA, "6610342")}),
    ("camel-phone", '{"homePhone": "0471552209"}', {(PH, "0471552209")}),
    ("qualified-birthday", "applicant_birthday=1970/12/01", {(DOB, "1970/12/01")}),
    ("qualified-phone", "emergency_contact_tel=09066120473", {(PH, "09066120473")}),
    ("romaji-dob", "seinengappi: 19830415", {(DOB, "19830415")}),
    ("romaji-pension", "kiso_nenkin_bango=2219408832", {(PN, "2219408832")}),
    ("key-not-personal", "userId=442019385106 retry=3", set()),
    ("key-business-licence", "business_license_no=442019385106", set()),
    ("key-build-number", "buildNumber=20240115", set()),
    # --- 2. title lines above a bare label ---
    (
        "licence-card-ocr",
        "運転免許証\n氏名 緒方 亮\n昭和58年6月1日生\n第 5201 8833 0164 号",
        {(DOB, "昭和58年6月1日"), (DL, "5201 8833 0164")},
    ),
    ("licence-title-same-line", "運転経歴証明書（令和5年交付） 番号 630411982057", {(DL, "630411982057")}),
    ("pension-booklet-ocr", "年金手帳\n氏名 吉岡 理沙\n番号 3318-504127", {(PN, "3318-504127")}),
    ("pension-notice", "基礎年金番号通知書\n交付 令和7年9月\n番号 7013294865", {(PN, "7013294865")}),
    ("title-then-other-card", "運転免許証 提示済\n旅券\n番号 630411982057", set()),
    ("title-after-blank-line", "年金手帳の再交付について\n\n番号 3318-504127 の機器", set()),
    ("bare-number-no-title", "資料一覧\n番号 630411982057", set()),
    ("receipt-label-under-title", "運転免許証\n受付番号 630411982057", set()),
    # --- 3. phones ---
    ("home-work-plain", "自宅 0455123390／勤務先 0452207718", {(PH, "0455123390"), (PH, "0452207718")}),
    ("tel-mark", "℡0776-20-1184", {(PH, "0776-20-1184")}),
    ("phone-mark-plain", "☎ 08055012276", {(PH, "08055012276")}),
    ("spaced-hyphens", "TEL 0263 - 35 - 4410", {(PH, "0263 - 35 - 4410")}),
    ("spaced-hyphens-no-word", "整理 0263 - 35 - 4410", set()),
    ("home-not-number", "自宅 2026 - 04 - 01 訪問", set()),
    ("workplace-count", "勤務先 1234567 社", set()),
    # --- 4. bank accounts ---
    ("passbook-kigo-bango", "ゆうちょ 通帳記号 13310 通帳番号 40021187", {(BA, "13310"), (BA, "40021187")}),
    ("account-comma", "Account No. 2093314, Umeda branch", {(BA, "2093314")}),
    ("account-thousands", "Account balance 1,209,331 yen", set()),
    ("account-amount-label", "口座番号 2,093,314円", set()),
    # --- 5. birth dates ---
    ("sex-column", "3　井上 悠斗　男　H13.4.29　高校生", {(DOB, "H13.4.29")}),
    ("sex-column-female", "世帯主 岡本 恵 女性 昭和49年2月8日", {(DOB, "昭和49年2月8日")}),
    ("sex-column-meeting", "出席 岡本 恵 女性 令和8年2月8日", set()),
    ("sex-no-name", "会場 男 2026年1月5日 受付", set()),
    ("age-after", "令和2年7月7日（5歳）の長男", {(DOB, "令和2年7月7日")}),
    ("age-after-full", "1961年10月2日（満64歳）", {(DOB, "1961年10月2日")}),
    ("age-reached", "令和9年4月1日（65歳）到達日に受給権が発生する", set()),
    ("age-as-of", "令和8年3月31日（70歳）時点の人数", set()),
    ("age-at-event", "平成30年4月1日（30歳）に入庁し、令和5年3月31日（35歳）で退職", set()),
    ("age-desu", "申請者は平成2年3月4日（35歳）です。", {(DOB, "平成2年3月4日")}),
    ("era-ligature", "生年月日 ㍻3年11月30日", {(DOB, "㍻3年11月30日")}),
    ("era-ligature-event", "㍻3年11月30日施行", set()),
    # --- second batch: English day-month-year, (+81), a licence named with an aside ---
    ("dob-day-mon-year", "D.O.B. 21-Sep-1990", {(DOB, "21-Sep-1990")}),
    ("day-mon-year-no-label", "Issued 21-Sep-1990 in Osaka", set()),
    ("bracketed-country-code", "Phone (+81) 6-6941-0351", {(PH, "(+81) 6-6941-0351")}),
    ("bracketed-country-code-alone", "国番号は (+81) です。", set()),
    (
        "licence-aside",
        "免許証（平成30年交付・ゴールド）の番号：715502234981",
        {(DL, "715502234981")},
    ),
    ("licence-aside-other-number", "免許証（写し）の受付番号 715502234981", set()),
    # --- after the holdout run (holdout tuned-on from here) ---
    ("dob-ni-shussei", "平成21年6月30日に出生した子", {(DOB, "平成21年6月30日")}),
    ("dob-ni-umare", "1958年8月8日に生まれ、", {(DOB, "1958年8月8日")}),
    ("dob-reborn", "令和元年5月1日に生まれ変わった庁舎", set()),
    ("dob-predicate", "昭和51年9月9日が申請者の生年月日です。", {(DOB, "昭和51年9月9日")}),
    ("dob-shussei-label", "出生：令和7年10月3日", {(DOB, "令和7年10月3日")}),
    ("dob-statistics", "出生数 令和6年 686,061人", set()),
    ("licence-no-first", "License No. 640229185513", {(DL, "640229185513")}),
    ("business-licence-no", "Business License No. 640229185513", set()),
    ("branch-account", "店番-口座番号：318-0046215", {(BA, "318-0046215")}),
    ("branch-account-no-context", "事業所番号 318-0046215", set()),
    ("account-no-mark", "口座№0046215（普通）", {(BA, "0046215")}),
    ("yucho-short-bango", "ゆうちょ 記号 15220 番号 884421", {(BA, "15220"), (BA, "884421")}),
    ("tel-fax-glued", "TEL0952-24-2111FAX0952-24-2112", {(PH, "0952-24-2111"), (PH, "0952-24-2112")}),
    ("tel-glued-word", "03-3581-2249abc", set()),
    # --- third batch's dev part ---
    ("dob-umareta-toki", "生まれたとき：令和6年8月15日 午後2時", {(DOB, "令和6年8月15日")}),
    ("dob-ordinal", "Birthday: May 22nd, 1984", {(DOB, "May 22nd, 1984")}),
    ("ordinal-no-label", "Meeting on 22nd May 2026", set()),
    (
        "id-document-number-line-below",
        "本人確認書類：運転免許証\n書類の番号：773021845501",
        {(DL, "773021845501")},
    ),
    ("id-document-passport-below", "本人確認書類：旅券\n書類の番号：773021845501", set()),
    ("csv-kind-then-account", "ニシ ユカ,さくら銀行,南支店,当座,0092281", {(BA, "0092281")}),
    ("csv-bank-amount", "銀行,支店,金額\nさくら銀行,南支店,1092281,円", set()),
    ("intl-bracketed-area", "Tel +81 (6) 6941-0351", {(PH, "+81 (6) 6941-0351")}),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round_j(structured_engine: DLPEngine, name: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(structured_engine, text) == expected


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("dateOfBirth", "生年月日"),
        ("birth_day", "生年月日"),
        ("user_birthday", "生年月日"),
        ("licenseNumber", "運転免許証番号"),
        ("driver_license_number", "運転免許証番号"),
        ("kisoNenkinBango", "基礎年金番号"),
        ("home_phone", "電話番号"),
        ("fax_no", "電話番号"),
        ("accountNumber", "口座番号"),
        ("bank_acct_num", "口座番号"),
        ("zipCode", "郵便番号"),
        # a spelled-out number only after a key naming a number; unknown words in front block
        ("address_no", None),
        ("business_license_no", None),
        ("user_id", None),
        ("new", None),
    ],
)
def test_key_label_round_j(key: str, label: str | None) -> None:
    assert key_label(key) == label


def test_titled_by_nearest_title_decides() -> None:
    pension = titled_by(("年金手帳",))
    text = "年金手帳\n運転免許証\n番号 1234567890"
    assert not pension(text, text.index("1234"), len(text))
    text = "運転免許証\n年金手帳\n番号 1234567890"
    assert pension(text, text.index("1234"), len(text))
