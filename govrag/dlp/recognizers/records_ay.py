r"""Round AY: glued fixed-width person records and name-led lists of children.

Readers (values rewritten as Japanese form lines for the type's own recognizer, like
:mod:`records_au`):

1. **glued records** (:func:`_glued_rows`): a record number, a person name (kanji parts or
   half-width kana parts) padded with blanks, then one long run of digits (an era letter allowed
   before a 6-digit date) with no separator. The run is segmented into known field shapes in order
   — an era-letter date, a ``YYYYMMDD`` date, a 7-digit postal code (never last), an 11-digit
   mobile number, a 12-digit My Number with its check digit — and read only when the run has exactly
   one segmentation holding a mobile number (a code of at most 4 digits may follow) or, over the
   whole run, a My Number with a date.
   A date first in the run (or an era-letter date anywhere) is a birth date; a trailing
   ``YYYYMMDD`` is a processing date. Rows of a block whose layout differs from the block's most
   common one are dropped.
2. **child lists** (:func:`_child_rows`): a name, then an era-abbreviated date ``R7.3.10`` right
   after it, then a note: the date is a birth date, when the block has two such rows or a header
   naming a check-up / vaccination, and no header line names appointments, visits or due dates;
   a row whose date is followed by a time is never read.

>>> row = "0007ﾏﾙｲ ｹﾝ   H020304" + "4400012" + "09011112222"
>>> [f.text for f in record_ay_forms(row, row)]
['生年月日：1990年3月4日\n郵便番号：4400012\n電話番号：09011112222']
"""

from __future__ import annotations

import re
from collections import Counter

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, offset_forms, whole_pair
from govrag.dlp.recognizers.fragments import HW_KANA_NAME
from govrag.dlp.recognizers.my_number import my_number_valid
from govrag.text.eras import ERA_INITIALS, era_code_date, past_text, past_ymd_text

__all__ = ["record_ay_forms"]

_NAME = rf"(?:[一-龥々ヶ]{{1,5}}[ ][一-龥々ヶ]{{1,5}}|{HW_KANA_NAME})"
_GLUED = lazy_compile(
    rf"(?m)^[A-Z]{{0,3}}\d{{2,10}}[ ]?(?P<name>{_NAME})[ ]+(?P<run>[MTSHR0-9]{{18,45}})(?![0-9A-Za-z])"
    r"(?P<tail>[^\n]*)$"
)
_GATE = lazy_compile(r"\d{17}|[MTSHR0-9]\d{0,2}\.\d{1,2}\.\d")
_STATUTE = lazy_compile(r"第\d+条|法律|政令|条例|施行")
_CHILD = lazy_compile(
    rf"(?m)^(?P<name>{_NAME}|[一-龥々]{{1,4}}[ ][ぁ-ゖ一-龥々]{{1,4}})[ \t,]+"
    r"(?P<d>[MTSHR0-9]\d{1,2}\.\d{1,2}\.\d{1,2})(?![\d.])(?P<rest>[^\n]*)$"
)
_TIME = lazy_compile(r"^[ \t,]*(?:\d{1,2}:\d{2}|午前|午後|AM|PM)", re.IGNORECASE)
_CHILD_VETO = lazy_compile(r"予約|日程|来所|来庁|予定|期限|締切|面談|訪問|提出|送付|受付|来院")
_CHILD_HEADER = lazy_compile(r"接種|健診|検診|ｾｯｼｭ|ｹﾝｼﾝ|園児|児童|乳幼児|未受診")

Field = tuple[str, int, int]  # kind, start, end in the run


def _era(letter: str, year: int, month: int, day: int) -> str | None:
    """An era-letter birth date: an era year of at most 64, a date not after today."""
    return past_text(era_code_date(letter, year, month, day)) if year <= 64 else None


def _shapes(run: str, i: int) -> list[tuple[str, int]]:
    """(kind, length) of each field shape that fits the run at ``i``."""
    found: list[tuple[str, int]] = []
    head = run[i : i + 12]
    if head[:1] in ERA_INITIALS:
        d = head[1:7]
        if d.isdigit() and len(d) == 6 and _era(head[0], int(d[:2]), int(d[2:4]), int(d[4:])):
            found.append(("era", 7))
        return found
    if re.fullmatch(r"(?:19|20)\d{6}", head[:8]) and past_ymd_text(head[:8]):
        found.append(("ymd", 8))
    if re.fullmatch(r"\d{7}", head[:7]) and head[:3] != "000":
        found.append(("postal", 7))
    if re.fullmatch(r"0[6-9]0\d{8}", head[:11]):
        found.append(("mobile", 11))
    if re.fullmatch(r"\d{12}", head) and not head.startswith("000") and my_number_valid(head):
        found.append(("mynumber", 12))
    return found


