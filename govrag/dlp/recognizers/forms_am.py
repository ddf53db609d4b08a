"""Round AM: value forms the type modules do not read, and four vetoes.

* **space-aligned records** (fields separated by two or more blanks): a line with a person's name
  field (kanji, or half-width kana in two words) and a phone or 7-digit postal field; its
  YYYYMMDD field is a birth date, its 7-digit field a postal code, its 10–11 digit field a phone;
* **zengin-like transfer lines** under a 振込 / 見舞金 header: ``D`` + 8 digits (bank, branch,
  kind), then the 7-digit account glued to a half-width-kana name;
* **HL7 v2** address components: ``^NNN-NNNN^JPN``;
* **half-width-kana labels**: ``ﾕｳﾋﾞﾝ:`` (postal), ``ｺｳｻﾞ:`` (account);
* **foreign birth dates**: Korean ``1948년 5월 11일생``, Indonesian ``tanggal lahir 10 Desember
  1976``, Thai ``วันเกิด 12/11/2516`` (Buddhist era), Nepali ``जन्म मिति (वि.सं.) 2052/11/16``;
* **month-day birth dates**: after 誕生日： / 誕生日（…）, before 生まれ, and on the child lines of
  a birthday list (おたんじょうび表);
* **bank accounts** after Indonesian ``rekening`` and Chinese ``银行账号``;
* **passports**: Brazilian / Spanish / Tagalog wordings, a 7-digit number after ``Passport No.:``;
* **phones** after SMS受信, Tagalog ``Numero ko po``, Spanish ``Móvil``, Thai ``โทร``,
  Vietnamese ``Số điện thoại … là``, 架電番号, and Taiwanese ``+886`` numbers;
* **pension numbers** (4+6) after 基礎年金番号 was named earlier in the sentence or on the line
  above, with no other number's label between;
* **digit-spaced postal codes** after 郵便番号 / 〒 (``5 4 2 - 4 0 9 2``).

Vetoes (a phone-shaped 品番 is vetoed by :func:`forms_aj.code_label_phone`): :func:`incident_date`
(a date after 発生日時 / 事故日 …), :func:`letter_code_corporate` (a letter + 12 digits in a code list that
folding read as a 法人番号), :func:`hl7_header_value` (a value inside an HL7 MSH segment).

>>> aligned_fields("001  山田 太郎  ﾔﾏﾀﾞ ﾀﾛｳ  19620415  3320012  0482219034")[3]
(22, 30, '19620415')
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import JaPattern
from govrag.dlp.recognizers.fragments import BLANK
from govrag.dlp.recognizers.rows import line_above, line_at

__all__ = [
    "AM_BANK",
    "AM_BIRTH",
    "AM_PASSPORT",
    "AM_PENSION",
    "AM_PHONE",
    "AM_POSTAL",
    "BIRTHDAY_TITLE",
    "TRANSFER_HEADER",
    "aligned_fields",
    "aligned_postal",
    "hl7_header_value",
    "incident_date",
    "letter_code_corporate",
    "record_value",
]

_B = BLANK
# --- space-aligned records --------------------------------------------------------------------
_FIELD_SEP = lazy_compile(r"[ \t\u3000]{2,}|\t")
_HW_NAME = lazy_compile(r"[ｦ-ｯｱ-ﾝﾞﾟ]{2,10}[ \u3000][ｦ-ｯｱ-ﾝﾞﾟ]{1,10}")
_KANJI_NAME = lazy_compile(r"[一-龥々]{1,4}[ \u3000][一-龥々ぁ-ん]{1,4}")
_DOB8 = lazy_compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_ZIP7 = lazy_compile(r"(?!000)\d{7}")
_TEL = lazy_compile(r"0[5789]0\d{8}|0[1-9]\d{8}")


def aligned_fields(line: str) -> list[tuple[int, int, str]]:
    """The fields ``(start, end, value)`` of a line split at runs of two or more blanks or a tab."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for m in _FIELD_SEP.finditer(line):
        if m.start() > pos:
            out.append((pos, m.start(), line[pos : m.start()]))
        pos = m.end()
    if pos < len(line.rstrip()):
        out.append((pos, len(line.rstrip()), line[pos : len(line.rstrip())]))
    return out


