"""Pipeline: stages over a frozen :class:`~govrag.pipeline.record.RunRecord`, checked twice.

When built, a pipeline refuses to place a stage that sends data out of the process before the
redacting ``policy`` stage, a sending stage that reads a private field, a stage that reads a field
nothing before it writes, and any stage but ``policy`` that writes the redacted fields. When run,
it checks what every stage actually wrote against what it declared, and refuses to start a
sending stage unless ``policy`` really redacted the query in this run. Every run — answered,
blocked or failed — is written to the audit log when one is configured (a failed audit write
fails the run), and only :class:`~govrag.errors.GovragError` leaves :meth:`Pipeline.run`.

>>> from govrag.pipeline.stages import NormalizeStage
>>> p = Pipeline([NormalizeStage()], audit=None)
>>> p.run("ＡＢＣ　行政手続法").record.normalized_query
'ABC 行政手続法'
>>> from govrag.pipeline.stages import GenerateStage
>>> Pipeline([GenerateStage(provider="extractive")], audit=None)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
govrag.errors.ConfigError: stage 'generate' reads classification, hits, outbound_query, but nothing ...
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from govrag.errors import AuditError, ConfigError, GovragError, PolicyViolation, StageError
from govrag.pipeline.audit_entry import audit_entry
from govrag.pipeline.presets import preset_stages
from govrag.pipeline.record import FIELD_NAMES, INITIAL_FIELDS, PRIVATE_FIELDS, RunRecord
from govrag.pipeline.stages import REDACTED_FIELDS, is_redacting

if TYPE_CHECKING:
    from govrag.audit import BaseAuditLog
    from govrag.cite.model import CitationCheck
    from govrag.dlp.model import Classification, Finding
    from govrag.guard.base import Verdict
    from govrag.retrieval.state import Hit

__all__ = ["PIPELINE_FIELDS", "PRIVATE_FIELDS", "Pipeline", "RunResult", "Stage", "build_preset",
           "check_wiring"]

#: Fields only the pipeline itself sets; no stage may declare or change them.
PIPELINE_FIELDS: frozenset[str] = INITIAL_FIELDS | {
    "blocked", "block_reason", "blocked_by", "timings", "audit_id"}


@runtime_checkable
class Stage(Protocol):
    """One step of a pipeline.

    ``reads``/``writes`` name :class:`RunRecord` fields; ``sends_data`` is True when the stage
    may send record content out of the process (a remote model, a remote index).
    """

    id: str
    reads: frozenset[str]
    writes: frozenset[str]
    sends_data: bool

    def run(self, record: RunRecord) -> RunRecord: ...

    def options(self) -> dict[str, Any]:
        """JSON-able options that rebuild this stage from the registry (for ``to_spec``)."""
        ...


@dataclass(frozen=True, slots=True)
class RunResult:
    """What a caller gets back from :meth:`Pipeline.run`."""

    answer: str | None
    citations: tuple[CitationCheck, ...]
    findings: tuple[Finding, ...]
    classification: Classification | None
    verdicts: tuple[Verdict, ...]
    audit_id: str | None
    blocked: bool = False
    reason: str | None = None
    hits: tuple[Hit, ...] = ()
    cost_jpy: float | None = None
    record: RunRecord | None = field(default=None, repr=False, compare=False)

    @property
    def citation_report(self) -> Any | None:
        return self.record.citation_report if self.record is not None else None


def check_wiring(stages: Sequence[Stage]) -> None:
    """Raise ConfigError when ``stages`` cannot run safely in this order."""
    if not stages:
        raise ConfigError("a pipeline needs at least one stage")
    written: set[str] = set(INITIAL_FIELDS)
    redacted = False
    seen: set[str] = set()
    for stage in stages:
        if not isinstance(stage, Stage):
            raise ConfigError(f"{stage!r} is not a Stage (needs id, reads, writes, sends_data, run)")
        if stage.id in seen:
            raise ConfigError(f"stage {stage.id!r} appears twice")
        seen.add(stage.id)
        unknown = sorted((stage.reads | stage.writes) - FIELD_NAMES)
        if unknown:
            raise ConfigError(f"stage {stage.id!r} names unknown record field(s) {', '.join(unknown)}")
        reserved = sorted(stage.writes & PIPELINE_FIELDS)
        if reserved:
            raise ConfigError(f"stage {stage.id!r} may not write {', '.join(reserved)}: "
                              "only the pipeline sets them")
        if stage.writes & REDACTED_FIELDS and not is_redacting(stage):
            raise ConfigError(
                f"stage {stage.id!r} writes {', '.join(sorted(stage.writes & REDACTED_FIELDS))}, "
                "which only the redacting 'policy' stage may write")
        missing = sorted(stage.reads - written)
        if missing:
            raise ConfigError(
                f"stage {stage.id!r} reads {', '.join(missing)}, but nothing before it writes them "
                f"(written so far: {', '.join(sorted(written))})"
            )
        if stage.sends_data:
            if not redacted:
                raise ConfigError(
                    f"stage {stage.id!r} sends data out of the process but comes before redaction; "
                    "place the redacting stage 'policy' before it"
                )
            leaking = sorted(stage.reads & PRIVATE_FIELDS)
            if leaking:
                raise ConfigError(
                    f"stage {stage.id!r} sends data out of the process and reads private "
                    f"field(s) {', '.join(leaking)}; it may read outbound_query instead"
                )
        if is_redacting(stage):
            redacted = True
        written |= stage.writes


def bind_ceilings(stages: Sequence[Stage]) -> None:
    """The 機密性 ceiling of retrieval follows the model it feeds: a retrieve stage without
    ``max_level`` gets the lowest ``max_level`` of the pipeline's providers (so a passage above
    it is never retrieved); one set above that is a ConfigError."""
    levels = [
        lv for s in stages
        if isinstance(lv := getattr(getattr(s, "provider", None), "max_level", None), int)
        and not isinstance(lv, bool)
    ]
    if not levels:
        return
    ceiling = min(levels)
    for s in stages:
        if s.id != "retrieve" or not hasattr(s, "max_level"):
            continue
        current = s.max_level
        if current is None:
            s.max_level = ceiling
        elif current > ceiling:
            raise ConfigError(
                f"stage 'retrieve' has max_level {current}, above the provider's max_level {ceiling}: "
                "passages it returns could not be sent"
            )


class Pipeline:
    """An ordered, validated list of stages plus an optional audit log.

    ``audit`` must be given explicitly (``None`` disables auditing, for notebooks and tests).
    """

    def __init__(
        self,
        stages: Iterable[Stage],
        *,
        audit: BaseAuditLog | None,
        name: str = "custom",
        spec_extra: Mapping[str, Any] | None = None,
    ) -> None:
        self.stages: tuple[Stage, ...] = tuple(stages)
        check_wiring(self.stages)
        bind_ceilings(self.stages)
        self.audit = audit
        self.name = name
        self._spec_extra = dict(spec_extra or {})

    def __repr__(self) -> str:
        return f"Pipeline(name={self.name!r}, stages={[s.id for s in self.stages]!r})"

    # -- specs ---------------------------------------------------------------------------------
    def to_spec(self) -> dict[str, Any]:
        """A dict that :func:`govrag.pipeline.spec.pipeline_from_spec` turns back into this pipeline."""
        spec: dict[str, Any] = {"name": self.name, "stages": []}
        for stage in self.stages:
            entry: dict[str, Any] = {"id": stage.id}
            opts = stage.options()
            if opts:
                entry["options"] = opts
            spec["stages"].append(entry)
        spec.update(self._spec_extra)
        return spec

    @property
    def spec_hash(self) -> str:
        canonical = json.dumps(self.to_spec(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    @property
    def provider_id(self) -> str | None:
        """The id of the first stage's provider that has one (for the audit row)."""
        for stage in self.stages:
            provider = getattr(stage, "provider", None)
            if provider is not None:
                return str(getattr(provider, "id", None) or type(provider).__name__)
        return None

    # -- running -------------------------------------------------------------------------------
    def run(self, query: str, *, metadata: Mapping[str, Any] | None = None) -> RunResult:
        """Run every stage on ``query``; a policy stop gives ``blocked=True``, not an exception.

        Any other failure raises a :class:`~govrag.errors.GovragError` after the run was audited.
        """
        if not isinstance(query, str):
            raise ConfigError(f"query must be str, not {type(query).__name__}")
        record = RunRecord.start(query, metadata=metadata)
        error: GovragError | None = None
        try:
            record, error = self._run_stages(record)
        finally:
            # audited whatever happened above; an audit failure fails the run (fail closed)
            record = self._audit(record, error)
        if error is not None:
            raise error
        return _result(record)

    def _run_stages(self, record: RunRecord) -> tuple[RunRecord, GovragError | None]:
        redacted = False
        for stage in self.stages:
            if stage.sends_data and not redacted:
                return record, StageError(
                    "refusing to run a sending stage: the query was not redacted in this run",
                    stage=stage.id)
            t0 = time.perf_counter()
            try:
                out = stage.run(record)
            except PolicyViolation as exc:
                return record.with_timing(stage.id, time.perf_counter() - t0).evolve(
                    blocked=True, block_reason=f"{stage.id}: {exc}",
                    blocked_by=(stage.id, type(exc).__name__)), None
            except GovragError as exc:
                return record, _with_stage(exc, stage.id)
            except Exception as exc:  # a bug or a library failure: fail the run, keep the context
                err = StageError(f"{type(exc).__name__}: {exc}", stage=stage.id)
                err.__cause__ = exc
                return record, err
            try:
                checked, changed = _checked_output(stage, record, out)
            except StageError as problem:
                return record, problem
            if is_redacting(stage) and "outbound_query" in changed:
                redacted = True
            record = checked.with_timing(stage.id, time.perf_counter() - t0)
        return record, None

    def _audit(self, record: RunRecord, error: GovragError | None) -> RunRecord:
        if self.audit is None:
            return record
        entry, content = audit_entry(record, pipeline_name=self.name, spec_hash=self.spec_hash,
                                     provider_id=self.provider_id, error=error)
        try:
            audit_id = self.audit.append(entry, content=content)
        except AuditError:
            raise
        except Exception as exc:  # the log's own failure must still be a typed error
            raise AuditError(f"the audit write failed: {type(exc).__name__}") from exc
        return record.evolve(audit_id=audit_id)

    async def arun(self, query: str, *, metadata: Mapping[str, Any] | None = None) -> RunResult:
        """:meth:`run` in a worker thread, for asyncio applications."""
        return await asyncio.to_thread(self.run, query, metadata=metadata)

    def run_batch(
        self,
        queries: Iterable[str],
        *,
        max_workers: int = 1,
        metadata: Mapping[str, Any] | None = None,
    ) -> list[RunResult]:
        """Run many queries; results keep the input order. Errors propagate (fail closed)."""
        items = list(queries)
        if max_workers <= 1:
            return [self.run(q, metadata=metadata) for q in items]
        with ThreadPoolExecutor(max_workers=max_workers) as pool:
            return list(pool.map(lambda q: self.run(q, metadata=metadata), items))

    # -- presets ---------------------------------------------------------------------------------
    @classmethod
    def preset(cls, name: str, *, audit: BaseAuditLog | None, **resources: Any) -> Pipeline:
        """A built-in pipeline: ``qa``, ``drafting`` or ``strict`` (see :mod:`govrag.pipeline.presets`)."""
        return cls(preset_stages(name, **resources), audit=audit, name=name)


