"""Answer quality: does the answer cite, lead with and quote the article that answers the question?

For one question with gold articles and one answer (text + the sources it was given):

* ``top5`` — a gold article is among the first five sources;
* ``cited`` — a gold article is cited in the answer;
* ``first`` — the answer's first citation is a gold article;
* citation precision — of the distinct articles the answer cites, the share that are gold
  (summed over answers: Σ gold cited / Σ cited);
* ``dangling`` — quotes that start mid-provision (ただし…, 前項の場合…, 前条…, 同項…, この場合…)
  without an earlier quote from the same cited article (the rule they qualify); a quote that
  opens its article (「前条の規定による処分…」) is a rule itself.

Citations are those *outside* 「」 quotes (a quoted provision may itself mention other articles;
those are the statute's words, not the answer's citations), parsed with :mod:`govrag.cite`.

>>> from govrag.eval.questions import Gold, Question
>>> q = Question("q1", "審査基準は？", "paraphrase", (Gold("405AC0000000088", "行政手続法", "5"),))
>>> names = {"行政手続法": "405AC0000000088"}
>>> r = score_answer(q, "行政手続法第五条は、「行政庁は、審査基準を定めるものとする。」と定めています。"
...                  "行政手続法第八条は、「ただし、…」と定めています。", sources=[], law_names=names)
>>> (r.cited, r.first, r.citations, r.gold_citations, r.quotes, r.dangling)
(True, True, 2, 1, 2, 1)
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from govrag.errors import InputError
from govrag.eval.questions import Question

__all__ = ["AnswerReport", "AnswerResult", "evaluate_answers", "score_answer"]

#: A quote opening like this qualifies or refers back to an earlier rule.
MID_PROVISION = re.compile(
    r"^(?:ただし|但し|前項|前条|前各項|前各号|前号|前[二三四五六七八九十]+項|同項|同条|同号|この場合)"
)


@dataclass(frozen=True, slots=True)
class AnswerResult:
    """The measures for one answer."""

    id: str
    top5: bool
    cited: bool
    first: bool
    citations: int  # distinct articles cited outside quotes
    gold_citations: int
    quotes: int
    dangling: int
    answered: bool  # the answer quotes something (did not say that nothing matched)
    latency_ms: float = 0.0


@dataclass(frozen=True, slots=True)
class AnswerReport:
    """Aggregates over a question set, with per-question results."""

    name: str
    results: tuple[AnswerResult, ...]

    @property
    def n(self) -> int:
        return len(self.results)

    def rate(self, attr: str) -> float:
        return sum(bool(getattr(r, attr)) for r in self.results) / max(1, self.n)

    @property
    def precision(self) -> float:
        cited = sum(r.citations for r in self.results)
        return sum(r.gold_citations for r in self.results) / cited if cited else 0.0

    @property
    def citations_per_answer(self) -> float:
        return sum(r.citations for r in self.results) / max(1, self.n)

    @property
    def dangling(self) -> int:
        return sum(r.dangling for r in self.results)

    @property
    def quotes(self) -> int:
        return sum(r.quotes for r in self.results)

    @property
    def latency_p50_ms(self) -> float:
        return statistics.median(r.latency_ms for r in self.results) if self.results else 0.0

    def to_markdown(self) -> str:
        """One table row set (measure | value)."""
        rows = [
            ("answering article in the top-5 sources", f"{self.rate('top5'):.3f}"),
            ("… cited anywhere in the answer", f"{self.rate('cited'):.3f}"),
            ("… is the answer's first citation", f"{self.rate('first'):.3f}"),
            (f"citation precision ({self.citations_per_answer:.1f} articles cited per answer)",
             f"{self.precision:.3f}"),
            ("quotes starting mid-provision without their rule", f"{self.dangling} of {self.quotes}"),
            ("answers saying nothing matched", f"{self.n - sum(r.answered for r in self.results)}"),
            ("answer latency p50 (ms)", f"{self.latency_p50_ms:.0f}"),
        ]
        return "\n".join([f"| measure ({self.name}, n={self.n}) | value |", "|---|---|",
                          *(f"| {a} | {b} |" for a, b in rows)])


def _outside(spans: Sequence[tuple[int, int]], start: int) -> bool:
    return not any(s <= start < e for s, e in spans)


def score_answer(
    question: Question,
    answer: str,
    *,
    sources: Sequence[Any],
    corpus: Any | None = None,
    law_names: Mapping[str, str] | None = None,
    latency_ms: float = 0.0,
) -> AnswerResult:
    """The measures of one answer (``sources`` in the order they were given, with ``law_id`` and
    ``article``)."""
    from govrag.cite import parse_citations
    from govrag.cite.lexer import quote_spans

    gold = question.gold_keys
    spans = quote_spans(answer)
    cits = [c for c in parse_citations(answer, corpus=corpus, law_names=law_names)
            if _outside(spans, c.start) and c.law_id and c.article]
    keys = [(str(c.law_id), str(c.article)) for c in cits]
    distinct = list(dict.fromkeys(keys))
    dangling = 0
    quoted_from: list[tuple[str, str] | None] = []
    for s, e in spans:
        before = [k for c, k in zip(cits, keys, strict=True) if c.end <= s]
        owner = before[-1] if before else None
        content = answer[s + 1:e - 1]
        if (MID_PROVISION.match(content) and (owner is None or owner not in quoted_from)
                and not _opens_provision(content, owner, sources)):
            dangling += 1
        quoted_from.append(owner)
    top = [(str(h.law_id), str(h.article)) for h in list(sources)[:5]]
    return AnswerResult(
        id=question.id,
        top5=any(k in gold for k in top),
        cited=any(k in gold for k in distinct),
        first=bool(distinct) and distinct[0] in gold,
        citations=len(distinct),
        gold_citations=sum(k in gold for k in distinct),
        quotes=len(spans),
        dangling=dangling,
        answered=bool(spans),
        latency_ms=latency_ms,
    )


def _opens_provision(quote: str, owner: tuple[str, str] | None, sources: Sequence[Any]) -> bool:
    """True when ``quote`` is the opening of its article (「前条の規定による…」 starts a rule)."""
    return owner is not None and any(
        (str(h.law_id), str(h.article)) == owner and str(h.text).lstrip().startswith(quote[:30])
        for h in sources)


AnswerFn = Callable[[str], tuple[str, Sequence[Any]]]


def evaluate_answers(
    answer_fn: AnswerFn,
    questions: Iterable[Question],
    *,
    corpus: Any,
    name: str = "",
) -> AnswerReport:
    """Ask ``answer_fn(question) -> (answer, sources)`` every question and score the answers."""
    import time

    qs = list(questions)
    if not qs:
        raise InputError("no questions to evaluate")
    results = []
    for q in qs:
        t0 = time.perf_counter()
        answer, sources = answer_fn(q.question)
        ms = (time.perf_counter() - t0) * 1000
        results.append(score_answer(q, answer, sources=sources, corpus=corpus, latency_ms=ms))
    return AnswerReport(name=name, results=tuple(results))
