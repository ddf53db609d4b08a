"""After the round-6 blind sets (lead; ``pii_test10``'s misses, so re-runs on it are tuned-on):
1. a card title printed with OCR spaces (運 転 免 許 証) above a 「第 … 号」 line; 2. a value right after
the sentence that asks for it on the same line (chat: 「免許証の番号はこれでいいですか？ N」, 「…。→ N」);
3. TEL./FAX. numbers with dots between the groups; 4. an unhyphenated mobile as a whole field of
a CSV/TSV roster row with other personal data; 5. bank accounts: a Latin "Bank" before the number,
a CSV field 普通/当座 right after the number, ゆうちょ named in brackets after the 記号番号. Every
value is invented; hard negatives for each."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from tests.dlp.conftest import found

DL, BA, PH = "JP_DRIVER_LICENSE", "JP_BANK_ACCOUNT", "PHONE_NUMBER"

#: (case id, text, expected (type, value) pairs; structured types only)
CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # --- 1. OCR-spaced card titles ---
    ("ocr-title", "運 転 免 許 証\n氏名 森 一郎\n第 ６１０２３４５６７８９１ 号",
     {(DL, "６１０２３４５６７８９１")}),
    ("ocr-title-fullwidth-space", "運　転　免　許　証\n第 610234567891 号", {(DL, "610234567891")}),
    ("ocr-title-other-card", "在 留 カ ー ド\n第 610234567891 号", set()),
    ("ocr-title-blank-line", "運 転 免 許 証\n\n第 610234567891 号", set()),
    # --- 2. the answer after its question ---
    ("chat-licence", "免許証の番号はこれでいいですか？ 610234567891", {(DL, "610234567891")}),
    ("chat-account-arrow", "振込先の口座番号を書いてください。→ 4417203", {(BA, "4417203")}),
    ("chat-question-other", "会議は何件でしたか？ 4417203件", set()),
    ("chat-not-right-after", "免許の話です。ところで受付は 610234567891 です", set()),
    # --- 3. dotted phone numbers ---
    ("tel-dots", "TEL.03.5210.7743　FAX.03.5210.7744", {(PH, "03.5210.7743"), (PH, "03.5210.7744")}),
    ("tel-dots-mobile", "電話 080.4471.2290", {(PH, "080.4471.2290")}),
    ("tel-dots-date", "TEL 更新日 03.12.2024", set()),
    ("tel-dots-decimal", "TEL欄の比率は 0.1234.567", set()),
    # --- 4. a mobile in a roster row ---
    ("tsv-mobile", "7\tマツダ ケン\t1961/02/03\t08033415520\tk.matsuda@example.jp",
     {(PH, "08033415520"), ("DATE_OF_BIRTH", "1961/02/03"), ("EMAIL_ADDRESS", "k.matsuda@example.jp")}),
    ("csv-mobile-address", "2,小野,大阪府堺市堺区南瓦町3-1,09077120034", {(PH, "09077120034")}),
    ("csv-mobile-no-personal", "品番,09077120034,在庫あり", set()),
    # --- 5. bank accounts ---
    ("en-bank-is", "The refund goes to Sakura Bank (Shibuya branch), 5523017.", {(BA, "5523017")}),
    ("en-bank-amount", "The World Bank lent 5523017 yen.", set()),
    ("csv-kind-after", "1,オノ ミカ,5523017,普通\n2,イシイ ジュン,6630148,当座",
     {(BA, "5523017"), (BA, "6630148")}),
    ("csv-kind-thousands", "合計,1,523,017,普通郵便", set()),
    ("yucho-named-after", "受取は 13260-40518831（ゆうちょ銀行）で。", {(BA, "13260-40518831")}),
    ("yucho-shape-alone", "部品 13260-40518831 を交換", set()),
    # --- 6. a 個人番号 beside a health-insurance card word (マイナ保険証): card values have ≤ 10 digits ---
    ("mynumber-card-word", "保険証の番号：123456789018", {("JP_MY_NUMBER", "123456789018")}),
    ("mynumber-card-word-spaced", "国保の保険証と一緒に。番号 1234 5678 9018",
     {("JP_MY_NUMBER", "1234 5678 9018")}),
    ("card-ten-digits", "介護保険 被保険者番号 0123456789", {("JP_HEALTH_INSURANCE", "0123456789")}),
    ("card-twelve-not-mynumber", "保険証の番号：123456789012", set()),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_lead_round6(
    structured_engine: DLPEngine, name: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert found(structured_engine, text) == expected
