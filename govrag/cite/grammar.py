"""Citation grammar: assembles lexer pieces into :class:`~govrag.cite.model.Citation` values.

Grammar (pieces are adjacent unless a separator is shown)::

    chain    := ref (ENUM ref)*                    ENUM  = 、 ・ 及び 並びに 又は 若しくは と
    ref      := law? (附則 | 別表第N)? pointer (RANGE pointer まで?)?   RANGE = から 〜 ～ －
    law      := known name | unknown …法/…令 | 同法 | この法律 | 本法 | 法  [（法令番号）] [の]
    pointer  := unit+ part?                         units rise: 条 < 項 < 号 < イロハ
    unit     := 第N条(のM)* | 第N項 | 第N号(のM)* | 前条 | 次条 | 同条 | 前項 | 同項 | 前各項 | 前二項
              | 同号 | 前号 …
    part     := ただし書 | 前段 | 後段 | 各号 | 柱書

A ref that starts below the article (第二項, 同項第三号) inherits the missing levels from the
previous member of its chain, or else from the previous citation in the text (``relative``).

>>> names = {"行政手続法": "405AC0000000088", "行手法": "405AC0000000088"}
>>> [c.address for c in parse_citations("行手法第7条1項及び第3項、同法第八条ただし書", law_names=names)]
['行政手続法第七条第一項', '行政手続法第七条第三項', '行政手続法第八条ただし書']
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, cast

from govrag.cite.lexer import (
    LAW_SUFFIX_RE,
    LawMatcher,
    Piece,
    guess_law_name,
    lex,
    masked_spans,
    prefix_is_name,
    quote_spans,
)
from govrag.cite.model import Citation, CitationCorpus, Part
from govrag.corpus.abbreviations import builtin_abbreviations
from govrag.errors import InputError
from govrag.text.eras import ERA_NAMES

__all__ = ["law_name_table", "parse_citations"]

_MAX_TEXT = 2_000_000


_ENUM_GAPS = frozenset(
    {
        "、",
        "，",
        ",",
        "・",
        "及び",
        "並びに",
        "又は",
        "若しくは",
        "と",
        "、及び",
        "、並びに",
        "、又は",
        "及び、",
        "並びに、",
        "又は、",
        "，及び",
        "及",
        "並",
        "もしくは",
        "および",
        "ならびに",
        "または",
    }
)
_RANGE_GAPS = frozenset({"から", "〜", "～", "~", "-", "－", "―", "ー", "—", "−", "‐"})
_PAREN_RE = re.compile(r"^[（(][^（）()]{1,40}[）)]$")
_CITE_ONLY_CHARS = set("のからまで及び並びに又は若しくは、・，, 　（）()")


def law_name_table(corpus: Any = None, law_names: Mapping[str, str] | None = None) -> dict[str, str]:
    """Name -> law_id from ``law_names`` and/or ``corpus.law_names()``, plus the packaged
    abbreviations (``govrag/corpus/data/abbreviations.toml``, the one table) of the laws named."""
    names: dict[str, str] = {}
    if corpus is not None:
        getter = getattr(corpus, "law_names", None)
        if callable(getter):
            names.update(getter())
        else:
            for law in getattr(corpus, "laws", ()):
                names[law.title] = law.law_id
                for abbrev in getattr(law, "abbreviations", ()):
                    names.setdefault(abbrev, law.law_id)
    if law_names:
        names.update(law_names)
    named = set(names.values())
    for law_id, aliases in builtin_abbreviations().items():
        if law_id in named:
            for alias in aliases:
                names.setdefault(alias, law_id)
    return names


#: name matchers of the last few corpora / name tables (keeps them alive: kept small on purpose)
_MATCHER_CACHE: dict[int, tuple[object, LawMatcher]] = {}
_MATCHER_CACHE_SIZE = 4


def _matcher(corpus: Any, law_names: Mapping[str, str] | None) -> tuple[LawMatcher, dict[str, str | None]]:
    key_obj: object = law_names if law_names is not None else corpus
    if key_obj is not None:
        hit = _MATCHER_CACHE.get(id(key_obj))
        if hit is not None and hit[0] is key_obj:
            return hit[1], hit[1].names
    names = law_name_table(corpus, law_names)
    _register_titles(names, corpus)
    m = LawMatcher(names)
    if key_obj is not None:
        if len(_MATCHER_CACHE) >= _MATCHER_CACHE_SIZE:
            _MATCHER_CACHE.pop(next(iter(_MATCHER_CACHE)))
        _MATCHER_CACHE[id(key_obj)] = (key_obj, m)
    return m, m.names


@dataclass(slots=True)
class _Ctx:
    """Where the text currently is: the last law and unit referred to."""

    law_title: str | None = None
    law_id: str | None = None
    law_source: str | None = None
    suppl: bool = False
    article: str | None = None
    paragraph: int | None = None
    item: str | None = None
    source: str | None = None


@dataclass(slots=True)
class _Ref:
    tokens: list[Piece] = field(default_factory=list)
    end_tokens: list[Piece] = field(default_factory=list)
    end: int = 0


class _ArticleOrder:
    """Previous/next article keys, from the corpus when it can tell, else by arithmetic."""

    def __init__(self, corpus: Any) -> None:
        self._corpus = corpus
        self._cache: dict[tuple[str, bool], list[str]] = {}

    def _keys(self, law_id: str, suppl: bool) -> list[str]:
        ck = (law_id, suppl)
        if ck not in self._cache:
            keys: list[str] = []
            law = None
            if self._corpus is not None:
                try:
                    law = self._corpus.law(law_id)
                except Exception:  # unknown id: fall back to arithmetic
                    law = None
            if law is not None:
                seen: set[str] = set()
                for p in law.provisions:
                    if p.suppl == suppl and p.paragraph is None and p.item is None and p.article not in seen:
                        if suppl and getattr(p, "suppl_label", None):
                            continue
                        seen.add(p.article)
                        keys.append(p.article)
            self._cache[ck] = keys
        return self._cache[ck]

    def shift(self, law_id: str | None, suppl: bool, key: str, delta: int) -> str | None:
        keys = self._keys(law_id, suppl) if law_id else []
        if key in keys:
            idx = keys.index(key) + delta
            return keys[idx] if 0 <= idx < len(keys) else None
        return _shift_key(key, delta)


def _shift_key(key: str, delta: int) -> str | None:
    parts = key.split("_")
    if not all(p.isdigit() for p in parts):
        return None
    if delta < 0 and len(parts) > 1:
        # 第七条の二 -> previous is 第七条 (or 第七条の一…); without a corpus take the base article
        base = int(parts[-1]) + delta
        if base >= 2:
            return "_".join([*parts[:-1], str(base)])
        return "_".join(parts[:-1])
    value = int(parts[0]) + delta
    return str(value) if value >= 1 else None


def _gap_kind(text: str, a: Piece, b: Piece) -> str:
    gap = text[a.end : b.start]
    if gap == "":
        return "adjacent"
    stripped = gap.strip(" 　")
    if a.kind in ("law", "law_rel"):
        if (
            stripped in ("の", "")
            or _PAREN_RE.match(stripped)
            or (stripped.endswith("の") and _PAREN_RE.match(stripped[:-1]))
        ):
            return "adjacent"
    if stripped == "":
        return "adjacent" if len(gap) <= 1 else "break"
    if stripped in _ENUM_GAPS:
        return "enum"
    if stripped in _RANGE_GAPS:
        return "range"
    return "break"


def parse_citations(
    text: str,
    *,
    corpus: CitationCorpus | None = None,
    law_names: Mapping[str, str] | None = None,
    default_law: str | None = None,
) -> list[Citation]:
    """Every statute citation in ``text``, relative references resolved, in text order.

    ``law_names`` maps titles/abbreviations to law ids (taken from ``corpus.law_names()`` when
    a corpus is given); ``default_law`` (a name or id) is the law that 第N条 without a law name,
    この法律 and 法 refer to before any law is named. Unknown law names give ``law_id=None``
    and are never guessed.

    >>> names = {"民法": "129AC0000000089"}
    >>> cs = parse_citations("民法第九十条は…。同条の趣旨は前条にも及ぶ。", law_names=names)
    >>> [(c.text, c.article, c.relative) for c in cs]
    [('民法第九十条', '90', False), ('同条', '90', True), ('前条', '89', True)]
    """
    if not isinstance(text, str):
        raise InputError(f"parse_citations needs str, not {type(text).__name__}")
    if len(text) > _MAX_TEXT:
        raise InputError(f"text too long for citation parsing ({len(text)} > {_MAX_TEXT} characters)")
    matcher, names = _matcher(corpus, law_names)
    order = _ArticleOrder(corpus)
    matcher = _with_definitions(text, matcher)
    tokens = _tokens(text, matcher)
    ctx = _Ctx()
    if default_law is not None:
        did = names.get(default_law, default_law if default_law in set(names.values()) else None)
        title = default_law
        if did is not None and default_law not in names:
            title = next((n for n, i in names.items() if i == did), default_law)
        ctx = _Ctx(law_title=title, law_id=did, law_source=default_law)
    default = _Ctx(law_title=ctx.law_title, law_id=ctx.law_id, law_source=ctx.law_source)
    out: list[Citation] = []
    i = 0
    group = 0
    while i < len(tokens):
        ref, i = _parse_ref(text, tokens, i)
        if ref is None:
            i += 1
            continue
        if not _has_pointer(ref):
            _mention(text, ref, ctx)
            continue
        group += 1
        i = _trailing_law(text, tokens, i, ref)
        prev: Citation | None = None
        while True:
            cit = _resolve(text, ref, ctx, prev, default, order, group)
            if cit is not None:
                out.append(cit)
                prev = cit
                _advance(ctx, cit)
            if i < len(tokens) and _gap_kind(text, tokens[i - 1], tokens[i]) == "enum":
                nxt, j = _parse_ref(text, tokens, i)
                if nxt is None or not _has_pointer(nxt):
                    break
                if any(t.kind in ("law", "law_rel") for t in nxt.tokens):
                    break  # a new law starts a new chain
                ref, i = nxt, j
                continue
            break
    # documents (govrag.documents): a corpus that also holds indexed documents cites them too
    documents = getattr(corpus, "document_citations", None)
    if callable(documents):
        from govrag.cite.docref import merge_document_citations

        out = merge_document_citations(out, list(documents(text)))
    return out


_DEFINITION_RE = re.compile(
    r"[（(](?:以下|以下単に)?「([^「」（）()]{1,20})」(?:という|と略す|と呼ぶ)[。．]?[）)]"
)


def _with_definitions(text: str, matcher: LawMatcher) -> LawMatcher:
    """Add abbreviations the text defines for a law.

    e.g. 個人情報の保護に関する法律（以下「保護法」という。）makes 保護法 a name of that law.
    """
    extra: dict[str, str | None] = {}
    for m in _DEFINITION_RE.finditer(text):
        hit = matcher.ending_at(text, m.start())
        if hit is not None:
            alias = m.group(1)
            if alias not in matcher and alias != "法":
                extra[alias] = matcher.law_id(hit[1])
    if not extra:
        return matcher
    return LawMatcher({**matcher.names, **extra})


def _tokens(text: str, matcher: LawMatcher) -> list[Piece]:
    masked = masked_spans(text)
    pieces = lex(text)
    laws: list[Piece] = []
    for start, end, name, law_id in matcher.find_all(text):
        if any(a <= start < b for a, b in masked):
            continue
        if laws and _in_parenthetical_after(text, laws[-1].end, start):
            continue  # 情報公開法 in 行政機関の…法律（以下「情報公開法」という。）
        laws.append(Piece("law", start, end, (name, law_id)))
    # unknown law names, 法 alone, and known names inside a longer unknown title
    starts = [p for p in pieces if p.kind in ("article", "suppl", "table")]
    law_ends = {p.end: p for p in laws}
    rel_ends = {p.end for p in pieces if p.kind == "law_rel"}
    extra: list[Piece] = []
    drop: set[int] = set()
    for p in starts:
        q = _law_anchor(text, p.start)
        if q in rel_ends:
            continue
        known = law_ends.get(q)
        if known is not None:
            prefix = prefix_is_name(text, known.start)
            if prefix and LAW_SUFFIX_RE.search(text[known.start : known.end]):
                drop.add(id(known))
                extra.append(
                    Piece(
                        "law",
                        known.start - len(prefix),
                        known.end,
                        (prefix + text[known.start : known.end], None),
                    )
                )
            continue
        guess = guess_law_name(text, q)
        if guess is None:
            continue
        gstart, name = guess
        if name == "法":
            extra.append(Piece("law_rel", gstart, q, "this"))
            continue
        for lp in laws:
            if gstart <= lp.start and lp.end <= q:
                drop.add(id(lp))
        extra.append(Piece("law", gstart, q, (name, matcher.law_id(name))))
    all_tokens = [t for t in [*pieces, *laws] if id(t) not in drop] + extra
    # a piece inside another token's span (同法 inside 同法施行令) loses
    all_tokens.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Piece] = []
    for t in all_tokens:
        if kept and t.start < kept[-1].end:
            continue
        kept.append(t)
    return _filter_quotes(text, kept)


def _in_parenthetical_after(text: str, law_end: int, pos: int) -> bool:
    """True when ``pos`` lies inside a （…） that opens right after a law name ending at ``law_end``."""
    if law_end >= len(text) or text[law_end] not in "（(" or pos <= law_end:
        return False
    close = text.find("）" if text[law_end] == "（" else ")", law_end)
    return close == -1 or pos < close


def _law_anchor(text: str, pos: int) -> int:
    """Where a law name attached to a reference starting at ``pos`` would end."""
    q = pos
    if q > 0 and text[q - 1] == "の":
        q -= 1
    if q > 0 and text[q - 1] in "）)":
        depth = 0
        j = q - 1
        while j >= 0 and q - j < 48:
            if text[j] in "）)":
                depth += 1
            elif text[j] in "（(":
                depth -= 1
                if depth == 0:
                    return j
            j -= 1
    return q


def _filter_quotes(text: str, tokens: list[Piece]) -> list[Piece]:
    quotes = quote_spans(text)
    if not quotes:
        return tokens
    out: list[Piece] = []
    qi = 0
    inside: dict[int, list[Piece]] = {}
    for t in tokens:
        while qi < len(quotes) and quotes[qi][1] <= t.start:
            qi += 1
        if qi < len(quotes) and quotes[qi][0] < t.start and t.end <= quotes[qi][1]:
            inside.setdefault(qi, []).append(t)
        else:
            out.append(t)
    for idx, toks in inside.items():
        s, e = quotes[idx]
        content = text[s + 1 : e - 1]
        covered = [False] * len(content)
        for t in toks:
            for k in range(t.start - s - 1, t.end - s - 1):
                if 0 <= k < len(covered):
                    covered[k] = True
        rest = {ch for ch, cov in zip(content, covered, strict=True) if not cov}
        if rest <= _CITE_ONLY_CHARS:
            out.extend(toks)  # the quote is a citation (or a law title) itself
    out.sort(key=lambda t: t.start)
    return out


def _parse_ref(text: str, tokens: Sequence[Piece], i: int) -> tuple[_Ref | None, int]:
    """One ref starting at ``tokens[i]``: adjacent pieces of rising rank, then an optional range."""
    first = tokens[i]
    if first.kind in ("part", "subitem"):
        return None, i
    if first.kind in ("paragraph", "item") and not first.explicit:
        return None, i
    ref = _Ref(tokens=[first], end=first.end)
    j = i + 1
    while j < len(tokens):
        prev, cur = tokens[j - 1], tokens[j]
        if _gap_kind(text, prev, cur) != "adjacent" or not _rises(prev, cur):
            break
        ref.tokens.append(cur)
        ref.end = cur.end
        j += 1
    if not _has_pointer(ref):
        # a law name followed by a pointer after 、 is not a citation of that law
        return ref, j
    if j < len(tokens) and _gap_kind(text, tokens[j - 1], tokens[j]) == "range":
        k = j
        end_tokens = [tokens[k]]
        k += 1
        while (
            k < len(tokens)
            and _gap_kind(text, tokens[k - 1], tokens[k]) == "adjacent"
            and _rises(tokens[k - 1], tokens[k])
        ):
            end_tokens.append(tokens[k])
            k += 1
        if end_tokens[0].kind in ("article", "paragraph", "item", "rel_article", "rel_paragraph", "rel_item"):
            ref.end_tokens = end_tokens
            ref.end = end_tokens[-1].end
            if text.startswith("まで", ref.end):
                ref.end += 2
            j = k
    return ref, j


def _trailing_law(text: str, tokens: Sequence[Piece], i: int, ref: _Ref) -> int:
    """第七条（行政手続法）: a law named in parentheses right after a law-less reference."""
    if i >= len(tokens) or any(t.kind in ("law", "law_rel") for t in ref.tokens):
        return i
    law = tokens[i]
    if (
        law.kind == "law"
        and law.start == ref.end + 1
        and text[ref.end] in "（("
        and law.end < len(text)
        and text[law.end] in "）)"
    ):
        ref.tokens.insert(0, law)
        ref.end = law.end + 1
        return i + 1
    return i


def _rises(prev: Piece, cur: Piece) -> bool:
    if cur.kind == "subitem":
        return prev.kind in ("item", "rel_item")
    if prev.kind == "law_rel" and cur.kind in ("law", "law_rel"):
        return False
    if prev.kind == "law" and cur.kind in ("law", "law_rel"):
        return False
    if not cur.explicit and cur.kind in ("paragraph", "item") and prev.kind in ("law", "law_rel"):
        return False
    return cur.rank > prev.rank


def _law_value(p: Piece) -> tuple[str, str | None]:
    title, law_id = cast("tuple[str, str | None]", p.value)
    return str(title), (str(law_id) if law_id is not None else None)


def _int_value(p: Piece) -> int:
    value = p.value
    return value if isinstance(value, int) else int(str(value))


def _rel_value(p: Piece) -> tuple[str, int]:
    direction, count = cast("tuple[str, int]", p.value)
    return str(direction), int(count)


def _has_pointer(ref: _Ref) -> bool:
    return any(t.kind not in ("law", "law_rel") for t in ref.tokens)


def _mention(text: str, ref: _Ref, ctx: _Ctx) -> None:
    for t in ref.tokens:
        if t.kind == "law":
            title, law_id = _law_value(t)
            if law_id is not None and law_id != ctx.law_id:
                ctx.article = ctx.paragraph = ctx.item = None
                ctx.suppl = False
            ctx.law_title, ctx.law_id = _official(title, law_id, ctx)
            ctx.law_source = text[t.start : t.end]


def _official(title: str, law_id: str | None, ctx: _Ctx) -> tuple[str, str | None]:
    return (_TITLES.get(law_id, title) if law_id else title), law_id


#: law_id -> official title, filled by :func:`parse_citations` callers through the name table.
_TITLES: dict[str, str] = {}


_LAWNUM_RE = re.compile(rf"^(?:{'|'.join(ERA_NAMES)}).+(?:号|憲法)$")


def _register_titles(names: Mapping[str, str | None], corpus: Any = None) -> None:
    """Remember each law's official title (from the corpus, else its longest non-number name)."""
    titles = getattr(corpus, "law_titles", None)
    if callable(titles):  # a Corpus: without decoding a snapshot's provisions
        _TITLES.update(titles())
    else:
        for law in getattr(corpus, "laws", ()) or ():
            _TITLES[law.law_id] = law.title
    for name, law_id in names.items():
        if (law_id is None or name == law_id or _LAWNUM_RE.match(name)
                or (law_id in _TITLES and corpus is not None)):
            continue
        cur = _TITLES.get(law_id)
        if cur is None or len(name) > len(cur):
            _TITLES[law_id] = name


