"""Tamper-evident, append-only audit log (hash-chained canonical JSON rows) on SQLite (WAL, one
host) or PostgreSQL (several processes and hosts writing one chain).

``open_audit(target)`` picks the store: a ``postgresql://`` / ``postgres://`` DSN opens a
:class:`PostgresAuditLog` (needs the ``postgres`` extra), anything else an SQLite :class:`AuditLog`.

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

import inspect
import os
from typing import Any

from govrag.audit.base import BaseAuditLog
from govrag.audit.content import CaptureLevel
from govrag.audit.log import RESERVED_TEXT_KEYS, AuditEntry, AuditLog, read_jsonl, verify_jsonl
from govrag.audit.paths import default_audit_path
from govrag.audit.postgres import PostgresAuditLog, is_dsn, redact_dsn
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
    "BaseAuditLog",
    "CaptureLevel",
    "PostgresAuditLog",
    "Problem",
    "ProblemKind",
    "canonical_json",
    "chain_hash",
    "default_audit_path",
    "is_dsn",
    "new_audit_id",
    "open_audit",
    "read_jsonl",
    "redact_dsn",
    "verify_jsonl",
]


def open_audit(target: str | os.PathLike[str], **options: Any) -> BaseAuditLog:
    """The audit log at ``target``: PostgreSQL for a ``postgresql://``/``postgres://`` DSN, else an
    SQLite file. ``options`` go to the store's constructor (``capture=``, ``key=``, ``app_id=``,
    ``anchor=``, ``create=``, ``read_only=`` for both; ``schema=``, ``lock_timeout_s=`` for
    PostgreSQL; ``synchronous=``, ``busy_timeout_s=`` for SQLite); an option the store does not
    take is a ConfigError naming the ones it does.

    >>> import tempfile
    >>> with open_audit(os.path.join(tempfile.mkdtemp(), "a.sqlite"), app_id="doc") as log:
    ...     type(log).__name__
    'AuditLog'
    >>> open_audit("audit.sqlite", schema="x")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    govrag.errors.ConfigError: AuditLog does not take option(s) schema; it takes: ...
    """
    cls: type[AuditLog] | type[PostgresAuditLog] = PostgresAuditLog if is_dsn(target) else AuditLog
    params = inspect.signature(cls.__init__).parameters
    takes = [n for n, p in params.items() if p.kind is inspect.Parameter.KEYWORD_ONLY]
    unknown = sorted(set(options) - set(takes))
    if unknown:
        from govrag.errors import ConfigError

        raise ConfigError(f"{cls.__name__} does not take option(s) {', '.join(unknown)}; "
                          f"it takes: {', '.join(takes)}")
    if cls is PostgresAuditLog:
        return PostgresAuditLog(str(target), **options)
    return AuditLog(target, **options)
