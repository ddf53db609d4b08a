r"""Round BT: record columns typed by their header when the rows and the header split differently.

Round BM types a column from its cells and maps a header word onto a column only when the header and
the rows split into as many fields (or by their overlap in whitespace layouts). Round BT anchors the
rows on their header instead:

* a header line (words, not numbers) and the rows below it, split by tab, pipe, `` / ``, comma or
  runs of whitespace; in a whitespace layout a row with more fields than the header has its extra
  fields inside the person-name column (氏名 / NAME / フリガナ …: a kanji surname and given name,
  romaji FAMILY GIVEN), so the fields before the name map by position and those after it from the
  right;
* a header word types its column through the vocabulary it shares with round BM (headers.py,
  round CV): 被保険者番号 / 保険証番号 (insurance), PENSION / NENKIN / 年金番号, ACCOUNT / ACCT /
  KOZA / 口座 / 振込口座番号, TEL / 電話 / 携帯 / 連絡先 (phone-shaped cells only); and 記号 then 番号
  after a name column in an insurance text (each value its own span);
* a header word that says a column is not personal (RCVNO, 受付番号, REC; round BM's amount and
  count words: AMOUNT, 金額, 件数, 残高 …; No, 連番, 番号 in the first column)
  vetoes a plain-digit cell read as a postal code, an insurance number or an account; a value a typed
  column reads as one type is not also another (a pension column cell starting with 0 is no phone);
* with or without a header, a column whose cells are mostly hyphenated phones has its bare 10 / 11
  digit cells starting with 0 read as phones too.

Vetoes fail closed: they drop only plain-digit cells, never a value whose row carries a label of its
type (〒, 口座, 電話 …), and a typed cell is vetoed as another type only when the header types it.

>>> text = "RCVNO NAME ACCOUNT\n1234567 ﾔﾏﾀﾞ ﾊﾅｺ 7654321\n1234568 ｻﾄｳ ｼﾞﾛｳ 7654322"
>>> record_bt_forms(text, text)[0].text.splitlines()
['口座番号：7654321', '口座番号：7654322']
>>> header_vetoed(text, "JP_POSTAL_CODE", 19, 26)
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms
from govrag.dlp.recognizers.headers import AMOUNT_HEAD, header_label
from govrag.dlp.recognizers.headers import NAME_HEAD as _NAME
from govrag.dlp.recognizers.records_bm import _blocks as bm_blocks
from govrag.dlp.recognizers.rows import line_text

__all__ = ["header_vetoed", "record_bt_forms", "typed_as"]

#: a field with its absolute [start, end)
Field = tuple[str, int, int]

_WS = lazy_compile(r"\S+")
_NOT_PERSONAL = lazy_compile(
    r"(?i)^(?:rec|rcpt|rcv_?no|rcvno|rec_?no|uketsuke(?:_?no)?|受付番号|受付no|整理番号)$"
)
#: a row-number header: not personal in the first column only (``NO`` elsewhere may be an account's)
_ROW_NUMBER = lazy_compile(r"(?i)^(?:no\.?|#|seq|連番|番号)$")
_KIGO = lazy_compile(r"(?i)^(?:記号|kigo)$")
_BANGO = lazy_compile(r"(?i)^(?:番号|bango)$")
_INSURANCE_TEXT = lazy_compile(r"保険|被保険者")
_HYPHEN_PHONE = lazy_compile(r"0\d{1,4}-\d{1,4}-\d{4}")
_BARE_PHONE = lazy_compile(r"0\d{9,10}")
_DIGITS = lazy_compile(r"\d+")
#: what a typed column's cells must look like, and the label the rescan reads them under
_SHAPES: dict[str, re.Pattern[str]] = {
    "被保険者番号": lazy_compile(r"\d{6,10}"),
    "被保険者証の記号": lazy_compile(r"\d{1,8}"),
    "被保険者証の番号": lazy_compile(r"\d{1,8}"),
    "基礎年金番号": lazy_compile(r"\d{10}|\d{4}-\d{6}"),
    "口座番号": lazy_compile(r"\d{6,8}"),
    "電話番号": lazy_compile(r"0\d{1,4}-\d{1,4}-\d{4}|0\d{9,10}"),
}
#: row labels that keep a value of each type however its header reads
_ROW_LABELS: dict[str, re.Pattern[str]] = {
    "JP_POSTAL_CODE": lazy_compile(r"〒|郵便|postal|zip"),
    "JP_HEALTH_INSURANCE": lazy_compile(r"保険|記号|被保険者"),
    "JP_BANK_ACCOUNT": lazy_compile(r"(?i)口座|account|acct"),
    "PHONE_NUMBER": lazy_compile(r"(?i)電話|携帯|tel|phone"),
}
#: the entity type each label stands for
_KIND = {
    "被保険者番号": "JP_HEALTH_INSURANCE",
    "被保険者証の記号": "JP_HEALTH_INSURANCE",
    "被保険者証の番号": "JP_HEALTH_INSURANCE",
    "基礎年金番号": "JP_PENSION_NUMBER",
    "口座番号": "JP_BANK_ACCOUNT",
    "電話番号": "PHONE_NUMBER",
}
_NOT = "-"


def _split(line: str, offset: int, sep: str) -> tuple[Field, ...]:
    """The stripped fields of ``line`` split by ``sep`` (``" "``: runs of whitespace)."""
    if sep == " ":
        return tuple((m.group(), offset + m.start(), offset + m.end()) for m in _WS.finditer(line))
    out: list[Field] = []
    pos = 0
    for part in line.split(sep):
        lead = len(part) - len(part.lstrip())
        value = part.strip()
        if value or sep != "|":
            out.append((value, offset + pos + lead, offset + pos + lead + len(value)))
        pos += len(part) + len(sep)
    return tuple(out)


def _sep(line: str) -> str:
    if "\t" in line:
        return "\t"
    if line.count("|") >= 2:
        return "|"
    if line.count(" / ") >= 2:
        return " / "
    return "," if line.count(",") >= 2 else " "


def _is_header(cells: tuple[Field, ...]) -> bool:
    return len(cells) >= 2 and not any(any(ch.isdigit() for ch in c[0]) for c in cells)


def _anchor(row: tuple[Field, ...], width: int, name: int) -> tuple[Field, ...] | None:
    """``row`` as ``width`` fields: extra fields merged into the name column ``name``."""
    extra = len(row) - width
    if extra == 0:
        return row
    if extra < 0 or extra > 2 or name < 0:
        return None
    merged = (row[name][0], row[name][1], row[name + extra][2])
    return (*row[:name], merged, *row[name + extra + 1 :])


def _header_types(header: tuple[Field, ...], insurance: bool) -> list[str]:
    """The label (or ``_NOT``, or ``""``) each header word gives its column."""
    words = [c[0] for c in header]
    named = any(_NAME.match(w) for w in words)
    out: list[str] = []
    for j, w in enumerate(words):
        typed = header_label(w)
        if typed:
            out.append(typed)
        elif named and insurance and _KIGO.match(w) and j + 1 < len(words) and _BANGO.match(words[j + 1]):
            out.append("被保険者証の記号")
        elif named and insurance and j and _BANGO.match(w) and _KIGO.match(words[j - 1]):
            out.append("被保険者証の番号")
        else:
            row_number = j == 0 and _ROW_NUMBER.match(w)
            not_personal = _NOT_PERSONAL.match(w) or AMOUNT_HEAD.search(w)
            out.append(_NOT if not_personal or row_number else "")
    return out


def _typed_block(text: str, lines: list[tuple[str, int]], i: int) -> tuple[dict[tuple[int, int], str], int]:
    """The typed cells of the block under header line ``i``, and the index after its rows."""
    line, offset = lines[i]
    sep = _sep(line)
    header = _split(line, offset, sep)
    if not _is_header(header):
        return {}, i + 1
    name = next((j for j, c in enumerate(header) if _NAME.match(c[0])), -1)
    rows: list[tuple[Field, ...]] = []
    k = i + 1
    split = False  # rows wider than the header with no name column: only the first column is sure
    while k < len(lines) and _sep(lines[k][0]) == sep:
        fields = _split(lines[k][0], lines[k][1], sep)
        row = _anchor(fields, len(header), (name if name >= 0 else 1) if sep == " " else -1)
        if row is None or _is_header(row):
            break
        split = split or (name < 0 and len(fields) > len(header))
        rows.append(row)
        k += 1
    if len(rows) < 2:
        return {}, i + 1
    types = _header_types(
        header, bool(_INSURANCE_TEXT.search(text, max(0, offset - 300), offset + len(line)))
    )
    if split:
        types = [t if j == 0 and t == _NOT else "" for j, t in enumerate(types)]
    cells: dict[tuple[int, int], str] = {}
    for j, label in enumerate(types):
        values = [row[j] for row in rows]
        if label == _NOT:
            cells.update({(s, e): _NOT for v, s, e in values if _DIGITS.fullmatch(v)})
        elif label and all(_SHAPES[label].fullmatch(v) for v, _s, _e in values if v):
            cells.update({(s, e): label for v, s, e in values if v})
    return cells, k


def _phone_column_cells(text: str) -> dict[tuple[int, int], str]:
    """Bare 0-led 10 / 11 digit cells in a column whose cells are mostly hyphenated phones."""
    cells: dict[tuple[int, int], str] = {}
    for block in bm_blocks(text):
        for j in range(len(block.rows[0])):
            column = [row[j] for row in block.rows]
            hyphen = sum(1 for v, _s, _e in column if _HYPHEN_PHONE.fullmatch(v))
            bare = [(v, s, e) for v, s, e in column if _BARE_PHONE.fullmatch(v)]
            if bare and hyphen >= 2 and 2 * hyphen > len(column) and hyphen + len(bare) == len(column):
                cells.update({(s, e): "電話番号" for _v, s, e in bare})
    return cells


@lru_cache(maxsize=8)
def _typed(text: str) -> dict[tuple[int, int], str]:
    """Every typed cell of ``text``: (start, end) -> its label or ``_NOT`` (computed once a text)."""
    lines: list[tuple[str, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    cells: dict[tuple[int, int], str] = {}
    i = 0
    while i < len(lines):
        found, i = _typed_block(text, lines, i)
        cells.update(found)
    for key, label in _phone_column_cells(text).items():
        cells.setdefault(key, label)
    return cells


def record_bt_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the cells the round-BT header typing finds in ``folded``."""
    if len(text) != len(folded):
        return []
    pairs: list[Pair] = [
        exact_pair(label, s, folded[s:e]) for (s, e), label in sorted(_typed(folded).items()) if label != _NOT
    ]
    return offset_forms(pairs)


def typed_as(folded: str, start: int, end: int, kind: str) -> bool:
    """Whether a header types the cell ``[start, end)`` as ``kind``."""
    label = _typed(folded).get((start, end))
    return label is not None and label != _NOT and _KIND[label] == kind


def header_vetoed(folded: str, kind: str, start: int, end: int) -> bool:
    """A plain-digit cell its header rules out as ``kind``: under a not-personal header (No,
    RCVNO, AMOUNT …) as a postal code / insurance / account, or typed by its header as another type
    (a pension cell as a phone); a row label of ``kind`` keeps it."""
    label = _typed(folded).get((start, end))
    if label is None or not _DIGITS.fullmatch(folded[start:end]):
        return False
    if label == _NOT and kind == "PHONE_NUMBER":
        return False
    if label != _NOT and _KIND[label] == kind:
        return False
    row_label = _ROW_LABELS.get(kind)
    return not (row_label and row_label.search(line_text(folded, start)[1]))
