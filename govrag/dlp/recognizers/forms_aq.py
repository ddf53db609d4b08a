r"""Round AQ: value forms the type modules do not read.

* **chat answers**: a ゆうちょ 記号-番号 (5 + 6–8 digits) on a line within two lines under one that
  names ゆうちょ; a 4+6 pension number on a line within two lines under one saying the 年金手帳 was
  shown (見せ / 確認 / 提示, not refused); a passport number (letter + 7 digits [+ letter]) on the
  line under a question asking for the passport number;
* **Korean bank lines**: 계좌번호 + a bank name (… 銀行 / 信用金庫 / 農業協同組合 …) [+ branch] + 7 digits;
  another Korean 「…번호:」 label (접수번호) before a bank name vetoes the account
  (:func:`korean_other_number`);
* **fixed-width records**: the 10 digits right after a YYYYMMDD field under a header naming
  KISONENKIN (基礎年金番号), and that YYYYMMDD when the header names a birth column; a YYYYMMDD
  ending a record line under a header whose last column is BIRTH / DOB / 生年月日
  (:func:`.rows.block_top` reads the header);
* **postal codes**: Vietnamese Mã bưu chính; NNN-NNNN ending an ``Address:`` line after the address
  (住所：, the key form's rewrite of ``Address:``, too);
* **birth dates**: 西暦換算 <year, month> after a जन्म मिति / DOB date on the line; a year and month
  after 生年月日 with a bracketed role (生年月日（義務者）1991年5月);
* **passports**: ``Passport (Nepal):`` (a country in brackets) before the number;
* **residence cards**: a letter-spaced 在 留 カ ー ド heading, then 番号 ``AB 12345678 CD`` (spaced).

>>> import re
>>> re.search(_YUCHO_ANSWER, "花子：10120-12345671").group("v")
'10120-12345671'
>>> re.search(_KO_BANK, "계좌번호: 中央信用金庫 1234567").group("v")
'1234567'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import JaPattern
from govrag.dlp.recognizers.fragments import BLANK
from govrag.dlp.recognizers.rows import ADDRESS_START, block_top, line_above, line_at

__all__ = [
    "AQ_BANK",
    "AQ_BIRTH",
    "AQ_PASSPORT",
    "AQ_PENSION",
    "AQ_POSTAL",
    "AQ_RESIDENCE",
    "SPEAKER",
    "above_says",
    "korean_other_number",
]

_B = BLANK
_END = r"(?![0-9A-Za-z])"


def above_says(
    pattern: re.Pattern[str], veto: re.Pattern[str] | None = None, lines: int = 2
) -> Callable[[str, int, int], bool]:
    """A ``where`` test: one of the ``lines`` lines above the value's line matches ``pattern``
    (and not ``veto``)."""

    def test(text: str, start: int, end: int) -> bool:
        a, _ = line_at(text, start, end)
        for _ in range(lines):
            above = line_above(text, a)
            if above is None:
                return False
            line = text[slice(*above)]
            if pattern.search(line):
                return veto is None or not veto.search(line)
            a = above[0]
        return False

    return test


# --- chat answers -----------------------------------------------------------------------------
#: a chat line's speaker and its colon (round AR reads it too)
SPEAKER = r"(?:^|(?<=\n))[^\n:：]{1,30}[:：]" + _B + r"*"
_SPEAKER = SPEAKER
_YUCHO_ANSWER = (
    _SPEAKER + r"(?:(?:記号番号|番号)(?:は|[:：])?" + _B + r"*)?(?P<v>1\d{3}0-\d{6,8})" + _END + r"(?!-)"
)
_YUCHO_ONLY = lazy_compile(r"ゆうちょ")
_NOT_HELD = lazy_compile(r"窓口|ATM|営業時間|時から")
_PENSION_ANSWER = _SPEAKER + r"(?:(?:基礎年金)?番号は" + _B + r"*)?(?P<v>\d{4} \d{6})(?![0-9A-Za-z])"
_BOOK_SHOWN = lazy_compile(r"年金手帳.{0,12}(?:見せ|確認|提示|拝見|コピー)")
_BOOK_REFUSED = lazy_compile(r"(?:見せ|確認|提示|拝見)[^\n]{0,6}(?:ません|なかった|ず|られない)")
_PASSPORT_ANSWER = _SPEAKER + r"(?:[a-z]+" + _B + r"+){0,2}(?P<v>[A-Z]{1,2}\d{7}[A-Z]?)" + _END
_ASKS_PASSPORT = lazy_compile(
    r"(?i:passport)[^\n]{0,20}(?i:number|no\.?|numero)[^\n]*[?？]|パスポート番号[^\n]*[?？]"
)
# --- Korean bank lines ------------------------------------------------------------------------
_BANK_NAME = r"[一-龥々ァ-ヴー]{1,12}?(?:銀行|信用金庫|信金|信用組合|労働金庫|農業協同組合|漁業協同組合|農協)"
_BRANCH = r"(?:" + _B + r"*[一-龥々ァ-ヴー]{1,10}(?:支店|本店|出張所|営業部|支所))?"
_KO_BANK = (
    r"(?<![가-힣])계좌(?:번호)?"
    + _B
    + r"*[:：]?"
    + _B
    + r"*"
    + _BANK_NAME
    + _BRANCH
    + _B
    + r"*(?P<v>\d{7})"
    + _END
    + r"(?![-,.]\d)"
)
_KO_LABEL = lazy_compile(r"([가-힣]{1,8})" + _B + r"*번호" + _B + r"*[:：]")


def korean_other_number(text: str, start: int) -> bool:
    """The nearest Korean 「…번호:」 label before the value on its line names another number than
    the account (접수번호: receipt number), with no 口座 word after it."""
    a = text.rfind("\n", 0, start) + 1
    labels = list(_KO_LABEL.finditer(text, a, start))
    if not labels:
        return False
    last = labels[-1]
    return "계좌" not in last.group(1) and "口座" not in text[last.end() : start]


# --- fixed-width records ----------------------------------------------------------------------
_YMD8 = r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_PENSION_RECORD = r"(?<=[ \t])" + _YMD8 + r"[ \t]+(?P<v>\d{10})(?![0-9A-Za-z])"
_KISONENKIN = lazy_compile(r"(?i:kiso[-_ ]?nenkin)|基礎年金")
_BIRTH_RECORD = r"(?m)(?<=[ \t])(?P<v>" + _YMD8 + r")(?=[ \t]*$)"
_BIRTH_BEFORE_PENSION = r"(?<=[ \t])(?P<v>" + _YMD8 + r")(?=[ \t]+\d{10}(?![0-9A-Za-z]))"
_BIRTH_WORD = lazy_compile(r"(?i:birth|dob|seinengappi)|生年月日")
_BIRTH_LAST = lazy_compile(r"(?:(?i:birth(?:[-_ ]?(?:date|day))?|dob|seinengappi)|生年月日)[ \t]*$")


def _kisonenkin_header(text: str, start: int, end: int) -> bool:
    """The block's header line names a KISONENKIN (基礎年金番号) column."""
    top = block_top(text, start, end)
    return top is not None and _KISONENKIN.search(top) is not None and not re.search(r"\d{6}", top)


