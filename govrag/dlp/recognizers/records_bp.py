r"""Round BP: partial birth dates after a qualifier, joined accounts after a cooperative bank's name,
and district-code columns shaped like postal codes.

Readers (values rewritten as Japanese form lines for the type's own recognizer, like
:mod:`records_bd`):

1. **qualified births** (:data:`_QUALIFIED_BIRTH`): a birth word and は / が (生年, 生まれ年, 誕生日,
   生年月日 …), a short qualifier ending like a source (本人申告で, 家族によれば, 聞き取りでは …), then a
   year and month or a month and day — ``生年は本人の話では昭和40年5月``. Round BD reads the same
   with no qualifier; a qualifier holding 不明 / 不詳 or a sentence end stops the reading.
2. **a month and day below a lone 生年月日 label** (:data:`_LABEL_ABOVE`): the label alone on its line,
   the next line starting with ``M月D日`` (or a year and month) followed by 生, a bracketed note or
   the line's end; and ``生年月日：不詳（M月D日生…）`` (:data:`_UNKNOWN_YEAR`).
3. **cooperative-bank accounts** (:data:`_INSTITUTION_ACCOUNT`): a joined branch-account value
   ``NNN-NNNNNNN`` right after a 信用金庫 / 信用組合 / 労働金庫 / 農協 / JA… / 銀行 name (a branch and
   the account kind may stand between), not followed by 号 / 円 / 件.

Veto (:func:`code_column_postal`): a postal-code-shaped cell under a column header naming a survey
district, area, block, route or code (担当調査区, 地区コード, 区画番号, 路線 …) is no postal code,
unless that header also names a postal code or an address, or the cell carries 〒 (fail closed).

>>> t = "生年は本人申告で平成2年4月。"
>>> [f.text for f in record_bp_forms(t, t)]
['生年月日：平成2年4月']
>>> t = "誕生日は家族によれば3月9日。"
>>> [f.text for f in record_bp_forms(t, t)]
['生年月日：2000年3月9日']
"""

from __future__ import annotations

import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.dlp.recognizers.fragments import BLANK, BLANKS, ERA_NAME
from govrag.dlp.recognizers.rows import column_header

__all__ = ["code_column_postal", "record_bp_forms"]

_YEAR_MONTH = (
    rf"(?:{ERA_NAME}(?:\d{{1,2}}|元)|(?:19|20)\d{{2}}){BLANKS}年{BLANKS}(?:1[0-2]|0?[1-9]){BLANKS}月"
)
_MONTH_DAY = rf"(?:1[0-2]|0?[1-9]){BLANKS}月{BLANKS}(?:3[01]|[12]\d|0?[1-9]){BLANKS}日"
_DAY = rf"(?:{BLANKS}(?:3[01]|[12]\d|0?[1-9]){BLANKS}日)?"
#: a birth date that is partial (or whole): year and month (day optional), or month and day
_PARTIAL = rf"(?:{_YEAR_MONTH}{_DAY}|{_MONTH_DAY})(?!{BLANKS}\d)"
_QUALIFIER_END = r"(?:で(?:は|も)?|によれば|によると|により|では|だと|として|上は|の話では?|のとおり)"
_QUALIFIED_BIRTH = lazy_compile(
    r"(?:生年月日|生まれ年|生年|誕生年|誕生月日|誕生月|誕生日)(?:は|が)[、,]?"
    rf"(?:(?P<q>[^\n。．.\d、,（()）]{{1,16}}?){_QUALIFIER_END})?[、,]?{BLANKS}"
    rf"(?P<d>{_PARTIAL})(?!{BLANKS}(?:に|以|まで|から|より|時点|現在|付|～|〜|-))"
)
_DENIED = lazy_compile(r"不明|不詳|未詳|分から|わから|記憶な|確認中")
_LABEL_ABOVE = lazy_compile(
    rf"(?m)^{BLANKS}(?:生年月日|生年月|誕生日){BLANKS}[:：]?{BLANKS}\n{BLANKS}"
    rf"(?P<d>{_PARTIAL})(?={BLANKS}(?:生|[（(]|$))"
)
_UNKNOWN_YEAR = lazy_compile(
    rf"(?:生年月日|誕生日){BLANKS}[:：]?{BLANKS}(?:年)?(?:不詳|不明|未詳)[、,]?{BLANKS}"
    rf"(?:[（(][^（()）\n\d]{{0,8}}?(?P<d>{_PARTIAL}){BLANKS}(?:生|[）)])|(?P<d2>{_MONTH_DAY}){BLANKS}生)"
)
#: round CC: the kind of institution alone names it too (「(2) 信用金庫 714-…」 on a found card)
_INSTITUTION = (
    r"(?:[^\s\d・、,，:：/|]{0,12}?(?:銀行|信用金庫|信金|信用組合|信組|労働金庫|労金|農協|農業協同組合|漁協)"
    r"|JAバンク[^\s\d・、,]{0,8}|JA[\u3040-\u30ff\u4e00-\u9fff]{1,8})"
)
_INSTITUTION_ACCOUNT = lazy_compile(
    rf"{_INSTITUTION}(?:{BLANK}+[^\s\d]{{1,10}}支店)?(?:{BLANKS}[（(]?(?:普通|当座|総合)[）)]?)?"
    rf"{BLANK}*[/／]?{BLANK}+(?P<v>\d{{3}}-\d{{7}})(?![\d-])(?!{BLANKS}(?:号|円|件|番地))"
)


def _birth_pair(m: re.Match[str]) -> Pair:
    """The date rewritten for the birth recognizer: blanks out, 元年 as 1年, a missing year as 2000
    (like :mod:`records_bj`)."""
    group = "d" if m.group("d") else "d2"
    value = re.sub(r"[ \t\u3000]", "", m.group(group)).replace("元年", "1年")
    return whole_pair("生年月日", m.start(group), m.end(group), value if "年" in value else f"2000年{value}")


def _pairs(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    for m in _QUALIFIED_BIRTH.finditer(folded):
        if m.group("q") is None or not _DENIED.search(m.group("q")):
            pairs.append(_birth_pair(m))
    for rx in (_LABEL_ABOVE, _UNKNOWN_YEAR):
        pairs += [_birth_pair(m) for m in rx.finditer(folded)]
    for m in _INSTITUTION_ACCOUNT.finditer(folded):
        pairs.append(exact_pair("口座番号", m.start("v"), m.group("v")))
    return pairs


def record_bp_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BP readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    return offset_forms(_pairs(folded))


# --- veto -------------------------------------------------------------------------------------
_CODE_HEADER = lazy_compile(
    r"調査区|地区|区画|区域|担当区|区コード|路線|系統|コード|区番号|ルート|"
    r"(?<![a-z])(?:code|area|district|route|zone|block)(?![a-z])",
    re.IGNORECASE,
)
_POSTAL_HEADER = lazy_compile(r"郵便|〒|住所|所在|送付先|居所|(?i:zip|postal|post)")


def code_column_postal(folded: str, start: int, end: int) -> bool:
    """A postal-code-shaped cell under a header naming a district / area / route / code column (and
    no postal code or address); a cell with 〒 stays a postal code."""
    header = column_header(folded, start, end)
    if header is None or _CODE_HEADER.search(header) is None or _POSTAL_HEADER.search(header):
        return False
    line_start = folded.rfind("\n", 0, start) + 1
    cell_start = max(folded.rfind(c, line_start, start) for c in "\t,;|")
    return "〒" not in folded[max(cell_start, line_start) : start]