def record_value(value: str) -> bool:
    """A field that makes an aligned line a person's record: a YYYYMMDD date, a phone, a postal code."""
    return any(p.fullmatch(value) for p in (_DOB8, _TEL, _ZIP7))


def _record_kind(text: str, start: int, end: int) -> tuple[str, bool] | None:
    """``(value, record)`` of the aligned field exactly at ``[start, end)``; ``record`` is True
    when its line has a name field and a phone or 7-digit field (a person's record)."""
    a, b = line_at(text, start, end)
    fields = aligned_fields(text[a:b])
    if len(fields) < 3:
        return None
    values = [f[2] for f in fields]
    hit = [f[2] for f in fields if a + f[0] == start and a + f[1] == end]
    if not hit:
        return None
    named = any(_HW_NAME.fullmatch(v) or _KANJI_NAME.fullmatch(v) for v in values)
    numbered = any(_TEL.fullmatch(v) or _ZIP7.fullmatch(v) for v in values)
    return hit[0], bool(named and numbered)


def _aligned_birth(text: str, start: int, end: int) -> bool:
    """A YYYYMMDD field of a person's aligned record."""
    kind = _record_kind(text, start, end)
    return kind is not None and kind[1] and _DOB8.fullmatch(kind[0]) is not None


def aligned_postal(text: str, start: int, end: int) -> bool:
    """A 7-digit field of a person's aligned record that also holds a birth date or a phone."""
    kind = _record_kind(text, start, end)
    if kind is None or not kind[1] or _ZIP7.fullmatch(kind[0]) is None:
        return False
    a, b = line_at(text, start, end)
    values = [f[2] for f in aligned_fields(text[a:b])]
    return any(_DOB8.fullmatch(v) or _TEL.fullmatch(v) for v in values)


def _aligned_phone(text: str, start: int, end: int) -> bool:
    """A 10–11 digit field of a person's aligned record."""
    kind = _record_kind(text, start, end)
    return kind is not None and kind[1] and _TEL.fullmatch(kind[0]) is not None


_ALIGNED = r"(?m)(?:(?<=[ \t\u3000]{2})|(?<=\t))(?P<v>\d{%s})(?=[ \t\u3000]{2}|\t|[ \t]*$)"
#: a transfer file's header word (振込データ, 見舞金)
TRANSFER_HEADER = lazy_compile(r"振込|見舞金")


def _under_transfer_header(text: str, start: int, end: int) -> bool:
    """振込 / 見舞金 within the 400 characters above the value's line."""
    a, _ = line_at(text, start, end)
    return TRANSFER_HEADER.search(text, max(0, a - 400), a) is not None


_ZENGIN = r"(?m)^D\d{8}[ ]?(?P<v>\d{7})(?=[ｦ-ｯｱ-ﾝ])"
# --- labels, foreign wordings -----------------------------------------------------------------
_HW_POSTAL = r"ﾕｳﾋﾞﾝ(?:ﾊﾞﾝｺﾞｳ)?" + _B + r"*[:：]" + _B + r"*(?P<v>\d{3}-?\d{4})(?!\d)"
_HW_ACCOUNT = r"ｺｳｻﾞ(?:ﾊﾞﾝｺﾞｳ)?" + _B + r"*[:：]" + _B + r"*(?:(?:ﾌﾂｳ|ﾄｳｻﾞ)" + _B + r"*)?(?P<v>\d{7})(?!\d)"
_HL7_POSTAL = r"\^(?P<v>\d{3}-\d{4})\^JPN(?![A-Za-z])"
_SPACED_POSTAL = (
    r"(?:郵便番号|〒)" + _B + r"*[:：]?" + _B + r"*(?P<v>\d(?: \d){2} ?- ?\d(?: \d){3})(?![ ]?\d)"
)
_KO_BIRTH = r"(?P<v>(?:19|20)\d{2}년\s?\d{1,2}월\s?\d{1,2}일)(?=\s?생)"
_ID_MONTHS = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"
_ID_BIRTH = (
    r"(?i:tanggal[ \t]+lahir)[ \t]*[:：]?[ \t]*"
    r"(?P<v>\d{1,2}[ \t]+(?:" + _ID_MONTHS + r")[ \t]+(?:19|20)\d{2})"
)
_TH_BIRTH = r"วันเกิด[ \t]*[:：]?[ \t]*(?P<v>\d{1,2}/\d{1,2}/25\d{2})(?!\d)"
_NE_BIRTH = r"जन्म[ \t]*मिति[ \t]*(?:\(वि\.[ ]?सं\.\)[ \t]*)?[:：]?[ \t]*(?P<v>20\d{2}/\d{1,2}/\d{1,2})(?!\d)"
_MD = r"(?P<v>(?<![\d年])\d{1,2}月\d{1,2}日)"
_BIRTHDAY_LABEL = r"誕生日" + _B + r"*(?:[:：]" + _B + r"*|[（(])" + _MD
_BORN_AFTER = _MD + r"(?=生まれ)"
#: a birthday list's title
BIRTHDAY_TITLE = lazy_compile(r"おたんじょうび|お誕生日表|誕生日表|誕生日一覧")
_LIST_LINE = (
    r"(?m)^(?:[・\-*]" + _B + r"*)?[ぁ-んァ-ヴ一-龥々]{1,8}(?:くん|ちゃん|さん)?"
    + _B + r"+" + _MD + _B + r"*$"
)


