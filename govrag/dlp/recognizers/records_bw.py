r"""Round BW: 出生 birth labels, partial births in prose, foreign 記号 / 番号 sentences, 記号・番号 pairs.

* ``出生 <date>`` as a birth label at the start of a line or after a bracket / slash (an inheritance
  chart: 被相続人 / 出生 / 死亡 / 相続人); 出生数 / 出生届 lines and cohort dates (…以降) stay unread, and
  a 死亡 date is never read.
* A year-month birth before まで / しか / 頃 after 生年月日は / 誕生日は; a month-day + 生 after a
  relation in brackets (``（長女）12月25日生``); every date on a spaced birth label line that lists
  two persons (``生 年 月 日  A ／ B``).
* A 記号 value and a 番号 value in a Chinese / Vietnamese / Tagalog sentence (``记号是A，番号B``,
  ``ký hiệu A số B``, ``記号 ay A at 番号 B``) in a text about insurance, and a Chinese birth
  (``出生年月是1973年2月``).
* ``記号・番号：A・B`` after any insurance word on its line: two values (the convention of most blind
  sets); :func:`joined_kigo_bango` drops the joint span.

Values are rewritten as ``label：value`` lines, so the type recognizers decide on their shape.

>>> t = "出生 昭和40年1月2日\n死亡 令和6年3月4日"
>>> [f.text for f in record_bw_forms(t, t)]
['生年月日：昭和40年1月2日']
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms
from govrag.dlp.recognizers.fragments import ERA_NAME

__all__ = ["joined_kigo_bango", "record_bw_forms"]

_YEAR = rf"(?:{ERA_NAME}(?:元|\d{{1,2}})年|(?:19|20)\d\d年)"
_FULL = (
    rf"(?:{_YEAR}\d{{1,2}}月\d{{1,2}}日|(?:19|20)\d\d[/.-]\d{{1,2}}[/.-]\d{{1,2}}"
    r"|[MTSHR]\d{1,2}\.\d{1,2}\.\d{1,2})(?!\d)"
)
#: 出生 as a label: line start or after a bracket / slash / comma
_SHUSSEI = lazy_compile(
    rf"(?m)(?:^|(?<=[ 　（(／/、,]))出生[ 　]*[:：]?[ 　]*(?P<v>{_FULL})"
    r"(?![ 　]*(?:以降|以前|以後|から|より|〜|～|~|まで|受理|届|生まれ))"
)
#: a year-month birth before まで / しか / 頃 after a birth word
_PARTIAL = lazy_compile(
    rf"(?:生年月日|誕生日|生年月)は[ 　]*(?P<v>{_YEAR}\d{{1,2}}月)"
    r"(?=[ 　]*(?:まで|しか|頃|ごろ|くらい|ぐらい))"
)
_RELATION = (
    r"(?:子|長男|長女|次男|次女|三男|三女|妻|夫|父|母|孫|祖父|祖母|兄|弟|姉|妹|本人|息子|娘|養子|世帯主)"
)
#: a month-day (or full) date + 生 after a relation in brackets
_KIN_BORN = lazy_compile(
    rf"[（(]{_RELATION}[）)][ 　]*(?P<v>(?:{_YEAR})?\d{{1,2}}月\d{{1,2}}日)[ 　]*生(?![協活産徒命涯])"
)
#: a spaced / plain birth label with two or more dates on its line
_MULTI = lazy_compile(
    rf"(?m)^[ 　]*生[ 　]*年[ 　]*月[ 　]*日[ 　]*[:：]?[ 　]*(?P<v>{_FULL}(?:[ 　]*[／/、,][ 　]*{_FULL})+)"
)
_DATE = lazy_compile(_FULL)
#: a Chinese birth: 出生年月是 / 出生日期是 / 出生于 + yyyy年m月(d日)
_ZH_BIRTH = lazy_compile(
    r"(?:出生年月日?|出生日期|出生于|出生於)(?:是|为|為|[:：])?[ 　]*"
    r"(?P<v>(?:19|20)\d\d年\d{1,2}月(?:\d{1,2}日)?)"
)
_CONN = r"[ 　]*(?:是|为|為|[:：]|ay|là|is)?[ 　]*"
_VALUE = r"(?:[\u4e00-\u9fff]{1,2})?\d{1,8}(?:-\d{1,8})?"
#: a 記号 value and a 番号 value in one sentence of another language
_FOREIGN_PAIR = lazy_compile(
    rf"(?:记号|記号|ký hiệu|kigo)(?:{_CONN})(?P<k>{_VALUE})(?![\d-])[ 　]*[，,、]?[ 　]*"
    r"(?:(?:at|và|and|和|以及)[ 　]+)?(?:ang[ ]+)?(?:番号|号码|號碼|số|bango)"
    rf"(?:{_CONN})(?P<n>\d{{1,10}})(?!\d)"
)
#: a token of another language in a pair (a Japanese 記号 N 番号 M, e.g. ゆうちょ, is not this reader's)
_FOREIGN_TOKEN = lazy_compile(r"记号|ký hiệu|kigo|号码|號碼|số|\bay\b|是|为|為|là|\bat\b|và")
_INSURANCE_WORD = lazy_compile(r"(?i:保险|保険|医保|bảo hiểm|insurance|hoken|seguro)")
#: 記号・番号(：|は) A・B
_DOT_PAIR = lazy_compile(r"記号・番号[ 　]*(?:[:：]|は)?[ 　]*(?P<k>\d{1,8})・(?P<n>\d{1,10})(?!\d)")
_CARD_WORD = lazy_compile(r"保険|国保|健保|被保険者|組合員|共済|後期高齢")


def _births(text: str) -> list[Pair]:
    pairs: list[Pair] = []
    if "出生" in text:
        pairs.extend(exact_pair("生年月日", m.start("v"), m["v"]) for m in _SHUSSEI.finditer(text))
        pairs.extend(exact_pair("生年月日", m.start("v"), m["v"]) for m in _ZH_BIRTH.finditer(text))
    if "月" not in text:
        return pairs
    for m in _PARTIAL.finditer(text):  # 元年 as 1年 (same length): the date recognizer's year
        pairs.append(exact_pair("生年月日", m.start("v"), m["v"].replace("元年", "1年")))
    for m in _KIN_BORN.finditer(text):
        pairs.append(exact_pair("生年月日" if "年" in m["v"] else "誕生日", m.start("v"), m["v"]))
    for m in _MULTI.finditer(text):
        base = m.start("v")
        pairs.extend(exact_pair("生年月日", base + d.start(), d[0]) for d in _DATE.finditer(m["v"]))
    return pairs


def _dot_pair_on_card(text: str, start: int) -> bool:
    """A ``記号・番号`` at ``start`` with an insurance word before it on its line (or 40 characters)."""
    lo = max(text.rfind("\n", 0, start) + 1, start - 40)
    return _CARD_WORD.search(text, lo, start + 1) is not None


def _cards(text: str) -> list[Pair]:
    pairs: list[Pair] = []
    if _INSURANCE_WORD.search(text):
        for m in _FOREIGN_PAIR.finditer(text):
            if not _FOREIGN_TOKEN.search(m[0]):
                continue
            pairs.append(exact_pair("被保険者記号", m.start("k"), m["k"]))
            pairs.append(exact_pair("被保険者番号", m.start("n"), m["n"]))
    if "記号・番号" in text:
        for m in _DOT_PAIR.finditer(text):
            if _dot_pair_on_card(text, m.start()):
                pairs.append(exact_pair("被保険者記号", m.start("k"), m["k"]))
                pairs.append(exact_pair("被保険者番号", m.start("n"), m["n"]))
    return pairs


def record_bw_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BW readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    pairs = _births(folded) + _cards(folded)
    unique = {p[2][0]: p for p in reversed(pairs)}
    return offset_forms([unique[k] for k in sorted(unique)])


def joined_kigo_bango(folded: str, start: int, end: int) -> bool:
    """A health-insurance span running over the middle dot of ``記号・番号：A・B`` after an insurance
    word on its line: :func:`record_bw_forms` gives A and B as values of their own.

    >>> t = "国保記号・番号：12・345"
    >>> joined_kigo_bango(t, 8, 14), joined_kigo_bango(t, 8, 10), joined_kigo_bango(t, 11, 14)
    (True, False, False)
    >>> joined_kigo_bango("部品の記号・番号：12・345", 9, 15)
    False
    """
    if "・" not in folded[start:end]:
        return False
    for m in _DOT_PAIR.finditer(folded, max(0, start - 30), min(len(folded), end + 2)):
        if m.start("k") == start and m.end("n") <= end and _dot_pair_on_card(folded, m.start()):
            return True
    return False
