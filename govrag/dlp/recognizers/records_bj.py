r"""Round BJ: birth year-months and bracketed 生 dates, mutual-aid card pairs without 枝番, branch-
account values after 届出 / 通帳, OCR'd licence numbers after a bare 番号 label, cohort range ends.

Readers (values rewritten as Japanese form lines for the type's own recognizer, like
:mod:`records_bd`; a nationality word between a passport label and its value — नेपाली पासपोर्ट,
Hộ chiếu Việt Nam của em — lives in the shared lexicon of :mod:`labels_ml`):

1. **birth year-months and bracketed 生 dates** (:data:`_BIRTH`): a Korean ``생년월:`` label before
   ``YYYY년 M월``; Vietnamese ``sinh năm`` before an era date; ``生まれ年は`` before an era or
   Western year and month; a month-day or an era-abbreviated year.month (``H26.9``) right after an
   opening bracket and right before ``生`` then a comma, an age or the closing bracket
   (「（7月15日生、3歳）」「（R3.12生）」) — each is someone's birth date.
2. **mutual-aid card pairs** (:data:`_DOT_PAIR`, :data:`_MEMBER_CARD`): in a text naming 共済 /
   組合員証 / kyosai, ``記号・番号 <記号>・<番号>`` with no 枝番 after it (the 記号・番号 label right
   before the pair is its context) and English ``Member card no.: <記号>-<番号>``: each part its own
   value (:func:`card_joint` vetoes the pair read as one; elsewhere a 記号・番号 pair stays one value).
3. **branch-account values** (:data:`_ACCOUNT`): ``届出：`` / ``通帳：`` before ``NNN-NNNNNNN`` in a
   text about an account (口座, 振込, 店番): the branch and account of a salary / transfer account.
4. **OCR'd licence numbers** (:data:`_OCR_LICENCE`): a bare ``番号`` label at a line start, then
   ``第 <twelve digits spaced one by one> 号``, with 運転免許 named within two lines.

Round BJ also vetoes the end date of a cohort range (:func:`range_end`: 「昭和30年4月2日〜昭和31年4月1日
生」): the date bounds a cohort and names no one (a birth label right before it keeps it masked).

>>> [f.text for f in record_bj_forms("子（H26.9生）", "子（H26.9生）")]
['生年月日：平成26年9月']
"""

from __future__ import annotations

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, joint_read, offset_forms, whole_pair
from govrag.dlp.recognizers.fragments import BLANKS, ERA_NAME
from govrag.dlp.recognizers.records_bh import cohort_label_before

__all__ = ["card_joint", "range_end", "record_bj_forms"]

_ERA_LETTER = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}
_ERA_YEAR_MONTH = rf"{ERA_NAME}(?:\d{{1,2}}|元)年\d{{1,2}}月"

#: birth dates written in place (the group ``d`` is rewritten by :func:`_birth_value`)
_BIRTH = (
    lazy_compile(
        rf"생년월{BLANKS}[:：]?{BLANKS}(?P<y>(?:19|20)\d{{2}})년{BLANKS}(?P<m>\d{{1,2}})월(?!{BLANKS}\d)"
    ),
    lazy_compile(rf"(?i:sinh[ ]+năm)[ ]+(?P<d>{_ERA_YEAR_MONTH}(?:\d{{1,2}}日)?)(?!\d)"),
    lazy_compile(
        rf"生まれ年は{BLANKS}(?P<d>(?:{ERA_NAME}(?:\d{{1,2}}|元)|(?:19|20)\d{{2}})年\d{{1,2}}月)(?!\d)"
    ),
    lazy_compile(
        r"[（(](?:(?P<md>\d{1,2}月\d{1,2}日)|(?P<e>[MTSHR])(?P<ey>\d{1,2})\.(?P<em>\d{1,2}))"
        r"生(?=[、,，）)]|\d{1,3}歳)"
    ),
)

