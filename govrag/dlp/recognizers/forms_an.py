"""Round AN: value forms the type modules do not read, and three vetoes.

* **packed records** with a 7-digit postal code glued between the birth date and the phone
  (``…ﾀｶﾊｼ ﾐﾕｷ   19650823350004109028814472…``; round AJ read the hyphenated one);
* **space-aligned transfer rows**: branch, bank, then the account type (1 普通 / 2 当座) glued to
  the 7-digit account and a half-width-kana holder — the account is the 7 digits after the type;
* **JSON payment objects**: ``"account": "NNN-NNNNNNN"`` with a ``bank`` / ``payee`` sibling key;
* **abbreviated insurance labels**: ``被保 0312284507`` on a 介護 / 医療 / 保険 line;
* **interpreted dialogues**: a birth-date question (Portuguese, English, Spanish, Vietnamese) and
  the answer ``Name: dd/mm/yyyy`` on the next line; 誕生日は5月8日とのこと;
* **licences**: ``<LicenseNumber>``; a 12-digit field of a space-aligned record under a header
  naming a licence (免許, license) or beside a licence class / colour field (B2, ゴールド) — that
  reading wins over a 個人番号 check digit (:func:`aligned_licence` vetoes the 個人番号);
* **mobile phones with spaced hyphens** ``090 - 6604 - 1185`` (a landline still needs its label).

Vetoes: :func:`item_column_phone` (a phone-shaped value in a 品番 / 型番 / 型式 column, or in a
``型番 A を B に変更`` sentence), :func:`booking_date` (a date booked after a birth date).

>>> import re
>>> re.search(_TRANSFER_ROW, "0123  0005  14417209  ﾔﾏｸﾞﾁ ﾀｹｼ   45000").group("v")
'4417209'
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import JaPattern
from govrag.dlp.recognizers.codes import product_code
from govrag.dlp.recognizers.forms_am import aligned_fields
from govrag.dlp.recognizers.fragments import BLANK, HW_KANA_LETTER
from govrag.dlp.recognizers.rows import header_row, line_above, line_at

__all__ = [
    "AN_BANK",
    "AN_BIRTH",
    "AN_INSURANCE",
    "AN_LICENCE",
    "AN_PHONE",
    "AN_POSTAL",
    "BIRTH_QUESTION",
    "TRANSFER_PREFIX",
    "aligned_licence",
    "booking_date",
    "item_column_phone",
    "json_object",
]

_B = BLANK
_HW = HW_KANA_LETTER
_HW_NAME = _HW + r"{2,10} " + _HW + r"{1,10}"
# --- packed records, unhyphenated postal code -------------------------------------------------
_HEAD = (
    r"(?:^|(?<=[\s\d:：]))" + _HW + r"{2,10}(?: " + _HW + r"{1,10})?[ \u3000]{2,}"
)
_DOB = r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_TEL = r"0[5789]0\d{8}"
_PACKED_BIRTH = _HEAD + r"(?P<v>" + _DOB + r")(?=\d{7}" + _TEL + ")"
_PACKED_POSTAL = _HEAD + _DOB + r"(?P<v>\d{7})(?=" + _TEL + ")"
_PACKED_PHONE = _HEAD + _DOB + r"\d{7}(?P<v>" + _TEL + ")"
# --- transfer rows and JSON payments ----------------------------------------------------------
#: a transfer row up to its type digit (branch, bank, 1 普通 / 2 当座)
TRANSFER_PREFIX = r"(?m)^\d{3,4}" + _B + r"{1,4}\d{4}" + _B + r"{1,4}[12]"
_TRANSFER_ROW = TRANSFER_PREFIX + r"(?P<v>(?!0{7})\d{7})(?=[ ]*" + _HW_NAME + ")"
_JSON_ACCOUNT = r"[\"']account[\"'][ \t]*:[ \t]*[\"'](?P<v>\d{3}-\d{7})[\"']"
_PAYMENT_KEY = lazy_compile(r"[\"'](?:bank|payee|bank_?code|branch)[\"'][ \t]*:")


def json_object(text: str, start: int, end: int) -> str:
    """The innermost ``{…}`` around the value, or the value's line when no braces close it."""
    a = text.rfind("{", max(0, start - 400), start)
    b = text.find("}", end, end + 400)
    if a < 0 or b < 0:
        la, lb = line_at(text, start, end)
        return text[la:lb]
    return text[a : b + 1]


