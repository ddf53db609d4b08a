"""The same hash-chained audit log on PostgreSQL, so processes on several hosts write one chain.

Rows, hashes, capture levels, ``verify`` and ``export_jsonl`` are those of the SQLite
:class:`~govrag.audit.AuditLog` (shared in :mod:`govrag.audit.base`). Each append is one
transaction that locks the single head row (``SELECT ... FOR UPDATE``), inserts the row chained
to it and advances the head: appends from any number of connections are serialised by the
database and the chain cannot fork. A writer that dies mid-append holds an uncommitted
transaction that PostgreSQL rolls back when its connection drops. ``verify`` and ``export`` read
one ``REPEATABLE READ`` snapshot through a server-side cursor (constant memory).

Needs the ``postgres`` extra (psycopg 3), imported only when a log is opened.

>>> redact_dsn("postgresql://gov:s3cret@db.example:5432/audit")
'postgresql://gov:***@db.example:5432/audit'
>>> redact_dsn("host=db user=gov password='s 3' dbname=audit")
'host=db user=gov password=*** dbname=audit'
"""

from __future__ import annotations

import os
import re
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from govrag.audit.base import ROW_COLUMNS, BaseAuditLog, ChainedRow, PendingRow
from govrag.audit.content import CaptureLevel
from govrag.audit.rows import GENESIS_HASH, SCHEMA_VERSION, AuditHead, RawRow
from govrag.errors import AuditError, ConfigError

if TYPE_CHECKING:
    import psycopg
    from psycopg import sql

__all__ = ["DSN_SCHEMES", "PostgresAuditLog", "is_dsn", "redact_dsn"]

#: URL schemes that name a PostgreSQL database rather than a file.
DSN_SCHEMES = ("postgresql://", "postgres://")

_SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_KV_PASSWORD = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)")
_TABLES = frozenset({"audit_meta", "audit_rows", "audit_head"})
_INSTALL_HINT = 'PostgreSQL audit logs need psycopg 3: pip install "govrag[postgres]"'

# DDL run once, under an advisory lock, when the schema has none of the tables. {s} is the schema.
_DDL: tuple[str, ...] = (
    "CREATE SCHEMA IF NOT EXISTS {s}",
    "CREATE TABLE {s}.audit_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE {s}.audit_rows (seq BIGINT PRIMARY KEY, audit_id TEXT NOT NULL UNIQUE, "
    "time TEXT NOT NULL, prev_hash TEXT NOT NULL, row_hash TEXT NOT NULL, body TEXT NOT NULL)",
    "CREATE TABLE {s}.audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), count BIGINT NOT NULL, "
    "last_hash TEXT NOT NULL)",
    "CREATE FUNCTION {s}.audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "RAISE EXCEPTION 'govrag audit log is append-only (% on %)', TG_OP, TG_TABLE_NAME; END $$",
    "CREATE FUNCTION {s}.audit_head_forward() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF NEW.id <> OLD.id OR NEW.count <> OLD.count + 1 THEN "
    "RAISE EXCEPTION 'govrag audit head only moves forward by one row'; END IF; RETURN NEW; END $$",
    "CREATE TRIGGER audit_rows_append_only BEFORE UPDATE OR DELETE ON {s}.audit_rows "
    "FOR EACH ROW EXECUTE FUNCTION {s}.audit_refuse()",
    "CREATE TRIGGER audit_rows_no_truncate BEFORE TRUNCATE ON {s}.audit_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION {s}.audit_refuse()",
    "CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON {s}.audit_head "
    "FOR EACH ROW EXECUTE FUNCTION {s}.audit_refuse()",
    "CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON {s}.audit_head "
    "FOR EACH STATEMENT EXECUTE FUNCTION {s}.audit_refuse()",
    "CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON {s}.audit_head "
    "FOR EACH ROW EXECUTE FUNCTION {s}.audit_head_forward()",
)


def is_dsn(target: str | os.PathLike[str]) -> bool:
    """True when ``target`` is a ``postgresql://`` or ``postgres://`` URL (not a file path)."""
    return isinstance(target, str) and target.lower().startswith(DSN_SCHEMES)


