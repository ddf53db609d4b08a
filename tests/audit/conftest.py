"""Audit stores under test: an SQLite file or a fresh PostgreSQL schema, with raw SQL access
(append-only triggers bypassed) so tests can tamper with what a log stored.

PostgreSQL is promised on every machine of this project (127.0.0.1:5432, trust auth); the tests
use ``$GOVRAG_PG_DSN`` (default ``postgresql://postgres@127.0.0.1:5432/test``) and FAIL — never
skip — when it cannot be reached.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

import pytest

from govrag.audit import AuditLog, BaseAuditLog, PostgresAuditLog

PG_DSN = os.environ.get("GOVRAG_PG_DSN", "postgresql://postgres@127.0.0.1:5432/test")
ROW = tuple[str, str, str, str, str]  # audit_id, time, prev_hash, row_hash, body


class Store(Protocol):
    """One backend's log plus raw access to its tables."""

    name: str

    def open(self, **options: Any) -> BaseAuditLog: ...
    def sql(self, *statements: str, params: tuple[object, ...] = ()) -> None: ...
    def row(self, seq: int) -> ROW: ...
    def rows(self) -> list[tuple[int, str, str]]: ...  # seq, prev_hash, body in seq order


class SqliteStore:
    name = "sqlite"

    def __init__(self, tmp_path: Path) -> None:
        self.path = tmp_path / "audit.sqlite"

    def open(self, **options: Any) -> BaseAuditLog:
        return AuditLog(self.path, **options)

    def sql(self, *statements: str, params: tuple[object, ...] = ()) -> None:
        """Run statements with the append-only triggers dropped; ``params`` bind every ``?``."""
        conn = sqlite3.connect(self.path)
        for trig in ("audit_rows_no_update", "audit_rows_no_delete", "audit_head_no_delete",
                     "audit_head_forward_only"):
            conn.execute(f"DROP TRIGGER IF EXISTS {trig}")
        for s in statements:
            conn.execute(s, params if "?" in s else ())
        conn.commit()
        conn.close()

    def row(self, seq: int) -> ROW:
        conn = sqlite3.connect(self.path)
        r = conn.execute("SELECT audit_id, time, prev_hash, row_hash, body FROM audit_rows WHERE seq=?",
                         (seq,)).fetchone()
        conn.close()
        return tuple(r)

    def rows(self) -> list[tuple[int, str, str]]:
        conn = sqlite3.connect(self.path)
        found = conn.execute("SELECT seq, prev_hash, body FROM audit_rows ORDER BY seq").fetchall()
        conn.close()
        return found


def kill_writer_midway(
    writer: str, *args: str, open_log: Callable[[], BaseAuditLog], min_rows: int, timeout_s: float
) -> None:
    """Run ``python -c writer *args`` and SIGKILL it once ``open_log()`` counts ``min_rows`` rows."""
    proc = subprocess.Popen([sys.executable, "-c", writer, *args])
    try:
        deadline = time.monotonic() + timeout_s
        with open_log() as reader:
            while len(reader) < min_rows:
                assert proc.poll() is None, "writer died on its own"
                assert time.monotonic() < deadline, "writer too slow"
                time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    # a server may still commit the transaction whose COMMIT the killed client had sent (PostgreSQL
    # finishes it in the client's backend): wait until the row count stops moving
    with open_log() as reader:
        counts = [len(reader)]
        deadline = time.monotonic() + 10
        while (len(counts) < 4 or len(set(counts[-4:])) > 1) and time.monotonic() < deadline:
            time.sleep(0.05)
            counts.append(len(reader))


def assert_survived_the_kill(log: BaseAuditLog, min_rows: int) -> None:
    """After a killed looping writer (records ``i`` = 0, 1, …; 民法 output): chain whole, log writable."""
    n = len(log)
    assert n >= min_rows and log.head().count == n and log.verify() == []
    last = list(log)[-1]
    assert last.seq == n and last.record["i"] == n - 1
    output = log.read_content(last.audit_id)["output"]
    assert output is not None and output.startswith("民法第七百九条")
    log.append({"after_crash": True})  # the log stays writable
    assert log.verify() == [] and len(log) == n + 1


def pg_connect(dsn: str = PG_DSN) -> Any:
    """A raw autocommit psycopg connection; a clear failure when the server is not there."""
    import psycopg

    try:
        return psycopg.connect(dsn, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL is required by the audit tests and is not reachable at "
                    f"{dsn} (set GOVRAG_PG_DSN): {exc}", pytrace=False)


class PostgresStore:
    name = "postgres"

    def __init__(self, schema: str) -> None:
        self.schema = schema
        self.dsn = PG_DSN

    def open(self, **options: Any) -> BaseAuditLog:
        return PostgresAuditLog(self.dsn, schema=self.schema, **options)

    def _conn(self) -> Any:
        conn = pg_connect()
        conn.execute(f"SET search_path TO {self.schema}")
        return conn

    def sql(self, *statements: str, params: tuple[object, ...] = ()) -> None:
        """Run statements in one transaction with triggers off (``session_replication_role``)."""
        with self._conn() as conn, conn.transaction():
            conn.execute("SET LOCAL session_replication_role = replica")
            for s in statements:
                conn.execute(s.replace("?", "%s"), params if "?" in s else None)

    def row(self, seq: int) -> ROW:
        with self._conn() as conn:
            r = conn.execute("SELECT audit_id, time, prev_hash, row_hash, body FROM audit_rows "
                             "WHERE seq = %s", (seq,)).fetchone()
        return tuple(r)

    def rows(self) -> list[tuple[int, str, str]]:
        with self._conn() as conn:
            found = conn.execute("SELECT seq, prev_hash, body FROM audit_rows ORDER BY seq").fetchall()
        return [tuple(r) for r in found]


@pytest.fixture(scope="session")
def pg_dsn() -> str:
    """The test server's DSN, checked once per session."""
    pg_connect().close()
    return PG_DSN


@pytest.fixture()
def pg_schema(pg_dsn: str) -> Iterator[str]:
    """A fresh schema name, dropped (with everything in it) after the test."""
    name = "t_" + uuid.uuid4().hex[:16]
    yield name
    with pg_connect(pg_dsn) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    """Each audit backend in turn."""
    if request.param == "sqlite":
        return SqliteStore(tmp_path)
    return PostgresStore(request.getfixturevalue("pg_schema"))
