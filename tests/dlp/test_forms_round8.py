"""Round H (a fresh dev batch written first, from the forms pii_test8's first run missed,
described generally): every value below is invented. 1. health insurance: the 枝番 is its own
value next to a card word (not a land lot's 地番・枝番), 記号・番号等, a 記号 with a kanji prefix
after another number on an OCR line, 介護保険 / 後期高齢者医療 被保険者番号 under romaji keys;
2. a phone glued after TEL/FAX on an OCR line; 3. "My Number is dddd.dddd.dddd";
4. English document labels are not names."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from govrag.dlp.recognizers.keyed import key_label
from govrag.dlp.recognizers.my_number import my_number_check_digit
from tests.dlp.conftest import found

MN, DL, PP, RC = "JP_MY_NUMBER", "JP_DRIVER_LICENSE", "JP_PASSPORT", "JP_RESIDENCE_CARD"
AD, PH, PN, HI = "JP_ADDRESS", "PHONE_NUMBER", "JP_PENSION_NUMBER", "JP_HEALTH_INSURANCE"
_OK = "40917362058" + str(my_number_check_digit("40917362058"))
_DOT = f"{_OK[:4]}.{_OK[4:8]}.{_OK[8:]}"

#: (case id, text, expected (type, value) pairs, PERSON included).
CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # --- 1. health insurance ---
    ("edaban-labelled", "被保険者証 記号 3306 番号 72 枝番05", {(HI, "3306"), (HI, "72"), (HI, "05")}),
    ("edaban-bracketed", "記号8812 番号41（枝番01）", {(HI, "8812"), (HI, "41"), (HI, "01")}),
    ("edaban-alone", "保険証の枝番は02です。", {(HI, "02")}),
    ("edaban-land-lot", "土地の地番・枝番：511番2 枝番03", set()),
    ("edaban-document", "枝番04の資料を添付する。", set()),
    ("edaban-serial", "整理番号 2210 枝番 01", set()),
    ("pair-label-to", "記号・番号等：7305・228", {(HI, "7305・228")}),
    ("pair-label-to-ha", "保険証の記号・番号等は1129・06です。", {(HI, "1129・06")}),
    ("pair-label-to-blank", "記号・番号等の欄は記入不要です。", set()),
    (
        "kanji-kigo-after-pension",
        "基礎年金番号 2207-481936 記号 名7-115 番号 64",
        {(PN, "2207-481936"), (HI, "名7-115"), (HI, "64")},
    ),
    ("pension-kigo-bango", "年金手帳の記号番号 3301-448822", {(PN, "3301-448822")}),
    ("kaigo-label", "介護保険被保険者番号：0002847163", {(HI, "0002847163")}),
    ("kouki-label", "後期高齢者医療の被保険者番号は4410298375", {(HI, "4410298375")}),
    ("kaigo-count", "介護保険被保険者数 2210人", set()),
    ("kv-kaigo", "kaigo_hihokensha_no=0000731904", {(HI, "0000731904")}),
    ("json-hihokensha", '{"hihokensha_no": "6601827394"}', {(HI, "6601827394")}),
    ("kv-hokensha", "hokensha_no: 27130458", {(HI, "27130458")}),
    # --- 2. phones ---
    ("fax-bracket-area", "FAX 0467（22）3381", {(PH, "0467（22）3381")}),
    ("daihyo-bracket-half", "代表電話：0277(46)1111", {(PH, "0277(46)1111")}),
    (
        "tel-glued-after-address",
        "群馬県前橋市大手町1-1-1 TEL080-5521-0937",
        {(AD, "群馬県前橋市大手町1-1-1"), (PH, "080-5521-0937")},
    ),
    ("tel-glued-word", "HOTEL090-1234-5678", set()),
    # --- 3. My Number in English ---
    ("my-number-dotted", f"My Number is {_DOT}.", {(MN, _DOT)}),
    ("my-number-stat", "My Number card issuance rose 12.5% in 2025.", set()),
    # --- 4. licence key, English labels ---
    ("json-license-444", '{"license_no": "5520-1173-4408"}', {(DL, "5520-1173-4408")}),
    ("residence-card-label", "Residence Card: QX40127755RT", {(RC, "QX40127755RT")}),
    ("passport-label", "Passport No.: MZ3309145", {(PP, "MZ3309145")}),
    ("english-labels-only", "Residence Card holders must carry the card.", set()),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round8(engine: DLPEngine, name: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(engine, text) == expected


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("kaigo_hihokensha_no", "介護保険被保険者番号"),
        ("hihokensha_no", "被保険者番号"),
        ("hokensha_no", "保険者番号"),
        ("kaigo_level", None),
    ],
)
def test_key_label_round8(key: str, label: str | None) -> None:
    assert key_label(key) == label


BA = "JP_BANK_ACCOUNT"

# After pii_test9's first run (described generally, so re-runs on it are tuned-on): bank-account
# and licence numbers under romaji / snake_case keys, the bank named after the number.
KEY_CASES = [
    ("bank-acct-key", "payee=ミナト商事 bank_acct=3849201 branch=本店 bank=みなと銀行", {(BA, "3849201")}),
    ("bank-acct-fullwidth", "bank_acct=４４０２９１７ bank=あおば信用金庫", {(BA, "４４０２９１７")}),
    ("koza-no-key", "koza_no=7081123 kinyu_kikan=ひかり銀行 駅前支店", {(BA, "7081123")}),
    ("licence-no-key", "driver_license_no=５５２０１１７３４４０８, checked=1",
     {(DL, "５５２０１１７３４４０８")}),
    ("acct-not-number", "bank_acct=未登録 bank=みなと銀行", set()),
    ("account-login", "account=admin role=viewer", set()),
    ("qty-not-account", "qty=3849201 unit=pcs", set()),
]


@pytest.mark.parametrize(("name", "text", "expected"), KEY_CASES, ids=[c[0] for c in KEY_CASES])
def test_keyed_bank_and_licence(engine: DLPEngine, name: str, text: str,
                                expected: set[tuple[str, str]]) -> None:
    assert found(engine, text) == expected


@pytest.mark.parametrize(("key", "label"), [
    ("bank_acct", "口座番号"), ("koza_no", "口座番号"), ("kouza_bangou", "口座番号"),
    ("driver_license_no", "運転免許証番号"), ("bank", None), ("account", None),
])
def test_bank_and_licence_key_labels(key: str, label: str | None) -> None:
    assert key_label(key) == label
