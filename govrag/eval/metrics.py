"""Ranking metrics for article-level retrieval: Recall@k, MRR@k and gold coverage.

Definitions (one question, ``ranked`` = the retrieved ``(law_id, article)`` keys in result
order, duplicates allowed because several paragraphs of one article may be returned):

* ``rank`` — the 1-based position in ``ranked`` of the first key that is in the gold set
  (``None`` when no gold article was retrieved);
* ``Recall@k`` — 1 when ``rank <= k`` else 0 (a gold set lists acceptable answers, so any one
  counts; for single-gold questions this is ordinary recall), averaged over questions;
* ``MRR@k`` — ``1 / rank`` when ``rank <= k`` else 0, averaged;
* ``Coverage@k`` — the share of *all* gold articles that appear within the first k, averaged
  (differs from Recall@k only for questions with several gold articles).

>>> ranked = [("L", "3"), ("L", "7"), ("L", "7"), ("L", "9")]
>>> first_relevant_rank(ranked, {("L", "7"), ("L", "9")})
2
>>> m = aggregate([2, None, 1], ks=(1, 5))
>>> m.recall[1], m.recall[5], round(m.mrr[5], 4)
(0.3333333333333333, 0.6666666666666666, 0.5)
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from govrag.errors import ConfigError

__all__ = [
    "ArticleKey",
    "Metrics",
    "aggregate",
    "coverage_at",
    "first_relevant_rank",
    "validate_ks",
]

#: ``(law_id, article)``.
ArticleKey = tuple[str, str]


def validate_ks(ks: Iterable[int]) -> tuple[int, ...]:
    """Sorted, de-duplicated cut-offs; each must be a positive int.

    >>> validate_ks([10, 1, 5, 5])
    (1, 5, 10)
    """
    out = tuple(sorted(set(ks)))
    if not out:
        raise ConfigError("ks must name at least one cut-off, e.g. ks=(1, 5, 10)")
    for k in out:
        if not isinstance(k, int) or isinstance(k, bool) or k < 1:
            raise ConfigError(f"every k must be a positive int, not {k!r}")
    return out


def first_relevant_rank(ranked: Sequence[ArticleKey], gold: Collection[ArticleKey]) -> int | None:
    """1-based position of the first retrieved key that is a gold key, or None."""
    for pos, key in enumerate(ranked, start=1):
        if key in gold:
            return pos
    return None


def coverage_at(ranked: Sequence[ArticleKey], gold: Collection[ArticleKey], k: int) -> float:
    """Share of the gold keys found among the first ``k`` retrieved keys.

    >>> coverage_at([("L", "1"), ("L", "2")], {("L", "2"), ("L", "5")}, 2)
    0.5
    """
    if not gold:
        raise ConfigError("a question needs at least one gold article")
    found = set(ranked[:k]) & set(gold)
    return len(found) / len(set(gold))


@dataclass(frozen=True, slots=True)
class Metrics:
    """Averages over ``n`` questions, keyed by cut-off k."""

    n: int
    recall: Mapping[int, float]
    mrr: Mapping[int, float]
    coverage: Mapping[int, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """Plain JSON-ready dict with ``recall@k`` / ``mrr@k`` / ``coverage@k`` keys."""
        out: dict[str, object] = {"n": self.n}
        for name, table in (("recall", self.recall), ("mrr", self.mrr), ("coverage", self.coverage)):
            for k, v in sorted(table.items()):
                out[f"{name}@{k}"] = v
        return out


def aggregate(
    ranks: Sequence[int | None],
    *,
    ks: Iterable[int] = (1, 5, 10),
    coverages: Sequence[Mapping[int, float]] | None = None,
) -> Metrics:
    """Average Recall@k and MRR@k over per-question first-relevant ranks.

    ``coverages`` (optional, one ``{k: coverage}`` per question) is averaged the same way.
    An empty ``ranks`` gives ``n=0`` and zeros (a subset with no questions).
    """
    cut = validate_ks(ks)
    n = len(ranks)
    if coverages is not None and len(coverages) != n:
        raise ConfigError(f"{len(coverages)} coverage rows for {n} questions")
    recall: dict[int, float] = {}
    mrr: dict[int, float] = {}
    cov: dict[int, float] = {}
    for k in cut:
        hits = [r for r in ranks if r is not None and r <= k]
        recall[k] = len(hits) / n if n else 0.0
        mrr[k] = sum(1.0 / r for r in hits) / n if n else 0.0
        if coverages is not None:
            cov[k] = sum(c[k] for c in coverages) / n if n else 0.0
    return Metrics(n=n, recall=recall, mrr=mrr, coverage=cov)
