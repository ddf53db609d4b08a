"""RAG routes ``govrag-qa/<provider>``: the ``qa`` preset pipeline over the configured corpus and
index, answering the last user message; citations come back with their verification status.

The gateway has already screened the request (policy, injection); the pipeline redacts again
before its provider, restores, verifies citations and runs the groundedness and bias guards. The
gateway writes the one audit row (the pipeline gets no audit log of its own).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from govrag.errors import InvalidRequest, PolicyViolation
from govrag.serve.config import RagConfig

if TYPE_CHECKING:
    from govrag.serve.config import RouteConfig
    from govrag.serve.runstate import Run
    from govrag.serve.screen import Screened
    from govrag.serve.wire import ChatRequest

__all__ = ["RagRunner"]


def _verdict(v: Any) -> dict[str, Any]:
    passed = bool(getattr(v, "passed", False))
    return {"guard": str(getattr(v, "guard", "guard")), "passed": passed,
            "status": "pass" if passed else "fail", "score": round(float(getattr(v, "score", 0.0)), 4),
            "explanation": str(getattr(v, "explanation", ""))}


class RagRunner:
    """Loads the corpus and index once; one ``qa`` pipeline per route."""

    def __init__(self, config: RagConfig, *, engine: Any) -> None:
        from govrag.corpus import Corpus
        from govrag.retrieval import StatuteIndex

        self.config = config
        self.corpus = Corpus.from_paths(config.corpus)
        if config.index:
            self.index = StatuteIndex.open(path=config.index)
        else:  # in-memory BM25 index, built at startup (seconds for the core laws)
            self.index = StatuteIndex.build(self.corpus, embedder=None, progress=False)
        self._engine = engine
        self._pipelines: dict[str, Any] = {}
        self._lock = threading.Lock()

    def pipeline(self, route: RouteConfig, provider: Any) -> Any:
        from govrag import Pipeline

        with self._lock:
            if route.name not in self._pipelines:
                self._pipelines[route.name] = Pipeline.preset(
                    "qa", index=self.index, corpus=self.corpus, provider=provider, audit=None,
                    k=self.config.k, dlp_engine=self._engine)
            return self._pipelines[route.name]

    def answer(self, gw: Any, run: Run, route: RouteConfig, req: ChatRequest, screened: Screened) -> str:
        """Run the pipeline on the last user message; fills ``run`` (citations, verdicts, usage)."""
        question = next((m["content"] for m in reversed(req.messages) if m["role"] == "user"), "")
        if not question.strip():
            raise InvalidRequest("a govrag-qa route needs a user message with the question", param="messages")
        pipe = self.pipeline(route, gw.providers[route.name])
        with self._lock:  # the local index is shared: one retrieval at a time
            result = pipe.run(question)
        if result.blocked or result.answer is None:
            raise PolicyViolation(f"blocked by the qa pipeline: {result.reason}", stage="serve.rag",
                                  reason=str(result.reason))
        record = result.record
        completion = getattr(record, "completion", None)
        if completion is not None:
            gw.account(run, completion)
            run.content["output"] = str(completion.text)
        run.yen = result.cost_jpy
        run.citations = [{"citation": str(c.citation.text), "status": str(c.status),
                          "explanation": str(getattr(c, "explanation", ""))} for c in result.citations]
        run.verdicts.extend(_verdict(v) for v in result.verdicts)
        return str(result.answer)
