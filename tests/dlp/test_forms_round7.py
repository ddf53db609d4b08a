"""Round G (a fresh dev batch written first, weighted to the forms two blind sets missed after
round F, described generally): every value below is invented. 1. English / snake_case keys in
log, ``key=value``, JSON and CSV headers label their value (the key decides the type, even when a
12-digit licence number passes the 個人番号 check); a row's document-type cell labels a bare 番号
column; 2. OCR letter spacing; 3. postal codes before an address or in brackets after 転出先, not a
range of postal zones; 4. birth dates: YYYYMMDD生, 「生」 before an abbreviated-era dotted date, a
date field of a ／/｜ roster row about a person; 5. 保険証番号 4・4 and a kana 記号; 6. hyphenated
licence numbers, 運転経歴証明書; 7. call-back mobiles, a phone followed by ／ and an e-mail."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from govrag.dlp.recognizers.columns import keyed_forms, spaced_forms
from govrag.dlp.recognizers.keyed import document_label, key_label
from govrag.dlp.recognizers.my_number import my_number_check_digit
from tests.dlp.conftest import found

MN, DL, PP, RC = "JP_MY_NUMBER", "JP_DRIVER_LICENSE", "JP_PASSPORT", "JP_RESIDENCE_CARD"
AD, PC, PH, DOB = "JP_ADDRESS", "JP_POSTAL_CODE", "PHONE_NUMBER", "DATE_OF_BIRTH"
PN, HI, P, EM = "JP_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "PERSON", "EMAIL_ADDRESS"
#: a 12-digit number whose last digit passes the 個人番号 check
_OK = "61827304591" + str(my_number_check_digit("61827304591"))

#: (case id, text, expected (type, value) pairs, PERSON included).
CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # --- 1. keys ---
    ("log-dl-passes-mn-check", f"2026-10-09 08:00:01 INFO check dl={_OK} ok=1", {(DL, _OK)}),
    ("kv-dl-no-spaced", "dl_no=3318 0427 7156 by=clerk2", {(DL, "3318 0427 7156")}),
    ("kv-dotted-key", 'form.driver_license="620415338871"', {(DL, "620415338871")}),
    ("kv-rc", "rc_no: WE30817264KD", {(RC, "WE30817264KD")}),
    ("kv-passport", "passport=XR7730158 country=JP", {(PP, "XR7730158")}),
    (
        "kv-zip-addr",
        "zip=790-0001 addr=愛媛県松山市一番町4-4-2",
        {(PC, "790-0001"), (AD, "愛媛県松山市一番町4-4-2")},
    ),
    ("kv-dob", "dob=1983-06-19 sex=M", {(DOB, "1983-06-19")}),
    ("kv-birth-date-compact", "birth_date=19711102", {(DOB, "19711102")}),
    (
        "kv-insurer-symbol-number",
        "insurer_no=27130045; symbol=8840; number=122",
        {(HI, "27130045"), (HI, "8840"), (HI, "122")},
    ),
    ("kv-pension", "pension_no=5530-118264", {(PN, "5530-118264")}),
    ("kv-mynumber", f"mynumber={_OK}", {(MN, _OK)}),
    ("json-keys", f'{{"dl_no": "{_OK}", "dob": "1990-02-11"}}', {(DL, _OK), (DOB, "1990-02-11")}),
    ("csv-english-keys", f"id,dl_no\n77,{_OK}", {(DL, _OK)}),
    (
        "csv-insurer-header",
        "Insurer No.,Symbol,Number\n06139021,4410,27",
        {(HI, "06139021"), (HI, "4410"), (HI, "27")},
    ),
    (
        "csv-document-type",
        "書類,番号\n運転経歴証明書,440218830915\n運転免許証,305517224480",
        {(DL, "440218830915"), (DL, "305517224480")},
    ),
    ("csv-document-my-number-card", f"確認書類,番号\n個人番号カード,{_OK}", {(MN, _OK)}),
    ("kv-colon-no-space", "dl_no:440381927705,dob:19790313", {(DL, "440381927705"), (DOB, "19790313")}),
    ("kv-lic-no", "lic_no=302288104451 class=普通", {(DL, "302288104451")}),
    ("kv-times-not-keys", "ts:08:15:30 rc:0 level:INFO", set()),
    ("kv-request-id-not-pii", "request_id=552019384471 took=18ms", set()),
    ("kv-rc-return-code", "job=sync rc=0 elapsed=3.2s", set()),
    ("csv-document-counts", "書類種別,件数\n運転免許証,312", set()),
    # --- 2. OCR spacing ---
    ("ocr-residence", "在 留 カ ー ド 番 号 P M 4 0 1 7 2 2 9 3 S A", {(RC, "P M 4 0 1 7 2 2 9 3 S A")}),
    ("ocr-phone-spaced-value", "電 話 0 8 0 - 5 5 1 2 - 0 9 4 7", {(PH, "0 8 0 - 5 5 1 2 - 0 9 4 7")}),
    ("ocr-phone-label-only", "電 話 045-662-1830", {(PH, "045-662-1830")}),
    ("ocr-dob-colon", "生 年 月 日：1986年7月30日", {(DOB, "1986年7月30日")}),
    ("ocr-plan-title", "令 和 8 年 度 予 算 案", set()),
    # --- 3. postal codes ---
    (
        "postal-line-start-address",
        "８７０－００２１大分県大分市府内町1-2-7",
        {(PC, "８７０－００２１"), (AD, "大分県大分市府内町1-2-7")},
    ),
    (
        "postal-bracket-after-destination",
        "転出先（9200961）石川県金沢市香林坊1-1-1",
        {(PC, "9200961"), (AD, "石川県金沢市香林坊1-1-1")},
    ),
    ("postal-bracket-send-to", "送付先（７６０ー００１９）へ返送", {(PC, "７６０ー００１９")}),
    ("postal-range", "郵便番号8100000から8199999までは福岡市の区域です。", set()),
    ("postal-range-tilde", "郵便番号 900-0000〜900-9999 の区域", set()),
    ("postal-prefecture-region", "県内の区域ごとに集計した。", set()),
    # --- 4. birth dates ---
    ("dob-compact-sei", "河合 瞳（19880412生）", {(P, "河合 瞳"), (DOB, "19880412")}),
    ("dob-sei-label-dotted", "生 S.61.9.7", {(DOB, "S.61.9.7")}),
    ("dob-sei-label-colon", "生：H11.2.25", {(DOB, "H11.2.25")}),
    (
        "dob-roster-residence-card",
        "ZN61028374BE｜家族滞在｜2012/05/09",
        {(RC, "ZN61028374BE"), (DOB, "2012/05/09")},
    ),
    (
        "dob-roster-address",
        "石井 大輔 ／ 19760821 ／ 岐阜県岐阜市今沢町18",
        {(P, "石井 大輔"), (DOB, "19760821"), (AD, "岐阜県岐阜市今沢町18")},
    ),
    ("roster-event-row", "第5回 ／ 2026年10月3日 ／ 公民館 ／ 中止", set()),
    ("roster-revision-row", "改訂 ／ 20260901 ／ 第3版", set()),
    ("effective-date-bracket", "施行日（20280101）から適用する。", set()),
    # --- 5. health insurance ---
    ("hi-card-number-dot", "保険証番号 3307・1842", {(HI, "3307・1842")}),
    ("hi-kana-symbol", "記号 15ヒガ2・番号 330", {(HI, "15ヒガ2"), (HI, "330")}),
    ("hi-premium-not-number", "保険料 3307・1842円", set()),
    # --- 6. driver licences ---
    ("dl-hyphen-2-2-6-2", "免許証番号 44-07-519203-18", {(DL, "44-07-519203-18")}),
    ("dl-history-certificate", "運転経歴証明書番号：612204887301", {(DL, "612204887301")}),
    ("dl-drawing-number", "図番 44-07-519203-18", set()),
    # --- 7. phones and e-mail ---
    ("phone-callback", "折り返し08066120348までお電話ください。", {(PH, "08066120348")}),
    ("phone-contact-plain", "連絡は 07012093388 まで", {(PH, "07012093388")}),
    (
        "phone-slash-email",
        "TEL +81-90-4471-2203／h.ono@example.jp",
        {(PH, "+81-90-4471-2203"), (EM, "h.ono@example.jp")},
    ),
    ("phone-bar-email", "0120-33-4410｜desk@example.org", {(PH, "0120-33-4410"), (EM, "desk@example.org")}),
    ("email-after-key", "email=s.mori@example.com", {(EM, "s.mori@example.com")}),
    ("callback-train-not-phone", "折り返し運転は 2027年1月5日 から", set()),
]


@pytest.fixture(scope="module")
def engine() -> DLPEngine:
    return DLPEngine()


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round7(engine: DLPEngine, name: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(engine, text) == expected


@pytest.mark.parametrize(
    ("key", "previous", "label"),
    [
        ("dl", None, "運転免許証番号"),
        ("DL-No", None, "運転免許証番号"),
        ("user.rc_no", None, "在留カード番号"),
        ("Insurer No.", None, "保険者番号"),
        ("number", "記号", "番号"),
        ("number", None, None),
        ("qty", None, None),
    ],
)
def test_key_label(key: str, previous: str | None, label: str | None) -> None:
    assert key_label(key, previous=previous) == label


@pytest.mark.parametrize(
    ("header", "row", "label"),
    [
        ("番号", ["運転経歴証明書", "1"], "運転経歴証明書番号"),
        ("No.", ["パスポート", "X"], "旅券番号"),
        ("件数", ["運転免許証", "3"], None),
        ("番号", ["備考", "3"], None),
    ],
)
def test_document_label(header: str, row: list[str], label: str | None) -> None:
    assert document_label(header, row) == label


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("a=1 zip=100-0001 b=2", ["郵便番号：100-0001"]),
        ("x=1 y=2", []),
        ('{"passport": "TA1234567"}', ["旅券番号：TA1234567"]),
    ],
)
def test_keyed_forms(text: str, forms: list[str]) -> None:
    assert [f.text for f in keyed_forms(text)] == forms


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("住 所 東京都", ["住所東京都"]),
        ("電 話 03-1234-5678", ["電話 03-1234-5678"]),
        ("1 2 3", ["123"]),
        ("a b", []),
        ("Plan A 2026", []),
    ],
)
def test_spaced_forms(text: str, forms: list[str]) -> None:
    assert [f.text for f in spaced_forms(text)] == forms
