"""日本国旅券 (passport) numbers: two Latin letters and seven digits, with 旅券/パスポート context.

Source: 旅券法 (昭和二十六年法律第二百六十七号) 第六条 (旅券の記載事項) and ICAO Doc 9303 Part 4
(document number field); Japanese passports use the form TK1234567.

>>> t = "パスポート番号：TR7654321"
>>> [t[x.start:x.end] for x in JpPassportRecognizer().analyze(t, [])]
['TR7654321']
>>> t = "Passport No.: L4KX09R21 (Germany)"
>>> [t[x.start:x.end] for x in JpPassportRecognizer().analyze(t, [])]
['L4KX09R21']

Foreign passports (ICAO Doc 9303: up to nine characters, letters and digits) only right after a
passport-number label: 1-2 letters + 6-8 digits, an 8-9 character mix holding both (P1234567A,
X12Y45678), or nine digits; in English the word passport itself labels the value (「Vietnamese
passport C1234567」, 「passport number is …」), and in Japanese 「旅券（X…、国名）」.

>>> t = "旅券（E12345678、中国）"
>>> [t[x.start:x.end] for x in JpPassportRecognizer().analyze(t, [])]
['E12345678']
>>> JpPassportRecognizer().analyze("Ref: C1234567", [])
[]
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer, other_label_before
from govrag.dlp.recognizers.codes import code_words
from govrag.dlp.recognizers.forms_aj import AJ_PASSPORT
from govrag.dlp.recognizers.forms_am import AM_PASSPORT
from govrag.dlp.recognizers.forms_ao import AO_PASSPORT
from govrag.dlp.recognizers.forms_aq import AQ_PASSPORT
from govrag.dlp.recognizers.rows import column_header, row_separator

__all__ = ["JpPassportRecognizer", "in_other_column"]

_LABEL = (
    r"(?:(?:旅券|パスポート)\s*(?:番号|No\.?|[（(]\s*番号)"
    r"|(?<![A-Za-z])(?i:passport)\s*(?i:No\.?|Number|#))"
)
#: round R: the label's gloss in brackets (旅券番号（Passport No.）), and the labels of Vietnamese and
#: Chinese forms (Số hộ chiếu, 护照号码, 護照號碼)
_GLOSS = r"(?:\s*[（(][^（()）\n]{1,20}[)）])?"
_NUMBER_WORD = r"(?i:n\s*\.?\s*[ºo°]\.?|no\.?|n[úu]m(?:ero|\.)?|nr\.?|number)"
_EUROPEAN = (
    r"(?<![A-Za-z])(?:(?i:n[úu]mero|num[ée]ro|nummer)\s+(?i:de|del|du|di|van|do|da)\s+(?i:l[ae]\s+|il\s+)?)?"
    # round AC: Portuguese passaporte (Passaporte:, Número do passaporte)
    r"(?i:pasaporte|passaporte|passeport|passaporto|paspoort|paspor|reisepass)"
    r"(?:\s*[-‐]?\s*" + _NUMBER_WORD + r"|(?i:nummer))?(?:\s+(?i:es|est|ist|è|é))?(?![A-Za-z])"
)
_LABEL_OTHER = (
    r"(?:(?<![A-Za-z])(?i:(?:s[ốo]\s+)?h[ộo]\s+chi[ếe]u)|[护護]照(?:号码|號碼|号|號)"
    # round S: Portuguese (passaporte nº / n.º / número) and Korean (여권번호) labels
    # round AE: the Thai label (หนังสือเดินทาง, เลขที่ "number")
    r"|หนังสือเดินทาง(?:\s*เลขที่)?"
    r"|(?<![A-Za-z])(?i:passaporte)\s*(?:(?i:n)\s*\.?\s*[ºo°]\.?|(?i:n[úu]mero))|여권\s*번호"
    # round U: Spanish, French, German, Italian, Dutch and Indonesian labels in running text
    # (número de pasaporte es …, numéro de passeport est …, Reisepassnummer, Pasaporte n.º)
    "|" + _EUROPEAN + ")"
)
#: round S: a form line's bare 旅券 field, an ideographic space, a foreign 1-letter+7-digit number
_BARE_FORM = r"(?<![一-龥])旅券[\u3000 ]{1,2}(?P<v>[A-Z]\d{7})(?![0-9A-Za-z])"
#: a foreign number: series letters and digits (a check letter may close it, as in P1234567A), 8-9
#: mixed characters, or 9 digits
_FOREIGN = r"(?:[A-Z]{1,2}\d{6,8}[A-Z]?|(?=[A-Z0-9]{0,8}[A-Z])(?=[A-Z0-9]{0,8}\d)[A-Z0-9]{8,9}|\d{9})"
# English: the word passport, then optionally No./Number/# and "is" (a nationality word may precede)
_LABEL_EN_WORD = (
    r"(?<![A-Za-z])(?i:passport)(?:\s*(?i:No\.?|Number|#))?(?:\s+is)?(?![A-Za-z])"
)
# 旅券（E12345678、中国）: the value first in brackets, the issuing country after a comma
_BRACKET = (
    r"(?:旅券|パスポート)\s*[（(]\s*(?P<v>" + _FOREIGN + r")\s*[、,，/／]\s*[^（()）\n]{1,16}[)）]"
)

#: round W: an older number in brackets right after the labelled current one
#: (Passport No: 512209874 (prev. 488120937), 旅券番号 TZ4410982（旧 TZ1108374）)
_PREVIOUS = (
    "(?:" + _LABEL + r")\s*[:：]?\s*" + _FOREIGN + r"\s*[（(]\s*"
    r"(?:(?i:prev(?:ious)?\.?|old|former|formerly)|旧(?:番号|旅券)?)\s*[:：]?\s*"
    r"(?P<v>" + _FOREIGN + r")\s*[)）]"
)

#: round V: a foreign number right after a Japanese passport word (旅券, パスポート, 失効旅券; a blank,
#: a colon or は between, or the value in brackets closed right after it), 8-9 digits included
_FOREIGN_JA = _FOREIGN[:-1] + r"|\d{8}(?<!(?:19|20)\d{2}(?:0[1-9]|1[0-2])[0-3]\d))"
_JA_WORD = (
    r"(?<![ァ-ヴー])(?:旅券|パスポート)(?:[ \t\u3000]*[:：は][ \t\u3000]*|[ \t\u3000]+)"
    r"(?P<v>" + _FOREIGN_JA + r")(?![0-9A-Za-z])"
)
_JA_WORD_BRACKET = (
    r"(?<![ァ-ヴー])(?:旅券|パスポート)[ \t\u3000]*[（(][ \t\u3000]*(?P<v>" + _FOREIGN_JA + r")"
    r"[ \t\u3000]*[)）、,，]"
)
#: round V: an XML element or a JSON key naming the passport (<passport>…</passport>, "passport_no": "…")
_KEYED = (
    r"(?:<(?i:passport)[A-Za-z_]{0,12}>[ \t]*"
    # round AA: a Japanese JSON key too ("旅券番号": "…")
    r"|[\"'](?:(?i:passport)[A-Za-z_]{0,12}|(?:旅券|パスポート)(?:番号)?)[\"'][ \t]*:[ \t]*[\"'])"
    r"(?P<v>" + _FOREIGN_JA + r")(?=[ \t]*(?:</|[\"']))"
)

#: round AG: running text naming whose passport, one nationality word maybe, then the copula
#: (Meu passaporte brasileiro é …, Mi pasaporte mexicano es …); a country code in brackets after the
#: word (Passport (BR): …); a YAML key alone on its line (passport: 12345678)
_POSSESSED = (
    r"(?<![A-Za-z])(?i:meu|minha|mi|my|our|his|her|o|el)\s+(?i:passaporte|pasaporte|passport)"
    r"(?:\s+[A-Za-zÀ-ÿ]{3,15})?\s+(?i:é|es|is)\s+"
    # round AI-B: a number word after the copula (é nº …)
    r"(?:" + _NUMBER_WORD + r"\s*)?(?P<v>" + _FOREIGN + r")(?![0-9A-Za-z])"
)
_COUNTRY_CODE = (
    r"(?<![A-Za-z])(?i:passport)\s*[(（][A-Z]{2,3}[)）]\s*[:：]\s*(?P<v>" + _FOREIGN + r")(?![0-9A-Za-z])"
)
_YAML_KEY = r"(?m)^[ \t-]*(?i:passport)(?:_?(?i:no|number))?[ \t]*:[ \t]*(?P<v>" + _FOREIGN_JA + r")[ \t]*$"

#: round AI-B: foreign passport labels — German ``Pass-Nr.``, the Nepali राहदानी (नं.), and the
#: English word then Russian series and number spaced (``passport number is 72 4418093``,
#: ``Номер паспорта: 75 3301287``)
_PASS_NR = r"(?<![A-Za-z])(?i:pass)\s*[-‐]?\s*(?i:nr\.?|nummer)(?![A-Za-z])(?:\s+(?i:lautet|ist))?"
_NEPALI = r"राहदानी\s*(?:नं\.?|नम्बर|नंबर|संख्या)?"
_RU_SPACED = (
    r"(?:(?<![A-Za-z])(?i:passport)(?:\s*(?i:No\.?|Number|#))?(?:\s+is)?"
    r"|(?i:номер\s+паспорта|паспорт(?:а)?(?:\s*№)?))"
    r"\s*[:：]?\s*(?P<v>\d{2} \d{7})(?![0-9A-Za-z]|[ -]\d)"
)
#: round AI-B: the English word Passport right before an 8-digit number (not a date), as in a
#: list of names (``2. Ahmed Karim - Passport 20481377``)
_EN_WORD_DIGITS = (
    r"(?<![A-Za-z])(?i:passport)[ \t]*[:：#]?[ \t]*(?P<v>\d{8}(?<!(?:19|20)\d{2}(?:0[1-9]|1[0-2])[0-3]\d))"
    r"(?![0-9A-Za-z]|[/.-]\d)"
)


#: a product code's label right before the value
_PRODUCT_LABEL = lazy_compile(r"(?:" + code_words() + r")(?:\s*No\.?)?\s*[:：]?\s*$")


#: round P: a passport number's label as the topic of the value's sentence or the one before
#: (「旅券番号の転記ミス。券面：…、申請書：…」: each sub-label's value is a passport number)
_TOPIC_LABEL = lazy_compile(r"(?:旅券|パスポート)\s*番号|(?<![A-Za-z])(?i:passport)\s*(?i:No\.?|Number)")


def _passport_topic(text: str, start: int, end: int) -> bool:
    """A passport number's label earlier in the value's sentence or in the sentence before it
    (≤ 80 characters back, not across a line break or a blank line)."""
    left = text[max(0, start - 80) : start].split("\n")[-1]
    left = "。".join(left.split("。")[-2:])
    return _TOPIC_LABEL.search(left) is not None


#: round AE: a numbered list row (1. / 2) / ３．) under a title line naming 旅券 / パスポート, the block
#: unbroken by a blank line (≤ 30 lines): every row's passport-shaped value, not only the first
_LIST_ROW = lazy_compile(r"\s*\d{1,3}\s*[.．)）、]")
_LIST_TITLE = lazy_compile(r"旅券|パスポート|(?<![A-Za-z])(?i:passport)(?![A-Za-z])")


def _passport_list(text: str, start: int, end: int) -> bool:
    """The value stands on a numbered row of a list whose title line names the passport."""
    lines = text[max(0, start - 2000) : start].split("\n")
    if not _LIST_ROW.match(lines[-1]):
        return False
    for line in reversed(lines[-31:-1]):
        if not line.strip():
            return False
        if not _LIST_ROW.match(line):
            return _LIST_TITLE.search(line) is not None and "番号" not in line.replace("旅券番号", "")
    return False


#: another number's column in a header row (管理番号, 整理番号, 申請番号, 品番 …)
#: (a bare No. / 番号 column numbers the rows: no other number)
_OTHER_COLUMN = lazy_compile(
    r"(?<!旅券)(?<!パスポート)(?<=[一-龥ァ-ヴーA-Za-z])(?:番号|No\.?|コード|ID)(?![A-Za-z])|" + code_words()
)


#: wide blanks between cells (two spaces or more, a tab; a full-width blank folds to one space),
#: a cell naming the passport (旅券番号, パスポート, PP), a word of a row (quotes are no word)
_WIDE = lazy_compile(r"[ \t]{2,}|\t")
_PASSPORT_CELL = lazy_compile(r"旅券|パスポート|(?<![A-Za-z])(?i:passport|PP)(?![A-Za-z])")
_WORD = lazy_compile(r"[^\s\"'“”]+")


def _column_verdict(text: str, start: int, end: int) -> bool | None:
    """Round T: whether the value stands in the passport-number column a header row names: True,
    False (another column), or None (no such header, or its column cannot be told).

    None when the value's line names a label before it. In a table split by tabs, commas or bars
    whose header the row model finds, the value's header cell decides (any row of the block).
    Otherwise the line right above must be a header row (no digit) naming the passport number (and
    the value's line hold no tab, comma or bar the row model could not place). Then, when both
    rows split into as many cells at wide blanks, the value's cell decides; else (a name may hold
    blanks, a column may be missing) the value is in the column unless the header names another
    number's column too and the value's place counted from the left or the right is not the
    passport cell's."""
    a = text.rfind("\n", 0, start)
    if a < 0:
        return None
    b = text.find("\n", end)
    line = text[a + 1 : len(text) if b < 0 else b]
    if re.search(r"番号|[:：]", text[a + 1 : start]):
        return None  # its own label stands before it on its line (｜旅券番号｜TR…｜)
    if row_separator(line) is not None:
        column = column_header(text, start, end)
        return None if column is None else _PASSPORT_CELL.search(column) is not None
    header = text[text.rfind("\n", 0, a) + 1 : a]
    label = _TOPIC_LABEL.search(header)
    if label is None or re.search(r"\d", header):
        return None
    # cells set apart by wide blanks in both rows, as many in each: the value's header cell decides
    wide_header, wide_line = _WIDE.split(header.strip()), _WIDE.split(text[a + 1 : start].lstrip())
    if len(wide_header) == len(_WIDE.split(line.strip())) >= 2:
        return _PASSPORT_CELL.search(wide_header[len(wide_line) - 1]) is not None
    # the header's cells; the passport label may span two of them (旅券 番号, Passport No.)
    cells = [m.span() for m in re.finditer(r"\S+", header)]
    first = sum(1 for s, _ in cells if s <= label.start()) - 1
    last = sum(1 for s, _ in cells if s < label.end()) - 1
    others = [header[s:e] for i, (s, e) in enumerate(cells) if not first <= i <= last]
    if not any(_OTHER_COLUMN.search(c) for c in others):
        return True
    left = len(_WORD.findall(text[a + 1 : start]))
    right = len(_WORD.findall(line)) - left - 1
    return left == first or right == len(cells) - last - 1