def _birth_then_kisonenkin(text: str, start: int, end: int) -> bool:
    """The block's header names a birth column and a KISONENKIN column (the date before the number)."""
    top = block_top(text, start, end)
    return top is not None and _KISONENKIN.search(top) is not None and _BIRTH_WORD.search(top) is not None


def _birth_last_column(text: str, start: int, end: int) -> bool:
    """The block's header line ends with a BIRTH / DOB / 生年月日 column (the value ends its line)."""
    top = block_top(text, start, end)
    return top is not None and _BIRTH_LAST.search(top) is not None and not re.search(r"\d{6}", top)


# --- postal codes -----------------------------------------------------------------------------
_VI_POSTAL = (
    r"(?<![A-Za-z])(?i:m[ãa]"
    + _B
    + r"+b[ưu]u"
    + _B
    + r"+(?:ch[íi]nh|đi[ệe]n))"
    + _B
    + r"*[:：]?"
    + _B
    + r"*(?P<v>\d{3}-\d{4})"
    + _END
    + r"(?!-)"
)
_ADDRESS_LINE_POSTAL = (
    r"(?m)(?:(?<![A-Za-z])(?i:address)|住所)"
    + _B
    + r"*[:：]"
    + _B
    + r"*(?:"
    + ADDRESS_START.pattern
    + r")[^\n]*?"
    + _B
    + r"(?P<v>\d{3}-\d{4})(?="
    + _B
    + r"*$)"
)
# --- birth dates ------------------------------------------------------------------------------
_YM = r"(?:19|20)\d{2}" + _B + r"*年" + _B + r"*\d{1,2}" + _B + r"*月"
_CONVERTED = (
    r"西暦換算" + _B + r"*[:：]?" + _B + r"*(?P<v>" + _YM + r"(?:" + _B + r"*\d{1,2}" + _B + r"*日)?)"
)
_BIRTH_ON_LINE = lazy_compile(r"जन्म|(?<![A-Za-z])(?:DOB|(?i:date of birth|birth))|生年月日")