@dataclass
class _Pointer:
    """The levels a reference resolves to, filled in by :func:`_resolve`'s helpers."""

    suppl: bool
    relative: bool
    resolved_from: str | None
    problem: str | None
    article: str | None = None
    paragraph: int | None = None
    item: str | None = None
    article_end: str | None = None
    paragraph_end: int | None = None
    item_end: str | None = None

    def fail(self, message: str) -> None:
        self.problem = self.problem or message


def _resolve_law(
    text: str, law_tok: Piece | None, ctx: _Ctx, prev: Citation | None, default: _Ctx
) -> tuple[str | None, str | None, bool, bool, str | None, str | None]:
    """(title, law_id, same_law, relative, resolved_from, problem) of a reference's law."""
    title: str | None
    law_id: str | None
    relative = False
    resolved_from: str | None = None
    problem: str | None = None
    if law_tok is not None and law_tok.kind == "law":
        title, law_id = _official(*_law_value(law_tok), ctx)
        if law_id is None:
            problem = f"unknown law name {title!r}"
        same_law = law_id is not None and law_id == ctx.law_id
    elif law_tok is not None:  # 同法 / この法律 / 法
        src = ctx if ctx.law_title is not None else default
        title, law_id = src.law_title, src.law_id
        relative = True
        resolved_from = src.law_source
        if title is None:
            problem = f"{text[law_tok.start : law_tok.end]} has no law to refer to"
        same_law = True
    elif prev is not None:
        title, law_id, same_law = prev.law_title, prev.law_id, True
    else:
        src = ctx if ctx.law_title is not None else default
        title, law_id = src.law_title, src.law_id
        resolved_from = src.law_source
        same_law = True
        if title is None:
            problem = "no law is named before this reference"
    if law_id is None and problem is None and title is not None:
        problem = f"unknown law name {title!r}"
    return title, law_id, same_law, relative, resolved_from, problem