def _segment(run: str, i: int = 0, depth: int = 0, after: str = "") -> list[list[Field]]:
    """Every segmentation of ``run[i:]`` into field shapes (at most 8 fields); round CD: a one-digit
    sex code (1 / 2) may follow a ``YYYYMMDD`` birth date first in the run."""
    if i == len(run):
        return [[]]
    if depth >= 8:
        return []
    shapes = _shapes(run, i)
    if after == "ymd" and depth == 1 and run[i] in "12":
        shapes.append(("sex", 1))
    out: list[list[Field]] = []
    for kind, length in shapes:
        if i + length <= len(run):
            rest = _segment(run, i + length, depth + 1, kind)
            out.extend([(kind, i, i + length), *r] for r in rest)
    return out


def _anchored(fields: list[Field], whole: bool) -> bool:
    """A mobile number with another field, or (in a whole-run parse) a My Number with a date; a
    postal code never last (a trailing code or amount is no postal code)."""
    kinds = [k for k, _, _ in fields]
    if len(kinds) < 2 or kinds[-1] == "postal":
        return False
    if "sex" in kinds:  # round CD: a sex code only in a birth / sex / postal / mobile run
        return kinds[:4] == ["ymd", "sex", "postal", "mobile"]
    return "mobile" in kinds or (whole and "mynumber" in kinds and bool({"era", "ymd"} & set(kinds)))


def _parse(run: str) -> list[Field] | None:
    """The one segmentation of the run (or of all of it but a tail of at most 4 digits) holding a
    mobile number or a My Number, else None."""
    for cut in range(5):
        head = run[: len(run) - cut]
        if cut and not run[len(run) - cut :].isdigit():
            break
        found = [s for s in _segment(head) if _anchored(s, whole=not cut)]
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


_LABELS = {"postal": "郵便番号", "mobile": "電話番号", "mynumber": "個人番号"}


def _field_pairs(run: str, at: int, fields: list[Field]) -> list[Pair]:
    pairs: list[Pair] = []
    for n, (kind, a, b) in enumerate(fields):
        value = run[a:b]
        if kind == "era":
            born = _era(value[0], int(value[1:3]), int(value[3:5]), int(value[5:7]))
            pairs.append(whole_pair("生年月日", at + a, at + b, born or value))
        elif kind == "ymd":
            if n == 0 or n < len(fields) - 1:
                born = past_ymd_text(value)
                pairs.append(whole_pair("生年月日", at + a, at + b, born or value))
        elif kind in _LABELS:  # a sex code is no value
            pairs.append(whole_pair(_LABELS[kind], at + a, at + b, value))
    return pairs


def _restored(folded: str, text: str, start: int, end: int) -> str:
    """``folded[start:end]`` with the era letters of ``text`` (folding may read them as digits)."""
    return "".join(
        t if t in ERA_INITIALS else f for f, t in zip(folded[start:end], text[start:end], strict=True)
    )


def _glued_rows(folded: str, text: str) -> list[Pair]:
    """Values of glued fixed-width person records."""
    rows: list[tuple[int, str, list[Pair]]] = []
    for m in _GLUED.finditer(folded):
        if _STATUTE.search(m.group(0)):
            continue
        run = _restored(folded, text, m.start("run"), m.end("run"))
        fields = _parse(run)
        if fields is None:
            continue
        line = folded.count("\n", 0, m.start())
        layout = "/".join(k for k, _, _ in fields)
        rows.append((line, layout, _field_pairs(run, m.start("run"), fields)))
    pairs: list[Pair] = []
    block: list[tuple[int, str, list[Pair]]] = []
    for row in [*rows, (-2, "", [])]:
        if block and row[0] != block[-1][0] + 1:
            common = Counter(layout for _, layout, _ in block).most_common(1)[0][0]
            pairs.extend(p for _, layout, ps in block if layout == common for p in ps)
            block = []
        block.append(row)
    return pairs


def _child_rows(folded: str, text: str) -> list[Pair]:
    """Birth dates of name-led lists of children."""
    pairs: list[Pair] = []
    for blk in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", folded):
        block, at = blk.group(0), blk.start()
        found = list(_CHILD.finditer(block))
        rows = [m for m in found if not _TIME.search(m.group("rest"))]
        spans = {(m.start(), m.end()) for m in found}
        others = [ln.group(0) for ln in re.finditer(r"[^\n]+", block) if (ln.start(), ln.end()) not in spans]
        header = "\n".join(others)
        if not rows or _CHILD_VETO.search(header) or (len(rows) < 2 and not _CHILD_HEADER.search(header)):
            continue
        for m in rows:
            date = _restored(folded, text, at + m.start("d"), at + m.end("d"))
            d = re.fullmatch(r"([MTSHR])(\d+)\.(\d+)\.(\d+)", date)
            born = _era(d[1], int(d[2]), int(d[3]), int(d[4])) if d else None
            if born:
                pairs.append(whole_pair("生年月日", at + m.start("d"), at + m.end("d"), born))
    return pairs


def record_ay_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the glued-record and child-list readers find in ``folded`` (the era
    letters, which folding may read as digits, taken back from ``text``)."""
    if len(text) != len(folded) or not _GATE.search(folded):
        return []
    return offset_forms(_glued_rows(folded, text) + _child_rows(folded, text))
