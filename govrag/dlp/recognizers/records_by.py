r"""Round BY: headerless / glued fixed-width person rows typed by shape, glued runs, tour passports.

A second try of round BU (reverted), with the postal reading needing more evidence:

* **person rows** (:func:`_row_pairs`): a line whose whitespace cells hold a name (half-width /
  full-width kana, possibly glued to a record number ``0012ﾔﾏﾀﾞ``, or an upper-case romaji
  ``FAMILY GIVEN``), exactly one birth date (era-coded ``S460803`` — the era initial and yymmdd, a
  valid month and day — or a past ``yyyymmdd``) and a phone, in any column order: its birth and
  phones are read. Its one 7-digit cell is a postal code only with more evidence: the birth is
  era-coded and a mobile stands on the row, or the cell comes right after a phone cell, or the
  block's header names a postal column (``ZIP`` / ``〒`` / ``郵便``); never right after a 3- / 4-digit
  branch code or in a block naming an account. Rows of a block about animals or registrations, and
  rows with a kana word after the first all-digit cell behind the name (a pet register's breed and era-coded
  registration date, an item row) are skipped.
* **glued birth runs** (:data:`_SEX_RUN`): ``<record key><kana name>   <yyyymmdd><sex 1|2><7-digit
  postal><0–3 digits>`` — the birth and the postal code.
* **glued 法人番号** (:data:`_CORP_RUN`): ``D00001<13 digits><kana name>`` — the 13 digits after a
  record type letter and serial are a 法人番号 when their check digit holds.
* **tour / participant lists** (:data:`_TOUR`): ``1. FAMILY GIVEN / AA1234567 / DOB …`` — an
  unhyphenated two-letter + seven-digit cell after an upper-case romaji name on a line naming a
  birth date is a passport number (a hyphenated tour code ``TR-123456`` is not).

:func:`glued_key_digits` vetoes a pension number read inside such a glued 法人番号 or record key.
Round BI's glued header rows read ``BIRTHDT INSURER NENKIN`` runs through its width table. Values are
rewritten as ``label：value`` lines, so the type recognizers decide on their shape.

>>> t = "0012ﾔﾏﾀﾞ ﾊﾅｺ  S520914 1000001 09011112222 07"
>>> [f.text for f in record_by_forms(t, t)]
['生年月日：1977年9月14日\n郵便番号：1000001\n電話番号：09011112222']
>>> t = "0012ﾔﾏﾀﾞ ﾊﾅｺ  19770914 1000001 09011112222 07"
>>> [f.text for f in record_by_forms(t, t)]
['生年月日：1977年9月14日\n電話番号：09011112222']
"""

from __future__ import annotations

import re
from functools import lru_cache

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.dlp.recognizers.corporate_number import corporate_check_digit
from govrag.text.eras import date_text, era_code_date, past_ymd_text

__all__ = ["glued_key_digits", "record_by_forms"]

