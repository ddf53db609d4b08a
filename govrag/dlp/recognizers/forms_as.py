r"""Round AS: value forms the type modules do not read.

* **国保連-style care-insurance files**: a ``1H1`` header record and ``2D1`` data records; the
  header's first 6 digits are the insurer number, a data record's 6 digits the insurer number and
  the 10 digits glued after them (before a half-width-kana name) the insured person's number — read
  only in a file named ``KOKUHO_…`` or when the data records repeat the header's insurer number
  (:func:`kokuho_record` keeps the pension shape off those 10 digits);
* **被保番** (the 被保険者番号's abbreviation: 被保番は N / 被保番 N. / 被保番：N) and the
  half-width-kana labels ﾋﾎｹﾝｼｬﾊﾞﾝｺﾞｳ / ﾎｹﾝｼｬﾊﾞﾝｺﾞｳ;
* **issue numbers**: ``No. 29`` after a newsletter title (…だより, 通信, ニュース, letter-spaced too)
  is no card value (:func:`issue_number`);
* **birth dates**: Tagalog (petsa ng kapanganakan …: / ipinanganak noong + an English month date),
  Portuguese ``nascido(a) em 5 de março de 1979``, and the era date after the subject's name on a
  認定調査票's 対象者 line (明治–平成 only: a 令和 date there is the survey's);
* **pension numbers**: 10 digits ending a line of a space-aligned table whose header cell nearest
  above (by display column) is NENKIN / 年金番号; ``NNNN-NNNNNN`` on a numbered list line (1. 氏名 …)
  when the line, or the list's block, names the 年金手帳 / 年金番号;
* **phone numbers**: a foreign number with its country code (+63 990 143 2040) after numero /
  number (Tagalog, Portuguese, English), a few words between.

>>> import re
>>> re.search(_HIHOBAN, "被保番は 0123456789 です").group("v")
'0123456789'
>>> re.search(_PT_BIRTH, "nascido(a) em 5 de março de 1979").group("v")
'5 de março de 1979'
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import JaPattern
from govrag.dlp.recognizers.fragments import BLANK, HW_KANA
from govrag.dlp.recognizers.rows import aligned_header_cell, line_at
from govrag.text.eras import ERA_NAMES

__all__ = ["AS_BIRTH", "AS_INSURANCE", "AS_PENSION", "AS_PHONE", "issue_number", "kokuho_record"]

_B = BLANK
_END = r"(?![0-9A-Za-z])"
_HW_KANA = HW_KANA
# --- 国保連-style care-insurance files ---------------------------------------------------------
_KOKUHO_NAME = lazy_compile(r"(?m)^#?[ \t]*KOKUHO_")
_HEADER_RECORD = lazy_compile(r"(?m)^1H1[ \t]?(\d{6})\d")
_DATA_RECORD = lazy_compile(r"(?m)^2D1[ \t]?(\d{6})\d{10}[ \t]?" + _HW_KANA)
_KOKUHO_HEADER = r"(?m)^1H1[ \t]?(?P<v>\d{6})(?=\d)"
_KOKUHO_INSURER = r"(?m)^2D1[ \t]?(?P<v>\d{6})(?=\d{10}[ \t]?" + _HW_KANA + ")"
_KOKUHO_INSURED = r"(?m)^2D1[ \t]?\d{6}(?P<v>\d{10})(?=[ \t]?" + _HW_KANA + ")"
_FILE_SPAN = 4000


def _kokuho_file(text: str, start: int) -> bool:
    """A ``KOKUHO_`` file-name line above, or a 1H1 header whose insurer number a 2D1 record repeats."""
    head = text[max(0, start - _FILE_SPAN) : start + _FILE_SPAN]
    if _KOKUHO_NAME.search(text, max(0, start - _FILE_SPAN), start):
        return True
    headers = {m.group(1) for m in _HEADER_RECORD.finditer(head)}
    return any(m.group(1) in headers for m in _DATA_RECORD.finditer(head))


def kokuho_record(text: str, start: int, end: int) -> bool:
    """``[start, end)`` is a field of a 1H1 / 2D1 record of a 国保連-style file (not a pension number)."""
    a, b = line_at(text, start, end)
    line = text[a:b]
    if not (line.startswith("1H1") or line.startswith("2D1")):
        return False
    return _kokuho_file(text, start)


def _in_kokuho(text: str, start: int, end: int) -> bool:
    return _kokuho_file(text, start)


# --- 被保番 and half-width-kana labels ----------------------------------------------------------
_HIHOBAN = (
    r"(?<![一-龥])被保番(?!号)" + _B + r"*(?:は|[:：])?" + _B + r"*(?P<v>\d{6,10})" + _END + r"(?!-\d)"
)
_HW_LABEL = r"(?<![ｦ-ﾟ])ﾋ?ﾎｹﾝｼｬ ?ﾊﾞﾝｺﾞｳ" + _B + r"*[:：]?" + _B + r"*(?P<v>\d{6,10})" + _END
# --- issue numbers of a newsletter ------------------------------------------------------------
_ISSUE_BEFORE = lazy_compile(
    r"(?:だ\s*よ\s*り|便\s*り|通\s*信|ニ\s*ュ\s*ー\s*ス|新\s*聞|(?i:news(?:letter)?))"
    r"[ \t\u3000]*(?:No\.?|Vol\.?|№|第)[ \t\u3000]*\Z"
)


def issue_number(text: str, start: int) -> bool:
    """The value is an issue number after a newsletter title (介護保険課だより No. 29)."""
    a = text.rfind("\n", 0, start) + 1
    return _ISSUE_BEFORE.search(text, a, start) is not None


# --- birth dates ------------------------------------------------------------------------------
_MONTH_EN = (
    r"(?i:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_EN_DATE = _MONTH_EN + r"[ \t]+(?:0?[1-9]|[12]\d|3[01]),?[ \t]+(?:19|20)\d{2}(?![0-9])"
_TL_BIRTH = (
    r"(?<![A-Za-z])(?i:petsa[ \t]+ng[ \t]+kapanganakan)[^\n:：]{0,40}[:：]" + _B + r"*(?P<v>" + _EN_DATE + ")"
)
_TL_BORN = (
    r"(?<![A-Za-z])(?i:ipinanganak)(?:[ \t]+(?i:ako|siya|sya|po))*[ \t]+(?i:noong|nung)[ \t]+"
    r"(?P<v>" + _EN_DATE + ")"
)
_MES = (
    r"(?i:janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)"
)
_PT_BIRTH = (
    r"(?<![A-Za-z])(?i:nascid[oa])(?:\((?i:[oa])\))?[ \t]+(?i:em)[ \t]+"
    r"(?P<v>(?:0?[1-9]|[12]\d|3[01])º?[ \t]+de[ \t]+" + _MES + r"[ \t]+de[ \t]+(?:19|20)\d{2})(?![0-9])"
)
_NAME_PART = r"[ァ-ヴー一-龥々ぁ-ん]{1,12}(?:" + _B + r"?[ァ-ヴー一-龥々ぁ-ん]{1,12})?"
_OLD_ERA = "(?:" + "|".join(n for n in ERA_NAMES if n != "令和") + ")"
_ERA_YMD = (
    _OLD_ERA + _B + r"*(?:元|\d{1,2})" + _B + r"*年" + _B + r"*\d{1,2}" + _B + r"*月"
    + _B + r"*\d{1,2}" + _B + r"*日"
)
#: the subject's kana / kanji names then an era date before 令和 (a 令和 date there is the survey's)
_SUBJECT_BIRTH = (
    r"(?m)^" + _B + r"*対象者" + _B + r"+" + _NAME_PART
    + r"(?:" + _B + r"*[／/]" + _B + r"*" + _NAME_PART + r")?" + _B + r"+(?P<v>" + _ERA_YMD + r")"
)
# --- pension numbers --------------------------------------------------------------------------
_LINE_END_TEN = r"(?m)(?<=[ \t])(?P<v>\d{10})(?=[ \t]*$)"
_NENKIN_CELL = lazy_compile(r"(?i:(?:kiso_?)?nenkin(?:_?(?:no|bango))?|pension(?:_?no)?)|(?:基礎)?年金番号")


def _nenkin_column(text: str, start: int, end: int) -> bool:
    """The header cell (of a space-aligned table's first line) nearest above the value, by display
    column, is a NENKIN / 年金番号 cell."""
    cell = aligned_header_cell(text, start, end, digit_run=4)
    return cell is not None and _NENKIN_CELL.fullmatch(cell) is not None


_NUMBERED = (
    r"(?m)^" + _B + r"*\d{1,2}[.)．）]" + _B + r"*[^\s\d][^\n\d]{0,16}?" + _B + r"+"
    r"(?P<v>\d{4}-\d{6})(?![0-9A-Za-z]|-\d)"
)
_BOOK = lazy_compile(r"年金手帳|(?:基礎)?年金番号")
_NUMBERED_LINE = lazy_compile(r"[ \t\u3000]*\d{1,2}[.)．）]")
_LIST_LINES = 12


def _pension_list(text: str, start: int, end: int) -> bool:
    """The numbered line names the 年金手帳, or a line of its block (the list's lines and the title
    right above them, no blank line between) does."""
    a, b = line_at(text, start, end)
    if _BOOK.search(text, a, b):
        return True
    above = text[:a].split("\n")[:-1][-_LIST_LINES:]
    below = text[b:].split("\n")[1:_LIST_LINES]
    block: list[str] = []
    for line in reversed(above):
        if not line.strip():
            break
        block.append(line)
    for line in below:
        if not line.strip() or not _NUMBERED_LINE.match(line):
            break
        block.append(line)
    return any(_BOOK.search(line) for line in block)


# --- phone numbers ----------------------------------------------------------------------------
_NUMERO_PHONE = (
    r"(?<![A-Za-z])(?i:n[uú]mero|number)(?![A-Za-z])[^\n\d+:：]{0,24}[:：]?" + _B + r"*"
    r"(?P<v>\+(?!81)[1-9]\d{0,2}(?:[ -]\d{2,4}){2,4})(?![0-9A-Za-z-])"
)

AS_INSURANCE: tuple[JaPattern, ...] = (
    JaPattern("as_kokuho_header", _KOKUHO_HEADER, 0.6, own_label=True, where=_in_kokuho),
    JaPattern("as_kokuho_insurer", _KOKUHO_INSURER, 0.6, own_label=True, where=_in_kokuho),
    JaPattern("as_kokuho_insured", _KOKUHO_INSURED, 0.6, own_label=True, where=_in_kokuho),
    JaPattern("as_hihoban", _HIHOBAN, 0.6, own_label=True),
    JaPattern("as_hw_kana_label", _HW_LABEL, 0.6, own_label=True),
)
AS_BIRTH: tuple[JaPattern, ...] = (
    JaPattern("as_tagalog", _TL_BIRTH, 0.6, own_label=True),
    JaPattern("as_tagalog_born", _TL_BORN, 0.6, own_label=True),
    JaPattern("as_portuguese", _PT_BIRTH, 0.6, own_label=True),
    JaPattern("as_subject_line", _SUBJECT_BIRTH, 0.6, own_label=True),
)
AS_PENSION: tuple[JaPattern, ...] = (
    JaPattern("as_nenkin_column", _LINE_END_TEN, 0.6, own_label=True, where=_nenkin_column),
    JaPattern("as_numbered_list", _NUMBERED, 0.6, own_label=True, where=_pension_list),
)
AS_PHONE: tuple[JaPattern, ...] = (
    JaPattern("as_numero_foreign", _NUMERO_PHONE, 0.6, own_label=True),
)
