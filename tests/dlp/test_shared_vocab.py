"""What the DLP rules share: the label-line fallback's quick line filter is derived from its type
table, the words of another number's label are one vocabulary, and one +81 normaliser serves
every phone rule. Invented examples."""

from __future__ import annotations

import re

import pytest

from govrag.dlp import scan
from govrag.dlp.recognizers import labelled_line
from govrag.dlp.recognizers.base import OTHER_NUMBER_WORDS, other_number_words
from govrag.dlp.recognizers.health_context import card_context
from govrag.dlp.recognizers.labelled_line import TYPES, LabelledLineRecognizer
from govrag.dlp.recognizers.phone import JpPhoneRecognizer, national_digits

#: (case id, line holding a label) — the quick filter must pass every line a type's labels match
FILTER_CASES: list[tuple[str, str]] = [
    ("licence", "運転免許証の番号"),
    ("licence-latin", "Driver's licence no."),
    ("passport", "旅券番号"),
    ("residence", "特別永住者証明書の番号"),
    ("residence-latin", "RC no"),
    ("postal", "〒"),
    ("birth", "出生日"),
    ("birth-latin", "DOB"),
    ("phone", "連絡先"),
    ("phone-latin", "tel"),
]


@pytest.mark.parametrize("line", [c[1] for c in FILTER_CASES], ids=[c[0] for c in FILTER_CASES])
def test_quick_filter_passes_every_label(line: str) -> None:
    assert any(re.search(t.labels, line) for t in TYPES)
    assert labelled_line._any_label().search(line) is not None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("申請者 d.o.b（西暦）＝ 1987/03/14", "1987/03/14"),
        ("山田 花子　1987/03/14（d.o.b.）", "1987/03/14"),
        ("【本人】d.o.b：　　2001年7月9日", "2001年7月9日"),
    ],
)
def test_quick_filter_passes_a_dotted_latin_label(text: str, value: str) -> None:
    assert labelled_line._any_label().search("d.o.b") is not None
    got = LabelledLineRecognizer().analyze(text, ["DATE_OF_BIRTH"])
    assert [text[r.start : r.end] for r in got] == [value]


def test_quick_filter_skips_a_line_without_labels() -> None:
    assert labelled_line._any_label().search("支払期日 12月20日") is None
    assert LabelledLineRecognizer().analyze("支払期日 12月20日\n2026/12/20", []) == []


#: (case id, text, value) — another number's label before a card value keeps it out
NOT_A_CARD_CASES: list[tuple[str, str, str]] = [
    ("clinic-card", "保険証 診察券番号 3381", "3381"),
    ("document", "保険証 文書番号 3381", "3381"),
    ("land", "保険証 地番号 3381", "3381"),
    ("note-inquiry", "保険証 番号 3381（問い合わせ用）", "3381"),
]


@pytest.mark.parametrize(
    ("text", "value"), [c[1:] for c in NOT_A_CARD_CASES], ids=[c[0] for c in NOT_A_CARD_CASES]
)
def test_other_number_label_is_no_card_context(text: str, value: str) -> None:
    s = text.index(value)
    assert not card_context(text, s, s + len(value))
    assert card_context("保険証 番号 3381", 7, 11)


def test_other_number_words_select_groups_in_order() -> None:
    assert other_number_words("contact", "land") == ("電話", "診察券", "地")
    with pytest.raises(KeyError):
        other_number_words("nonexistent")
    words = [w for g in OTHER_NUMBER_WORDS.values() for w in g]
    assert len(words) == len(set(words))  # each word in one group only


#: (case id, written number, domestic digits) — one +81 normaliser for every phone rule
NATIONAL_CASES: list[tuple[str, str, str]] = [
    ("domestic", "03-5812-4471", "0358124471"),
    ("plus81", "+81 3-5812-4471", "0358124471"),
    ("plus81-hyphen", "+81-90-3318-2260", "09033182260"),
    ("plus81-bracketed-trunk", "+81 (0)3-5812-4471", "0358124471"),
    ("plus81-bracketed-trunk-glued", "+81(0)90 3318 2260", "09033182260"),
    ("plus81-bare-trunk", "+81 0120-339-218", "0120339218"),
    ("bracketed-plus81", "(+81) 45-671-2290", "0456712290"),
    ("bracketed-plus81-trunk", "(+81) (0)45-671-2290", "0456712290"),
    ("no-country-code-kept", "81-3-5812-4471", "81358124471"),
]


@pytest.mark.parametrize(
    ("value", "digits"), [c[1:] for c in NATIONAL_CASES], ids=[c[0] for c in NATIONAL_CASES]
)
def test_national_digits(value: str, digits: str) -> None:
    assert national_digits(value) == digits


#: (case id, text, the findings (type, value)) — a +81 number with its trunk 0 is a phone number
PLUS81_CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("trunk-in-brackets", "連絡先：+81 (0)3-5812-4471", [("PHONE_NUMBER", "+81 (0)3-5812-4471")]),
    ("bare-trunk-toll-free", "窓口 +81 0120-339-218", [("PHONE_NUMBER", "+81 0120-339-218")]),
    (
        "column-header",
        "電話番号\t診察券番号\n+81 070-2982-2449\t5521",
        [("PHONE_NUMBER", "+81 070-2982-2449")],
    ),
    ("not-twelve-licence-digits", "DL +81 0276-08-3812", [("PHONE_NUMBER", "+81 0276-08-3812")]),
    ("too-short", "+81 (0)3-1234 は桁が足りない", []),
]


@pytest.mark.parametrize(("text", "found"), [c[1:] for c in PLUS81_CASES], ids=[c[0] for c in PLUS81_CASES])
def test_plus81_numbers_are_phones(text: str, found: list[tuple[str, str]]) -> None:
    assert [(f.entity_type, text[f.start : f.end]) for f in scan(text)] == found


def test_phone_validator_reads_the_trunk_zero() -> None:
    assert JpPhoneRecognizer().validate_result("+81 03-5812-4471") is True
    assert JpPhoneRecognizer().validate_result("+81 (0)3-5812-4471") is True
    assert JpPhoneRecognizer().validate_result("+81 (0)3-5812-447") is False
