"""Offset-preserving character folding applied before pattern matching.

Every character maps to exactly one character, so offsets found in the folded text are offsets
in the original. Full-width ASCII becomes ASCII, the ideographic space a space, and every hyphen
or dash variant a ``-`` (the katakana prolonged mark ``ー`` only between digits). Letters an OCR
engine reads for digits (``O``/``o`` for 0, ``l``/``I`` for 1) become digits inside a number:
between two digits, or anywhere in a run of digits, hyphens and such letters that holds four
digits, fewer such letters than digits, and no other Latin letter beside it (``O6-47ll-28O3``,
``〒 O52-4418``; a residence card's own letters ``…IB`` stay). Round AE: ``S`` for 5, ``B`` for 8,
``b`` for 6 and ``Z`` for 2 likewise, but only in a run with no Latin letter beside it, and there
only strictly between two digits or in a run of eight or more digits (``B120-456731``,
``090-b612-3348``; ``S52.3.8``, ``B12-5501``, ``TZ1234567`` and hex hashes stay).

>>> fold("０３ー１２３４－５６７８　ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ")
'03-1234-5678 taro@example.jp'
>>> fold("データー")
'データー'
>>> fold("電話 O6-47ll-28O3 / 法人番号 5O12001847263 / Hello 2024 / IO12345678IB")
'電話 06-4711-2803 / 法人番号 5012001847263 / Hello 2024 / IO12345678IB'
>>> fold("B120-456731 / 090-b612-3348 / S52.3.8 / B12-5501 / TZ1234567 / 4b825dc6")
'8120-456731 / 090-6612-3348 / S52.3.8 / B12-5501 / TZ1234567 / 4b825dc6'
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile

__all__ = ["HYPHENS", "fold"]

_PROLONGED = lazy_compile(r"(?<=[0-9])ー(?=[0-9])")

#: Characters treated as hyphens in numbers (ASCII, Unicode dashes, minus, full/half-width forms).
HYPHENS = "-‐‑‒–—―−－﹣ｰ"

_TABLE: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
_TABLE[0x3000] = " "
for _h in HYPHENS:
    _TABLE[ord(_h)] = "-"


#: a number grouped with dots or middle dots (090.1234.5678, 1234・5678・9012): ten or more digits
#: in three or more groups, one separator throughout (a decimal or a short date is left alone)
_DOTTED = lazy_compile(
    r"(?<![0-9A-Za-z.・･])\d{1,6}(?P<s>[.・･])\d{1,6}(?:(?P=s)\d{1,6})+(?![0-9A-Za-z.・･])")


def _dotted(m: re.Match[str]) -> str:
    value = m.group(0)
    if sum(ch.isdigit() for ch in value) < 10:
        return value
    return value.replace(m.group("s"), "-")


#: a run of digits, hyphens and digit look-alikes (O o l I) where a look-alike touches a digit
_OCR_RUN = lazy_compile(r"[0-9OolI-]*(?:[0-9][OolI]|[OolI][0-9])[0-9OolI-]*")
_LOOKALIKE = str.maketrans("OolI", "0011")
#: a look-alike between two digits (also next to other letters: ``YA1234O567XY`` is not fixed)
_BETWEEN = lazy_compile(r"(?<=[0-9])[OolI]{1,2}(?=[0-9])")


#: round AD: a date-shaped run (1999/O3/15, 1984/l1/2O) whose month or day holds a look-alike next to
#: a separator or a digit; each part keeps at least one digit
_OCR_DATE = lazy_compile(
    r"(?<![0-9A-Za-z])(?:19|20)[0-9]{2}(?P<s>[/.-])(?=[0-9OolISBbZ]{1,2}(?P=s))(?:[0-9][OolISBbZ]|[OolISBbZ][0-9]|[0-9]{1,2})"
    r"(?P=s)(?:[0-9][OolISBbZ]|[OolISBbZ][0-9]|[0-9]{1,2})(?![0-9A-Za-z])"
)


def _ocr_date(m: re.Match[str]) -> str:
    return m.group(0).translate(_LOOKALIKE2)


def _ocr_digits(m: re.Match[str]) -> str:
    run = m.group(0)
    digits = sum(ch.isdigit() for ch in run)
    alike = sum(ch in "OolI" for ch in run)
    if not alike or digits < 2:
        return run
    text, a, b = m.string, m.start(), m.end()
    beside = (a > 0 and text[a - 1].isascii() and text[a - 1].isalpha()) or (
        b < len(text) and text[b].isascii() and text[b].isalpha()
    )
    if digits >= 4 and alike < digits and not beside:
        return run.translate(_LOOKALIKE)
    return _BETWEEN.sub(lambda x: x.group(0).translate(_LOOKALIKE), run)


#: round AE: a run of digits, hyphens and every look-alike (O o l I S B b Z) touching a digit
_OCR_RUN2 = lazy_compile(r"[0-9OolISBbZ-]*(?:[0-9][OolISBbZ]|[OolISBbZ][0-9])[0-9OolISBbZ-]*")
_LOOKALIKE2 = str.maketrans("OolISBbZ", "00115862")
_BETWEEN2 = lazy_compile(r"(?<=[0-9])[OolISBbZ]{1,2}(?=[0-9])")


def _ocr_digits2(m: re.Match[str]) -> str:
    run = m.group(0)
    text, a, b = m.string, m.start(), m.end()
    if (a > 0 and text[a - 1].isascii() and text[a - 1].isalpha()) or (
        b < len(text) and text[b].isascii() and text[b].isalpha()
    ):
        return run
    digits = sum(ch.isdigit() for ch in run)
    alike = len(run) - digits - run.count("-")
    if digits >= 8 and alike <= 2:
        return run.translate(_LOOKALIKE2)
    return _BETWEEN2.sub(lambda x: x.group(0).translate(_LOOKALIKE2), run)


#: round AG: an arrow between a 記号 / 番号 label and its value (記号→4102、番号 → 77) is the label's colon
_ARROW_LABEL = lazy_compile(r"(?<=記号|番号)([ \t]*)→")


def fold(text: str) -> str:
    """Fold ``text`` for matching; ``len(fold(t)) == len(t)`` always.

    >>> fold("090.1234.5678 / 1.5 / 2026.12.03 / 1234・5678・9012")
    '090-1234-5678 / 1.5 / 2026.12.03 / 1234-5678-9012'
    """
    out = text.translate(_TABLE)
    if any(ch in out for ch in "OolI"):
        out = _OCR_RUN.sub(_ocr_digits, out)
    if any(ch in out for ch in "SBbZ"):
        out = _OCR_RUN2.sub(_ocr_digits2, out)
    if any(ch in out for ch in "OolISBbZ"):
        out = _OCR_DATE.sub(_ocr_date, out)
    if "." in out or "・" in out or "･" in out:
        out = _DOTTED.sub(_dotted, out)
    if "→" in out:
        out = _ARROW_LABEL.sub(lambda m: m.group(1) + "：", out)
    if "ー" not in out:
        return out
    return _PROLONGED.sub("-", out)
