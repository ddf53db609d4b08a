"""Round 10 (b) probe: a listwise ranker over the rerank signals plus their pairwise products
and squares, against the packaged linear weights, leaving each dev file out in turn.

    python benchmarks/rerank_interactions.py --features FEATURES --lam 0.1 1.0

``FEATURES``: a ``fit_rerank_weights.py --dump`` file (dev questions only). Prints R@1 / R@5 /
MRR@10 of the held-out file's rerank order, packaged vs fitted. Not used at run time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import fit_rerank_weights as frw  # noqa: E402

from govrag.retrieval.rerank import RerankWeights  # noqa: E402

TOP = ("dense", "retrieval", "lexical", "caption", "definition", "law_share", "named_law")


def _pairs() -> list[tuple[int, int]]:
    idx = [frw.SIGNALS.index(s) for s in TOP]
    return list(itertools.combinations(idx, 2)) + [(i, i) for i in idx]


def _feats(x: np.ndarray, pairs: list[tuple[int, int]]) -> np.ndarray:
    return np.hstack([x, np.stack([x[:, i] * x[:, j] for i, j in pairs], axis=1)])


def _fit(train: list[Any], prior: np.ndarray, lam: float) -> np.ndarray:
    from scipy.optimize import minimize

    tr = [(x, g) for x, g, _, _ in train if g.any() and not g.all()]

    def loss(th: np.ndarray) -> tuple[float, np.ndarray]:
        b, k = th[:-1], np.exp(th[-1])
        tot, gs = 0.0, np.zeros_like(b)
        for x, g in tr:
            s = k * (x @ b)
            e = np.exp(s - s.max())
            z = e.sum()
            tot -= float(np.log(e[g].sum()) - np.log(z))
            gs -= (e * g / e[g].sum() - e / z) @ x
        reg = b - prior
        n = len(tr)
        grad = np.append(k * gs / n + 2 * lam * reg, float(gs @ b) * k / n)
        return tot / n + lam * float(reg @ reg), grad

    res = minimize(loss, np.append(prior, 1.5), jac=True, method="L-BFGS-B")
    return np.asarray(res.x[:-1])


def _ranks(mats: list[Any], b: np.ndarray) -> list[int | None]:
    out: list[int | None] = []
    for x, g, before, _ in mats:
        if not g.any():
            out.append(None)
            continue
        s = x @ b
        order = sorted(range(len(s)), key=lambda i: (-round(float(s[i]), 9), before[i]))
        out.append(next(r for r, i in enumerate(order, 1) if g[i]))
    return out


def _fmt(rk: list[int | None]) -> str:
    return " / ".join(f"{v:.3f}" for v in frw.metrics(rk))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--features", type=Path, required=True)
    ap.add_argument("--lam", type=float, nargs="+", default=[0.1])
    args = ap.parse_args()
    rows = json.loads(args.features.read_text(encoding="utf-8"))["rows"]
    packaged = RerankWeights.fitted()
    pairs = _pairs()
    prior = np.concatenate([[float(getattr(packaged, s)) for s in frw.SIGNALS], np.zeros(len(pairs))])
    mats = []
    for r in rows:
        x, gold, before = frw._matrix(r)
        mats.append((_feats(x, pairs), gold, before, frw._group(r["id"])))
    files = sorted({m[3] for m in mats})
    print("| λ | left-out file (n) | packaged R@1 / R@5 / MRR@10 | with interactions |\n|---|---|---|---|")
    for lam in args.lam:
        tb: list[int | None] = []
        tf: list[int | None] = []
        for f in files:
            te = [m for m in mats if m[3] == f]
            b = _fit([m for m in mats if m[3] != f], prior, lam)
            rb, rf = _ranks(te, prior), _ranks(te, b)
            tb += rb
            tf += rf
            print(f"| {lam} | {f} ({len(te)}) | {_fmt(rb)} | {_fmt(rf)} |")
        print(f"| {lam} | all | {_fmt(tb)} | {_fmt(tf)} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
