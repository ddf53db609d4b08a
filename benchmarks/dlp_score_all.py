"""Per-file, per-type TP/FP/FN of the DLP engine over every ``corpora/eval/pii_*.jsonl`` (the guard
run before and after a DLP change: no file may get worse on any type).

    python benchmarks/dlp_score_all.py OUT.json                     # on one checkout
    python benchmarks/dlp_score_all.py OUT.json --compare OLD.json  # prints every changed file/type
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from govrag.dlp import DLPEngine
from govrag.eval.dlp import evaluate_dlp, govrag_predictor, load_pii_rows

EVAL = Path(__file__).resolve().parents[1] / "corpora" / "eval"


def score_all() -> dict[str, dict[str, list[int]]]:
    """``{file: {type: [tp, fp, fn]}}`` for every PII evaluation file."""
    predict = govrag_predictor(DLPEngine())
    out: dict[str, dict[str, list[int]]] = {}
    for path in sorted(EVAL.glob("pii_*.jsonl")):
        report = evaluate_dlp(predict, load_pii_rows(path))
        out[f"corpora/eval/{path.name}"] = {t: [s.tp, s.fp, s.fn] for t, s in report.per_type.items()}
    return out


def compare(old: dict[str, dict[str, list[int]]], new: dict[str, dict[str, list[int]]]) -> list[str]:
    """One line per changed file/type: WORSE when its FP or FN count grew, else better."""
    lines = []
    for f in sorted(set(old) | set(new)):
        for t in sorted(set(old.get(f, {})) | set(new.get(f, {}))):
            a, b = old.get(f, {}).get(t, [0, 0, 0]), new.get(f, {}).get(t, [0, 0, 0])
            if a != b:
                flag = "WORSE" if b[1] > a[1] or b[2] > a[2] else "better"
                lines.append(f"{flag:6} {f} {t} tp/fp/fn {a} -> {b}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path, help="an earlier OUT.json")
    args = ap.parse_args()
    new = score_all()
    args.out.write_text(json.dumps(new, indent=0), encoding="utf-8")
    if args.compare:
        print("\n".join(compare(json.loads(args.compare.read_text(encoding="utf-8")), new)) or "no change")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
