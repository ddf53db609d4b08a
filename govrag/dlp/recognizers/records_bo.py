r"""Round BO: half-width kana birth labels, event dates and record ids of glued person rows, and
birth dates of animals.

1. **half-width kana labels** (:func:`record_bo_forms`): a kana name after ``ﾌﾘｶﾞﾅ`` / ``ｼﾒｲ`` /
   ``ﾎｺﾞｼｬ`` and ``:`` or ``=`` is rewritten as ``フリガナ：<name>``; the birth labels
   ``ｾｲﾈﾝｶﾞｯﾋﾟ`` (also ``ｾｲﾈﾝｶﾞﾂﾋﾟ``, a blank inside, ``ﾀﾝｼﾞｮｳﾋﾞ``) then ``:`` / ``=`` / blanks
   and a value: a six-digit ``YYMMDD`` (a valid past date, its century the latest that is not in
   the future) is rewritten as ``生年月日：YYYY年MM月DD日``; any other value (eight digits,
   ``H02.11.28`` …) as ``生年月日：<value>`` for the birth-date recognizer to decide on its shape.
   A word after the label (``ﾀﾝｼﾞｮｳﾋﾞ ｾｰﾙ``) is no value. The name of a glued person row (2.) is
   read as 氏名.
2. **glued person rows** (:data:`_ROW`): a line opening with a digit id glued to a half-width kana
   name, then blank-separated fields holding a ``YYYYMMDD`` birth date (a one-digit sex code may be
   glued after it) and a mobile number. A later ``YYYYMMDD`` field of the same or a later day is an
   event (a dose, a visit), no second birth date (:func:`row_event_date`); a ten-digit id opening
   such a row is the record's own id, no 基礎年金番号, unless the text names a pension (年金 /
   ﾈﾝｷﾝ / 被保険者記録: :func:`row_record_id`).
3. **animals' birth dates** (:func:`animal_birth`): a date right after a 生年月日 label that names an
   animal (犬の生年月日, 愛犬の…, ペットの…, 生年月日（猫）, 生年月日(dog) …). Only the label right
   before the value counts, so an owner's 生年月日 on the same form is still read.

>>> row = "ｼﾒｲ:ﾀﾃﾔﾏ ｼﾞｭﾝ⏎ｾｲﾈﾝｶﾞｯﾋﾟ:081102".replace("⏎", "\n")
>>> [f.text for f in record_bo_forms(row, row)]
['生年月日：2008年11月02日\nフリガナ：ﾀﾃﾔﾏ ｼﾞｭﾝ']
>>> animal_birth("愛犬の生年月日:2019年7月頃", 8, 15), animal_birth("生年月日:1971年3月2日", 5, 15)
(True, False)
"""

from __future__ import annotations

import datetime as dt
import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.dlp.recognizers.fragments import HW_KANA
from govrag.text.eras import past_ymd_text

__all__ = ["animal_birth", "record_bo_forms", "row_event_date", "row_record_id"]

#: a half-width kana birth label, an optional bracketed note, a separator and a value
_KANA_BIRTH = lazy_compile(
    r"(?:ｾｲﾈﾝ[ ]?ｶﾞ[ｯﾂ]ﾋﾟ|ﾀﾝｼﾞｮｳ[ ]?ﾋﾞ)(?:[(][^()\n]{1,10}[)])?"
    r"(?:[ ]*[:=][ ]*|[ ]+)(?P<v>[0-9A-Z][0-9A-Z./-]{3,11})(?![0-9A-Za-z])"
)
#: a half-width kana name label (ﾌﾘｶﾞﾅ, ｼﾒｲ, ﾎｺﾞｼｬﾒｲ …), a colon or equals sign and a kana name
_KANA_NAME = lazy_compile(
    rf"(?m)(?:^|[ ])(?:ﾌﾘｶﾞﾅ|ｼﾒｲ|ｶﾅｼﾒｲ|ﾎｺﾞｼｬ(?:ﾒｲ)?|ﾎｺﾞｼｬｼﾒｲ)(?:[(]ｶﾅ[)])?[ ]*[:=][ ]*"
    rf"(?P<v>{HW_KANA}{{2,}}(?:[ ]{HW_KANA}+)?)(?=[ ]*$|[ ]{{2,}})"
)
_SIX = lazy_compile(r"\d{6}")
#: a glued person row: a digit id glued to a half-width kana name, blank-separated fields
_ROW = lazy_compile(
    rf"(?m)^[ ]*(?P<id>\d{{6,14}})[ ]{{0,2}}(?P<name>{HW_KANA}{{2,}}(?:[ ]{HW_KANA}+)?)"
    r"(?P<rest>(?:[ ]+[0-9A-Z][0-9A-Z-]{0,20})+)[ ]*$"
)
_FIELD = lazy_compile(r"[0-9A-Z][0-9A-Z-]*")
#: a birth date field, a one-digit sex code maybe glued after it
_BIRTH_FIELD = lazy_compile(r"(?P<d>(?:19|20)\d{6})\d?")
_MOBILE = lazy_compile(r"0[789]0-?\d{4}-?\d{4}")
_PENSION_WORD = lazy_compile(r"年金|ﾈﾝｷﾝ|被保険者記録|被保険者台帳")
#: a 生年月日 label naming an animal, before or after the label word
_ANIMAL_LABEL = lazy_compile(
    r"(?:(?:犬|猫|愛犬|愛猫|ペット|飼い犬|飼い猫|dog|cat)の?[ ]?生年月日"
    r"|生年月日[ ]?[(](?:犬|猫|ペット|dog|cat|Dog|Cat|DOG|CAT)[)])"
    r"[ ]*[:]?[ ]*\n?[ ]*$"
)


