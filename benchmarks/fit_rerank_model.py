"""Round 13: fit the learned rerank model (govrag/retrieval/data/rerank_model.npy/.json) and measure
it by leave-one-file-out cross-validation over the used question sets.

    python benchmarks/fit_rerank_weights.py --index DIR --query-adapter --dump F --files \\
        corpora/eval/answers_dev*.jsonl corpora/eval/answers_test*.jsonl \\
        corpora/eval/statute_questions.jsonl      # the candidates (answers_dev* has the holdouts)
    python benchmarks/fit_rerank_model.py --features F                 # leave-one-file-out table
    python benchmarks/fit_rerank_model.py --features F --write         # + fit on all, write model
    python benchmarks/fit_rerank_model.py --features F --check         # refit, byte-identical?
    python benchmarks/fit_rerank_model.py --features F --no-cv --write --exclude answers_test13 \\
        --out DIR                # a model without one file, for answer_quality.py --rerank-model-dir

Round AX: the features include the word association of :mod:`govrag.retrieval.rerank_assoc`
(``assoc``, ``assoc_law_gap``): F must be a dump with ``assoc``
(``benchmarks/fit_rerank_assoc.py augment``, cross-fitted by file); ``--assoc`` adds a CV column
"trees + assoc" beside "trees" (refitted without the two columns), ``--trees-only`` skips the free
linear fit, ``--ranks-out`` keeps the held-out ranks.

Three rankers on the same candidates: the packaged linear weights (``rerank_weights.json``); (a)
linear weights with every signal free (listwise softmax loss with a free temperature, an L2 pull
``--lam`` towards the packaged weights); (b) boosted regression trees (scikit-learn
``DecisionTreeRegressor``, depth ``--depth``) on :func:`govrag.retrieval.rerank_model.features`,
started from the packaged linear score: each round fits a tree to the listwise gradient, its leaves
get the Newton step (L2 ``--leaf-l2``) times ``--lr``. Each question weighs the same; questions
without their answering article among the candidates do not train. Each question file is held out
in turn; per file and pooled R@1, MRR@10, R@5 of the held-out questions.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.errors import ConfigError  # noqa: E402
from govrag.retrieval.rerank import RerankWeights  # noqa: E402
from govrag.retrieval.rerank_model import GAP_SIGNALS, features, load_model, save_model  # noqa: E402

SIGNALS = ("citation", "named_law", "definition", "lexical", "role", "caption", "dense", "retrieval",
           "penalty", "suppl", "purpose", "answer_type", "derogation", "predicate", "branch",
           "law_share", "addressee", "latent", "contrast", "chapter")
#: negative contributions: the dump's raw value is the signal at weight 1.0 (already signed)
COMMAND = "python benchmarks/fit_rerank_model.py --features FEATURES"


class Q:
    """One question's candidates as arrays."""

    def __init__(self, row: dict[str, Any]) -> None:
        c = row["candidates"]
        self.id, self.file = row["id"], row.get("file", "?")
        self.x = np.array([[cand["x"].get(s, 0.0) for s in SIGNALS] for cand in c]).reshape(len(c), -1)
        self.gold = np.array([bool(cand["gold"]) for cand in c])
        self.before = np.array([int(cand["rank_before"]) for cand in c])
        self.law = [str(cand["key"][0]) for cand in c]
        self.article = [str(cand["key"][1]) for cand in c]
        self.raw = self.x[:, [SIGNALS.index(s) for s in GAP_SIGNALS]]
        self.f: Any = None
        #: round AX: the cross-fitted word-association feature (fit_rerank_assoc.py augment)
        self.assoc = np.array([float(cand["x"].get("assoc", 0.0)) for cand in c])

    def rank(self, s: np.ndarray) -> int | None:
        """1-based rank of the first gold candidate under scores ``s`` (ties: retrieval order)."""
        if not self.gold.any():
            return None
        order = sorted(range(len(s)), key=lambda i: (-round(float(s[i]), 9), self.before[i]))
        return next(r for r, i in enumerate(order, 1) if self.gold[i])


def packaged() -> np.ndarray:
    w = RerankWeights.fitted()
    return np.array([float(getattr(w, s)) for s in SIGNALS])


