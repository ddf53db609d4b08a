r"""Round AO: value forms the type modules do not read.

* **redaction worksheets**: an 11-digit mobile alone in a cell of a 該当記載 / 不開示理由 table;
* **passports**: the Nepali label पासपोर्ट नम्बर; ``Passport No.`` before an 8-digit number;
* **OCR'd licence copies**: ``第 N 号`` (12 digits) a few lines under a 免許証 heading;
* **birth dates**: Chinese 出生于; a correction 「正しくは <date> です」 of a 生年月日; a year and
  month before 生 in brackets (（昭和15年1月生）); a 生年月日 label line, maybe a blank line, the value
  (a year and month too);
  a 6-character era code (S111110: era letter + YYMMDD) after a 生年月日 label (a table's column
  is rewritten to one by :mod:`.columns`);
* **transfer data records**: ``D`` + bank (4) + branch (3) + [type] + account (7) glued, then a
  half-width-kana holder, under a ``HDR`` header line — the account is the 7 digits;
* **postal codes**: 7 digits without hyphen or 〒 right before a prefecture's address;
* **claim records**: ``D00001<half-width-kana name>  YYYYMMDD NNNNNN NNNNNNN NNNNNNN`` under an
  ``HDR`` line: the 6-digit 保険者番号 and the first 7-digit 被保険者番号 (the last field is not);
* **foreign-language insurance cards**: Chinese 记号 N，番号 N and Portuguese número N, símbolo N
  after a 保険証 / 保险证 mention.

>>> import re
>>> re.search(_DATA_RECORD, "D01330187220551ﾐﾔｹ ﾖｼﾉﾌﾞ  000012").group("v")
'7220551'
>>> valid_era_code("S111110"), valid_era_code("H310501"), valid_era_code("S641231")
(True, False, False)
"""

from __future__ import annotations

import datetime as dt

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import JaPattern
from govrag.dlp.recognizers.fragments import BLANK, HW_KANA_LETTER
from govrag.dlp.recognizers.rows import ADDRESS_START, header_row, line_above, line_at
from govrag.text.eras import ERA_INITIALS, ERA_NAMES, ERAS

__all__ = [
    "AO_BANK",
    "AO_BIRTH",
    "AO_INSURANCE",
    "AO_LICENCE",
    "AO_PASSPORT",
    "AO_PHONE",
    "AO_POSTAL",
    "valid_era_code",
]

_B = BLANK
_HW = HW_KANA_LETTER
_HW_NAME = _HW + r"{2,10} " + _HW + r"{1,10}"
_END = r"(?![0-9A-Za-z])"
# --- phones in a redaction worksheet ----------------------------------------------------------
_CELL_MOBILE = r"(?m)(?:^|(?<=\t))(?P<v>0[789]0\d{8})(?=\t|[ \t]*$)"
_WORKSHEET_VALUE = lazy_compile(r"該当記載|記載内容|不開示(?:箇所|部分)?|黒塗り|マスキング")
_WORKSHEET_REASON = lazy_compile(r"理由")


def _worksheet_cell(text: str, start: int, end: int) -> bool:
    """The value's tab table has a header naming the redacted text (該当記載) and a reason."""
    row = header_row(text, start, end)
    if row is None:
        return False
    cells = row[0]
    return any(_WORKSHEET_VALUE.search(c) for c in cells) and any(_WORKSHEET_REASON.search(c) for c in cells)


# --- passports --------------------------------------------------------------------------------
_NE_PASSPORT = r"पासपोर्ट[ \t]*नम्बर[ \t]*[:：]?[ \t]*(?P<v>[A-Z]{1,2}\d{7}|\d{8})" + _END
_PASSPORT_DIGITS = r"(?<![A-Za-z])(?i:passport[ \t]+no\.?)[ \t]*[:：]?[ \t]*(?P<v>\d{8})" + _END
# --- licence copies ---------------------------------------------------------------------------
_LICENCE_NUMBER_LINE = r"(?m)^" + _B + r"*第" + _B + r"*(?P<v>\d{12})" + _B + r"*号" + _B + r"*$"
_LICENCE_HEADING = lazy_compile(r"^" + _B + r"*(?:運転)?免許証(?!を|の写しを)")