def _payment_object(text: str, start: int, end: int) -> bool:
    """The account's JSON object also has a ``bank`` or ``payee`` key."""
    return _PAYMENT_KEY.search(json_object(text, start, end)) is not None


# --- insurance, dialogue birth dates ----------------------------------------------------------
_INSURED_ABBR = r"(?<![被険])被保" + _B + r"*[:：]?" + _B + r"*(?P<v>\d{10}|\d{8})(?!\d)"
_INSURANCE_LINE = lazy_compile(r"介護|医療|保険|後期高齢")


def _insurance_line(text: str, start: int, end: int) -> bool:
    """The value's line names 介護 / 医療 / 保険."""
    a, b = line_at(text, start, end)
    return _INSURANCE_LINE.search(text, a, b) is not None


#: an interpreter's birth-date question (Portuguese, English, Spanish, Vietnamese) up to its ``?``
BIRTH_QUESTION = (
    r"(?i:data[ \t]+de[ \t]+nascimento|date[ \t]+of[ \t]+birth|birth[ \t]?day|fecha[ \t]+de[ \t]+nacimiento"
    r"|ng[àa]y[ \t]+sinh|生年月日|誕生日)[^\n]{0,40}[?？]"
)
_ASKED = lazy_compile(BIRTH_QUESTION + r"[ \t]*$")
_DIALOGUE_BIRTH = r"(?m)^[^\n:：]{1,40}[:：][ \t]*(?P<v>\d{1,2}/\d{1,2}/(?:19|20)\d{2})(?![\d/])"


def _after_birth_question(text: str, start: int, end: int) -> bool:
    """The line above the answer asks for a birth date (an interpreter's question)."""
    above = line_above(text, line_at(text, start, end)[0])
    return above is not None and _ASKED.search(text[slice(*above)]) is not None


#: (round AO: blanks around the date, and と回答 / と申告)
_BIRTHDAY_HEARD = r"誕生日は" + _B + r"*(?P<v>\d{1,2}月\d{1,2}日)(?=" + _B + r"*(?:とのこと|と回答|と申告))"
# --- licences, spaced phones --------------------------------------------------------------------
_XML_LICENCE = r"<LicenseNumber>[ \t]*(?P<v>\d{12})[ \t]*</LicenseNumber>"
_ALIGNED12 = r"(?m)(?:(?<=[ \t\u3000]{2})|(?<=\t))(?P<v>\d{12})(?=[ \t\u3000]{2}|\t|[ \t]*$)"
_LICENCE_HEADER = lazy_compile(r"免許|(?i:licen[cs]e)")
_LICENCE_CLASS = lazy_compile(r"[AB][1-4]|ゴールド|ブルー|グリーン|[大中小]型|普通")


def aligned_licence(text: str, start: int, end: int) -> bool:
    """A 12-digit field of a space-aligned record (three or more fields) beside a licence class /
    colour field (A4, B2, ゴールド), or under a header field naming a licence (免許, license) in
    the same column of the block's first line."""
    a, b = line_at(text, start, end)
    fields = aligned_fields(text[a:b])
    column = [i for i, (s, e, _) in enumerate(fields) if a + s == start and a + e == end]
    if len(fields) < 3 or not column:
        return False
    if any(_LICENCE_CLASS.fullmatch(v) for _, _, v in fields):
        return True
    block = text.rfind("\n\n", 0, a)
    head_a = 0 if block < 0 else block + 2
    head_b = text.find("\n", head_a)
    header = aligned_fields(text[head_a : head_b if head_b >= 0 else len(text)])
    return (
        head_a < a
        and column[0] < len(header)
        and _LICENCE_HEADER.search(header[column[0]][2]) is not None
    )


_SPACED_PHONE = r"(?<![\d-])(?P<v>0[5789]0 - \d{4} - \d{4})(?![\d-])"


