r"""One row model for delimited lines — CSV, TSV, ``|`` tables, ``／`` rosters — shared by every
rule that reads a value's row.

Three rules look at the row a value stands in: the table rewriter (:mod:`.columns`: the cells of a
row under a header row), the postal-code rule (a bare ``NNN-NNNN`` that fills a field of a row with
personal data) and the birth-date rule (a date field of a roster row with other personal data).
They share :func:`line_at` (the value's line), :func:`split_fields` (a line's cells with their
offsets), :func:`whole_field` / :func:`row_cells` (the value fills a field; the row's cells) and
:func:`personal_field` (a cell that holds a person's data: a phone number, an e-mail address, a
residence-card number, an address). Text is expected folded (``｜``, ``，``, ``／`` are ASCII).

>>> t = "佐藤 健,330-0063,090-1234-5678"
>>> row_cells(t, 5, 13, ",")
['佐藤 健', '330-0063', '090-1234-5678']
>>> personal_field("090-1234-5678"), personal_field("出荷済")
(True, False)
>>> split_fields("| 氏名 | 電話 |", 0, "|")
[('氏名', 2), ('電話', 7)]
"""

from __future__ import annotations

import re

from govrag.dlp.recognizers.places import DESIGNATED_CITIES, PREFECTURES, SPECIAL_WARDS

__all__ = ["ADDRESS_START", "line_at", "personal_field", "row_cells", "split_fields", "whole_field"]

#: 都道府県 + 市区町村, or a 政令指定都市 / 特別区 (which may start an address) + a further unit
ADDRESS_START = re.compile(
    "(?:(?:" + "|".join(PREFECTURES) + r")[一-龥々ヶケぁ-んァ-ヴー]{1,8}?[市区町村郡]"
    "|(?:" + "|".join(DESIGNATED_CITIES) + r")[一-龥々ヶケぁ-んァ-ヴー]{1,4}?区"
    "|(?:" + "|".join(SPECIAL_WARDS) + r")[一-龥々ヶケぁ-んァ-ヴー]{1,8}?\d)"
)
#: a whole cell that is a person's phone number, residence-card number or e-mail address
_PERSONAL_CELL = re.compile(
    r"(?:0\d{1,4}-\d{1,4}-\d{3,4}|0[5-9]0\d{8}|[A-Z]{2}\d{8}[A-Z]{2}"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
)
_BLANK = " \u3000\r"
#: quotes around a CSV field: part of the field's frame, not of its value
_QUOTES = "\"'"


def line_at(text: str, start: int, end: int, *, limit: int | None = None) -> tuple[int, int]:
    """Offsets ``(a, b)`` of the line holding ``[start, end)`` (without a CR before its newline),
    at most ``limit`` characters either side of the value when given."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    if b > a and text[b - 1] == "\r":
        b -= 1
    if limit is not None:
        a, b = max(a, start - limit), min(b, end + limit)
    return a, b


def split_fields(line: str, offset: int, sep: str, *, borders: bool = True) -> list[tuple[str, int]]:
    """Stripped cells of ``line`` (without the quotes of a quoted CSV field) with their original
    start offsets; with ``borders`` the empty outer cells of a ``| a | b |`` row are no cells."""
    cells: list[tuple[str, int]] = []
    pos = 0
    parts = line.split(sep)
    if borders and sep == "|" and len(parts) > 2 and not parts[0].strip() and not parts[-1].strip():
        pos = len(parts[0]) + 1
        parts = parts[1:-1]
    for part in parts:
        lead = len(part) - len(part.lstrip())
        cell = part.strip()
        if len(cell) >= 2 and cell[0] == cell[-1] and cell[0] in _QUOTES:  # "山田 太郎" (quoted CSV)
            cell, lead = cell[1:-1], lead + 1
        cells.append((cell, offset + pos + lead))
        pos += len(part) + 1
    return cells


def whole_field(text: str, start: int, end: int, seps: str, *, limit: int = 200) -> str | None:
    """The separator (one of ``seps``) that delimits ``[start, end)`` as a whole field of its line
    ("" for a line holding the value alone), or None when the value shares a field."""
    a, b = line_at(text, start, end, limit=limit)
    before, after = text[a:start].rstrip(_BLANK + _QUOTES), text[end:b].lstrip(_BLANK + _QUOTES)
    if not (before == "" or before[-1] in seps) or not (after == "" or after[0] in seps):
        return None
    return (before[-1:] or after[:1]) if (before or after) else ""


def row_cells(text: str, start: int, end: int, seps: str) -> list[str] | None:
    """The cells of the row in which ``[start, end)`` is a whole field, split by the separator
    around it, or None (not a whole field, or a line with no separator)."""
    sep = whole_field(text, start, end, seps)
    if not sep:
        return None
    a, b = line_at(text, start, end, limit=200)
    return [c for c, _ in split_fields(text[a:b], a, sep, borders=False)]


def personal_field(cell: str) -> bool:
    """A cell holding a person's data: a phone number, residence-card number, e-mail address, or
    an address (都道府県 + 市区町村, a 政令市's 区, a 特別区 + 町域 + number)."""
    cell = cell.strip(_BLANK + _QUOTES)
    return _PERSONAL_CELL.fullmatch(cell) is not None or ADDRESS_START.match(cell) is not None
