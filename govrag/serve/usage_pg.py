"""Usage counters and limits in PostgreSQL, shared by every gateway worker on every host.

Same interface as :class:`govrag.serve.usage.UsageStore` (the SQLite one, the embedded default):
``hit`` counts a request in its one-minute window with one atomic upsert, ``record`` stores the
finished request and adds its tokens and yen to the per (day, key, route) total with another, and
``month_yen`` reads the budget figure from those totals. So a key's requests per minute and
monthly yen are counted once across all processes. Counters are not the record of truth (the audit
chain is): the connection commits with ``synchronous_commit = off`` (a database crash may lose the
last fraction of a second of counts, never the audit rows).

Tables ``requests``, ``rate`` and ``usage_daily`` in ``schema`` (created on first use under an
advisory lock). Needs psycopg 3 (the ``postgres`` extra). Every failure is an AuditError.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
from typing import Any

from govrag.errors import AuditError, ConfigError
from govrag.serve.usage import RequestRow, UsageCounters, UsageStore, day_of, month_start

__all__ = ["PostgresUsageStore", "open_usage_store"]

_SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_DDL = (
    "CREATE SCHEMA IF NOT EXISTS {s}",
    "CREATE TABLE IF NOT EXISTS {s}.requests (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
    "time DOUBLE PRECISION NOT NULL, day TEXT NOT NULL, key TEXT, route TEXT, status TEXT NOT NULL, "
    "reason TEXT, http_status INTEGER NOT NULL, stream INTEGER NOT NULL DEFAULT 0, "
    "latency_ms DOUBLE PRECISION NOT NULL, input_tokens BIGINT NOT NULL DEFAULT 0, "
    "output_tokens BIGINT NOT NULL DEFAULT 0, yen DOUBLE PRECISION NOT NULL DEFAULT 0, audit_id TEXT, "
    "citations TEXT NOT NULL DEFAULT '[]')",
    "CREATE INDEX IF NOT EXISTS requests_time ON {s}.requests (time)",
    "CREATE TABLE IF NOT EXISTS {s}.rate (key TEXT NOT NULL, minute BIGINT NOT NULL, n BIGINT NOT NULL, "
    "PRIMARY KEY (key, minute))",
    "CREATE TABLE IF NOT EXISTS {s}.usage_daily (day TEXT NOT NULL, key TEXT NOT NULL, route TEXT NOT NULL, "
    "requests BIGINT NOT NULL, input_tokens BIGINT NOT NULL, output_tokens BIGINT NOT NULL, "
    "yen DOUBLE PRECISION NOT NULL, PRIMARY KEY (key, day, route))",
)


class PostgresUsageStore:
    """Usage counters in a PostgreSQL schema (one connection per process, used under a lock)."""

    #: SQL for the hour bucket of ``time`` (the dashboard's per-hour counts).
    hour_sql = "FLOOR(time / 3600)::bigint"

    def __init__(self, dsn: str, *, schema: str = "govrag_usage", connect_timeout_s: float = 10.0) -> None:
        if not _SCHEMA_NAME.fullmatch(schema):
            raise ConfigError(f"usage schema name {schema!r} must match [a-z_][a-z0-9_]* (at most 63 chars)")
        try:
            import psycopg
        except ImportError:
            raise ConfigError('PostgreSQL usage counters need psycopg 3: pip install "govrag[postgres]"') \
                from None
        from govrag.audit.postgres import redact_dsn

        self._pg = psycopg
        self._dsn = dsn
        self.schema = schema
        self.target = f"{redact_dsn(dsn)} (schema {schema})"
        self._timeout = connect_timeout_s
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._closed = False
        self._conn = self._connect()
        s = schema
        self._hit = (f"INSERT INTO {s}.rate (key, minute, n) VALUES (%s, %s, 1) ON CONFLICT (key, minute) "
                     f"DO UPDATE SET n = {s}.rate.n + 1 RETURNING n")
        self._prune = f"DELETE FROM {s}.rate WHERE minute < %s"
        self._month = f"SELECT COALESCE(SUM(yen), 0) FROM {s}.usage_daily WHERE key = %s AND day >= %s"
        self._insert = (f"INSERT INTO {s}.requests (time, day, key, route, status, reason, http_status, "
                        "stream, latency_ms, input_tokens, output_tokens, yen, audit_id, citations) "
                        "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)")
        self._daily = (f"INSERT INTO {s}.usage_daily (day, key, route, requests, input_tokens, "
                       "output_tokens, yen) VALUES (%s, %s, %s, 1, %s, %s, %s) "
                       "ON CONFLICT (key, day, route) DO UPDATE SET "
                       f"requests = {s}.usage_daily.requests + 1, "
                       f"input_tokens = {s}.usage_daily.input_tokens + EXCLUDED.input_tokens, "
                       f"output_tokens = {s}.usage_daily.output_tokens + EXCLUDED.output_tokens, "
                       f"yen = {s}.usage_daily.yen + EXCLUDED.yen")
        try:
            with self._conn.transaction():
                self._conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"govrag_usage:{s}",))
                for stmt in _DDL:
                    self._conn.execute(stmt.format(s=s))
        except psycopg.Error as exc:
            raise self._error("cannot set up usage store", exc) from None

    def _error(self, what: str, exc: BaseException) -> AuditError:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return AuditError(f"{what} {self.target}: {first}")

    def _connect(self) -> Any:
        try:
            conn = self._pg.connect(self._dsn, autocommit=True, connect_timeout=max(1, round(self._timeout)),
                                    application_name="govrag-usage")
            conn.execute("SET synchronous_commit = off")
            conn.execute(f"SET search_path = {self.schema}")
        except self._pg.Error as exc:
            raise self._error("cannot connect to usage store", exc) from None
        return conn

    def _run(self, statements: list[tuple[str, tuple[Any, ...]]], *, transaction: bool = False,
             ) -> list[tuple[Any, ...]]:
        """Run the statements (in one transaction when asked); the last one's rows. Reconnects once
        when the server dropped the connection, and in a forked child."""
        with self._lock:
            if self._closed:
                raise AuditError(f"usage store {self.target} is closed")
            try:
                return self._attempt(statements, transaction)
            except self._pg.OperationalError as exc:
                if not self._conn.broken:
                    raise self._error("usage store failed:", exc) from None
            except self._pg.Error as exc:
                raise self._error("usage store failed:", exc) from None
            try:  # the server dropped the connection: once more on a new one
                self._conn = self._connect()
                return self._attempt(statements, transaction)
            except self._pg.Error as exc:
                raise self._error("usage store failed:", exc) from None

    def _attempt(self, statements: list[tuple[str, tuple[Any, ...]]], transaction: bool,
                 ) -> list[tuple[Any, ...]]:
        if self._pid != os.getpid() or self._conn.closed or self._conn.broken:
            self._pid = os.getpid()  # a forked child never uses its parent's session
            self._conn = self._connect()
        if not transaction:
            return _execute_all(self._conn, statements)
        with self._conn.transaction():
            return _execute_all(self._conn, statements)

    def hit(self, key: str, *, now: float | None = None) -> int:
        """Count one request of ``key`` in the current minute (all processes); the count so far."""
        minute = int((time.time() if now is None else now) // 60)
        rows = self._run([(self._hit, (key, minute))])
        if minute % 10 == 0:
            self._run([(self._prune, (minute - 2,))])
        return int(rows[0][0])

    def month_yen(self, key: str, *, now: float | None = None) -> float:
        """Yen spent by ``key`` since the first day of the current (UTC) month, all processes."""
        rows = self._run([(self._month, (key, month_start(time.time() if now is None else now)))])
        return float(rows[0][0])

    def record(self, row: RequestRow) -> None:
        """Store one finished request and add it to its (day, key, route) totals, atomically."""
        day = day_of(row.time)
        cites = json.dumps([list(c) for c in row.citations], ensure_ascii=False)
        self._run([
            (self._insert, (row.time, day, row.key, row.route, row.status, row.reason, row.http_status,
                            int(row.stream), row.latency_ms, row.input_tokens, row.output_tokens, row.yen,
                            row.audit_id, cites)),
            (self._daily, (day, row.key or "", row.route or "", row.input_tokens, row.output_tokens,
                           row.yen)),
        ], transaction=True)

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Read-only SQL for reports, written with ``?`` placeholders as for SQLite."""
        return self._run([(sql.replace("?", "%s"), params)])

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                if self._pid == os.getpid():
                    self._conn.close()


def _execute_all(conn: Any, statements: list[tuple[str, tuple[Any, ...]]]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for sql, params in statements:
        cur = conn.execute(sql, params)
        rows = cur.fetchall() if cur.description is not None else []
    return rows


def open_usage_store(target: str, *, schema: str | None = None) -> UsageCounters:
    """The usage store at ``target``: PostgreSQL for a ``postgresql://`` DSN (shared by every
    process and host; ``schema`` holds its tables), else an SQLite file (this host's processes)."""
    from govrag.audit.postgres import is_dsn

    if is_dsn(target):
        return PostgresUsageStore(target, schema=schema or "govrag_usage")
    if "://" in target:
        raise ConfigError(f"unsupported usage store {target.split('://', 1)[0]!r}; use a file path or "
                          "postgresql://...")
    return UsageStore(target)