def _under_licence_heading(text: str, start: int, end: int) -> bool:
    """One of the three lines above the value's line opens with 免許証 / 運転免許証 (a copy's
    heading: 「免許証の写し（OCR）」, then the holder's name line)."""
    a, _ = line_at(text, start, end)
    for _ in range(3):
        above = line_above(text, a)
        if above is None:
            return False
        if _LICENCE_HEADING.search(text[slice(*above)]):
            return True
        a = above[0]
    return False


# --- birth dates ------------------------------------------------------------------------------
_ERA_NAME = "(?:" + "|".join(ERA_NAMES) + ")"
_YEAR = r"(?:" + _ERA_NAME + r"(?:\d{1,2}|元)|(?:19|20)\d{2})" + _B + r"*年"
_MD = _B + r"*\d{1,2}" + _B + r"*月" + _B + r"*\d{1,2}" + _B + r"*日"
_YMD = _YEAR + _MD
_YM = _YEAR + _B + r"*\d{1,2}" + _B + r"*月"
_WESTERN_YMD = r"(?:19|20)\d{2}" + _B + r"*年" + _MD
_ZH_BORN = r"出生(?:于|於)" + _B + r"*(?P<v>" + _WESTERN_YMD + ")"
_CORRECTED = (
    r"正しくは" + _B + r"*(?P<v>" + _YMD + r"|(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2})" + _B
    + r"*(?:です|でした|となります|に訂正)"
)
_BIRTH_FIELD = lazy_compile(r"生年月日|誕生日")


def _birth_correction(text: str, start: int, end: int) -> bool:
    """The correction's line or the line above it names the 生年月日 being corrected."""
    a, b = line_at(text, start, end)
    above = line_above(text, a)
    return _BIRTH_FIELD.search(text, above[0] if above else a, b) is not None


_BORN_MONTH = (
    r"(?<=[一-龥々ぁ-んァ-ヴー])[（(]" + _B + r"*(?P<v>" + _YM + r")" + _B + r"*生(?:まれ)?" + _B + r"*[)）]"
)
_LABEL_BLANK_LINE = (
    r"(?m)^" + _B + r"*生年月日" + _B + r"*[:：]?" + _B + r"*\n(?:" + _B + r"*\n)?" + _B
    + r"*(?P<v>" + _YMD + r"|" + _YM + r")" + _B + r"*$"
)
#: era letter (the romanised initials, in the order of ``ERAS``: Reiwa … Meiji) → (the year before
#: its 元年, the day it began, the day the next one began)
_ERA_LETTERS = {
    letter: (first.year - 1, first, ERAS[i - 1][1] if i else dt.date.max)
    for i, (letter, (_, first)) in enumerate(zip(ERA_INITIALS, ERAS, strict=True))
}
_ERA_CODE = (
    r"生年月日" + _B + r"*[:：]?" + _B + r"*(?P<v>[MTSHR](?:0[1-9]|[1-9]\d)(?:0[1-9]|1[0-2])"
    r"(?:0[1-9]|[12]\d|3[01]))" + _END
)


def valid_era_code(value: str) -> bool:
    """``S111110`` (era letter + YYMMDD) is a valid past date of that era."""
    era = _ERA_LETTERS.get(value[:1])
    if era is None or len(value) != 7:
        return False
    try:
        day = dt.date(era[0] + int(value[1:3]), int(value[3:5]), int(value[5:7]))
    except ValueError:
        return False
    return era[1] <= day < era[2] and day <= dt.date.today()


# --- transfer data records, postal codes ------------------------------------------------------
_HEADER_LINE = lazy_compile(r"(?m)^HDR[0-9A-Z]")
_DATA_RECORD = r"(?m)^D\d{4}\d{3}\d?(?P<v>(?!0{7})\d{7})(?=" + _HW_NAME + ")"


def _under_header_record(text: str, start: int, end: int) -> bool:
    """A ``HDR…`` line stands above the value's line, no blank line between."""
    a, _ = line_at(text, start, end)
    while (above := line_above(text, a)) is not None:
        line = text[slice(*above)]
        if not line.strip():
            return False
        if _HEADER_LINE.match(line):
            return True
        a = above[0]
    return False