_CELL = lazy_compile(r"\S+")
_KANA = lazy_compile(r"[\uff66-\uff9f]{2,}|[\u30a1-\u30fc]{2,}")
_ROMAJI = lazy_compile(r"(?<![A-Za-z])[A-Z]{2,}[ ][A-Z]{2,}(?![A-Za-z])")
_ERA_DATE = lazy_compile(r"(?P<e>[MTSHR])(?P<y>\d\d)(?P<m>\d\d)(?P<d>\d\d)")
_YMD = lazy_compile(r"(?:19|20)\d{6}")
#: a mobile, a bare 10-digit landline (no 010 / 0120 / 050 … non-geographic prefix) or a hyphenated one
_PHONE = lazy_compile(r"0[789]0\d{8}|(?!0[15789]0|0120)0[1-9]\d{8}|0\d{1,4}-\d{1,4}-\d{4}")
_MOBILE = lazy_compile(r"0[789]0-?\d{4}-?\d{4}")
_POSTAL = lazy_compile(r"\d{7}")
_ZERO_PADDED = lazy_compile(r"00\d{5}")  # a zero-padded amount more likely than a 00x postal code
_FIELD = lazy_compile(r"[MTSHR]?\d{6,}|[\d-]{10,}")
_BRANCH = lazy_compile(r"\d{3,4}")
_ACCOUNT_HEAD = lazy_compile(r"(?i)口座|振込|銀行|支店|account|acct|koza|kouza|shiten|branch|bank")
_POSTAL_HEAD = lazy_compile(r"(?i)\bzip|\bpost|〒|郵便|yubin|ﾕｳﾋﾞﾝ")
_INSURANCE_HEAD = lazy_compile(r"(?i)保険|hoken|insur|被保|nenkin|年金")
#: a block about animals or registrations: its era-coded dates are no births
_ANIMAL = lazy_compile(r"(?i)犬|猫|ペット|畜|鑑札|登録|狂犬|ｶﾝｻﾂ|ﾄｳﾛｸ|\bdog|\bcat\b|\bpet\b|breed|regist")
_HW = r"[\uff66-\uff9f]"
#: a record key glued to a kana name, then a glued birth + sex + postal run
_SEX_RUN = lazy_compile(
    rf"(?m)^[ ]*[A-Z]?\d{{4,12}}{_HW}{{2,}}(?:[ ]{_HW}+)?[ ]{{2,}}"
    r"(?P<b>(?:19|20)\d{6})[12](?P<p>(?!000)\d{7})\d{0,3}[ ]*$"
)
#: a record type letter and serial, 13 digits, a kana name glued after them
_CORP_RUN = lazy_compile(rf"(?m)^[ ]*[A-Z]\d{{5}}(?P<c>\d{{13}}){_HW}{{2}}")
#: the digit run opening a glued kana row (a record key, maybe behind a record type letter)
_KEY_RUN = lazy_compile(rf"[ ]*[A-Z]?(?P<k>\d{{6,20}}){_HW}{{2}}")
#: ``N. FAMILY GIVEN / AA1234567`` (numbering optional; ``/``, ``|``, tab or two spaces apart)
_TOUR = lazy_compile(
    r"(?m)^[ \t]*(?:\d{1,3}[.)][ \t]*)?[A-Z]{2,}(?:[ ][A-Z]{2,}){1,3}[ \t]*(?:[/|,\t][ \t]*|[ ]{2,})"
    r"(?P<p>[A-Z]{2}\d{7})(?![\w-])"
)
_DOB_WORD = lazy_compile(r"(?i)\bDOB\b|D\.O\.B|\bbirth|生年月日|生まれ")


def _birth(cell: str) -> tuple[str, bool] | None:
    """(``YYYY年M月D日``, era-coded?) of an era-coded or ``yyyymmdd`` birth cell, else None."""
    m = _ERA_DATE.fullmatch(cell)
    if m:  # a calendar date, no check of today; an era year past the era's end is a typo, still masked
        day = era_code_date(m["e"], int(m["y"]), int(m["m"]), int(m["d"]))
        return (date_text(day), True) if day else None
    born = past_ymd_text(cell) if _YMD.fullmatch(cell) else None
    return (born, False) if born else None


@lru_cache(maxsize=8)
def _blocks(text: str) -> tuple[tuple[str, str], ...]:
    """For each line, (the header of its block — its first line when that holds no digit —, the
    whole block's text); computed once per text."""
    lines = text.split("\n")
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        block = "\n".join(lines[i:j])
        top = lines[i] if i < j and not any(c.isdigit() for c in lines[i]) else ""
        out += [(top, block)] * max(j - i, 0)
        if j < len(lines):
            out.append(("", ""))
        i = j + 1
    return tuple(out)


def _postal_cell(cells: list[re.Match[str]], phones: list[re.Match[str]], era: bool, head: str) -> int:
    """Index of the row's one 7-digit cell when the row gives it as a postal code, else -1."""
    postal = [i for i, c in enumerate(cells) if _POSTAL.fullmatch(c.group())]
    if len(postal) != 1:
        return -1
    i = postal[0]
    if i and _BRANCH.fullmatch(cells[i - 1].group()):
        return -1
    if _POSTAL_HEAD.search(head):
        return i
    if _ZERO_PADDED.fullmatch(cells[i].group()):
        return -1
    after_phone = i > 0 and cells[i - 1] in phones
    mobile = any(_MOBILE.fullmatch(c.group()) for c in phones)
    return i if (era and mobile) or after_phone else -1


def _kana_after_fields(cells: list[re.Match[str]]) -> bool:
    """Whether a kana word follows the first field (digits, an era-coded date or a phone) after
    the row's name (a breed, an item: no person row)."""
    name = next((i for i, c in enumerate(cells) if _KANA.search(c.group())), len(cells))
    first = next((i for i in range(name, len(cells)) if _FIELD.fullmatch(cells[i].group())), len(cells))
    return any(_KANA.search(c.group()) for c in cells[first + 1 :])


