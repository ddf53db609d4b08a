r"""Round AU: record formats read generically, and column vetoes.

Readers (values rewritten as Japanese form lines for the type's own recognizer, like
:mod:`labels_ml`):

1. **Zengin data records** (全銀協 fixed-length transfer data): a line ``2`` + bank code (4) +
   branch code (3) + 種目 (1) + account (7) + a half-width kana name + a 10-digit amount, with or
   without spaces between the fields (:func:`_zengin`);
2. **fixed-width person records**: a record-type letter and a customer number, a half-width kana
   name, a ``YYMMDD`` / ``YYYYMMDD`` birth date and an unhyphenated mobile number (:func:`_person_rows`).

Vetoes: an account-shaped cell under a balance / amount header (:func:`amount_column`), a My
Number-shaped zero-padded field of an aligned numeric record (:func:`padded_number`), a date under
a JSON key that does not name a birth (:func:`json_other_date`).

>>> [f.text for f in record_au_forms("2 0158 412 1 3309127 ｵｶﾀﾞ ﾐﾉﾙ    0000214500")]
['口座番号：3309127']
"""

from __future__ import annotations

import datetime
import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, offset_forms, whole_pair
from govrag.dlp.recognizers.rows import line_at
from govrag.text.eras import calendar_date, date_text

__all__ = [
    "account_column",
    "amount_column",
    "column_header",
    "json_other_date",
    "padded_number",
    "record_au_forms",
    "zengin_header",
]

_KANA = "ｦ-ﾟ"
_ZENGIN = lazy_compile(
    rf"(?m)^2[ ]?\d{{4}}[ ]?\d{{3}}[ ]?[1-49][ ]?(?P<v>\d{{7}})"  # bank, branch, 種目, account
    rf"[ ]?[{_KANA}][{_KANA} ().\-]*?[ ]*\d{{10}}(?!\d)"  # kana name, amount
)
_ZENGIN_HEADER = lazy_compile(r"1[ ]?\d{2}[ ]?\d(?:[ ]?\d){2,12}(?!\d)")
_PERSON_ROW = lazy_compile(
    rf"(?m)^[A-Z]\d{{4,12}}[ ]?[{_KANA}][{_KANA} ]*?[ ]{{2,}}"
    r"(?P<dob>(?:19|20)?\d{6})[ ]+(?P<tel>0[5-9]0\d{8})(?!\d)"
)


def _birth(digits: str) -> str | None:
    """``YYYY年M月D日`` of a ``YYMMDD`` / ``YYYYMMDD`` birth date (a 2-digit year in the past)."""
    if len(digits) == 6:
        yy = int(digits[:2])
        year = (2000 if yy <= datetime.date.today().year % 100 else 1900) + yy
        rest = digits[2:]
    else:
        year, rest = int(digits[:4]), digits[4:]
    born = calendar_date(year, int(rest[:2]), int(rest[2:]))
    return date_text(born) if born else None


def _zengin(folded: str) -> list[tuple[str, str, list[int]]]:
    """Account numbers of Zengin data records."""
    return [whole_pair("口座番号", m.start("v"), m.end("v"), m.group("v")) for m in _ZENGIN.finditer(folded)]


def _person_rows(folded: str) -> list[tuple[str, str, list[int]]]:
    """Birth dates and phones of fixed-width person records."""
    pairs: list[tuple[str, str, list[int]]] = []
    for m in _PERSON_ROW.finditer(folded):
        born = _birth(m.group("dob"))
        if born is None:
            continue
        pairs.append(whole_pair("生年月日", m.start("dob"), m.end("dob"), born))
        pairs.append(whole_pair("電話番号", m.start("tel"), m.end("tel"), m.group("tel")))
    return pairs


def record_au_forms(folded: str) -> list[ColumnForm]:
    """Forms of the values the record readers find in ``folded``."""
    if not re.search(f"[{_KANA}]", folded):
        return []
    return offset_forms(_zengin(folded) + _person_rows(folded))


