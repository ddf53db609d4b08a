"""Round AJ: value forms the type modules do not read, and three vetoes.

* **packed fixed-width records**: a name (half-width kana, kana, kanji or romaji) padded with
  blanks, then a birth date (YYYYMMDD or an era letter and yymmdd: ``S480212``) glued to a postal
  code ``NNN-NNNN`` and/or a phone (11 digits 0[5789]0…, else 10 digits 0…); trailing amounts and
  codes are not read. The birth date counts only when a postal code or a phone follows it;
* **JSON whose document type is a sibling key**: ``{"doc": "driver_license", "number": "…"}``
  (doc / type / kind / id_type / document_type), for a licence;
* **partial birth dates** after 生年月 / 生まれ年月 (year and month, or ``S37.5``);
* **household members**: a relation word (世帯主, 妻, 子 …) then an abbreviated era date
  (``S52.9.14``) in a text about a household (世帯 / 異動届);
* **特別永住者証明書**: its 証明書番号 is a residence-card number;
* **Vietnamese passports** in words without diacritics (Ho chieu so, so ho chieu cua toi la);
* **bank accounts**: NNN-NNNNNNN with a bank name / 普通 / futsu in brackets right after it;
* **foreign phones** after "Emergency contact" (a word or two between: ``wife``).

Vetoes: :func:`code_label_phone` (a phone-shaped code after 製造ロット / 予算科目 / 款項目節, and
since round AM after 品番 / 型番 / 商品番号),
:func:`xml_other_date` (a date inside an XML element whose romanised tag is another day: …Bi,
…YoteiBi), :func:`width_header_other_date` (a record under a width header with no birth field).

>>> import re
>>> m = re.search(_PACKED_PHONE, "ﾔﾏﾀﾞ ﾊﾅｺ      S480212560-002109012345678000120")
>>> m.group("v")
'09012345678'
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.base import JaPattern
from govrag.dlp.recognizers.fragments import BLANK
from govrag.dlp.recognizers.fragments import ERA_NAME as _ERA
from govrag.dlp.recognizers.rows import line_above, line_at

__all__ = [
    "AJ_BANK",
    "AJ_BIRTH",
    "AJ_LICENCE",
    "AJ_PASSPORT",
    "AJ_PHONE",
    "AJ_POSTAL",
    "AJ_RESIDENCE",
    "PACKED_NAME",
    "PACKED_RUN",
    "bank_named_after",
    "code_label_phone",
    "special_permanent_certificate",
    "width_header_other_date",
    "xml_other_date",
]

_B = BLANK
# --- packed fixed-width records ---------------------------------------------------------------
_HW_NAME = r"[ｦ-ｯｱ-ﾝﾞﾟ]{2,10}(?: [ｦ-ｯｱ-ﾝﾞﾟ]{1,10})?"
_KANJI_NAME = r"[一-龥々]{1,4}[ \u3000][一-龥々ぁ-んァ-ヴ]{1,4}"
_KANA_NAME = r"[ぁ-んァ-ヴ]{2,8}[ \u3000][ぁ-んァ-ヴ]{1,8}"
_ROMAJI_NAME = r"[A-Z][A-Za-z]{1,15} [A-Z][A-Za-z]{1,15}"
_HEAD = (
    r"(?:^|(?<=[\s\d:：]))(?:"
    + "|".join((_HW_NAME, _KANJI_NAME, _KANA_NAME, _ROMAJI_NAME))
    + r")[ \u3000]{2,}[MF]?"
)
_DOB = r"(?:(?:19|20)\d{2}|[MTSHR5]\d{2})(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_ZIP = r"\d{3}-\d{4}"
_TEL = r"0[5789]0\d{8}|0[1-9]\d{8}"
#: a birth date glued to a postal code or a phone (a packed record may be on the text)
_ZIP7_TEL = r"\d{7}(?:0[5789]0\d{8})"  # round AN: a 7-digit postal code glued to a mobile
PACKED_RUN = lazy_compile(_DOB + r"(?:" + _ZIP + "|" + _ZIP7_TEL + "|" + _TEL + ")")
#: a packed record's name (group ``n``): a birth date glued to a postal code or a phone after it
PACKED_NAME = lazy_compile(
    r"(?:^|(?<=[\s\d:：]))(?P<n>"
    + "|".join((_HW_NAME, _KANJI_NAME, _KANA_NAME, _ROMAJI_NAME))
    + r")[ \u3000]{2,}[MF]?"
    + _DOB
    + r"(?:"
    + _ZIP
    + "|"
    + _ZIP7_TEL
    + "|"
    + _TEL
    + ")",
    re.M,
)


_PACKED_BIRTH = _HEAD + r"(?P<v>" + _DOB + r")(?=" + _ZIP + "|" + _TEL + ")"
_PACKED_POSTAL = _HEAD + _DOB + r"(?P<v>" + _ZIP + r")"
_PACKED_PHONE = _HEAD + _DOB + r"(?:" + _ZIP + r"|(?!" + _ZIP7_TEL + r"))(?P<v>" + _TEL + ")"

# --- JSON with the document type as a sibling key ---------------------------------------------
_NUMBER_KEY = (
    r"[\"'](?:number|no|num|value|id_?value|id_?no|doc_?no|document_?no|document_?number)[\"']"
    r"[ \t]*:[ \t]*[\"']?(?P<v>\d{12})(?![0-9])"
)
_TYPE_KEY = r"[\"'](?:doc|type|kind|id_?type|doc_?type|document_?type)[\"'][ \t]*:[ \t]*[\"']"
_LICENCE_DOC = lazy_compile(_TYPE_KEY + r"(?i:drivers?_?licen[cs]e|driving_?licen[cs]e|unten_?menkyo)[\"']")


def _json_object(text: str, start: int, end: int) -> str:
    """The innermost ``{…}`` around the value (text up to 400 characters either side)."""
    a = text.rfind("{", max(0, start - 400), start)
    b = text.find("}", end, end + 400)
    return "" if a < 0 or b < 0 else text[a : b + 1]


def _licence_sibling(text: str, start: int, end: int) -> bool:
    """The value's JSON object names a driver's licence in its doc / type / kind key."""
    return _LICENCE_DOC.search(_json_object(text, start, end)) is not None


# --- partial birth dates, household members ---------------------------------------------------
_YM = (
    r"(?:"
    + _ERA
    + r"(?:元|\d{1,2})|(?:19|20)\d{2})"
    + _B
    + r"*年"
    + _B
    + r"*\d{1,2}"
    + _B
    + r"*月(?!"
    + _B
    + r"*\d)|[MTSHR]\d{1,2}\.\d{1,2}(?![.\d])"
)
_PARTIAL = r"(?<!出)(?:生年月|生まれ年月)(?!日)(?:は|が)?" + _B + r"*[:：]?" + _B + r"*(?P<v>" + _YM + ")"
_MEMBER_NAME = r"[一-龥々ぁ-んァ-ヴー]{1,4}(?:[ \u3000][一-龥々ぁ-んァ-ヴー]{1,4})?"
_EVENT_WORD = r"受付|処理|異動|届出|開催|現在|転入|転出|変更|登録|取得|喪失|交付|申請|予定"
_RELATION = r"(?:世帯主|妻|夫|子|長男|長女|次男|次女|三男|三女|父|母|祖父|祖母|孫|兄|弟|姉|妹)"
_HOUSEHOLD = (
    r"(?<![一-龥ぁ-んァ-ヶ])"
    + _RELATION
    + _B
    # round AO: the member's name between, set apart by blanks (長男 孝 H3.5.10), no event's word
    + r"*(?:(?<=[ \t\u3000])(?!" + _EVENT_WORD + r")" + _MEMBER_NAME
    + _B
    + r"+)?(?P<v>[MTSHR]\.?(?:元|\d{1,2})\.\d{1,2}\.\d{1,2})(?![.\d])"
)
_HOUSEHOLD_TEXT = lazy_compile(r"世帯|異動届")


def _household_text(text: str, start: int, end: int) -> bool:
    """世帯 / 異動届 within 200 characters before the date or on its line."""
    _, b = line_at(text, start, end)
    return _HOUSEHOLD_TEXT.search(text, max(0, start - 200), b) is not None


# --- passports, residence cards, bank accounts, phones ----------------------------------------
_VI_PASSPORT = (
    r"(?<![A-Za-z])(?i:(?:s[oố][ \t]+)?h[oộ][ \t]+chi[eế]u(?:[ \t]+s[oố])?"
    r"(?:[ \t]+c[uủ]a[ \t]+t[oô]i(?:[ \t]+l[aà])?)?)[ \t]*[:：]?[ \t]*(?P<v>[A-Z]\d{7})(?![0-9A-Za-z])"
)
_BANK_WORD = (
    r"銀行|信用金庫|信金|信用組合|ゆうちょ|普通|当座|(?i:bank|MUFG|SMBC|Mizuho|Resona|futsu|touza|toza)"
)
_BANK_AFTER = _B + r"*[（(][^)）\n]{0,20}(?:" + _BANK_WORD + r")[^)）\n]{0,20}[)）]"
_BANK_AFTER_RX = lazy_compile(_BANK_AFTER)
_BANK_BRACKETED = r"(?<![0-9A-Za-z.-])(?P<v>\d{3}-\d{7})(?![0-9])" + _BANK_AFTER


def bank_named_after(text: str, start: int, end: int) -> bool:
    """A branch-account value NNN-NNNNNNN with a bank's name (or 普通 / futsu) in brackets right
    after it: 「207-3318460（三井住友銀行）へ返還」 is an account even after an amount word."""
    return (
        re.fullmatch(r"\d{3}-\d{7}", text[start:end]) is not None
        and _BANK_AFTER_RX.match(text, end) is not None
    )


_FOREIGN_DIGITS = r"\+(?!81)[1-9]\d{0,2}(?:[ -]\(?\d{1,5}\)?){1,4}|\+(?!81)[1-9]\d{0,2}[ -]?\d{8,11}"
_EMERGENCY = (
    r"(?<![A-Za-z])(?i:emergency[ \t]+contact)(?:[ \t]*\([^)\n]{0,30}\))?[ \t]*[:：]?[ \t]*"
    r"(?:[A-Za-z]{2,10}[ \t]+)?(?P<v>" + _FOREIGN_DIGITS + r")(?![0-9A-Za-z-])"
)
_SPECIAL_PERMANENT = lazy_compile(r"特別永住者?証明書")


def special_permanent_certificate(text: str, start: int, end: int) -> bool:
    """特別永住者証明書 on the value's line or the line above it (its 証明書番号 is the card's)."""
    a, b = line_at(text, start, end)
    above = line_above(text, a)
    return _SPECIAL_PERMANENT.search(text, above[0] if above else a, b) is not None


def _phone_digits(value: str) -> bool:
    """Nine to fifteen digits with the country code (E.164)."""
    return 9 <= sum(c.isdigit() for c in value) <= 15


# --- vetoes -----------------------------------------------------------------------------------
_CODE_LABEL = lazy_compile(
    r"(?:製造ロット|ロット|予算科目|款項目節|科目コード)(?:番号|No\.?|コード)?[^\d\n]{0,10}$"
    # round AM: a product number (品番, 型番, 商品番号), its label right before the value
    r"|(?:品番|品目コード|型番|商品番号|商品コード)[^\d\n]{0,4}$"
)


def code_label_phone(text: str, start: int) -> bool:
    """A phone-shaped value right after a lot number's, a budget code's or a product number's
    label (製造ロット, ロット番号, 予算科目, 款項目節, 品番, 型番, 商品番号): a code, not a phone."""
    a = text.rfind("\n", 0, start) + 1
    return _CODE_LABEL.search(text, max(a, start - 24), start) is not None


_XML_OPEN = lazy_compile(r"<(?P<tag>[A-Za-z]+Bi)>[ \t]*$")
_BIRTH_TAG = lazy_compile(r"(?i)tanjo|seinen|shusse|birth")


def xml_other_date(text: str, start: int) -> bool:
    """The value opens an XML element whose romanised tag names another day (…Bi: TodokedeBi,
    TenshutsuYoteiBi, IdoBi), not a birthday (TanjoBi)."""
    m = _XML_OPEN.search(text, max(0, start - 40), start)
    return m is not None and _BIRTH_TAG.search(m.group("tag")) is None


_WIDTH_HEADER = lazy_compile(r"(?:[A-Za-z_一-龥ぁ-んァ-ヶ]+[:(]?\d{1,2}\)?(?:桁)?[,、 ]*){3,}")
_BIRTH_FIELD = lazy_compile(r"(?i)dob|birth|生年月日|誕生|seinen|tanjo")


def width_header_other_date(text: str, start: int, end: int) -> bool:
    """A record under a width header (``name16,issue8,amt11``) that names no birth field."""
    above = line_above(text, line_at(text, start, end)[0])
    if above is None:
        return False
    header = text[slice(*above)].strip()
    return _WIDTH_HEADER.fullmatch(header) is not None and _BIRTH_FIELD.search(header) is None


AJ_BIRTH: tuple[JaPattern, ...] = (
    JaPattern("aj_packed_record", _PACKED_BIRTH, 0.6),
    JaPattern("aj_partial_birth_month", _PARTIAL, 0.6),
    JaPattern("aj_household_member", _HOUSEHOLD, 0.6, where=_household_text),
)
AJ_POSTAL: tuple[JaPattern, ...] = (JaPattern("aj_packed_record", _PACKED_POSTAL, 0.6),)
AJ_PHONE: tuple[JaPattern, ...] = (
    JaPattern("aj_packed_record", _PACKED_PHONE, 0.6, own_label=True),
    JaPattern("aj_emergency_contact", _EMERGENCY, 0.6, check=_phone_digits, own_label=True),
)
AJ_LICENCE: tuple[JaPattern, ...] = (
    JaPattern("aj_json_doc_sibling", _NUMBER_KEY, 0.7, own_label=True, where=_licence_sibling),
)
AJ_PASSPORT: tuple[JaPattern, ...] = (JaPattern("aj_vietnamese_words", _VI_PASSPORT, 0.6, own_label=True),)
AJ_RESIDENCE: tuple[JaPattern, ...] = (
    JaPattern(
        "aj_special_permanent",
        r"(?<![0-9A-Za-z])(?P<v>[A-Z]{2}[ -]?\d{8}[ -]?[A-Z]{2})(?![0-9A-Za-z])",
        0.6,
        own_label=True,
        where=special_permanent_certificate,
    ),
)
AJ_BANK: tuple[JaPattern, ...] = (JaPattern("aj_bank_bracketed", _BANK_BRACKETED, 0.6, own_label=True),)
