"""Weighted reciprocal-rank fusion at article level, with per-signal explanations.

Each signal's unit ranking is first collapsed to an article ranking (the best unit of an article
stands for it), then ``score = Σ w_s / (k + rank_s)``. Weights and ``k`` were chosen by measurement
(see docs/benchmarks/retrieval.md).

>>> a = [("u1", "A", 3.0), ("u2", "B", 2.0)]
>>> d = [("u3", "B", 0.9), ("u1", "A", 0.8)]
>>> [(f.article_key, round(f.score, 4)) for f in fuse({"bm25": a, "dense": d},
...                                                     weights={"bm25": 1.0, "dense": 1.0}, k=60)]
[('A', 0.0325), ('B', 0.0325)]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["FusedItem", "FusionConfig", "fuse"]

FusionMethod = Literal["rrf"]


@dataclass(frozen=True, slots=True)
class FusionConfig:
    """How signals are combined.

    ``candidates`` results are fetched per signal; ``law_mention_weight`` adds an RRF-style bonus
    ``w / (k + 1)`` to articles of laws the query names; ``expansion_weight`` is the BM25 weight
    of thesaurus expansion terms (0: no expansion); ``dense_expansion`` appends the same
    statutory terms to the text embedded for the dense query (``question（term、term）``).
    """

    method: FusionMethod = "rrf"
    k: int = 30
    sparse_weight: float = 2.0
    dense_weight: float = 1.0
    candidates: int = 100
    law_mention_weight: float = 0.0
    expansion_weight: float = 0.7
    dense_expansion: bool = True


@dataclass(slots=True)
class FusedItem:
    """An article in the fused ranking: its representative unit and per-signal ranks/scores."""

    article_key: str
    unit_id: str
    score: float = 0.0
    ranks: dict[str, int] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)
    best_rank: int = 1 << 30


def fuse(
    rankings: Mapping[str, Sequence[tuple[str, str, float]]],
    *,
    weights: Mapping[str, float],
    k: int,
) -> list[FusedItem]:
    """``rankings``: signal -> [(unit_id, article_key, score)] best first. Ties keep first-seen order."""
    items: dict[str, FusedItem] = {}
    order: list[str] = []
    for signal, ranking in rankings.items():
        w = weights.get(signal, 0.0)
        seen: set[str] = set()
        rank = 0
        for unit, art, score in ranking:
            if art in seen:
                continue
            seen.add(art)
            rank += 1
            item = items.get(art)
            if item is None:
                item = items[art] = FusedItem(article_key=art, unit_id=unit)
                order.append(art)
            item.ranks[signal] = rank
            item.scores[signal] = score
            item.score += w / (k + rank)
            if rank < item.best_rank:
                item.best_rank = rank
                item.unit_id = unit
    position = {a: i for i, a in enumerate(order)}
    return sorted(items.values(), key=lambda it: (-it.score, position[it.article_key]))