def _birth_line(text: str, start: int, end: int) -> bool:
    """The value's line names the birth date before it (जन्म मिति, DOB, 生年月日)."""
    a, _ = line_at(text, start, end)
    return _BIRTH_ON_LINE.search(text, a, start) is not None


_ROLE_YM = (
    r"生年月日[（(][^）)\n\d]{1,8}[)）]" + _B + r"*[:：]?" + _B + r"*(?P<v>" + _YM + r")(?!" + _B + r"*\d)"
)
# --- passports, residence cards ---------------------------------------------------------------
_PASSPORT_COUNTRY = (
    r"(?<![A-Za-z])(?i:passport)(?:"
    + _B
    + r"*(?i:no\.?|number))?"
    + _B
    + r"*[（(][A-Za-z ]{3,20}[)）]"
    + _B
    + r"*[:：]"
    + _B
    + r"*(?P<v>[A-Z]{1,2}\d{7}[A-Z]?|\d{8,9})"
    + _END
)
_SPACED_CARD_NUMBER = (
    r"(?m)^"
    + _B
    + r"*番"
    + _B
    + r"?号"
    + _B
    + r"*[:：]?"
    + _B
    + r"*(?P<v>[A-Z]{2}[ \u3000]\d{8}[ \u3000][A-Z]{2})"
    + _END
)
_SPACED_CARD_HEADING = lazy_compile(
    r"^" + _B + r"*在" + _B + r"+留" + _B + r"+カ" + _B + r"+ー" + _B + r"+ド")

AQ_BANK: tuple[JaPattern, ...] = (
    JaPattern(
        "aq_yucho_answer", _YUCHO_ANSWER, 0.6, own_label=True, where=above_says(_YUCHO_ONLY, _NOT_HELD)
    ),
    JaPattern("aq_korean_account", _KO_BANK, 0.6, own_label=True),
)
AQ_PENSION: tuple[JaPattern, ...] = (
    JaPattern("aq_kisonenkin_record", _PENSION_RECORD, 0.6, own_label=True, where=_kisonenkin_header),
    JaPattern(
        "aq_book_answer", _PENSION_ANSWER, 0.6, own_label=True, where=above_says(_BOOK_SHOWN, _BOOK_REFUSED)
    ),
)
AQ_POSTAL: tuple[JaPattern, ...] = (
    JaPattern("aq_vietnamese_label", _VI_POSTAL, 0.6, own_label=True),
    JaPattern("aq_after_address", _ADDRESS_LINE_POSTAL, 0.6, own_label=True),
)
AQ_BIRTH: tuple[JaPattern, ...] = (
    JaPattern("aq_converted", _CONVERTED, 0.6, own_label=True, where=_birth_line),
    JaPattern("aq_role_year_month", _ROLE_YM, 0.6, own_label=True),
    JaPattern("aq_birth_record", _BIRTH_RECORD, 0.6, own_label=True, where=_birth_last_column),
    JaPattern(
        "aq_birth_before_pension", _BIRTH_BEFORE_PENSION, 0.6, own_label=True, where=_birth_then_kisonenkin
    ),
)
AQ_PASSPORT: tuple[JaPattern, ...] = (
    JaPattern("aq_country_label", _PASSPORT_COUNTRY, 0.6, own_label=True),
    JaPattern(
        "aq_question_answer",
        _PASSPORT_ANSWER,
        0.6,
        own_label=True,
        where=above_says(_ASKS_PASSPORT, lines=1),
    ),
)
AQ_RESIDENCE: tuple[JaPattern, ...] = (
    JaPattern(
        "aq_spaced_card",
        _SPACED_CARD_NUMBER,
        0.6,
        own_label=True,
        where=above_says(_SPACED_CARD_HEADING, lines=3),
    ),
)
