"""Where indexes live on this machine, and opening (or building) the one for a corpus.

>>> import os
>>> os.environ["GOVRAG_CACHE_DIR"] = "/tmp/gc"
>>> str(default_cache_dir())
'/tmp/gc'
>>> del os.environ["GOVRAG_CACHE_DIR"]
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from govrag.corpus import Corpus
    from govrag.retrieval.index import StatuteIndex

__all__ = ["default_cache_dir", "open_or_build_index"]


def default_cache_dir() -> Path:
    """``$GOVRAG_CACHE_DIR``, else ``$XDG_CACHE_HOME/govrag``, else ``~/.cache/govrag``."""
    if os.environ.get("GOVRAG_CACHE_DIR"):
        return Path(os.environ["GOVRAG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "govrag"


def open_or_build_index(
    corpus: Corpus,
    *,
    cache_dir: Path,
    progress: bool | None = None,
    dense_budget_s: float = 0.0,
    background: bool = False,
) -> StatuteIndex:
    """Reuse the index for this corpus content under ``cache_dir``, building its BM25 half on
    first use (it answers at once, in ``"sparse"`` mode, until the dense half is added: see
    :func:`govrag.retrieval.progressive.open_or_build`).

    Indexes live in ``cache_dir/index/<corpus hash>``; embeddings in ``cache_dir/embeddings.sqlite``
    (shared by every corpus version: an amended law re-embeds only the provisions that changed).
    """
    from govrag.retrieval.progressive import open_or_build

    return open_or_build(
        corpus, cache_dir=cache_dir, progress=progress, dense_budget_s=dense_budget_s, background=background
    )
