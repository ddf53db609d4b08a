"""issue 11 §1/§5: card numbers of every issuer range, phone numbers with odd grouping next to a phone
word, and values written twice with no separator."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from govrag.dlp.recognizers.credit_card import luhn_ok
from tests.dlp.conftest import found


def _with_check_digit(body: str) -> str:
    """``body`` plus the digit that makes it Luhn-valid."""
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


def _with_wrong_digit(body: str) -> str:
    return next(body + d for d in "0123456789" if not luhn_ok(body + d))


def _group(number: str, sizes: tuple[int, ...], sep: str) -> str:
    out, pos = [], 0
    for n in sizes:
        out.append(number[pos : pos + n])
        pos += n
    return sep.join(out)


# (issuer, first digits, length, grouping) — every scheme of credit_card.py's docstring
ISSUERS = [
    ("visa", "4", 16, (4, 4, 4, 4)),
    ("visa19", "4", 19, (4, 4, 4, 4, 3)),
    ("mastercard", "53", 16, (4, 4, 4, 4)),
    ("mastercard2", "2720", 16, (4, 4, 4, 4)),
    ("amex", "37", 15, (4, 6, 5)),
    ("amex34", "34", 15, (4, 6, 5)),
    ("jcb", "3566", 16, (4, 4, 4, 4)),
    ("jcb_low", "3528", 16, (4, 4, 4, 4)),
    ("diners14", "3056", 14, (4, 6, 4)),
    ("diners36", "36", 14, (4, 6, 4)),
    ("discover", "6011", 16, (4, 4, 4, 4)),
    ("unionpay62", "62", 16, (4, 4, 4, 4)),
    ("unionpay19", "62", 19, (4, 4, 4, 4, 3)),
    ("unionpay81", "81", 16, (4, 4, 4, 4)),
    ("maestro50", "5018", 16, (4, 4, 4, 4)),
    ("maestro67", "6759", 16, (4, 4, 4, 4)),
    ("maestro19", "6304", 19, (4, 4, 4, 4, 3)),
    ("mir", "2200", 16, (4, 4, 4, 4)),
]


def _number(prefix: str, length: int, *, valid: bool) -> str:
    body = (prefix + "7305912846" * 2)[: length - 1]
    return _with_check_digit(body) if valid else _with_wrong_digit(body)


@pytest.mark.parametrize(("issuer", "prefix", "length", "sizes"), ISSUERS, ids=[i[0] for i in ISSUERS])
@pytest.mark.parametrize("sep", ["", " ", "-"], ids=["plain", "spaces", "hyphens"])
def test_every_issuer_range_with_luhn_is_a_card(
    structured_engine: DLPEngine, issuer: str, prefix: str, length: int, sizes: tuple[int, ...], sep: str
) -> None:
    value = _group(_number(prefix, length, valid=True), sizes, sep)
    assert found(structured_engine, f"お支払いは{value}でお願いします。") == {("CREDIT_CARD", value)}


@pytest.mark.parametrize(("issuer", "prefix", "length", "sizes"), ISSUERS, ids=[i[0] for i in ISSUERS])
def test_wrong_check_digit_is_no_card_without_context(
    structured_engine: DLPEngine, issuer: str, prefix: str, length: int, sizes: tuple[int, ...]
) -> None:
    value = _group(_number(prefix, length, valid=False), sizes, "-")
    assert ("CREDIT_CARD", value) not in found(structured_engine, f"整理用の値{value}を付した。")


@pytest.mark.parametrize(("issuer", "prefix", "length", "sizes"), ISSUERS, ids=[i[0] for i in ISSUERS])
@pytest.mark.parametrize("word", ["カード番号", "クレジットカード：", "card no. "])
def test_card_context_masks_even_a_wrong_check_digit(
    structured_engine: DLPEngine, issuer: str, prefix: str, length: int, sizes: tuple[int, ...], word: str
) -> None:
    value = _group(_number(prefix, length, valid=False), sizes, " ")
    assert ("CREDIT_CARD", value) in found(structured_engine, f"{word}{value}を確認した。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Maestro 12/13 digits only next to a card word (else they would be 個人番号/法人番号 shapes)
        ("カード番号 5018-7305-9128", {("CREDIT_CARD", "5018-7305-9128")}),
        ("整理番号 5018-7305-9128", set()),
        # a 個人番号 stays a 個人番号 even on a 個人番号カード
        ("個人番号カードの個人番号123456789018", {("JP_MY_NUMBER", "123456789018")}),
        ("単価は1234円、数量は5678個。", set()),
        ("カード番号 1111-1111-1111-1111", set()),  # one repeated digit is a dummy
    ],
)
def test_card_edge_cases(structured_engine: DLPEngine, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(structured_engine, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("電話 090-12-345678", "090-12-345678"),
        ("TEL：03-12345-678", "03-12345-678"),
        ("携帯は0901-234-5678です", "0901-234-5678"),
        ("連絡先 0312-345-678", "0312-345-678"),
        ("FAX 03-1234-56789", "03-1234-56789"),
        ("ファクス（０３）１２３４５－６７８へ", "(03)12345-678"),
        ("電話番号+81 3-12345-678", "+81 3-12345-678"),
        ("電話 031234567", "031234567"),
        ("携帯：09012345678", "09012345678"),
        ("Tel. 0120-12-3456", "0120-12-3456"),
    ],
)
def test_phone_shaped_number_next_to_a_phone_word_is_masked(
    structured_engine: DLPEngine, text: str, value: str
) -> None:
    from govrag.dlp.fold import fold

    assert {(f.entity_type, fold(text[f.start : f.end])) for f in structured_engine.scan(text)} == {
        ("PHONE_NUMBER", value)
    }


@pytest.mark.parametrize(
    "text",
    [
        "受付番号 090-12-345678",  # odd grouping without a phone word: not a phone
        "第090-12-345678号",
        "令和6年度予算 03-12345-678 千円",
        "電話で確認した件数は1,234件、金額は56,789円",
        "電話 12-3456-7890",  # no leading 0
    ],
)
def test_odd_grouping_without_a_phone_word_is_left(structured_engine: DLPEngine, text: str) -> None:
    assert [f.entity_type for f in structured_engine.scan(text)] == []


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        ("携帯090-1234-5678090-1234-5678に", "PHONE_NUMBER", "090-1234-5678"),
        ("電話03123456780312345678", "PHONE_NUMBER", "0312345678"),
        ("個人番号123456789018123456789018を", "JP_MY_NUMBER", "123456789018"),
        ("個人番号1234-5678-90181234-5678-9018を", "JP_MY_NUMBER", "1234-5678-9018"),
        # no label: a value written twice still counts (round BE drops unlabelled pieces of a run)
        ("控え 123456789018123456789018 参照", "JP_MY_NUMBER", "123456789018"),
        ("法人番号87001100059018700110005901", "JP_CORPORATE_NUMBER", "8700110005901"),
        ("カード41111111111111114111111111111111", "CREDIT_CARD", "4111111111111111"),
    ],
)
def test_a_value_written_twice_without_separator_is_found_twice(
    structured_engine: DLPEngine, text: str, etype: str, value: str | None
) -> None:
    findings = structured_engine.scan(text)
    assert findings, "a doubled value must not vanish"
    assert {f.entity_type for f in findings} == {etype}
    # together the findings cover every digit, so nothing stays in clear text
    covered = {i for f in findings for i in range(f.start, f.end)}
    assert all(i in covered for i, ch in enumerate(text) if ch.isdigit())
    if value is not None:
        assert [text[f.start : f.end] for f in findings] == [value, value]


def test_two_different_numbers_glued(structured_engine: DLPEngine) -> None:
    text = "電話090-1234-567803-9876-5432まで"
    assert [text[f.start : f.end] for f in structured_engine.scan(text)] == ["090-1234-5678", "03-9876-5432"]
