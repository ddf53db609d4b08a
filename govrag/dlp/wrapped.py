"""Values wrapped onto the next line (a form cell cut by OCR or a narrow column).

「免許証番号：4412⏎03567890」, 「電話番号⏎03-5253-⏎4111」: the two halves of a value stand on two
lines. :func:`wrapped_joins` gives, for each line break inside a digit run that looks cut
(the line ends in a hyphen, or in a short digit run after a label; the next line starts with
digits), the two lines joined without that break, with the line above in front (a form's label
line); the engine scans them and keeps only findings that cross the removed break, so nothing
else changes. Table rows (``,``, tab, ``|``) are left to the column pass.

>>> [j.text for j in wrapped_joins("免許証番号：4412\\n03567890")]
['免許証番号：441203567890']
>>> [j.text for j in wrapped_joins("電話番号\\n03-5253-\\n4111")]
['電話番号\\n03-5253-4111']
>>> wrapped_joins("1,2\\n3,4")
[]
"""

from __future__ import annotations

from dataclasses import dataclass

from govrag._lazy import lazy_compile

__all__ = ["Join", "wrapped_joins"]

#: the end of a cut line: a hyphen after a digit, or a label then at most eight digits
_CUT_END = lazy_compile(r"(?:\d\s*[-－]|(?:^|[^\d\s,.\-/:：]|[:：])\s*\d(?:[ -]?\d){0,7})[ \u3000]*$")
#: the start of its continuation: digits (the rest of the value), nothing before them but spaces
_CONT_START = lazy_compile(r"[ \u3000]*\d")
_TABLE = lazy_compile(r"[,\t|]")
#: at most this many joins per text (a long list of numbers is no form)
_MAX_JOINS = 2000


@dataclass(frozen=True, slots=True)
class Join:
    """Two lines joined: ``text``, the original offset of each of its characters (``chars``) and
    the position in ``text`` where the removed line break was (``at``)."""

    text: str
    chars: tuple[int, ...]
    at: int

    def to_original(self, start: int, end: int) -> tuple[int, int] | None:
        """Original offsets of a span ``[start, end)`` that crosses the join, else None."""
        if not start < self.at < end:
            return None
        return self.chars[start], self.chars[end - 1] + 1


def wrapped_joins(text: str) -> list[Join]:
    """Every cut value's two lines joined (with the line above), in text order."""
    if "\n" not in text:
        return []
    joins: list[Join] = []
    lines = text.split("\n")
    pos = 0
    above = -1  # start of the previous line
    for k, line in enumerate(lines[:-1]):
        nxt = lines[k + 1]
        if _cut(line, nxt) and len(joins) < _MAX_JOINS:
            nxt_start = pos + len(line) + 1
            head_start = above if above >= 0 and lines[k - 1].strip() else pos
            head = text[head_start : pos + len(line)]
            chars = tuple(range(head_start, pos + len(line))) + tuple(range(nxt_start, nxt_start + len(nxt)))
            joins.append(Join(head + nxt, chars, len(head)))
        above = pos
        pos += len(line) + 1
    return joins


#: round U: a postal code alone on the line after an address's number (「…4番地1⏎950-8570」) is
#: the address block's next field, not the rest of a cut value
_ADDRESS_END = lazy_compile(r"(?:番地|番|号|丁目)[ \u3000]*\d{1,4}[ \u3000]*$")
_POSTAL_LINE = lazy_compile(r"[ \u3000]*\d{3}-\d{4}[ \u3000\r]*")
#: round BX: nor is a whole hyphenated phone number alone on the line after an address's block number
#: (「…本町2-3-4⏎047-331-2280」: a signature's next line)
_BLOCK_END = lazy_compile(r"[一-龥々ヶ][^\n]*?\d{1,5}(?:[-－]\d{1,5}){1,3}[ \u3000]*$")
_PHONE_LINE = lazy_compile(r"[ \u3000]*0\d{1,4}-\d{1,4}-\d{4}[ \u3000\r]*")


def _cut(line: str, nxt: str) -> bool:
    if _POSTAL_LINE.fullmatch(nxt) and _ADDRESS_END.search(line):
        return False
    if _PHONE_LINE.fullmatch(nxt) and (_ADDRESS_END.search(line) or _BLOCK_END.search(line)):
        return False
    return (
        _CUT_END.search(line) is not None
        and _CONT_START.match(nxt) is not None
        and _TABLE.search(line) is None
        and _TABLE.search(nxt) is None
    )
