"""Turn a finished :class:`~govrag.pipeline.record.RunRecord` into an audit entry.

The entry holds metadata only (hashes, types and positions of findings, provision ids with
revisions, provider and model version, verdicts, citation statuses, error and block *types* with
the stage id, timings, cost); text that could carry personal data (the redacted query, the prompt,
the model output *before* placeholders were restored, error and block messages, citation texts
and explanations) goes in ``content``, which the audit log stores according to its capture level.

>>> from govrag.pipeline.record import RunRecord
>>> entry, content = audit_entry(RunRecord.start("テスト"))
>>> entry["schema"], entry["query_hash"][:7], sorted(content)
('govrag.audit/2', 'sha256:', [])
>>> entry, content = audit_entry(RunRecord.start("テスト"), error=ValueError("山田太郎"))
>>> entry["error"], content["error"]
({'type': 'ValueError', 'stage': None}, '山田太郎')
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from typing import Any

from govrag.audit.rows import sha256_tag
from govrag.pipeline.record import RunRecord

__all__ = ["SCHEMA", "audit_entry"]

SCHEMA = "govrag.audit/2"


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
        "start": cit.start, "end": cit.end, "law_id": cit.law_id,
        "article": cit.article, "paragraph": cit.paragraph, "item": cit.item, "status": c.status,
    }


def _verdict(v: Any) -> dict[str, Any]:
    return {k: getattr(v, k, None) for k in ("guard", "passed", "score", "explanation")}


def audit_entry(
    record: RunRecord,
    *,
    pipeline_name: str | None = None,
    spec_hash: str | None = None,
    provider_id: str | None = None,
    error: BaseException | None = None,
) -> tuple[dict[str, Any], dict[str, str]]:
    """(entry, content) for :meth:`govrag.audit.AuditLog.append`."""
    meta = dict(record.metadata)
    cls = record.classification
    completion = record.completion
    report = record.citation_report
    entry: dict[str, Any] = {
        "schema": SCHEMA,
        "run_id": record.run_id,
        "time": datetime.fromtimestamp(record.started_at, UTC).isoformat(timespec="milliseconds"),
        "app_id": meta.get("app_id"),
        "user_id": meta.get("user_id"),
        "pipeline": None if pipeline_name is None else {"name": pipeline_name, "spec_hash": spec_hash},
        "query_hash": sha256_tag(record.query),
        "classification": None if cls is None else {
            "level": cls.level, "reasons": _plain(list(getattr(cls, "reasons", ())))},
        "findings": [_finding(f) for f in record.findings or ()],
        "sources": [_source(h) for h in record.hits or ()],
        "rerank": None if record.rerank is None else _plain(list(record.rerank)),
        "provider": None,
        "prompt_hash": None,
        "citations": [] if report is None else [_citation(c) for c in report.items],
        "citations_ok": None if report is None else bool(report.ok),
        "verdicts": [_verdict(v) for v in record.verdicts],
        "blocked": record.blocked,
        "block": None if record.blocked_by is None else {
            "stage": record.blocked_by[0], "type": record.blocked_by[1]},
        "error": None if error is None else {
            "type": type(error).__name__, "stage": getattr(error, "stage", None)},
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
        entry["provider"] = {
            "id": provider_id,
            "model": completion.model,
            "model_version": completion.model_version,
            "usage": _plain(completion.usage),
            "latency_s": completion.latency_s,
        }
        content["output"] = completion.text  # as the model wrote it: placeholders, not values
    if report is not None and report.items:
        content["citations"] = json.dumps(
            [{"text": c.citation.text, "explanation": c.explanation} for c in report.items],
            ensure_ascii=False)
    if record.block_reason is not None:
        content["block_reason"] = record.block_reason
    if error is not None:
        content["error"] = str(error)
    return entry, _valid_text(content)


def _valid_text(content: dict[str, str]) -> dict[str, str]:
    """Content as storable UTF-8: a lone surrogate (from undecodable input) becomes "?"."""
    return {k: v.encode("utf-8", "replace").decode("utf-8") for k, v in content.items()}
