"""基礎年金番号: four digits, hyphen, six digits (or ten digits) with 年金 context.

Source: 国民年金法 (昭和三十四年法律第百四十一号) 第十四条 (基礎年金番号) and 日本年金機構
「基礎年金番号通知書」 (4桁-6桁).

>>> t = "基礎年金番号 1234-567890"
>>> [t[x.start:x.end] for x in JpPensionNumberRecognizer().analyze(t, [])]
['1234-567890']
>>> t = "国民年金保険料未納者一覧 山田 一郎 2345-678901、佐藤 二郎 3456-789012"
>>> len(JpPensionNumberRecognizer().analyze(t, []))
2
>>> t = "種別：基礎年金番号\\n番号：4520-119384"
>>> [t[x.start:x.end] for x in JpPensionNumberRecognizer().analyze(t, [])]
['4520-119384']
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer, other_label_before, spaced_label
from govrag.dlp.recognizers.forms_am import AM_PENSION
from govrag.dlp.recognizers.forms_aq import AQ_PENSION
from govrag.dlp.recognizers.forms_ar import AR_PENSION
from govrag.dlp.recognizers.forms_as import AS_PENSION, kokuho_record
from govrag.dlp.recognizers.rows import ADDRESS_START, row_cells
from govrag.dlp.recognizers.titled import BARE_LABEL, titled_by

__all__ = ["JpPensionNumberRecognizer"]

#: a count or amount after the digits (1234567890人, 円, 件 …) is no number of a person
_UNIT = r"[円件人名個枚回歳]"
#: ten digits in any grouping; a hyphen may have spaces around it (OCR: 1234 - 567890)
_TEN = r"(?<![0-9A-Za-z-])(?P<v>\d(?:(?: ?- ?| )?\d){9})(?![0-9A-Za-z]|[ -]\d| -|" + _UNIT + ")"
#: the line above a bare 番号 field names the pension number (「種別：基礎年金番号」 then 「番号：…」,
#: a table row's 種別 cell read as a form)
_KIND_ABOVE = lazy_compile(
    r"(?:基礎年金番号|年金番号|年金手帳|(?i:pension\s*(?:no|number)))[^\n]{0,8}\n[^\n]*$"
)
#: 基礎年金番号 (its two words maybe on two lines) ending its line, the value alone on the next
_LABEL_LINES = (
    r"基礎年金[ \t\u3000]*\n?[ \t\u3000]*番号[^\n]{0,12}\n"
    r"[ \t\u3000]*[［\[（(]?[ \t\u3000]*(?P<v>\d{4}[ -]?\d{6})"
    r"[ \t\u3000]*[］\]）)]?[ \t\u3000]*(?=\n|$)"
)
#: round R: the broken label with the value after 番号 on its line, a hyphen spaced by OCR
_LABEL_LINES_SAME = (
    r"基礎年金[ \t\u3000]*\n[ \t\u3000]*番号[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"(?P<v>\d{4}[ \t\u3000]*-[ \t\u3000]*\d{6})(?![0-9])"
)
#: round R: a 4+6 value opening a row whose other fields name a 年金 (…年金生活者支援給付金 請求)
_ROW_HEAD = (
    r"(?m)^[ \t\u3000]*(?P<v>\d{4}[ -]\d{6})(?=[ \t\u3000,，|｜][^\n]*年金)"
)
#: round S: memo-style 基年： (基礎年金番号 abbreviated), a colon required (基年度 is no label)
_ABBREV = r"(?<![\u3040-\u30ff\u4e00-\u9fff])基年[ \t\u3000]*[:：][ \t\u3000]*" + _TEN
#: round AB: 基年 / 基年番号 / 基年No / 基礎年金No before the value (a colon optional after a longer label)
_ABBREV_LONG = (
    r"(?<![\u3040-\u30ff\u4e00-\u9fff])(?:基年(?:番号|[Nn][Oo]\.?)|基礎年金[Nn][Oo]\.?)"
    r"[ \t\u3000]*[:：=]?[ \t\u3000]*" + _TEN
)
_ABBREV_BARE = r"(?<![\u3040-\u30ff\u4e00-\u9fff])基年[ \t\u3000]+" + _TEN
#: round AB: the label ending its line, a bracketed note line (（10桁）, 【本人分】), maybe a blank
#: line, then the value alone on its line
_LABEL_NOTE_VALUE = (
    r"(?:基礎年金番号|年金番号)[ \t\u3000]*[:：]?[ \t\u3000]*\n"
    r"[ \t\u3000]*[（(【\[][^\n（()）【】\[\]]{1,14}[）)】\]][ \t\u3000]*\n(?:[ \t\u3000]*\n)?"
    r"[ \t\u3000]*(?P<v>\d{4}[ -]?\d{6})[ \t\u3000]*(?=\n|$)"
)
#: round AB: a bullet line of a hand-over list: a name, then a ten-digit run
_BULLET_VALUE = (
    r"(?m)^[ \t\u3000]*[・\-－*•◦▪][ \t\u3000]*[^\s0-9:：][^\n0-9]{0,10}[ \t\u3000:：]+"
    r"(?P<v>\d{10})(?![0-9A-Za-z])"
)
_BULLET_LINE = lazy_compile(r"[ \t\u3000]*[・\-－*•◦▪◆■【]")


def _pension_list(text: str, start: int, end: int) -> bool:
    """The value's bullet line closes a list (contiguous lines above, up to 8) whose nearest line
    naming a number names the 基礎年金番号 (not when it names another number)."""
    lines = text[: text.rfind("\n", 0, start) + 1].split("\n")[:-1][-8:]
    for line in reversed(lines):
        if not line.strip():
            return False
        if "基礎年金番号" in line:
            return True
        if "番号" in line or (re.search(r"\d{5}", line) and not _BULLET_LINE.match(line)):
            return False
    return False


#: round S: the label spaced by OCR (基 礎 年 金⏎番 号) with ten digits after 番 号
_SPACED_LABEL = (
    spaced_label("基礎年金") + r"[ \t\u3000]*\n?[ \t\u3000]*"
    + spaced_label("番号") + r"[ \t\u3000]*[:：]?[ \t\u3000]*(?P<v>\d{4}[ -]?\d{6})(?![0-9])"
)
#: round Y: a chat reply giving a 4-6 number on the line right under one asking for the 年金番号
#: (「年金番号を教えてください。⏎利用者：1234-567890」), after an optional speaker label
_ASKED_ABOVE = (
    r"(?:基礎)?年金番号[^\n0-9]{0,6}(?:を教えて|をお願い|を伺|をお聞かせ|は[？?]|を[？?])[^\n0-9]{0,20}\n"
    r"[ \t\u3000]*(?:[^\s:：0-9]{1,8}[:：][ \t\u3000]*|[AＡ答][ \t\u3000:：]+)?"
    r"(?P<v>\d{4}[ -]\d{6})(?![0-9A-Za-z]|-\d)"
)
#: round S: a fixed-line phone's shape (0AB-CDE-XXXX in 2/3/4-digit area groupings) is no pension
#: number unless a pension label stands right before it
_PHONE_SHAPE = lazy_compile(r"0\d{1,3}-\d{2,4}-\d{4}")
_LABEL_RIGHT_BEFORE = lazy_compile(r"(?:年金番号|基年)[^0-9\n]{0,4}$")
_PHONE_BEFORE = lazy_compile(r"(?:電話|TEL|Tel|tel|FAX|Fax|fax|携帯|内線)[^0-9]{0,6}$")

#: round AA: an English label cell of a ｜-table (｜Pension No.｜value｜, ｜Basic pension number｜…｜)
_EN_CELL = (
    r"[|｜][ \t\u3000]*(?i:(?:basic\s+)?pension\s*(?:No\.?|number|#))[ \t\u3000]*[|｜][ \t\u3000]*" + _TEN
)
#: round AA: a roster row's birth-date and postal-code cells (the 4-6 value's personal neighbours)
_DATE_CELL = lazy_compile(r"(?:19|20)\d{2}[/-]\d{1,2}[/-]\d{1,2}")
_POSTAL_CELL = lazy_compile(r"\d{3}-\d{4}")


def _roster_cell(text: str, start: int, end: int) -> bool:
    """The 4-6 value is a whole cell of a TSV row that also holds an address, a birth date and a
    postal code (a header-less roster of persons)."""
    cells = row_cells(text, start, end, "\t")
    if cells is None:
        return False
    return (
        any(ADDRESS_START.match(c) for c in cells)
        and any(_DATE_CELL.fullmatch(c) for c in cells)
        and any(_POSTAL_CELL.fullmatch(c) for c in cells)
    )


#: round AI-B: a bare 番号 label then a 4-6 value (blanks round the hyphen: 4521 - 108837) after a
#: ねんきん定期便 mention earlier in the message (≤ 160 characters back, across sentences)
_TEIKIBIN_BANGO = (
    r"(?<![一-龥ァ-ヴー])番号[ \t\u3000]*(?:は|[:：])?[ \t\u3000]*"
    r"(?P<v>\d{4}[ \t\u3000]*-[ \t\u3000]*\d{6})(?![0-9A-Za-z]|[ -]\d)"
)
_TEIKIBIN = lazy_compile(r"ねんきん定期便|年金定期便|ねんきんネット")


def _after_teikibin(text: str, start: int, end: int) -> bool:
    """A ねんきん定期便 named in the 160 characters before the value."""
    return _TEIKIBIN.search(text, max(0, start - 160), start) is not None


def _named_above(text: str, start: int, end: int) -> bool:
    """The line right above the value's line ends naming the pension number."""
    return _KIND_ABOVE.search(text[max(0, start - 80) : start]) is not None


