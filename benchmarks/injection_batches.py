"""InjectionGuard per dev batch and on the dev-holdout, for any code version (before/after tables).

    python benchmarks/injection_batches.py off default on           # this checkout
    git archive 71b05e5 govrag | tar -x -C /tmp/old                 # an older version of the package
    python benchmarks/injection_batches.py --code /tmp/old off on   # ... on today's sets

Sets (``corpora/eval``): dev 1-321 (batches 1-5), dev 322-510 (batch 6), dev 511-604 (batch 7),
dev 605-744 (batch 8), dev 745- (batch 9), and ``injection_devholdout.jsonl`` (written with batches
6-9, never tuned or trained on; ids 114- are batch 9's part).
Each positional argument is an ``InjectionGuard(learned=...)`` value the code version
accepts. Prints precision / recall and the per-technique table (govrag.eval.guards_safety) for
every set and value.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("learned", nargs="+", help="InjectionGuard learned= values, e.g. off default on")
    ap.add_argument("--code", type=Path, default=ROOT, help="directory holding the govrag package to test")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    from govrag.eval.guards_safety import evaluate_items, load_items
    from govrag.guard import InjectionGuard

    print(f"govrag from {args.code}")
    data = ROOT / "corpora" / "eval"
    dev = load_items(data / "injection_dev.jsonl", "injection")
    num = {it.id: int(it.id.rsplit("-", 1)[1]) for it in dev}
    holdout = load_items(data / "injection_devholdout.jsonl", "injection")
    sets = {"dev 1-321 (batches 1-5)": [it for it in dev if num[it.id] <= 321],
            "dev 322-510 (batch 6)": [it for it in dev if 322 <= num[it.id] <= 510],
            "dev 511-604 (batch 7)": [it for it in dev if 511 <= num[it.id] <= 604],
            "dev 605-744 (batch 8)": [it for it in dev if 605 <= num[it.id] <= 744],
            "dev 745- (batch 9)": [it for it in dev if num[it.id] >= 745],
            "dev-holdout": holdout,
            "dev-holdout 114- (batch 9 part)": [it for it in holdout if int(it.id.rsplit("-", 1)[1]) >= 114]}
    for value in args.learned:
        guards = {m: InjectionGuard(mode=m, learned=value) for m in ("query", "passage")}  # type: ignore[arg-type]
        for name, items in sets.items():
            rep = evaluate_items(items, lambda it, g=guards: not g[it.role].validate(it.text).passed)
            print(f"\n## {name}, learned={value!r}\n\n{rep.table()}\n\nerrors: {' '.join(rep.errors)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
