"""Pipeline: stages over a frozen :class:`~govrag.record.RunRecord`, checked when built.

A pipeline refuses, at build time, to place a stage that sends data out of the process before the
stage that redacts it, or a stage that reads a field nothing before it writes. Every run —
answered, blocked or failed — is written to the audit log when one is configured; a failed audit
write fails the run.

>>> from govrag.stages import NormalizeStage
>>> p = Pipeline([NormalizeStage()], audit=None)
>>> p.run("ＡＢＣ　行政手続法").record.normalized_query
'ABC 行政手続法'
>>> from govrag.stages import GenerateStage
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

from govrag.errors import ConfigError, GovragError, PolicyViolation, StageError
from govrag.record import INITIAL_FIELDS, RunRecord

if TYPE_CHECKING:
    from govrag.audit import AuditLog

__all__ = ["Pipeline", "RunResult", "Stage"]


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


#: Fields that hold unredacted user text: a sending stage may never read them.
PRIVATE_FIELDS = frozenset({"query", "normalized_query", "redaction"})


@dataclass(frozen=True, slots=True)
class RunResult:
    """What a caller gets back from :meth:`Pipeline.run`."""

    answer: str | None
    citations: tuple[Any, ...]
    findings: tuple[Any, ...]
    classification: Any | None
    verdicts: tuple[Any, ...]
    audit_id: str | None
    blocked: bool = False
    reason: str | None = None
    hits: tuple[Any, ...] = ()
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
                    "place a redacting stage (e.g. 'policy') before it"
                )
            leaking = sorted(stage.reads & PRIVATE_FIELDS)
            if leaking:
                raise ConfigError(
                    f"stage {stage.id!r} sends data out of the process and reads unredacted "
                    f"field(s) {', '.join(leaking)}; it may read outbound_query instead"
                )
        if "outbound_query" in stage.writes:
            redacted = True
        written |= stage.writes


class Pipeline:
    """An ordered, validated list of stages plus an optional audit log.

    ``audit`` must be given explicitly (``None`` disables auditing, for notebooks and tests).
    """

    def __init__(
        self,
        stages: Iterable[Stage],
        *,
        audit: AuditLog | None,
        name: str = "custom",
        spec_extra: Mapping[str, Any] | None = None,
    ) -> None:
        self.stages: tuple[Stage, ...] = tuple(stages)
        check_wiring(self.stages)
        self.audit = audit
        self.name = name
        self._spec_extra = dict(spec_extra or {})

    def __repr__(self) -> str:
        return f"Pipeline(name={self.name!r}, stages={[s.id for s in self.stages]!r})"

    # -- specs ---------------------------------------------------------------------------------
    def to_spec(self) -> dict[str, Any]:
        """A dict that :func:`govrag.spec.pipeline_from_spec` turns back into this pipeline."""
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

    # -- running -------------------------------------------------------------------------------
    def run(self, query: str, *, metadata: Mapping[str, Any] | None = None) -> RunResult:
        """Run every stage on ``query``; a policy stop gives ``blocked=True``, not an exception."""
        if not isinstance(query, str):
            raise ConfigError(f"query must be str, not {type(query).__name__}")
        record = RunRecord.start(query, metadata=metadata)
        error: GovragError | None = None
        for stage in self.stages:
            t0 = time.perf_counter()
            try:
                record = stage.run(record)
            except PolicyViolation as exc:
                record = record.with_timing(stage.id, time.perf_counter() - t0).evolve(
                    blocked=True, block_reason=f"{stage.id}: {exc}"
                )
                break
            except GovragError as exc:
                error = exc
                break
            except Exception as exc:  # a bug or a library failure: fail the run, keep the context
                error = StageError(f"{type(exc).__name__}: {exc}", stage=stage.id)
                error.__cause__ = exc
                break
            record = record.with_timing(stage.id, time.perf_counter() - t0)
            if record.blocked:
                break
        if self.audit is not None:
            from govrag.audit_entry import audit_entry

            entry, content = audit_entry(record, pipeline=self, error=error)
            audit_id = self.audit.append(entry, content=content)  # AuditError propagates: fail closed
            record = record.evolve(audit_id=audit_id)
        if error is not None:
            raise error
        return _result(record)

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
    def preset(cls, name: str, **resources: Any) -> Pipeline:
        """A built-in pipeline: ``qa``, ``drafting`` or ``strict`` (see :mod:`govrag.presets`)."""
        from govrag.presets import build_preset

        return build_preset(name, **resources)


def _result(record: RunRecord) -> RunResult:
    report = record.citation_report
    citations = tuple(getattr(report, "items", ()) or ()) if report is not None else ()
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