# --- vetoes -----------------------------------------------------------------------------------
_ITEM_WORD = lazy_compile(r"品番|型番|型式")
_CHANGE_BEFORE = lazy_compile(r"を" + _B + r"*$")
_CHANGE_AFTER = lazy_compile(_B + r"*[にへ]変更")
#: round AO: a header cell of a supplies table (an item's name, quantity, price, stock)
_SUPPLIES_HEADER = lazy_compile(r"品名|物品|名称|数量|単価|在庫|規格|(?i:qty|quantity|unit price)")
#: a header cell that may name a person's phone (the column keeps its phones)
_CONTACT_HEADER = lazy_compile(
    r"電話|TEL|携帯|連絡|FAX|担当|氏名|名前|者|先|(?i:phone|tel|mobile|contact|fax|name)"
)


def _supplies_column(text: str, start: int, end: int) -> bool:
    """Round AO: the value's column in a table whose header row names supplies (品名, 数量, 単価)
    has a header naming no contact (電話, 担当, 連絡先)."""
    row = header_row(text, start, end)
    if row is None:
        return False
    cells, col = row
    return (
        0 <= col < len(cells)
        and any(_SUPPLIES_HEADER.search(c) for c in cells)
        and _CONTACT_HEADER.search(cells[col]) is None
    )


def item_column_phone(text: str, start: int, end: int) -> bool:
    """A phone-shaped value that is a product code (:func:`.codes.product_code`: after 品番 /
    Part No., under a 品番 / 型番 / コード column — the table's header found above a title line by
    :func:`.rows.header_row`), in a supplies table's column named for no contact, or the new
    number of a ``型番 A を B に変更`` sentence."""
    if product_code(text, start, end) or _supplies_column(text, start, end):
        return True
    a, _ = line_at(text, start, end)
    return (
        _ITEM_WORD.search(text, a, start) is not None
        and _CHANGE_BEFORE.search(text[a:start]) is not None
        and _CHANGE_AFTER.match(text, end) is not None
    )


_BORN = lazy_compile(r"生まれ|生年月日|誕生日")
_BOOKING_AFTER = lazy_compile(_B + r"*(?:の(?:枠|予約|面談|受診|来庁)|に予約|を希望|で予約)")


def booking_date(text: str, start: int, end: int) -> bool:
    """A date booked (の枠 / の予約 / を希望 after it) later on a line that gave a birth date."""
    a, _ = line_at(text, start, end)
    return _BOOKING_AFTER.match(text, end) is not None and _BORN.search(text, a, start) is not None


AN_BIRTH: tuple[JaPattern, ...] = (
    JaPattern("an_packed_record", _PACKED_BIRTH, 0.6, own_label=True),
    JaPattern("an_dialogue_answer", _DIALOGUE_BIRTH, 0.6, own_label=True, where=_after_birth_question),
    JaPattern("an_birthday_heard", _BIRTHDAY_HEARD, 0.6, own_label=True),
)
AN_POSTAL: tuple[JaPattern, ...] = (JaPattern("an_packed_record", _PACKED_POSTAL, 0.6, own_label=True),)
AN_PHONE: tuple[JaPattern, ...] = (
    JaPattern("an_packed_record", _PACKED_PHONE, 0.6, own_label=True),
    JaPattern("an_spaced_hyphens", _SPACED_PHONE, 0.6, own_label=True),
)
AN_BANK: tuple[JaPattern, ...] = (
    JaPattern("an_transfer_row", _TRANSFER_ROW, 0.6, own_label=True),
    JaPattern("an_json_payment", _JSON_ACCOUNT, 0.6, own_label=True, where=_payment_object),
)
AN_INSURANCE: tuple[JaPattern, ...] = (
    JaPattern("an_insured_abbreviated", _INSURED_ABBR, 0.6, own_label=True, where=_insurance_line),
)
AN_LICENCE: tuple[JaPattern, ...] = (
    JaPattern("an_xml_licence", _XML_LICENCE, 0.6, own_label=True),
    JaPattern("an_aligned_licence", _ALIGNED12, 0.6, own_label=True, where=aligned_licence),
)
