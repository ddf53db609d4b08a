"""The append-only, hash-chained audit log on SQLite (WAL).

Every append runs in one ``BEGIN IMMEDIATE`` transaction that reads the head (row count + last
hash), inserts the new row chained to it and advances the head, so several processes appending
at once still build one chain. ``synchronous=FULL``: a committed row survives a crash or power
loss; a process killed mid-write leaves at most an uncommitted transaction that SQLite rolls back.

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "audit.sqlite")
>>> with AuditLog(path, app_id="doctest") as log:
...     aid = log.append({"classification": 1, "provider": "extractive"},
...                      content={"redacted_query": "<PERSON_1>の開示請求"})
...     (len(log), log.verify(), log.get(aid).record["provider"])
(1, [], 'extractive')
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from govrag.audit.base import (
    RESERVED_TEXT_KEYS,
    ROW_COLUMNS,
    AuditEntry,
    BaseAuditLog,
    ChainedRow,
    PendingRow,
    load_anchor,
)
from govrag.audit.content import CaptureLevel
from govrag.audit.rows import (
    GENESIS_HASH,
    SCHEMA_VERSION,
    AuditHead,
    Problem,
    RawRow,
    canonical_json,
    verify_rows,
)
from govrag.errors import AuditError

__all__ = ["RESERVED_TEXT_KEYS", "AuditEntry", "AuditLog", "read_jsonl", "verify_jsonl"]

_SCHEMA: tuple[str, ...] = (
    "CREATE TABLE IF NOT EXISTS audit_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS audit_rows (seq INTEGER PRIMARY KEY, audit_id TEXT NOT NULL UNIQUE, "
    "time TEXT NOT NULL, prev_hash TEXT NOT NULL, row_hash TEXT NOT NULL, body TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), "
    "count INTEGER NOT NULL, last_hash TEXT NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS audit_rows_no_update BEFORE UPDATE ON audit_rows "
    "BEGIN SELECT RAISE(ABORT, 'govrag audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_rows_no_delete BEFORE DELETE ON audit_rows "
    "BEGIN SELECT RAISE(ABORT, 'govrag audit log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_head_no_delete BEFORE DELETE ON audit_head "
    "BEGIN SELECT RAISE(ABORT, 'govrag audit head cannot be deleted'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_head_forward_only BEFORE UPDATE ON audit_head "
    "WHEN NEW.count != OLD.count + 1 "
    "BEGIN SELECT RAISE(ABORT, 'govrag audit head only moves forward by one row'); END",
)


class AuditLog(BaseAuditLog):
    """Append-only audit log in one SQLite file.

    ``capture``: what is kept of ``content`` text (``"none"``: sha256 only, ``"redacted"``: as
    given, ``"full"``: AES-256-GCM with ``key``). ``anchor``: optional file that receives the head
    (count + last hash) after every append; keep it on other storage to catch a rewritten chain.
    ``create=False`` refuses to create a new file (for readers). ``read_only=True`` opens the file
    with SQLite's ``mode=ro`` (implies ``create=False``): nothing, not even a header or the WAL
    switch, is written to what is being checked; ``append`` is refused.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        capture: CaptureLevel = "redacted",
        key: bytes | None = None,
        app_id: str | None = None,
        anchor: str | os.PathLike[str] | None = None,
        synchronous: Literal["full", "normal"] = "full",
        busy_timeout_s: float = 30.0,
        create: bool = True,
        read_only: bool = False,
    ) -> None:
        super().__init__(capture=capture, key=key, app_id=app_id, anchor=anchor)
        if synchronous not in ("full", "normal"):
            raise AuditError(f"synchronous must be 'full' or 'normal', not {synchronous!r}")
        self.path = Path(path)
        self.target = str(self.path)
        self.read_only = read_only
        self._lock = threading.Lock()
        self._busy_timeout_s = busy_timeout_s
        self._closed = False
        if (read_only or not create) and not self.path.is_file():
            raise AuditError(f"no audit log at {self.path}")
        if read_only:
            self._conn = self._open_read_only()
            return
        try:
            self._conn = sqlite3.connect(str(self.path), timeout=busy_timeout_s, isolation_level=None,
                                         check_same_thread=False)
        except sqlite3.Error as exc:
            raise AuditError(f"cannot open audit log {self.path}: {exc}") from None
        self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        # Switching a new file to WAL and creating the schema can report "database is locked"
        # without waiting when several processes create the same log at once: retry until the
        # busy timeout, then fail closed.
        deadline = time.monotonic() + busy_timeout_s
        for attempt in itertools.count():
            try:
                mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise AuditError(f"audit log {self.path}: cannot enable WAL (journal_mode={mode})")
                self._conn.execute(f"PRAGMA synchronous = {synchronous.upper()}")
                self._init_schema(create)
                break
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) and time.monotonic() < deadline:
                    time.sleep(min(0.5, 0.01 * 2 ** min(attempt, 6)))
                    continue
                self._conn.close()
                raise AuditError(f"{self.path} is not a usable audit log: {exc}") from None
            except sqlite3.Error as exc:
                self._conn.close()
                raise AuditError(f"{self.path} is not a usable audit log: {exc}") from None
            except AuditError:
                self._conn.close()
                raise

    # -- setup -------------------------------------------------------------------------------
    def _ro_uri(self) -> str:
        return self.path.resolve().as_uri() + "?mode=ro"

    def _open_read_only(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self._ro_uri(), uri=True, timeout=self._busy_timeout_s,
                                   isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise AuditError(f"cannot open audit log {self.path} read-only: {exc}") from None
        try:
            self._conn = conn
            self._check_schema(conn)
        except sqlite3.Error as exc:
            conn.close()
            raise AuditError(f"{self.path} is not a usable audit log: {exc}") from None
        except AuditError:
            conn.close()
            raise
        return conn

    def _check_schema(self, c: sqlite3.Connection) -> bool:
        """True when the three tables exist in a supported format; False when there are none."""
        have = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if {"audit_meta", "audit_rows", "audit_head"} <= have:
            fmt = c.execute("SELECT value FROM audit_meta WHERE key='format'").fetchone()
            if fmt is None or fmt[0] != f"govrag-audit/{SCHEMA_VERSION}":
                raise AuditError(f"{self.path}: unsupported audit format {fmt and fmt[0]!r}")
            return True
        if self.read_only or have:
            raise AuditError(f"{self.path} is not a govrag audit log (tables: {sorted(have) or 'none'})")
        return False

    def _init_schema(self, create: bool) -> None:
        c = self._conn
        if self._check_schema(c):
            return
        if not create:
            raise AuditError(f"{self.path} is not a govrag audit log (tables: none)")
        c.execute("BEGIN IMMEDIATE")
        try:
            for stmt in _SCHEMA:
                c.execute(stmt)
            c.execute("INSERT OR IGNORE INTO audit_meta VALUES ('format', ?)",
                      (f"govrag-audit/{SCHEMA_VERSION}",))
            c.execute("INSERT OR IGNORE INTO audit_meta VALUES ('hash', 'sha256(prev_hash + LF + body)')")
            c.execute("INSERT OR IGNORE INTO audit_head VALUES (1, 0, ?)", (GENESIS_HASH,))
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    # -- storage primitives ------------------------------------------------------------------
    def _append_chained(self, pending: PendingRow) -> ChainedRow:
        if self.read_only:
            raise AuditError(f"audit log {self.path} is open read-only: append refused")
        with self._lock:
            c = self._conn
            try:
                c.execute("BEGIN IMMEDIATE")
                try:
                    count, last_hash = c.execute(
                        "SELECT count, last_hash FROM audit_head WHERE id=1").fetchone()
                    row = pending.chain_to(count, last_hash)
                    c.execute(f"INSERT INTO audit_rows ({ROW_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
                              row.columns())
                    c.execute("UPDATE audit_head SET count = ?, last_hash = ? WHERE id = 1",
                              (row.seq, row.row_hash))
                    c.execute("COMMIT")
                except BaseException:
                    if c.in_transaction:
                        c.execute("ROLLBACK")
                    raise
            except sqlite3.IntegrityError as exc:
                raise AuditError(f"audit write to {self.path} refused: {exc} "
                                 f"(audit id {pending.audit_id})") from None
            except (sqlite3.Error, TypeError) as exc:
                raise AuditError(f"audit write to {self.path} failed: {exc}") from None
        return row

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise AuditError(f"cannot read audit log {self.path}: {exc}") from None

    @contextmanager
    def _reading(self) -> Iterator[tuple[Iterator[RawRow], AuditHead | None]]:
        """Rows in chain order (read in pages) and the head, from one consistent read snapshot.

        A separate read-only connection: WAL gives it a snapshot, and appends (from this process
        too) go on while a long verify or export reads.
        """
        if self._closed:
            raise AuditError(f"cannot read audit log {self.path}: it is closed")
        try:
            c = sqlite3.connect(self._ro_uri(), uri=True, timeout=self._busy_timeout_s, isolation_level=None)
        except sqlite3.Error as exc:
            raise AuditError(f"cannot read audit log {self.path}: {exc}") from None
        try:
            c.execute("BEGIN")
            h = c.execute("SELECT count, last_hash FROM audit_head WHERE id=1").fetchone()
            cur = c.execute(f"SELECT {ROW_COLUMNS} FROM audit_rows ORDER BY seq")
            rows = (RawRow(*r) for page in iter(lambda: cur.fetchmany(1000), []) for r in page)
            yield rows, (AuditHead(count=h[0], last_hash=h[1]) if h else None)
        except sqlite3.Error as exc:
            raise AuditError(f"cannot read audit log {self.path}: {exc}") from None
        finally:
            c.close()

    def _head_row(self) -> AuditHead | None:
        found = self._query("SELECT count, last_hash FROM audit_head WHERE id=1")
        return AuditHead(count=found[0][0], last_hash=found[0][1]) if found else None

    def _row_by_id(self, audit_id: str) -> RawRow | None:
        found = self._query(f"SELECT {ROW_COLUMNS} FROM audit_rows WHERE audit_id = ?", (audit_id,))
        return RawRow(*found[0]) if found else None

    def _page(self, after_seq: int, limit: int) -> list[RawRow]:
        return [RawRow(*r) for r in self._query(
            f"SELECT {ROW_COLUMNS} FROM audit_rows WHERE seq > ? ORDER BY seq LIMIT ?", (after_seq, limit))]

    def _row_count(self) -> int:
        return int(self._query("SELECT count(*) FROM audit_rows")[0][0])

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        """Close the connection."""
        self._closed = True
        self._conn.close()

    def __repr__(self) -> str:
        return f"AuditLog({str(self.path)!r}, capture={self.capture!r})"


def read_jsonl(path: str | os.PathLike[str]) -> tuple[list[RawRow], AuditHead | None, list[Problem]]:
    """Rows and head of an export; lines that are not rows are returned as ``bad_json`` problems."""
    rows: list[RawRow] = []
    head: AuditHead | None = None
    problems: list[Problem] = []
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AuditError(f"cannot read audit export {path}: {exc}") from None
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if "head" in obj:
                head = AuditHead(count=int(obj["head"]["count"]), last_hash=str(obj["head"]["last_hash"]))
                continue
            entry = obj["entry"]
            body = entry["unparsable_body"] if isinstance(entry, dict) and "unparsable_body" in entry \
                else canonical_json(entry)
            rows.append(RawRow(int(obj["seq"]), str(obj["audit_id"]), str(obj["time"]),
                               str(obj["prev_hash"]), str(obj["row_hash"]), body))
        except (ValueError, KeyError, TypeError, AuditError):
            problems.append(Problem(seq=None, audit_id=None, kind="bad_json",
                                    detail=f"{path}, line {lineno}: not an audit row"))
    return rows, head, problems


def verify_jsonl(
    path: str | os.PathLike[str], *, anchor: AuditHead | str | os.PathLike[str] | None = None
) -> list[Problem]:
    """Verify an ``export_jsonl`` file exactly like :meth:`AuditLog.verify` (rows in file order)."""
    rows, head, problems = read_jsonl(path)
    return problems + verify_rows(rows, head=head, anchor=load_anchor(anchor, None))
