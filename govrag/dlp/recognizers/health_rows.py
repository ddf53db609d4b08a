"""Round Z: health-insurance values in headerless rows of a health-check target list, after a bare
保険者 label, and the 事業所整理記号 shape (an employer's code, never a card's).

A 特定健診 / 保健指導 target list written without a header row: each row is insurer number (6 or 8
digits) | 記号 (a place name and digits, or digits) | 番号 | name | date. Its first three cells are
card values when at least two rows of that shape stand together under a heading line that names a
health-insurance context (特定健診, 保健指導, 被保険者, 保険証, レセプト …). A generic numeric table
under another heading is no card list.

>>> t = "特定健診 対象者\\n06130018|北3|2207|氏名|1960/01/02\\n06130018|北3|2208|氏名|1961/02/03"
>>> health_list_row(t, t.index("北3"), t.index("北3") + 2)
True
>>> health_list_row(t.replace("特定健診", "在庫"), t.index("北3"), t.index("北3") + 2)
False
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.rows import line_at

__all__ = ["BARE_INSURER", "LIST_CELL", "employer_code", "health_list_row"]

_SEP = r"[ \t\u3000]*([|,，])[ \t\u3000]*"
#: insurer | 記号 | 番号 | a name (no digits) | a later cell holding digits (the date)
_LIST_ROW = lazy_compile(
    r"[ \t\u3000|]*(?:\d{6}|\d{8})" + _SEP + r"(?:[一-龥々]{1,4}\d{1,4}|\d{1,8})[ \t\u3000]*\1[ \t\u3000]*"
    r"\d{1,8}[ \t\u3000]*\1[ \t\u3000]*[^\d|,，\n]{1,20}?[ \t\u3000]*\1[^\n]*\d"
)
_LIST_HEADING = lazy_compile(
    r"特定健診|特定健康診査|保健指導|健診|被保険者|保険証|レセプト|国保|保険者|資格確認"
)
#: a cell-shaped value between separators (one of a list row's first three cells)
LIST_CELL = r"(?m)(?:^|(?<=[|,，]))[ \t\u3000]*(?P<v>[一-龥々]{1,4}\d{1,4}|\d{1,8})(?=[ \t\u3000]*[|,，])"
#: round Z: an insurer number after a bare 保険者 label (not 被保険者, not 保険者番号: its own pattern)
BARE_INSURER = r"(?<![一-龥])保険者(?!番号)[ \t\u3000]*[:：]?[ \t\u3000]*(?P<v>\d{8}|\d{6})(?![0-9])"
#: 事業所整理記号 (two digits, katakana, digits): the employer's code on social-insurance forms
_EMPLOYER_CODE = lazy_compile(
    r"(?:事業所)?整理記号[ \t\u3000]*[:：]?[ \t\u3000]*\d{1,3}[-－ー]?[ァ-ヴ]{1,6}[-－ー]?\d{0,8}"
    # round AF: an employer's 事業所記号 / 事業所番号 (its office code, not a card's 記号 / 番号)
    r"|事業所(?:記号|番号)[ \t\u3000]*[:：]?[ \t\u3000]*[0-9A-Zァ-ヴ][0-9A-Zァ-ヴ\-－ー]{0,11}"
)


def _line(text: str, a: int) -> tuple[int, int]:
    return line_at(text, a, a)


def _is_row(text: str, a: int, b: int) -> bool:
    return _LIST_ROW.match(text, a, b) is not None


def health_list_row(text: str, start: int, end: int) -> bool:
    """``[start, end)`` is one of the first three cells of a target-list row (see the module
    docstring): a neighbour row of the same shape, a health-insurance heading above the block."""
    a, b = line_at(text, start, end)
    m = _LIST_ROW.match(text, a, b)
    if m is None:
        return False
    sep = m.group(1)
    lead = 1 if text[a:start].lstrip(" \t\u3000").startswith("|") else 0
    if text.count(sep, a, start) - lead > 2:
        return False
    top, rows = a, 1
    while top > 0:
        pa, pb = _line(text, top - 1)
        if not _is_row(text, pa, pb):
            break
        top, rows = pa, rows + 1
    below = b + 1
    if below < len(text):
        na, nb = _line(text, below)
        rows += _is_row(text, na, nb)
    if rows < 2 or top == 0:
        return False
    ha, hb = _line(text, top - 1)
    return _LIST_HEADING.search(text, ha, hb) is not None


def employer_code(text: str, start: int, end: int) -> bool:
    """``[start, end)`` lies inside a 事業所整理記号 / 事業所記号 / 事業所番号 value (an employer's code)."""
    a, b = line_at(text, start, end)
    return any(m.start() <= start and end <= m.end() for m in _EMPLOYER_CODE.finditer(text, a, b))
