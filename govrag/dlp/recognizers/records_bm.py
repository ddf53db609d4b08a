r"""Round BM: record columns typed from all their rows.

A block is >= 3 consecutive lines (2 under a header) that split into the same number of fields with
the same separator (tab, pipe, comma or runs of whitespace); the line above it (rule lines skipped)
is its header when it holds words rather than numbers. Each column is typed from all its cells
together, so one cell that happens to pass a check is judged by its neighbours:

* an unlabelled 7-digit column right after a 3- / 4-digit code column (or ``dddd-ddd``), in rows
  that also carry a person (two of: a kana name column, a birth-date column, a phone column), is a
  bank account column — and so is a column whose header names an account (口座番号, ACCOUNT …);
  rows with a kana name column also give their phone columns and their one birth-date column
  (years before 2010, under no header or a birth one);
* a column of >= 3 twelve-digit cells where fewer than half pass the 個人番号 check digit is a
  code column, not a My Number one (a random code passes 1 time in 11; a real My Number column with
  one mistyped cell still has its valid cells kept); likewise a 13–19 digit column where fewer than
  half pass Luhn is not a card column;
* a plain-digit cell under a header naming an amount or a count (AMOUNT, KINGAKU, TOTAL, 金額, 件数
  …) is not an account, phone or My Number (a hyphenated phone there stays: a header mapped onto the
  wrong column must not unmask it).

Vetoes fail closed: a header or a label on the row naming 個人番号 / My Number / a card keeps it.
The account, phone, name and amount header words are the ones round BT reads too (headers.py).

>>> rows = "ﾔﾏﾀﾞ ﾊﾅｺ 19900101 09012345678 0001 1234567\n" * 3
>>> record_bm_forms(rows, rows)[0].text.splitlines()[:3]
['生年月日：19900101', '電話番号：09012345678', '口座番号：1234567']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms
from govrag.dlp.recognizers.credit_card import luhn_ok
from govrag.dlp.recognizers.headers import ACCOUNT_HEAD as _ACCOUNT
from govrag.dlp.recognizers.headers import AMOUNT_HEAD as _AMOUNT
from govrag.dlp.recognizers.headers import NAME_HEAD as _NAME_HEAD
from govrag.dlp.recognizers.headers import TEL_HEAD as _TEL
from govrag.dlp.recognizers.my_number import my_number_valid
from govrag.dlp.recognizers.rows import line_text

__all__ = ["cell_header", "column_vetoed", "record_bm_forms"]

#: a field with its absolute [start, end)
Field = tuple[str, int, int]

_RULE = lazy_compile(r"[-=_+|\s]+")
_WS_FIELD = lazy_compile(r"\S+")
_DATE = lazy_compile(r"(?:19|20)\d\d(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|[/-]\d{1,2}[/-]\d{1,2})")
_PHONE = lazy_compile(r"0[789]0-?\d{4}-?\d{4}|0\d{1,4}-\d{1,4}-\d{4}")
_KANA = lazy_compile(
    r"[\uff66-\uff9f]+(?:[ \u3000][\uff66-\uff9f]+)?|[\u30a1-\u30fc]+(?:[ \u3000][\u30a1-\u30fc]+)?"
)
_CODE = lazy_compile(r"\d{3,4}|\d{4}-\d{3}")
#: a cell an amount / count header can hold: digits, thousands separators, a decimal point (a
#: hyphenated phone or branch-account under such a header is a misplaced column, still masked)
_AMOUNT_VALUE = lazy_compile(r"[0-9][0-9,.]*")
_MY_NUMBER = lazy_compile(r"(?i)個人番号|マイナンバー|my_?number|kojin_?bango")
_CARD = lazy_compile(r"(?i)カード|card")
_BIRTH = lazy_compile(r"(?i)生年|誕生|birth|dob|seinen")


@dataclass(frozen=True)
class _Block:
    """Consecutive rows of one field structure and the header cells above them (if any)."""

    sep: str
    rows: tuple[tuple[Field, ...], ...]
    header: tuple[Field, ...]
    header_start: int
    starts: tuple[int, ...]


def _fields(line: str, offset: int) -> tuple[str, tuple[Field, ...]]:
    """The separator of ``line`` and its stripped fields (absolute offsets)."""
    sep = "\t" if "\t" in line else "|" if line.count("|") >= 2 else "," if line.count(",") >= 2 else " "
    if sep == " ":
        return sep, tuple((m.group(), offset + m.start(), offset + m.end()) for m in _WS_FIELD.finditer(line))
    out: list[Field] = []
    pos = 0
    for part in line.split(sep):
        lead = len(part) - len(part.lstrip())
        value = part.strip()
        if value or sep != "|":
            out.append((value, offset + pos + lead, offset + pos + lead + len(value)))
        pos += len(part) + 1
    return sep, tuple(out)


def _header(lines: list[tuple[str, int]], top: int, sep: str) -> tuple[tuple[Field, ...], int]:
    """The word cells of the line above row ``top`` (rule lines skipped), or ``()``."""
    i = top - 1
    while i >= 0 and lines[i][0].strip() and _RULE.fullmatch(lines[i][0]):
        i -= 1
    if i < 0 or not lines[i][0].strip():
        return (), -1
    line, offset = lines[i]
    _, cells = _fields(line, offset)
    if sep != " " and _fields(line, offset)[0] != sep:
        return (), -1
    if len(cells) < 2 or sum(c[0].isdigit() for c in cells) * 2 >= len(cells):
        return (), -1
    return cells, offset


def _data(cells: tuple[Field, ...]) -> bool:
    """Two fields or more, one of them holding a digit (a header row holds none)."""
    return len(cells) >= 2 and any(any(ch.isdigit() for ch in c[0]) for c in cells)


def _same(cells: tuple[Field, ...], sep: str, other: tuple[str, tuple[Field, ...]]) -> bool:
    return other[0] == sep and len(other[1]) == len(cells) and _data(other[1])


@lru_cache(maxsize=8)
def _blocks(text: str) -> tuple[_Block, ...]:
    lines: list[tuple[str, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    parsed = [_fields(line, offset) for line, offset in lines]
    blocks: list[_Block] = []
    i = 0
    while i < len(lines):
        sep, cells = parsed[i]
        j = i + 1
        while j < len(lines) and _data(cells) and _same(cells, sep, parsed[j]):
            j += 1
        header, start = _header(lines, i, sep) if j - i >= 2 else ((), -1)
        if j - i >= 3 or header:
            rows = tuple(parsed[k][1] for k in range(i, j))
            blocks.append(_Block(sep, rows, header, start, tuple(lines[k][1] for k in range(i, j))))
        i = j
    return tuple(blocks)


def _column(block: _Block, j: int) -> list[str]:
    return [row[j][0] for row in block.rows]


def _header_of(block: _Block, j: int) -> str:
    """The header cell over column ``j``: by index when the counts agree, else (whitespace
    layouts) around a name column whose value takes the extra fields, else the header word
    overlapping most of the column's cells."""
    if not block.header:
        return ""
    if len(block.header) == len(block.rows[0]):
        return block.header[j][0]
    if block.sep != " ":
        return ""
    extra = len(block.rows[0]) - len(block.header)
    name = next((k for k, c in enumerate(block.header) if _NAME_HEAD.match(c[0])), -1)
    if name >= 0 and 0 < extra <= 2:  # round BT: the name's extra fields (姓 名, FAMILY GIVEN)
        return block.header[j if j <= name else max(name, j - extra)][0]
    best, score = "", 0
    for value, s, e in block.header:
        hs, he = s - block.header_start, e - block.header_start
        got = sum(
            max(0, min(he, row[j][2] - line) - max(hs, row[j][1] - line))
            for row, line in zip(block.rows, block.starts, strict=True)
        )
        if got > score:
            best, score = value, got
    return best


