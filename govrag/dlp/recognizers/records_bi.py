r"""Round BI: glued fixed-width rows under a romaji header line, transfer rows with a birth date,
machine-readable passport zones, and two false positives (a bank branch attribute, a period value).

Readers (values rewritten as Japanese form lines for the type's own recognizer, like
:mod:`records_bg`):

1. **glued header rows** (:func:`_glued_rows`): under a header line of upper-case romaji words
   naming the columns (``NO SHIMEI-KANA BIRTH ZIP ACCOUNT SB AMOUNT``), a row whose fields after
   the half-width kana name are glued into fewer tokens than columns. The tokens are laid onto the
   columns after the name column in order; a token spanning several columns is cut by the columns'
   known widths (:data:`_WIDTHS`: BIRTH 8, ZIP 7, ACCOUNT 7, PASSNO 9 = 2 letters + 7 digits, SB 1,
   bank 4, branch 3 …), only the header's last column (an amount) taking a remainder. A row is
   read only when exactly one such layout fits every piece's shape (a valid birth date, digits,
   a passport shape) — a random digit run is never cut. A passport number glued after a birth
   date under a PASSNO header is such a row.
2. **transfer rows with a birth date** (:data:`_BIRTH_TRANSFER`): ``id kana-name YYYYMMDD bank(4)
   branch(3) type(1) account(7) amount`` — round BD's transfer rows with a birth date before the
   bank fields; the seven digits after the type digit are the account.
3. **machine-readable passport zones** (:data:`_MRZ`, ICAO 9303 TD3): two 44-character lines, the
   first starting ``P``; line 2 holds the passport number (9, ``<`` filler), its check digit, the
   nationality, the birth date YYMMDD and its check digit, the sex, the expiry and its check digit.
   Read only when the three check digits (weights 7-3-1) hold and the birth date is valid.

Vetoes: a finding inside a glued run the readers cut that is none of its pieces (a 10-digit
"phone" across a postal code and an account, :func:`glued_piece`); a JP_HEALTH_INSURANCE value
in a bank element's code / branch attribute (:func:`bank_attribute`); a DATE_OF_BIRTH inside a
JSON period value (``"…_kikan": "YYYY-MM-DD/YYYY-MM-DD"``, :func:`period_value`; the birth date
sits under its own key).

>>> row = "NO SHIMEI-KANA BIRTH ZIP ACCOUNT SB AMOUNT\n0001ﾔﾏﾀﾞ ﾊﾅｺ  1970010210000011234567100500"
>>> [f.text for f in record_bi_forms(row, row)]
['氏名：ﾔﾏﾀﾞ ﾊﾅｺ\n生年月日：1970年1月2日\n郵便番号：1000001\n口座番号：1234567']
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from functools import lru_cache

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.columns import ColumnForm, Pair, exact_pair, offset_forms, whole_pair
from govrag.dlp.recognizers.fragments import HW_KANA, HW_KANA_NAME
from govrag.dlp.recognizers.rows import line_text
from govrag.text.eras import past_date_text, past_ymd_text

__all__ = ["bank_attribute", "glued_piece", "period_value", "record_bi_forms"]

# --- 1. glued rows under a header line ----------------------------------------------------------
_HEADER_LINE = lazy_compile(r"[ ]*[A-Z][A-Z0-9_.-]*(?:[ ]+[A-Z][A-Z0-9_.-]*){2,}[ ]*")
_NAME_WORD = lazy_compile(r"NAME|SHIMEI|SEIMEI|KANA")
_DIGITS = r"\d+"
#: a header word (``-`` / ``_`` / ``.`` dropped) → (width, label of its value or None, shape)
_WIDTHS: dict[str, tuple[int, str | None, str]] = {
    **dict.fromkeys(
        ("BIRTH", "BIRTHDT", "BIRTHDATE", "BIRTHDAY", "DOB", "SEINENGAPPI"), (8, "生年月日", _DIGITS)
    ),
    **dict.fromkeys(("ZIP", "ZIPCODE", "POST", "POSTAL", "POSTCODE", "YUBIN"), (7, "郵便番号", _DIGITS)),
    **dict.fromkeys(("ACCOUNT", "ACCT", "ACCTNO", "ACCOUNTNO", "KOZA", "KOZANO"), (7, "口座番号", _DIGITS)),
    **dict.fromkeys(("PASSNO", "PASSPORT", "PASSPORTNO", "RYOKEN"), (9, "旅券番号", r"[A-Z]{2}\d{7}")),
    **dict.fromkeys(("SB", "TYP", "TYPE", "KBN", "SHUBETSU", "SHUMOKU"), (1, None, r"[0-9A-Z]")),
    **dict.fromkeys(("BANK", "BANKCD", "GINKO"), (4, None, _DIGITS)),
    **dict.fromkeys(("BRANCH", "BRCD", "SHITEN", "TENBAN"), (3, None, _DIGITS)),
    **dict.fromkeys(("DATE", "YMD", "YYYYMMDD"), (8, None, _DIGITS)),
    # BU: a 保険者番号 (6 digits 国保, 8 others: see _FLEX) and a 基礎年金番号 (10)
    **dict.fromkeys(("INSURER", "INSURERNO", "INSNO", "HOKENSHA", "HOKENSHANO"), (8, "保険者番号", _DIGITS)),
    **dict.fromkeys(
        ("NENKIN", "NENKINNO", "PENSION", "PENSIONNO", "KISONENKIN"), (10, "基礎年金番号", _DIGITS)
    ),
}
#: BU: columns of two possible widths; a glued token holding one takes the width the others leave
_FLEX: dict[str, tuple[int, ...]] = {"保険者番号": (6, 8)}
_TOKEN = lazy_compile(r"\S+")
_HAS_KANA = lazy_compile(HW_KANA)
Piece = tuple[str | None, int, int]  # (label, start, end) in the line


def _header(line: str) -> list[str] | None:
    """The header's column words after the name column, or None when the line is no such header."""
    if _HEADER_LINE.fullmatch(line) is None:
        return None
    words = [re.sub(r"[-_.]", "", w) for w in line.split()]
    names = [i for i, w in enumerate(words) if _NAME_WORD.search(w)]
    last = names[0] if names else -1
    while last + 1 in names:  # BU: after a run of name words (NAME KANA), not only the first
        last += 1
    after = words[last + 1 :] if names else []
    if not any(_WIDTHS.get(w, (0, None))[1] for w in after):
        return None
    return after


