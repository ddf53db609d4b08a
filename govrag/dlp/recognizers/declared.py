r"""Round AF: values whose labels a line declares once for the rows or blocks below it.

Three layouts are rewritten as form lines (:class:`~govrag.dlp.recognizers.columns.ColumnForm`,
``label：value``) and scanned again by the engine:

* **declared pipe order** — a line ``(fixed order: date|kana|kiso|koza)`` and pipe-separated rows
  below with as many cells: each cell under its romaji key's label (kiso → 基礎年金番号, koza →
  口座番号; unknown keys stay themselves);
* **item-order blocks** — ``項目順：氏名／個人番号／基礎年金番号（2人目は生年月日も）`` and blocks
  below opened by rule lines (─────) or ``N人目`` lines: each block's value lines by position, one
  extra trailing line labelled by the note (生年月日も) in the block it names;
* **memo bullets** — ``・生 S39.4.27``: 生 alone as a bullet's label before a lone value.

>>> pipe_forms("(fixed order: date|kiso)\n2025-03-04|4120-883417")[0].text
'date：2025-03-04\n基礎年金番号：4120-883417'
>>> bullet_forms("・生 H3.2.19")[0].text
'生年月日：H3.2.19'
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, pairs_form
from govrag.dlp.recognizers.keyed import key_label
from govrag.dlp.recognizers.rows import text_lines

__all__ = ["block_forms", "bullet_forms", "pipe_forms"]

_MAX_ROWS = 5000




def _trimmed(cell: str, offset: int) -> tuple[str, int]:
    lead = len(cell) - len(cell.lstrip(" \t\u3000"))
    return cell.strip(" \t\u3000"), offset + lead


_ORDER = lazy_compile(
    r"(?i)[(（][^)）\n]{0,20}?order[ \t]*[:：][ \t]*"
    r"(?P<keys>[A-Za-z_]+(?:[ \t]*\|[ \t]*[A-Za-z_]+)+)[ \t]*[)）]"
)


def pipe_forms(text: str) -> list[ColumnForm]:
    """Pipe rows under a line declaring their romaji field order (see the module docstring)."""
    if "order" not in text.lower() or "|" not in text:
        return []
    lines = text_lines(text)
    forms: list[ColumnForm] = []
    for k, (line, _) in enumerate(lines):
        m = _ORDER.search(line)
        if m is None:
            continue
        keys = [x.strip() for x in m.group("keys").split("|")]
        labels = [key_label(x) or x for x in keys]
        if labels == keys:
            continue  # no key names personal data
        for row, offset in lines[k + 1 : k + 1 + _MAX_ROWS]:
            cells = row.split("|")
            if len(cells) != len(keys):
                break
            pairs: list[tuple[str, str, int]] = []
            pos = offset
            for label, cell in zip(labels, cells, strict=True):
                value, at = _trimmed(cell, pos)
                pairs.append((label, value, at))
                pos += len(cell) + 1
            form = pairs_form(pairs)
            if form is not None:
                forms.append(form)
    return forms


_ITEMS = lazy_compile(
    r"^[ \t\u3000]*項目(?:順|の順)[ \t\u3000]*[:：][ \t\u3000]*"
    r"(?P<items>[^（(\n]+)(?P<note>[（(][^）)\n]*[）)])?"
)
_ITEM_SPLIT = lazy_compile(r"[ \t\u3000]*[／/、,][ \t\u3000]*")
_NOTE = lazy_compile(r"[（(](?:(?P<n>[0-9０-９]+)人目[はの]?)?(?P<label>[^）)も]{2,12})も[）)]")
_RULE = lazy_compile(r"[ \t\u3000]*[─━―\-=＝]{3,}[ \t\u3000]*")
_NTH = lazy_compile(r"[ \t\u3000]*(?P<n>[0-9０-９]+)(?:人目|件目|人め)[ \t\u3000]*")


def _blocks(lines: list[tuple[str, int]]) -> list[tuple[int, list[tuple[str, int]]]]:
    """The value blocks below an item-order line: (block number, value lines)."""
    blocks: list[tuple[int, list[tuple[str, int]]]] = []
    current: list[tuple[str, int]] | None = None
    for line, offset in lines[:_MAX_ROWS]:
        nth = _NTH.fullmatch(line)
        if _RULE.fullmatch(line) or nth is not None:
            if current is None or current:
                current = []
                number = int(nth.group("n")) if nth is not None else len(blocks) + 1
                blocks.append((number, current))
            elif nth is not None:
                blocks[-1] = (int(nth.group("n")), current)
            continue
        if current is None:
            return []  # no rule or 人目 line right under the item line
        if line.strip(" \t\u3000"):
            current.append(_trimmed(line, offset))
    return [b for b in blocks if b[1]]


def block_forms(text: str) -> list[ColumnForm]:
    """Person blocks under an item-order line (see the module docstring)."""
    if "項目" not in text:
        return []
    lines = text_lines(text)
    forms: list[ColumnForm] = []
    for k, (line, _) in enumerate(lines):
        m = _ITEMS.match(line)
        if m is None:
            continue
        items = [x for x in _ITEM_SPLIT.split(m.group("items").strip(" \t\u3000")) if x]
        note = _NOTE.search(m.group("note") or "")
        for number, values in _blocks(lines[k + 1 :]):
            labels = list(items)
            if note is not None and (note.group("n") is None or int(note.group("n")) == number):
                labels.append(note.group("label"))
            if len(values) != len(labels) and len(values) != len(items):
                continue
            form = pairs_form([(lab, v, o) for lab, (v, o) in zip(labels, values, strict=False)])
            if form is not None:
                forms.append(form)
    return forms


_BULLET = lazy_compile(
    r"^[ \t\u3000]*[・･•\-*][ \t\u3000]*生[ \t\u3000]*[:：]?[ \t\u3000]*(?P<v>[0-9A-Za-z０-９][^\s（(]{3,15})"
    r"[ \t\u3000]*(?:[（(][^）)\n]{0,12}[）)])?[ \t\u3000]*$",
    re.MULTILINE,
)


def bullet_forms(text: str) -> list[ColumnForm]:
    """Memo bullets labelled by 生 alone (``・生 S39.4.27``) as 生年月日 forms."""
    if "生" not in text:
        return []
    forms: list[ColumnForm] = []
    for m in _BULLET.finditer(text):
        form = pairs_form([("生年月日", m.group("v"), m.start("v"))])
        if form is not None:
            forms.append(form)
    return forms
