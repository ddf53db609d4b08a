"""Round L: a value of a type's shape is that type when the type's label stands anywhere in its
line, in its table column's header or in the label line above (:mod:`.labelled_line`), unless a
label of another number stands nearer. Every value below is invented and none is a batch row;
hard negatives: another number's label nearer, statute lines, other dates, amounts and counts,
product codes, birth words used as topics."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from govrag.dlp.recognizers.labelled_line import LabelledLineRecognizer
from tests.dlp.conftest import found

DOB, DL, PP, RC = "DATE_OF_BIRTH", "JP_DRIVER_LICENSE", "JP_PASSPORT", "JP_RESIDENCE_CARD"
ZIP, PH = "JP_POSTAL_CODE", "PHONE_NUMBER"

#: (case id, text, expected (type, value) pairs; structured types only)
CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # --- label far before the value, or after it ---
    ("licence-far", "提示書類：運転免許証（県公安委員会交付、期限内）　表面の記載 712093384615",
     {(DL, "712093384615")}),
    ("licence-en-far", "Driving licence - copy received at the counter on arrival - 271984006532",
     {(DL, "271984006532")}),
    ("licence-after", "462210983317 ← 免許証の番号（写しより）", {(DL, "462210983317")}),
    ("passport-far", "パスポートを確認（発行国：日本、冊子は新型）。番号 TZ5120984", {(PP, "TZ5120984")}),
    ("passport-abbr", "PP: MR 7023118", {(PP, "MR 7023118")}),
    # CRLF line ends: the header and the label line above still label the value; a blank line ends it
    ("crlf-header", "免許証番号,氏名\r\n462210983317,山田\r\n", {(DL, "462210983317")}),
    ("crlf-blank-line", "免許証番号,氏名\r\n\r\n462210983317,山田\r\n", set()),
    ("card-loose-far", "在留資格 技能実習 / 期間 1年 / カード番号 mn-8812-4406-op",
     {(RC, "mn-8812-4406-op")}),
    ("card-romaji", "zairyu kaado: ef55443322gh", {(RC, "ef55443322gh")}),
    ("zip-far", "Zip (7 digits, without hyphen) - 9208577", {(ZIP, "9208577")}),
    ("dob-far", "生年月日（西暦で、和暦は使わないでください）— 1991/06/17", {(DOB, "1991/06/17")}),
    ("dob-after", "1983年2月5日 ← 生年月日", {(DOB, "1983年2月5日")}),
    ("phone-far", "電話（平日の昼間につながるもの、9時〜18時）：0297 24 6610", {(PH, "0297 24 6610")}),
    ("phone-romaji", "denwa bangou wa 011 231 4111 desu", {(PH, "011 231 4111")}),
    # --- header cell, label line above ---
    ("licence-header", "種別,免許証番号,備考\n中型,581120447306,更新予定", {(DL, "581120447306")}),
    ("card-header", "国籍,在留資格,在留カード\nネパール,留学,tu 24681357 vw", {(RC, "tu 24681357 vw")}),
    ("dob-header", "続柄|生年月日|勤務先\n次男|H18.9.12|なし", {(DOB, "H18.9.12")}),
    ("zip-above", "郵便番号を記入してください\n921 8011", {(ZIP, "921 8011")}),
    ("passport-above", "パスポート\nNo. mk4410982", {(PP, "mk4410982")}),
    ("phone-above", "携帯\n090 3321 6640", {(PH, "090 3321 6640")}),
    # --- a bare 番号 field under its block's title, other fields between ---
    ("block-card", "【在留カード】\n国籍・地域：ブラジル\n在留資格：定住者\n番号：NP97531864QR",
     {(RC, "NP97531864QR")}),
    ("block-passport", "■パスポート\n発行国 日本\nNo. hv 3318820", {(PP, "hv 3318820")}),
    ("block-blank-line", "■パスポート\n手数料 16,000円\n\n番号 HV3318820", set()),
    ("block-own-label", "【在留カード】\n確認日：令和6年5月1日\n受付番号：NP97531864QZ", set()),
    # --- several labels, several values: by order ---
    ("pair-zip-phone", "郵便番号と電話番号：939-8201、076-421-3300",
     {(ZIP, "939-8201"), (PH, "076-421-3300")}),
    ("pair-licence-passport", "免許証・旅券の番号は 358802117640、TH6630118",
     {(DL, "358802117640"), (PP, "TH6630118")}),
    # --- hard negatives ---
    ("neg-receipt", "運転免許の再交付 受付番号 418830021195", set()),
    ("neg-application", "旅券の発給について申請番号 RK4456120 で受理した", set()),
    ("neg-statute", "免許の取消しに関する規定（道路交通法第百三条）の改訂記録 202501150001", set()),
    ("neg-issue-dates", "交付日 2024/05/10 有効期限 2034/05/10（生年月日は裏面）", set()),
    ("neg-effective", "生年月日の記載は不要とする（令和7年4月1日施行）", set()),
    ("neg-topic", "免許の取消しに関する規定の改正案を庁内の検討会で審議した（改訂記録 202501150001）", set()),
    ("neg-member", "免許センター 会員番号 552019384401", set()),
    ("neg-phone-receipt", "電話受付番号 0359801122", set()),
    ("neg-order", "携帯電話の機種変更 注文番号 080-4412-9930", set()),
    ("neg-amount", "郵便料金 合計 2230400 円（郵便番号ごとの内訳は別紙）", set()),
    ("neg-size", "郵便番号データ（ファイルサイズ 3318820 バイト）", set()),
    ("neg-product", "型番 KT5520341（パスポートケース）", set()),
    ("neg-campaign", "誕生日キャンペーン期間 2026年6月1日〜6月30日", set()),
    ("neg-order-en", "Passport holder case, order no. PP5520341", set()),
    ("neg-document", "郵便番号の変更に伴う文書番号 210-2025 の通知", set()),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round_l(structured_engine: DLPEngine, name: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(structured_engine, text) == expected


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        # the recognizer alone: the entities asked for only
        ("郵便番号と電話番号：939-8201、076-421-3300", ["PHONE_NUMBER"], ["PHONE_NUMBER"]),
        ("在留カード（表面）\n番号：QR 13572468 ST", [], ["JP_RESIDENCE_CARD"]),
        ("法人番号 4000012090001（運転免許証の提示は不要）", [], []),
    ],
)
def test_recognizer(text: str, entities: list[str], expected: list[str]) -> None:
    got = LabelledLineRecognizer().analyze(text, entities)
    assert [r.entity_type for r in got] == expected
