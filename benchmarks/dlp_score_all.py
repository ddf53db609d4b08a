"""Per-file, per-type TP/FP/FN of the DLP engine over every ``corpora/eval/pii_*.jsonl`` (the guard
run before and after a DLP change: no file may get worse on any type).

    python benchmarks/dlp_score_all.py OUT.json                     # on one checkout
    python benchmarks/dlp_score_all.py OUT.json --compare OLD.json  # prints every changed file/type

The comparison leaves out the never-opened blind sets (``dlp_bar.UNOPENED``) and says only how many of
their cells changed, better and worse — their per-type counts are not for reading while rules are
written (``--show-unopened`` prints them, for a frozen change).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from dlp_bar import UNOPENED

from govrag.dlp import DLPEngine
from govrag.eval.dlp import evaluate_dlp, govrag_predictor, load_pii_rows

EVAL = Path(__file__).resolve().parents[1] / "corpora" / "eval"
_TEST_N = re.compile(r"pii_test(\d+)\.jsonl")


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


def unopened(line: str) -> bool:
    """Whether a :func:`compare` line is about a never-opened blind set.

    >>> unopened("better corpora/eval/pii_test190.jsonl PHONE_NUMBER tp/fp/fn [1, 0, 1] -> [2, 0, 0]")
    True
    """
    m = _TEST_N.search(line)
    return m is not None and int(m.group(1)) in UNOPENED


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path, help="an earlier OUT.json")
    ap.add_argument("--show-unopened", action="store_true", help="print the never-opened sets' cells too")
    args = ap.parse_args()
    new = score_all()
    args.out.write_text(json.dumps(new, indent=0), encoding="utf-8")
    if args.compare:
        lines = compare(json.loads(args.compare.read_text(encoding="utf-8")), new)
        hidden = [x for x in lines if unopened(x)] if not args.show_unopened else []
        print("\n".join(x for x in lines if x not in hidden) or "no change")
        if hidden:
            worse = sum(1 for x in hidden if x.startswith("WORSE"))
            better = len(hidden) - worse
            print(f"never-opened sets: {len(hidden)} cells changed ({better} better, {worse} worse)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
