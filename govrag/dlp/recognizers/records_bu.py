r"""Round BU: cells of headerless / glued fixed-width person rows typed by shape, tour passports.

* **person rows** (:func:`_row_pairs`): a line whose whitespace cells hold a kana name (possibly
  glued to a record number, ``0012ﾔﾏﾀﾞ``), exactly one birth date (era-coded ``S460803`` — the
  era initial and yymmdd, a valid month and day — or ``yyyymmdd``, a valid past date) and a phone
  (an 11-digit mobile, a bare 10-digit landline or a hyphenated number), in any column order.
  Its birth and phones are read, and its one 7-digit cell is a postal code unless a 3- / 4-digit
  branch code stands right before it (an account: round BM) or the block's header names an account.
  Under a header naming an insurance number a bare 10-digit cell is not read as a phone.
* **tour / participant lists** (:data:`_TOUR`): ``1. FAMILY GIVEN / AA1234567 / DOB …`` — an
  unhyphenated two-letter + seven-digit cell after an upper-case romaji name on a line naming a
  birth date is a passport number (a hyphenated tour code ``TR-123456`` is not).

Round BI's glued header rows read the third family (birth + 保険者番号 + 基礎年金番号 glued into one
run under ``BIRTHDT INSURER NENKIN``) through its width table. Values are rewritten as
``label：value`` lines, so the type recognizers decide on their shape.

>>> t = "0012ﾔﾏﾀﾞ ﾊﾅｺ  S520914 1000001 09011112222 07"
>>> [f.text for f in record_bu_forms(t, t)]
['生年月日：1977年9月14日\n郵便番号：1000001\n電話番号：09011112222']
"""

from __future__ import annotations

import datetime
from functools import lru_cache

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.text.eras import ERA_INITIALS, era_base_year, past_ymd_text

__all__ = ["record_bu_forms"]

_CELL = lazy_compile(r"\S+")
_KANA = lazy_compile(r"[\uff66-\uff9f]{2,}|[\u30a1-\u30fc]{2,}")
_ERA_DATE = lazy_compile(r"(?P<e>[MTSHR])(?P<y>\d\d)(?P<m>\d\d)(?P<d>\d\d)")
_YMD = lazy_compile(r"(?:19|20)\d{6}")
_PHONE = lazy_compile(r"0[789]0\d{8}|(?!0[5789]0)0[1-9]\d{8}|0\d{1,4}-\d{1,4}-\d{4}")
_POSTAL = lazy_compile(r"\d{7}")
_BRANCH = lazy_compile(r"\d{3,4}")
_ACCOUNT_HEAD = lazy_compile(r"(?i)口座|account|acct|koza|kouza|shiten|branch")
_INSURANCE_HEAD = lazy_compile(r"(?i)保険|hoken|insur|被保|nenkin|年金")
#: ``N. FAMILY GIVEN / AA1234567`` (numbering optional; ``/``, ``|``, tab or two spaces apart)
_TOUR = lazy_compile(
    r"(?m)^[ \t]*(?:\d{1,3}[.)][ \t]*)?[A-Z]{2,}(?:[ ][A-Z]{2,}){1,3}[ \t]*(?:[/|,\t][ \t]*|[ ]{2,})"
    r"(?P<p>[A-Z]{2}\d{7})(?![\w-])"
)
_DOB_WORD = lazy_compile(r"(?i)\bDOB\b|D\.O\.B|\bbirth|生年月日|生まれ")


def _birth(cell: str) -> str | None:
    """The ``YYYY年M月D日`` of an era-coded or ``yyyymmdd`` birth cell, else None."""
    m = _ERA_DATE.fullmatch(cell)
    if m:  # a valid month and day; an era year past the era's end is a typo, still masked
        year = era_base_year(ERA_INITIALS[m["e"]]) + int(m["y"])
        try:
            datetime.date(year, int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        return f"{year}年{int(m['m'])}月{int(m['d'])}日" if int(m["y"]) else None
    return past_ymd_text(cell) if _YMD.fullmatch(cell) else None


@lru_cache(maxsize=8)
def _headers(text: str) -> tuple[str, ...]:
    """For each line, the header of its block (the first line of its run of non-blank lines when
    that line holds no digit and is not the line itself), else ``""``; computed once per text."""
    out: list[str] = []
    top = ""
    for line in text.split("\n"):
        if not line.strip():
            top = ""
            out.append("")
            continue
        if not top:
            top = line if not any(c.isdigit() for c in line) else "\0"
            out.append("")
            continue
        out.append(top if top != "\0" else "")
    return tuple(out)


def _row_pairs(line: str, offset: int, header: str) -> list[Pair]:
    """The birth, phones and postal code of one person row (see the module doc), else ``[]``."""
    cells = list(_CELL.finditer(line))
    if not any(_KANA.search(c.group()) for c in cells):
        return []
    births = [(c, b) for c in cells if (b := _birth(c.group()))]
    phones = [c for c in cells if _PHONE.fullmatch(c.group())]
    if _INSURANCE_HEAD.search(header):
        phones = [c for c in phones if "-" in c.group() or c.group()[1] in "789"]
    if len(births) != 1 or not phones:
        return []
    cell, born = births[0]
    pairs = [whole_pair("生年月日", offset + cell.start(), offset + cell.end(), born)]
    pairs += [exact_pair("電話番号", offset + c.start(), c.group()) for c in phones]
    postal = [i for i, c in enumerate(cells) if _POSTAL.fullmatch(c.group())]
    if len(postal) == 1 and not _ACCOUNT_HEAD.search(header):
        i = postal[0]
        if not (i and _BRANCH.fullmatch(cells[i - 1].group())):
            pairs.append(exact_pair("郵便番号", offset + cells[i].start(), cells[i].group()))
    return pairs


def _pairs(text: str) -> list[Pair]:
    pairs: list[Pair] = []
    pos = 0
    for line, header in zip(text.split("\n"), _headers(text), strict=True):
        if len(line) >= 20:
            pairs += _row_pairs(line, pos, header)
        pos += len(line) + 1
    for m in _TOUR.finditer(text):
        end = text.find("\n", m.end())
        if _DOB_WORD.search(text, m.end(), end if end >= 0 else len(text)):
            pairs.append(exact_pair("旅券番号", m.start("p"), m["p"]))
    pairs.sort(key=lambda p: p[2][0])
    return pairs


def record_bu_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BU readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    return offset_forms(_pairs(folded))