@lru_cache(maxsize=64)
def _block_has(rx: re.Pattern[str], block: str) -> bool:
    """Whether ``rx`` occurs in ``block``, searched once per block (every row of a block asks the
    same question about the same block string; searching it per row made long blocks quadratic)."""
    return rx.search(block) is not None


def _row_pairs(line: str, offset: int, head: str, block: str) -> list[Pair]:
    """The birth, phones and postal code of one person row (see the module doc), else ``[]``."""
    cells = list(_CELL.finditer(line))
    if not (any(_KANA.search(c.group()) for c in cells) or _ROMAJI.search(line)):
        return []
    if _kana_after_fields(cells):
        return []
    births = [(c, b) for c in cells if (b := _birth(c.group()))]
    phones = [c for c in cells if _PHONE.fullmatch(c.group())]
    if _INSURANCE_HEAD.search(head):
        phones = [c for c in phones if "-" in c.group() or c.group()[1] in "789"]
    if len(births) != 1 or not phones or _block_has(_ANIMAL, block):
        return []
    cell, (born, era) = births[0]
    pairs = [whole_pair("生年月日", offset + cell.start(), offset + cell.end(), born)]
    pairs += [exact_pair("電話番号", offset + c.start(), c.group()) for c in phones]
    if not _block_has(_ACCOUNT_HEAD, block):
        i = _postal_cell(cells, phones, era, head)
        if i >= 0:
            pairs.append(exact_pair("郵便番号", offset + cells[i].start(), cells[i].group()))
    return pairs


def _run_pairs(text: str) -> list[Pair]:
    """Births and postal codes of glued sex runs, 法人番号 glued behind a record serial."""
    pairs: list[Pair] = []
    for m in _SEX_RUN.finditer(text):
        born = past_ymd_text(m["b"])
        if born and not _ANIMAL.search(text):
            pairs.append(whole_pair("生年月日", m.start("b"), m.end("b"), born))
            pairs.append(exact_pair("郵便番号", m.start("p"), m["p"]))
    for m in _CORP_RUN.finditer(text):
        if int(m["c"][0]) == corporate_check_digit(m["c"][1:]):
            pairs.append(exact_pair("法人番号", m.start("c"), m["c"]))
    return pairs


def _pairs(text: str) -> list[Pair]:
    pairs: list[Pair] = []
    pos = 0
    for line, (head, block) in zip(text.split("\n"), _blocks(text), strict=True):
        if len(line) >= 20:
            pairs += _row_pairs(line, pos, head, block)
        pos += len(line) + 1
    pairs += _run_pairs(text)
    for m in _TOUR.finditer(text):
        end = text.find("\n", m.end())
        if _DOB_WORD.search(text, m.end(), end if end >= 0 else len(text)):
            pairs.append(exact_pair("旅券番号", m.start("p"), m["p"]))
    pairs.sort(key=lambda p: p[2][0])
    return pairs


def record_by_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BY readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    return offset_forms(_pairs(folded))


def glued_key_digits(folded: str, start: int, end: int) -> bool:
    """``[start, end)`` lies in a 法人番号 glued behind a record serial (:data:`_CORP_RUN`, its
    check digit holding) or is the record key opening a glued birth + sex + postal row
    (:data:`_SEX_RUN`), in a text naming no pension before it.

    >>> t = "D000012758781406990ｱｲｳ ｴｵ   19800101"
    >>> glued_key_digits(t, 9, 19)
    True
    >>> t = "年金番号 D000012758781406990ｱｲｳ"
    >>> glued_key_digits(t, 14, 24)
    False
    """
    if _INSURANCE_HEAD.search(folded, max(0, start - 200), start):
        return False
    line_start = folded.rfind("\n", 0, start) + 1
    corp = _CORP_RUN.match(folded, line_start)
    if corp is not None and int(corp["c"][0]) == corporate_check_digit(corp["c"][1:]):
        return corp.start("c") <= start and end <= corp.end("c")
    row = _SEX_RUN.match(folded, line_start)
    key = _KEY_RUN.match(folded, line_start)
    return row is not None and key is not None and key.span("k") == (start, end)
