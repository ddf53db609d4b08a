"""Citation verification: does each cited provision exist, was it retrieved, is it quoted
exactly, and does the citing sentence say what it says?

Statuses, in order of precedence: ``unresolved`` (unknown law, nothing to resolve a relative
reference against, 別表), ``nonexistent`` (not in the law, or 削除), ``not_in_sources`` (exists
but was not retrieved), ``misquoted`` (a 「quote」 attributed to it is not in its text after
normalization), ``unsupported`` (numbers/periods/amounts, modality or content of the citing
clause disagree with it), ``valid``.

>>> from govrag.corpus.model import Law, Provision
>>> from govrag.corpus.corpus import Corpus
>>> p = Provision(law_id="L1", law_title="見本法", article="3", paragraph=None, item=None,
...               caption=None, text="申請者は、三十日以内に届け出なければならない。")
>>> law = Law(law_id="L1", law_num="", title="見本法", revision_id=None, provisions=(p,))
>>> corpus = Corpus.from_laws([law])
>>> report = verify_citations("見本法第3条により、申請者は30日以内に届け出なければなりません。",
...                           sources=[p], corpus=corpus)
>>> [(c.citation.text, c.status) for c in report.items]
[('見本法第3条', 'valid')]
>>> verify_citations("見本法第3条により、申請者は14日以内に届け出なければなりません。",
...                  sources=[p], corpus=corpus).items[0].status
'unsupported'
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from govrag.cite.claims import Quantity, content_overlap, lemma_set, quantities
from govrag.cite.entail import DEFAULT_MIN_SUPPORT, SLOTS, ClaimCheck, Slot, check_claim, is_claim
from govrag.cite.grammar import parse_citations
from govrag.cite.lexer import quote_spans
from govrag.cite.model import Citation, CitationCheck, CitationCorpus, Evidence, EvidenceRole, Status
from govrag.cite.report import CitationReport
from govrag.cite.sources import SourceUnit, source_units
from govrag.cite.targets import Target, expand_targets
from govrag.errors import ConfigError, InputError

__all__ = ["DEFAULT_MIN_OVERLAP", "Target", "expand_targets", "verify_citations"]

#: A claim whose content lemmas overlap the provision less than this is ``unsupported``
#: (tuned on corpora/eval/citations_ja.jsonl; see docs/benchmarks/cite.md).
DEFAULT_MIN_OVERLAP = 0.25
#: A claim is also ``unsupported`` when another retrieved source overlaps it at least this much
#: and by this margin more than the cited provision (a citation of the wrong retrieved article).
#: Only claims with this many content lemmas that overlap the cited provision less than
#: RELATIVE_MAX_SCORE are compared with the other sources.
RELATIVE_MIN = 0.7
RELATIVE_MARGIN = 0.3
RELATIVE_MIN_LEMMAS = 5
RELATIVE_MAX_SCORE = 0.6
#: Claims with fewer content lemmas than this carry no checkable content.
MIN_CLAIM_LEMMAS = 3

_ELLIPSIS_RE = re.compile(r"…+|\.{3,}|・{3,}|（略）|\(略\)|〜|～")
_EDGE_PUNCT = "。、，,．. 　"


def _lookup(corpus: Any, t: Target) -> Any:
    law_id, suppl, article, paragraph, item = t
    prov = corpus.provision(law_id, article, paragraph, item, suppl=suppl)
    if prov is None and item is not None and paragraph is None:
        prov = corpus.provision(law_id, article, 1, item, suppl=suppl)  # 第二条第一号: single paragraph
    if prov is None and suppl:
        law = corpus.law(law_id)
        for p in law.provisions if law is not None else ():
            if p.suppl and p.article == article and p.paragraph == paragraph and p.item == item:
                return p
    return prov


def _is_deleted(prov: Any) -> bool:
    return bool(getattr(prov, "deleted", False)) or prov.text.strip() in ("削除", "削除。")


@dataclass(slots=True)
class _Resolved:
    cit: Citation
    provs: list[Any]
    text: str  # union of the cited units' text (with captions)
    prov_text: str  # the same without captions: what the claim is checked against


def verify_citations(
    answer: str,
    *,
    sources: Iterable[Any] | None,
    corpus: CitationCorpus,
    citations: Sequence[Citation] | None = None,
    default_law: str | None = None,
    min_overlap: float | None = None,
    semantic: bool = True,
) -> CitationReport:
    """Check every citation in ``answer`` against ``corpus`` and the retrieved ``sources``.

    ``sources``: Hits, Provisions, Citations, citation strings or mappings (see
    :func:`govrag.cite.sources.source_units`); ``None`` skips the ``not_in_sources`` check
    (an empty list does not: then nothing was retrieved). ``citations`` skips parsing when given.
    The claim of each citation is checked by the claim-support core with the groundedness
    guard's thresholds (content support ≥ ``DEFAULT_MIN_SUPPORT``), so the guard and this check
    agree on the same sentence and provision; ``min_overlap`` instead requires that share of the
    claim's content lemmas (the earlier lemma-only criterion). ``semantic=False`` keeps only the
    number and modality checks.
    """
    if not isinstance(answer, str):
        raise InputError(f"answer must be str, not {type(answer).__name__}")
    if corpus is None or not callable(getattr(corpus, "provision", None)):
        raise ConfigError("verify_citations needs a corpus with .provision() (govrag.corpus.Corpus)")
    if min_overlap is not None and not 0.0 <= min_overlap <= 1.0:
        raise ConfigError(f"min_overlap must be within [0, 1], not {min_overlap!r}")
    cits = (
        list(citations)
        if citations is not None
        else parse_citations(answer, corpus=corpus, default_law=default_law)
    )
    units = source_units(sources, corpus=corpus) if sources is not None else None
    sentences = _sentences(answer)
    quotes = _attributable_quotes(answer, cits)
    resolved: dict[int, _Resolved] = {}
    checks: list[CitationCheck | None] = []
    for idx, c in enumerate(cits):
        check, res = _existence(c, corpus)
        if check is None and res is not None:  # _existence gives one of the two
            resolved[idx] = res
            check = _coverage(c, units) if units is not None else None
        checks.append(check)
    lemma_cache: dict[str, frozenset[str]] = {}
    for idx, c in enumerate(cits):
        if checks[idx] is not None:
            continue
        res = resolved[idx]
        group_text = "\n".join(
            resolved[j].text for j, d in enumerate(cits) if d.group == c.group and j in resolved
        )
        check = _quotes(c, idx, cits, quotes, sentences, group_text, answer)
        if check is None:
            check = _claims(
                c, cits, resolved, sentences, quotes, answer, min_overlap, semantic, lemma_cache, units
            )
        wide = check is not None and check.status == "unsupported" and not check.explanation.startswith(
            _OWN_SLOTS) and _whole_article(
            c, idx, cits, resolved, sentences, quotes, answer, min_overlap, semantic, lemma_cache, units,
            corpus)
        if check is None or wide:
            check = CitationCheck(
                c,
                "valid",
                f"{c.address} exists, was retrieved and agrees with the answer"
                + ("; the claim draws on the rest of its article" if wide else ""),
                (Evidence(c.start, c.end, "citation"),),
                res.text[:2000],
            )
        checks[idx] = check
    return CitationReport(answer=answer, items=[ch for ch in checks if ch is not None])


#: A failure against the cited paragraph that the rest of its article does not excuse: the body
#: the paragraph names (on dev, paragraph-cited wrong actors were otherwise passed; content,
#: figures and modality read with the paragraphs around them).
_OWN_SLOTS = ("actor:",)


def _whole_article(c: Citation, idx: int, cits: Sequence[Citation], resolved: dict[int, _Resolved],
                   sentences: list[tuple[int, int]], quotes: list[_Quote], answer: str,
                   min_overlap: float | None, semantic: bool, cache: dict[str, frozenset[str]],
                   units: list[SourceUnit] | None, corpus: Any) -> bool:
    """Whether a claim its cited paragraph does not support holds against the whole article
    (「…第十条第二項によれば、…三十日以内に決定し、さらに三十日延長できる」: a paragraph that
    reads with the one before it)."""
    if c.paragraph is None:
        return False
    whole = replace(c, paragraph=None, paragraph_end=None, item=None, item_end=None)
    problem, res = _existence(whole, corpus)
    if problem is not None or res is None:
        return False
    saved = resolved[idx]
    resolved[idx] = res
    try:
        return _claims(c, cits, resolved, sentences, quotes, answer, min_overlap, semantic, cache,
                       units) is None
    finally:
        resolved[idx] = saved


# --- existence and coverage -------------------------------------------------------------


def _existence(c: Citation, corpus: Any) -> tuple[CitationCheck | None, _Resolved | None]:
    span = (Evidence(c.start, c.end, "citation"),)
    if c.problem is not None or c.law_id is None:
        why = c.problem or "the law could not be identified"
        return CitationCheck(c, "unresolved", f"{c.text}: {why}; not checked", span), None
    if corpus.law(c.law_id) is None:
        return CitationCheck(c, "unresolved", f"{c.law_title} ({c.law_id}) is not in the corpus", span), None
    if c.table is not None:
        return CitationCheck(
            c, "unresolved", f"{c.text}: appended tables (別表) are not in the corpus model", span
        ), None
    provs: list[Any] = []
    for t in expand_targets(c, corpus):
        prov = _lookup(corpus, t)
        label = _target_label(c, t)
        if prov is None:
            return CitationCheck(c, "nonexistent", f"{label} does not exist in {c.law_title}", span), None
        if _is_deleted(prov) and not c.is_range:
            return CitationCheck(
                c, "nonexistent", f"{label} has been deleted (削除) from {c.law_title}", span, prov.text
            ), None
        provs.append(prov)
    if c.is_range and provs and all(_is_deleted(p) for p in provs):
        return CitationCheck(
            c, "nonexistent", f"every article of {c.address} has been deleted (削除)", span
        ), None
    text = "\n".join(((p.caption or "") + p.text) for p in provs if not _is_deleted(p))
    missing = _missing_part(c, text, provs, corpus)
    if missing:
        return CitationCheck(c, "nonexistent", missing, span, text[:2000]), None
    plain = "\n".join(p.text for p in provs if not _is_deleted(p))
    return None, _Resolved(c, provs, text, plain)


def _target_label(c: Citation, t: Target) -> str:
    from govrag.cite.model import Citation as _C

    return _C(
        text="",
        start=0,
        end=0,
        law_title=c.law_title,
        law_id=c.law_id,
        article=t[2],
        paragraph=t[3],
        item=t[4],
        suppl=t[1],
        kind=c.kind,
        page=c.page,
    ).address


def _missing_part(c: Citation, text: str, provs: list[Any], corpus: Any) -> str | None:
    if c.part == "proviso" and "ただし" not in text:
        return f"{c.address}: the provision has no ただし書 (proviso)"
    if c.part == "second_sentence" and text.count("。") < 2:
        return f"{c.address}: the provision has no 後段 (second sentence)"
    if c.part == "each_item" and provs and c.item is None:
        law = corpus.law(c.law_id)
        p0 = provs[0]
        if law is not None and not any(
            q.item is not None
            and q.article == p0.article
            and q.suppl == p0.suppl
            and (c.paragraph is None or q.paragraph == c.paragraph)
            for q in law.provisions
        ):
            return f"{c.address}: the provision has no items (各号)"
    return None


def _coverage(c: Citation, units: list[SourceUnit]) -> CitationCheck | None:
    if c.law_id is None:  # unresolved citations are reported by _existence, never covered here
        return None
    for t in expand_targets(c, None) if not c.is_range else _range_targets(c):
        if not any(u.covers(t[0], t[1], t[2], t[3], t[4]) for u in units):
            shown = ", ".join(sorted({u.label or f"{u.article}" for u in units if u.law_id == c.law_id}))
            hint = f" (retrieved from this law: {shown})" if shown else ""
            return CitationCheck(
                c,
                "not_in_sources",
                f"{_target_label(c, t)} exists but was not among the retrieved sources{hint}",
                (Evidence(c.start, c.end, "citation"),),
            )
    return None


def _range_targets(c: Citation) -> list[Target]:
    # coverage of a range: both ends must have been retrieved (the middle is implied)
    if c.law_id is None or c.article is None:
        return []
    ends = [c.article, c.article_end or c.article]
    out: list[Target] = []
    for a in dict.fromkeys(ends):
        out.append((c.law_id, c.suppl, a, c.paragraph, c.item))
    if c.paragraph_end is not None and c.paragraph is not None:
        out.append((c.law_id, c.suppl, c.article, c.paragraph_end, c.item))
    return out


# --- quotes -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Quote:
    start: int
    end: int
    content: str


def _attributable_quotes(answer: str, cits: Sequence[Citation]) -> list[_Quote]:
    """「」 spans that are statute text claims (not the citation itself, not a bare law title)."""
    from govrag.cite.grammar import _matcher

    out: list[_Quote] = []
    names = _matcher(None, None)[1]
    for s, e in quote_spans(answer):
        content = answer[s + 1 : e - 1].strip()
        if not content:
            continue
        if any(c.start >= s and c.end <= e and (c.end - c.start) >= len(content) - 2 for c in cits):
            continue  # 「行政手続法第7条」: the quote is the citation
        if content in names or re.fullmatch(r"[^\s、。]{1,40}(?:法|法律|令|規則|条例)", content):
            continue  # a law title
        out.append(_Quote(s, e, content))
    return out


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s, e in sentences:
        if s <= pos < e:
            return s, e
    return pos, pos + 1


def _quotes(
    c: Citation,
    idx: int,
    cits: Sequence[Citation],
    quotes: list[_Quote],
    sentences: list[tuple[int, int]],
    group_text: str,
    answer: str,
) -> CitationCheck | None:
    from govrag.text.normalization import normalize_for_match

    s0, s1 = _sentence_of(sentences, c.start)
    in_sentence = [i for i, d in enumerate(cits) if s0 <= d.start < s1]
    hay = _qnorm(normalize_for_match(group_text))
    # a quote may leave out parentheticals such as （以下「申請者」という。）
    hay_short = re.sub(r"\([^()]*\)", "", hay)
    hay = re.sub(r"[()]", "", hay)
    for q in quotes:
        if s0 <= q.start < s1:
            owner = _owner(q, in_sentence, cits)
        else:
            owner = _introduced_by(q, sentences, cits, answer)
        if owner is None or cits[owner].group != c.group:
            continue
        frags = [f.strip(_EDGE_PUNCT) for f in _ELLIPSIS_RE.split(q.content)]
        frags = [f for f in frags if f]
        bad = [f for f in frags if not _quoted_in(_qnorm(normalize_for_match(f)), hay, hay_short)]
        if bad:
            return CitationCheck(
                c,
                "misquoted",
                f"the quote 「{_clip(q.content)}」 attributed to {c.address} is not in its text"
                f" (not found: 「{_clip(bad[0])}」)",
                (Evidence(c.start, c.end, "citation"), Evidence(q.start, q.end, "quote")),
                group_text[:2000],
            )
    return None


_INTRO_RE = re.compile(r"(?:次の|以下の)(?:とおり|ように)|[:：]\s*$")
_QNORM = str.maketrans({"『": "「", "』": "」", "、": None, "，": None, ",": None, "・": None, "。": None})


def _qnorm(s: str) -> str:
    """Quote matching ignores punctuation (、。・) and nesting style (『』 = 「」)."""
    return s.translate(_QNORM)


def _introduced_by(
    q: _Quote, sentences: list[tuple[int, int]], cits: Sequence[Citation], answer: str
) -> int | None:
    """A quote in a sentence without citations belongs to the last citation of the previous
    sentence when that sentence announces it (…次のように定めています。「…」)."""
    q0, _ = _sentence_of(sentences, q.start)
    if any(q0 <= d.start < q.start for d in cits):
        return None
    prev = [(a, b) for a, b in sentences if b <= q0]
    if not prev:
        return None
    a, b = prev[-1]
    inside = [i for i, d in enumerate(cits) if a <= d.start < b]
    if inside and _INTRO_RE.search(answer[a:b].rstrip("。 ")):
        return inside[-1]
    return None


def _quoted_in(frag: str, hay: str, hay_short: str) -> bool:
    frag = frag.strip(_EDGE_PUNCT)
    return re.sub(r"[()]", "", frag) in hay or re.sub(r"\([^()]*\)", "", frag) in hay_short


def _owner(q: _Quote, in_sentence: list[int], cits: Sequence[Citation]) -> int | None:
    before = [i for i in in_sentence if cits[i].end <= q.start]
    if before:
        return before[-1]
    after = [i for i in in_sentence if cits[i].start >= q.end]
    return after[0] if after else None


def _clip(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


# --- claims (numbers, modality, content) ----------------------------------------------------


def _claims(
    c: Citation,
    cits: Sequence[Citation],
    resolved: dict[int, _Resolved],
    sentences: list[tuple[int, int]],
    quotes: list[_Quote],
    answer: str,
    min_overlap: float | None,
    semantic: bool,
    cache: dict[str, frozenset[str]],
    units: list[SourceUnit] | None = None,
) -> CitationCheck | None:
    s0, s1 = _sentence_of(sentences, c.start)
    lo, hi, groups = _clause(c, cits, s0, s1, answer)
    claim = _blanked(answer, lo, hi, cits)  # a verified quote stays: it is part of what is claimed
    # the provisions the clause speaks about, each on its own (as the groundedness guard sees
    # its sources); the chain's own text joined for display
    texts = [resolved[j].prov_text for j, d in enumerate(cits) if d.group in groups and j in resolved]
    prov_text = "\n".join(
        resolved[j].text for j, d in enumerate(cits) if d.group == c.group and j in resolved
    )
    span = Evidence(c.start, c.end, "citation")
    # a figure stated for another citation of the same sentence is not held against this one
    sentence_text = "\n".join(
        resolved[j].text for j, d in enumerate(cits) if s0 <= d.start < s1 and j in resolved
    )
    multi = len({d.group for d in cits if s0 <= d.start < s1}) > len(groups)
    slots: tuple[Slot, ...] = SLOTS if semantic else ("number", "modality")
    if len(lemma_set(claim, cache)) < MIN_CLAIM_LEMMAS:
        slots = tuple(s for s in slots if s != "content")
    titles = tuple(dict.fromkeys(d.law_title for d in cits if d.group in groups and d.law_title))
    heads = [p.caption for j, d in enumerate(cits) if d.group in groups and j in resolved
             for p in resolved[j].provs if getattr(p, "caption", None)]
    result = check_claim(claim, texts, min_support=DEFAULT_MIN_SUPPORT, min_lemma_overlap=min_overlap,
                         number_context=[sentence_text] if multi else (), slots=slots, titles=titles,
                         headings=heads)
    if result.status == "unsupported" and result.slot is not None:
        return _unsupported(c, result, claim, lo, hi, answer, prov_text, span)
    if not semantic or result.status == "not_a_claim":
        return None
    score, n = content_overlap(claim, "\n".join(texts), cache=cache)
    if n >= RELATIVE_MIN_LEMMAS and score < RELATIVE_MAX_SCORE and units:
        better = _better_source(c, cits, claim, score, units, cache)
        if better is not None:
            label, other = better
            return CitationCheck(
                c,
                "unsupported",
                f"the citing sentence matches another retrieved provision, {label} ({other:.0%} of its "
                f"content words), far better than {c.address} ({score:.0%})",
                (span, Evidence(lo, hi, "claim")),
                prov_text[:2000],
                score,
            )
    return None


def _blanked(answer: str, lo: int, hi: int, cits: Sequence[Citation]) -> str:
    """``answer[lo:hi]`` with citations blanked (offsets kept)."""
    blank = list(answer[lo:hi])
    for a, b in [(d.start, d.end) for d in cits]:
        for k in range(max(a, lo), min(b, hi)):
            blank[k - lo] = "\u3000"
    return "".join(blank)


def _unsupported(c: Citation, r: ClaimCheck, claim: str, lo: int, hi: int, answer: str, prov_text: str,
                 span: Evidence) -> CitationCheck:
    """The ``unsupported`` check for a failed slot of the claim-support core."""
    a, b = r.claim_span or (0, len(claim))
    if r.slot == "number":
        shown = "、".join(sorted({_fmt(h) for h in quantities(prov_text)})) or "none"
        return CitationCheck(c, "unsupported",
                             f"「{answer[lo + a:lo + b]}」 is not what {c.address} says "
                             f"(its figures: {shown})",
                             (span, Evidence(lo + a, lo + b, "number")), prov_text[:2000])
    if r.slot == "content":
        share = r.lemma_overlap
        return CitationCheck(c, "unsupported",
                             f"the citing sentence shares only {share:.0%} of its content words "
                             f"with {c.address}",
                             (span, Evidence(lo, hi, "claim")), prov_text[:2000], share)
    role: EvidenceRole = "modality" if r.slot == "modality" else "actor" if r.slot == "actor" else "scope"
    return CitationCheck(c, "unsupported", f"{r.slot}: {r.reason} ({c.address})",
                         (span, Evidence(lo + a, lo + b, role)), prov_text[:2000])


def _better_source(
    c: Citation,
    cits: Sequence[Citation],
    claim: str,
    score: float,
    units: list[SourceUnit],
    cache: dict[str, frozenset[str]],
) -> tuple[str, float] | None:
    """A retrieved source (not cited in this chain) that supports the claim much better."""
    mine = [t for d in cits if d.group == c.group for t in expand_targets(d, None)]
    best: tuple[str, float] | None = None
    for u in units:
        if not u.text or any(u.covers(*t) for t in mine):
            continue
        other, _ = content_overlap(claim, u.text, cache=cache)
        if other >= RELATIVE_MIN and other - score >= RELATIVE_MARGIN and (best is None or other > best[1]):
            best = (u.label or f"{u.law_id} {u.article}", other)
    return best


def _fmt(q: Quantity) -> str:
    bound = {"le": "以内/以下", "ge": "以上", "lt": "未満", "gt": "超"}.get(q.bound or "", "")
    return f"{q.value}{q.unit}{bound}"


def _clause(c: Citation, cits: Sequence[Citation], s0: int, s1: int,
            answer: str) -> tuple[int, int, frozenset[int]]:
    """The part of the sentence that speaks about ``c``'s chain, and the chains it speaks about.

    A chain cited in front (「A法第3条によれば、…」) owns the text after it up to the next chain;
    a chain given after its claim, in brackets (「…でき（A法第3条）、…ます（同法第5条）。」),
    owns the text before it back to the previous chain (see ``_parts``). A chain whose own part
    holds no claim (「A法第3条及びB法第5条によれば、…」, 「…（A法第3条、B法第5条）。」) shares
    the claim of the next chain that has one (of the previous one at the end of the sentence):
    those chains are taken together and the claim is checked against all their provisions.
    """
    inside = [d for d in cits if s0 <= d.start < s1]
    order = list(dict.fromkeys(d.group for d in sorted(inside, key=lambda d: d.start)))
    if c.group not in order:
        return s0, s1, frozenset({c.group})
    parts = _parts(order, inside, s0, s1, answer)

    def bounds(groups: set[int]) -> tuple[int, int]:
        return min(parts[g][0] for g in groups), max(parts[g][1] for g in groups)

    if len(order) < 2:
        return (*bounds({c.group}), frozenset({c.group}))
    has_claim = {g: is_claim(_blanked(answer, *bounds({g}), cits)) for g in order}

    def anchor(i: int) -> int:
        later = [j for j in range(i, len(order)) if has_claim[order[j]]]
        earlier = [j for j in range(i, -1, -1) if has_claim[order[j]]]
        return later[0] if later else earlier[0] if earlier else i

    mine = anchor(order.index(c.group))
    groups = {g for i, g in enumerate(order) if anchor(i) == mine}
    return (*bounds(groups), frozenset(groups))


def _parts(order: list[int], inside: Sequence[Citation], s0: int, s1: int,
           answer: str) -> dict[int, tuple[int, int]]:
    """Each chain's part of the sentence ``answer[s0:s1]``. The text between two chains belongs
    to the earlier one alone when that one frames what follows (「A法第3条によれば、」「…により」)
    and the later one is not in brackets; to the later one alone when the earlier is in brackets;
    else to both (「Xは A法第3条に、Yは 同法第10条に規定され…」). The text before the first chain
    is the first chain's, the text after the last the last's."""
    span = {g: (min(d.start for d in inside if d.group == g), max(d.end for d in inside if d.group == g))
            for g in order}
    trailing = {g: _bracket_depth(answer, s0, span[g][0]) > 0 for g in order}
    lo = {g: span[g][0] for g in order}
    hi = {g: span[g][1] for g in order}
    lo[order[0]], hi[order[-1]] = s0, s1
    framed = {g: _FRAME.match(answer, span[g][1]) is not None for g in order}
    for prev, nxt in itertools.pairwise(order):
        if not trailing[prev]:
            hi[prev] = span[nxt][0]
        if trailing[prev] or trailing[nxt] or not framed[prev]:
            lo[nxt] = span[prev][1]
    return {g: (lo[g], hi[g]) for g in order}


#: What follows a citation that frames the clause after it.
_FRAME = re.compile(r"\s*(?:によれば|によると|により|に基づ|に従|では|は、|で、|の規定により|の定めにより)")


def _bracket_depth(answer: str, lo: int, pos: int) -> int:
    """How many brackets opened in ``answer[lo:pos]`` are still open at ``pos``."""
    depth = 0
    for ch in answer[lo:pos]:
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
    return depth


def _sentences(answer: str) -> list[tuple[int, int]]:
    """Sentence spans; a bracket that opens a sentence (「…ます。（A法第3条）次の文…」) is the
    end of the previous sentence — a citation given after the full stop belongs to the claim
    before it, not to the next sentence (nor to none, when it ends the answer)."""
    from govrag.text.sentences import split_sentences

    out: list[tuple[int, int]] = []
    for s in split_sentences(answer):
        a, b = s.start, s.end
        while a < b and answer[a].isspace():
            a += 1
        close = _bracket_end(answer, a, b) if out else None
        if close is None:
            out.append((s.start, s.end))
            continue
        cut = close + 1 if answer[close:close + 1] in "。．" else close
        out[-1] = (out[-1][0], cut)
        if answer[cut:b].strip():
            out.append((cut, b))
    return out


def _bracket_end(answer: str, a: int, b: int) -> int | None:
    """The offset just after the bracket group that opens ``answer[a:b]``, or None."""
    if answer[a:a + 1] not in ("（", "("):
        return None
    depth = 0
    for k in range(a, b):
        ch = answer[k]
        depth += ch in "（("
        depth -= ch in "）)"
        if depth == 0:
            return k + 1
    return None


_STATUS_ORDER: dict[Status, int] = {
    "unresolved": 0,
    "nonexistent": 1,
    "not_in_sources": 2,
    "misquoted": 3,
    "unsupported": 4,
    "valid": 5,
}
