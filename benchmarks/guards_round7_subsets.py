"""Round 7: precision / recall of ``BiasGuard()`` and ``InjectionGuard()`` (defaults) on the round-7
batches, per batch and category, for whichever ``govrag`` is on ``PYTHONPATH``.

    PYTHONPATH=$PWD python benchmarks/guards_round7_subsets.py                 # this branch
    git archive d22134d govrag | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base python benchmarks/guards_round7_subsets.py            # the code before round 7

Batches (ids): bias dev r7 (``bias-dev-r7-``, written before any change) and r7b (``bias-dev-r7b-``,
written after the r7 changes, first run then tuned on); dev-holdout r7 (``bias-devho-r7-``, written
first) and r7c (``bias-devho-r7c-``, written after every rule change; never tuned on); injection dev
839-866, dev-holdout 169-180 (written first) and 181-200 (written after the changes).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from govrag.guard import BiasGuard, InjectionGuard

EVAL = Path(__file__).resolve().parents[1] / "corpora" / "eval"


def _rows(name: str) -> list[dict[str, Any]]:
    return [json.loads(x) for x in (EVAL / name).read_text("utf-8").splitlines() if x.strip()]


def _report(items: list[dict[str, Any]], guard: Any, positive: str) -> str:
    tp = fp = fn = 0
    per: dict[str, tuple[int, int]] = {}
    for r in items:
        flagged = not guard.validate(r["text"]).passed
        pos = r["label"] == positive
        tp, fp, fn = tp + (flagged and pos), fp + (flagged and not pos), fn + (pos and not flagged)
        kind = str(r.get("category") or r.get("technique"))
        a, b = per.get(kind, (0, 0))
        per[kind] = (a + flagged, b + 1)
    rows = ", ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(per.items()))
    figures = f"P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} (TP {tp} FP {fp} FN {fn})"
    return f"{figures}; flagged: {rows}"


def main() -> int:
    bias, inj = BiasGuard(), InjectionGuard()
    bd, bh = _rows("bias_dev.jsonl"), _rows("bias_devholdout.jsonl")
    for label, items in (
            ("bias dev r7 (tuned on)", [r for r in bd if r["id"].startswith("bias-dev-r7-")]),
            ("bias dev r7b (tuned on)", [r for r in bd if r["id"].startswith("bias-dev-r7b-")]),
            ("bias dev, all (tuned on)", bd),
            ("bias dev-holdout r7", [r for r in bh if r["id"].startswith("bias-devho-r7-")]),
            ("bias dev-holdout r7c", [r for r in bh if r["id"].startswith("bias-devho-r7c-")]),
            ("bias dev-holdout, all", bh)):
        print(f"{label} [{len(items)}]: {_report(items, bias, 'biased')}")

    def num(r: dict[str, Any]) -> int:
        return int(str(r["id"]).rsplit("-", 1)[1])

    idev, iho = _rows("injection_dev.jsonl"), _rows("injection_devholdout.jsonl")
    for label, items in (
            ("injection dev 839-866 (tuned on)", [r for r in idev if num(r) >= 839]),
            ("injection dev-holdout 169-180", [r for r in iho if 169 <= num(r) <= 180]),
            ("injection dev-holdout 181-200", [r for r in iho if num(r) >= 181])):
        print(f"{label} [{len(items)}]: {_report(items, inj, 'injection')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
