"""The learned rerank model (round 13): boosted regression trees on top of the packaged weights.

The linear rerank score (the packaged weights times the signals, :mod:`govrag.retrieval.rerank`)
stays the base; small regression trees add a correction learned from features that compare a
candidate with the others of the same question: its gap to the best candidate overall and to the
best of its own law, its rank within its law, its law's share and mass among the candidates,
whether it is the first candidate's law or next to its article, and the per-signal gaps to the
best of its law (lexical, caption, dense, contrast). A same-law neighbour that outranks the
answering article is what the trees see most. Round AX adds the learned word association of
:mod:`govrag.retrieval.rerank_assoc` (the question's lay words given the candidate's statute words,
min-max over the candidates) and its gap to the best of the candidate's law.

The trees are fitted offline (``benchmarks/fit_rerank_model.py``: listwise gradient boosting,
scikit-learn regression trees, leave-one-file-out cross-validation over the used question sets)
and ship as ``data/rerank_model.npy`` (one float64 node table) with ``data/rerank_model.json``
(its SHA-256, the signals, the base temperature, the fitting command); loading checks the hash,
lazily on first use. Inference is numpy only and deterministic (features are compared as float32,
as the trees were fitted).

>>> import numpy as np
>>> law = ["A", "A", "B"]
>>> f = features(np.array([2.0, 1.5, 1.0]), np.zeros((3, len(GAP_SIGNALS))), law, ["7", "8", "3"],
...              np.array([1, 2, 3]))
>>> [round(float(v), 2) for v in f[1, :4]]
[1.5, -0.5, 2.0, -0.5]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from govrag._packaged import load_arrays, save_arrays
from govrag.errors import ConfigError

__all__ = ["FEATURES", "GAP_SIGNALS", "MODEL_FILE", "RerankModel", "features", "load_model",
           "rescore", "save_model"]

MODEL_FILE = "rerank_model.npy"
_META_FILE = "rerank_model.json"
#: signals whose gap to the best candidate of the same law is a feature
GAP_SIGNALS = ("lexical", "caption", "dense", "contrast", "definition", "named_law")
FEATURES: tuple[str, ...] = (
    "score", "gap_best", "rank", "gap_law_best", "rank_in_law", "law_share", "law_gap",
    "law_mass", "top_law", "adjacent_top", "rank_before", "branch",
    *(f"{s}_law_gap" for s in GAP_SIGNALS), *(f"{s}_raw" for s in GAP_SIGNALS),
    "assoc", "assoc_law_gap",
)


def _main_number(article: str) -> int | None:
    head = str(article).split("_")[0]
    return int(head) if head.isdigit() else None


def features(score: Any, raw: Any, law: Sequence[str], article: Sequence[str], rank_before: Any,
             assoc: Any = None) -> Any:
    """The (candidates, len(FEATURES)) matrix of one question: ``score`` the linear rerank scores,
    ``raw`` the unweighted :data:`GAP_SIGNALS` (candidates × signals), ``rank_before`` 1-based,
    ``assoc`` the word association per candidate (:mod:`.rerank_assoc`; None: zeros)."""
    import numpy as np

    s = np.asarray(score, dtype=np.float64)
    raw = np.asarray(raw, dtype=np.float64).reshape(len(s), len(GAP_SIGNALS))
    before = np.asarray(rank_before, dtype=np.float64)
    n = len(s)
    order = sorted(range(n), key=lambda i: (-round(float(s[i]), 9), before[i]))
    rank = np.empty(n)
    rank[order] = np.arange(1, n + 1)
    laws = sorted(set(law))
    lid = np.array([laws.index(x) for x in law])
    e = np.exp(3.0 * (s - s.max()))
    mass = np.bincount(lid, weights=e, minlength=len(laws)) / e.sum()
    law_best = np.array([s[lid == j].max() for j in range(len(laws))])
    rank_in_law = np.array([1 + int(np.sum((lid == lid[i]) & (rank < rank[i]))) for i in range(n)])
    top = order[0]
    nums = [_main_number(a) for a in article]
    at = nums[top]
    adjacent = [float(i != top and lid[i] == lid[top] and (k := nums[i]) is not None
                      and at is not None and abs(k - at) <= 1) for i in range(n)]
    raw_law_best = np.array([raw[lid == lid[i]].max(axis=0) for i in range(n)])
    a = np.zeros(n) if assoc is None else np.asarray(assoc, dtype=np.float64).reshape(n)
    a_law_best = np.array([a[lid == j].max() for j in range(len(laws))])[lid]
    cols = [s, s - s.max(), rank, s - law_best[lid], rank_in_law,
            np.bincount(lid, minlength=len(laws))[lid] / n, law_best[lid] - s.max(), mass[lid],
            (lid == lid[top]).astype(float), np.array(adjacent), before,
            np.array([float("_" in str(a)) for a in article])]
    return np.column_stack([*cols, raw - raw_law_best, raw, a, a - a_law_best])


@dataclass(frozen=True, slots=True)
class RerankModel:
    """Boosted trees: ``nodes`` rows are (feature, threshold, left, right, value), a leaf has
    feature −1; ``roots`` the first node of each tree; ``temperature`` the base score's scale."""

    nodes: Any
    roots: Any
    depth: int
    temperature: float
    signals: dict[str, float]

    def correction(self, x: Any) -> Any:
        """The trees' summed output per row of ``x`` (divided by the temperature: the linear
        score's scale)."""
        import numpy as np

        x32 = np.asarray(x, dtype=np.float32).astype(np.float64)
        feat = self.nodes[:, 0].astype(np.int64)
        thr = self.nodes[:, 1]
        left, right = self.nodes[:, 2].astype(np.int64), self.nodes[:, 3].astype(np.int64)
        idx = np.tile(self.roots, (len(x32), 1))
        rows = np.arange(len(x32))[:, None]
        for _ in range(self.depth):
            f = feat[idx]
            leaf = f < 0
            go_left = x32[rows, np.where(leaf, 0, f)] <= thr[idx]
            idx = np.where(leaf, idx, np.where(go_left, left[idx], right[idx]))
        return self.nodes[idx, 4].sum(axis=1) / self.temperature

    def scores(self, score: Any, raw: Any, law: Sequence[str], article: Sequence[str],
               rank_before: Any, assoc: Any = None) -> Any:
        """The learned scores of one question's candidates (linear score + correction)."""
        import numpy as np

        x = features(score, raw, law, article, rank_before, assoc)
        return np.asarray(score, dtype=np.float64) + self.correction(x)


