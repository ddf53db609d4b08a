"""The ``rerank`` pipeline stage (moves to govrag/pipeline/stages.py after the layout change)."""

from __future__ import annotations

import re
from typing import Any

from govrag.errors import ConfigError
from govrag.retrieval.rerank import DenseMode, Reranker, RerankWeights, analyze_query, select

__all__ = ["RerankStage"]

_PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")


class RerankStage:
    """Rerank the retrieved provisions against the question and keep the best (see
    :mod:`govrag.retrieval.rerank`); the scores with their per-signal breakdown go to
    ``record.rerank`` (and the audit row), the kept hits to ``record.hits`` in rerank order.

    ``keep`` hits at most; hits scoring below ``min_ratio`` of the best are dropped. With a
    ``corpus`` the stage also adds provisions found by statute structure (the definition of a
    「〜とは」 term, the 罰則 of a rule) and knows every law name of the corpus.
    """

    id = "rerank"
    reads = frozenset({"outbound_query", "hits"})
    writes = frozenset({"hits", "rerank"})
    sends_data = False

    def __init__(self, *, keep: int = 5, min_ratio: float = 0.5, corpus: Any | None = None,
                 dense: DenseMode = "hit", weights: RerankWeights | None = None) -> None:
        if keep < 1 or not 0.0 <= min_ratio <= 1.0:
            raise ConfigError("rerank: keep must be >= 1 and min_ratio in [0, 1]")
        self.keep = keep
        self.min_ratio = min_ratio
        self.corpus = corpus
        self.dense: DenseMode = dense
        names: dict[str, list[str]] = {}
        if corpus is not None:
            for name, law_id in corpus.law_names().items():
                names.setdefault(name, []).append(law_id)
            for name, ids in getattr(corpus, "ambiguous_names", {}).items():
                names.setdefault(name, []).extend(i for i in ids if i not in names.get(name, []))
        self._names = {k: tuple(v) for k, v in names.items()}
        self.reranker = Reranker(weights=weights, law_names=self._names,
                                 dense="hit" if dense == "sentence" else dense)

    def options(self) -> dict[str, Any]:
        return {"keep": self.keep, "min_ratio": self.min_ratio, "dense": self.dense}

    def __repr__(self) -> str:
        return f"RerankStage({', '.join(f'{k}={v!r}' for k, v in self.options().items())})"

    def _whole(self, hit: Any) -> Any:
        """A hit on part of a split article, as the whole article (its rule is in paragraph 1)."""
        if self.corpus is None or not getattr(hit, "paragraphs", ()) or getattr(hit, "suppl", False):
            return hit
        art = self.corpus.provision(hit.law_id, hit.article)
        if art is None or not art.text.strip():
            return hit
        from dataclasses import replace

        return replace(hit, text=art.text, paragraphs=())

    def rank(self, query: str, hits: list[Any]) -> list[Any]:
        """Reranked hits (structural candidates added), the kept ones first."""
        from govrag.retrieval.rerank import _as_hit, _names_for, structural_candidates

        hits = [self._whole(h) for h in hits]
        if self.corpus is not None and hits:
            q = analyze_query(query, law_names=_names_for(hits, self._names))
            seen = {(h.law_id, getattr(h, "suppl", False), h.article) for h in hits}
            floor = min(h.score for h in hits)
            for p in structural_candidates(self.corpus, q, hits):
                if (p.law_id, False, p.article) not in seen:
                    seen.add((p.law_id, False, p.article))
                    hits.append(_as_hit(p, floor))
        return select(self.reranker.rerank(query, hits), keep=self.keep, min_ratio=self.min_ratio)

    def run(self, record: Any) -> Any:
        assert record.outbound_query is not None
        query = _PLACEHOLDER.sub(" ", record.outbound_query)
        ranked = self.rank(query, list(record.hits or ()))
        kept = tuple(r.hit for r in ranked if r.kept)
        return record.evolve(hits=kept, rerank=tuple(ranked))
