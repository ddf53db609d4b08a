"""llama-index integration: :class:`GovragRetriever` returns statute hits as ``NodeWithScore``.

llama-index is imported only by this module (``import govrag`` never loads it). Nothing in this module touches
``llama_index.core.Settings``: pass an explicit ``llm=`` to query engines (see
``examples/llamaindex_query_engine.py``), so llama-index never falls back to OpenAI.

>>> from govrag.retrieval.llamaindex import hit_metadata
>>> from govrag.retrieval.index import Hit
>>> hit_metadata(Hit(law_id="405AC0000000088", law_title="行政手続法", article="7", paragraph=None,
...                  text="…", score=1.0, citation="行政手続法第七条"))["citation"]
'行政手続法第七条'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from govrag.errors import ConfigError
from govrag.retrieval.index import Hit, StatuteIndex

try:
    from llama_index.core.retrievers import BaseRetriever
    from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
except ImportError as exc:  # pragma: no cover - optional extra
    raise ConfigError(
        "govrag.retrieval.llamaindex needs llama-index-core (pip install 'govrag[llamaindex]')"
    ) from exc

__all__ = ["GovragRetriever", "hit_metadata", "hit_to_node"]


def hit_metadata(hit: Hit) -> dict[str, Any]:
    """Statute metadata carried on each node (JSON-friendly values)."""
    return {
        "law_id": hit.law_id,
        "law_title": hit.law_title,
        "article": hit.article,
        "paragraph": hit.paragraph,
        "citation": hit.citation,
        "caption": hit.caption,
        "revision_id": hit.revision_id,
        "chapter_path": list(hit.chapter_path),
        "suppl": hit.suppl,
        "match": hit.match,
        "sparse_rank": hit.sparse_rank,
        "dense_rank": hit.dense_rank,
    }


def hit_to_node(hit: Hit) -> NodeWithScore:
    """A llama-index ``NodeWithScore`` for one hit (node id = the unit id)."""
    node = TextNode(
        id_=hit.unit_id or hit.citation,
        text=hit.text,
        metadata=hit_metadata(hit),
        excluded_embed_metadata_keys=["sparse_rank", "dense_rank", "match"],
        excluded_llm_metadata_keys=["sparse_rank", "dense_rank", "match", "chapter_path", "revision_id"],
    )
    return NodeWithScore(node=node, score=hit.score)


class GovragRetriever(BaseRetriever):  # type: ignore[misc,unused-ignore]
    """A llama-index retriever over a :class:`StatuteIndex`.

    ``k`` hits per query; ``laws`` restricts to some laws; ``include_suppl`` adds 附則.
    """

    def __init__(
        self,
        index: StatuteIndex,
        *,
        k: int = 5,
        laws: Sequence[str] | None = None,
        include_suppl: bool = False,
        **kwargs: Any,
    ) -> None:
        if k < 1:
            raise ConfigError(f"k must be >= 1, got {k}")
        self._index = index
        self._k = k
        self._laws = list(laws) if laws else None
        self._suppl = include_suppl
        super().__init__(**kwargs)

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        hits = self._index.search(
            query_bundle.query_str, k=self._k, laws=self._laws, include_suppl=self._suppl
        )
        return [hit_to_node(h) for h in hits]
