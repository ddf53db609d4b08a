"""Per-request usage (tokens, yen, latency, outcome) and rate windows in a small SQLite file.

Shared by every worker process of a host (WAL). Budgets are checked against the yen of the
current month; requests per minute are counted in fixed one-minute windows with one atomic upsert.
No text is stored: key names, route names, reason codes, numbers and citation statuses only.

>>> import tempfile, os
>>> u = UsageStore(os.path.join(tempfile.mkdtemp(), "u.sqlite"))
>>> u.hit("portal", now=120.0), u.hit("portal", now=130.0), u.hit("portal", now=185.0)
(1, 2, 1)
>>> u.record(RequestRow(key="portal", route="chat", status="ok", http_status=200, latency_ms=12.5,
...                     input_tokens=10, output_tokens=5, yen=0.25, time=1_700_000_000.0))
>>> u.month_yen("portal", now=1_700_000_000.0)
0.25
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from govrag.errors import AuditError

__all__ = ["RequestRow", "UsageCounters", "UsageStore", "day_of", "month_start"]

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS requests (id INTEGER PRIMARY KEY, time REAL NOT NULL, day TEXT NOT NULL, "
    "key TEXT, route TEXT, status TEXT NOT NULL, reason TEXT, http_status INTEGER NOT NULL, "
    "stream INTEGER NOT NULL DEFAULT 0, latency_ms REAL NOT NULL, input_tokens INTEGER NOT NULL DEFAULT 0, "
    "output_tokens INTEGER NOT NULL DEFAULT 0, yen REAL NOT NULL DEFAULT 0, audit_id TEXT, "
    "citations TEXT NOT NULL DEFAULT '[]')",
    "CREATE INDEX IF NOT EXISTS requests_key_day ON requests (key, day)",
    "CREATE INDEX IF NOT EXISTS requests_time ON requests (time)",
    "CREATE TABLE IF NOT EXISTS rate (key TEXT NOT NULL, minute INTEGER NOT NULL, n INTEGER NOT NULL, "
    "PRIMARY KEY (key, minute))",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestRow:
    """One finished request as counted for usage and the dashboard."""

    key: str | None
    route: str | None
    status: str
    http_status: int
    latency_ms: float
    reason: str | None = None
    stream: bool = False
    input_tokens: int = 0
    output_tokens: int = 0
    yen: float = 0.0
    audit_id: str | None = None
    citations: Sequence[tuple[str, str]] = ()
    time: float = field(default_factory=time.time)


class UsageCounters(Protocol):
    """What the gateway needs of a usage store (SQLite :class:`UsageStore` or
    :class:`govrag.serve.usage_pg.PostgresUsageStore`)."""

    hour_sql: str

    def hit(self, key: str, *, now: float | None = None) -> int: ...
    def month_yen(self, key: str, *, now: float | None = None) -> float: ...
    def record(self, row: RequestRow) -> None: ...
    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]: ...
    def close(self) -> None: ...


def day_of(t: float) -> str:
    """The UTC day of a timestamp, ``YYYY-MM-DD``."""
    return _dt.datetime.fromtimestamp(t, _dt.UTC).strftime("%Y-%m-%d")


def month_start(t: float) -> str:
    """The first UTC day of the month of a timestamp (budgets count from it)."""
    return day_of(t)[:8] + "01"


class UsageStore:
    """Usage counters in SQLite (WAL, ``synchronous=NORMAL``); every error is an AuditError."""

    #: SQL for the hour bucket of ``time`` (the dashboard's per-hour counts).
    hour_sql = "CAST(time / 3600 AS INTEGER)"

    def __init__(self, path: str | Path, *, busy_timeout_s: float = 30.0) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self._conn = sqlite3.connect(str(self.path), timeout=busy_timeout_s, isolation_level=None,
                                         check_same_thread=False)
            self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            for stmt in _SCHEMA:
                self._conn.execute(stmt)
        except sqlite3.Error as exc:
            raise AuditError(f"cannot open usage store {self.path}: {exc}") from None

    def _exec(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise AuditError(f"usage store {self.path} failed: {exc}") from None

    def hit(self, key: str, *, now: float | None = None) -> int:
        """Count one request of ``key`` in the current minute; returns the count so far."""
        minute = int((time.time() if now is None else now) // 60)
        rows = self._exec("INSERT INTO rate (key, minute, n) VALUES (?, ?, 1) ON CONFLICT (key, minute) "
                          "DO UPDATE SET n = n + 1 RETURNING n", (key, minute))
        if minute % 10 == 0:
            self._exec("DELETE FROM rate WHERE minute < ?", (minute - 2,))
        return int(rows[0][0])

    def month_yen(self, key: str, *, now: float | None = None) -> float:
        """Yen spent by ``key`` since the first day of the current (UTC) month."""
        month = month_start(time.time() if now is None else now)
        rows = self._exec("SELECT COALESCE(SUM(yen), 0) FROM requests WHERE key = ? AND day >= ?",
                          (key, month))
        return float(rows[0][0])

    def record(self, row: RequestRow) -> None:
        """Store one finished request."""
        cites = json.dumps([list(c) for c in row.citations], ensure_ascii=False)
        self._exec("INSERT INTO requests (time, day, key, route, status, reason, http_status, stream, "
                   "latency_ms, input_tokens, output_tokens, yen, audit_id, citations) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (row.time, day_of(row.time), row.key, row.route, row.status, row.reason, row.http_status,
                    int(row.stream), row.latency_ms, row.input_tokens, row.output_tokens, row.yen,
                    row.audit_id, cites))

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Read-only SQL for reports (the dashboard)."""
        return self._exec(sql, params)

    def close(self) -> None:
        with self._lock:
            self._conn.close()