def _cut(token: str, at: int, columns: list[str], last: bool) -> list[Piece] | None:
    """``token`` cut by the widths of ``columns`` (only the header's last column, when ``last``,
    takes a remainder), or None when the widths do not add up or a piece misses its shape."""
    pieces: list[Piece] = []
    pos = 0
    flex = _flex_width(token, columns)
    for i, word in enumerate(columns):
        spec = _WIDTHS.get(word)
        if spec is None:
            if not (last and i == len(columns) - 1) or pos >= len(token):
                return None
            return pieces if token[pos:].isalnum() else None
        width, label, shape = spec
        width = flex if flex and label in _FLEX else width
        piece = token[pos : pos + width]
        if len(piece) < width or re.fullmatch(shape, piece) is None:
            return None
        if label == "生年月日" and (piece[:2] not in ("19", "20") or past_ymd_text(piece) is None):
            return None
        pieces.append((label, at + pos, at + pos + width))
        pos += width
    return pieces if pos == len(token) else None


def _flex_width(token: str, columns: list[str]) -> int:
    """The width of the one two-width column (:data:`_FLEX`) among ``columns`` when every column
    has a known width and the others leave one of its widths of ``token``; else 0."""
    specs = [_WIDTHS.get(w) for w in columns]
    flex = [s for s in specs if s and s[1] in _FLEX]
    if len(flex) != 1 or None in specs:
        return 0
    rest = len(token) - sum(s[0] for s in specs if s and s[1] not in _FLEX)
    return rest if rest in _FLEX[str(flex[0][1])] else 0


