r"""Round BS: month-day births in prose, romanized janma / sinh births, glued romaji records, log phones.

* A month-day date in plain or hiragana prose: before うまれ / 生まれ, after お誕生日が (…の) /
  おたんじょうびは, and both dates of a corrected birthday (誕生日を A と書いて…正しくは B). A
  誕生日会 / 誕生日プレゼント date has no は / が after 誕生日 and stays unread.
* A birth date after romanized Nepali ``… ko janma <date> ho`` and Vietnamese ``<name>, sinh <date>``.
* A fixed-width record: a record number glued to an upper-case romaji name, spaces, a yyyy/mm/dd birth
  date glued to an eleven-digit mobile number (and a code such as ``K21B``).
* A phone in a send log (``to:0…`` on a line naming SMS / 送信 / send) and an international number
  with hyphens closing a slash-separated contact line after an e-mail cell.
* ``記号・番号：A・B`` near an insurance word: the 番号 after the middle dot is a value of its own.

Values are rewritten as ``label：value`` lines, so the type recognizers decide on their shape.

>>> t = "むすこは 2月3日 うまれです。"
>>> [f.text for f in record_bs_forms(t, t)]
['誕生日：2月3日']
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms

__all__ = ["joined_kigo_bango", "record_bs_forms"]

_MD = r"[0-9０-９]{1,2}月[ ]?[0-9０-９]{1,2}日"
#: a month-day date before うまれ / 生まれ
_BORN = lazy_compile(rf"(?<![0-9０-９年])(?P<v>{_MD})[ 　]?(?:うまれ|生まれ)")
#: お誕生日が (…の) / おたんじょうびは before a month-day date
_BIRTHDAY = lazy_compile(
    rf"(?:お誕生日|おたんじょうび|誕生日)[ 　]?(?:は|が)(?:[^。\n、！!]{{0,12}}?の)?[ 　]*"
    rf"(?P<v>{_MD})(?![ 　]?(?:に|まで|から|頃|ごろ))"
)
#: a corrected birthday: both dates are the birth date
_CORRECTED = lazy_compile(
    rf"(?:誕生日|生まれた日|生年月日)を[ 　]*(?P<a>{_MD})[ 　]*と(?:書|記|し|入力)"
    rf"[^。\n]{{0,30}}?正しくは[ 　]*(?P<b>{_MD})"
)
_DATE = (
    r"(?:19|20)\d\d-\d\d-\d\d|\d{1,2}/\d{1,2}/(?:19|20)\d\d"
    r"|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December) (?:19|20)\d\d"
)
_JANMA = lazy_compile(rf"(?i:\bko[ ]+janma)[ ]+(?P<v>{_DATE})[ ]+ho\b")
_SINH = lazy_compile(rf",[ ]*sinh(?:[ ]+ngày)?[ ]*:?[ ]*(?P<v>{_DATE})(?![\d/-])")
#: a fixed-width record: number+ROMAJI NAME, spaces, yyyy/mm/dd glued to a mobile (and a code)
_RECORD = lazy_compile(
    r"(?m)^[ ]*\d{3,8}(?P<n>[A-Z]{2,}(?:[ ][A-Z]{2,}){1,3})[ ]{2,}"
    r"(?P<d>(?:19|20)\d\d/\d\d/\d\d)(?P<p>0[5-9]0\d{8})(?=[A-Z]\d{1,3}[A-Z]?\b|[ ]|$)"
)
_LOG_TO = lazy_compile(r"(?m)(?:^|(?<=[ \t\[\]]))to:[ ]?(?P<v>0\d{9,10})(?!\d)")
_LOG_WORD = lazy_compile(r"(?i:sms|send|sent|msg)|送信")
_INTL = lazy_compile(r"@[^\s/]+[ ]*/[ ]*(?P<v>\+\d{1,3}(?:-\d{1,4}){1,2}-\d{3,8})(?![\d-])")
_KIGO_BANGO = lazy_compile(r"記号・番号[ ]*[:：][ 　]*(?P<a>\d{1,8})・(?P<b>\d{1,10})(?!\d)")
_INSURANCE = lazy_compile(r"保険|被保険者|保険証|国保|健保|組合員証")


def _line(text: str, pos: int) -> str:
    """The line holding ``pos``."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return text[lo : hi if hi >= 0 else len(text)]


def _births(text: str) -> list[Pair]:
    pairs: list[Pair] = []
    if "月" in text:
        for pat in (_BORN, _BIRTHDAY):
            pairs.extend(exact_pair("誕生日", m.start("v"), m["v"]) for m in pat.finditer(text))
        for m in _CORRECTED.finditer(text):
            pairs.append(exact_pair("誕生日", m.start("a"), m["a"]))
            pairs.append(exact_pair("誕生日", m.start("b"), m["b"]))
    for pat in (_JANMA, _SINH):
        pairs.extend(exact_pair("生年月日", m.start("v"), m["v"]) for m in pat.finditer(text))
    return pairs


def _pairs(text: str) -> list[Pair]:
    pairs = _births(text)
    for m in _RECORD.finditer(text):
        pairs.append(exact_pair("氏名", m.start("n"), m["n"]))
        pairs.append(exact_pair("生年月日", m.start("d"), m["d"]))
        pairs.append(exact_pair("電話番号", m.start("p"), m["p"]))
    if "to:" in text:
        for m in _LOG_TO.finditer(text):
            near = _LOG_WORD.search(text, max(0, m.start() - 80), m.start())
            if near or _LOG_WORD.search(_line(text, m.start())):
                pairs.append(exact_pair("電話番号", m.start("v"), m["v"]))
    if "@" in text:
        pairs.extend(exact_pair("電話番号", m.start("v"), m["v"]) for m in _INTL.finditer(text))
    for m in _KIGO_BANGO.finditer(text):
        if _INSURANCE.search(text, max(0, m.start() - 40), m.start()):
            pairs.append(exact_pair("被保険者記号", m.start("a"), m["a"]))
            pairs.append(exact_pair("被保険者番号", m.start("b"), m["b"]))
    unique = {p[2][0]: p for p in reversed(pairs)}
    return [unique[k] for k in sorted(unique)]


def record_bs_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BS readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    return offset_forms(_pairs(folded))


def joined_kigo_bango(folded: str, start: int, end: int) -> bool:
    """A health-insurance span running over the middle dot of ``被保険者証記号・番号：A・B`` on a line
    that gives the 保険者番号 first (separate fields of a form): its parts are read apart by
    :func:`record_bs_forms`. A bare ``保険証 記号・番号：A・B`` stays one value.

    >>> t = "保険者番号：11 被保険者証記号・番号：12・345"
    >>> joined_kigo_bango(t, 20, 26), joined_kigo_bango(t, 20, 22)
    (True, False)
    """
    if "・" not in folded[start:end]:
        return False
    lo = folded.rfind("\n", 0, start) + 1
    for m in _KIGO_BANGO.finditer(folded, max(0, start - 30), min(len(folded), end + 2)):
        if m.start("a") == start and end <= m.end("b"):
            head = folded[lo : m.start()]
            return head.endswith("被保険者証") and "保険者番号" in head
    return False