def build_preset(name: str, *, audit: BaseAuditLog | None, **resources: Any) -> Pipeline:
    """:meth:`Pipeline.preset` as a function."""
    return Pipeline.preset(name, audit=audit, **resources)


def _checked_output(stage: Stage, before: RunRecord, out: object) -> tuple[RunRecord, frozenset[str]]:
    """``out`` and the fields it changed; StageError when it is not this run's record or changed
    fields ``stage`` did not declare."""
    if not isinstance(out, RunRecord):
        raise StageError(f"returned {type(out).__name__}, not a RunRecord", stage=stage.id)
    if out.run_id != before.run_id:
        raise StageError("returned another run's record", stage=stage.id)
    changed = before.changed(out)
    undeclared = sorted(changed - stage.writes - {"timings"})
    if undeclared:
        raise StageError(f"wrote undeclared field(s) {', '.join(undeclared)}", stage=stage.id)
    return out, changed


def _with_stage(exc: GovragError, stage_id: str) -> GovragError:
    if getattr(exc, "stage", None) is None:
        try:
            exc.stage = stage_id  # type: ignore[attr-defined]
        except AttributeError:  # pragma: no cover - slotted third-party subclasses
            pass
    return exc


def _result(record: RunRecord) -> RunResult:
    report = record.citation_report
    citations = tuple(report.items) if report is not None else ()
    return RunResult(
        answer=None if record.blocked else record.answer,
        citations=citations,
        findings=tuple(record.findings or ()),
        classification=record.classification,
        verdicts=record.verdicts,
        audit_id=record.audit_id,
        blocked=record.blocked,
        reason=record.block_reason,
        hits=tuple(record.hits or ()),
        cost_jpy=record.cost_jpy,
        record=record,
    )