def _under_passport_header(text: str, start: int, end: int) -> bool:
    """Round R: a header row names a passport-number column (氏名 旅券番号 生年月日) and the value
    stands in that column (round T: :func:`_column_verdict`)."""
    return _column_verdict(text, start, end) is True


def in_other_column(text: str, start: int, end: int) -> bool:
    """Round T: a header row names a passport-number column and the value stands in another one
    (管理番号 KR1234567 …: :func:`_column_verdict`)."""
    return _column_verdict(text, start, end) is False


class JpPassportRecognizer(JaPatternRecognizer):
    """Passport numbers (context required: the format is shared with product codes)."""

    ENTITY = "JP_PASSPORT"
    DIGIT_VALUES = True
    SOURCE = "旅券法第六条; ICAO Doc 9303 Part 4"
    PATTERNS = (
        JaPattern(
            "passport", r"(?<![0-9A-Za-z])(?P<v>[A-Z]{2}\d{7})(?![0-9A-Za-z])", 0.5, needs_context=True
        ),
        # lower case, or a space / hyphen inside (TK 1234567, TZ-765 4321): only with context
        JaPattern(
            "passport_loose",
            r"(?<![0-9A-Za-z])(?P<v>[A-Za-z]{2}[ -]?\d(?:[ -]?\d){6})(?![0-9A-Za-z]|[ -]\d)",
            0.3,
            needs_context=True,
            fallback=True,
        ),
        JaPattern(
            "foreign_after_label",
            _LABEL + r"\s*[:：は]?\s*[「(（]?\s*(?P<v>" + _FOREIGN + r")(?![0-9A-Za-z])",
            0.6,
        ),
        # round AG: 8 digits (not a date) right after a 旅券番号 label and a colon (a key's rewrite)
        JaPattern(
            "eight_digits_after_label",
            r"(?:旅券|パスポート)番号[:：][ \t]*(?P<v>" + _FOREIGN_JA + r")(?![0-9A-Za-z])",
            0.6,
        ),
        JaPattern(
            "foreign_after_label_gloss",
            "(?:" + _LABEL + "|" + _LABEL_OTHER + ")" + _GLOSS + r"\s*[:：は为為是]?\s*"
            r"(?P<v>" + _FOREIGN + r")(?![0-9A-Za-z])",
            0.6,
        ),
        JaPattern(
            "foreign_after_word_en",
            _LABEL_EN_WORD + r"\s*[:：]?\s*[(]?\s*(?P<v>" + _FOREIGN + r")(?![0-9A-Za-z])",
            0.6,
        ),
        # round Z: English running text — 8 digits (not a date) after ``passport is``, and the
        # number in brackets after ``passport (No. …``
        JaPattern(
            "foreign_after_word_en_z",
            r"(?<![A-Za-z])(?i:passport)(?:\s+is|\s*\(\s*(?i:No\.?|Number|#))\s*[:：]?\s*"
            r"(?P<v>" + _FOREIGN_JA + r")(?![0-9A-Za-z])",
            0.6,
        ),
        JaPattern("possessed_running_text", _POSSESSED, 0.6),
        # round AI-B: foreign labels (Pass-Nr., राहदानी नं., Russian spaced series + number)
        JaPattern(
            "foreign_label_aib",
            "(?:" + _PASS_NR + "|" + _NEPALI + r")\s*[:：]?\s*(?P<v>" + _FOREIGN_JA + r")(?![0-9A-Za-z])",
            0.6,
        ),
        # a 7-digit number right after a 旅券番号 label and a colon (a column's rewrite: 旅券番号：V)
        JaPattern(
            "seven_digits_after_label",
            r"(?:旅券|パスポート)番号[:：][ \t]*(?P<v>\d{7})(?![0-9A-Za-z]|[/.:-]\d)",
            0.6,
        ),
        # round AZ: seven digits after a passport-number label, its gloss and a colon
        # (Passport No. 3007281, Số hộ chiếu (Passport No.): …)
        JaPattern(
            "seven_digits_after_label_az",
            "(?:" + _LABEL + "|" + _LABEL_OTHER + ")" + _GLOSS + r"[ \t]*[:：]?[ \t]*"
            r"(?P<v>\d{7})(?![0-9A-Za-z]|[/.:-]\d)",
            0.6,
        ),
        JaPattern("russian_spaced", _RU_SPACED, 0.6),
        JaPattern("en_word_eight_digits", _EN_WORD_DIGITS, 0.6),
        JaPattern(
            "digits_in_passport_column",
            r"(?<![0-9A-Za-z/.:-])(?P<v>\d{7}|\d{8}(?<!(?:19|20)\d{2}(?:0[1-9]|1[0-2])[0-3]\d)|\d{9})"
            r"(?![0-9A-Za-z]|[/.:-]\d)",
            0.6,
            where=_under_passport_header,
        ),
        JaPattern("country_code_label", _COUNTRY_CODE, 0.6),
        JaPattern("yaml_key", _YAML_KEY, 0.6),
        *AJ_PASSPORT,  # round AJ (forms_aj.py)
        *AM_PASSPORT,  # round AM (forms_am.py)
        *AO_PASSPORT,  # round AO (forms_ao.py)
        *AQ_PASSPORT,  # round AQ (forms_aq.py)
        JaPattern("previous_in_bracket", _PREVIOUS, 0.6),
        JaPattern("foreign_bracket_country", _BRACKET, 0.6),
        JaPattern("bare_form_field", _BARE_FORM, 0.6),
        JaPattern("foreign_after_ja_word", _JA_WORD, 0.6),
        JaPattern("foreign_in_ja_word_bracket", _JA_WORD_BRACKET, 0.6),
        JaPattern("foreign_keyed", _KEYED, 0.6),
        JaPattern(
            "passport_column",
            r"(?<![0-9A-Za-z])(?P<v>[A-Z]{1,2}\d{7,8})(?![0-9A-Za-z])",
            0.6,
            where=_under_passport_header,
        ),
        JaPattern(
            "passport_list_row",
            r"(?<![0-9A-Za-z])(?P<v>[A-Z]{2}\d{7})(?![0-9A-Za-z])",
            0.6,
            where=_passport_list,
        ),
        JaPattern(
            "passport_topic",
            r"(?<![0-9A-Za-z])(?P<v>[A-Z]{2} ?\d{7})(?![0-9A-Za-z])",
            0.6,
            where=_passport_topic,
        ),
    )
    #: also half-width katakana (ﾊﾟｽﾎﾟｰﾄ: its ｰ folds to a hyphen) and the word in the languages of
    #: the forms foreign residents fill in (pasaporte, passaporte, 护照/護照, 여권)
    CONTEXT = (
        *("旅券", "パスポート", "ﾊﾟｽﾎﾟ", "ﾘｮｹﾝ", "Passport", "passport", "PASSPORT"),
        *("pasaporte", "Pasaporte", "PASAPORTE", "passaporte", "Passaporte", "护照", "護照", "여권"),
        *("passeport", "Passeport", "Reisepass", "passaporto", "paspoort"),
    )
    CONTEXT_BEFORE = 24
    CONTEXT_AFTER = 8

    def accept(self, text: str, start: int, end: int) -> bool:
        """Reject values labelled as some other number (受付番号, 管理番号 …) or as a product code
        (型番, 品番: 「型番 TK1234567（パスポートケース）」)."""
        if _PRODUCT_LABEL.search(text[max(0, start - 8) : start]) or in_other_column(text, start, end):
            return False
        label = other_label_before(text, start, own=())
        return label is None or label.endswith(("旅券", "パスポート", "旅券の", "パスポートの"))
