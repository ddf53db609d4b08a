"""Candidates the reranker scores besides the search's: provisions found by statute structure.

The search returns articles by term statistics and embeddings; some answers it misses are found by
the statutes' own structure — the provision that defines a 「〜とは」 term, the articles of a named
law whose caption holds the question's words, the 罰則 provision that punishes a breach of the
retrieved rule. :func:`retrieve_candidates` is the search plus these; the rerank stage adds them
the same way (:func:`structural_candidates`).

>>> from govrag.retrieval.rerank import analyze_query
>>> q = analyze_query("行政手続法の審査基準とは何か", law_names={"行政手続法": ("405AC0000000088",)})
>>> q.named_laws, q.defined_term
(('405AC0000000088',), '審査基準')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from govrag.retrieval.rerank import (
    _KN,
    QueryAnalysis,
    _names_for,
    _term_pattern,
    analyze_query,
)
from govrag.retrieval.rerank_definitions import definition_candidates
from govrag.retrieval.rerank_structure import _is_penal

__all__ = ["as_hit", "caption_candidates", "retrieve_candidates", "structural_candidates"]


def as_hit(p: Any, score: float) -> Any:
    """A corpus provision as a search :class:`~govrag.retrieval.state.Hit` scoring ``score``."""
    from govrag.retrieval.state import Hit

    return Hit(law_id=p.law_id, law_title=p.law_title, article=p.article, paragraph=None,
               text=p.text, score=score, citation=p.citation, caption=p.caption,
               revision_id=getattr(p, "revision_id", None), chapter_path=tuple(p.chapter_path),
               suppl=bool(p.suppl))


def _articles(corpus: Any, law_id: str) -> list[Any]:
    law = corpus.law(law_id)
    if law is None:
        return []
    return [p for p in law.provisions
            if p.paragraph is None and p.item is None and p.article and not p.suppl
            and not getattr(p, "deleted", False) and p.text.strip()]


def caption_candidates(corpus: Any, q: QueryAnalysis, law_ids: Sequence[str], *,
                       limit: int = 2) -> list[Any]:
    """Articles of ``law_ids`` whose caption （開示請求権） holds the question's own content
    lemmas, most (and longest) matched first; at most ``limit`` per law."""
    patterns = {t: p for t, w in q.terms.items() if w >= 1.0 and (p := _term_pattern(t)) is not None}
    if not patterns:
        return []
    out: list[Any] = []
    for law_id in law_ids:
        law = corpus.law(law_id)
        if law is None:
            continue
        scored: list[tuple[float, Any]] = []
        for p in law.provisions:
            cap = p.caption
            if (not cap or p.paragraph is not None or p.item is not None or p.suppl
                    or not p.article or not p.text.strip()):
                continue
            cap = unicodedata.normalize("NFKC", cap)
            hit = [t for t, pat in patterns.items() if pat.search(cap)]
            if hit:
                scored.append((sum(len(t) for t in hit), p))
        scored.sort(key=lambda sp: -sp[0])
        out.extend(p for _, p in scored[:limit])
    return out


def structural_candidates(corpus: Any, q: QueryAnalysis, hits: Sequence[Any], *,
                          limit: int = 3) -> list[Any]:
    """Provisions found by statute structure rather than by search: the provisions that define
    the 「〜とは」 term (in the named law, else the top retrieved laws, else anywhere), the articles
    of a named law whose caption holds the question's words, and for a penalty question the
    罰則 provisions that punish a breach of the best retrieved rule (「第百条…に違反して」)."""
    from govrag.text.numerals import article_label

    named = list(dict.fromkeys((*q.named_laws, *q.subject_laws)))
    laws = named or list(dict.fromkeys(h.law_id for h in hits[:3]))
    out: list[Any] = []
    if q.defined_term:
        out.extend(definition_candidates(corpus, q.defined_term, prefer=laws,
                                         only_preferred=bool(named), limit=limit))
    if q.named_laws:
        out.extend(caption_candidates(corpus, q, q.named_laws[:2]))
    if q.asks_penalty:
        rules = [h for h in hits[:5] if h.law_id in laws and not _is_penal(h)]
        for rule in rules[:2]:
            try:
                label = article_label(rule.article)
            except ValueError:
                continue
            ref = re.compile(re.escape(label) + rf"(?!の{_KN})")
            found = [p for p in _articles(corpus, rule.law_id) if _is_penal(p) and ref.search(p.text)]
            out.extend(found[:limit])
    return out


def retrieve_candidates(
    index: Any, query: str, *, k: int = 20, laws: Sequence[str] | None = None,
    corpus: Any | None = None,
) -> list[Any]:
    """``index.search(query, k=k)`` plus the :func:`structural_candidates` (when ``corpus`` is
    given) — provisions the reranker can prefer although the search did not return them. The
    added hits come after the searched ones (their retrieval prior is lowest)."""
    hits = list(index.search(query, k=k, laws=laws))
    if corpus is None or not hits:
        return hits
    names = {str(n): tuple(i) for n, i in (getattr(index, "_names", None) or {}).items()}
    q = analyze_query(query, law_names=_names_for(hits, names))
    allowed = set(index.resolve_laws(laws)) if laws else None
    seen = {(h.law_id, getattr(h, "suppl", False), h.article) for h in hits}
    floor = min(h.score for h in hits)
    for p in structural_candidates(corpus, q, hits):
        key = (p.law_id, False, p.article)
        if key not in seen and (allowed is None or p.law_id in allowed):
            seen.add(key)
            hits.append(as_hit(p, floor))
    return hits
