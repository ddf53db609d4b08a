"""Japanese telephone numbers: fixed, mobile, IP, toll-free, +81.

Source: 電気通信番号規則 (令和元年総務省令第四号) 別表 — fixed numbers are ten digits starting 0
(0AB-CDE-XXXX); mobile/PHS 070/080/090, M2M 020, IP 050, 060 are eleven digits; 0120 is ten and
0800 eleven digits (着信課金); 0570 ten. The +81 country code replaces the leading 0 (ITU-T E.164).
Matching runs on folded text, so full-width digits, every hyphen variant and full-width brackets work.
Next to 電話/TEL/携帯/連絡先/FAX a phone-shaped number (9-12 digits from 0) is masked whatever its
grouping: when in doubt next to such a word, mask.

>>> r = JpPhoneRecognizer()
>>> [(x.start, x.end) for x in r.analyze("電話03-1234-5678まで", [])]
[(2, 14)]
>>> r.validate_result("03-1234-567")
False
>>> r.validate_result("+81 90-1234-5678")
True
>>> [(x.start, x.end) for x in r.analyze("電話 090-12-345678", [])]
[(3, 16)]
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import (
    OTHER_NUMBER_WORDS,
    JaPattern,
    JaPatternRecognizer,
    context_window,
    digits_only,
    other_number_words,
)
from govrag.dlp.recognizers.date_of_birth import after_person_name
from govrag.dlp.recognizers.forms_aj import AJ_PHONE
from govrag.dlp.recognizers.forms_am import AM_PHONE
from govrag.dlp.recognizers.forms_an import AN_PHONE
from govrag.dlp.recognizers.forms_ao import AO_PHONE
from govrag.dlp.recognizers.forms_as import AS_PHONE
from govrag.dlp.recognizers.labels_ml import LABELS
from govrag.dlp.recognizers.rows import (
    CONTACT_SEPARATORS,
    block_top,
    line_above,
    line_at,
    personal_field,
    row_cells,
)

__all__ = [
    "PHONE_WORDS",
    "JpPhoneRecognizer",
    "denied_after",
    "impossible_area",
    "national_digits",
    "phone_digits_valid",
]

_ELEVEN = ("070", "080", "090", "050", "020", "060", "0800")


def phone_digits_valid(digits: str) -> bool:
    """True when ``digits`` (domestic form, leading 0) has a valid length for its prefix."""
    if not digits.startswith("0") or digits.startswith("00") or len(digits) not in (10, 11):
        return False
    if len(digits) == 11:
        return digits.startswith(_ELEVEN)
    return not digits.startswith(("070", "080", "090", "050", "020", "060", "0800"))


def national_digits(value: str) -> str:
    """The digits of a phone number in domestic form: a leading ``+81`` / ``(+81)`` becomes the
    trunk 0, and a trunk 0 written after it as well — ``(0)`` or bare — is dropped (no Japanese
    number starts with 0 after the country code: ``+81 (0)3-…`` and ``+81 03-…`` are ``03-…``).

    >>> national_digits("+81 (0)3-5253-2111"), national_digits("(+81) 90-1234-5678")
    ('0352532111', '09012345678')
    """
    digits = digits_only(value)
    if value.startswith(("+81", "(+81)")):
        return "0" + digits[2:].removeprefix("0")
    return digits


# +81, also in brackets as English forms write it: (+81) 3-3581-…
_INTL = r"(?:\+81|\(\+81\))[ -]?(?:\(0\)[ -]?)?"
# not inside a longer number or a decimal; a TEL/FAX glued before the value is its label
# (OCR: 「…4-1-7 TEL080-…」)
_LB = (
    r"(?:(?<=TEL)(?<![A-Za-z]TEL)|(?<=Tel)(?<![A-Za-z]Tel)|(?<=FAX)(?<![A-Za-z]FAX)|(?<![0-9A-Za-z+-]))"
    r"(?<![0-9]\.)"
)
_AREA = r"(?:\(0\d{1,4}\)[ -]?|0\d{1,4}(?:[ -]\(?|\())"
#: not inside a longer number or word; the next field's TEL/FAX/Mail label may follow unseparated
#: (OCR: 「TEL0748-33-2201FAX0748-…」)
_RB = r"(?!(?!TEL|Tel|FAX|Fax|E-?[Mm]ail|Mail|MAIL)[0-9A-Za-z-])"
_SEPARATED = (
    _LB
    + r"(?P<v>(?:"
    + _INTL
    + r"(?:\d{1,4}[ -]\(?|\(\d{1,4}\)[ -]?)|"  # +81 3-…, +81 (3) 5253-…
    + _AREA
    + r")\d{1,4}(?:\)[ -]?|[ -])\d{3,4})"
    + _RB
)
_INTL_SHORT = _LB + r"(?P<v>" + _INTL + r"\d{1,4}[ -]?\d{1,4}[ -]?\d{3,4})(?![0-9A-Za-z-])"
#: round V: a foreign number with its country code (+44 20 …, +1 212 …, +82 2 …) right after a
#: phone label (Phone:, Tel., 電話, 電話番号：; round W: mobile, cell, 携帯, a last group of up to 6
#: digits as in +44 7700 900418); +81 numbers are read by the patterns above
_FOREIGN_LABELLED = (
    r"(?:(?<![A-Za-z])(?i:phone|tel|mobile|cell(?:\s*phone)?)\.?|電話(?:番号)?|携帯(?:電話)?(?:番号)?|℡"
    # round X: Chinese labels (电话, 手机, 手機, …号码) and a run with no blanks (+8615902213378)
    r"|[电電]话(?:号码)?|手[机機](?:号码|號碼)?)"
    r"[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"(?P<v>\+(?!81)[1-9]\d{0,2}(?:[ -]\(?\d{1,4}\)?){1,4}[ -]\d{1,6}|\+(?!81)[1-9]\d{9,13})(?![0-9A-Za-z-])"
)
#: round Z: a foreign number whose area code stands in brackets after the country code
#: (+1 (415) 209-…, +44 (20) 7946 …) is phone-shaped without a label (English running text)
_FOREIGN_AREA = (
    r"(?<![0-9A-Za-z+])(?P<v>\+(?!81)[1-9]\d{0,2}[ -]?\(\d{1,4}\)[ -]?\d{2,4}(?:[ -]\d{3,4}){1,2})"
    r"(?![0-9A-Za-z-])"
)
#: a foreign number with its country code, grouped by blanks or hyphens, in running text with no
#: label (「Telefon: +49 30 1234567」, 「请联系+86 139 0000 1111」): ``+`` and 10-15 digits in all
#: (E.164 allows 15) are a phone whatever the language around them; +81 is read above
_FOREIGN_GROUPED = (
    r"(?<![0-9A-Za-z+])(?P<v>\+(?!81)[1-9]\d{0,2}(?:[ -]\d{1,10}){1,5})(?![0-9A-Za-z-])"
)


def _e164_length(value: str) -> bool:
    """10-15 digits with the country code (E.164), so short signed figures stay unread.

    >>> _e164_length("+49 30 1234567"), _e164_length("+1 234 567")
    (True, False)
    """
    return 10 <= sum(c.isdigit() for c in value) <= 15


#: round W: a counter word right after the digits makes them a count (「054 221 3308 人（累計）」)
_COUNT_AFTER = lazy_compile(r"[ \t\u3000]*(?:人|件|円|個|名|回|台|枚|冊|株|票|世帯)(?![一-龥々ぁ-んァ-ヴー])")
_PLAIN = _LB + r"(?P<v>0\d{9,10})(?![0-9A-Za-z-])"
# any grouping of 9-12 digits starting 0 (or +81): accepted only right next to a phone word
_LOOSE = (
    _LB + r"(?P<v>(?:" + _INTL + r"|\(?0)\d{0,5}(?:\)[ -]?|[ -])\d{1,8}(?:[ -]\d{1,8}){0,2})"
    r"(?![0-9A-Za-z]|-\d)"
)
# an eleven-digit mobile number with no hyphens right after a person (「代理人 氏名（長男）090…」)
_MOBILE_PLAIN = r"(?<![0-9A-Za-z+-])(?P<v>0[789]0\d{8})(?![0-9A-Za-z]|-\d)"
_RELATION = lazy_compile(
    r"[（(](?:本人|長男|次男|三男|長女|次女|三女|夫|妻|父|母|子|兄|弟|姉|妹|祖父|祖母|孫|配偶者|息子|娘|親族|代理人)[)）]"
    r"[\s,、|｜]*$"
)


def _after_person(text: str, start: int, end: int) -> bool:
    """A person's name, or a relationship in brackets after it, just before the number."""
    if _RELATION.search(text[max(0, start - 12) : start]) is not None:
        return True
    return after_person_name(text, start, end)


