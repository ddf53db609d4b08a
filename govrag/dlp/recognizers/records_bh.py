r"""Round BH: a 法人番号 under a combined label, English sentences about a date of birth and numbers
read digit by digit after a bare 番号 label whose type is named in brackets.

Readers (values rewritten as Japanese form lines for the type's own recognizer, like
:mod:`records_bd`; a Vietnamese qualifier before the colon lives in the shared lexicon of
:mod:`labels_ml`, the Chinese 出生年月 label and the 対象者： label (no cohort) in
:mod:`birth_extra`, a document date under a 生年月日 line that holds its own value in
:mod:`labelled_line`):

1. **combined 法人番号 labels** (:data:`_CORPORATE`): a label naming 法人番号 together with another
   number (法人番号／登録番号, 法人番号・適格請求書登録番号, 登録番号（法人番号）), then 13 digits, plain
   or grouped (1-4-4-4): a valid check digit makes it a 法人番号 whatever else the label names (the
   other name would otherwise veto it as 「another number's label」).
2. **date-of-birth sentences** (:func:`_sentence_pairs`): in an English sentence whose subject is
   a date of birth (「The date of birth on the card (…) differs from the register, where it is …」), every
   day-month-name-year date (7 September 2003, 08 SEP 2003) that no event word (by, until, on, …)
   introduces: the sentence is about the birth date, the dates are its written values.
3. **digit-by-digit numbers** (:data:`_SPOKEN`): a bare 番号 label (line start or after a blank or
   a colon), twelve digits spaced one by one, then brackets naming the type (「（電話で、個人番号）」,
   「（マイナンバー、読み上げ）」): a 個人番号 when its check digit is valid (a spoken number is no
   written label: a wrong digit is a mishearing or another number, not a 個人番号 to mask).

Round BH also vetoes a date that bounds a cohort (:func:`cohort_bound`: 「2019年4月2日生まれ以降の
児童」): the date names no one.

>>> [f.text for f in record_bh_forms("法人番号/登録番号 7342814712314", "法人番号/登録番号 7342814712314")]
['法人番号：7342814712314']
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.dlp.recognizers.corporate_number import corporate_check_digit
from govrag.dlp.recognizers.fragments import BLANK, BLANKS, EN_MONTHS
from govrag.dlp.recognizers.my_number import my_number_valid
from govrag.text.eras import past_date_text

__all__ = ["cohort_bound", "cohort_label_before", "record_bh_forms"]

#: a label naming 法人番号 and maybe another number (no digit, no colon inside), 13 digits
_CORPORATE = lazy_compile(
    rf"法人番号[^\s\d:：]{{0,16}}?{BLANKS}[:：]?{BLANKS}T?"
    r"(?P<v>\d(?:[ -]?\d){12})(?![0-9A-Za-z]|[ -]\d)"
)

#: a day, an English month name (or its three-letter cut) and a year
_DMY = lazy_compile(
    r"(?<![\w/.-])(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?"
    r"|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?"
    r"\s+(?P<y>(?:19|20)\d{2})(?![\w/.-])",
    re.IGNORECASE,
)
#: the sentence's subject: a date of birth (not 「the place of birth」 or 「birth certificate」)
_BIRTH_SUBJECT = lazy_compile(r"\b(?:date\s+of\s+birth|birth\s*date|DOB)\b", re.IGNORECASE)
#: a word introducing a date of some event or deadline (confirm by …, updated on …)
_EVENT_BEFORE = lazy_compile(
    r"\b(?:by|until|till|before|after|since|from|on|dated|deadline|expires?|issued)\W{0,3}$", re.IGNORECASE
)
#: an English sentence: up to a full stop (not an abbreviation's dot before a digit), ? ! or newline
_SENTENCE = lazy_compile(r"[^\n.!?]+(?:\.(?=\S)[^\n.!?]*)*")

#: a bare 番号 label, twelve digits read one by one, brackets naming the 個人番号
_SPOKEN = lazy_compile(
    rf"(?:^|(?<=[\s:：、。]))番号{BLANKS}[:：]?{BLANKS}(?P<v>\d(?:{BLANK}\d){{11}})(?!{BLANK}*\d)"
    rf"{BLANKS}[（(](?P<q>[^（()）\n]{{0,20}})[）)]",
    re.MULTILINE,
)
_MY_NUMBER_WORD = lazy_compile(r"個人番号|マイナンバー|my\s*number", re.IGNORECASE)


def _corporate_pairs(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    for m in _CORPORATE.finditer(folded):
        digits = "".join(c for c in m.group("v") if c.isdigit())
        if len(set(digits)) > 1 and corporate_check_digit(digits[1:]) == int(digits[0]):
            pairs.append(exact_pair("法人番号", m.start("v"), m.group("v")))
    return pairs


def _sentence_pairs(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    for s in _SENTENCE.finditer(folded):
        subject = _BIRTH_SUBJECT.search(s.group())
        if subject is None:
            continue
        for d in _DMY.finditer(folded, s.start() + subject.end(), s.end()):
            if _EVENT_BEFORE.search(folded, max(s.start(), d.start() - 12), d.start()):
                continue
            month = EN_MONTHS.index(d.group("m")[:3].lower()) + 1
            value = past_date_text(int(d.group("y")), month, int(d.group("d")))
            if value:
                pairs.append(whole_pair("生年月日", d.start(), d.end(), value))
    return pairs


def _spoken_pairs(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    for m in _SPOKEN.finditer(folded):
        digits = "".join(m.group("v").split())
        if _MY_NUMBER_WORD.search(m.group("q")) and my_number_valid(digits):
            pairs.append(whole_pair("個人番号", m.start("v"), m.end("v"), digits))
    return pairs


#: a date bounding a cohort: 「…日生まれ以降の生徒」「…生まれの方まで」
_COHORT_BOUND = lazy_compile(
    rf"{BLANKS}(?:生まれ|生)(?:の方|の者)?{BLANKS}(?:以降|以前|以後|まで|から|より(?:前|後))"
    # round BX: a cohort's count in a statistic (2018年生まれ：7人, 平成29年生まれ 11名)
    rf"|{BLANKS}生まれ{BLANKS}[:：]?{BLANKS}\d{{1,6}}{BLANKS}(?:人|名|件|世帯|組)"
)


#: a birth label right before the date: the value is someone's, whatever follows (fail closed)
_LABEL_BEFORE = lazy_compile(
    rf"(?:生年月日|誕生日|出生年月日|(?i:date\s+of\s+birth|birth\s*date|DOB)){BLANKS}[:：]?{BLANKS}$"
)


def cohort_label_before(folded: str, start: int) -> bool:
    """A birth label (生年月日, 誕生日, date of birth, …) stands right before ``start``."""
    return _LABEL_BEFORE.search(folded, max(0, start - 16), start) is not None


def cohort_bound(folded: str, start: int, end: int) -> bool:
    """The date ``[start, end)`` bounds a cohort (…生まれ以降, …生まれの方まで): no one's birth date —
    unless a birth label stands right before it.

    >>> cohort_bound("2019年4月2日生まれ以降の児童", 0, 9)
    True
    >>> cohort_bound("生年月日：2019年4月2日生まれから", 5, 14)
    False
    """
    if cohort_label_before(folded, start):
        return False
    return _COHORT_BOUND.match(folded, end) is not None


def record_bh_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BH readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    return offset_forms(_corporate_pairs(folded) + _sentence_pairs(folded) + _spoken_pairs(folded))