def _birthday_list(text: str, start: int, end: int) -> bool:
    """A birthday list's title (おたんじょうび表, 誕生日一覧) within 400 characters above."""
    return BIRTHDAY_TITLE.search(text, max(0, start - 400), start) is not None


_ID_ACCOUNT = r"(?i:rekening)(?:[ \t]+(?i:saya|bank))?[ \t]*[:：]?[ \t]*(?P<v>\d{7})(?!\d)"
_ZH_ACCOUNT = r"(?:银行)账号(?:是|为|[:：])?[ \t]*(?P<v>\d{7})(?!\d)"
_PASSPORT_VALUE = r"(?P<v>[A-Z]{1,3}\d{6,7}[A-Z]?)(?![0-9A-Za-z])"
_PT_PASSPORT = (
    r"(?i:passaporte)(?:[ \t]+(?i:brasileiro))?[ \t]*(?:n[º°o]\.?[ \t]*)?[:：]?[ \t]*" + _PASSPORT_VALUE
)
_ES_PASSPORT = r"(?i:pasaporte)[ \t]*\(?(?i:n\.?[ \t]?[º°o]\.?)[ \t]*" + _PASSPORT_VALUE
_TL_PASSPORT = r"(?i:pasaporte[ \t]+blg\.?)[ \t]*[:：]?[ \t]*" + _PASSPORT_VALUE
_NP_PASSPORT = r"(?i:passport[ \t]+no\.?)[ \t]*[:：][ \t]*(?P<v>\d{7})(?![0-9A-Za-z])"
_PHONE_VALUE = r"(?P<v>\+?\d[\d() -]{7,16}\d)(?![\d])"
_PHONE_LABELS = (
    r"(?:SMS受信|架電番号(?:[（(][^)）\n]{0,8}[)）])?|(?i:numero[ \t]+ko[ \t]+po(?:[ \t]+ay)?)"
    r"|(?i:m[óo]vil)|โทร|(?i:s[ốo][ \t]+đi[ệe]n[ \t]+tho[ạa]i)[^\n]{0,30}?[ \t]l[àa])"
)
_LABELLED_PHONE = _PHONE_LABELS + r"[ \t]*[:：]?[ \t]*" + _PHONE_VALUE
_TW_PHONE = r"(?<![\d+])(?P<v>\+886[ -]?\d{1,4}(?:[ -]\d{2,4}){1,3})(?![\d])"


def _phone_digits(value: str) -> bool:
    """Nine to fifteen digits (a national or an E.164 number)."""
    return 9 <= sum(c.isdigit() for c in value) <= 15


# --- pension numbers named earlier ------------------------------------------------------------
_PENSION_NAMED = lazy_compile(r"基礎年金番号")
_OTHER_NUMBER = lazy_compile(r"(?<!年金)番号|No\.|コード|ID")


def _pension_named_before(text: str, start: int, end: int) -> bool:
    """基礎年金番号 earlier on the value's line or on the line above it, with no other number's
    label (受付番号, No.) between it and the value."""
    a, _ = line_at(text, start, end)
    above = line_above(text, a)
    hits = list(_PENSION_NAMED.finditer(text, above[0] if above else a, start))
    if not hits:
        return False
    return _OTHER_NUMBER.search(text, hits[-1].end(), start) is None


