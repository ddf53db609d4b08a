"""Run a search function over evaluation questions and report Recall@k / MRR@k.

``search`` is anything callable as ``search(query, k=k)`` returning hits in rank order, each with
``.law_id`` and ``.article`` (``govrag.retrieval.StatuteIndex.search`` fits; so does a plain
function). A hit on any paragraph of a gold article counts as that article.

>>> class H:
...     def __init__(self, law_id, article): self.law_id, self.article = law_id, article
>>> from govrag.eval.questions import Gold, Question
>>> gold = (Gold("405AC0000000088", "行政手続法", "7"),)
>>> qs = [Question("q1", "申請書に不備があったら？", "paraphrase", gold)]
>>> report = evaluate(lambda query, k: [H("405AC0000000088", "8"), H("405AC0000000088", "7")], qs, ks=(1, 5))
>>> report.overall.recall[1], report.overall.recall[5], report.overall.mrr[5]
(0.0, 1.0, 0.5)
>>> print(report.to_markdown().splitlines()[2])
| all | 1 | 0.000 | 1.000 | 0.500 |
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from govrag.errors import ConfigError, GovragError, InputError, StageError
from govrag.eval.metrics import ArticleKey, Metrics, aggregate, coverage_at, first_relevant_rank, validate_ks
from govrag.eval.questions import KINDS, Question

__all__ = [
    "HitLike",
    "QuestionResult",
    "RetrievalReport",
    "SearchFn",
    "comparison_table",
    "evaluate",
]


class HitLike(Protocol):
    """The two attributes the harness reads from a search result."""

    @property
    def law_id(self) -> str: ...

    @property
    def article(self) -> str: ...


class SearchFn(Protocol):
    """``search(query, k=k)`` -> hits in rank order."""

    def __call__(self, query: str, *, k: int) -> Sequence[HitLike]: ...


@dataclass(frozen=True, slots=True)
class QuestionResult:
    """Outcome for one question: rank of the first gold hit (None: missed) and what came back."""

    id: str
    kind: str
    rank: int | None
    retrieved: tuple[ArticleKey, ...]
    gold: tuple[ArticleKey, ...]
    latency_ms: float


@dataclass(frozen=True, slots=True)
class RetrievalReport:
    """Metrics overall and per question kind, with per-question results and query latency."""

    name: str
    ks: tuple[int, ...]
    overall: Metrics
    by_kind: Mapping[str, Metrics]
    results: tuple[QuestionResult, ...]
    latency_p50_ms: float
    latency_p95_ms: float

    @property
    def mrr_k(self) -> int:
        """The cut-off MRR is headlined at (the largest k)."""
        return self.ks[-1]

    def misses(self, k: int | None = None) -> list[QuestionResult]:
        """Questions whose first gold hit is not within ``k`` (default: the largest k)."""
        cut = self.ks[-1] if k is None else k
        return [r for r in self.results if r.rank is None or r.rank > cut]

    def to_markdown(self) -> str:
        """A Markdown table: one row for all questions, then one per kind present."""
        head = ["subset", "n", *[f"R@{k}" for k in self.ks], f"MRR@{self.mrr_k}"]
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        rows: list[tuple[str, Metrics]] = [("all", self.overall)]
        rows += [(kind, m) for kind, m in self.by_kind.items() if m.n]
        for label, m in rows:
            cells = [label, str(m.n), *[f"{m.recall[k]:.3f}" for k in self.ks], f"{m.mrr[self.mrr_k]:.3f}"]
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines)

    def to_dict(self, *, per_question: bool = True) -> dict[str, Any]:
        """JSON-ready dict (``per_question=False`` leaves out the per-question rows)."""
        out: dict[str, Any] = {
            "name": self.name,
            "ks": list(self.ks),
            "overall": self.overall.to_dict(),
            "by_kind": {kind: m.to_dict() for kind, m in self.by_kind.items()},
            "latency_ms": {"p50": self.latency_p50_ms, "p95": self.latency_p95_ms},
        }
        if per_question:
            out["results"] = [
                {
                    "id": r.id,
                    "kind": r.kind,
                    "rank": r.rank,
                    "gold": [list(g) for g in r.gold],
                    "retrieved": [list(x) for x in r.retrieved],
                    "latency_ms": r.latency_ms,
                }
                for r in self.results
            ]
        return out

    def to_json(self, *, per_question: bool = True) -> str:
        """:meth:`to_dict` as one line of UTF-8 JSON."""
        return json.dumps(self.to_dict(per_question=per_question), ensure_ascii=False)


def _key_of(hit: Any, qid: str, pos: int) -> ArticleKey:
    try:
        law_id, article = hit.law_id, hit.article
    except AttributeError:
        raise ConfigError(
            f"search result {pos} for question {qid} is a {type(hit).__name__} without "
            ".law_id/.article (expected a Hit-like object)"
        ) from None
    if not isinstance(law_id, str) or not isinstance(article, str):
        raise ConfigError(f"search result {pos} for question {qid}: law_id and article must be str")
    return (law_id, article)


def _percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return float(values[0])
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return float(cuts[int(q) - 1])


def evaluate(
    search: SearchFn | Callable[..., Sequence[Any]],
    questions: Iterable[Question],
    *,
    ks: Iterable[int] = (1, 5, 10),
    name: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> RetrievalReport:
    """Ask ``search`` every question with ``k = max(ks)`` and score the ranked articles.

    A failing search raises :class:`~govrag.errors.StageError` naming the question (fail closed:
    a partly evaluated set is never reported). ``progress(done, total)`` is called after each
    question when given.
    """
    cut = validate_ks(ks)
    qs = list(questions)
    if not qs:
        raise InputError("no questions to evaluate (empty set after filtering?)")
    kmax = cut[-1]
    results: list[QuestionResult] = []
    coverages: list[dict[int, float]] = []
    for i, q in enumerate(qs, start=1):
        t0 = time.perf_counter()
        try:
            hits = search(q.question, k=kmax)
        except GovragError as exc:
            raise StageError(f"search failed on question {q.id}: {exc}", stage="eval") from exc
        except Exception as exc:
            raise StageError(
                f"search failed on question {q.id}: {type(exc).__name__}: {exc}", stage="eval"
            ) from exc
        elapsed = (time.perf_counter() - t0) * 1000.0
        ranked = tuple(_key_of(h, q.id, pos) for pos, h in enumerate(list(hits)[:kmax], start=1))
        gold = q.gold_keys
        results.append(
            QuestionResult(
                id=q.id,
                kind=q.kind,
                rank=first_relevant_rank(ranked, gold),
                retrieved=ranked,
                gold=tuple(g.key for g in q.gold),
                latency_ms=elapsed,
            )
        )
        coverages.append({k: coverage_at(ranked, gold, k) for k in cut})
        if progress is not None:
            progress(i, len(qs))
    overall = aggregate([r.rank for r in results], ks=cut, coverages=coverages)
    by_kind: dict[str, Metrics] = {}
    for kind in KINDS:
        idx = [j for j, r in enumerate(results) if r.kind == kind]
        by_kind[kind] = aggregate(
            [results[j].rank for j in idx], ks=cut, coverages=[coverages[j] for j in idx]
        )
    lat = sorted(r.latency_ms for r in results)
    return RetrievalReport(
        name=name,
        ks=cut,
        overall=overall,
        by_kind=by_kind,
        results=tuple(results),
        latency_p50_ms=_percentile(lat, 50),
        latency_p95_ms=_percentile(lat, 95),
    )


def comparison_table(reports: Sequence[RetrievalReport], *, kind: str | None = None) -> str:
    """One Markdown row per report (system), for ``docs/benchmarks``-style comparisons.

    ``kind`` restricts the numbers to one question kind. All reports must share their ks.
    """
    if not reports:
        raise ConfigError("comparison_table needs at least one report")
    ks = reports[0].ks
    if any(r.ks != ks for r in reports):
        raise ConfigError("reports were computed with different ks; re-run with the same ks")
    if kind is not None and kind not in KINDS:
        raise ConfigError(f"unknown kind {kind!r}; valid: {list(KINDS)}")
    head = ["system", "n", *[f"Recall@{k}" for k in ks], f"MRR@{ks[-1]}", "p50 ms", "p95 ms"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in reports:
        m = r.overall if kind is None else r.by_kind[kind]
        cells = [r.name or "(unnamed)", str(m.n), *[f"{m.recall[k]:.3f}" for k in ks],
                 f"{m.mrr[ks[-1]]:.3f}", f"{r.latency_p50_ms:.1f}", f"{r.latency_p95_ms:.1f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
