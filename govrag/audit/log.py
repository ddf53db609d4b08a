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

import datetime as _dt
import itertools
import json
import os
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from govrag.audit.content import CaptureLevel, check_key, open_content, seal_content
from govrag.audit.rows import (
    GENESIS_HASH,
    SCHEMA_VERSION,
    AuditHead,
    Problem,
    RawRow,
    canonical_json,
    chain_hash,
    chain_is_intact,
    check_finite,
    new_audit_id,
    verify_rows,
)
from govrag.errors import AuditError

__all__ = ["RESERVED_TEXT_KEYS", "AuditEntry", "AuditLog", "read_jsonl", "verify_jsonl"]

#: Text fields that belong in ``content=`` (subject to the capture level), never in ``record``.
RESERVED_TEXT_KEYS = frozenset({"query", "redacted_query", "prompt", "output", "answer"})

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


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One row as read back: chain fields, the metadata ``record`` and ``content`` as stored."""

    seq: int
    audit_id: str
    time: str
    prev_hash: str
    row_hash: str
    app_id: str | None
    capture: str
    record: dict[str, Any]
    content: dict[str, Any]


def _entry(row: RawRow) -> AuditEntry:
    try:
        obj = json.loads(row.body)
        return AuditEntry(seq=row.seq, audit_id=row.audit_id, time=row.time, prev_hash=row.prev_hash,
                          row_hash=row.row_hash, app_id=obj.get("app_id"), capture=obj["capture"],
                          record=obj["record"], content=obj["content"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise AuditError(f"audit row seq {row.seq} is not a valid row (run verify)") from None


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="microseconds")


class AuditLog:
    """Append-only audit log in one SQLite file.

    ``capture``: what is kept of ``content`` text (``"none"``: sha256 only, ``"redacted"``: as
    given, ``"full"``: AES-256-GCM with ``key``). ``anchor``: optional file that receives the head
    (count + last hash) after every append; keep it on other storage to catch a rewritten chain.
    ``create=False`` refuses to create a new file (for readers).
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
    ) -> None:
        check_key(key, capture)
        if synchronous not in ("full", "normal"):
            raise AuditError(f"synchronous must be 'full' or 'normal', not {synchronous!r}")
        self.path = Path(path)
        self.capture: CaptureLevel = capture
        self.app_id = app_id
        self.anchor_path = Path(anchor) if anchor is not None else None
        self._key = key
        self._lock = threading.Lock()
        self._busy_timeout_s = busy_timeout_s
        self._closed = False
        if not create and not self.path.is_file():
            raise AuditError(f"no audit log at {self.path}")
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
    def _init_schema(self, create: bool) -> None:
        c = self._conn
        have = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if {"audit_meta", "audit_rows", "audit_head"} <= have:
            fmt = c.execute("SELECT value FROM audit_meta WHERE key='format'").fetchone()
            if fmt is None or fmt[0] != f"govrag-audit/{SCHEMA_VERSION}":
                raise AuditError(f"{self.path}: unsupported audit format {fmt and fmt[0]!r}")
            return
        if not create or (have - {"audit_meta", "audit_rows", "audit_head"}):
            raise AuditError(f"{self.path} is not a govrag audit log (tables: {sorted(have) or 'none'})")
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

    # -- writing -----------------------------------------------------------------------------
    def append(self, record: Mapping[str, Any], *, content: Mapping[str, str] | None = None) -> str:
        """Append one run; returns its audit id (``record["run_id"]`` when given, else a UUIDv7).

        Any failure (non-JSON value, duplicate id, disk/lock error) raises AuditError and leaves
        the log unchanged.
        """
        if not isinstance(record, Mapping):
            raise AuditError(f"audit record must be a mapping, not {type(record).__name__}")
        bad = sorted(k for k in RESERVED_TEXT_KEYS if isinstance(record.get(k), str))
        if bad:
            raise AuditError(f"text fields {bad} belong in content= (subject to the capture level), "
                             "not in the metadata record")
        audit_id = record.get("run_id") or new_audit_id()
        if not isinstance(audit_id, str) or len(audit_id) > 200:
            raise AuditError("record['run_id'] must be a string of at most 200 characters")
        rec = dict(record)
        check_finite(rec)
        sealed = seal_content(content, capture=self.capture, key=self._key, audit_id=audit_id)
        with self._lock:
            c = self._conn
            try:
                c.execute("BEGIN IMMEDIATE")
                try:
                    count, last_hash = c.execute(
                        "SELECT count, last_hash FROM audit_head WHERE id=1").fetchone()
                    seq, now = count + 1, _now()
                    body = canonical_json({"v": SCHEMA_VERSION, "seq": seq, "audit_id": audit_id, "time": now,
                                           "app_id": self.app_id, "capture": self.capture,
                                           "record": rec, "content": sealed})
                    row_hash = chain_hash(last_hash, body)
                    c.execute("INSERT INTO audit_rows (seq, audit_id, time, prev_hash, row_hash, body) "
                              "VALUES (?, ?, ?, ?, ?, ?)", (seq, audit_id, now, last_hash, row_hash, body))
                    c.execute("UPDATE audit_head SET count = ?, last_hash = ? WHERE id = 1", (seq, row_hash))
                    c.execute("COMMIT")
                except BaseException:
                    if c.in_transaction:
                        c.execute("ROLLBACK")
                    raise
            except sqlite3.IntegrityError as exc:
                raise AuditError(f"audit write to {self.path} refused: {exc} (audit id {audit_id})") from None
            except (sqlite3.Error, TypeError) as exc:
                raise AuditError(f"audit write to {self.path} failed: {exc}") from None
        if self.anchor_path is not None:
            self._write_anchor(AuditHead(count=seq, last_hash=row_hash))
        return audit_id

    def _write_anchor(self, head: AuditHead) -> None:
        assert self.anchor_path is not None
        try:
            fd, tmp = tempfile.mkstemp(dir=self.anchor_path.parent, prefix=".anchor-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(head.to_json() + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.anchor_path)
        except OSError as exc:
            raise AuditError(f"audit row written but anchor {self.anchor_path} failed: {exc}") from None

    # -- reading -----------------------------------------------------------------------------
    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchone()
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
            c = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True,
                                timeout=self._busy_timeout_s, isolation_level=None)
        except sqlite3.Error as exc:
            raise AuditError(f"cannot read audit log {self.path}: {exc}") from None
        try:
            c.execute("BEGIN")
            h = c.execute("SELECT count, last_hash FROM audit_head WHERE id=1").fetchone()
            cur = c.execute(
                "SELECT seq, audit_id, time, prev_hash, row_hash, body FROM audit_rows ORDER BY seq")
            rows = (RawRow(*r) for page in iter(lambda: cur.fetchmany(1000), []) for r in page)
            yield rows, (AuditHead(count=h[0], last_hash=h[1]) if h else None)
        except sqlite3.Error as exc:
            raise AuditError(f"cannot read audit log {self.path}: {exc}") from None
        finally:
            c.close()

    def _snapshot(self) -> tuple[list[RawRow], AuditHead | None]:
        with self._reading() as (rows, head):
            return list(rows), head

    def head(self) -> AuditHead:
        """The current head; store it outside the database to detect a rewritten chain later."""
        row = self._query("SELECT count, last_hash FROM audit_head WHERE id=1")
        if row is None:
            raise AuditError(f"audit log {self.path} has no head record (tampered)")
        return AuditHead(count=row[0], last_hash=row[1])

    def verify(self, *, anchor: AuditHead | str | os.PathLike[str] | None = None) -> list[Problem]:
        """All integrity problems (empty when intact). ``anchor``: a saved head or anchor file;
        defaults to the log's own anchor file when configured and present."""
        saved = _load_anchor(anchor, self.anchor_path)
        if self._intact(saved):  # constant memory; the full diagnosis only when something is wrong
            return []
        rows, head = self._snapshot()
        return verify_rows(rows, head=head, anchor=saved)

    def _intact(self, anchor: AuditHead | None) -> bool:
        with self._reading() as (rows, head):
            return chain_is_intact(rows, head=head, anchor=anchor)

    def get(self, audit_id: str) -> AuditEntry:
        """The row of one run; AuditError when absent."""
        r = self._query("SELECT seq, audit_id, time, prev_hash, row_hash, body FROM audit_rows "
                        "WHERE audit_id = ?", (audit_id,))
        if r is None:
            raise AuditError(f"no audit row with id {audit_id!r} in {self.path}")
        return _entry(RawRow(*r))

    def read_content(self, audit_id: str) -> dict[str, str | None]:
        """Text fields of a run: as stored (redacted), None (hash only) or decrypted (full)."""
        entry = self.get(audit_id)
        return open_content(entry.content, key=self._key, audit_id=audit_id)

    def __iter__(self) -> Iterator[AuditEntry]:
        """Entries in chain order, read in pages of 500 (rows appended meanwhile are included)."""
        last = 0
        while True:
            with self._lock:
                try:
                    page = [RawRow(*r) for r in self._conn.execute(
                        "SELECT seq, audit_id, time, prev_hash, row_hash, body FROM audit_rows "
                        "WHERE seq > ? ORDER BY seq LIMIT 500", (last,))]
                except sqlite3.Error as exc:
                    raise AuditError(f"cannot read audit log {self.path}: {exc}") from None
            if not page:
                return
            yield from (_entry(r) for r in page)
            last = page[-1].seq

    def __len__(self) -> int:
        return int(self._query("SELECT count(*) FROM audit_rows")[0])

    def export_jsonl(self, path: str | os.PathLike[str]) -> int:
        """Write every row (canonical JSON with hashes) and a final head line; returns the row count."""
        out = Path(path)
        count = 0
        try:
            with self._reading() as (rows, head), out.open("w", encoding="utf-8", newline="\n") as fh:
                for r in rows:
                    count += 1
                    try:
                        entry: Any = json.loads(r.body)
                    except ValueError:
                        entry = {"unparsable_body": r.body}
                    fh.write(canonical_json({"seq": r.seq, "audit_id": r.audit_id, "time": r.time,
                                             "prev_hash": r.prev_hash, "row_hash": r.row_hash,
                                             "entry": entry}) + "\n")
                if head is not None:
                    head_obj = {"count": head.count, "last_hash": head.last_hash}
                    fh.write(canonical_json({"head": head_obj}) + "\n")
        except OSError as exc:
            raise AuditError(f"cannot write export {out}: {exc}") from None
        return count

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        """Close the connection."""
        self._closed = True
        self._conn.close()

    def __enter__(self) -> AuditLog:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"AuditLog({str(self.path)!r}, capture={self.capture!r})"


def _load_anchor(anchor: AuditHead | str | os.PathLike[str] | None, default: Path | None) -> AuditHead | None:
    if isinstance(anchor, AuditHead):
        return anchor
    path = Path(anchor) if anchor is not None else default
    if path is None or (anchor is None and not path.is_file()):
        return None
    try:
        return AuditHead.from_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AuditError(f"cannot read audit anchor {path}: {exc}") from None


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
    return problems + verify_rows(rows, head=head, anchor=_load_anchor(anchor, None))