def _layouts(tokens: list[re.Match[str]], columns: list[str], top: bool) -> Iterator[list[Piece]]:
    """Every way of laying ``tokens`` onto ``columns`` in order (glued tokens cut by width)."""
    if not tokens:
        if not columns or top:
            yield []
        return
    rest = len(tokens) - 1
    for n in range(1, len(columns) - rest + 1):
        token = tokens[0]
        group = columns[:n]
        last = n == len(columns)
        if n == 1:
            head: list[Piece] | None = []
        else:
            head = _cut(token.group(), token.start(), group, last)
        if head is None:
            continue
        for tail in _layouts(tokens[1:], columns[n:], top=False):
            yield head + tail


def _row_pieces(line: str, columns: list[str]) -> list[Piece]:
    tokens = list(_TOKEN.finditer(line))
    kana = [i for i, t in enumerate(tokens) if _HAS_KANA.search(t.group())]
    if not kana:
        return []
    after = tokens[kana[-1] + 1 :]
    if not after or len(after) >= len(columns):
        return []
    found = list(_layouts(after, columns, top=False))
    if len(found) != 1 or not any(label for label, _, _ in found[0]):
        return []
    first = tokens[kana[0]]
    at = first.start() + _HAS_KANA.search(first.group()).start()  # type: ignore[union-attr]
    return [("氏名", at, tokens[kana[-1]].end()), *found[0]]


def _glued_spans(folded: str) -> Iterator[tuple[int, list[Piece], int, int]]:
    """(line offset, pieces, glued run start, end) of each glued row under a header."""
    columns: list[str] | None = None
    pos = 0
    for line in folded.split("\n"):
        header = _header(line)
        if header is not None:
            columns = header
        elif not line.strip():
            columns = None
        elif columns is not None:
            pieces = _row_pieces(line, columns)
            if pieces:
                yield pos, pieces, pieces[1][1], pieces[-1][2]
        pos += len(line) + 1


