r"""One row model for delimited lines — CSV, TSV, ``|`` tables, ``／`` rosters — shared by every
rule that reads a value's row.

Three rules look at the row a value stands in: the table rewriter (:mod:`.columns`: the cells of a
row under a header row), the postal-code rule (a bare ``NNN-NNNN`` that fills a field of a row with
personal data) and the birth-date rule (a date field of a roster row with other personal data).
The label-line fallback (:mod:`.labelled_line`: a value's column header) and the card-table rule
(:mod:`.health_context`: cells under a row of card labels) read rows too. They share
:func:`line_at` (the value's line), :func:`row_separator` and :func:`split_fields` (a line's cells
with their offsets), :func:`whole_field` / :func:`row_cells` (the value fills a field; the row's
cells) and :func:`personal_field` (a cell that holds a person's data: a phone number, an e-mail
address, a residence-card number, an address). Text is expected folded (``｜``, ``，``, ``／`` are
ASCII).

Separator policy: each caller names the separators it accepts. A string of one character splits
at that character only; the row's one separator is the first of :data:`TABLE_SEPARATORS` (TAB,
``|``, ``,``) found in it (:func:`row_separator`). A compiled pattern splits at each of its
matches, so one row may mix them: :data:`ALIGNED` (TAB, ``,``, ``|``, two or more spaces, a
full-width space — columns aligned by hand). A string of several characters (:func:`whole_field`,
:func:`row_cells`) accepts a field between any of them: :data:`FIELD_SEPARATORS` (the postal
code's row), :data:`CONTACT_SEPARATORS` (the phone's); a roster row's one separator is the first
of :data:`ROSTER_SEPARATORS` it holds, else ``/`` (the birth date's). A cell's frame is not part
of it: the blanks around it (spaces, full-width spaces, TAB, the CR of a CRLF line) and one pair of
CSV quotes, or, for a caller that asks for ``loose`` cells, any spaces and quotes at either end.

>>> t = "佐藤 健,330-0063,090-1234-5678"
>>> row_cells(t, 5, 13, ",")
['佐藤 健', '330-0063', '090-1234-5678']
>>> personal_field("090-1234-5678"), personal_field("出荷済")
(True, False)
>>> split_fields("| 氏名 | 電話 |", 0, "|")
[('氏名', 2), ('電話', 7)]
>>> split_fields("記号　番号  枝番", 0, ALIGNED)
[('記号', 0), ('番号', 3), ('枝番', 7)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.places import DESIGNATED_CITIES, PREFECTURES, SPECIAL_WARDS
from govrag.text.normalization import display_width

__all__ = [
    "ADDRESS_START",
    "ALIGNED",
    "CONTACT_SEPARATORS",
    "FIELD_SEPARATORS",
    "ROSTER_SEPARATORS",
    "TABLE_SEPARATORS",
    "aligned_header_cell",
    "birth_postal_header_above",
    "block_top",
    "column_header",
    "header_row",
    "line_at",
    "line_text",
    "lines_above",
    "personal_field",
    "row_cells",
    "row_separator",
    "split_fields",
    "text_lines",
    "whole_field",
    "yaml_parent",
]

#: 都道府県 + 市区町村, or a 政令指定都市 / 特別区 (which may start an address) + a further unit
ADDRESS_START = lazy_compile(
    "(?:(?:" + "|".join(PREFECTURES) + r")[一-龥々ヶケぁ-んァ-ヴー]{1,8}?[市区町村郡]"
    "|(?:" + "|".join(DESIGNATED_CITIES) + r")[一-龥々ヶケぁ-んァ-ヴー]{1,4}?区"
    "|(?:" + "|".join(SPECIAL_WARDS) + r")[一-龥々ヶケぁ-んァ-ヴー]{1,8}?\d)"
)
#: a whole cell that is a person's phone number, residence-card number or e-mail address
_PERSONAL_CELL = lazy_compile(
    r"(?:0\d{1,4}-\d{1,4}-\d{3,4}|0[5-9]0\d{8}|[A-Z]{2}\d{8}[A-Z]{2}"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
)
_BLANK = " \u3000\r"
#: quotes around a CSV field: part of the field's frame, not of its value
_QUOTES = "\"'"
#: a loose cell's frame: any spaces, CRs and quotes at either end (a cell cut from a quoted field)
_LOOSE_FRAME = _BLANK + _QUOTES
#: the separators of a CSV, TSV or ``|`` row, one per row: the first of these found in it
TABLE_SEPARATORS = ("\t", "|", ",")
#: columns of a row aligned by hand: TAB, comma, ``|``, two or more spaces, a full-width space
ALIGNED = lazy_compile(r"\t|,|\||[ \u3000]{2,}|\u3000")
#: a whole field of a CSV, TSV, ``|`` or ``／`` row of any of these (a bare postal code's row)
FIELD_SEPARATORS = ",，|｜\t／/"
#: a contact row's fields (two phone numbers, a phone and an address)
CONTACT_SEPARATORS = ",\t|/"
#: a roster row's separators, one per row: ``|`` if it holds one, else ``/`` (folded ｜ and ／)
ROSTER_SEPARATORS = ("|", "/")


def text_lines(text: str) -> list[tuple[str, int]]:
    """``text``'s lines (split at newlines) with the offset each starts at.

    >>> text_lines("a" + chr(10) + "bc")
    [('a', 0), ('bc', 2)]
    """
    lines: list[tuple[str, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    return lines


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


def line_text(text: str, start: int) -> tuple[int, str]:
    r"""The offset where the line holding ``start`` begins, and that line (without its newline; a CR
    before it kept, as the record patterns of rounds BB–BD expect).

    >>> line_text("ab\ncd\r\nef", 4)
    (3, 'cd\r')
    """
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return a, text[a : b if b >= 0 else len(text)]


def line_above(text: str, a: int) -> tuple[int, int] | None:
    r"""Offsets ``(start, end)`` of the line before the line that starts at ``a`` (its newline
    excluded; a CR before it kept), or None when ``a`` starts the first line.

    >>> t = "見出し\n値"
    >>> line_above(t, t.index("値")), line_above(t, 0)
    ((0, 3), None)
    """
    if a == 0:
        return None
    return text.rfind("\n", 0, a - 1) + 1, a - 1


def lines_above(text: str, a: int, *, limit: int) -> Iterator[tuple[int, str]]:
    r"""``(start, line)`` of the lines above the line starting at ``a`` in its block of non-blank
    lines, nearest first, at most ``limit`` of them (a tall table's walk up stays bounded).

    >>> t = "表題⏎⏎見出し⏎行1⏎行2".replace("⏎", "\n")
    >>> list(lines_above(t, t.index("行2"), limit=5))
    [(8, '行1'), (4, '見出し')]
    """
    for _ in range(limit):
        above = line_above(text, a)
        if above is None or not text[slice(*above)].strip():
            return
        a = above[0]
        yield a, text[slice(*above)]


def block_top(text: str, start: int, end: int) -> str | None:
    r"""Round AQ: the first line of the block of non-blank lines holding ``[start, end)`` — a
    fixed-width file's header line — or None when the value's line opens the block.

    >>> t = "NO  NAME  BIRTH⏎01  ｱｲ    19800101".replace("⏎", "\n")
    >>> block_top(t, t.index("1980"), t.index("1980") + 8)
    'NO  NAME  BIRTH'
    """
    a, _ = line_at(text, start, end)
    top = None
    while (above := line_above(text, a)) is not None and text[slice(*above)].strip():
        top, a = above, above[0]
    return text[slice(*top)] if top else None


def aligned_header_cell(text: str, start: int, end: int, *, digit_run: int = 3) -> str | None:
    """The header cell nearest above ``[start, end)`` by display column in a space-aligned block
    (its first line, :func:`block_top`), or None (no header line, or one holding a run of
    ``digit_run`` digits, which is a record rather than a header)."""
    top = block_top(text, start, end)
    if top is None or re.search(r"\d{" + str(digit_run) + "}", top):
        return None
    a, _ = line_at(text, start, end)
    col = display_width(text[a:start])
    cells = [(abs(display_width(top[: m.start()]) - col), m.group()) for m in re.finditer(r"\S+", top)]
    return min(cells)[1] if cells else None



def row_separator(line: str, seps: tuple[str, ...] = TABLE_SEPARATORS) -> str | None:
    """The separator of a row: the first of ``seps`` that ``line`` holds, or None."""
    return next((sep for sep in seps if sep in line), None)


def split_fields(
    line: str, offset: int, sep: str | re.Pattern[str], *, borders: bool = True, loose: bool = False
) -> list[tuple[str, int]]:
    """Cells of ``line`` with their start offsets (plus ``offset``), split at the character ``sep``
    or at every match of the pattern ``sep``. A cell's frame is not part of it: blanks around it
    and one pair of CSV quotes, or with ``loose`` any spaces, CRs and quotes at either end (a cell
    cut from a quoted field that held the separator: ``"1234, 56"``). With ``borders`` the empty
    outer cells of a ``| a | b |`` row are no cells."""
    bounds: list[tuple[int, int]] = []
    pos = 0
    if isinstance(sep, str):
        for part in line.split(sep):
            bounds.append((pos, pos + len(part)))
            pos += len(part) + len(sep)
    else:
        for m in sep.finditer(line):
            bounds.append((pos, m.start()))
            pos = m.end()
        bounds.append((pos, len(line)))
    if borders and sep == "|" and len(bounds) > 2 and not line[slice(*bounds[0])].strip():
        if not line[slice(*bounds[-1])].strip():
            bounds = bounds[1:-1]
    cells: list[tuple[str, int]] = []
    for a, b in bounds:
        a, b = _unframed(line, a, b, loose=loose)
        cells.append((line[a:b], offset + a))
    return cells


def _unframed(line: str, a: int, b: int, *, loose: bool) -> tuple[int, int]:
    """The cell ``line[a:b]`` without its frame (see :func:`split_fields`)."""
    if loose:
        while a < b and line[a] in _LOOSE_FRAME:
            a += 1
        while b > a and line[b - 1] in _LOOSE_FRAME:
            b -= 1
        return a, b
    while a < b and line[a].isspace():
        a += 1
    while b > a and line[b - 1].isspace():
        b -= 1
    if b - a >= 2 and line[a] == line[b - 1] and line[a] in _QUOTES:  # "山田 太郎" (quoted CSV)
        a, b = a + 1, b - 1
    return a, b


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


def column_header(text: str, start: int, end: int, *, max_rows: int = 100) -> str | None:
    """The header cell of the column holding ``[start, end)``: the first line of the block of lines
    (up to ``max_rows`` above) split by the same separator into as many cells, or None (no table,
    or the value's line is the header).

    >>> t = "品番,品名⏎1234,封筒".replace("⏎", "\\n")
    >>> column_header(t, t.index("1234"), t.index("1234") + 4)
    '品番'
    """
    row = header_row(text, start, end, max_rows=max_rows)
    if row is None:
        return None
    cells, col = row
    return cells[col] if 0 <= col < len(cells) else None


def header_row(text: str, start: int, end: int, *, max_rows: int = 100) -> tuple[list[str], int] | None:
    """The header cells of the table holding ``[start, end)`` and the value's column index (see
    :func:`column_header`: the block's first line with as many separators), or None."""
    a, b = line_at(text, start, end)
    sep = row_separator(text[a:b])
    if sep is None:
        return None
    n = text.count(sep, a, b)
    top = a
    for _ in range(max_rows):
        if top == 0:
            break
        pa, pb = line_at(text, top - 1, top - 1)
        if pb == pa or text.count(sep, pa, pb) != n:
            break
        top = pa
    if top == a:
        return None
    ha, hb = line_at(text, top, top)
    cells = split_fields(text[ha:hb], ha, sep, borders=False)
    col = text.count(sep, a, start) - (1 if sep == "|" and text[a:start].lstrip().startswith("|") else 0)
    header_cols = [c for c, _ in cells]
    if sep == "|" and text[ha:hb].lstrip().startswith("|"):
        header_cols = header_cols[1:]
    return header_cols, col


def personal_field(cell: str) -> bool:
    """A cell holding a person's data: a phone number, residence-card number, e-mail address, or
    an address (都道府県 + 市区町村, a 政令市's 区, a 特別区 + 町域 + number)."""
    cell = cell.strip(_BLANK + _QUOTES)
    return _PERSONAL_CELL.fullmatch(cell) is not None or ADDRESS_START.match(cell) is not None


_YAML_KEY_ONLY = lazy_compile(r"[ \t]*[\"']?([^\s:\"']{1,40})[\"']?[ \t]*:[ \t]*")


def yaml_parent(text: str, pos: int, *, max_lines: int = 12) -> str | None:
    """Round AA: the key of the YAML mapping holding the indented line at ``pos`` (the nearest line
    above, less indented, that is a bare ``key:``), or None (no indent, or no such key line)."""
    a = text.rfind("\n", 0, pos) + 1
    line = text[a : text.find("\n", a) if text.find("\n", a) >= 0 else len(text)]
    indent = len(line) - len(line.lstrip(" \t"))
    if indent == 0:
        return None
    for above in reversed(text[: max(a - 1, 0)].split("\n")[-max_lines:] if a else []):
        if not above.strip():
            return None
        if len(above) - len(above.lstrip(" \t")) < indent:
            m = _YAML_KEY_ONLY.fullmatch(above)
            return m.group(1) if m else None
    return None


#: round AB: an OCR'd form's header line: 生年月日 then 郵便番号 (each maybe spaced), wide blanks between
_BIRTH_POSTAL_HEADER = lazy_compile(
    r"[ \t\u3000]*生[ \u3000]?年[ \u3000]?月[ \u3000]?日(?:[ \t]{2,}|\u3000+)[ \t\u3000]*"
    r"郵[ \u3000]?便[ \u3000]?番[ \u3000]?号[ \t\u3000]*"
)


def birth_postal_header_above(text: str, start: int, end: int) -> bool:
    """The nearest non-blank line above the value's line (at most four blank lines between) is a
    header naming 生年月日 and 郵便番号, the values' line below holding them in that order."""
    lines = text[: text.rfind("\n", 0, start) + 1].split("\n")[:-1][-5:]
    for line in reversed(lines):
        if line.strip():
            return _BIRTH_POSTAL_HEADER.fullmatch(line) is not None
    return False
