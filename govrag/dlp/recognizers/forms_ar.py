r"""Round AR: value forms the type modules do not read.

* **fixed-width insurance records** under a header naming 保険者番号, 記号 and 番号 (and 枝番): the
  first 6- or 8-digit field of a record line is the insurer number, the next fields the 記号, the
  番号 and the 枝番 — each its own value (the header's columns are read in order, not by position:
  a header of full-width labels does not line up with its values);
* **国保記号番号：NNN-NNNNN**: the 記号 and the 番号 are two values (the hyphen splits them;
  :func:`kokuho_split` keeps the joint pattern off them);
* **pension chat answers**: ``NNNN-NNNNNN`` on a speaker line within two lines under a question
  naming the 年金手帳 (Vietnamese sổ tay lương hưu too), unless the answer names another number
  (Mã hồ sơ, 受付) or says no;
* **birth dates**: a 「お誕生日は？」→「M月D日」 answer; a date answering, on the speaker line right
  under it, a question naming the birth date (생년월일은요? / जन्म मिति? / 生年月日は？); a Korean
  date on the line under a bare 生年月日 label line; 誕生日は M月D日 (と本人談);
* **postal codes**: ``NNN-NNNN`` in a space-aligned table whose header cell nearest above the value
  (by display column) is ZIP / POST / 郵便番号 / 〒.

>>> import re
>>> re.search(_BIRTHDAY_ARROW, "「お誕生日は？」→「5月9日です」").group("v")
'5月9日'
>>> re.search(_BIRTHDAY_SAID, "（誕生日は7月1日と本人談）").group("v")
'7月1日'
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import JaPattern
from govrag.dlp.recognizers.forms_aq import SPEAKER, above_says
from govrag.dlp.recognizers.fragments import BLANK
from govrag.dlp.recognizers.rows import aligned_header_cell, block_top, line_at

__all__ = ["AR_BIRTH", "AR_INSURANCE", "AR_PENSION", "AR_POSTAL", "kokuho_split"]

_B = BLANK
_END = r"(?![0-9A-Za-z])"
# --- fixed-width insurance records ------------------------------------------------------------
_RECORD_FIELD = r"(?<=[ \t])(?P<v>\d[0-9A-Za-z-]{0,9})(?=[ \t])"
_INSURANCE_HEADER = lazy_compile(r"保険者番号.*?記号.*?番号")
#: the shapes of the insurer, 記号, 番号 and 枝番 fields, in that order
_FIELD_SHAPES = (
    lazy_compile(r"\d{6}|\d{8}"),
    lazy_compile(r"[0-9A-Za-z][0-9A-Za-z-]{0,9}"),
    lazy_compile(r"\d{1,10}"),
    lazy_compile(r"\d{1,3}"),
)


def _insurance_field(text: str, start: int, end: int) -> bool:
    """The value is the insurer, 記号, 番号 or 枝番 field of a record line under a header naming
    保険者番号, 記号 and 番号 (枝番 read only when the header names it): the line's first 6- or
    8-digit field after at most two short fields (record type, sequence) is the insurer number."""
    top = block_top(text, start, end)
    if top is None or _INSURANCE_HEADER.search(top) is None:
        return False
    columns = 4 if "枝番" in top else 3
    a, b = line_at(text, start, end)
    fields = [(m.group(), m.start() + a) for m in re.finditer(r"\S+", text[a:b])]
    first = next((i for i, (f, _) in enumerate(fields) if _FIELD_SHAPES[0].fullmatch(f)), None)
    if first is None or first > 2 or any(len(f) > 4 for f, _ in fields[:first]):
        return False
    for k in range(columns):
        if first + k >= len(fields) or not _FIELD_SHAPES[k].fullmatch(fields[first + k][0]):
            return False
        if fields[first + k][1] == start:
            return True
    return False


_KOKUHO_LABEL = r"国保記号番号" + _B + r"*[:：]" + _B + r"*"
_KOKUHO_KIGO = _KOKUHO_LABEL + r"(?P<v>\d{2,4})(?=-\d{3,8}" + _END + r"(?!-))"
_KOKUHO_BANGO = _KOKUHO_LABEL + r"\d{2,4}-(?P<v>\d{3,8})" + _END + r"(?!-)"
_KOKUHO_BEFORE = lazy_compile(_KOKUHO_LABEL + r"\Z")


def kokuho_split(text: str, start: int) -> bool:
    """A 記号-番号 value right after 「国保記号番号：」: two values, not one."""
    return _KOKUHO_BEFORE.search(text, max(0, start - 16), start) is not None


# --- pension chat answers ---------------------------------------------------------------------
_BOOK_ASKED = lazy_compile(r"年金手帳|(?i:s[ổo] tay l[ươu]{1,2}ng h[ưu]u)|연금수첩|(?i:pension book)")
_PENSION_REPLY = SPEAKER + r"(?P<pre>[^\n\d]{0,24}?)(?P<v>\d{4}-\d{6})" + _END + r"(?!-)"
_OTHER_NUMBER = lazy_compile(r"(?i:không|mã|hồ sơ)|受付|整理|予約|いいえ|ありません")


def _book_answer(text: str, start: int, end: int) -> bool:
    """A question naming the 年金手帳 within two lines above, and an answer naming no other number."""
    a, _ = line_at(text, start, end)
    return above_says(_BOOK_ASKED)(text, start, end) and _OTHER_NUMBER.search(text, a, start) is None


# --- birth dates ------------------------------------------------------------------------------
_MD = r"(?:(?:19|20)\d{2}" + _B + r"*年" + _B + r"*)?\d{1,2}" + _B + r"*月" + _B + r"*\d{1,2}" + _B + r"*日"
_BIRTHDAY_ARROW = (
    r"(?:お?誕生日|生年月日)(?:は|を)?[^\n「」『』]{0,6}[?？][」』]?"
    + _B
    + r"*(?:→|⇒|->)"
    + _B
    + r"*[「『]?(?P<v>"
    + _MD
    + r")"
)
_BIRTHDAY_SAID = r"(?<![一-龥ぁ-ん])(?:お?誕生日)(?:は|が)" + _B + r"*(?P<v>" + _MD + r")(?!\d)"
_KO_DATE = r"(?:19|20)\d{2}" + _B + r"*년" + _B + r"*\d{1,2}" + _B + r"*월" + _B + r"*\d{1,2}" + _B + r"*일"
_ISO = r"(?:19|20)\d{2}(?P<sep>[-/])(?:0?[1-9]|1[0-2])(?P=sep)(?:0?[1-9]|[12]\d|3[01])(?![0-9])"
_JA_DATE = r"(?:19|20)\d{2}" + _B + r"*年" + _B + r"*\d{1,2}" + _B + r"*月" + _B + r"*\d{1,2}" + _B + r"*日"
_BIRTH_REPLY = SPEAKER + r"(?P<v>" + _KO_DATE + "|" + _ISO + "|" + _JA_DATE + r")"
_ASKS_BIRTH = lazy_compile(
    r"(?:생년월일|जन्म" + _B + r"*मिति|誕生日|生年月日|(?i:date of birth|birthday)|DOB|(?i:ngày sinh))"
    r"[^\n]{0,24}[?？]"
)
_KO_UNDER_LABEL = (
    r"(?m)^" + _B + r"*生年月日" + _B + r"*[:：]?" + _B + r"*\n" + _B + r"*(?P<v>" + _KO_DATE + r")"
)
# --- postal codes -----------------------------------------------------------------------------
_TABLE_POSTAL = r"(?m)(?<=[ \t])(?P<v>\d{3}-\d{4})(?=[ \t]|$)"
_ZIP_CELL = lazy_compile(r"(?i:zip|post|postal|postcode|zipcode)(?:[-_ ]?(?i:code|no))?|郵便番号|〒")


def _zip_column(text: str, start: int, end: int) -> bool:
    """The header cell (of a space-aligned table's first line) nearest above the value, by display
    column, is a ZIP / POST / 郵便番号 / 〒 cell."""
    cell = aligned_header_cell(text, start, end, digit_run=3)
    return cell is not None and _ZIP_CELL.fullmatch(cell) is not None


AR_INSURANCE: tuple[JaPattern, ...] = (
    JaPattern("ar_record_field", _RECORD_FIELD, 0.6, own_label=True, where=_insurance_field),
    JaPattern("ar_kokuho_kigo", _KOKUHO_KIGO, 0.6, own_label=True),
    JaPattern("ar_kokuho_bango", _KOKUHO_BANGO, 0.6, own_label=True),
)
AR_PENSION: tuple[JaPattern, ...] = (
    JaPattern("ar_book_reply", _PENSION_REPLY, 0.6, own_label=True, where=_book_answer),
)
AR_BIRTH: tuple[JaPattern, ...] = (
    JaPattern("ar_birthday_arrow", _BIRTHDAY_ARROW, 0.6, own_label=True),
    JaPattern("ar_birthday_said", _BIRTHDAY_SAID, 0.6, own_label=True),
    JaPattern("ar_birth_reply", _BIRTH_REPLY, 0.6, own_label=True, where=above_says(_ASKS_BIRTH, lines=1)),
    JaPattern("ar_korean_under_label", _KO_UNDER_LABEL, 0.6, own_label=True),
)
AR_POSTAL: tuple[JaPattern, ...] = (
    JaPattern("ar_zip_column", _TABLE_POSTAL, 0.6, own_label=True, where=_zip_column),
)