_PENSION_4_6 = r"(?<![\d-])(?P<v>\d{4}[- ]\d{6})(?![\d-])"

# --- vetoes -----------------------------------------------------------------------------------
_INCIDENT_LABEL = lazy_compile(r"(?:発生|事故|受傷|発見|通報)(?:日時|日|時刻)" + _B + r"*[:：]?" + _B + r"*$")


def incident_date(text: str, start: int) -> bool:
    """A date right after 発生日時 / 事故日 / 受傷日 (an incident's date, not a birth date)."""
    return _INCIDENT_LABEL.search(text, max(0, start - 12), start) is not None


_CODE_WORD = lazy_compile(r"コード|code|Code|CODE")


def letter_code_corporate(text: str, start: int, end: int) -> bool:
    """A 法人番号 read from a letter + 12 digits (``B…`` folded to 8) on a line naming codes, or
    within 300 characters under one (学校コード一覧): a school / facility code."""
    if not text[start : start + 1].isalpha():
        return False
    _, b = line_at(text, start, end)
    return _CODE_WORD.search(text, max(0, start - 300), b) is not None


def hl7_header_value(text: str, start: int, end: int) -> bool:
    """The value sits on an HL7 v2 MSH line (its timestamp and control id are not PII)."""
    a, _ = line_at(text, start, end)
    return text.startswith("MSH|", a)


AM_BIRTH: tuple[JaPattern, ...] = (
    JaPattern("am_aligned_record", _ALIGNED % "8", 0.6, where=_aligned_birth),
    JaPattern("am_korean_birth", _KO_BIRTH, 0.6, own_label=True),
    JaPattern("am_indonesian_birth", _ID_BIRTH, 0.6, own_label=True),
    JaPattern("am_thai_birth", _TH_BIRTH, 0.6, own_label=True),
    JaPattern("am_nepali_birth", _NE_BIRTH, 0.6, own_label=True),
    JaPattern("am_birthday_label", _BIRTHDAY_LABEL, 0.6, own_label=True),
    JaPattern("am_born_month_day", _BORN_AFTER, 0.6, own_label=True),
    JaPattern("am_birthday_list", _LIST_LINE, 0.6, own_label=True, where=_birthday_list),
)
AM_POSTAL: tuple[JaPattern, ...] = (
    JaPattern("am_aligned_record", _ALIGNED % "7", 0.6, where=aligned_postal),
    JaPattern("am_halfwidth_label", _HW_POSTAL, 0.6, own_label=True),
    JaPattern("am_hl7_address", _HL7_POSTAL, 0.6, own_label=True),
    JaPattern("am_digit_spaced", _SPACED_POSTAL, 0.6, own_label=True),
)
AM_PHONE: tuple[JaPattern, ...] = (
    JaPattern("am_aligned_record", _ALIGNED % "10,11", 0.6, own_label=True, where=_aligned_phone),
    JaPattern("am_labelled_phone", _LABELLED_PHONE, 0.6, check=_phone_digits, own_label=True),
    JaPattern("am_taiwan_phone", _TW_PHONE, 0.6, check=_phone_digits, own_label=True),
)
AM_BANK: tuple[JaPattern, ...] = (
    JaPattern("am_transfer_line", _ZENGIN, 0.6, own_label=True, where=_under_transfer_header),
    JaPattern("am_halfwidth_label", _HW_ACCOUNT, 0.6, own_label=True),
    JaPattern("am_indonesian_rekening", _ID_ACCOUNT, 0.6, own_label=True),
    JaPattern("am_chinese_account", _ZH_ACCOUNT, 0.6, own_label=True),
)
AM_PASSPORT: tuple[JaPattern, ...] = (
    JaPattern("am_portuguese", _PT_PASSPORT, 0.6, own_label=True),
    JaPattern("am_spanish", _ES_PASSPORT, 0.6, own_label=True),
    JaPattern("am_tagalog", _TL_PASSPORT, 0.6, own_label=True),
    JaPattern("am_seven_digits", _NP_PASSPORT, 0.6, own_label=True),
)
AM_PENSION: tuple[JaPattern, ...] = (
    JaPattern("am_named_before", _PENSION_4_6, 0.6, own_label=True, where=_pension_named_before),
)