_OPEN_BRACKET_BEFORE = lazy_compile(r"[（(][ \t\u3000]*$")


def _bracketed_after_name(text: str, start: int, end: int) -> bool:
    """A hyphenated phone shape in brackets right after a person's name: 「氏名（082-…-…）」."""
    return (
        _HYPHENATED_PHONE.fullmatch(text[start:end]) is not None
        and _OPEN_BRACKET_BEFORE.search(text[max(0, start - 3) : start]) is not None
        and after_person_name(text, start, end)
    )


def _in_personal_row(text: str, start: int, end: int) -> bool:
    """A whole field of a CSV/TSV/table row that holds another person's datum (an e-mail
    address, an address, another phone number): a roster's phone column."""
    cells = row_cells(text, start, end, CONTACT_SEPARATORS)
    return cells is not None and sum(personal_field(c) for c in cells) >= 2


_LOOSE_PLAIN = _LB + r"(?P<v>0\d{8,11})(?![0-9A-Za-z]|-\d)"
# hyphens with spaces around them (OCR, hand-typed forms): 03 - 5510 - 2284, (03) 5510 - 2284
_SPACED_HYPHENS = (
    _LB + r"(?P<v>(?:\(0\d{1,4}\)|0\d{1,4})(?: ?- ?| )\d{1,4}(?: ?- ?| )\d{3,4})"
    r"(?![0-9A-Za-z]| ?-)"
)
# dots between the groups (「TEL.03.5210.7743」, business cards): only next to a phone word
_DOTTED = _LB + r"(?P<v>(?:\(0\d{1,4}\)|0\d{1,4})\.\d{1,4}\.\d{3,4})(?![0-9A-Za-z]|\.\d)"

