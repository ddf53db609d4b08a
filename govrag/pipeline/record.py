"""RunRecord: the frozen value a pipeline passes from stage to stage.

Each stage receives a record and returns a new one (``record.evolve(...)``); nothing is mutated,
so the record at every step can be inspected, audited or replayed. Every field says whether it
holds unredacted user text (``private``): a stage that sends data out of the process may never
read a private field (checked when the pipeline is built).

>>> r = RunRecord.start("情報公開請求の期限は？")
>>> r2 = r.evolve(normalized_query="情報公開請求の期限は?")
>>> (r.normalized_query, r2.normalized_query, r2.run_id == r.run_id)
(None, '情報公開請求の期限は?', True)
>>> sorted(r2.written)[:3]
['metadata', 'normalized_query', 'query']
>>> sorted(PRIVATE_FIELDS)
['answer', 'citation_report', 'normalized_query', 'query', 'redaction']
>>> sorted(r.changed(r2))
['normalized_query']
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from govrag.cite.report import CitationReport
    from govrag.dlp.model import Classification, Finding
    from govrag.dlp.redact import Redaction
    from govrag.guard.base import Verdict
    from govrag.providers.base import Completion
    from govrag.retrieval.state import Hit

__all__ = ["FIELD_NAMES", "INITIAL_FIELDS", "PRIVATE_FIELDS", "RunRecord", "new_run_id"]


def new_run_id() -> str:
    """A time-sortable unique id (UUIDv7 layout: 48-bit ms timestamp + 80 random bits)."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms << 80) | rand
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


#: Fields set when a run starts; stages may read them without anything writing them.
INITIAL_FIELDS: frozenset[str] = frozenset({"run_id", "query", "metadata", "started_at"})

_PRIVATE = {"private": True}


def _empty_map() -> Mapping[str, Any]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class RunRecord:
    """Everything one run knows, stage by stage.

    ``query`` is the caller's text and never leaves the process; ``outbound_query`` is what may
    be sent out (redacted, written only by the redacting ``policy`` stage). ``answer`` holds the
    model output with personal values restored, so it is private too. Private fields are
    excluded from ``repr``. ``blocked_by`` is ``(stage id, error type)`` of a policy stop and
    ``block_reason`` its message, which may quote the text and so goes to the audit row's
    content, not its record.
    """

    run_id: str
    query: str = field(repr=False, metadata=_PRIVATE)
    started_at: float = 0.0
    metadata: Mapping[str, Any] = field(default_factory=_empty_map)
    normalized_query: str | None = field(default=None, repr=False, metadata=_PRIVATE)
    findings: tuple[Finding, ...] | None = None
    classification: Classification | None = None
    redaction: Redaction | None = field(default=None, repr=False, metadata=_PRIVATE)
    outbound_query: str | None = None
    hits: tuple[Hit, ...] | None = None
    #: passages above the run's 機密性 ceiling that the retrieve stage's filter kept out (a count)
    withheld: int | None = None
    rerank: tuple[Mapping[str, Any], ...] | None = None
    messages: tuple[Mapping[str, str], ...] | None = field(default=None, repr=False)
    completion: Completion | None = field(default=None, repr=False)
    answer: str | None = field(default=None, repr=False, metadata=_PRIVATE)
    citation_report: CitationReport | None = field(default=None, repr=False, metadata=_PRIVATE)
    verdicts: tuple[Verdict, ...] = ()
    blocked: bool = False
    block_reason: str | None = field(default=None, repr=False)
    blocked_by: tuple[str, str] | None = None
    timings: Mapping[str, float] = field(default_factory=_empty_map)
    cost_jpy: float | None = None
    audit_id: str | None = None

    @classmethod
    def start(cls, query: str, *, metadata: Mapping[str, Any] | None = None) -> RunRecord:
        """A fresh record for ``query`` with a new run id."""
        return cls(
            run_id=new_run_id(),
            query=query,
            started_at=time.time(),
            metadata=MappingProxyType(dict(metadata or {})),
        )

    def evolve(self, **changes: Any) -> RunRecord:
        """A copy with ``changes`` applied (unknown field names are an error)."""
        return dataclasses.replace(self, **changes)

    def with_timing(self, stage: str, seconds: float) -> RunRecord:
        timings = dict(self.timings)
        timings[stage] = timings.get(stage, 0.0) + seconds
        return self.evolve(timings=MappingProxyType(timings))

    def add_verdicts(self, *verdicts: Verdict) -> RunRecord:
        return self.evolve(verdicts=(*self.verdicts, *verdicts))

    @property
    def written(self) -> frozenset[str]:
        """Names of fields that hold a value (initial fields included)."""
        names = set(INITIAL_FIELDS)
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value is not None and value != () and f.name not in {"blocked", "timings"}:
                names.add(f.name)
        return frozenset(names)

    def changed(self, other: RunRecord) -> frozenset[str]:
        """Names of the fields whose value differs in ``other`` (by identity or equality)."""
        out = set()
        for name in FIELD_NAMES:
            a, b = getattr(self, name), getattr(other, name)
            if a is b:
                continue
            try:
                same = bool(a == b)
            except Exception:  # values whose == is not a plain bool (e.g. arrays): compare by identity
                same = False
            if not same:
                out.add(name)
        return frozenset(out)


FIELD_NAMES: frozenset[str] = frozenset(f.name for f in dataclasses.fields(RunRecord))

#: Fields that hold unredacted user text: a sending stage may never read them.
PRIVATE_FIELDS: frozenset[str] = frozenset(
    f.name for f in dataclasses.fields(RunRecord) if f.metadata.get("private")
)
