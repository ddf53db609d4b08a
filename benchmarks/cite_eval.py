"""Quality of citation parsing and verification on corpora/eval/citations_ja.jsonl.

Reports parse recall (a labelled citation counts as found when a parsed citation has the same
span, law id and article) and, for the citations found, verification accuracy per label
(share of labelled ``X`` citations whose status is ``X``), plus the confusion matrix.

Usage::

    python benchmarks/cite_eval.py [--data corpora/eval/citations_ja.jsonl] \
        [--corpus ../shared/corpora/egov-xml]
                                   [--min-overlap 0.25] [--json] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("valid", "nonexistent", "not_in_sources", "misquoted", "unsupported")


def evaluate(
    rows: list[dict[str, Any]], corpus: Any, *, min_overlap: float | None = None, semantic: bool = True
) -> dict[str, Any]:
    """Parse recall, per-label accuracy and confusion over ``rows`` (dataset records)."""
    from govrag.cite import parse_citations, verify_citations
    from govrag.cite.verify import DEFAULT_MIN_OVERLAP

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
            min_overlap=DEFAULT_MIN_OVERLAP if min_overlap is None else min_overlap,
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT / "corpora" / "eval" / "citations_ja.jsonl"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "egov-xml"))
    ap.add_argument("--min-overlap", type=float, default=None)
    ap.add_argument("--no-semantic", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="print every disagreement")
    ap.add_argument(
        "--subset",
        choices=("all", "handwritten", "generated"),
        default="all",
        help="handwritten: hw* answers; generated: ca* answers",
    )
    args = ap.parse_args(argv)
    from govrag.corpus import Corpus

    corpus = Corpus.from_path(args.corpus)
    rows = [
        json.loads(line) for line in Path(args.data).read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if args.subset != "all":
        prefix = "hw" if args.subset == "handwritten" else "ca"
        rows = [r for r in rows if r["id"].startswith(prefix)]
    result = evaluate(rows, corpus, min_overlap=args.min_overlap, semantic=not args.no_semantic)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "errors"}, ensure_ascii=False, indent=1))
    else:
        print(f"{result['answers']} answers, {result['citations']} labelled citations")
        print(f"parse recall (span, law, article): {result['parse_recall']:.3f}")
        for lab in LABELS:
            acc = result["accuracy"][lab]
            n = sum(result["confusion"].get(lab, {}).values())
            print(
                f"  {lab:<15} accuracy {acc:.3f}  (n={n})  {result['confusion'].get(lab, {})}"
                if acc is not None
                else f"  {lab:<15} n=0"
            )
    if args.errors:
        for e in result["errors"]:
            print(json.dumps(e, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