#: Words next to which a phone-shaped number is masked even if its grouping breaks the numbering
#: plan (「電話 090-12-345678」): a number written there is a phone number, however it is grouped.
PHONE_WORDS: tuple[str, ...] = (
    "電話",
    "TEL",
    "Tel",
    "tel",
    "携帯",
    "連絡先",
    "FAX",
    "Fax",
    "fax",
    "ファクス",
    "ファックス",
    "PHONE",
    "Phone",
    "phone",
    # the line a number belongs to or the call asked for (自宅 0422-5-12345, 折り返しは 03-52534114)
    "折り返し",
    "折返し",
    # round X: a log's callback key (callback=090…)
    "callback",
    # a call log's verbs (0X0… へ架電, 着信 0X0…, 留守電に折返し) and a text message's number
    "架電",
    "着信",
    "留守電",
    "SMS",
    "ショートメッセージ",
    "ショートメール",
    "自宅",
    "勤務先",
    "緊急連絡",
    "直通",
    "ケータイ",
    "スマホ",
    "Mobile",
    "mobile",
    "denwa",
    "keitai",
    # telephone marks (℡ U+2121, ☎ U+260E, 📞)
    "℡",
    "☎",
    "\U0001f4de",
)


def _phone_shaped(value: str) -> bool:
    """9-12 digits (domestic form), leading 0, brackets balanced: a phone whatever the grouping."""
    if value.count("(") != value.count(")"):
        return False
    digits = national_digits(value)
    return digits.startswith("0") and 9 <= len(digits) <= 12