def _anchor(prev: Citation | None, same_law: bool, ctx: _Ctx) -> _Ctx:
    """What inherited levels and relative units (前条, 同項) count from."""
    if prev is not None:
        return _Ctx(
            law_title=prev.law_title,
            law_id=prev.law_id,
            suppl=prev.suppl,
            article=prev.article_end or prev.article,
            paragraph=prev.paragraph_end or prev.paragraph,
            item=prev.item_end or prev.item,
            source=prev.text,
        )
    return ctx if same_law else _Ctx()


def _rel_article(p: _Pointer, t: Piece, text: str, anchor: _Ctx, order: _ArticleOrder,
                 law_id: str | None) -> None:
    direction, count = _rel_value(t)
    base = anchor.article
    if base is None:
        p.fail(f"{text[t.start : t.end]} has no article to refer to")
        return
    p.suppl = p.suppl or anchor.suppl
    if direction == "same":
        p.article = base
    elif direction == "next":
        p.article = order.shift(law_id, p.suppl, base, 1)
    elif direction == "prev":
        p.article = order.shift(law_id, p.suppl, base, -count)
        if count > 1:
            p.article_end = order.shift(law_id, p.suppl, base, -1)
    else:  # 前各条
        p.article, p.article_end = "1", order.shift(law_id, p.suppl, base, -1)
    if p.article is None:
        p.fail(f"{text[t.start : t.end]} points before the first article")