def _yymmdd(value: str) -> str | None:
    """``081102`` → ``2008年11月02日`` (the latest century that is not in the future), else None."""
    today = dt.date.today()
    for century in (2000, 1900):
        try:
            day = dt.date(century + int(value[:2]), int(value[2:4]), int(value[4:6]))
        except ValueError:
            return None
        if day <= today:
            return f"{day.year}年{value[2:4]}月{value[4:6]}日"
    return None


def _kana_birth_pairs(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    for m in _KANA_BIRTH.finditer(folded):
        v, at = m.group("v"), m.start("v")
        if _SIX.fullmatch(v):
            named = _yymmdd(v)
            if named is not None:
                pairs.append(whole_pair("生年月日", at, at + 6, named))
        elif any(c.isdigit() for c in v):
            pairs.append(exact_pair("生年月日", at, v))
    return pairs


def record_bo_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BO readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded) or not any("\uff66" <= c <= "\uff9f" for c in folded):
        return []
    names = [exact_pair("フリガナ", m.start("v"), m.group("v")) for m in _KANA_NAME.finditer(folded)]
    rows = (_row_at(folded, m.start()) for m in _ROW.finditer(folded))
    names += [exact_pair("氏名", m.start("name"), m.group("name")) for m in rows if m is not None]
    return offset_forms(_kana_birth_pairs(folded) + names)


def _row_at(folded: str, start: int) -> re.Match[str] | None:
    """The glued person row (with a birth date and a mobile field) holding ``start``, or None."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", start)
    m = _ROW.match(folded, line_start, len(folded) if line_end < 0 else line_end)
    if m is None:
        return None
    fields = _FIELD.findall(m.group("rest"))
    if not any(_MOBILE.fullmatch(f) for f in fields) or _first_birth(m) is None:
        return None
    return m


def _first_birth(m: re.Match[str]) -> tuple[int, str] | None:
    """(offset, YYYYMMDD) of the row's first birth-shaped field, or None."""
    base = m.start("rest")
    for f in _FIELD.finditer(m.group("rest")):
        b = _BIRTH_FIELD.fullmatch(f.group())
        if b is not None and past_ymd_text(b.group("d")):
            return base + f.start(), b.group("d")
    return None


def row_event_date(folded: str, start: int, end: int) -> bool:
    """``[start, end)`` is a bare ``YYYYMMDD`` field of a glued person row after the row's first
    birth date, of the same or a later day: an event date, no second birth date."""
    value = folded[start:end]
    if len(value) != 8 or not value.isdigit():
        return False
    m = _row_at(folded, start)
    born = _first_birth(m) if m is not None else None
    if born is None or born[0] >= start or value < born[1]:
        return False
    before = folded[start - 1] if start > 0 else " "
    after = folded[end] if end < len(folded) else " "
    return before == " " and after in " \n"


def row_record_id(folded: str, start: int, end: int) -> bool:
    """``[start, end)`` is the ten-digit id opening a glued person row in a text naming no pension."""
    if end - start != 10 or _PENSION_WORD.search(folded) is not None:
        return False
    m = _row_at(folded, start)
    return m is not None and m.span("id") == (start, end)


def animal_birth(folded: str, start: int, end: int) -> bool:
    """``[start, end)`` stands right after a 生年月日 label naming an animal (犬の生年月日,
    生年月日(猫) …), only blanks, a colon or one line break between."""
    return _ANIMAL_LABEL.search(folded, max(0, start - 24), start) is not None
