"""郵便番号 (postal codes): NNN-NNNN after 〒 or 郵便番号; a bare NNN-NNNN only with context.

Source: 日本郵便「郵便番号」制度 (7桁郵便番号, 1998年2月2日施行; 郵便法第七十五条の二 等の郵便区番号).

>>> r = JpPostalCodeRecognizer()
>>> t = "〒100-8926 東京都千代田区"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['100-8926']
>>> r.analyze("品番100-8926", [])
[]
>>> t = "2-4-18 Chuo, Aoba-ku, Sendai-shi, Miyagi 980-0021, Japan"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['980-0021']
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.address import PREFECTURE_ROMAJI, PREFECTURES
from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer
from govrag.dlp.recognizers.date_of_birth import after_person_name
from govrag.dlp.recognizers.forms_aj import AJ_POSTAL
from govrag.dlp.recognizers.forms_am import AM_POSTAL
from govrag.dlp.recognizers.forms_an import AN_POSTAL
from govrag.dlp.recognizers.forms_ao import AO_POSTAL
from govrag.dlp.recognizers.forms_aq import AQ_POSTAL
from govrag.dlp.recognizers.forms_ar import AR_POSTAL
from govrag.dlp.recognizers.rows import (
    FIELD_SEPARATORS,
    birth_postal_header_above,
    column_header,
    line_at,
    personal_field,
    row_cells,
    whole_field,
)

__all__ = ["JpPostalCodeRecognizer", "amount_key_before"]


#: English labels: Postal code, Post code, Zip, ZIP code (not zipper)
_LABEL_EN = (
    r"(?<![A-Za-z])(?i:postal\s*code|post\s*code|zip(?:\s*code)?|yu-?u?bin(?:\s*-?\s*bango-?u?)?)(?![A-Za-z])"
)
_ROW_ADDRESS = lazy_compile("(?:" + "|".join(PREFECTURES) + r")[一-龥々ヶケぁ-んァ-ヴー]{1,8}?[市区町村郡]")


def _field_in_address_row(text: str, start: int, end: int) -> bool:
    """A bare NNN-NNNN that is a whole field of a CSV / table row whose other field is an address
    (都道府県 + 市区町村, a 政令市's 区, a 特別区), a phone number or an e-mail address: the row's
    postal code, written without 〒 (:mod:`.rows`)."""
    if whole_field(text, start, end, FIELD_SEPARATORS) is None:
        return False
    a, b = line_at(text, start, end, limit=200)
    line = text[a:b]
    if any(ch in line for ch in FIELD_SEPARATORS) and _ROW_ADDRESS.search(line) is not None:
        return True
    # a headerless row whose other field is a phone, an e-mail or a 政令市/特別区 address
    value = text[start:end]
    cells = row_cells(text, start, end, FIELD_SEPARATORS)
    return cells is not None and any(personal_field(c) for c in cells if c != value)


#: round Z: the header of a postal-code column (郵便番号, 〒, zip, postal code)
_POSTAL_HEADER = lazy_compile(r"\s*(?:〒|郵便番号|郵便|" + _LABEL_EN + r")\s*")


def _seven_in_address_row(text: str, start: int, end: int) -> bool:
    """Round Z: a bare 7-digit code that is a whole field of a delimited row (pipe, CSV, SQL
    result) with an address cell (都道府県 + 市区町村), or under a postal / zip column header."""
    cells = row_cells(text, start, end, FIELD_SEPARATORS)
    if cells is None:
        return False
    header = column_header(text, start, end)
    if header is not None and _POSTAL_HEADER.fullmatch(header):
        return True
    return any(_ROW_ADDRESS.match(c.strip(" \u3000\t\"'")) for c in cells)


#: a code in brackets right after a place-of-delivery word: 転出先（2200012）, 送付先住所（…）
_BRACKETED = r"(?:先|住所|所在地|居所)\s*[（(]\s*(?P<v>\d{3}-?\d{4})\s*[）)]"
#: round W: a blank-separated code after a place-of-delivery label, an address right after it
#: (送付先 231 0023 神奈川県…)
_SENT_TO_SPACED = (
    r"(?:送付先|返送先|送り先|届け先|宛先)\s*[:：]?[ \u3000]*(?P<v>\d{3}[ \u3000]\d{4})(?=[ \u3000]*"
    + _ROW_ADDRESS.pattern
    + ")"
)
#: a code alone at the start of a line or field, an address (都道府県 + 市区町村) right after it
_BEFORE_ADDRESS = (
    r"(?:^|(?<=[\n,|\t/:：]))[ \u3000]*(?P<v>\d{3}-\d{4}|\d{7})(?=[ \u3000]*" + _ROW_ADDRESS.pattern + ")"
)
#: round V: a 7-digit code opening a row, a bar, tab or comma, then an address reaching a number
#: (an address-label list: 「1600023｜東京都新宿区…7丁目5番1号」)
_ROW_HEAD_CELL = (
    r"(?:^|(?<=\n))[ \u3000]*(?P<v>\d{7})[ \u3000]*[|｜\t,，][ \u3000]*(?="
    + _ROW_ADDRESS.pattern
    + r"[^\n|｜\t,，]{0,40}?(?:\d|丁目|番地))"
)
#: round R: a bare code as a space-separated field of a roster line, between a person's name and an
#: address that reaches a number (「氏名　NNN-NNNN　都道府県…市…2番4号」)
_ROSTER_BEFORE_ADDRESS = (
    r"(?<=[ \t\u3000])(?P<v>\d{3}-\d{4})[ \t\u3000]+"
    r"(?=" + _ROW_ADDRESS.pattern + r"[^\n]{0,40}?(?:\d|丁目|番地))"
)
#: round Q: a code alone on its line directly above an address line that reaches a number or a
#: 丁目 (a mailing label or an envelope: 「NNN-NNNN⏎都道府県…市…1丁目2番3号」)
_ABOVE_ADDRESS = (
    r"(?:^|(?<=\n))[ \u3000]*(?P<v>\d{3}-\d{4}|\d{7})[ \u3000\r]*\n[ \u3000]*(?="
    + _ROW_ADDRESS.pattern
    + r"[^\n]{0,40}?(?:\d|丁目|番地))"
)
#: round U: a code alone on its line right below an address line that ends in a number, 番地 or
#: 号 (an address block written address first: 「都道府県…3番7号⏎NNN-NNNN⏎電話 …」)
_BELOW_ADDRESS = r"(?:(?<=\n))[ \u3000]*(?P<v>\d{3}-\d{4})[ \u3000\r]*(?=\n|$)"
_ADDRESS_LINE = lazy_compile(
    r"^[^\n]{0,12}?" + _ROW_ADDRESS.pattern + r"[^\n]{0,40}?(?:\d|番地|号|丁目)[ \u3000\r]*$"
)


def _below_address_line(text: str, start: int, end: int) -> bool:
    """The line above the code is an address line (都道府県 + 市区町村 … reaching a number)."""
    a = text.rfind("\n", 0, start)
    above = text[text.rfind("\n", 0, a) + 1 : a]
    return _ADDRESS_LINE.search(above) is not None


# --- round AI-A: codes without 〒 in unlabelled rows, return-address lists, fixed-width records, CEP
#: a city (a 政令市's 区 optional) or a 区町村 opening an address that reaches a number
_AIA_ADDRESS = (
    r"(?:" + _ROW_ADDRESS.pattern
    + r"|(?:[一-龥々ヶケ]{1,5}|さいたま)市(?:[一-龥々]{1,3}区)?|[一-龥々]{1,4}[区町村郡])"
    r"[^\n]{0,40}?(?:\d|丁目|番地)"
)
#: a code as a blank / comma / bar field right before such an address (a roster row)
_AIA_ROW = (
    r"(?<=[ \t\u3000,，|｜])(?P<v>\d{3}-?\d{4})[ \t\u3000,，|｜]+(?=" + _AIA_ADDRESS + ")"
)
#: a code opening a line (no 〒), an address right after it (a return-address list)
_AIA_LINE_START = r"(?:^|(?<=\n))[ \t\u3000]*(?P<v>\d{3}-?\d{4})[ \t\u3000]+(?=" + _AIA_ADDRESS + ")"
#: a fixed-width record: YYYYMMDD, the code glued to it, the address glued to the code
_AIA_FIXED = (
    r"(?<=(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?P<v>\d{7})(?=" + _AIA_ADDRESS + ")"
)
#: Portuguese CEP (Código de Endereçamento Postal) before a Japanese 7-digit code
_AIA_CEP = r"(?<![A-Za-z])CEP[ \t:：]*(?P<v>\d{3}-?\d{4})(?![0-9-])"
_AIA_BEFORE = lazy_compile(
    r"(?:(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}|[MTSHR]\.?\d{1,2}[./-]\d{1,2}[./-]\d{1,2}"
    r"|\d{1,2}年\d{1,2}月\d{1,2}日)[ \t\u3000,，|｜]+$"
)


def _aia_after_date_or_name(text: str, start: int, end: int) -> bool:
    """A (birth) date or a person's name right before the code (the row's earlier fields)."""
    if _AIA_BEFORE.search(text, max(0, start - 24), start) is not None:
        return True
    return after_person_name(text, start, end)


#: round U: the Vietnamese label (mã bưu điện, mã bưu điện là)
_LABEL_VI = r"(?<![A-Za-z])(?i:m[ãa]\s+b[ưu]u\s+[đd]i[ệe]n)(?:\s+(?i:l[àa]))?"
#: a range of codes (…から…まで, 〜): postal zones, not a person's code
_RANGE_AFTER = lazy_compile(r"^\s*(?:から|～|〜|~|乃至|ないし)\s*〒?\d{3}-?\d{4}")
_RANGE_BEFORE = lazy_compile(r"\d{3}-?\d{4}\s*(?:から|～|〜|~|乃至|ないし)\s*〒?$")


class JpPostalCodeRecognizer(JaPatternRecognizer):
    """Postal codes, anchored by 〒 / 郵便番号 or by address words."""

    ENTITY = "JP_POSTAL_CODE"
    DIGIT_VALUES = True
    SOURCE = "日本郵便 7桁郵便番号 (1998年2月2日実施)"
    PATTERNS = (
        # round AB: the code closing the value line under a 生年月日 … 郵便番号 header
        JaPattern(
            "header_above_birth",
            r"(?<=[ \t\u3000])(?P<v>\d{3}-\d{4})(?=[ \t\u3000]*(?:\n|$))",
            0.6,
            own_label=True,
            where=birth_postal_header_above,
        ),
        JaPattern(
            "mark",
            r"(?:〒|郵便番号|郵便|" + _LABEL_EN + "|" + _LABEL_VI + r")\s*[:：は]?\s*"
            r"(?P<v>\d{3}(?: ?- ?| )?\d{4})(?![0-9]|[ -]\d)",
            0.6,
        ),
        # in a romaji address the code follows the prefecture (or Japan) without 〒
        JaPattern(
            "after_prefecture_romaji",
            r"(?:" + PREFECTURE_ROMAJI + r"|(?<![A-Za-z])(?i:Japan))\s*,?\s*"
            r"(?P<v>\d{3}-\d{4})(?![0-9]|-\d)",
            0.6,
        ),
        # round W: OCR-spaced digits after 〒 (〒0 5 3 - 0 0 2 2)
        JaPattern("mark_ocr_spaced", r"〒[ \u3000]*(?P<v>\d(?: \d){2} - \d(?: \d){3})(?![ ]?[0-9])", 0.6),
        JaPattern("sent_to_spaced", _SENT_TO_SPACED, 0.6),
        JaPattern("bracketed", _BRACKETED + r"(?![0-9])", 0.6),
        JaPattern("before_address", _BEFORE_ADDRESS, 0.6),
        JaPattern("row_head_cell", _ROW_HEAD_CELL, 0.6),
        JaPattern("above_address", _ABOVE_ADDRESS, 0.6),
        JaPattern("below_address", _BELOW_ADDRESS, 0.6, where=_below_address_line),
        JaPattern("roster_before_address", _ROSTER_BEFORE_ADDRESS, 0.6, where=after_person_name),
        JaPattern("aia_row_before_address", _AIA_ROW, 0.6, where=_aia_after_date_or_name),
        JaPattern("aia_line_start_address", _AIA_LINE_START, 0.6),
        JaPattern("aia_fixed_width", _AIA_FIXED, 0.6),
        JaPattern("aia_cep", _AIA_CEP, 0.6),
        *AJ_POSTAL,  # round AJ (forms_aj.py)
        *AM_POSTAL,  # round AM (forms_am.py)
        *AN_POSTAL,  # round AN (forms_an.py)
        *AO_POSTAL,  # round AO (forms_ao.py)
        *AQ_POSTAL,  # round AQ (forms_aq.py)
        *AR_POSTAL,  # round AR (forms_ar.py)
        JaPattern("bare", r"(?<![0-9A-Za-z-])(?P<v>\d{3}-\d{4})(?![0-9A-Za-z]|-\d)", 0.2, needs_context=True),
        JaPattern(
            "address_row",
            r"(?<![0-9A-Za-z-])(?P<v>\d{3}-\d{4})(?![0-9A-Za-z]|-\d)",
            0.6,
            where=_field_in_address_row,
            fallback=True,
        ),
        JaPattern(
            "seven_in_address_row",
            r"(?<![0-9A-Za-z-])(?P<v>\d{7})(?![0-9A-Za-z]|-\d)",
            0.6,
            where=_seven_in_address_row,
            fallback=True,
        ),
    )
    CONTEXT = ("〒", "郵便番号", "郵便", "住所", "所在地", "送付先", "Zip", "ZIP")
    CONTEXT_BEFORE = 12
    CONTEXT_AFTER = 0
    CONTEXT_BOOST = 0.4

    def accept(self, text: str, start: int, end: int) -> bool:
        """Not one end of a range of codes (郵便番号1000000から1999999まで: postal zones)."""
        return not (
            _RANGE_AFTER.search(text[end : end + 16])
            or _RANGE_BEFORE.search(text[max(0, start - 16) : start])
        )


#: round AI-A: an amount's key or column (salary, 給与, 年収 …): its 7 digits are money, not a code
_AMOUNT_WORD = (
    r"(?i:salary|kyu+yo|income|shotoku|nenshu|amount|kingaku|wage|bonus|pay|shikyu)[A-Za-z_]*"
    r"|給与|給料|年収|所得|金額|支給額|支払額|賞与|収入|報酬|賃金"
)
_AMOUNT_KEY = lazy_compile(r"[\"']?(?:" + _AMOUNT_WORD + r")[\"']?[ \t]*[:=：][ \t]*[\"']?$")
_AMOUNT_HEADER = lazy_compile(r"[ \t\u3000\"']*(?:" + _AMOUNT_WORD + r")[^\n]{0,8}")


def amount_key_before(text: str, start: int, end: int) -> bool:
    """The value stands right after an amount's key (``"salary": 3250000``) or in a column whose
    header names an amount (給与, 年収, salary)."""
    if _AMOUNT_KEY.search(text, max(0, start - 24), start) is not None:
        return True
    header = column_header(text, start, end)
    return header is not None and _AMOUNT_HEADER.fullmatch(header) is not None
