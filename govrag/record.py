"""RunRecord: the frozen value a pipeline passes from stage to stage.

Each stage receives a record and returns a new one (``record.evolve(...)``); nothing is mutated,
so the record at every step can be inspected, audited or replayed.

>>> r = RunRecord.start("情報公開請求の期限は？")
>>> r2 = r.evolve(normalized_query="情報公開請求の期限は?")
>>> (r.normalized_query, r2.normalized_query, r2.run_id == r.run_id)
(None, '情報公開請求の期限は?', True)
>>> sorted(r2.written)[:3]
['metadata', 'normalized_query', 'query']
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

__all__ = ["INITIAL_FIELDS", "RunRecord", "new_run_id"]


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


@dataclass(frozen=True, slots=True)
class RunRecord:
    """Everything one run knows, stage by stage.

    ``query`` is the caller's text and never leaves the process; ``outbound_query`` is what may
    be sent out (redacted). ``redaction`` holds the placeholder vault and is excluded from repr.
    """

    run_id: str
    query: str = field(repr=False)
    started_at: float
    metadata: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    normalized_query: str | None = field(default=None, repr=False)
    findings: tuple[Any, ...] | None = None
    classification: Any | None = None
    redaction: Any | None = field(default=None, repr=False)
    outbound_query: str | None = None
    hits: tuple[Any, ...] | None = None
    messages: tuple[Mapping[str, str], ...] | None = field(default=None, repr=False)
    completion: Any | None = field(default=None, repr=False)
    answer: str | None = None
    citation_report: Any | None = None
    verdicts: tuple[Any, ...] = ()
    blocked: bool = False
    block_reason: str | None = None
    timings: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
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

    def add_verdicts(self, *verdicts: Any) -> RunRecord:
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


FIELD_NAMES: frozenset[str] = frozenset(f.name for f in dataclasses.fields(RunRecord))
