r"""Round BE: headerless person rows read column by column, glued postal + mobile runs, REC rows
with a 基礎年金番号 at the end and payment records under a combined 法人番号/個人番号 column.

Readers (values rewritten as Japanese form lines for the type's own recognizer, like
:mod:`records_bd`):

1. **person rows** (:data:`_PERSON_ROW`): a line opening with an id, a half-width kana name of two
   words (glued to the id or after a blank), then blank-separated fields, each read by its shape
   alone, whatever the writer's column order (:func:`_field_kind`): a valid ``YYYYMMDD`` birth
   date, a postal code (``NNN-NNNN`` or 7 digits), an 11-digit mobile (070 / 080 / 090) or a
   10-digit landline without hyphens. A 7-digit field without hyphen is a postal code only where
   another person row of the text writes its postal code with one (else it may be an account or a
   loan number). The row is a person's when it holds a phone and a birth date or postal code, or a
   birth date and a hyphenated postal code (:func:`_row_pairs`); status codes and other columns are
   left alone.
2. **glued runs** (:data:`_GLUED`): in such a row, one digit run of 18 or more digits where a
   7-digit postal code is followed right away by a mobile prefix — the only split the run allows;
   not read in a document about goods (:data:`_GOODS`: a lot, stock or specimen list), where the
   split would be a guess on a product code. Round BG adds the run of a birth date, a postal code
   and a phone glued together (:func:`glued_birth_run`), and ids of up to 14 digits (a record code
   glued to a licence number). (Round BE also stops the pattern recognizers from
   cutting an unlabelled 個人番号 out of a longer digit run: ``JpMyNumberRecognizer.accept_glued``,
   and a 13-digit run standing alone is no record code + 個人番号: ``records._CODE_RUN``.)
3. **REC rows**: in a person row, a 7-digit era-coded birth date (元号コード + YYMMDD, e.g.
   3 = 昭和) right after a valid 12-digit 個人番号, and a 10-digit 基礎年金番号 as the row's last
   field when the row holds a 個人番号 or such a birth date and the value is not zero-padded (a
   leading 0 marks an amount column).
4. **combined number columns** (:data:`_COMBINED_HEADER`): under a tab-separated header cell
   ``法人番号/個人番号`` (or 個人番号・法人番号, 法人番号又は個人番号 …), a 12-digit value whose check
   digit is valid in a row naming no corporation (:data:`_CORPORATE_WORD`) is a 個人番号 (13 digits
   there are corporate numbers, left to their own recognizer).

>>> row = "0417 ｱｵｷ ｼﾝｺﾞ   19580304 532-0011 08077120934 K2"
>>> [f.text for f in record_be_forms(row, row)][0].split("\n")[2:]
['郵便番号：532-0011', '電話番号：08077120934']
"""

from __future__ import annotations

import itertools
import re

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.dlp.recognizers.fragments import HW_KANA
from govrag.dlp.recognizers.my_number import my_number_valid
from govrag.dlp.recognizers.records import era_coded_pair
from govrag.text.eras import past_ymd_text

__all__ = ["glued_birth_run", "record_be_forms"]