def _segments(qs: Sequence[Q]) -> tuple[np.ndarray, np.ndarray]:
    sizes = np.array([len(q.gold) for q in qs])
    return np.concatenate([[0], np.cumsum(sizes)[:-1]]), sizes


def _softmax_grad(score: np.ndarray, y: np.ndarray, starts: np.ndarray,
                  sizes: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
    """Listwise loss (mean over questions), gradient and hessian diagonal per candidate."""
    owner = np.repeat(np.arange(len(sizes)), sizes)
    m = np.maximum.reduceat(score, starts)
    e = np.exp(score - m[owner])
    z = np.add.reduceat(e, starts)
    p = e / z[owner]
    gz = np.add.reduceat(y * e, starts)
    loss = float(np.mean(np.log(z) - np.log(gz)))
    yn = y / np.add.reduceat(y, starts)[owner]
    return loss, p - yn, p * (1.0 - p)


def _trainable(qs: Sequence[Q]) -> list[Q]:
    return [q for q in qs if q.gold.any() and not q.gold.all()]


def fit_linear(qs: Sequence[Q], *, lam: float) -> np.ndarray:
    """Every signal free; softmax cross-entropy with a free temperature; L2 towards packaged."""
    from scipy.optimize import minimize

    tr = _trainable(qs)
    x = np.vstack([q.x for q in tr])
    y = np.concatenate([q.gold for q in tr]).astype(float)
    starts, sizes = _segments(tr)
    base = packaged()
    n = len(tr)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        b, k = theta[:-1], np.exp(theta[-1])
        s = x @ b
        value, g, _ = _softmax_grad(k * s, y, starts, sizes)
        gs = g @ x / n
        reg = b - base
        return value + lam * float(reg @ reg), np.append(k * gs + 2 * lam * reg, float(gs @ b) * k)

    res = minimize(loss, np.append(base, 1.5), jac=True, method="L-BFGS-B")
    return np.asarray(res.x[:-1])


def _temperature(score: np.ndarray, y: np.ndarray, starts: np.ndarray, sizes: np.ndarray) -> float:
    from scipy.optimize import minimize_scalar

    res = minimize_scalar(lambda lt: _softmax_grad(np.exp(lt) * score, y, starts, sizes)[0],
                          bounds=(-3.0, 5.0), method="bounded", options={"xatol": 1e-6})
    return round(float(np.exp(res.x)), 6)


def _features(q: Q, w: np.ndarray, *, assoc: bool = True) -> np.ndarray:
    """The model's features; ``assoc=False``: without round AX's two association columns (last)."""
    if q.f is None:
        q.f = features(q.x @ w, q.raw, q.law, q.article, q.before, q.assoc)
    return np.asarray(q.f) if assoc else np.asarray(q.f)[:, :-2]


def fit_trees(qs: Sequence[Q], *, trees: int, depth: int, lr: float, leaf_l2: float,
              min_leaf: int, assoc: bool = True) -> tuple[np.ndarray, list[int], float]:
    """Listwise gradient boosting from the packaged linear score: (node table, roots, temperature)."""
    from sklearn.tree import DecisionTreeRegressor

    tr = _trainable(qs)
    w = packaged()
    x = np.vstack([_features(q, w, assoc=assoc) for q in tr]).astype(np.float32)
    base = np.concatenate([q.x @ w for q in tr])
    y = np.concatenate([q.gold for q in tr]).astype(float)
    starts, sizes = _segments(tr)
    t = _temperature(base, y, starts, sizes)
    score = t * base
    tables: list[np.ndarray] = []
    roots: list[int] = []
    offset = 0
    for _ in range(trees):
        _, g, h = _softmax_grad(score, y, starts, sizes)
        tree = DecisionTreeRegressor(max_depth=depth, min_samples_leaf=min_leaf, random_state=0)
        tree.fit(x, -g)
        leaf = tree.apply(x)
        nt = tree.tree_.node_count
        value = np.zeros(nt)
        sg = np.bincount(leaf, weights=-g, minlength=nt)
        sh = np.bincount(leaf, weights=h, minlength=nt)
        is_leaf = tree.tree_.children_left < 0
        value[is_leaf] = lr * sg[is_leaf] / (sh[is_leaf] + leaf_l2)
        score = score + value[leaf]
        left = np.where(is_leaf, np.arange(nt), tree.tree_.children_left) + offset
        right = np.where(is_leaf, np.arange(nt), tree.tree_.children_right) + offset
        feat = np.where(is_leaf, -1, tree.tree_.feature)
        tables.append(np.column_stack([feat, tree.tree_.threshold, left, right, value]))
        roots.append(offset)
        offset += nt
    return np.vstack(tables), roots, t


def _tree_scores(q: Q, nodes: np.ndarray, roots: list[int], t: float, depth: int, *,
                 assoc: bool = True) -> np.ndarray:
    from govrag.retrieval.rerank_model import RerankModel

    model = RerankModel(nodes, np.asarray(roots), depth, t, {})
    return np.asarray(q.x @ packaged() + model.correction(_features(q, packaged(), assoc=assoc)))


def metrics(rk: Sequence[int | None]) -> tuple[float, float, float]:
    n = max(1, len(rk))
    return (sum(r == 1 for r in rk) / n, sum(1.0 / r for r in rk if r is not None and r <= 10) / n,
            sum(r is not None and r <= 5 for r in rk) / n)


def lofo(qs: Sequence[Q], args: argparse.Namespace) -> dict[str, dict[str, list[int | None]]]:
    """Held-out ranks per file for packaged, the shipped trees, linear (free) and trees refitted
    without the file (``--cv-files``: only these files are held out)."""
    out: dict[str, dict[str, list[int | None]]] = {}
    w = packaged()
    try:
        shipped: Any = load_model()
    except ConfigError:  # fitted for other features (a new column, not yet refitted): no column
        shipped = None
    for name in dict.fromkeys(q.file for q in qs):
        if args.cv_files and name not in args.cv_files:
            continue
        test = [q for q in qs if q.file == name]
        train = [q for q in qs if q.file != name]
        t0 = time.time()
        b = fit_linear(train, lam=args.lam) if not args.trees_only else packaged()
        t1 = time.time()
        nodes, roots, t = fit_trees(train, trees=args.trees, depth=args.depth, lr=args.lr,
                                    leaf_l2=args.leaf_l2, min_leaf=args.min_leaf, assoc=False)
        if args.assoc:  # round AX: trees refitted with the association feature, same settings
            na, ra, ta = fit_trees(train, trees=args.trees, depth=args.depth, lr=args.lr,
                                   leaf_l2=args.leaf_l2, min_leaf=args.min_leaf, assoc=True)
        out[name] = {"packaged": [q.rank(q.x @ w) for q in test],
                     "shipped": [q.rank(np.asarray(shipped.scores(q.x @ w, q.raw, q.law, q.article,
                                                                  q.before, q.assoc))) for q in test]
                     if shipped is not None else [],
                     "linear": [q.rank(q.x @ b) for q in test],
                     "trees": [q.rank(_tree_scores(q, nodes, roots, t, args.depth, assoc=False))
                               for q in test]}
        if args.assoc:
            out[name]["trees+assoc"] = [q.rank(_tree_scores(q, na, ra, ta, args.depth, assoc=True))
                                        for q in test]
        if args.ranks_out:  # round AX: every fold's held-out ranks, as they come
            args.ranks_out.write_text(json.dumps(out), encoding="utf-8")
        print(f"  ({t1 - t0:.0f} s linear, {time.time() - t1:.0f} s trees)", file=sys.stderr)
        print(f"  {name}: " + ", ".join(f"{k} {metrics(v)[0]:.3f}" for k, v in out[name].items()),
              file=sys.stderr, flush=True)
    return out


def table(res: dict[str, dict[str, list[int | None]]]) -> str:
    lines = ["| held-out file | n | packaged R@1 / MRR@10 / R@5 | shipped trees | linear, all free "
             "| trees |", "|---|---|---|---|---|---|"]
    pooled: dict[str, list[int | None]] = {"packaged": [], "shipped": [], "linear": [], "trees": []}
    if any("trees+assoc" in r for r in res.values()):
        lines = [lines[0] + " trees + assoc |", lines[1] + "---|"]
        pooled["trees+assoc"] = []
    wins = {"shipped": 0, "linear": 0, "trees": 0}
    for name, r in res.items():
        cells = []
        for k in pooled:
            pooled[k] += r[k]
            cells.append("{:.3f} / {:.3f} / {:.3f}".format(*metrics(r[k])) if r[k] else "—")
        for k in wins:
            wins[k] += metrics(r[k])[1] > metrics(r["packaged"])[1]
        lines.append(f"| {name} | {len(r['packaged'])} | " + " | ".join(cells) + " |")
    lines.append(f"| **pooled** | {len(pooled['packaged'])} | "
                 + " | ".join("**{:.3f} / {:.3f} / {:.3f}**".format(*metrics(v)) if v else "—"
                              for v in pooled.values()) + " |")
    lines.append(f"\nfiles where MRR@10 beats packaged: shipped trees {wins['shipped']}, linear "
                 f"{wins['linear']}, trees {wins['trees']} of {len(res)}")
    return "\n".join(lines)


def _write(qs: Sequence[Q], args: argparse.Namespace, feats: dict[str, Any], *,
           directory: Path | None = None) -> str:
    nodes, roots, t = fit_trees(qs, trees=args.trees, depth=args.depth, lr=args.lr,
                                leaf_l2=args.leaf_l2, min_leaf=args.min_leaf)
    w = RerankWeights.fitted()
    command = (f"{COMMAND} --trees {args.trees} --depth {args.depth} --lr {args.lr} "
               f"--leaf-l2 {args.leaf_l2} --min-leaf {args.min_leaf} --write")
    if args.exclude:
        command += f" --exclude {' '.join(args.exclude)} --out DIR"
    files = sorted({q.file for q in qs})
    return save_model(nodes, roots, depth=args.depth, temperature=t,
                      signals={s: float(getattr(w, s)) for s in SIGNALS if getattr(w, s)},
                      command=command, directory=directory,
                      extra={"features_dump": {"index": feats["index"], "candidates": feats["candidates"],
                                               "questions": len(qs), "files": files}})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--features", type=Path, required=True, help="fit_rerank_weights.py --dump --files")
    ap.add_argument("--lam", type=float, default=0.01)
    ap.add_argument("--trees", type=int, default=150)
    ap.add_argument("--depth", type=int, default=3)
    ap.add_argument("--lr", type=float, default=0.1)
    ap.add_argument("--leaf-l2", type=float, default=1.0)
    ap.add_argument("--min-leaf", type=int, default=50)
    ap.add_argument("--write", action="store_true", help="fit on every question, write the model")
    ap.add_argument("--check", action="store_true", help="refit; is the packaged model byte-identical?")
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--exclude", nargs="*", default=[],
                    help="question files (stems) left out of the fit: a held-out model for "
                         "answer_quality.py --rerank-model-dir (with --out)")
    ap.add_argument("--out", type=Path, help="with --write: this folder instead of the package")
    ap.add_argument("--assoc", action="store_true",
                    help="round AX: also trees refitted with the dump's `assoc` feature (CV only)")
    ap.add_argument("--trees-only", action="store_true",
                    help="round AX: skip the free linear fit in the CV (its column: packaged)")
    ap.add_argument("--ranks-out", type=Path, help="round AX: write the CV's held-out ranks here")
    ap.add_argument("--cv-files", nargs="*", default=[],
                    help="hold out only these question files (stems) in the CV")
    args = ap.parse_args()
    feats = json.loads(args.features.read_text(encoding="utf-8"))
    qs = [Q(r) for r in feats["rows"] if r.get("file") not in args.exclude]
    if args.exclude and not args.out:
        ap.error("--exclude writes a held-out model: pass --out")
    print(f"{len(qs)} questions from {len({q.file for q in qs})} used files (tuned on or run "
          f"already; CV over used sets, not blind); answering article among the candidates: "
          f"{sum(q.gold.any() for q in qs)}")
    if args.check:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            digest = _write(qs, args, feats, directory=Path(tmp))
        load_model()  # the packaged pair matches its recorded hash
        want = json.loads((ROOT / "govrag" / "retrieval" / "data" / "rerank_model.json")
                          .read_text("utf-8"))["sha256"]
        print("packaged model reproduced" if digest == want else f"differs: {digest} vs {want}")
        return 0 if digest == want else 1
    if not args.no_cv:
        print(table(lofo(qs, args)))
        b = fit_linear(qs, lam=args.lam)
        print("linear, all free (all questions): "
              + ", ".join(f"{s} {v:.3f}" for s, v in zip(SIGNALS, b, strict=True)))
    if args.write:
        print(f"wrote the model, SHA-256 {_write(qs, args, feats, directory=args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