class JpPensionNumberRecognizer(JaPatternRecognizer):
    """Basic pension numbers; 4-6 form scores just below threshold without 年金 context."""

    ENTITY = "JP_PENSION_NUMBER"
    DIGIT_VALUES = True
    SOURCE = "国民年金法第十四条 (基礎年金番号)"
    PATTERNS = (
        # a bare 番号 under the notice's or booklet's title a few lines above (OCR, forms)
        JaPattern(
            "pension_titled",
            BARE_LABEL + _TEN,
            0.5,
            where=titled_by(("年金手帳", "基礎年金番号通知書", "年金証書")),
        ),
        # round P: 「…通知書が届きました。番号は⏎1234-567890⏎と…」: the sentence's 番号 after the title
        JaPattern(
            "pension_titled_sentence",
            r"(?<=。)[ \t\u3000]*番号\s*(?:は|[:：])\s*" + _TEN,
            0.5,
            where=titled_by(("年金手帳", "基礎年金番号通知書", "年金証書")),
        ),
        # round P: the label broken over lines (基礎年金⏎番号⏎…), the value alone on the next line,
        # maybe in ［］
        JaPattern("pension_label_lines", _LABEL_LINES, 0.6),
        JaPattern("pension_label_lines_same", _LABEL_LINES_SAME, 0.6),
        JaPattern("pension_row_head", _ROW_HEAD, 0.6),
        JaPattern("pension_abbrev", _ABBREV, 0.6),
        JaPattern("pension_abbrev_long", _ABBREV_LONG, 0.6),
        JaPattern("pension_abbrev_bare", _ABBREV_BARE, 0.6),
        JaPattern("pension_label_note_value", _LABEL_NOTE_VALUE, 0.6),
        JaPattern("pension_bullet_list", _BULLET_VALUE, 0.6, own_label=True, where=_pension_list),
        JaPattern("pension_spaced_label", _SPACED_LABEL, 0.6),
        JaPattern("pension_asked_above", _ASKED_ABOVE, 0.6),
        JaPattern("pension_teikibin_bango", _TEIKIBIN_BANGO, 0.6, where=_after_teikibin),
        JaPattern("pension_en_cell", _EN_CELL, 0.6, own_label=True),
        JaPattern(
            "pension_roster_cell",
            r"(?<![0-9A-Za-z-])(?P<v>\d{4}-\d{6})(?![0-9A-Za-z]|-\d)",
            0.6,
            own_label=True,
            where=_roster_cell,
        ),
        # a bare 番号 field on the line under one naming the pension number (a row's 種別 cell)
        JaPattern("pension_kind_above", BARE_LABEL + _TEN, 0.5, where=_named_above),
        *AM_PENSION,  # round AM (forms_am.py): before the bare 4-6 shape, which scores lower
        *AQ_PENSION,  # round AQ (forms_aq.py)
        *AR_PENSION,  # round AR (forms_ar.py)
        *AS_PENSION,  # round AS (forms_as.py)
        JaPattern(
            "pension_4_6", r"(?<![0-9A-Za-z-])(?P<v>\d{4}[ -]\d{6})(?![0-9A-Za-z]|-\d|" + _UNIT + ")", 0.45
        ),
        # ten digits in any grouping (1234567890, 12-3456-7890, 1234 56 7890): only with context
        JaPattern("pension_10", _TEN, 0.3, needs_context=True, fallback=True),
    )
    # lists headed by 年金/未納/被保険者 words give one header for many names and numbers
    CONTEXT = (
        *("年金", "基礎年金", "年金手帳", "年金番号", "未納", "被保険者"),
        *("Pension", "pension", "PENSION", "Nenkin", "nenkin", "NENKIN"),
        # round AI-B: the notice's own kana word (ねんきん定期便, ねんきんネット)
        "ねんきん",
    )
    CONTEXT_BEFORE = 80
    CONTEXT_BOOST = 0.4

    def accept(self, text: str, start: int, end: int) -> bool:
        """Reject numbers labelled as some other number (管理番号, 文書番号 …) or a phone's."""
        if _PHONE_BEFORE.search(text[max(0, start - 8) : start]):
            return False
        if kokuho_record(text, start, end):
            return False  # round AS: a 国保連-style record's 被保険者番号
        if _PHONE_SHAPE.fullmatch(text[start:end]) and not _LABEL_RIGHT_BEFORE.search(
            text[max(0, start - 10) : start]
        ):
            return False
        label = other_label_before(text, start, own=("年金", "基年"))
        return label is None or _listed_after_label(text, start, end, label)


#: round V: a second number after one 基礎年金番号 label in the same sentence (「基礎年金番号 X と
#: 旧番号 Y」, 「X・Y」): its own label names an older or duplicate record of it
_SENTENCE_LABEL = lazy_compile(r"基礎年金番号[^。\n]{0,60}$")
_LISTED_LABEL = lazy_compile(r"旧|重複|統合|手帳|別|前")
_PENSION_SHAPE = lazy_compile(r"\d{4}[ -]?\d{6}")


def _listed_after_label(text: str, start: int, end: int, label: str) -> bool:
    """The value has the 4-6 pension shape, its own label is an older/duplicate number's, and a
    基礎年金番号 label opens its sentence within 60 characters."""
    return (
        _PENSION_SHAPE.fullmatch(text[start:end]) is not None
        and _LISTED_LABEL.search(label) is not None
        and _SENTENCE_LABEL.search(text[max(0, start - 60) : start]) is not None
    )
