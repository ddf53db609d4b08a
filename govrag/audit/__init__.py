"""Tamper-evident, append-only audit log (SQLite WAL, hash-chained canonical JSON rows).

>>> import tempfile, os
>>> from govrag.audit import AuditLog
>>> log = AuditLog(os.path.join(tempfile.mkdtemp(), "a.sqlite"), capture="none")
>>> aid = log.append({"provider": "extractive", "cost_jpy": 0}, content={"output": "第七条による。"})
>>> log.read_content(aid)
{'output': None}
>>> log.verify()
[]
>>> log.close()
"""

from __future__ import annotations

from govrag.audit.content import CaptureLevel
from govrag.audit.log import RESERVED_TEXT_KEYS, AuditEntry, AuditLog, read_jsonl, verify_jsonl
from govrag.audit.paths import default_audit_path
from govrag.audit.rows import (
    GENESIS_HASH,
    AuditHead,
    Problem,
    ProblemKind,
    canonical_json,
    chain_hash,
    new_audit_id,
)

__all__ = [
    "GENESIS_HASH",
    "RESERVED_TEXT_KEYS",
    "AuditEntry",
    "AuditHead",
    "AuditLog",
    "CaptureLevel",
    "Problem",
    "ProblemKind",
    "canonical_json",
    "chain_hash",
    "default_audit_path",
    "new_audit_id",
    "read_jsonl",
    "verify_jsonl",
]