def _all(values: list[str], pattern: re.Pattern[str]) -> bool:
    return all(pattern.fullmatch(v) for v in values)


def _person_rows(block: _Block) -> bool:
    """Two of: a kana name column, a birth-date column, a phone column."""
    cols = [_column(block, j) for j in range(len(block.rows[0]))]
    kana = any(_all(c, _KANA) for c in cols)
    date = any(_all(c, _DATE) for c in cols)
    phone = any(_all(c, _PHONE) for c in cols)
    return kana + date + phone >= 2


def _account_columns(block: _Block) -> list[int]:
    out: list[int] = []
    person: bool | None = None
    for j in range(len(block.rows[0])):
        values = _column(block, j)
        if not all(v.isascii() and v.isdigit() for v in values):
            continue
        head = _header_of(block, j)
        if head and _AMOUNT.search(head):
            continue
        if head and _ACCOUNT.search(head) and all(6 <= len(v) <= 8 for v in values):
            out.append(j)
        elif j and all(len(v) == 7 for v in values) and _all(_column(block, j - 1), _CODE):
            person = _person_rows(block) if person is None else person
            if person:
                out.append(j)
    return out


def _birth_column(block: _Block, j: int, values: list[str]) -> bool:
    """Dates of people already born a while (years before 2010) under no header or a birth one."""
    head = _header_of(block, j) if block.header else ""
    return all(int(v[:4]) < 2010 for v in values) and (not block.header or bool(_BIRTH.search(head)))


