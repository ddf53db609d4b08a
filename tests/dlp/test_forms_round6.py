"""Round F (a fresh dev batch written first, weighted to the forms the blind runs missed, described
generally): every value below is invented. 1. a table's column header is each cell's own label
(CSV, TSV, ``|``/``｜`` tables; a header row naming the columns, values in later rows); 2. a value
named by the sentence after it (「X は…郵便番号です」) and a …番号 label that is a clause (確認した番号)
is no other number's label; 3. a …番号 label naming another number vetoes phones, licences and
residence cards (資料番号, 受付番号, 部品番号); 4. numbers grouped with dots or middle dots; 5. a birth
word used as a topic (「生年月日の記入漏れ」) and event dates (「…日に照会」) are no birth dates;
6. names: Latin after 担当/宛先, a title and a surname (Ms. Tanaka), surname + unknown given name
before さん, no service katakana (…サポート様) or office (…課 …係) as a name; 7. a venue's address."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from govrag.dlp.recognizers.columns import column_forms
from govrag.dlp.recognizers.corporate_number import corporate_check_digit
from govrag.dlp.recognizers.my_number import my_number_check_digit
from tests.dlp.conftest import found

MN, CN, DL = "JP_MY_NUMBER", "JP_CORPORATE_NUMBER", "JP_DRIVER_LICENSE"
PP, RC = "JP_PASSPORT", "JP_RESIDENCE_CARD"
AD, PC, PH, DOB, BA = "JP_ADDRESS", "JP_POSTAL_CODE", "PHONE_NUMBER", "DATE_OF_BIRTH", "JP_BANK_ACCOUNT"
PN, HI, P, EM = "JP_PENSION_NUMBER", "JP_HEALTH_INSURANCE", "PERSON", "EMAIL_ADDRESS"
_OK = "73051928460" + str(my_number_check_digit("73051928460"))
_DOTS = f"{_OK[:4]}・{_OK[4:8]}・{_OK[8:]}"
_CN = str(corporate_check_digit("480213557906")) + "480213557906"

#: (case id, text, expected (type, value) pairs, PERSON included).
CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # --- 1. column header = own label ---
    ("csv-licence", "氏名,免許証番号\n北川 智,552019384471", {(P, "北川 智"), (DL, "552019384471")}),
    ("tsv-my-number", f"番号\t氏名\t個人番号\n3\t宮本 沙織\t{_OK}", {(P, "宮本 沙織"), (MN, _OK)}),
    (
        "bar-pension",
        "| 氏名 | 基礎年金番号 |\n|---|---|\n| 関 俊介 | 6630-271948 |",
        {(P, "関 俊介"), (PN, "6630-271948")},
    ),
    (
        "fullwidth-bar-passport",
        "氏名｜国籍｜旅券番号\nTran Van Minh｜ベトナム｜B3309184",
        {(P, "Tran Van Minh"), (PP, "B3309184")},
    ),
    ("csv-health-insurance", "記号,番号\n4412,305", {(HI, "4412"), (HI, "305")}),
    ("csv-bank", "銀行,支店,種別,口座番号\nあさひ信用組合,駅前,普通,3318820", {(BA, "3318820")}),
    ("csv-kana-reading", "氏名,フリガナ\n今井 直樹,イマイ ナオキ", {(P, "今井 直樹"), (P, "イマイ ナオキ")}),
    ("csv-english-header", "Name,Date of Birth\nOno Mika,1993-08-27", {(P, "Ono Mika"), (DOB, "1993-08-27")}),
    (
        "csv-two-rows",
        f"氏名,個人番号\n堤 正樹,{_OK}\n森下 綾,{_OK}",
        {(P, "堤 正樹"), (P, "森下 綾"), (MN, _OK)},
    ),
    ("csv-residence", "氏名,在留カード番号\nChen Wei,QT55120847RD", {(P, "Chen Wei"), (RC, "QT55120847RD")}),
    ("csv-corporate", f"事業者,法人番号\n合同会社ほしぞら,{_CN}", {(CN, _CN)}),
    # header naming another number: the plain scan's finding in that cell is dropped
    ("csv-order-number", f"注文番号,金額\n{_OK},12800", set()),
    ("csv-product-codes", "品番,数量,出荷日\nK-5512,40,2026/09/14", set()),
    ("csv-no-header", "2026/11/05,受付\n2026/11/06,交付", set()),
    ("csv-case-numbers", "事件番号,期日\n令和7年(ワ)第2231号,2027/01/19", set()),
    # --- 2. a label after the value, and a clause that is no label ---
    ("postal-named-after", "231-0021 は届出人の郵便番号です。", {(PC, "231-0021")}),
    ("my-number-named-after", f"{_OK} は扶養親族の個人番号である。", {(MN, _OK)}),
    ("my-number-label-far", f"個人番号は、本人確認のうえ確認した番号 {_OK} を用いる。", {(MN, _OK)}),
    ("named-other-after", "231-0021 は商品の管理番号です。", set()),
    # --- 3. another number's label vetoes ---
    ("phone-doc-number", "資料番号 0120-38-4471 を参照", set()),
    ("phone-own-label", "代表番号 0120-38-4471 まで", {(PH, "0120-38-4471")}),
    ("licence-receipt", "受付番号：6612-0394-7718（運転免許証の写しあり）", set()),
    ("licence-own", "運転免許証番号：6612-0394-7718", {(DL, "6612-0394-7718")}),
    ("residence-part-number", "部品番号 QT55120847RD を発注", set()),
    ("residence-own", "在留カード番号 QT55120847RD", {(RC, "QT55120847RD")}),
    # --- 4. dots and middle dots ---
    ("phone-dots", "連絡先：夫 080.4471.2290", {(PH, "080.4471.2290")}),
    ("my-number-middle-dots", f"個人番号：{_DOTS}", {(MN, _DOTS)}),
    ("decimal-stays", "比率は 12.5 と 0.75 である。", set()),
    ("version-stays", "様式 1.2.3 版", set()),
    # --- 5. birth words as topics, event dates ---
    ("dob-topic", "生年月日の訂正について、令和8年2月3日に届出人へ連絡した。", set()),
    ("dob-event-after", "誕生日を確認し、平成31年4月1日付けで登録した。", set()),
    ("dob-labelled", "生年月日 平成4年10月18日", {(DOB, "平成4年10月18日")}),
    (
        "dob-after-other-date-field",
        "届出日：令和8年6月2日　生年月日：平成6年7月9日",
        {(DOB, "平成6年7月9日")},
    ),
    ("dob-compact-beside-other-date", "記入日 20260602 生年月日 19940709", {(DOB, "19940709")}),
    ("issue-date-field", "交付年月日 平成29年3月3日", set()),
    ("licence-count-suffix", "運転免許の更新件数 552019384471件", set()),
    # --- 6. names ---
    ("latin-after-tanto", "担当：Haruka MORI", {(P, "Haruka MORI")}),
    ("latin-title-surname", "Dear Mr. Watanabe,", {(P, "Watanabe")}),
    ("surname-unknown-given-san", "3. 石井 陽翔 さん", {(P, "石井 陽翔")}),
    ("service-katakana", "ヘルプデスク様", set()),
    ("office-after-tanto", "担当：広報戦略課 企画係", set()),
    ("latin-support", "担当：IT SUPPORT", set()),
    ("kana-reading-field", "8,川口 誠,カワグチ マコト,男", {(P, "川口 誠"), (P, "カワグチ マコト")}),
    ("kana-field-no-name", "4,緑茶,リョク チャ,200", set()),
    ("kana-field-known-name", "9,森田 健太,モリタ ケンタ,女", {(P, "森田 健太"), (P, "モリタ ケンタ")}),
    ("latin-in-attendee-list", "出席者：Emma Lopez、木村", {(P, "Emma Lopez"), (P, "木村")}),
    ("reborn-is-no-birth", "令和9年1月4日生まれ変わる市民ホール", set()),
    ("postal-not-a-name", "231-0021 は現住所の郵便番号です。", {(PC, "231-0021")}),
    # --- 7. venues ---
    ("venue-address", "会場：札幌市中央区北1条西2丁目1 市民ホール", set()),
    ("home-address", "住所：札幌市中央区北1条西2丁目1", {(AD, "札幌市中央区北1条西2丁目1")}),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round6(engine: DLPEngine, name: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(engine, text) == expected


#: (case id, text, number of data rows rewritten as forms)
TABLES: list[tuple[str, str, int]] = [
    ("csv", "氏名,電話\n甲,1\n乙,2", 2),
    ("no-personal-column", "品番,数量,単価\nA-1,3,400", 0),
    ("markdown", "| 氏名 | 電話 |\n|---|---|\n| 甲 | 1 |", 1),
    ("header-has-digits", "2026年,2027年\n1,2", 0),
    ("ragged-row-ends", "氏名,電話\n甲,1\n乙,2,3\n丙,4", 1),
    ("statute-commas", "第一条　この法律は、国民の健康の保持に寄与することを目的とする。", 0),
    ("sentence-no-table", "Dear Sir or Madam,\nThank you.", 0),
]


@pytest.mark.parametrize(("name", "text", "rows"), TABLES, ids=[c[0] for c in TABLES])
def test_column_forms(name: str, text: str, rows: int) -> None:
    forms = column_forms(text)
    assert len(forms) == rows
    for form in forms:
        for f_start, o_start, length in form.cells:
            assert form.text[f_start : f_start + length] == text[o_start : o_start + length]