_POSTAL_BEFORE_ADDRESS = r"(?<![0-9A-Za-z\-])(?P<v>\d{7})(?=" + _B + r"+(?:" + ADDRESS_START.pattern + "))"
# --- claim records, foreign-language insurance cards ------------------------------------------
_CLAIM = (
    r"(?m)^D\d{5}" + _HW_NAME + r"[ ]{2,}(?:19|20)\d{6}[ ]+"
)
_CLAIM_INSURER = _CLAIM + r"(?P<v>\d{6})(?=[ ]+\d{7}[ ]+\d{7}[ ]*$)"
_CLAIM_INSURED = _CLAIM + r"\d{6}[ ]+(?P<v>\d{7})(?=[ ]+\d{7}[ ]*$)"
_CARD_MENTION = lazy_compile(r"保険証|保险证|保險證|(?i:cart[ãa]o do seguro)")


def _card_mentioned(text: str, start: int, end: int) -> bool:
    """The value's line or the line above it mentions the insurance card (保険証 / 保险证)."""
    a, b = line_at(text, start, end)
    above = line_above(text, a)
    return _CARD_MENTION.search(text, above[0] if above else a, b) is not None


_ZH_SEP = _B + r"*[，,、]" + _B + r"*"
_TAIL = _B + r"*[:：]?" + _B + r"*"
_ZH_KIGO = r"(?:记号|記號|記号)" + _TAIL
_ZH_BANGO = _ZH_SEP + r"番号" + _TAIL
_ZH_SYMBOL = _ZH_KIGO + r"(?P<v>\d{1,8})(?=" + _ZH_BANGO + r"\d)"
_ZH_NUMBER = _ZH_KIGO + r"\d{1,8}" + _ZH_BANGO + r"(?P<v>\d{1,10})" + _END
_PT_NUMERO_LABEL = r"(?<![A-Za-z])(?i:n[úu]mero)" + _TAIL
_PT_SIMBOLO_LABEL = _B + r"*," + _B + r"*(?i:s[íi]mbolo)" + _TAIL
_PT_NUMERO = _PT_NUMERO_LABEL + r"(?P<v>\d{1,10})(?=" + _PT_SIMBOLO_LABEL + r"\d)"
_PT_SIMBOLO = _PT_NUMERO_LABEL + r"\d{1,10}" + _PT_SIMBOLO_LABEL + r"(?P<v>\d{1,8})" + _END

AO_PHONE: tuple[JaPattern, ...] = (
    JaPattern("ao_worksheet_mobile", _CELL_MOBILE, 0.6, own_label=True, where=_worksheet_cell),
)
AO_PASSPORT: tuple[JaPattern, ...] = (
    JaPattern("ao_nepali_label", _NE_PASSPORT, 0.6, own_label=True),
    JaPattern("ao_passport_no_digits", _PASSPORT_DIGITS, 0.6, own_label=True),
)
AO_LICENCE: tuple[JaPattern, ...] = (
    JaPattern("ao_licence_copy", _LICENCE_NUMBER_LINE, 0.6, own_label=True, where=_under_licence_heading),
)
AO_BIRTH: tuple[JaPattern, ...] = (
    JaPattern("ao_chinese_born", _ZH_BORN, 0.6, own_label=True),
    JaPattern("ao_correction", _CORRECTED, 0.6, own_label=True, where=_birth_correction),
    JaPattern("ao_born_month", _BORN_MONTH, 0.6, own_label=True),
    JaPattern("ao_label_blank_line", _LABEL_BLANK_LINE, 0.6, own_label=True),
    JaPattern("ao_era_code", _ERA_CODE, 0.6, own_label=True, check=valid_era_code),
)
AO_BANK: tuple[JaPattern, ...] = (
    JaPattern("ao_data_record", _DATA_RECORD, 0.6, own_label=True, where=_under_header_record),
)
AO_POSTAL: tuple[JaPattern, ...] = (
    JaPattern("ao_before_address", _POSTAL_BEFORE_ADDRESS, 0.6, own_label=True),
)
AO_INSURANCE: tuple[JaPattern, ...] = (
    JaPattern("ao_claim_insurer", _CLAIM_INSURER, 0.6, own_label=True, where=_under_header_record),
    JaPattern("ao_claim_insured", _CLAIM_INSURED, 0.6, own_label=True, where=_under_header_record),
    JaPattern("ao_zh_symbol", _ZH_SYMBOL, 0.6, own_label=True, where=_card_mentioned),
    JaPattern("ao_zh_number", _ZH_NUMBER, 0.6, own_label=True, where=_card_mentioned),
    JaPattern("ao_pt_numero", _PT_NUMERO, 0.6, own_label=True, where=_card_mentioned),
    JaPattern("ao_pt_simbolo", _PT_SIMBOLO, 0.6, own_label=True, where=_card_mentioned),
)
