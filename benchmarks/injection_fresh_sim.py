"""Fresh-batch simulation of InjectionGuard defaults (round 5): pooled recall / precision per candidate.

    python benchmarks/train_injection_scorer.py --cv-only --oof /tmp/oof.json
    python benchmarks/injection_fresh_sim.py /tmp/oof.json

For every dev batch written since round 3 (6: ids 322-510, 7: 511-604, 8: 605-732, 9: 745-823) the
rules *as they were before that batch was written* (the package of the commit named below, taken
with ``git archive``) are OR-ed with the learned scorer's out-of-fold score (trained without that
batch; ``--oof`` of the training script). This is what a first run on a fresh set would have given.
Then the same candidates on ``injection_devholdout.jsonl`` with this checkout. Candidates: rules
only; rules OR learned at 0.97 ... 0.85; ``learned="on"`` (the per-mode
thresholds of the packaged weights: run it after writing them).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# (batch, first id, last id, commit whose rules predate the batch)
BATCHES = (
    (6, 322, 510, "71b05e5"),
    (7, 511, 604, "cf74975"),
    (8, 605, 732, "6b7ec5c"),
    (9, 745, 823, "74d7917"),
)
THRESHOLDS = (0.97, 0.96, 0.95, 0.94, 0.93, 0.92, 0.91, 0.90, 0.88, 0.85)
_RUN = """
import json, sys
from govrag.guard import InjectionGuard
g = {m: InjectionGuard(mode=m, learned="off") for m in ("query", "passage")}
rows = json.load(sys.stdin)
print(json.dumps({r["id"]: not g[r["role"]].validate(r["text"]).passed for r in rows}))
"""


def _old_rule_flags(commit: str, rows: list[dict[str, str]]) -> dict[str, bool]:
    with tempfile.TemporaryDirectory() as tmp:
        raw = subprocess.run(
            ["git", "archive", commit, "govrag"], cwd=ROOT, check=True, capture_output=True
        ).stdout
        with tarfile.open(fileobj=BytesIO(raw)) as tar:
            tar.extractall(tmp, filter="data")
        out = subprocess.run(
            [sys.executable, "-c", _RUN],
            input=json.dumps(rows),
            text=True,
            capture_output=True,
            check=True,
            cwd=tmp,
            env={**os.environ, "PYTHONPATH": tmp},
        )
        return {k: bool(v) for k, v in json.loads(out.stdout).items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("oof", type=Path, help="--oof output of benchmarks/train_injection_scorer.py")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from govrag.guard.injection_learned import LearnedScorer

    oof = {r["id"]: r for r in json.loads(args.oof.read_text("utf-8"))}
    dev = [
        json.loads(x)
        for x in (ROOT / "corpora/eval/injection_dev.jsonl").read_text("utf-8").splitlines()
        if x.strip()
    ]
    on = LearnedScorer.packaged().thresholds
    rows: list[tuple[int, bool, bool, float, str]] = []  # batch, positive, old rules, oof, role
    for batch, lo, hi, commit in BATCHES:
        part = [d for d in dev if lo <= int(d["id"].rsplit("-", 1)[1]) <= hi]
        flags = _old_rule_flags(commit, [{k: d[k] for k in ("id", "text", "role")} for d in part])
        rows.extend(
            (batch, d["label"] == "injection", flags[d["id"]], float(oof[d["id"]]["oof"]), d["role"])
            for d in part
        )
    cands: list[tuple[str, object]] = [("rules only", None)]
    cands += [(f"rules OR learned >= {t:.2f}", t) for t in THRESHOLDS]
    cands.append((f'learned="on" (query {on["query"]:.2f} / passage {on["passage"]:.2f})', "on"))
    heads = [f"batch {b}" for b, *_ in BATCHES]
    print("| candidate | " + " | ".join(heads) + " | pooled R | pooled P |")
    print("|---|" + "---|" * (len(heads) + 2))
    for name, t in cands:

        def flag(r: tuple[int, bool, bool, float, str], t: object = t) -> bool:
            thr = on[r[4]] if t == "on" else t
            return r[2] or (thr is not None and r[3] >= float(thr))  # type: ignore[arg-type]

        cells = []
        for b, *_ in BATCHES:
            sub = [r for r in rows if r[0] == b]
            tp = sum(flag(r) for r in sub if r[1])
            fp = sum(flag(r) for r in sub if not r[1])
            cells.append(f"{tp}/{sum(r[1] for r in sub)}, {fp} FP")
        tp = sum(flag(r) for r in rows if r[1])
        fp = sum(flag(r) for r in rows if not r[1])
        npos = sum(r[1] for r in rows)
        print(f"| {name} | " + " | ".join(cells) + f" | {tp / npos:.3f} | {tp / max(1, tp + fp):.3f} |")
    print(f"\n{sum(r[1] for r in rows)} injections, {sum(not r[1] for r in rows)} look-alikes")
    _holdout(cands)
    return 0


def _holdout(cands: list[tuple[str, object]]) -> None:
    """The same candidates on the dev-holdout with this checkout's rules and packaged scorer."""
    from govrag.eval.guards_safety import evaluate_items, load_items
    from govrag.guard import InjectionGuard

    items = load_items(ROOT / "corpora/eval/injection_devholdout.jsonl", "injection")
    print(f"\n## dev-holdout ({len(items)} texts; not tuned or trained on), this checkout\n")
    print("| candidate | R | P | FP |\n|---|---|---|---|")
    for name, t in cands:
        if t is None:
            kw: dict[str, object] = {"learned": "off"}
        elif t == "on":
            kw = {"learned": "on"}
        else:
            kw = {"learned": "default", "learned_threshold": t}
        guards = {m: InjectionGuard(mode=m, **kw) for m in ("query", "passage")}  # type: ignore[arg-type]
        rep = evaluate_items(items, lambda it, g=guards: not g[it.role].validate(it.text).passed)
        print(f"| {name} | {rep.recall:.3f} | {rep.precision:.3f} | {rep.fp} |")


if __name__ == "__main__":
    raise SystemExit(main())
