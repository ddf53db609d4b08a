"""Retrieval over the office's documents: Recall@k / MRR@k against gold sections, and the 機密性
ceiling checked on every question (a hit above ``max_level`` is a leak; it must never happen).

Question files are JSON lines (``corpora/eval/documents_dev.jsonl``; a blind
``documents_test.jsonl`` has the same schema)::

    {"id": "docdev-001", "question": "…", "max_level": null | 1 | 2 | 3,
     "relevant": [{"file": "yoryo_shomeisho.pdf", "section": "3(2)ア"}]}

``file`` is the document's file name, ``section`` its section path as govrag renders it
(「第2の(1)」, 「3(2)ア」, 「問3」). A hit counts when it comes from that file and its section is
the gold section or lies under it. ``relevant: []`` marks a question whose only answer is above
its ``max_level``: it is scored for leaks only.

>>> class H:
...     def __init__(self, src, art, lv): self.source, self.article, self.level = src, art, lv
>>> qs = [DocQuestion("q1", "手数料は", ((("a.pdf", "3"),)), None)]
>>> hits = [H("/d/b.pdf", "1", 1), H("/d/a.pdf", "3(1)", 1)]
>>> r = evaluate_documents(lambda q, k, max_level: hits, qs, ks=(1, 5))
>>> r.metrics.recall[1], r.metrics.recall[5], r.leaks
(0.0, 1.0, 0)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govrag.cite.docref import section_contains
from govrag.errors import InputError
from govrag.eval.metrics import Metrics, aggregate, validate_ks

__all__ = ["DocQuestion", "DocumentEvalReport", "evaluate_documents", "load_document_questions"]

DocSearch = Callable[..., Sequence[Any]]


@dataclass(frozen=True, slots=True)
class DocQuestion:
    """One question: gold ``(file name, section)`` pairs and the caller's ceiling (None: none)."""

    id: str
    question: str
    relevant: tuple[tuple[str, str], ...]
    max_level: int | None


def load_document_questions(path: str | Path) -> list[DocQuestion]:
    """Read a question file (schema in the module docstring); bad rows are an :class:`InputError`."""
    out: list[DocQuestion] = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            rel = tuple((str(r["file"]), str(r["section"])) for r in row.get("relevant", []))
            level = row.get("max_level")
            if level not in (None, 1, 2, 3):
                raise ValueError(f"max_level {level!r}")
            out.append(DocQuestion(str(row["id"]), str(row["question"]), rel, level))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}, line {n}: bad question row ({exc})") from None
    return out


def _matches(hit: Any, gold: tuple[str, str]) -> bool:
    src = getattr(hit, "source", None)
    if not src or Path(str(src)).name != gold[0]:
        return False
    return section_contains(gold[1], str(getattr(hit, "article", "")))


@dataclass(slots=True)
class DocumentEvalReport:
    """Metrics over answerable questions, leak count over all, per-question first ranks."""

    metrics: Metrics
    leaks: int
    ranks: dict[str, int | None] = field(default_factory=dict)
    withheld_only: int = 0

    def to_markdown(self) -> str:
        ks = sorted(self.metrics.recall)
        head = (
            "| questions | " + " | ".join(f"R@{k}" for k in ks) + f" | MRR@{ks[-1]} | leaks above max_level |"
        )
        sep = "|" + "---|" * (len(ks) + 3)
        row = (
            f"| {self.metrics.n} (+{self.withheld_only} withheld-only) | "
            + " | ".join(f"{self.metrics.recall[k]:.3f}" for k in ks)
            + f" | {self.metrics.mrr[ks[-1]]:.3f} | {self.leaks} |"
        )
        return "\n".join([head, sep, row])


def evaluate_documents(
    search: DocSearch, questions: Sequence[DocQuestion], *, ks: Sequence[int] = (1, 5, 10)
) -> DocumentEvalReport:
    """Run ``search(question, k=…, max_level=…)`` for every question and score it."""
    cut = validate_ks(ks)
    depth = max(cut)
    ranks: dict[str, int | None] = {}
    leaks = 0
    withheld_only = 0
    for q in questions:
        hits = list(search(q.question, k=depth, max_level=q.max_level))
        if q.max_level is not None:
            leaks += sum(1 for h in hits if (getattr(h, "level", None) or 1) > q.max_level)
        if not q.relevant:
            withheld_only += 1
            continue
        ranks[q.id] = next(
            (i for i, h in enumerate(hits, start=1) if any(_matches(h, g) for g in q.relevant)), None
        )
    return DocumentEvalReport(aggregate(list(ranks.values()), ks=cut), leaks, ranks, withheld_only)