_CARD_TEXT = lazy_compile(r"共済|組合員証|(?i:kyosai|mutual[ ]aid)")
#: 記号・番号 then the pair with a middle dot and no 枝番 / third part after it
_DOT_PAIR = lazy_compile(
    rf"記号[・･]番号{BLANKS}[:：]?{BLANKS}(?P<k>[一-龥]{{0,2}}\d{{1,8}})[・･](?P<n>\d{{1,8}})(?![\d・･-])"
    rf"(?!{BLANKS}[（(]{BLANKS}枝番)"
)
_MEMBER_CARD = lazy_compile(
    r"(?i:member[ ]card[ ](?:no\.?|number))[ ]*[:：]?[ ]*(?P<k>[一-龥]{0,2}\d{1,8})-(?P<n>\d{1,8})(?![\d-])"
)
_ACCOUNT_TEXT = lazy_compile(r"口座|振込|店番")
_ACCOUNT = lazy_compile(
    rf"(?:^|(?<=[\s、。]))(?:届出|通帳)(?:上)?{BLANKS}[:：]{BLANKS}(?P<v>\d{{3}}-\d{{7}})(?![\d-])",
)
_OCR_LICENCE = lazy_compile(
    rf"(?m)^{BLANKS}番号{BLANKS}[:：]?{BLANKS}第{BLANKS}(?P<v>\d(?:[ ]\d){{11}}){BLANKS}号"
)
_LICENCE_WORD = lazy_compile(r"運転免許")


def _birth_value(m: object) -> str:
    g = m.groupdict()  # type: ignore[attr-defined]
    if g.get("y"):
        return f"{g['y']}年{int(g['m'])}月"
    if g.get("e"):
        return f"{_ERA_LETTER[g['e']]}{int(g['ey'])}年{int(g['em'])}月"
    if g.get("md"):
        return f"2000年{g['md']}"  # a missing year as 2000, like labels_ml
    return str(g["d"])


def _birth_pairs(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    for pattern in _BIRTH:
        for m in pattern.finditer(folded):
            group = next(g for g in ("y", "d", "md", "e") if m.groupdict().get(g))
            start = m.start(group)
            end = m.end() if group == "y" else m.end("em") if group == "e" else m.end(group)
            pairs.append(whole_pair("生年月日", start, end, _birth_value(m)))
    return pairs


def _card_pairs(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    if _CARD_TEXT.search(folded) is None:  # a 記号・番号 pair elsewhere stays one value
        return pairs
    for m in [*_DOT_PAIR.finditer(folded), *_MEMBER_CARD.finditer(folded)]:
        pairs.append(exact_pair("記号", m.start("k"), m.group("k")))
        pairs.append(exact_pair("番号", m.start("n"), m.group("n")))
    return pairs


def _line_window(folded: str, start: int, lines: int) -> str:
    a = start
    for _ in range(lines + 1):
        a = folded.rfind("\n", 0, a - 1) if a > 0 else -1
        if a < 0:
            break
    b = start
    for _ in range(lines + 1):
        b = folded.find("\n", b + 1)
        if b < 0:
            b = len(folded)
            break
    return folded[max(a, 0) : b]


def _pairs(folded: str) -> list[Pair]:
    pairs = _birth_pairs(folded) + _card_pairs(folded)
    if _ACCOUNT_TEXT.search(folded):
        pairs += [exact_pair("口座番号", m.start("v"), m.group("v")) for m in _ACCOUNT.finditer(folded)]
    for m in _OCR_LICENCE.finditer(folded):
        if _LICENCE_WORD.search(_line_window(folded, m.start(), 2)):
            digits = "".join(c for c in m.group("v") if c.isdigit())
            pairs.append(whole_pair("運転免許証番号", m.start("v"), m.end("v"), digits))
    return pairs


def record_bj_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BJ readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    return offset_forms(_pairs(folded))


# --- vetoes -----------------------------------------------------------------------------------
def card_joint(folded: str, start: int, end: int) -> bool:
    """A whole 記号・番号 / Member card no. pair read as one value where the readers give its parts."""
    return _CARD_TEXT.search(folded) is not None and joint_read([_DOT_PAIR, _MEMBER_CARD], folded, start, end)


#: a full date and a range mark right before the date: it ends the range
_RANGE_BEFORE = lazy_compile(rf"\d{{1,2}}日{BLANKS}[〜～~]{BLANKS}$")


def range_end(folded: str, start: int) -> bool:
    """The date at ``start`` ends a range of dates (…2日〜昭和31年4月1日生): a cohort bound, no one's birth
    date — unless a birth label stands right before it.

    >>> range_end("昭和30年4月2日〜昭和31年4月1日生", 10)
    True
    >>> range_end("生年月日：昭和31年4月1日", 5)
    False
    """
    if cohort_label_before(folded, start):
        return False
    return _RANGE_BEFORE.search(folded, max(0, start - 12), start) is not None