def _glued_rows(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    for pos, pieces, _, _ in _glued_spans(folded):
        for label, s, e in pieces:
            value = folded[pos + s : pos + e]
            if label == "生年月日":
                born = past_ymd_text(value)
                if born:
                    pairs.append(whole_pair(label, pos + s, pos + e, born))
            elif label:
                pairs.append(exact_pair(label, pos + s, value))
    return pairs


# --- 2. transfer rows with a birth date ---------------------------------------------------------
_BIRTH_TRANSFER = lazy_compile(
    rf"(?m)^[ ]*[A-Z]?\d{{1,8}}[ ]+(?P<kana>{HW_KANA_NAME})[ ]+(?P<b>(?:19|20)\d{{6}})"
    r"[ ]\d{4}[ ]\d{3}[ ][1-9][ ](?P<acct>\d{7})[ ]+\d{1,10}[ ]*$"
)


def _transfer_rows(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    for m in _BIRTH_TRANSFER.finditer(folded):
        born = past_ymd_text(m.group("b"))
        if born is None:
            continue
        pairs.append(exact_pair("氏名", m.start("kana"), m.group("kana")))
        pairs.append(whole_pair("生年月日", m.start("b"), m.end("b"), born))
        pairs.append(exact_pair("口座番号", m.start("acct"), m.group("acct")))
    return pairs


# --- 3. machine-readable passport zones ---------------------------------------------------------
_MRZ = lazy_compile(
    r"(?m)^P[A-Z<][A-Z<]{42}[ ]*\n(?P<no>[A-Z0-9<]{9})(?P<c1>\d)[A-Z<]{3}(?P<b>\d{6})(?P<c2>\d)"
    r"[MFX<](?P<x>\d{6})(?P<c3>\d)[A-Z0-9<]{14}[0-9<]\d[ ]*$"
)


def _check_digit(text: str) -> str:
    """The ICAO 9303 check digit of ``text`` (weights 7-3-1; ``<`` 0, A-Z 10-35)."""
    total = 0
    for i, c in enumerate(text):
        value = 0 if c == "<" else int(c) if c.isdigit() else ord(c) - ord("A") + 10
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def _mrz_birth(yymmdd: str) -> str | None:
    yy = int(yymmdd[:2])
    year = 2000 + yy if 2000 + yy <= datetime.date.today().year else 1900 + yy
    return past_date_text(year, int(yymmdd[2:4]), int(yymmdd[4:6]))


def _mrz_zones(folded: str) -> list[Pair]:
    pairs: list[Pair] = []
    for m in _MRZ.finditer(folded):
        checks = (("no", "c1"), ("b", "c2"), ("x", "c3"))
        if any(_check_digit(m.group(v)) != m.group(c) for v, c in checks):
            continue
        number = m.group("no").rstrip("<")
        born = _mrz_birth(m.group("b"))
        if len(number) < 6 or "<" in number or born is None:
            continue
        pairs.append(exact_pair("旅券番号", m.start("no"), number))
        pairs.append(whole_pair("生年月日", m.start("b"), m.end("b"), born))
    return pairs


def record_bi_forms(folded: str, text: str) -> list[ColumnForm]:
    """Forms of the values the round-BI readers find in ``folded`` (``text``: the original)."""
    if len(text) != len(folded):
        return []
    forms: list[ColumnForm] = []
    forms += offset_forms(_glued_rows(folded)) if "  " in folded else []
    forms += offset_forms(_transfer_rows(folded))
    forms += offset_forms(_mrz_zones(folded)) if "P<" in folded or "\nP" in folded else []
    return forms


# --- vetoes -----------------------------------------------------------------------------------
@lru_cache(maxsize=8)
def _glued_row_spans(folded: str) -> tuple[tuple[int, list[Piece], int, int], ...]:
    """:func:`_glued_spans` of ``folded``, computed once per text (the veto asks per finding)."""
    return tuple(_glued_spans(folded))


def glued_piece(folded: str, start: int, end: int) -> bool:
    """A finding inside a glued run the readers cut that is none of its pieces."""
    for pos, pieces, s, e in _glued_row_spans(folded):
        if pos + s <= start < pos + e:
            return all((pos + ps, pos + pe) != (start, end) for _, ps, pe in pieces[1:])
    return False


_BANK_TAG = lazy_compile(
    r"<(?i:bank|ginko|koza|kinyu|furikomi|account)[A-Za-z_]*\b[^<>]*?"
    r"\b(?i:branch|branch_?code|code|bank_?code|shiten|tenban|type|shubetsu)=[\"'][^\"'<>]*$"
)


def bank_attribute(folded: str, start: int) -> bool:
    """A value in the code / branch attribute of a bank element (``<bank … branch="NNN">``)."""
    line_start, _ = line_text(folded, start)
    return _BANK_TAG.search(folded[line_start:start]) is not None


_PERIOD = lazy_compile(
    r"\"(?P<k>[A-Za-z_]*(?:kikan|period|term))\"[ ]*:[ ]*\""
    r"(?P<v>\d{4}-\d{2}-\d{2}[ ]?[/~〜][ ]?\d{4}-\d{2}-\d{2})\""
)


def period_value(folded: str, start: int) -> bool:
    """A date inside a JSON period value (``"…_kikan": "from/to"``: a period, whatever other keys
    the object has; never when the period's key names a birth)."""
    obj_start = folded.rfind("{", 0, start) + 1
    obj_end = folded.find("}", start)
    obj_end = len(folded) if obj_end < 0 else obj_end
    obj = folded[obj_start:obj_end]
    for m in _PERIOD.finditer(obj):
        if re.search(r"(?i)birth|seinen|tanjo", m.group("k")):
            continue
        if obj_start + m.start("v") <= start < obj_start + m.end("v"):
            return True
    return False