def _rel_paragraph(p: _Pointer, t: Piece, text: str, anchor: _Ctx) -> None:
    direction, count = _rel_value(t)
    if p.article is None:
        p.article = anchor.article
    base_p = anchor.paragraph
    if base_p is None:
        base_p = 1 if direction == "next" else None
    if base_p is None:
        p.fail(f"{text[t.start : t.end]} has no paragraph to refer to")
        return
    if direction == "same":
        p.paragraph = base_p
    elif direction == "next":
        p.paragraph = base_p + 1
    elif direction == "prev":
        p.paragraph, p.paragraph_end = base_p - count, (base_p - 1 if count > 1 else None)
    else:
        p.paragraph, p.paragraph_end = 1, base_p - 1
    if p.paragraph < 1 or (p.paragraph_end is not None and p.paragraph_end < 1):
        p.fail(f"{text[t.start : t.end]} points before the first paragraph")
        p.paragraph = p.paragraph_end = None


def _rel_item(p: _Pointer, t: Piece, text: str, anchor: _Ctx) -> None:
    direction, count = _rel_value(t)
    if p.article is None:
        p.article = anchor.article
    if p.paragraph is None:
        p.paragraph = anchor.paragraph
    base_i = anchor.item
    if base_i is None:
        p.fail(f"{text[t.start : t.end]} has no item to refer to")
        return
    head = int(base_i.split("_")[0])
    if direction == "same":
        p.item = base_i
    elif direction == "next":
        p.item = str(head + 1)
    elif direction == "prev":
        p.item = str(head - count) if "_" not in base_i or count > 1 else str(head)
        p.item_end = str(head - 1) if count > 1 else None
    else:
        p.item, p.item_end = "1", str(head - 1)
    if int(p.item.split("_")[0]) < 1 or (p.item_end is not None and int(p.item_end) < 1):
        p.fail(f"{text[t.start : t.end]} points before the first item")
        p.item = p.item_end = None


