"""Open the gateway's audit store: a file path (SQLite :class:`govrag.audit.AuditLog`) or a
``postgresql://`` DSN (through ``govrag.audit.open_audit`` when this build has it).

>>> import tempfile, os
>>> log = open_audit_target(os.path.join(tempfile.mkdtemp(), "a.sqlite"), capture="redacted", app_id="t")
>>> type(log).__name__, log.verify()
('AuditLog', [])
>>> open_audit_target("mysql://x", capture="redacted", app_id="t")
Traceback (most recent call last):
...
govrag.errors.ConfigError: unsupported audit target scheme 'mysql'; use a file path or postgresql://...
"""

from __future__ import annotations

from typing import Any

from govrag.errors import ConfigError

__all__ = ["open_audit_target"]


def open_audit_target(target: str, *, capture: str, app_id: str, schema: str | None = None,
                      synchronous: str = "full") -> Any:
    """An object with ``append``/``verify``/``head``/``export_jsonl``/``__iter__``/``close``
    (``schema``: the PostgreSQL schema holding the chain; ``synchronous``: SQLite's fsync mode,
    ``"full"`` survives power loss, ``"normal"`` only process crashes)."""
    import govrag.audit as audit

    opener = getattr(audit, "open_audit", None)
    if "://" in target:
        scheme = target.split("://", 1)[0].lower()
        if scheme not in ("postgresql", "postgres"):
            raise ConfigError(f"unsupported audit target scheme {scheme!r}; use a file path or postgresql://...")
        if opener is None:
            raise ConfigError("this govrag build has no PostgreSQL audit store (govrag.audit.open_audit); "
                              "use a file path")
        return opener(target, capture=capture, app_id=app_id, **({"schema": schema} if schema else {}))
    if opener is not None:
        return opener(target, capture=capture, app_id=app_id, synchronous=synchronous)
    return audit.AuditLog(target, capture=capture, app_id=app_id,  # type: ignore[arg-type]
                          synchronous=synchronous)  # type: ignore[arg-type]