_AMOUNT_HEADER = lazy_compile(
    r"残高|現在高|金額|入金額|出金額|支払額|請求額|(?<![a-z])(?:zandaka|amount|balance|kingaku)(?![a-z])",
    re.IGNORECASE,
)


def column_header(folded: str, start: int, end: int) -> str | None:
    """The header cell above the value's cell in a tab / comma / semicolon table (the top line of
    the run of lines with as many separators, when it holds no 3-digit run), else None."""
    a, b = line_at(folded, start, end)
    line = folded[a:b]
    sep = next((c for c in ("\t", ",", ";") if c in line), None)
    if sep is None:
        return None
    top = a
    while top > 0:
        above_a = folded.rfind("\n", 0, top - 1) + 1
        if folded[above_a : top - 1].count(sep) != line.count(sep):
            break
        top = above_a
    header_line = folded[top : line_at(folded, top, top)[1]]
    header = header_line.split(sep)
    index = folded[a:start].count(sep)
    if top == a or index >= len(header) or re.search(r"\d{3}", header_line):
        return None
    return header[index]


def amount_column(folded: str, start: int, end: int) -> bool:
    """The value is a table cell whose column header names an amount (残高, AMOUNT)."""
    header = column_header(folded, start, end)
    return header is not None and _AMOUNT_HEADER.search(header) is not None


_ACCOUNT_HEADER = lazy_compile(r"口座|(?<![a-z])(?:acct|account|koza|kouza)(?![a-z])", re.IGNORECASE)


def account_column(folded: str, start: int, end: int) -> bool:
    """The value is a table cell whose column header names an account (口座番号, ACCT_NO; round BT:
    also when a two-field name shifts the rows against their header)."""
    from govrag.dlp.recognizers.records_bt import typed_as

    header = column_header(folded, start, end)
    if header is not None and _ACCOUNT_HEADER.search(header) is not None:
        return True
    return typed_as(folded, start, end, "JP_BANK_ACCOUNT")


def padded_number(folded: str, start: int, end: int) -> bool:
    """A ``00``-padded digit field of a space-aligned record whose neighbour line has a ``0``-padded
    field at the same column (an amount or sequence column, not a person's number)."""
    value = folded[start:end]
    if not value.startswith("00"):
        return False
    a, b = line_at(folded, start, end)
    if len(folded[a:b].split()) < 3:
        return False
    col = start - a
    for other in (folded.rfind("\n", 0, max(a - 1, 0)) + 1 if a else -1, b + 1):
        if other < 0 or other >= len(folded) or other == a:
            continue
        oa, _ = line_at(folded, other, other)
        cell = folded[oa + col : oa + col + (end - start)]
        if len(cell) == end - start and cell.isdigit() and cell.startswith("0"):
            return True
    return False


_JSON_KEY = lazy_compile(r"\"(?P<k>[^\"\n]{1,40})\"\s*:\s*\"?$")
_BIRTH_KEY = lazy_compile(
    r"birth|dob|born|seinen|tanjo|生年|誕生|出生|nacimiento|nascimento|ngay_?sinh|lahir", re.IGNORECASE
)


_DATE_KEY = lazy_compile(r"date|day|time|ymd|_at$|start|end|from|until|since|日", re.IGNORECASE)


def json_other_date(folded: str, start: int) -> bool:
    """A date value right after a JSON key naming a date but no birth (``"start_date": "…"``; a
    bare ``"b"`` key is left alone)."""
    m = _JSON_KEY.search(folded, max(0, start - 50), start)
    if m is None:
        return False
    key = m.group("k")
    return _DATE_KEY.search(key) is not None and _BIRTH_KEY.search(key) is None


def zengin_header(folded: str, start: int, end: int) -> bool:
    """The value lies in the header record (``1`` + 種別 + コード区分 + 依頼人コード …) of Zengin
    transfer data: a header-shaped line with a data record below it."""
    a, b = line_at(folded, start, end)
    if _ZENGIN_HEADER.match(folded, a) is None:
        return False
    return _ZENGIN.search(folded, b, b + 2000) is not None