#: an id, a two-word half-width kana name, then blank-separated fields to the line's end
_PERSON_ROW = lazy_compile(
    rf"(?m)^[ ]*(?P<id>[A-Z]{{0,4}}\d{{1,14}})[ ]{{0,3}}(?P<kana>{HW_KANA}{{2,}}[ ]{HW_KANA}{{1,}})"
    r"(?P<rest>(?:[ ]+[0-9A-Z][0-9A-Z-]{0,29})+)[ ]*$"
)
_FIELD = lazy_compile(r"[0-9A-Z][0-9A-Z-]*")
_BIRTH = lazy_compile(r"(?:19|20)\d{6}")
_POSTAL = lazy_compile(r"\d{3}-\d{4}|\d{7}")
_HYPHEN_POSTAL = lazy_compile(r"\d{3}-\d{4}")
#: an 11-digit mobile / IP phone or a 10-digit landline (no 0X0 service prefix, which has 11)
_PHONE = lazy_compile(r"0[5789]0\d{8}|0(?![5789]0)[1-9]\d{8}")
_GLUED = lazy_compile(r"(?P<zip>\d{7})(?P<tel>0[789]0\d{8})\d*")
#: round BG: a birth date, a postal code and a 10-digit landline or an 11-digit mobile glued into one
#: run — whole, the phone's length is fixed by the rest, so the split is the only one
_GLUED_BIRTH = lazy_compile(
    r"(?P<dob>(?:19|20)\d{6})(?P<zip>\d{7})(?P<tel>0[5789]0\d{8}|0(?![5789]0)[1-9]\d{8})"
)
_PENSION = lazy_compile(r"[1-9]\d{9}")
_GOODS = lazy_compile(r"出荷|入荷|在庫|商品|製品|部品|部材|資材|物品|備品|ロット|品番|棚卸|検体")

#: 法人番号/個人番号, 個人番号・法人番号, 法人番号又は個人番号, 法人番号/個人 … (one 番号 may be left out)
_COMBINED_HEADER = lazy_compile(
    r"法人番号[ ]?(?:[/／・,、]|又は|または|or)[ ]?個人(?:番号)?"
    r"|個人番号[ ]?(?:[/／・,、]|又は|または|or)[ ]?法人(?:番号)?"
    r"|(?:法人|個人)[ ]?(?:[/／・,、]|又は|または)[ ]?(?:個人|法人)番号"
)
_CORPORATE_WORD = lazy_compile(
    r"株式会社|有限会社|合同会社|合資会社|合名会社|法人|組合|協会|協議会|(?:^|\t)[^\t]*(?:会|社|団)(?:\t|$)"
)


def _field_kind(value: str) -> str | None:
    """生年月日 / 郵便番号 / 電話番号 by the field's shape, None for any other column."""
    if _BIRTH.fullmatch(value) and past_ymd_text(value):
        return "生年月日"
    if _POSTAL.fullmatch(value):
        return "郵便番号"
    if _PHONE.fullmatch(value):
        return "電話番号"
    return None


def glued_birth_run(value: str) -> re.Match[str] | None:
    """Round BG: ``value`` as one glued run of a valid past ``YYYYMMDD`` birth date, a 7-digit postal
    code and a phone (a 10-digit landline or an 11-digit 0X0 number), else None.

    >>> glued_birth_run("1971022853000410663120457").group("zip")
    '5300041'
    >>> glued_birth_run("1971022853000410903120457") is None  # a 0X0 number has 11 digits
    True
    """
    m = _GLUED_BIRTH.fullmatch(value)
    return m if m is not None and past_ymd_text(m.group("dob")) else None


def _glued_pairs(f: re.Match[str], base: int) -> list[Pair]:
    """The postal code and mobile of a glued postal + mobile run, or the birth date, postal code and
    phone of a glued birth + postal + phone run (round BG)."""
    at = base + f.start()
    g = _GLUED.fullmatch(f.group())
    if g is not None:
        return [
            exact_pair("郵便番号", at + g.start("zip"), g.group("zip")),
            exact_pair("電話番号", at + g.start("tel"), g.group("tel")),
        ]
    b = glued_birth_run(f.group())
    if b is None:
        return []
    born = past_ymd_text(b.group("dob")) or ""
    return [
        whole_pair("生年月日", at, at + 8, born),
        exact_pair("郵便番号", at + b.start("zip"), b.group("zip")),
        exact_pair("電話番号", at + b.start("tel"), b.group("tel")),
    ]


def _my_number(value: str) -> bool:
    """Twelve digits with a valid check digit, not all the same (a zero-filled field is none)."""
    return len(value) == 12 and len(set(value)) > 1 and my_number_valid(value)