#: round Q: a phone written in its full hyphenated shape (mobile 0X0-NNNN-NNNN, fixed 10 digits)
_HYPHENATED_PHONE = lazy_compile(r"0[5-9]0-\d{4}-\d{4}|0\d{1,4}-\d{1,4}-\d{4}")
#: the words of another number's label that name a known number type (受付, 整理, 文書, 口座, 年金,
#: 法人 …): a label without them (付与番号, 登録番号) does not rule out a hyphenated phone shape
_TYPED_LABEL_WORDS: tuple[str, ...] = (
    *(
        w
        for g in OTHER_NUMBER_WORDS
        for w in OTHER_NUMBER_WORDS[g]
        if w not in ("登録", "識別", "認証", "参照")
    ),
    # a document's, a page's or an item's numbering (資料番号 03-…: a reference, not a line)
    *("資料", "図書", "議案", "様式", "頁", "ページ", "品", "型", "通し"),
    # an ID card's or a document's own number (在留カード番号, 旅券番号, 免許証番号 …)
    *("在留", "旅券", "パスポート", "免許", "保険", "カード", "手帳", "通知", "マイナ"),
)


#: round T: a mobile number's full shape, and the labels of a reception's or an inquiry's number
_MOBILE = lazy_compile(r"0[789]0-\d{4}-\d{4}")
_RECEPTION_WORDS = ("受付", "問合せ", "問い合わせ", "問合わせ", "照会")
_RECORD_LINES = 4


def _contact_mobile(text: str, start: int, end: int) -> bool:
    """A mobile number's full shape, and a phone word (:data:`PHONE_WORDS`) in its record: its line
    and up to three lines above and below it (a header row, a note, a form's other fields), not
    past a blank line, outside the value."""
    value = text[start:end]
    if _MOBILE.fullmatch(value) is None or not phone_digits_valid(national_digits(value)):
        return False
    above = text[max(0, start - 240) : start].split("\n\n")[-1].split("\n")[-_RECORD_LINES:]
    below = text[end : end + 240].split("\n\n")[0].split("\n")[:_RECORD_LINES]
    record = "\n".join(above) + "\u0000" + "\n".join(below)
    return any(w in record for w in PHONE_WORDS)


#: round CE: a two-digit area code exists only for 03 (Tokyo), 04 and 06 (Osaka) — 0X-NNNN-NNNN with
#: another X breaks the numbering plan: a reference number's shape (見積書No. 07-5512-9034)
_NO_SUCH_AREA = lazy_compile(r"0[125789][ -]\d{4}[ -]\d{4}")
_PHONE_LABELS = tuple(w.casefold() for w in LABELS["phone"])


def _phone_named_near(text: str, start: int, end: int) -> bool:
    """A phone word (:data:`PHONE_WORDS`, a phone label in any language) on the value's line (before
    it, or just after it), on the line above, or in its block's header line."""
    a, b = line_at(text, start, end)
    above = line_above(text, a)
    near = [text[max(a, start - 80) : start], text[end : min(b, end + 12)]]
    if above is not None:
        near.append(text[slice(*above)])
    near.append(block_top(text, start, end) or "")
    words = "\u0000".join(near)
    folded = words.casefold()
    return any(w in words for w in PHONE_WORDS) or any(w in folded for w in _PHONE_LABELS)


def impossible_area(text: str, start: int, end: int) -> bool:
    """Round CE: ``0X-NNNN-NNNN`` whose two-digit area code does not exist, with no phone word near
    it and not in a roster's row: not a phone (a phone word keeps it, however it is grouped).

    >>> impossible_area("見積書No. 07-5512-9034", 7, 19), impossible_area("電話 07-5512-9034", 3, 15)
    (True, False)
    >>> impossible_area("代表 06-6231-4470", 3, 15)
    False
    """
    return (
        _NO_SUCH_AREA.fullmatch(text[start:end]) is not None
        and not _phone_named_near(text, start, end)
        and not _in_personal_row(text, start, end)
    )


#: round U: a carrier's tracking label (追跡番号, トラッキングID, 送り状番号, Tracking …)
_TRACKING = lazy_compile(
    r"追跡|トラッキング|送り状|配送伝票|お問い?合わせ伝票|(?<![A-Za-z])(?i:tracking|waybill|AWB)(?![A-Za-z])"
)
#: the tail of a space-grouped code holding letters (1Z 999 AA1 01 2345 6784)
_CODE_HEAD = lazy_compile(
    r"(?<![0-9A-Za-z])(?=[0-9A-Z ]*(?:[A-Z][0-9]|[0-9][A-Z]))[0-9A-Z]{1,6}(?: [0-9A-Z]{1,6})+ $"
)


