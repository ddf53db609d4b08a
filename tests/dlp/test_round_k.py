"""Round K (a fresh batch written first): a health-insurance card context. Once a card is named
(保険証, 被保険者証, 資格確認書, 国保, 協会けんぽ, 後期高齢者医療, 介護保険, "health insurance" …) or a
記号 label stands beside a 番号 label, a value beside any notation of a card label is masked; counts,
dates, phone numbers, amounts, other numbers' labels and specimens stay clean. Every value is
invented."""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from govrag.dlp.recognizers.health_context import card_context, header_cells, is_typed
from tests.dlp.conftest import found

HI, PH, BA = "JP_HEALTH_INSURANCE", "PHONE_NUMBER", "JP_BANK_ACCOUNT"

#: (case id, text, expected (type, value) pairs among the structured types)
CASES: list[tuple[str, str, set[tuple[str, str]]]] = [
    # --- label → value in any notation, card named in the sentence or above ---
    ("chat-ga-de", "保険証の記号が3310で番号が62です！", {(HI, "3310"), (HI, "62")}),
    ("chat-ga-no", "保険証を見せて。えっと、記号が 4402 の、番号 13", {(HI, "4402"), (HI, "13")}),
    ("abbrev-colon", "保険証 記:6012 番:44 枝:00", {(HI, "6012"), (HI, "44"), (HI, "00")}),
    ("hash-no", "被保険者証 記号#1207 No.335", {(HI, "1207"), (HI, "335")}),
    ("no-both", "記号 No. 3312 / 番号 No. 44", {(HI, "3312"), (HI, "44")}),
    ("equals-fullwidth", "資格確認書（国民健康保険）記号＝荒12　番号＝4078", {(HI, "荒12"), (HI, "4078")}),
    ("kanji-prefix-particle", "国保の保険証、記号は練01で番号は223です", {(HI, "練01"), (HI, "223")}),
    ("halfwidth-kana-prefix", "保険証（記号：ｱ12、番号：0345）", {(HI, "ｱ12"), (HI, "0345")}),
    ("glued-labels", "国保窓口：記号1234番号56枝番01 本人確認済", {(HI, "1234"), (HI, "56"), (HI, "01")}),
    ("glued-pair-labels", "記号番号1234番号567", {(HI, "1234"), (HI, "567")}),
    ("bango-only-kokuho", "国保資格確認、番号20518（記号なし）", {(HI, "20518")}),
    ("sentence-before", "保険証見ながら打ちます。記号5501、番号9、枝番01", {(HI, "5501"), (HI, "9"), (HI, "01")}),
    ("shikaku-kakunin", "マイナ保険証の登録がまだです。資格確認書の番号は 0044-21 です。", {(HI, "0044-21")}),
    ("romaji-wa", "hokensho no kigo wa 1133, bango wa 25 desu.", {(HI, "1133"), (HI, "25")}),
    ("romaji-keys", "hi_kigo=4501 hi_bango=11 hi_edaban=02", {(HI, "4501"), (HI, "11"), (HI, "02")}),
    ("english-keys", "insurance_card_symbol=7788 insurance_card_number=12", {(HI, "7788"), (HI, "12")}),
    ("english-symbol-no", "National Health Insurance card — Symbol No.: K-12, Insured No.: 30741",
     {(HI, "K-12"), (HI, "30741")}),
    ("english-is", "My health insurance card number is 12 3456.", {(HI, "12 3456")}),
    ("english-ocr-lines", "Health Insurance Certificate\nSymbol\n2233\nNumber\n19", {(HI, "2233"), (HI, "19")}),
    ("ocr-lines", "健康保険被保険者証\n本人（被保険者）\n記号\n1234\n番号\n56\n枝番\n00",
     {(HI, "1234"), (HI, "56"), (HI, "00")}),
    # --- value → label, joint labels, label line then value line ---
    ("value-then-label", "06139012（保険者番号）の加入者から照会あり", {(HI, "06139012")}),
    ("values-then-labels", "保険証の写し：8821（記号）・304（番号）", {(HI, "8821"), (HI, "304")}),
    ("joint-to", "保険証の記号と番号は2231と45です。", {(HI, "2231"), (HI, "45")}),
    ("joint-slash", "保険証 記号/番号：3021/77", {(HI, "3021"), (HI, "77")}),
    ("joint-romaji", "保険証 kigo/bango: 7731/508", {(HI, "7731"), (HI, "508")}),
    ("joint-pair-label-to", "記号番号 は 3301 と 27（国保の保険証）", {(HI, "3301"), (HI, "27")}),
    ("next-line", "保険証の記号番号は以下の通りです。\n2345-67", {(HI, "2345-67")}),
    # --- header rows of card labels ---
    ("header-spaces", "保険証\n記号　　番号　　枝番\n8812　　406　　01", {(HI, "8812"), (HI, "406"), (HI, "01")}),
    ("header-one-space", "記号　番号\n1234　56", {(HI, "1234"), (HI, "56")}),
    ("header-csv", "記号,番号,枝番,保険者番号\n4402,118,01,06271147",
     {(HI, "4402"), (HI, "118"), (HI, "01"), (HI, "06271147")}),
    ("header-tsv-kaigo", "被保険者番号\t要介護度\t認定日\n0000418823\t要介護2\t2025/04/01", {(HI, "0000418823")}),
    ("header-english", "Insurer No.\tSymbol\tNumber\tBranch\n06139012\t1234\t56\t01",
     {(HI, "06139012"), (HI, "1234"), (HI, "56"), (HI, "01")}),
    ("header-quoted", '"記号","番号"\n"1234","56"', {(HI, "1234"), (HI, "56")}),
    # --- typed values keep their type; a card's number beside a phone ---
    ("phone-under-bango", "保険証の件 番号 03-1234-5678", {(PH, "03-1234-5678")}),
    ("insured-and-phone", "被保険者番号：12345678　電話番号：090-1234-5678", {(HI, "12345678"), (PH, "090-1234-5678")}),
    # --- hard negatives next to a card word ---
    ("neg-statute", "健康保険法施行規則第四十七条の被保険者証の記号及び番号の記載について定める。", set()),
    ("neg-premium", "保険料は月額12,300円です（国民健康保険）。", set()),
    ("neg-insured-count", "被保険者数は3,412人（令和5年度、介護保険）", set()),
    ("neg-receipt-no", "受付番号 20250413-0012（保険証再交付申請）", set()),
    ("neg-specimen", "記載例：記号 1234 番号 56 （見本）", set()),
    ("neg-digit-counts", "保険証の記号は4桁、番号は最大8桁です。", set()),
    ("neg-kigo-betsu", "保険証 番号順 1〜50、記号別集計は別表2", set()),
    ("neg-range", "保険証の番号 1〜3 を確認", set()),
    ("neg-index", "保険証 返還一覧 No.1 山田", set()),
    ("neg-date-under-bango", "保険証 番号 2025-04-01 交付", set()),
    ("neg-amount", "国保 番号 12,000", set()),
    ("neg-other-note", "番号 1234（受付）保険証再発行", set()),
    ("neg-doc-no", "健康保険組合 文書番号 123", set()),
    ("neg-map-legend", "symbol 3390 and number 58 on the map legend", set()),
    ("neg-times", "保険証の番号を 3 回入力した", set()),
    ("neg-kaigo-stats", "介護保険 第1号被保険者 保険料段階 第5段階 年額 74,700円", set()),
    ("neg-koyou-hoken", "雇用保険被保険者番号 5012-334455-1（ハローワーク）", set()),
    ("neg-premium-labels", "保険料の番号 42、記号 B7 は納付書を参照", set()),
    ("neg-inquiry-no", "保険証をお持ちください。お問い合わせ番号 4521", set()),
    ("neg-mgmt-no", "保険証の再交付申請。管理番号：2024-1187", set()),
    ("neg-yucho", "ゆうちょ 記号 12340 番号 1234561（国保料振替）", {(BA, "12340"), (BA, "1234561")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round_k(structured_engine: DLPEngine, case: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(structured_engine, text) == expected, case


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("保険証 記号 1234", 10, 14, True),
        ("記号 1234 番号 56", 3, 7, True),  # two card labels of different roles
        ("受付番号 2025-0012", 5, 14, False),  # another number's label
        ("口座 記号 1234 番号 56（保険証）", 6, 10, True),  # the card word is nearer
        ("保険料の口座 記号 1234 番号 56", 10, 14, False),  # the account word is nearer
    ],
)
def test_card_context(text: str, start: int, end: int, expected: bool) -> None:
    assert card_context(text, start, end) is expected


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("記号 番号 枝番\n1234 56 01", ["1234", "56", "01"]),
        ("| 記号 | 番号 |\n|---|---|\n| 4421 | 73 |", ["4421", "73"]),
        ("品名 番号\nりんご 12", []),  # one weak label, no card named: no card table
        ("記号,番号\n1234,56\n\n備考,12", ["1234", "56"]),  # a blank line ends the table
    ],
)
def test_header_cells(text: str, cells: list[str]) -> None:
    assert [text[s:e] for s, e in header_cells(text)] == cells


@pytest.mark.parametrize(
    ("value", "typed"), [("03-1234-5678", True), ("2025-04-01", True), ("1234-56", False), ("09012345678", True)]
)
def test_is_typed(value: str, typed: bool) -> None:
    assert is_typed(value, 0, len(value)) is typed
