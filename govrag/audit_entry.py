"""Turn a finished :class:`~govrag.record.RunRecord` into an audit entry.

The entry holds metadata only (hashes, types and positions of findings, provision ids with
revisions, provider and model version, verdicts, timings, cost); text that could carry personal
data (the redacted query, the prompt, the model output *before* placeholders were restored) goes
in ``content``, which the audit log stores according to its capture level.

>>> from govrag.record import RunRecord
>>> entry, content = audit_entry(RunRecord.start("テスト"), pipeline=None)
>>> entry["schema"], entry["query_hash"][:7], sorted(content)
('govrag.audit/1', 'sha256:', [])
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from govrag.record import RunRecord

if TYPE_CHECKING:
    from govrag.pipeline import Pipeline

__all__ = ["audit_entry", "sha256_tag"]

SCHEMA = "govrag.audit/1"


def sha256_tag(text: str) -> str:
    """``sha256:<hex>`` of the UTF-8 text."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if isinstance(obj, (str, int, float, bool)) or obj is None:
        return obj
    return str(obj)


def _finding(f: Any) -> dict[str, Any]:
    return {k: getattr(f, k, None) for k in ("entity_type", "start", "end", "score", "recognizer")}


def _source(h: Any) -> dict[str, Any]:
    return {k: getattr(h, k, None) for k in
            ("law_id", "revision_id", "article", "paragraph", "citation", "score")}


def _citation(c: Any) -> dict[str, Any]:
    cit = c.citation
    return {
        "text": cit.text, "start": cit.start, "end": cit.end, "law_id": cit.law_id,
        "article": cit.article, "paragraph": cit.paragraph, "item": cit.item,
        "status": c.status, "explanation": c.explanation,
    }


def _verdict(v: Any) -> dict[str, Any]:
    return {k: getattr(v, k, None) for k in ("guard", "passed", "score", "explanation")}


def audit_entry(
    record: RunRecord, *, pipeline: Pipeline | None, error: BaseException | None = None
) -> tuple[dict[str, Any], dict[str, str]]:
    """(entry, content) for :meth:`govrag.audit.AuditLog.append`."""
    meta = dict(record.metadata)
    cls = record.classification
    completion = record.completion
    entry: dict[str, Any] = {
        "schema": SCHEMA,
        "run_id": record.run_id,
        "time": datetime.fromtimestamp(record.started_at, UTC).isoformat(timespec="milliseconds"),
        "app_id": meta.get("app_id"),
        "user_id": meta.get("user_id"),
        "pipeline": None if pipeline is None else {"name": pipeline.name, "spec_hash": pipeline.spec_hash},
        "query_hash": sha256_tag(record.query),
        "classification": None if cls is None else {
            "level": cls.level, "reasons": _plain(list(getattr(cls, "reasons", ())))},
        "findings": [_finding(f) for f in record.findings or ()],
        "sources": [_source(h) for h in record.hits or ()],
        "provider": None,
        "prompt_hash": None,
        "citations": [] if record.citation_report is None else
        [_citation(c) for c in record.citation_report.items],
        "citations_ok": None if record.citation_report is None else bool(record.citation_report.ok),
        "verdicts": [_verdict(v) for v in record.verdicts],
        "blocked": record.blocked,
        "block_reason": record.block_reason,
        "error": None if error is None else {"type": type(error).__name__, "message": str(error)},
        "latency_s": {k: round(v, 6) for k, v in record.timings.items()},
        "cost_jpy": record.cost_jpy,
    }
    content: dict[str, str] = {}
    if record.outbound_query is not None:
        content["redacted_query"] = record.outbound_query
    if record.messages is not None:
        prompt = json.dumps([dict(m) for m in record.messages], ensure_ascii=False, sort_keys=True)
        entry["prompt_hash"] = sha256_tag(prompt)
        content["prompt"] = prompt
    if completion is not None:
        usage = getattr(completion, "usage", None)
        entry["provider"] = {
            "id": getattr(pipeline_provider(pipeline), "id", None),
            "model": completion.model,
            "model_version": completion.model_version,
            "usage": _plain(usage),
            "latency_s": completion.latency_s,
        }
        content["output"] = completion.text  # as the model wrote it: placeholders, not values
    return entry, content


def pipeline_provider(pipeline: Pipeline | None) -> Any:
    if pipeline is None:
        return None
    for stage in pipeline.stages:
        provider = getattr(stage, "provider", None)
        if provider is not None:
            return provider
    return None