def _tracking_number(text: str, start: int, end: int) -> bool:
    """A phone-shaped run that is a parcel's tracking number: a tracking label before it on its line
    (no phone word between), or the tail of a space-grouped code holding letters."""
    a = text.rfind("\n", 0, start) + 1
    left = text[max(a, start - 40) : start]
    if _CODE_HEAD.search(left):
        return True
    ends = [m.end() for m in _TRACKING.finditer(left)]
    return bool(ends) and not any(w in left[ends[-1] :] for w in PHONE_WORDS)


#: round AA: OCR reading a digit as a letter (O/o for 0, l/I for 1) in a phone field: the value as
#: written, only right after a phone label (spaced by OCR: 電 話), starting with 0 or O
_OCR_DIGIT = r"[0-9OoIl]"
_OCR_PHONE = (
    r"(?:電[ \t\u3000]*話(?:[ \t\u3000]*番[ \t\u3000]*号)?|TEL|Tel|携帯)"
    r"[ \t\u3000]*(?:[（(][^）)\n]{1,6}[)）])?[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"(?P<v>[0O]" + _OCR_DIGIT + r"{1,4}-" + _OCR_DIGIT + r"{1,4}-" + _OCR_DIGIT + r"{3,4})(?![0-9A-Za-z-])"
)
_OCR_LETTER = lazy_compile(r"[OoIl]")


def _ocr_phone_shaped(value: str) -> bool:
    """A misread phone: a letter read for a digit, at least three real digits, 10 or 11 in all."""
    chars = value.replace("-", "")
    return (
        _OCR_LETTER.search(chars) is not None
        and sum(c.isdigit() for c in chars) >= 3
        and len(chars) in (10, 11)
    )


#: round AB: ten digits run together after a contact phrase (変更は…へ, 連絡は…まで, お問い合わせは…)
#: and closed by へ / まで / に (an order number or ID after 番号 / ID is no contact)
_CONTACT_TEN = (
    r"(?:変更|連絡|問い?合わ?せ|相談)(?:先)?[ \t\u3000]*(?:は|先)[^\n0-9。番号IDＩＤ]{0,8}?"
    r"(?<![0-9])(?P<v>0\d{9})(?![0-9])[ \t\u3000]*[)）]?[ \t\u3000]*"
    r"(?:[（(][^)）\n0-9]{1,10}[)）][ \t\u3000]*)?"
    r"(?:へ|まで|に)"
)


#: round AC: a note right after the value saying it is not a phone number
_NOT_A_PHONE = lazy_compile(
    r"[^\n。]{0,12}?(?:電話(?:番号)?|TEL|Tel)\s*(?:では|じゃ)(?:ありません|ない|なく|ございません)"
)
#: round CE: the note later on the value's line, past a full stop, no other number between
#: (「受付番号 080-5521-7730（自動で付番されます。電話番号ではありません）」)
_NOT_A_PHONE_LATER = lazy_compile(
    r"[^\n0-9０-９]{0,40}?(?:電話(?:番号)?|TEL|Tel)\s*(?:では|じゃ)(?:ありません|ない|なく|ございません)"
)


def denied_after(text: str, end: int, start: int | None = None) -> bool:
    """Round AC: a note right after a value ending at ``end`` says it is not a phone number
    (「（電話番号ではありません）」): every rule's phone finding there is dropped. Round CE: given the
    value's ``start``, also a note later on its line when no phone word labels the value.

    >>> t = "受付番号 080-5521-7730（自動で付番。電話番号ではありません）"
    >>> denied_after(t, 18), denied_after(t, 18, 5), denied_after("携帯 " + t[5:], 16, 3)
    (False, True, False)
    """
    if _NOT_A_PHONE.match(text, end) is not None:
        return True
    if start is None or _NOT_A_PHONE_LATER.match(text, end) is None:
        return False
    left = text[line_at(text, start, end)[0] : start]
    return not any(w in left for w in PHONE_WORDS)