def _range_end(p: _Pointer, end_tokens: Sequence[Piece], order: _ArticleOrder, law_id: str | None) -> None:
    """The end of a range (「第七条から第九条まで」)."""
    last = next((t for t in end_tokens if t.kind not in ("part", "subitem")), None)
    if last is None:
        return
    if last.kind == "article":
        p.article_end = str(last.value)
    elif last.kind == "rel_article" and p.article is not None:
        step = 1 if _rel_value(last)[0] == "next" else 0
        p.article_end = order.shift(law_id, p.suppl, p.article, step) if step else p.article
    elif last.kind == "paragraph":
        p.paragraph_end = _int_value(last)
    elif last.kind == "item":
        p.item_end = str(last.value)


def _resolve(
    text: str, ref: _Ref, ctx: _Ctx, prev: Citation | None, default: _Ctx, order: _ArticleOrder, group: int
) -> Citation | None:
    law_tok = next((t for t in ref.tokens if t.kind in ("law", "law_rel")), None)
    pointer = [t for t in ref.tokens if t.kind not in ("law", "law_rel")]
    start = min(t.start for t in ref.tokens)
    title, law_id, same_law, relative, resolved_from, problem = _resolve_law(
        text, law_tok, ctx, prev, default)
    anchor = _anchor(prev, same_law, ctx)
    p = _Pointer(suppl=any(t.kind == "suppl" for t in pointer), relative=relative,
                 resolved_from=resolved_from, problem=problem)
    table: str | None = next((str(t.value) for t in pointer if t.kind == "table"), None)
    units = [t for t in pointer if t.kind not in ("suppl", "table", "part", "subitem")]
    first_rank = units[0].rank if units else 2
    if not p.suppl and first_rank > 2 and table is None:
        p.suppl = anchor.suppl
    if first_rank > 2 and table is None and any(t.kind == "suppl" for t in pointer):
        p.article = ""  # 附則第二項: a paragraph of an article-less 附則
    elif first_rank > 2 and table is None:
        p.article = anchor.article
        if prev is None:
            p.relative = True
            p.resolved_from = anchor.source or p.resolved_from
        if p.article is None:
            p.fail(f"{text[units[0].start : units[0].end]} has no article to attach to")
    if first_rank > 3 and units and table is None:
        p.paragraph = anchor.paragraph
    for t in units:
        if t.kind == "article":
            p.article = str(t.value)
        elif t.kind == "paragraph":
            p.paragraph = _int_value(t)
        elif t.kind == "item":
            p.item = str(t.value)
        else:
            p.relative = True
            p.resolved_from = anchor.source or p.resolved_from
            if t.kind == "rel_article":
                _rel_article(p, t, text, anchor, order, law_id)
            elif t.kind == "rel_paragraph":
                _rel_paragraph(p, t, text, anchor)
            else:
                _rel_item(p, t, text, anchor)
    part: Part | None = None
    for t in pointer:
        if t.kind == "part":
            part = t.value  # type: ignore[assignment]
    if ref.end_tokens:
        _range_end(p, ref.end_tokens, order, law_id)
    if p.article is None and table is None:
        p.fail("no article could be determined")
    cit = Citation(
        text=text[start : ref.end],
        start=start,
        end=ref.end,
        law_title=title,
        law_id=law_id,
        article=p.article,
        paragraph=p.paragraph,
        item=p.item,
        suppl=p.suppl,
        article_end=p.article_end,
        paragraph_end=p.paragraph_end,
        item_end=p.item_end,
        part=part,
        table=table,
        relative=p.relative,
        resolved_from=p.resolved_from if (p.relative or law_tok is None) else None,
        group=group,
        problem=p.problem,
    )
    if cit.article_end == cit.article:
        cit = replace(cit, article_end=None)
    return cit


def _advance(ctx: _Ctx, cit: Citation) -> None:
    if cit.law_title is not None:
        ctx.law_title, ctx.law_id = cit.law_title, cit.law_id
        ctx.law_source = cit.text
    ctx.suppl = cit.suppl
    if cit.article is not None:
        ctx.article = cit.article_end or cit.article
    ctx.paragraph = cit.paragraph_end or cit.paragraph
    ctx.item = cit.item_end or cit.item
    ctx.source = cit.text
