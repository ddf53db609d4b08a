r"""Round BZ: labels and phrases — births, a second passport, phones, postal codes, titled lists, XML.

* Births: a bare Vietnamese ``sinh <date>`` (round BS reads ``<name>, sinh``); an era code
  ``H080818`` under a 生年月日 label or on a line below it; ``YYYY年M月生まれ`` after a colon or
  before an age note （…歳）; Nepali ``<year> saal <Month> <day> ma janma``; English ``birthday …:
  <Month> <day>, <year>``.
* A second passport number in a sentence about passports: ``… and mine is <value>`` / ``his is`` /
  ``mine: <value>``.
* Phones: ``0A(BBBB)CCCC`` and an international ``+NNN …`` number after ``number`` / ``phone``.
* A postal code ``NNN-NNNN`` right after an address (a 市区町村 word, a house number, a comma).
* A list titled by a number type (基礎年金番号照会リスト): each row's value of that shape.
* 個人番号 in romaji XML elements and keys (``<kojin_no>``, ``my_number``, ``individual_number``).

The veto :func:`protocol_phone` drops a phone-shaped value right after a protocol / 受付 / case
number label, never one on a line naming a phone (before or after the value).

>>> t = "Con tôi sinh 03/08/2015."
>>> [f.text for f in record_bz_forms(t, t)]
['生年月日：03/08/2015']
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.dlp.recognizers.fragments import EN_MONTHS
from govrag.dlp.recognizers.records_bs import _DATE
from govrag.text.eras import era_code_date, past_date_text, past_text, within_era

__all__ = ["protocol_phone", "record_bz_forms"]

_MONTH = rf"(?i:(?:{'|'.join(EN_MONTHS)})[a-z]{{0,6}})"
_SINH = lazy_compile(rf"(?<![\w,])(?<!, )(?i:sinh)(?:[ ]+ngày)?[ ]*:?[ ]*(?P<v>{_DATE})(?![\d/-])")
_ERA_CODE = lazy_compile(
    r"生年月日[ 　]*[:：]?[ 　]*(?:\n[ 　]*){0,2}"
    r"(?P<v>(?P<e>[MTSHR])(?P<y>\d\d)(?P<m>\d\d)(?P<d>\d\d))(?![\dA-Za-z])"
)
_BORN_MONTH = lazy_compile(
    r"(?:(?<=[:：])[ 　]*)(?P<v>(?:19|20)\d\d年[ ]?\d{1,2}月)[ ]?生まれ"
    r"|(?P<w>(?:19|20)\d\d年[ ]?\d{1,2}月)[ ]?生まれ(?=[（(][^）)\n]{0,10}\d{1,3}歳)"
)
_SAAL = lazy_compile(
    rf"(?P<v>(?P<y>(?:19|20)\d\d)[ ]+saal[ ]+(?:(?P<m>{_MONTH})[ ]+(?P<d>\d{{1,2}})"
    rf"|(?P<d2>\d{{1,2}})[ ]+(?P<m2>{_MONTH})))[ ]+ma[ ]+janma"
)
_EN_BIRTHDAY = lazy_compile(
    rf"(?i:birthday|date of birth|birth date)[^.\n:：]{{0,40}}[:：][ ]*"
    rf"(?P<v>(?P<m>{_MONTH})[ ]+(?P<d>\d{{1,2}}),?[ ]+(?P<y>(?:19|20)\d\d))(?!\d)"
)
_PASSPORT_WORD = lazy_compile(r"(?i:passport)")
#: a passport number after ``passport number of my son is`` (words between the label and 「is」)
_PASSPORT_IS = lazy_compile(
    r"(?i:passport[ ]+(?:number|no\.?))[^.\n:：]{0,30}?\bis[ ]+(?P<v>[A-Z]{1,2}\d{7,8})(?![\dA-Za-z])"
)
_SECOND_PASSPORT = lazy_compile(
    r"(?i:\b(?:and[ ]+)?(?:mine|his|hers|my[ ]+(?:wife|husband|son|daughter)'s)(?:[ ]+is)?[ ]*[:：]?)"
    r"[ ]*(?P<v>[A-Z]{1,2}\d{7,8})(?![\dA-Za-z])"
)
_PAREN_PHONE = lazy_compile(r"(?<![\d(（])(?P<v>0\d{1,4}[(（]\d{1,4}[)）]\d{4})(?!\d)")
#: another number's label just before a value (起案番号 015(589)5788 is no phone)
_NUMBER_LABEL = lazy_compile(r"(?i:番号|no\.?|#)[ 　]*[:：]?[ 　]*$")
_INTL_AFTER_WORD = lazy_compile(
    r"(?i:\b(?:number|phone|mobile|nambar|fon))[ ]*[:：]?[ ]*"
    r"(?P<v>\+\d{1,3}[ -]?\d{2,5}(?:[ -]?\d{2,5}){0,3})(?![\d-])"
)
_POSTAL_AFTER_ADDRESS = lazy_compile(
    r"[都道府県市区町村郡][^\n,，.。:：]{0,40}?[0-9０-９号地室階]\s*[,，、]\s*(?P<v>\d{3}-\d{4})(?![\d-])"
)
#: a title naming a number type: its label and the shape of the rows' values
_TITLES: tuple[tuple[re.Pattern[str], str, re.Pattern[str]], ...] = (
    (
        lazy_compile(r"(?:基礎)?年金番号"),
        "基礎年金番号",
        lazy_compile(r"(?<![\d-])(?:\d{10}|\d{4}-\d{6})(?![\d-])"),
    ),
)
#: a line that is no title: a digit, a colon, or a sentence's particle (年金番号は別途…)
_NOT_TITLE = lazy_compile(r"[0-9:：]|番号[はをがにも]")
_XML_KEY = r"(?i:kojin_?no|kojin_?bango|my_?number|individual_?number|kojin_?number)"
_XML_MY_NUMBER = lazy_compile(
    rf"(?:<{_XML_KEY}>[ ]*|[\"']?\b{_XML_KEY}[\"']?[ ]*[:=][ ]*[\"']?)"
    r"(?P<v>\d{12}|\d{4}[ -]\d{4}[ -]\d{4})(?![\d])"
)
_PROTOCOL = lazy_compile(
    r"(?i:protocolo|protocol|protokoll|case[ ]?(?:no\.?|number|#)"
    r"|reference(?:[ ]?(?:no\.?|number))?|ref\.?[ ]?no\.?"
    r"|número[ ]do[ ]pedido|pedido|受付番号|受付no\.?|整理番号|管理番号|お問い?合わせ番号|注文番号|申請番号)"
    r"[ 　]*[:：#]?[ 　]*$"
)
#: a phone word after the value (「受付番号：… 連絡先（本人携帯）」), not 「aguarde o contato」
_PHONE_AFTER = lazy_compile(r"電話|携帯|連絡先|(?i:\btel\b|phone)")
_PHONE_WORD = lazy_compile(r"(?i:電話|tel|phone|telefone|fone|contato|連絡先|携帯|mobile|celular)")


def _month(name: str) -> int:
    return EN_MONTHS.index(name.lower()[:3]) + 1


def _births(text: str) -> list[Pair]:
    pairs: list[Pair] = []
    if "sinh" in text.lower():
        pairs.extend(exact_pair("生年月日", m.start("v"), m["v"]) for m in _SINH.finditer(text))
    if "生年月日" in text:
        for m in _ERA_CODE.finditer(text):
            born = era_code_date(m["e"], int(m["y"]), int(m["m"]), int(m["d"]))
            named = past_text(born) if born and within_era(born, m["e"]) else None  # H31.12.1: no date
            if named:
                pairs.append(whole_pair("生年月日", m.start("v"), m.end("v"), named))
    if "生まれ" in text:
        for m in _BORN_MONTH.finditer(text):
            g = "v" if m["v"] else "w"
            pairs.append(exact_pair("生年月日", m.start(g), m[g]))
    if "janma" in text:
        for m in _SAAL.finditer(text):
            month, day = (m["m"], m["d"]) if m["m"] else (m["m2"], m["d2"])
            named = past_date_text(int(m["y"]), _month(month), int(day))
            if named:
                pairs.append(whole_pair("生年月日", m.start("v"), m.end("v"), named))
    for m in _EN_BIRTHDAY.finditer(text):
        named = past_date_text(int(m["y"]), _month(m["m"]), int(m["d"]))
        if named:
            pairs.append(whole_pair("生年月日", m.start("v"), m.end("v"), named))
    return pairs


def _titled(text: str) -> list[Pair]:
    """Rows below a title line naming a number type (no value on the title), to a blank line."""
    pairs: list[Pair] = []
    lines = text.split("\n")
    pos = 0
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    for i, title in enumerate(lines):
        if len(title) > 40 or _NOT_TITLE.search(title):
            continue
        for word, label, shape in _TITLES:
            if not word.search(title):
                continue
            for k in range(i + 1, len(lines)):
                found = list(shape.finditer(lines[k]))
                if len(found) != 1 or _PHONE_WORD.search(lines[k]) or "番号" in lines[k]:
                    break
                pairs.append(exact_pair(label, starts[k] + found[0].start(), found[0].group()))
    return pairs


def _intl(m: re.Match[str]) -> Pair:
    """An international number whose national part is one run of 9 or 10 digits, grouped for the
    phone recognizer (``+977 9812345670`` → ``+977 981 234 5670``)."""
    code, _, rest = m["v"].partition(" ") if " " in m["v"] else m["v"].partition("-")
    if rest.isdigit() and len(rest) in (9, 10):
        cut = len(rest) - 7
        grouped = f"{code} {rest[:cut]} {rest[cut:-4]} {rest[-4:]}"
        return whole_pair("電話番号", m.start("v"), m.end("v"), grouped)
    return exact_pair("電話番号", m.start("v"), m["v"])


def _others(text: str) -> list[Pair]:
    pairs: list[Pair] = []
    if _PASSPORT_WORD.search(text):
        for m in _SECOND_PASSPORT.finditer(text):
            lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 160)
            if _PASSPORT_WORD.search(text, lo, m.start()):
                pairs.append(exact_pair("旅券番号", m.start("v"), m["v"]))
        pairs.extend(exact_pair("旅券番号", m.start("v"), m["v"]) for m in _PASSPORT_IS.finditer(text))
    if "(" in text or "（" in text:
        for m in _PAREN_PHONE.finditer(text):
            if not _NUMBER_LABEL.search(text, max(0, m.start() - 16), m.start()):
                pairs.append(exact_pair("電話番号", m.start("v"), m["v"]))
    if "+" in text:
        pairs.extend(_intl(m) for m in _INTL_AFTER_WORD.finditer(text))
    pairs.extend(exact_pair("郵便番号", m.start("v"), m["v"]) for m in _POSTAL_AFTER_ADDRESS.finditer(text))
    pairs.extend(exact_pair("個人番号", m.start("v"), m["v"]) for m in _XML_MY_NUMBER.finditer(text))
    return pairs


def record_bz_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BZ readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    pairs = _births(folded) + _titled(folded) + _others(folded)
    unique = {p[2][0]: p for p in reversed(pairs)}
    return offset_forms([unique[k] for k in sorted(unique)])


def protocol_phone(folded: str, start: int, _end: int) -> bool:
    """A phone-shaped value right after a protocol / 受付 / case number label, on a line that
    names no phone (電話 / tel / telefone keep it).

    >>> t = "Número do protocolo: 031-552-0817"
    >>> protocol_phone(t, 21, 33), protocol_phone("Telefone (protocolo): 031-552-0817", 22, 34)
    (True, False)
    """
    lo = folded.rfind("\n", 0, start) + 1
    hi = folded.find("\n", start)
    if _PHONE_WORD.search(folded, lo, start) or _PHONE_AFTER.search(
        folded, start, hi if hi >= 0 else len(folded)
    ):
        return False
    return bool(_PROTOCOL.search(folded[lo:start][-40:]))