def redact_dsn(dsn: str) -> str:
    """The DSN with any password replaced by ``***`` (URL or ``key=value`` form)."""
    if is_dsn(dsn):
        parts = urllib.parse.urlsplit(dsn)
        netloc = parts.netloc
        if "@" in netloc:
            cred, host = netloc.rsplit("@", 1)
            if ":" in cred:
                netloc = cred.split(":", 1)[0] + ":***@" + host
        query = "&".join(
            f"{k}=***" if k.lower() == "password" else f"{k}={v}" if v else k
            for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
        return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    return _KV_PASSWORD.sub(r"\1***", dsn)


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise ConfigError(_INSTALL_HINT) from None
    return psycopg


class PostgresAuditLog(BaseAuditLog):
    """Append-only audit log in a PostgreSQL schema (tables ``audit_meta``, ``audit_rows``,
    ``audit_head``; created on first use unless ``create=False``).

    ``dsn``: a ``postgresql://`` URL or libpq ``key=value`` string. ``schema``: where the tables
    live (one chain per schema). ``lock_timeout_s``: how long an append waits for the chain's
    write lock before failing closed. ``read_only=True`` never creates or writes anything
    (a read-only session); ``append`` is refused. ``capture``, ``key``, ``app_id`` and ``anchor``
    are those of :class:`~govrag.audit.AuditLog`.
    """

    def __init__(
        self,
        dsn: str,
        *,
        schema: str = "govrag_audit",
        capture: CaptureLevel = "redacted",
        key: bytes | None = None,
        app_id: str | None = None,
        anchor: str | os.PathLike[str] | None = None,
        create: bool = True,
        read_only: bool = False,
        lock_timeout_s: float = 30.0,
        connect_timeout_s: float = 10.0,
    ) -> None:
        super().__init__(capture=capture, key=key, app_id=app_id, anchor=anchor)
        if not isinstance(dsn, str) or not dsn.strip():
            raise ConfigError("PostgresAuditLog needs a DSN such as postgresql://user@host:5432/dbname")
        if not _SCHEMA_NAME.fullmatch(schema):
            raise ConfigError(f"audit schema name {schema!r} must match [a-z_][a-z0-9_]* (at most 63 chars)")
        if lock_timeout_s <= 0 or connect_timeout_s <= 0:
            raise ConfigError("lock_timeout_s and connect_timeout_s must be > 0")
        self._pg = _psycopg()
        self._dsn = dsn
        self.schema = schema
        self.read_only = read_only
        self.target = f"{redact_dsn(dsn)} (schema {schema})"
        self._password = self._find_password(dsn)
        self._lock_timeout_ms = int(lock_timeout_s * 1000)
        self._connect_timeout = max(1, int(connect_timeout_s))
        self._lock = threading.Lock()
        self._closed = False
        self._q = _Statements(schema)
        self._conn = self._connect()
        self._pid = os.getpid()
        self._inherited: list[Any] = []
        try:
            self._init_schema(create=create and not read_only)
        except BaseException:
            self._conn.close()
            raise

    # -- connections and errors --------------------------------------------------------------
    def _find_password(self, dsn: str) -> str | None:
        try:
            value = self._pg.conninfo.conninfo_to_dict(dsn).get("password")
        except self._pg.Error as exc:
            raise ConfigError(f"malformed audit DSN {redact_dsn(dsn)}: {self._scrub_text(str(exc), None)}") \
                from None
        return str(value) if value else None

    @staticmethod
    def _scrub_text(text: str, password: str | None) -> str:
        return text.replace(password, "***") if password else text

    def _error(self, what: str, exc: BaseException) -> AuditError:
        detail = self._scrub_text(str(exc).strip().splitlines()[0] if str(exc).strip() else
                                  type(exc).__name__, self._password)
        return AuditError(f"{what} {self.target}: {detail}")

    def _connect(self, *, read_only: bool | None = None) -> psycopg.Connection[tuple[Any, ...]]:
        try:
            conn: psycopg.Connection[tuple[Any, ...]] = self._pg.connect(
                self._dsn, autocommit=True, connect_timeout=self._connect_timeout,
                application_name="govrag-audit")
        except self._pg.Error as exc:
            raise self._error("cannot connect to audit database", exc) from None
        try:
            conn.execute("SELECT set_config('lock_timeout', %s, false)", (f"{self._lock_timeout_ms}ms",))
            if self.read_only if read_only is None else read_only:
                conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        except self._pg.Error as exc:
            conn.close()
            raise self._error("cannot configure audit database connection", exc) from None
        return conn

    def _connection(self, doing: str) -> psycopg.Connection[tuple[Any, ...]]:
        """The shared connection (caller holds the lock): reopened once if the server dropped it,
        and replaced in a forked child, which must never use (or close) its parent's session."""
        if self._closed:
            raise AuditError(f"{doing} {self.target}: it is closed")
        if self._pid != os.getpid():
            self._inherited.append(self._conn)  # kept referenced: finalizing it would end the parent's
            self._pid = os.getpid()             # session on the shared socket
            self._conn = self._connect()
        elif self._conn.closed or self._conn.broken:
            self._conn = self._connect()
        return self._conn

    # -- setup -------------------------------------------------------------------------------
    def _tables(self, conn: psycopg.Connection[tuple[Any, ...]]) -> set[str]:
        rows = conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
                            (self.schema,)).fetchall()
        return {str(r[0]) for r in rows}

    def _init_schema(self, *, create: bool) -> None:
        conn = self._conn
        try:
            with conn.transaction():
                if create:  # one creator at a time; the others then find the tables
                    conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))",
                                 (f"govrag_audit:{self.schema}",))
                have = self._tables(conn)
                if _TABLES <= have:
                    fmt = conn.execute(self._q.meta_format).fetchone()
                    if fmt is None or fmt[0] != f"govrag-audit/{SCHEMA_VERSION}":
                        raise AuditError(f"{self.target}: unsupported audit format {fmt and fmt[0]!r}")
                    return
                if have & _TABLES or not create:
                    found = sorted(have) or "none"
                    raise AuditError(f"{self.target} is not a govrag audit log (tables: {found})")
                for stmt in self._q.ddl:
                    conn.execute(stmt)
                conn.execute(self._q.meta_insert, ("format", f"govrag-audit/{SCHEMA_VERSION}"))
                conn.execute(self._q.meta_insert, ("hash", "sha256(prev_hash + LF + body)"))
                conn.execute(self._q.head_init, (GENESIS_HASH,))
        except self._pg.Error as exc:
            raise self._error("cannot set up audit log", exc) from None

    # -- storage primitives ------------------------------------------------------------------
    def _append_chained(self, pending: PendingRow) -> ChainedRow:
        if self.read_only:
            raise AuditError(f"audit log {self.target} is open read-only: append refused")
        pg = self._pg
        with self._lock:
            for attempt in (1, 2):
                conn = self._connection("audit write failed:")
                written = False
                try:
                    with conn.transaction():
                        head = conn.execute(self._q.lock_head).fetchone()
                        if head is None:
                            raise AuditError(f"audit write to {self.target} failed: the head record is "
                                             "missing (tampered; run verify)")
                        row = pending.chain_to(int(head[0]), str(head[1]))
                        written = True
                        conn.execute(self._q.insert_row, row.columns())
                        conn.execute(self._q.advance_head, (row.seq, row.row_hash))
                    return row
                except pg.errors.UniqueViolation as exc:
                    raise self._error(f"audit write refused (audit id {pending.audit_id}):", exc) from None
                except pg.errors.LockNotAvailable:
                    raise AuditError(f"audit write to {self.target} failed: the chain is locked by "
                                     f"another writer for more than {self._lock_timeout_ms} ms "
                                     "(lock timeout)") from None
                except pg.OperationalError as exc:
                    # The server dropped an idle connection (restart, failover, idle timeout): retry
                    # once on a new one, but only if the row itself was never sent.
                    if attempt == 1 and not written and conn.broken:
                        continue
                    raise self._error("audit write failed:", exc) from None
                except pg.Error as exc:
                    raise self._error("audit write failed:", exc) from None
        raise AuditError(f"audit write to {self.target} failed")  # pragma: no cover - loop returns

    def _fetch(self, query: sql.Composed, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            for attempt in (1, 2):
                conn = self._connection("cannot read audit log")
                try:
                    return conn.execute(query, params).fetchall()
                except self._pg.OperationalError as exc:
                    if attempt == 1 and conn.broken:  # reads are safe to retry on a new connection
                        continue
                    raise self._error("cannot read audit log", exc) from None
                except self._pg.Error as exc:
                    raise self._error("cannot read audit log", exc) from None
        raise AuditError(f"cannot read audit log {self.target}")  # pragma: no cover - loop returns

    @contextmanager
    def _reading(self) -> Iterator[tuple[Iterator[RawRow], AuditHead | None]]:
        """Rows in ``seq`` order and the head from one REPEATABLE READ, READ ONLY snapshot on its
        own connection, streamed through a server-side cursor (1000 rows per fetch)."""
        if self._closed:
            raise AuditError(f"cannot read audit log {self.target}: it is closed")
        conn = self._connect(read_only=True)
        try:
            conn.isolation_level = self._pg.IsolationLevel.REPEATABLE_READ
            conn.read_only = True
            with conn.transaction():
                h = conn.execute(self._q.read_head).fetchone()
                with conn.cursor(name="govrag_audit_read") as cur:
                    cur.itersize = 1000
                    cur.execute(self._q.all_rows)
                    rows = (RawRow(int(r[0]), *r[1:]) for r in cur)
                    yield rows, (AuditHead(count=int(h[0]), last_hash=str(h[1])) if h else None)
        except self._pg.Error as exc:
            raise self._error("cannot read audit log", exc) from None
        finally:
            conn.close()

    def _head_row(self) -> AuditHead | None:
        found = self._fetch(self._q.read_head)
        return AuditHead(count=int(found[0][0]), last_hash=str(found[0][1])) if found else None

    def _row_by_id(self, audit_id: str) -> RawRow | None:
        found = self._fetch(self._q.row_by_id, (audit_id,))
        return RawRow(int(found[0][0]), *found[0][1:]) if found else None

    def _page(self, after_seq: int, limit: int) -> list[RawRow]:
        return [RawRow(int(r[0]), *r[1:]) for r in self._fetch(self._q.page, (after_seq, limit))]

    def _row_count(self) -> int:
        return int(self._fetch(self._q.count)[0][0])

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        """Close the connection (in a forked child that never used the log: leave the parent's)."""
        self._closed = True
        with self._lock:
            if self._pid == os.getpid():
                self._conn.close()
            else:
                self._inherited.append(self._conn)

    def __repr__(self) -> str:
        return (f"PostgresAuditLog({redact_dsn(self._dsn)!r}, schema={self.schema!r}, "
                f"capture={self.capture!r})")


class _Statements:
    """Every statement with the schema quoted as an identifier (never formatted from user text)."""

    def __init__(self, schema: str) -> None:
        from psycopg import sql

        s = sql.Identifier(schema)

        def q(text: str) -> sql.Composed:
            return sql.SQL(text).format(s=s)  # text is built from this module's constants only

        self.ddl = tuple(q(t) for t in _DDL)
        self.meta_format = q("SELECT value FROM {s}.audit_meta WHERE key = 'format'")
        self.meta_insert = q("INSERT INTO {s}.audit_meta (key, value) VALUES (%s, %s) ON CONFLICT DO NOTHING")
        self.head_init = q("INSERT INTO {s}.audit_head (id, count, last_hash) VALUES (1, 0, %s) "
                           "ON CONFLICT DO NOTHING")
        self.read_head = q("SELECT count, last_hash FROM {s}.audit_head WHERE id = 1")
        self.lock_head = q("SELECT count, last_hash FROM {s}.audit_head WHERE id = 1 FOR UPDATE")
        self.insert_row = q("INSERT INTO {s}.audit_rows (" + ROW_COLUMNS + ") "
                            "VALUES (%s, %s, %s, %s, %s, %s)")
        self.advance_head = q("UPDATE {s}.audit_head SET count = %s, last_hash = %s WHERE id = 1")
        self.all_rows = q("SELECT " + ROW_COLUMNS + " FROM {s}.audit_rows ORDER BY seq")
        self.row_by_id = q("SELECT " + ROW_COLUMNS + " FROM {s}.audit_rows WHERE audit_id = %s")
        self.page = q("SELECT " + ROW_COLUMNS + " FROM {s}.audit_rows WHERE seq > %s ORDER BY seq LIMIT %s")
        self.count = q("SELECT count(*) FROM {s}.audit_rows")
