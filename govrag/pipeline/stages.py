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
from collections.abc import Mapping
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
    """Hybrid statute retrieval with the redacted query."""

    id = "retrieve"
    reads = frozenset({"outbound_query"})
    writes = frozenset({"hits"})

    def __init__(self, *, index: Any | None = None, k: int = 5, laws: list[str] | None = None) -> None:
        if k < 1:
            raise ConfigError("k must be >= 1")
        self.index = index
        self.k = k
        self.laws = laws
        self.sends_data = bool(getattr(index, "is_remote", False))

    def options(self) -> dict[str, Any]:
        opts: dict[str, Any] = {"k": self.k}
        if self.laws:
            opts["laws"] = list(self.laws)
        return opts

    def run(self, record: RunRecord) -> RunRecord:
        if self.index is None:
            raise StageError("no index configured: pass index=StatuteIndex...", stage=self.id)
        query = _PLACEHOLDER.sub(" ", _need(record.outbound_query, "outbound_query", self.id))
        hits = tuple(self.index.search(query, k=self.k, laws=self.laws))
        return record.evolve(hits=hits)


class InjectionGuardStage(_Base):
    """Drop (or block on) retrieved passages and queries that carry prompt-injection text."""

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
        verdicts = [guard.validate(_need(record.outbound_query, "outbound_query", self.id))]
        if not verdicts[0].passed:
            raise ContentFiltered("the query looks like a prompt-injection attempt", stage=self.id,
                                  reason=verdicts[0].explanation)
        kept = []
        for hit in record.hits or ():
            verdict = guard.validate(hit.text)
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

        check_level(level, max_level=max_level, provider=self.provider.id)
        messages = build_messages(query, list(record.hits or ()), task=self.task)
        completion = self.provider.complete(messages, level=level, **self.completion_options)
        cost = completion.cost_jpy
        total = None if cost is None else (record.cost_jpy or 0.0) + cost
        return record.evolve(
            messages=tuple(MappingProxyType(dict(m)) for m in messages), completion=completion,
            cost_jpy=total,
        )


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
        report = verify_citations(answer, sources=list(record.hits or ()), corpus=self.corpus)
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
        verdict = self._guard().validate(answer, sources=[h.text for h in record.hits or ()])
        if not verdict.passed and self.on_fail == "block":
            raise ContentFiltered(f"{self.id} refused the answer", stage=self.id,
                                  reason=verdict.explanation)
        return record.add_verdicts(verdict)


class GroundednessGuardStage(_AnswerGuardStage):
    """Every answer sentence must be supported by the retrieved provisions."""

    id = "groundedness_guard"
    guard_name = "GroundednessGuard"


class BiasGuardStage(_AnswerGuardStage):
    """Refuse discriminatory or stereotyping output."""

    id = "bias_guard"
    guard_name = "BiasGuard"


#: Fields only the redacting stage may write.
REDACTED_FIELDS: frozenset[str] = frozenset({"redaction", "outbound_query"})


def is_redacting(stage: object) -> bool:
    """True only for govrag's own redacting stage (not a subclass, not a stage that says so)."""
    return type(stage) is PolicyStage


#: Stage ids usable in specs. Resources (index, corpus, provider objects) come from the caller.
STAGES: Registry[Any] = Registry("stage", entry_point_group="govrag.stages")
for _cls in (NormalizeStage, DLPStage, PolicyStage, RetrieveStage, InjectionGuardStage, GenerateStage,
             RestoreStage, CitationStage, GroundednessGuardStage, BiasGuardStage):
    STAGES.register(_cls.id, _cls)
