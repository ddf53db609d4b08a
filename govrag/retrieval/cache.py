"""Where indexes live on this machine, and opening (or building) the one for a corpus.

>>> import os
>>> os.environ["GOVRAG_CACHE_DIR"] = "/tmp/gc"
>>> str(default_cache_dir())
'/tmp/gc'
>>> del os.environ["GOVRAG_CACHE_DIR"]
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from govrag.errors import ConfigError, IndexIncomplete

if TYPE_CHECKING:
    from govrag.corpus import Corpus
    from govrag.retrieval.index import StatuteIndex

__all__ = ["default_cache_dir", "open_or_build_index"]

_log = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    """``$GOVRAG_CACHE_DIR``, else ``$XDG_CACHE_HOME/govrag``, else ``~/.cache/govrag``."""
    if os.environ.get("GOVRAG_CACHE_DIR"):
        return Path(os.environ["GOVRAG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "govrag"


def open_or_build_index(corpus: Corpus, *, cache_dir: Path, progress: bool | None = None) -> StatuteIndex:
    """Reuse the index for this corpus content under ``cache_dir``, building it on first use.

    Indexes live in ``cache_dir/index/<corpus hash>``; embeddings in ``cache_dir/embeddings.sqlite``.
    """
    from govrag.retrieval.index import StatuteIndex

    path = cache_dir / "index" / corpus.content_hash.removeprefix("sha256:")[:24]
    if path.exists():
        try:
            return StatuteIndex.open(path=str(path))
        except (IndexIncomplete, ConfigError) as exc:  # never use a half-built index: rebuild it
            _log.warning("rebuilding the index at %s (%s)", path, type(exc).__name__)
            return StatuteIndex.build(corpus, path=str(path), progress=progress, rebuild=True,
                                      cache_dir=cache_dir)
    path.mkdir(parents=True, exist_ok=True)
    # the embedding cache is shared by every corpus version: an amended law re-embeds only the
    # provisions whose text changed
    return StatuteIndex.build(corpus, path=str(path), progress=progress, cache_dir=cache_dir)