def _rec_pairs(fields: list[re.Match[str]], offset: int) -> list[Pair]:
    """A 個人番号 followed by an era-coded birth date; a 基礎年金番号 ending such a row."""
    pairs: list[Pair] = []
    for prev, cur in itertools.pairwise(fields):
        if _my_number(prev.group()) and len(cur.group()) == 7 and cur.group().isdigit():
            born = era_coded_pair(cur.group(), offset + cur.start())
            if born is not None:
                pairs.append(born)
    has_number = any(_my_number(f.group()) for f in fields)
    last = fields[-1] if fields else None
    if last is not None and (pairs or has_number) and _PENSION.fullmatch(last.group()):
        pairs.append(exact_pair("基礎年金番号", offset + last.start(), last.group()))
    return pairs


def _hyphen_postal(m: re.Match[str]) -> bool:
    return any(_HYPHEN_POSTAL.fullmatch(f.group()) for f in _FIELD.finditer(m.group("rest")))


def _written_digits(text: str, base: int, f: re.Match[str]) -> bool:
    """The field is written with digits (and hyphens) in the original text."""
    return all(c.isdigit() or c in "-－‐" for c in text[base + f.start() : base + f.end()])


def _row_pairs(text: str, m: re.Match[str], *, goods: bool, plain_postal: bool) -> list[Pair]:
    """The person values of one person row (see the module docstring); ``plain_postal``: a
    7-digit field without hyphen counts as a postal code (another row shows them hyphenated)."""
    base = m.start("rest")
    # a field read through folding's look-alikes (S620811 → 5620811: an era date) is no number
    fields = [f for f in _FIELD.finditer(m.group("rest")) if _written_digits(text, base, f)]
    found: list[tuple[str, re.Match[str]]] = []
    for f in fields:
        kind = _field_kind(f.group())
        if kind == "郵便番号" and "-" not in f.group() and not plain_postal:
            continue
        if kind is not None:
            found.append((kind, f))
    kinds = {k for k, _ in found}
    hyphen_postal = any(k == "郵便番号" and "-" in f.group() for k, f in found)
    pairs: list[Pair] = []
    if ("電話番号" in kinds and len(kinds) >= 2) or ("生年月日" in kinds and hyphen_postal):
        for kind, f in found:
            start = base + f.start()
            if kind == "生年月日":
                pairs.append(whole_pair(kind, start, base + f.end(), past_ymd_text(f.group()) or ""))
            else:
                pairs.append(exact_pair(kind, start, f.group()))
    if not goods:
        for f in fields:
            pairs += _glued_pairs(f, base)
    pairs += _rec_pairs(fields, base)
    if pairs:
        pairs.insert(0, exact_pair("氏名", m.start("kana"), m.group("kana")))
    return pairs


def _combined_column(folded: str) -> list[Pair]:
    """12-digit valid values of persons under a combined 法人番号/個人番号 header cell."""
    pairs: list[Pair] = []
    column: int | None = None
    pos = 0
    for line in folded.split("\n"):
        cells = line.split("\t")
        header = [i for i, c in enumerate(cells) if _COMBINED_HEADER.search(c)]
        if header:
            column = header[0]
        elif column is not None and len(cells) > column:
            value = cells[column].strip()
            if _my_number(value) and not _CORPORATE_WORD.search(line):
                at = pos + sum(len(c) + 1 for c in cells[:column]) + cells[column].index(value)
                pairs.append(exact_pair("個人番号", at, value))
        elif len(cells) < 2:
            column = None
        pos += len(line) + 1
    return pairs


def record_be_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BE readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    goods = _GOODS.search(folded) is not None
    rows = list(_PERSON_ROW.finditer(folded))
    plain_postal = any(_hyphen_postal(m) for m in rows)
    pairs = [p for m in rows for p in _row_pairs(text, m, goods=goods, plain_postal=plain_postal)]
    if "\t" in folded:
        pairs += _combined_column(folded)
    return offset_forms(pairs)
