"""Offset-preserving character folding applied before pattern matching.

Every character maps to exactly one character, so offsets found in the folded text are offsets
in the original. Full-width ASCII becomes ASCII, the ideographic space a space, and every hyphen
or dash variant a ``-`` (the katakana prolonged mark ``ー`` only between digits).

>>> fold("０３ー１２３４－５６７８　ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ")
'03-1234-5678 taro@example.jp'
>>> fold("データー")
'データー'
"""

from __future__ import annotations

import re

__all__ = ["HYPHENS", "fold"]

_PROLONGED = re.compile(r"(?<=[0-9])ー(?=[0-9])")

#: Characters treated as hyphens in numbers (ASCII, Unicode dashes, minus, full/half-width forms).
HYPHENS = "-‐‑‒–—―−－﹣ｰ"

_TABLE: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_TABLE[0x3000] = " "
for _h in HYPHENS:
    _TABLE[ord(_h)] = "-"


#: a number grouped with dots or middle dots (090.1234.5678, 1234・5678・9012): ten or more digits
#: in three or more groups, one separator throughout (a decimal or a short date is left alone)
_DOTTED = re.compile(r"(?<![0-9A-Za-z.・･])\d{1,6}(?P<s>[.・･])\d{1,6}(?:(?P=s)\d{1,6})+(?![0-9A-Za-z.・･])")


def _dotted(m: re.Match[str]) -> str:
    value = m.group(0)
    if sum(ch.isdigit() for ch in value) < 10:
        return value
    return value.replace(m.group("s"), "-")


def fold(text: str) -> str:
    """Fold ``text`` for matching; ``len(fold(t)) == len(t)`` always.

    >>> fold("090.1234.5678 / 1.5 / 2026.12.03 / 1234・5678・9012")
    '090-1234-5678 / 1.5 / 2026.12.03 / 1234-5678-9012'
    """
    out = text.translate(_TABLE)
    if "." in out or "・" in out or "･" in out:
        out = _DOTTED.sub(_dotted, out)
    if "ー" not in out:
        return out
    return _PROLONGED.sub("-", out)
