"""OCR look-alike letters inside numbers (lead, after pii_test28's misses, described generally):
``fold`` reads ``O``/``o`` as 0 and ``l``/``I`` as 1 inside a number, so every digit type sees the
number an OCR engine misread; a letter beside other Latin letters stays (a residence card's own
letters), and a misread value after a product code's label is that code."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from govrag.dlp.fold import fold
from tests.dlp.conftest import found, newlines

FOLD_CASES = [
    # (text, folded)
    ("O6-47ll-28O3", "06-4711-2803"),
    ("〒 O68-7373", "〒 068-7373"),
    ("第 6405330O3731 号", "第 640533003731 号"),
    ("4 O 1 2", "4 O 1 2"),  # single digits apart: no number
    ("Hello 2024, Oslo 1990", "Hello 2024, Oslo 1990"),  # words keep their letters
    ("IO12345678IB", "IO12345678IB"),  # letters beside letters: a residence card stays
    ("AB1234O678CD", "AB12340678CD"),  # …but one between two digits is read
    ("lolo1234", "lolo1234"),  # as many look-alikes as digits: a word
    ("No.1234", "No.1234"),
    ("ll-2O", "ll-2O"),  # two digits only: only a look-alike between digits would change
]


@pytest.mark.parametrize(("text", "folded"), FOLD_CASES)
def test_fold_reads_lookalikes_inside_numbers(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


SCAN_CASES = [
    # (row with ⏎ for newlines, expected (type, value) pairs among the findings)
    ("法人番号：23O192OO45817", {("JP_CORPORATE_NUMBER", "23O192OO45817")}),
    ("法 人 番 号 ： 27O61O2483950⏎担当：総務課", {("JP_CORPORATE_NUMBER", "27O61O2483950")}),
    ("個人番号　5271O3849O61", {("JP_MY_NUMBER", "5271O3849O61")}),
    ("マイナンバー：3O4l82O77657（本人確認済）", {("JP_MY_NUMBER", "3O4l82O77657")}),
    ("運転免許証⏎氏名 山田 花子⏎第 3O12O4567891 号", {("JP_DRIVER_LICENSE", "3O12O4567891")}),
    ("〒 O6O-0042 札幌市中央区大通西5丁目", {("JP_POSTAL_CODE", "O6O-0042")}),
    ("電話：O3-3581-l234", {("PHONE_NUMBER", "O3-3581-l234")}),
]


@pytest.mark.parametrize(("text", "expected"), SCAN_CASES)
def test_misread_values_are_found(
    structured_engine: DLPEngine, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= found(structured_engine, newlines(text))


PRODUCT_CODES = [
    "型番：O6-47ll-28O3",
    "品番 O9O-l234-8877（在庫あり）",
    "製品コード Ol-2345-67O8",
]


@pytest.mark.parametrize("text", PRODUCT_CODES)
def test_misread_product_codes_are_not_pii(structured_engine: DLPEngine, text: str) -> None:
    assert found(structured_engine, text) == set()


def test_a_wrong_check_digit_after_the_label_still_fails_closed(structured_engine: DLPEngine) -> None:
    # a 個人番号 label with a number failing the check digit is masked (a mistyped 個人番号): the
    # misread letters do not change that rule
    assert ("JP_MY_NUMBER", "5271O3849O62") in found(structured_engine, "個人番号：5271O3849O62")


def test_unlabelled_misread_twelve_digits_need_the_check_digit(structured_engine: DLPEngine) -> None:
    assert not any(t == "JP_MY_NUMBER" for t, _ in found(structured_engine, "資産番号 5271O3849O62 を登録"))
