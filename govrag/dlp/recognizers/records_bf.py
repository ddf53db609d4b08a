r"""Round BF: a birth date quoted after a 生年月日 field mention, seven-digit era-coded birth dates
and OCR'd cards whose label and digits are spaced one by one.

Readers (values rewritten as Japanese form lines for the type's own recognizer, like
:mod:`records_bd`; the birth verbs of other languages and a month-and-year date live in the shared
lexicon of :mod:`labels_ml`, a JSON object's last value in :mod:`columns`):

1. **生年月日欄「…」** (:data:`_FIELD_QUOTE`): a note about the 生年月日 field (生年月日欄が, 生年月日の
   欄には, 生年月日は) quoting a date, possibly partial (an era or Western year and a month, no day):
   what the field holds is a birth date.
2. **era-coded dates** (:data:`_ERA_CODED`): seven digits right after a 生年月日 label (受給者生年月日,
   生年月日：) — one era digit (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和) and YYMMDD, a valid date.
3. **spaced card lines** (:data:`_SPACED_LABEL`): a line holding only a label spaced character by
   character (基 礎 年 金 番 号, 個 人 番 号, 被 保 険 者 番 号), the next line only digits spaced one by one
   (wider gaps between groups), as many as the label's number has: the whole spaced run is the value.

>>> [f.text for f in record_bf_forms("受給者生年月日　4120730", "受給者生年月日　4120730")]
['生年月日：平成12年07月30日']
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.dlp.recognizers.fragments import BLANK, BLANKS, ERA_NAME
from govrag.dlp.recognizers.records import era_coded_pair

__all__ = ["record_bf_forms"]

#: the date a 生年月日 field note quotes: an era or Western year, a month, maybe a day
_PARTIAL_DATE = (
    rf"(?:{ERA_NAME}{BLANKS}(?:\d{{1,2}}|元)|(?:19|20)\d{{2}}){BLANKS}年{BLANKS}\d{{1,2}}{BLANKS}月"
    rf"(?:{BLANKS}\d{{1,2}}{BLANKS}日)?"
)
_FIELD_QUOTE = lazy_compile(
    rf"生年月日(?:の?(?:欄|記載|記入|項目))?(?:には|では|が|は|に|も|の|を){{0,2}}{BLANKS}"
    rf"[「『](?P<d>{_PARTIAL_DATE})[」』]"
)
#: seven digits right after a 生年月日 label (records.era_coded decides the era code and the date)
_ERA_CODED = lazy_compile(rf"生年月日{BLANKS}[:：]?{BLANKS}(?P<v>\d{{7}})(?![\d,.])")

#: a spaced label alone on its line, the next line spaced digits only
_SPACED_LABEL = lazy_compile(
    rf"(?m)^{BLANKS}(?P<l>\S(?:{BLANK}{{1,2}}\S){{3,9}}){BLANKS}\n"
    rf"{BLANKS}(?P<v>\d(?:{BLANK}{{1,4}}\d){{5,11}}){BLANKS}$"
)
#: the label a spaced card line names → the form label and the digit counts of its number
_SPACED_KINDS: dict[str, tuple[str, tuple[int, ...]]] = {
    "基礎年金番号": ("基礎年金番号", (10,)),
    "年金番号": ("基礎年金番号", (10,)),
    "個人番号": ("個人番号", (12,)),
    "マイナンバー": ("個人番号", (12,)),
    "被保険者番号": ("被保険者番号", (6, 7, 8, 9, 10)),
}


def _pairs(folded: str) -> list[Pair]:
    pairs = [exact_pair("生年月日", m.start("d"), m.group("d")) for m in _FIELD_QUOTE.finditer(folded)]
    for m in _ERA_CODED.finditer(folded):
        born = era_coded_pair(m.group("v"), m.start("v"))
        if born is not None:
            pairs.append(born)
    for m in _SPACED_LABEL.finditer(folded):
        kind = _SPACED_KINDS.get("".join(m.group("l").split()))
        digits = "".join(c for c in m.group("v") if c.isdigit())
        if kind and len(digits) in kind[1]:
            pairs.append(whole_pair(kind[0], m.start("v"), m.end("v"), digits))
    return pairs


def record_bf_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BF readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    return offset_forms(_pairs(folded))