def _person_columns(block: _Block) -> list[tuple[str, int]]:
    """(label, column) of the phone columns and the one birth-date column of person rows (a kana
    name column and a phone or date column)."""
    cols = [_column(block, j) for j in range(len(block.rows[0]))]
    if not any(_all(c, _KANA) for c in cols):
        return []
    phones = [("電話番号", j) for j, c in enumerate(cols) if _all(c, _PHONE)]
    dates = [("生年月日", j) for j, c in enumerate(cols) if _all(c, _DATE) and _birth_column(block, j, c)]
    if not phones and not dates:
        return []
    return phones + (dates if len(dates) == 1 else [])


def _pairs(text: str) -> list[Pair]:
    pairs: list[Pair] = []
    for block in _blocks(text):
        typed = [("口座番号", j) for j in _account_columns(block)] + _person_columns(block)
        for label, j in typed:
            pairs.extend(exact_pair(label, row[j][1], row[j][0]) for row in block.rows)
    pairs.sort(key=lambda p: p[2][0])
    return pairs


def record_bm_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the account cells the round-BM column typing finds in ``folded``."""
    if len(text) != len(folded):
        return []
    return offset_forms(_pairs(folded))


def _cell(text: str, start: int, end: int) -> tuple[_Block, int] | None:
    """The block and column whose cell holds ``[start, end)``."""
    for block in _blocks(text):
        if not block.rows[0][0][1] <= start <= block.rows[-1][-1][2]:
            continue
        row = bisect.bisect_right(block.starts, start) - 1  # the row whose line holds ``start``
        for j, (_, s, e) in enumerate(block.rows[row] if row >= 0 else ()):
            if s <= start and end <= e:
                return block, j
    return None


def cell_header(text: str, start: int, end: int) -> str | None:
    """The header cell over the table cell that is exactly ``[start, end)`` (round CB), None when
    the span is no whole cell of a block (``""`` under no header).

    >>> t = "NAME,TEL,TOROKU\\nA B,0312345678,20250101\\nC D,0312345679,20250102"
    >>> cell_header(t, 31, 39)
    'TOROKU'
    """
    found = _cell(text, start, end)
    if found is None:
        return None
    block, j = found
    row = bisect.bisect_right(block.starts, start) - 1
    if block.rows[row][j][1:] != (start, end):
        return None
    return _header_of(block, j)


def _row_label(text: str, start: int, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.search(line_text(text, start)[1]))


def _minority(values: list[str], check: Callable[[str], bool]) -> bool:
    """Fewer than half of ``values`` pass ``check``."""
    return 2 * sum(1 for v in values if check(v)) < len(values)


def column_vetoed(folded: str, kind: str, start: int, end: int) -> bool:
    """A value its column's type rules out: a 個人番号 / card in a column whose other cells fail
    the check, or an account / phone / 個人番号 under an amount or count header."""
    if kind not in {"JP_MY_NUMBER", "CREDIT_CARD", "JP_BANK_ACCOUNT", "PHONE_NUMBER"}:
        return False
    found = _cell(folded, start, end)
    if found is None:
        return False
    block, j = found
    head = _header_of(block, j)
    values = _column(block, j)
    if kind == "JP_MY_NUMBER" and not (_MY_NUMBER.search(head) or _row_label(folded, start, _MY_NUMBER)):
        digits = [v for v in values if v.isascii() and v.isdigit() and len(v) == 12]
        if len(values) >= 3 and len(digits) == len(values) and _minority(values, my_number_valid):
            return True
    if kind == "CREDIT_CARD" and not (_CARD.search(head) or _row_label(folded, start, _CARD)):
        if len(values) >= 3 and all(v.isascii() and v.isdigit() and 13 <= len(v) <= 19 for v in values):
            if _minority(values, luhn_ok):
                return True
    if kind == "CREDIT_CARD" or not _AMOUNT.search(head) or not _AMOUNT_VALUE.fullmatch(folded[start:end]):
        return False
    label = {"JP_MY_NUMBER": _MY_NUMBER, "JP_BANK_ACCOUNT": _ACCOUNT}.get(kind, _TEL)
    return not _row_label(folded, start, label)