# --- round AI-A: a North American number named as one's number there; a phone with every digit
# spaced (OCR, read aloud) as one value
_AIA_NANP = (
    r"(?<![A-Za-z])(?i:(?:my|our|his|her|the)\s+(?:phone\s+|mobile\s+|cell\s+)?(?:number|phone)\s+"
    r"(?:in|from)\s+(?:the\s+)?(?:Canada|U\.?S\.?A?\.?|United\s+States|America|Hawaii))"
    r"[ \t]*(?:(?i:is|was)[ \t]+)?[:：]?[ \t]*"
    r"(?P<v>\+?1[ .-]?\(?[2-9]\d{2}\)?[ .-]?\d{3}[ .-]?\d{4})(?![0-9])"
)
_AIA_DIGIT_SPACED = (
    r"(?:電話(?:番号)?|TEL|Tel|tel|携帯(?:電話)?(?:番号)?|連絡先|(?<![A-Za-z])(?i:phone))[ \t\u3000]*[:：は]?"
    r"[ \t\u3000]*(?P<v>0(?:[ \t\u3000]{1,2}(?:-[ \t\u3000]{1,2})?\d){8,11})"
    r"(?![ \t\u3000]{0,2}-?[ \t\u3000]{0,2}\d)"
)


class JpPhoneRecognizer(JaPatternRecognizer):
    """Phone numbers; an unseparated digit run needs a 電話/TEL-style word nearby."""

    ENTITY = "PHONE_NUMBER"
    DIGIT_VALUES = True
    SOURCE = "電気通信番号規則 (令和元年総務省令第四号) 別表; ITU-T E.164"
    PATTERNS = (
        JaPattern("separated", _SEPARATED, 0.6),
        JaPattern("international", _INTL_SHORT, 0.6),
        JaPattern("foreign_labelled", _FOREIGN_LABELLED, 0.6),
        JaPattern("foreign_area_bracketed", _FOREIGN_AREA, 0.6),
        JaPattern("foreign_grouped", _FOREIGN_GROUPED, 0.6, check=_e164_length),
        JaPattern("ocr_letters_labelled", _OCR_PHONE, 0.6, check=_ocr_phone_shaped, own_label=True),
        JaPattern("aia_north_american", _AIA_NANP, 0.6),
        JaPattern("aia_digit_spaced", _AIA_DIGIT_SPACED, 0.6, check=_phone_shaped, own_label=True),
        *AJ_PHONE,  # round AJ (forms_aj.py)
        *AM_PHONE,  # round AM (forms_am.py)
        *AN_PHONE,  # round AN (forms_an.py)
        *AO_PHONE,  # round AO (forms_ao.py)
        *AS_PHONE,  # round AS (forms_as.py)
        JaPattern("plain", _PLAIN, 0.3, needs_context=True),
        JaPattern("contact_phrase_ten", _CONTACT_TEN, 0.6, own_label=True),
        JaPattern("mobile_after_person", _MOBILE_PLAIN, 0.6, where=_after_person),
        JaPattern("mobile_in_row", _MOBILE_PLAIN, 0.6, where=_in_personal_row),
        JaPattern(
            "any_grouping",
            _LOOSE,
            0.3,
            needs_context=True,
            context=PHONE_WORDS,
            check=_phone_shaped,
            fallback=True,
        ),
        JaPattern(
            "spaced_hyphens",
            _SPACED_HYPHENS,
            0.3,
            needs_context=True,
            context=PHONE_WORDS,
            fallback=True,
        ),
        JaPattern(
            "dotted",
            _DOTTED,
            0.3,
            needs_context=True,
            context=PHONE_WORDS,
            check=_phone_shaped,
            fallback=True,
        ),
        JaPattern(
            "any_length",
            _LOOSE_PLAIN,
            0.3,
            needs_context=True,
            context=PHONE_WORDS,
            check=_phone_shaped,
            fallback=True,
        ),
    )
    CONTEXT = (
        "電話",
        "TEL",
        "Tel",
        "tel",
        "携帯",
        "連絡先",
        "FAX",
        "Fax",
        "ファクス",
        "ファックス",
        "内線",
        "問合せ",
        "問い合わせ",
        "お問合せ",
        "直通",
        "代表",
        "コールセンター",
        "フリーダイヤル",
        "PHONE",
        "Phone",
        # 「折り返し090…までご連絡ください」: a call-back number without separators
        "折り返し",
        "折返し",
        "連絡",
        # the line a number belongs to, as forms label it (自宅：0242…, 勤務先 0242…, 緊急時 090…)
        "自宅",
        "勤務先",
        "緊急",
        "呼出",
        "℡",
        "☎",
        "\U0001f4de",
    )
    #: labels of other numbers: they veto a value only when no phone word stands between them and
    #: the value (「基礎年金番号：1234-567890　電話：0276-24-6813」 is a phone number)
    #: words of a ``…番号`` label right before the value that make it a phone label (電話番号,
    #: 携帯番号, 代表番号); any other …番号 label (資料番号, 部品番号) names another number
    OWN_LABELS = (
        "電話",
        "携帯",
        "連絡",
        "代表",
        "直通",
        "内線",
        "ファクス",
        "ファックス",
        "ダイヤル",
        "発信",
        "着信",
        "緊急",
        "自宅",
        "勤務先",
        "呼出",
        "ケータイ",
        "スマホ",
    )
    OTHER_LABELS = (
        *(w + "番号" for w in other_number_words("register", "document", "bank", "basic_pension", "pension")),
        "基礎年金",  # alone too (基礎年金 1234-567890)
        # round AC: a facility's or a classification's code (施設コード, 医療機関コード, 施設区分,
        # 統計用分類番号) shaped like a phone number
        *("コード", "区分", "分類番号"),
    )

    def label_yields(self, label: str, value: str) -> bool:
        """Round Q: a hyphenated phone shape (090-1234-5678, 0476-22-8810) under a label that names
        no known number type (付与番号, 登録番号) is a phone; 受付番号, 整理番号, 文書番号 … still veto."""
        return (
            _HYPHENATED_PHONE.fullmatch(value) is not None
            and phone_digits_valid(national_digits(value))
            and not any(w in label for w in _TYPED_LABEL_WORDS)
        )

    def label_yields_at(self, text: str, start: int, end: int, label: str) -> bool:
        """Round T: also a mobile number's full shape (090-1234-5678) under a 受付/問合せ label
        when its record (its line, the line above or below) names a phone (携帯, 連絡先, 折り返し
        …): a caller's number written in the wrong field is masked (fail closed)."""
        if self.label_yields(label, text[start:end]):
            return True
        return any(w in label for w in _RECEPTION_WORDS) and _contact_mobile(text, start, end)

    def accept(self, text: str, start: int, end: int) -> bool:
        if _tracking_number(text, start, end) or _COUNT_AFTER.match(text, end):
            return False
        if impossible_area(text, start, end):
            return False  # round CE: 「見積書No. 07-5512-9034」
        if denied_after(text, end, start):
            return False  # round AC: 「0466-22-1134（電話番号ではありません）」
        left, _ = context_window(text, start, end, self.CONTEXT_BEFORE, 0)
        other = max((left.rfind(w) + len(w) for w in self.OTHER_LABELS if w in left), default=-1)
        if other < 0:
            return True
        phone = max((left.rfind(w) + len(w) for w in PHONE_WORDS if w in left), default=-1)
        if phone > other or _contact_mobile(text, start, end):
            return True  # (round T: a caller's mobile number in a 受付番号 field, 携帯 on its line)
        # round S: 「年金番号の件で 氏名（0AB-CDE-XXXX）」: a fixed-line shape in brackets right after
        # a name is that person's phone, whatever number the sentence spoke of before the name
        return _bracketed_after_name(text, start, end)

    def validate_result(self, pattern_text: str) -> bool | None:
        text = pattern_text.strip()
        if text.count("(") != text.count(")"):
            # "(0" opening without close is fine only as "(03)"-style; unbalanced otherwise
            return False
        if text.startswith("+") and not text.startswith("+81"):
            return 8 <= sum(ch.isdigit() for ch in text) <= 15  # E.164: at most 15 digits
        return phone_digits_valid(national_digits(text))
