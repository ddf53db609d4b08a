"""Round AM: person names in the record layouts of round AM (see ``forms_am.py``).

* a half-width-kana name (two words) that is a whole field of a space-aligned record holding a
  birth date, a phone or a 7-digit postal field;
* the half-width-kana name glued after the account of a zengin-like transfer line
  (``D<8 digits><7-digit account><name>``) under a 振込 / 見舞金 header;
* a half-width-kana name after ``ｼﾒｲ:`` / ``ﾒｲｷﾞ:`` / ``ﾌﾘｶﾞﾅ:``;
* the patient name (``FAMILY^GIVEN``) of an HL7 v2 PID segment (its fifth field);
* a child's name on a line of a birthday list (おたんじょうび表), before くん / ちゃん and a
  month-day date.

>>> list(halfwidth_kana_name("001  ﾔﾏﾀﾞ ﾀﾛｳ  19620415  0482219034", ()))
[(5, 13)]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.forms_am import BIRTHDAY_TITLE, TRANSFER_HEADER, aligned_fields, record_value
from govrag.dlp.recognizers.fragments import HW_KANA_LETTER
from govrag.text.tokenizer import Token as JaToken

__all__ = ["birthday_list_name", "halfwidth_kana_name", "hl7_patient_name"]

_HW = HW_KANA_LETTER + "{2,10}[ ]" + HW_KANA_LETTER + "{1,10}"
_HW_NAME = lazy_compile(_HW)
_TRANSFER = lazy_compile(r"(?m)^D\d{8} ?\d{7}(?P<v>" + _HW + ")")
_LABEL = lazy_compile(r"(?:ｼﾒｲ|ﾒｲｷﾞ|ﾌﾘｶﾞﾅ|ｶﾅｼﾒｲ)[ \t]*[:：][ \t]*(?P<v>" + _HW + r")(?![ｦ-ﾟ])")


def _aligned_names(text: str) -> Iterator[tuple[int, int]]:
    """Half-width-kana name fields of aligned records (a line with a date, phone or postal field)."""
    pos = 0
    for line in text.split("\n"):
        fields = aligned_fields(line)
        if len(fields) >= 3 and any(record_value(v) for _, _, v in fields):
            for s, e, v in fields:
                if _HW_NAME.fullmatch(v):
                    yield pos + s, pos + e
        pos += len(line) + 1


def halfwidth_kana_name(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """Half-width-kana names of aligned records, transfer lines and ｼﾒｲ: / ﾒｲｷﾞ: labels."""
    yield from _aligned_names(text)
    for m in _TRANSFER.finditer(text):
        if TRANSFER_HEADER.search(text, max(0, m.start() - 400), m.start()):
            yield m.span("v")
    for m in _LABEL.finditer(text):
        yield m.span("v")


_PID_NAME = lazy_compile(r"(?m)^PID\|(?:[^|\n]*\|){4}(?P<v>[^|\n^]{1,30}\^[^|\n^]{1,30})(?=[|^])")


def hl7_patient_name(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """The FAMILY^GIVEN patient name of an HL7 v2 PID segment."""
    for m in _PID_NAME.finditer(text):
        yield m.span("v")


_LIST_NAME = lazy_compile(
    r"(?m)^(?:[・*][ \t　]*)?(?P<v>[ぁ-んァ-ヴ一-龥々]{1,6}?)(?:くん|ちゃん|さん)?"
    r"[ \t　]+\d{1,2}月\d{1,2}日[ \t　]*$"
)


def birthday_list_name(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """A child's name on a birthday-list line (はるとくん　4月12日) under the list's title."""
    for m in _LIST_NAME.finditer(text):
        if BIRTHDAY_TITLE.search(text, max(0, m.start() - 400), m.start()):
            yield m.span("v")
