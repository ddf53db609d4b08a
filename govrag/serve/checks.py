"""Output checks of plain (non-RAG) routes: statute citations and groundedness, besides bias.

* **Citations** in the restored answer are parsed with the one citation grammar
  (:func:`govrag.cite.parse_citations`). With a corpus configured (``rag.corpus``) each is verified
  (:func:`govrag.cite.verify_citations`: ``valid``, ``nonexistent``, ``misquoted``, ``unsupported``,
  ``unresolved``; ``not_in_sources`` when the request's sources name provisions); without one each
  is listed as ``unchecked``.
* **Groundedness** needs the text the answer should rest on: the request's ``govrag.sources``
  (texts, or ``{"text", "citation"}`` objects, or ``"system"`` for the system messages). Without
  sources the verdict says ``not_applicable`` (it is never silently skipped).

Verdicts are in the ``govrag`` field, the ``X-Govrag-*`` headers and the audit row. On a route
with ``output: annotate`` they only annotate; with ``output: block`` a failure withholds the
answer (:meth:`OutputChecks.sentence` is the per-sentence check of :mod:`govrag.serve.gate`,
:func:`answer_block` the whole-answer one). Explanations name statuses, slots and offsets, never
personal data values.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from govrag.serve.gate import Blocked
from govrag.serve.wire import Source

__all__ = ["BLOCKING_CITATIONS", "NO_CORPUS", "OutputChecks", "answer_block"]

#: Status of a citation when the gateway has no corpus to verify it against.
NO_CORPUS = "unchecked"
#: Citation statuses that block an answer under ``output: block`` (a corpus must be configured).
BLOCKING_CITATIONS = frozenset({"nonexistent", "misquoted", "unsupported"})


def answer_block(verdicts: Sequence[dict[str, Any]], citations: Sequence[dict[str, str]]) -> Blocked | None:
    """The first failed whole-answer verdict or blocking citation (no sentence index), or None."""
    for v in verdicts:
        if v.get("passed") is False:
            return Blocked(str(v["guard"]), None, "fail", v.get("explanation"))
    for c in citations:
        if c["status"] in BLOCKING_CITATIONS:
            return Blocked("citation", None, c["status"], f"{c['citation']}: {c['explanation']}")
    return None


def not_applicable(guard: str, why: str) -> dict[str, Any]:
    """A verdict that could not be reached (``passed`` None, ``status`` ``not_applicable``)."""
    return {"guard": guard, "passed": None, "status": "not_applicable", "score": None, "explanation": why}


class OutputChecks:
    """Citation and groundedness checks (thread-safe; the corpus is loaded on first use)."""

    def __init__(self, *, corpus: Callable[[], Any] | None) -> None:
        from govrag.guard import GroundednessGuard

        self._corpus_loader = corpus
        self._corpus: Any | None = None
        self._lock = threading.Lock()
        self.groundedness = GroundednessGuard()

    def corpus(self) -> Any | None:
        """The configured corpus, or None when the gateway has none."""
        if self._corpus is None and self._corpus_loader is not None:
            with self._lock:
                if self._corpus is None:
                    self._corpus = self._corpus_loader()
        return self._corpus

    def citations(self, answer: str, sources: Sequence[Source] | None) -> list[dict[str, str]]:
        """One entry per citation in ``answer``: its text, status and explanation."""
        from govrag.cite import parse_citations, verify_citations

        corpus = self.corpus()
        if corpus is None:
            return [{"citation": c.text, "status": NO_CORPUS,
                     "explanation": "no corpus configured on this gateway (rag.corpus); not verified"}
                    for c in parse_citations(answer)]
        named = [s.citation for s in sources or () if s.citation]
        report = verify_citations(answer, sources=named or None, corpus=corpus)
        return [{"citation": str(i.citation.text), "status": str(i.status), "explanation": str(i.explanation)}
                for i in report.items]

    def sentence(self, before: str, sentence: str, *, bias: Any, sources: Sequence[Source] | None,
                 ) -> tuple[str, str, str | None] | None:
        """The per-sentence checks of ``output: block`` on one restored ``sentence`` (``before`` is
        the text already released, the context of 「同条」 and the like): bias; with a corpus, the
        citations the sentence makes; with sources, groundedness. (check, status, explanation) of
        the first failure, or None."""
        v = bias.validate(sentence, sources=sources)
        if not v.passed:
            return "bias", "fail", str(v.explanation)
        corpus = self.corpus()
        if corpus is not None and sentence_cites(sentence):
            from govrag.cite import verify_citations

            named = [s.citation for s in sources or () if s.citation]
            report = verify_citations(before + sentence, sources=named or None, corpus=corpus)
            for item in report.items:
                if item.citation.start >= len(before) and str(item.status) in BLOCKING_CITATIONS:
                    return "citation", str(item.status), f"{item.citation.text}: {item.explanation}"
        if sources:
            g = self.groundedness.validate(sentence, sources=[s.text for s in sources])
            if not g.passed:
                return "groundedness", "fail", str(g.explanation)
        return None

    def grounded(self, answer: str, sources: Sequence[Source] | None) -> dict[str, Any]:
        """The groundedness verdict on ``answer`` against ``sources`` (not_applicable without)."""
        if not sources:
            return not_applicable("groundedness", "the request carried no sources (govrag.sources); "
                                                  "groundedness was not checked")
        v = self.groundedness.validate(answer, sources=[s.text for s in sources])
        return {"guard": v.guard, "passed": bool(v.passed), "status": "pass" if v.passed else "fail",
                "score": round(float(v.score), 4), "explanation": v.explanation}


def sentence_cites(sentence: str) -> bool:
    """Whether ``sentence`` contains a statute reference (cheap test before verification)."""
    from govrag.cite import parse_citations

    return bool(parse_citations(sentence))