def _data_dir() -> Path:
    return Path(str(resources.files("govrag.retrieval").joinpath("data")))


@lru_cache(maxsize=2)
def load_model(directory: Path | None = None) -> RerankModel:
    """The packaged model (or the one saved in ``directory``); ConfigError when its file does not
    match the recorded SHA-256 or features."""
    import numpy as np

    arrays, meta = load_arrays(directory or _data_dir(), MODEL_FILE, _META_FILE)
    if tuple(meta["features"]) != FEATURES or len(arrays) != 1:
        raise ConfigError(f"{MODEL_FILE} was fitted for other features")
    nodes = arrays[0]
    if nodes.dtype != np.float64 or nodes.ndim != 2 or nodes.shape[1] != 5:
        raise ConfigError(f"{MODEL_FILE} nodes are {nodes.dtype} {nodes.shape}")
    roots = np.asarray(meta["roots"], dtype=np.int64)
    return RerankModel(nodes, roots, int(meta["depth"]), float(meta["temperature"]),
                       {str(k): float(v) for k, v in meta["signals"].items()})


def save_model(nodes: Any, roots: Sequence[int], *, depth: int, temperature: float,
               signals: dict[str, float], command: str, extra: dict[str, Any],
               directory: Path | None = None) -> str:
    """Write the node table (one .npy record: no zip timestamps) and its metadata; returns the
    SHA-256."""
    import numpy as np

    meta = {"features": list(FEATURES), "roots": [int(r) for r in roots], "depth": depth,
            "temperature": temperature, "signals": signals, "command": command, **extra}
    digest = save_arrays(directory or _data_dir(), MODEL_FILE, _META_FILE,
                         [np.asarray(nodes, dtype=np.float64)], meta)
    load_model.cache_clear()
    return digest


def rescore(ranked: Sequence[Any], weights: Any, *, model: RerankModel | None = None,
            question: str | None = None) -> list[Any]:
    """``ranked`` (:class:`~govrag.retrieval.rerank.RerankedHit`, in retrieval order) with the
    learned scores; the trees' correction is the signal ``learned`` (the signals still sum to the
    score). ``weights`` are those the signals were weighted with (the packaged ones); ``question``
    gives the word association (:mod:`.rerank_assoc`; None: none, zeros)."""
    import dataclasses

    import numpy as np

    if not ranked:
        return list(ranked)
    m = model or load_model()
    w = [float(getattr(weights, s)) for s in GAP_SIGNALS]
    if any(v == 0.0 for v in w):
        raise ConfigError(f"the learned rerank model needs the signals {GAP_SIGNALS} weighted")
    base = np.array([r.score for r in ranked], dtype=np.float64)
    raw = np.array([[r.signals.get(s, 0.0) / v for s, v in zip(GAP_SIGNALS, w, strict=True)]
                    for r in ranked])
    assoc = None
    if question is not None:
        from govrag.retrieval.rerank_assoc import article_lemmas, load_assoc

        assoc = load_assoc().normalised(question, [
            article_lemmas(str(getattr(r.hit, "caption", None) or ""), str(r.hit.text)) for r in ranked])
    new = m.scores(base, raw, [r.hit.law_id for r in ranked], [r.hit.article for r in ranked],
                   [r.rank_before for r in ranked], assoc)
    out = []
    for r, old, score in zip(ranked, base.tolist(), new.tolist(), strict=True):
        signals = {**r.signals, "learned": score - old}
        out.append(dataclasses.replace(r, score=float(score), signals=signals))
    return out
