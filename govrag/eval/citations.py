"""Citation parsing and verification quality on a labelled answer set (``citations_ja.jsonl``).

Each record is an answer with its retrieved ``sources`` and labelled ``citations`` (``start``,
``end``, ``text``, ``law_id``, ``article``, ``label`` one of :data:`LABELS`). A labelled citation
counts as parsed when a parsed citation has the same span, law id and article; for those, the
verification accuracy per label is the share whose status equals the label.
``python benchmarks/cite_eval.py`` prints the report.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

__all__ = ["LABELS", "evaluate", "load_rows"]

LABELS = ("valid", "nonexistent", "not_in_sources", "misquoted", "unsupported")


def evaluate(
    rows: list[dict[str, Any]], corpus: Any, *, min_overlap: float | None = None, semantic: bool = True
) -> dict[str, Any]:
    """Parse recall, per-label accuracy and confusion over ``rows`` (dataset records)."""
    from govrag.cite import parse_citations, verify_citations

    found = total = 0
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[dict[str, Any]] = []
    for row in rows:
        cits = parse_citations(row["answer"], corpus=corpus)
        report = verify_citations(
            row["answer"],
            sources=row["sources"],
            corpus=corpus,
            citations=cits,
            min_overlap=min_overlap,
            semantic=semantic,
        )
        by_span = {(i.citation.start, i.citation.end): i for i in report.items}
        for gold in row["citations"]:
            total += 1
            hit = by_span.get((gold["start"], gold["end"]))
            if (
                hit is None
                or hit.citation.law_id != gold["law_id"]
                or hit.citation.article != gold["article"]
            ):
                confusion[gold["label"]]["<not parsed>"] += 1
                errors.append(
                    {
                        "id": row["id"],
                        "gold": gold,
                        "got": None if hit is None else [hit.citation.law_id, hit.citation.article],
                    }
                )
                continue
            found += 1
            confusion[gold["label"]][hit.status] += 1
            if hit.status != gold["label"]:
                errors.append(
                    {
                        "id": row["id"],
                        "gold": gold["label"],
                        "got": hit.status,
                        "text": gold["text"],
                        "why": hit.explanation,
                    }
                )
    accuracy = {
        lab: (confusion[lab][lab] / sum(confusion[lab].values())) if confusion[lab] else None
        for lab in LABELS
    }
    return {
        "answers": len(rows),
        "citations": total,
        "parse_recall": found / total if total else None,
        "accuracy": accuracy,
        "confusion": {k: dict(v) for k, v in confusion.items()},
        "errors": errors,
    }


def load_rows(path: str | Path) -> list[dict[str, Any]]:
    """The records of a JSONL answer set."""
    text = Path(path).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]
