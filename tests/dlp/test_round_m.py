"""Round M: OCR-spaced values under a label line, values cut by a line break, birth words in
asides and negations, denied specimen words, chat answers to a 記号と番号 request, kanji 記号
cells, joint account labels, example values, call-back phone words, abbreviated licence labels.
Every value below is invented and none is a batch row; each rule has hard negatives."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from govrag.dlp.recognizers.date_of_birth import birth_word_aside, other_date_label_before
from govrag.dlp.recognizers.labelled_line import LabelledLineRecognizer
from govrag.dlp.wrapped import wrapped_joins
from tests.dlp.conftest import found

DOB, DL, HI, BA = "DATE_OF_BIRTH", "JP_DRIVER_LICENSE", "JP_HEALTH_INSURANCE", "JP_BANK_ACCOUNT"
ZIP, PH = "JP_POSTAL_CODE", "PHONE_NUMBER"

#: (case id, text, expected (type, value) pairs; structured types only)
CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # --- a space between every digit, the label on the line above (engine's spaced-line pass) ---
    (
        "spaced-licence-under-label",
        "運転免許証の番号\n5 5 0 1 2 3 9 8 7 6 5 4",
        {(DL, "5 5 0 1 2 3 9 8 7 6 5 4")},
    ),
    ("spaced-account-under-label", "振込口座番号\n7 7 1 0 2 3 4", {(BA, "7 7 1 0 2 3 4")}),
    ("spaced-phone-under-label", "携帯電話\n0 8 0 - 5 5 1 2 - 0 0 9 3", {(PH, "0 8 0 - 5 5 1 2 - 0 0 9 3")}),
    ("spaced-no-label", "整理票\n5 5 0 1 2 3 9 8 7 6 5 4", set()),
    # the label line above is OCR-spaced too (its own rewrite is prepended)
    ("spaced-passport-under-spaced-label", "旅\u3000券\u3000番\u3000号\nＭ Ｒ ８ ８ ７ ６ ５ ４ ３",
     {("JP_PASSPORT", "Ｍ Ｒ ８ ８ ７ ６ ５ ４ ３")}),
    ("spaced-licence-under-spaced-label", "免 許 証 の 番 号\n6 2 1 9 0 3 4 5 6 7 8 1",
     {(DL, "6 2 1 9 0 3 4 5 6 7 8 1")}),
    ("spaced-serial-under-spaced-label", "整 理 番 号\nＭ Ｒ ８ ８ ７ ６ ５ ４ ３", set()),
    # --- a value cut by a line break (govrag.dlp.wrapped) ---
    ("wrapped-licence", "運転免許証番号：5520\n19384470", {(DL, "5520\n19384470")}),
    ("wrapped-phone-hyphen", "TEL 0743-22-\n5610", {(PH, "0743-22-\n5610")}),
    ("wrapped-postal", "郵便番号：604-\n8571", {(ZIP, "604-\n8571")}),
    ("wrapped-insurer", "保険者番号 3913\n2204", {(HI, "3913\n2204")}),
    ("wrapped-count", "合計 123\n4567 件", set()),
    ("wrapped-article", "第12条\n3 前項の規定により", set()),
    ("wrapped-list", "1\n2\n3", set()),
    # --- birth words in asides, negations, relative dates; other dates' own labels ---
    ("dob-other-label-aside", "資格喪失日 2019年9月30日（生年月日の記載はありません）", set()),
    ("dob-acquired-aside", "運転免許の取得日 2016年2月9日 （※生年月日は未記入）", set()),
    ("dob-licence-date-aside", "普通免許取得日 2012年11月4日（生年月日は記載なし、別途確認）", set()),
    ("dob-hired-note", "採用日 2012/11/04 ※生年月日は未記入", set()),
    ("dob-relative", "更新期限は誕生日から1か月、2028年7月3日", set()),
    ("dob-not-birthday", "異動日 2021/10/01（誕生日ではない）", set()),
    ("dob-after-other-date", "転入日 2020年4月1日／生年月日 1988年2月29日", {(DOB, "1988年2月29日")}),
    ("dob-label-kept", "生年月日：平成4年8月8日（誕生日の前日に来庁）", {(DOB, "平成4年8月8日")}),
    ("dob-compound", "誕生日休暇 2026/02/12 を取得", set()),
    ("dob-before-limit", "生年月日（1958年3月31日以前に限る）", set()),
    ("dob-form-revised", "生年月日欄 2024/10/01 改訂", set()),
    ("dob-newborn", "届出日 2026年1月9日 生年月日 2025年12月30日", {(DOB, "2025年12月30日")}),
    # --- denied specimen words no veto; undenied ones still veto ---
    (
        "specimen-denied",
        "被保険者証の写し（これは見本ではありません）記号 6612 番号 71",
        {(HI, "6612"), (HI, "71")},
    ),
    ("dummy-denied", "ダミーではない本番データ：被保険者番号 31415926", {(HI, "31415926")}),
    ("sample-use-denied", "保険証（サンプル扱いではありません）記号5120番号8", {(HI, "5120"), (HI, "8")}),
    ("specimen-kept", "見本：保険証 記号 9876 番号 54", set()),
    ("specimen-other", "記入例と同じく、保険証 記号 9876 番号 54", set()),
    # --- a field of a form, not a card value ---
    ("field-reference", "記号 B の区分と番号 7 の欄を確認", set()),
    # --- chat: the answer to a request for both labels ---
    (
        "chat-answer",
        "職員: 資格確認書の記号と番号をお願いします\n住民: 5520の17です",
        {(HI, "5520"), (HI, "17")},
    ),
    ("chat-no-request", "保険証の記号と番号は窓口で確認します\n会議室 12と13 を予約", set()),
    ("chat-no-card", "記号と番号を教えてください\n5520の17です", set()),
    # --- a kanji 記号 and its 番号 as cells after one 記号番号 label ---
    ("kanji-kigo-cells", "国保 被保険者証 記号番号　世田　45678", {(HI, "世田"), (HI, "45678")}),
    # --- ゆうちょ passbook words: an account, not a card ---
    ("passbook", "通帳の記号 14520 番号 33445561（ゆうちょ銀行）", {(BA, "14520"), (BA, "33445561")}),
    # --- a joint label naming the account first; an example value ---
    ("joint-account", "口座番号と携帯番号：4433221、090-8765-4321", {(BA, "4433221"), (PH, "090-8765-4321")}),
    ("account-example", "口座番号（例：7654321）を記入してください", set()),
    ("account-other-label", "受付番号：4433221（口座振替）", set()),
    # --- the bank named in brackets after the number, the kind abbreviated before it ---
    ("bank-after", "3390127（△△信用金庫 北口支店）", {(BA, "3390127")}),
    ("branch-after", "3390127（北口支店）", {(BA, "3390127")}),
    ("kind-abbrev", "振込は(当)3390127へ", {(BA, "3390127")}),
    ("branch-count", "3390127（支店数）", set()),
    ("bank-law", "3390127（銀行法の改正に伴う）", set()),
    # --- a card's name then its 記号-番号, no label between ---
    ("card-pair", "保険証 6631-27", {(HI, "6631-27")}),
    ("card-pair-branch", "資格確認書：41-2207-02", {(HI, "41-2207-02")}),
    ("card-year-month", "保険証 2026-04 切替", set()),
    ("card-section", "保険証 1-3 を参照", set()),
    ("card-count", "保険証 12-15枚", set()),
    # --- call-back and line words before a number of any grouping ---
    ("callback-any-grouping", "折返し先 045-2223344", {(PH, "045-2223344")}),
    ("office-any-grouping", "勤務先 06-66123456", {(PH, "06-66123456")}),
    ("home-not-phone-shaped", "自宅 1234-567", set()),
    # --- abbreviated and katakana licence labels ---
    ("licence-abbrev", "免No：552019384470", {(DL, "552019384470")}),
    ("licence-katakana", "メンキョ番号 552019384470", {(DL, "552019384470")}),
    ("exemption-not-licence", "免除番号 552019384470", set()),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round_m(structured_engine: DLPEngine, name: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(structured_engine, text) == expected


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("免許証番号：5520\n19384470", ["免許証番号：552019384470"]),
        ("口座\n番号：12\n34567", ["口座\n番号：1234567"]),
        ("CSV,12\n34,56", []),
        ("本文の1行目\n2行目", []),
    ],
)
def test_wrapped_joins(text: str, joined: list[str]) -> None:
    assert [j.text for j in wrapped_joins(text)] == joined


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        ("交付 2020/01/01（生年月日は記載なし）", True),
        ("2020/01/01（生年月日の入力は不要）", True),
        ("2020/01/01（誕生日ではありません）", True),
        ("生年月日 2020/01/01", False),
        ("2020/01/01（生年月日）", False),
        ("交付 2020/01/01", False),
    ],
)
def test_birth_word_aside(text: str, aside: bool) -> None:
    start = text.index("2020")
    assert birth_word_aside(text, start, start + 10) is aside


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("取得日 2020/01/01", True),
        ("入庁日：2020/01/01", True),
        ("生年月日 2020/01/01", False),
        ("誕生日 2020/01/01", False),
    ],
)
def test_other_date_label_before(text: str, other: bool) -> None:
    assert other_date_label_before(text, text.index("2020")) is other


def test_fallback_drops_vetoed_dates_only() -> None:
    rec = LabelledLineRecognizer()
    assert rec.analyze("取得日 2015/06/03（生年月日は記載なし）", ["DATE_OF_BIRTH"]) == []
    got = rec.analyze("電話 03-5521-4478（生年月日は記載なし）", [])
    assert [r.entity_type for r in got] == ["PHONE_NUMBER"]
