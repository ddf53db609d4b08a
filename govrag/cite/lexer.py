"""Tokenizer of statute reference pieces (第N条, 同項, ただし書, 附則, law names…).

The lexer turns a text into a sorted list of :class:`Piece` tokens; the grammar in
:mod:`govrag.cite.grammar` assembles them into citations. Law numbers
(``平成五年法律第八十八号``) and statute text quoted in 「」 are masked so their numbers are not
mistaken for references. Numbers may be kanji, arabic or full-width.

>>> [(p.kind, p.value) for p in lex("第七条の二第1項ただし書")]
[('article', '7_2'), ('paragraph', 1), ('part', 'proviso')]
>>> [(p.kind, p.value) for p in lex("前条及び同項")]
[('rel_article', ('prev', 1)), ('rel_paragraph', ('same', 1))]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from govrag.text.eras import ERA_NAMES
from govrag.text.numerals import NUMERAL, NUMERAL_CLASS, kanji_to_int

__all__ = [
    "LAW_SUFFIX_RE",
    "NAME_CHARS",
    "LawMatcher",
    "Piece",
    "PieceKind",
    "bracket_spans",
    "lex",
    "masked_spans",
    "quote_spans",
]

PieceKind = Literal[
    "law",
    "law_rel",
    "suppl",
    "table",
    "article",
    "paragraph",
    "item",
    "subitem",
    "rel_article",
    "rel_paragraph",
    "rel_item",
    "part",
]

#: Rank of a piece in the address hierarchy (a reference reads left to right with rising rank).
RANK: dict[str, int] = {
    "law": 0,
    "law_rel": 0,
    "suppl": 1,
    "table": 1,
    "article": 2,
    "rel_article": 2,
    "paragraph": 3,
    "rel_paragraph": 3,
    "item": 4,
    "rel_item": 4,
    "subitem": 5,
    "part": 6,
}

_N = NUMERAL
_NC = NUMERAL_CLASS[1:-1]  # the class's characters, for use inside other classes
# a branch number (の二) must not be followed by a counter (の三つ, の2人…)
_BR = rf"(?:の{_N}(?![{_NC}つ個点人名件日月年回ヶヵ]|か[月所国]))*"

_PIECE_RE = re.compile(
    "|".join(
        [
            rf"(?P<article>(?P<art_dai>第)?(?P<art_n>{_N})条(?P<art_br>{_BR}))(?![件例約理])",
            rf"(?P<paragraph>(?P<para_dai>第)?(?P<para_n>{_N})項)(?!目)",
            rf"(?P<item>(?P<item_dai>第)?(?P<item_n>{_N})号(?P<item_br>{_BR}))",
            r"(?P<rel>(?P<rel_dir>前各|前|次|同|本|この|当該)(?P<rel_n>[二三四五六七八九十2-9２-９]?)"
            r"(?P<rel_unit>条|項|号))(?![例件約文目])",
            r"(?P<part>ただし書き?|但し?書き?|前段|後段|柱書き?|各号(?!列記)|各号列記以外の部分)",
            r"(?P<suppl>附則|付則)",
            rf"(?P<table>別表(?:第(?P<table_n>{_N})(?P<table_br>{_BR}))?)",
            r"(?P<law_rel>同法律|同法|この法律|本法)",
            r"(?P<subitem>[イロハニホヘトチリヌルヲ](?=[、。\s）)の及並又若]|$))",
        ]
    )
)

_PART_KINDS: dict[str, str] = {
    "ただし": "proviso",
    "但": "proviso",
    "前段": "first_sentence",
    "後段": "second_sentence",
    "柱書": "chapeau",
    "各号列記": "chapeau",
    "各号": "each_item",
}

_ERAS = "|".join(ERA_NAMES)
_ERA_LAWNUM_RE = re.compile(
    rf"(?:{_ERAS})[元{_NC}]+年"
    rf"(?:[^\s、。（）()「」]{{0,24}}?)第{_N}号"
)
_DATE_RE = re.compile(
    rf"(?:{_ERAS})?[元{_NC}]+年{_N}月{_N}日"
)

#: Characters a law title is made of when we have to guess its extent (kanji, katakana).
NAME_CHARS = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf々〆ヵヶ\u30a0-\u30ffー]")
#: How a statute title ends.
LAW_SUFFIX_RE = re.compile(r"(?:法律|法|令|規則|条例|規程|憲法)$")
_PREFIX_OK = re.compile(r"^(?:改正|現行|新|旧|同)*$")


@dataclass(frozen=True, slots=True)
class Piece:
    """One reference token with its span; ``value`` depends on ``kind``.

    article/item/table: e-Gov key string; paragraph: int; rel_*: ``(direction, count)`` with
    direction ``prev``/``next``/``same``/``all_prev``; part: a :data:`~govrag.cite.model.Part`;
    law: ``(title, law_id or None)``; law_rel: ``"same"`` or ``"this"``.
    """

    kind: PieceKind
    start: int
    end: int
    value: object
    explicit: bool = True  # 第 written (or not a number at all)

    @property
    def rank(self) -> int:
        return RANK[self.kind]


#: No statute has more articles, paragraphs or items than this; larger numbers are not references.
MAX_NUMBER = 99_999


def _num(s: str) -> int:
    value = kanji_to_int(s)
    if value > MAX_NUMBER:
        raise ValueError(f"number too large for a statute reference: {s!r}")
    return value


def _key(head: str, branches: str) -> str:
    parts = [str(_num(head))]
    parts += [str(_num(b)) for b in branches.split("の") if b]
    return "_".join(parts)


_QUOTE = {"「": "」"}


def bracket_spans(text: str, pairs: Mapping[str, str]) -> list[tuple[int, int]]:
    """Outermost bracket spans (brackets included) for the opening → closing ``pairs``; a closing
    bracket closes the innermost open bracket of its kind (dropping any others opened inside it),
    a stray closing bracket and an unclosed opening one are ignored.

    >>> bracket_spans("甲「乙『丙」丁』戊『己』", {"「": "」", "『": "』"})
    [(1, 6), (9, 12)]
    """
    closing = frozenset(pairs.values())
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch in pairs:
            stack.append((pairs[ch], i))
        elif ch in closing and stack:
            if stack[-1][0] != ch:
                if not any(c == ch for c, _ in stack):
                    continue  # a stray closing bracket
                while stack[-1][0] != ch:
                    stack.pop()
            _, start = stack.pop()
            if not stack:
                out.append((start, i + 1))
    return out


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Outermost 「…」 spans (including the brackets); unbalanced brackets are ignored.

    >>> quote_spans("甲「乙『丙』」丁「戊」")
    [(1, 7), (8, 11)]
    """
    return bracket_spans(text, _QUOTE)


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose numbers are not references: law numbers (平成五年法律第八十八号) and dates."""
    spans = [m.span() for m in _ERA_LAWNUM_RE.finditer(text)]
    spans += [m.span() for m in _DATE_RE.finditer(text)]
    return sorted(spans)


class LawMatcher:
    """Longest-match lookup of known law names (titles and abbreviations) in a text.

    >>> m = LawMatcher({"行政手続法": "405AC0000000088", "民法": "129AC0000000089"})
    >>> m.find_all("民法と行政手続法")
    [(0, 2, '民法', '129AC0000000089'), (3, 8, '行政手続法', '405AC0000000088')]
    """

    def __init__(self, names: Mapping[str, str | None]) -> None:
        self._names = {k: v for k, v in names.items() if k}
        self._by_first: dict[str, list[str]] = {}
        for name in sorted(self._names, key=len, reverse=True):
            self._by_first.setdefault(name[0], []).append(name)
        self._by_last: dict[str, list[str]] = {}
        for name in sorted(self._names, key=len, reverse=True):
            self._by_last.setdefault(name[-1], []).append(name)

    def __len__(self) -> int:
        return len(self._names)

    @property
    def names(self) -> dict[str, str | None]:
        """The name -> law_id table this matcher was built from."""
        return self._names

    def law_id(self, name: str) -> str | None:
        return self._names.get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def find_all(self, text: str) -> list[tuple[int, int, str, str | None]]:
        """Non-overlapping mentions, scanning left to right, longest name first."""
        out: list[tuple[int, int, str, str | None]] = []
        i = 0
        n = len(text)
        while i < n:
            hit = self.starting_at(text, i)
            if hit is None:
                i += 1
                continue
            end, name = hit
            out.append((i, end, name, self._names[name]))
            i = end
        return out

    def starting_at(self, text: str, start: int = 0) -> tuple[int, str] | None:
        """The longest known name starting exactly at ``start`` as ``(end, name)``.

        >>> LawMatcher({"民法": None, "民法施行法": None}).starting_at("民法施行法第一条")
        (5, '民法施行法')
        """
        if not 0 <= start < len(text):
            return None
        for name in self._by_first.get(text[start], ()):
            if text.startswith(name, start):
                return start + len(name), name
        return None

    def ending_at(self, text: str, end: int) -> tuple[int, str] | None:
        """The longest known name ending exactly at ``end`` as ``(start, name)``."""
        if end <= 0:
            return None
        for name in self._by_last.get(text[end - 1], ()):
            start = end - len(name)
            if start >= 0 and text.startswith(name, start):
                return start, name
        return None


_CONNECTORS = ("に関する", "に係る", "における", "のための", "及び", "並びに", "等の")
_NAME_RUN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf々〆ヵヶ\u30a0-\u30ffー・]")


def guess_law_name(text: str, end: int, *, floor: int = 0) -> tuple[int, str] | None:
    """An unknown statute title ending at ``end`` (``…施行令``, ``…に関する法律``), or None.

    Scans backwards over kanji/katakana and a few title connectors (に関する, 及び…), at most
    64 characters, in linear time.

    >>> guess_law_name("この行政情報取扱法", 9)
    (2, '行政情報取扱法')
    >>> guess_law_name("漢字だけの語", 6) is None
    True
    """
    lo = max(floor, end - 64)
    if end <= lo or not LAW_SUFFIX_RE.search(text[max(lo, end - 2) : end]):
        return None
    i = end
    while i > lo:
        if _NAME_RUN.match(text[i - 1]):
            i -= 1
            continue
        for conn in _CONNECTORS:
            j = i - len(conn)
            if j > lo and text.startswith(conn, j) and _NAME_RUN.match(text[j - 1]):
                i = j
                break
        else:
            break
    while (i < end and not _NAME_RUN.match(text[i])) or (i < end and text[i] == "・"):
        i += 1
    if i >= end:
        return None
    return i, text[i:end]


def prefix_is_name(text: str, start: int) -> str:
    """Kanji/katakana run immediately before ``start`` unless it is only 改正/現行/新/旧/同 or
    ends in ・ (a bullet, or a list of laws: 行政手続法・情報公開法第五条 names 情報公開法)."""
    i = start
    while i > 0 and NAME_CHARS.match(text[i - 1]):
        i -= 1
    run = text[i:start]
    return "" if _PREFIX_OK.match(run) or run.endswith("・") else run


def lex(text: str) -> list[Piece]:
    """Reference pieces in ``text`` (law names excluded: see :class:`LawMatcher`), in order."""
    masked = masked_spans(text)
    pieces: list[Piece] = []
    for m in _PIECE_RE.finditer(text):
        start = m.start()
        if any(a <= start < b for a, b in masked):
            continue
        piece = _piece(m, text)
        if piece is not None:
            pieces.append(piece)
    return pieces


def _piece(m: re.Match[str], text: str) -> Piece | None:
    start, end = m.span()
    try:
        if m.group("article"):
            if m.group("art_dai") is None and start > 0 and text[start - 1] in "前次同本各":
                return None
            return Piece(
                "article",
                start,
                end,
                _key(m.group("art_n"), m.group("art_br") or ""),
                m.group("art_dai") is not None,
            )
        if m.group("paragraph"):
            return Piece("paragraph", start, end, _num(m.group("para_n")), m.group("para_dai") is not None)
        if m.group("item"):
            return Piece(
                "item",
                start,
                end,
                _key(m.group("item_n"), m.group("item_br") or ""),
                m.group("item_dai") is not None,
            )
    except ValueError:
        return None
    if m.group("rel"):
        direction = m.group("rel_dir")
        count_s = m.group("rel_n")
        count = _num(count_s) if count_s else 1
        unit = m.group("rel_unit")
        kind: PieceKind = {"条": "rel_article", "項": "rel_paragraph", "号": "rel_item"}[unit]  # type: ignore[assignment]
        if direction == "前各":
            return Piece(kind, start, end, ("all_prev", 0))
        if direction == "前":
            return Piece(kind, start, end, ("prev", count))
        if count_s:  # 次二項 / 同二条 are not references
            return None
        return Piece(kind, start, end, ("next" if direction == "次" else "same", 1))
    if m.group("part"):
        label = m.group("part")
        for prefix, part in _PART_KINDS.items():
            if label.startswith(prefix):
                return Piece("part", start, end, part)
        return None
    if m.group("suppl"):
        return Piece("suppl", start, end, True)
    if m.group("table"):
        n = m.group("table_n")
        try:
            value = _key(n, m.group("table_br") or "") if n else ""
        except ValueError:
            return None
        return Piece("table", start, end, value)
    if m.group("law_rel"):
        if start > 0 and NAME_CHARS.match(text[start - 1]):
            return None  # 基本法, 共同法人: part of a longer word
        return Piece("law_rel", start, end, "same" if m.group("law_rel").startswith("同") else "this")
    if m.group("subitem"):
        return Piece("subitem", start, end, m.group("subitem"))
    return None  # pragma: no cover
