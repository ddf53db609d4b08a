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
from pathlib import Path

from govrag.eval.citations import LABELS, evaluate, load_rows

ROOT = Path(__file__).resolve().parents[1]
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
    rows = load_rows(args.data)
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
