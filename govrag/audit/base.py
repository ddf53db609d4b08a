"""What every audit store shares: validating an append, building the chained row, reading rows
back, verify, export and the anchor file. A store (SQLite, PostgreSQL) supplies only storage
primitives: one locked "read head, insert row, advance head" transaction, a consistent read
snapshot, and a few point queries.

>>> import tempfile, os
>>> from govrag.audit import AuditLog
>>> with AuditLog(os.path.join(tempfile.mkdtemp(), "a.sqlite")) as log:
...     isinstance(log, BaseAuditLog), log.append({"n": 1}, content={"output": "第七条"}) != ""
(True, True)
"""

from __future__ import annotations

import abc
import datetime as _dt
import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from govrag.audit.content import CaptureLevel, check_key, open_content, seal_content
from govrag.audit.rows import (
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

__all__ = [
    "RESERVED_TEXT_KEYS",
    "AuditEntry",
    "BaseAuditLog",
    "ChainedRow",
    "PendingRow",
    "load_anchor",
]

#: Text fields that belong in ``content=`` (subject to the capture level), never in ``record``.
RESERVED_TEXT_KEYS = frozenset({"query", "redacted_query", "prompt", "output", "answer"})

#: Columns of a stored row, in the order every store selects them.
ROW_COLUMNS = "seq, audit_id, time, prev_hash, row_hash, body"


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


@dataclass(frozen=True, slots=True)
class ChainedRow(RawRow):
    """A new row ready to insert (a :class:`RawRow`'s columns, all derived from the head it
    chains to)."""

    def columns(self) -> tuple[int, str, str, str, str, str]:
        """Values in :data:`ROW_COLUMNS` order."""
        return (self.seq, self.audit_id, self.time, self.prev_hash, self.row_hash, self.body)


@dataclass(frozen=True, slots=True)
class PendingRow:
    """A validated append, waiting for the head it will chain to."""

    audit_id: str
    record: dict[str, Any]
    sealed: dict[str, Any]
    app_id: str | None
    capture: str

    def chain_to(self, count: int, last_hash: str) -> ChainedRow:
        seq = count + 1
        now = _dt.datetime.now(_dt.UTC).isoformat(timespec="microseconds")
        body = canonical_json({"v": SCHEMA_VERSION, "seq": seq, "audit_id": self.audit_id, "time": now,
                               "app_id": self.app_id, "capture": self.capture,
                               "record": self.record, "content": self.sealed})
        return ChainedRow(seq, self.audit_id, now, last_hash, chain_hash(last_hash, body), body)


def entry_from_row(row: RawRow) -> AuditEntry:
    """Parse a stored row; a body that is not a row is an AuditError (run verify)."""
    try:
        obj = json.loads(row.body)
        return AuditEntry(seq=row.seq, audit_id=row.audit_id, time=row.time, prev_hash=row.prev_hash,
                          row_hash=row.row_hash, app_id=obj.get("app_id"), capture=obj["capture"],
                          record=obj["record"], content=obj["content"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise AuditError(f"audit row seq {row.seq} is not a valid row (run verify)") from None


def load_anchor(anchor: AuditHead | str | os.PathLike[str] | None, default: Path | None) -> AuditHead | None:
    """The anchor to check against: given, read from a file, or the log's own anchor file."""
    if isinstance(anchor, AuditHead):
        return anchor
    path = Path(anchor) if anchor is not None else default
    if path is None or (anchor is None and not path.is_file()):
        return None
    try:
        return AuditHead.from_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AuditError(f"cannot read audit anchor {path}: {exc}") from None


class BaseAuditLog(abc.ABC):
    """The public behaviour of an audit log, independent of where rows are stored.

    ``capture``: what is kept of ``content`` text (``"none"``: sha256 only, ``"redacted"``: as
    given, ``"full"``: AES-256-GCM with ``key``). ``anchor``: optional file that receives the head
    (count + last hash) after every append; keep it on other storage to catch a rewritten chain.
    """

    #: Where the log lives, safe to print (a path, or a DSN without its password).
    target: str

    def __init__(self, *, capture: CaptureLevel, key: bytes | None, app_id: str | None,
                 anchor: str | os.PathLike[str] | None) -> None:
        check_key(key, capture)
        self.capture: CaptureLevel = capture
        self.app_id = app_id
        self.anchor_path = Path(anchor) if anchor is not None else None
        self._key = key

    # -- storage primitives ------------------------------------------------------------------
    @abc.abstractmethod
    def _append_chained(self, pending: PendingRow) -> ChainedRow:
        """In one transaction holding the chain's write lock: read the head, insert
        ``pending.chain_to(count, last_hash)``, advance the head, commit. Errors: AuditError."""

    @abc.abstractmethod
    def _reading(self) -> AbstractContextManager[tuple[Iterator[RawRow], AuditHead | None]]:
        """Rows in ``seq`` order and the head, from one consistent snapshot, in bounded memory."""

    @abc.abstractmethod
    def _head_row(self) -> AuditHead | None:
        """The stored head, None when its row is missing."""

    @abc.abstractmethod
    def _row_by_id(self, audit_id: str) -> RawRow | None:
        """The row with this audit id."""

    @abc.abstractmethod
    def _page(self, after_seq: int, limit: int) -> list[RawRow]:
        """Up to ``limit`` rows with ``seq > after_seq`` in ``seq`` order."""

    @abc.abstractmethod
    def _row_count(self) -> int:
        """How many rows are stored."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the connection(s)."""

    # -- writing -----------------------------------------------------------------------------
    def append(self, record: Mapping[str, Any], *, content: Mapping[str, str] | None = None) -> str:
        """Append one run; returns its audit id (``record["run_id"]`` when given, else a UUIDv7).

        Any failure (non-JSON value, duplicate id, storage or lock error) raises AuditError and
        leaves the log unchanged.
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
        canonical_json(rec)  # not plain JSON: fail before taking the lock
        sealed = seal_content(content, capture=self.capture, key=self._key, audit_id=audit_id)
        row = self._append_chained(PendingRow(audit_id, rec, sealed, self.app_id, self.capture))
        if self.anchor_path is not None:
            self._write_anchor(AuditHead(count=row.seq, last_hash=row.row_hash))
        return audit_id

    def _write_anchor(self, head: AuditHead) -> None:
        if self.anchor_path is None:
            return
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
    def _snapshot(self) -> tuple[list[RawRow], AuditHead | None]:
        with self._reading() as (rows, head):
            return list(rows), head

    def head(self) -> AuditHead:
        """The current head; store it outside the database to detect a rewritten chain later."""
        head = self._head_row()
        if head is None:
            raise AuditError(f"audit log {self.target} has no head record (tampered)")
        return head

    def verify(self, *, anchor: AuditHead | str | os.PathLike[str] | None = None) -> list[Problem]:
        """All integrity problems (empty when intact). ``anchor``: a saved head or anchor file;
        defaults to the log's own anchor file when configured and present."""
        saved = load_anchor(anchor, self.anchor_path)
        with self._reading() as (rows, head):  # constant memory; diagnose only when something is wrong
            if chain_is_intact(rows, head=head, anchor=saved):
                return []
        rows_list, head = self._snapshot()
        return verify_rows(rows_list, head=head, anchor=saved)

    def get(self, audit_id: str) -> AuditEntry:
        """The row of one run; AuditError when absent."""
        row = self._row_by_id(audit_id)
        if row is None:
            raise AuditError(f"no audit row with id {audit_id!r} in {self.target}")
        return entry_from_row(row)

    def read_content(self, audit_id: str) -> dict[str, str | None]:
        """Text fields of a run: as stored (redacted), None (hash only) or decrypted (full)."""
        entry = self.get(audit_id)
        return open_content(entry.content, key=self._key, audit_id=audit_id)

    def __iter__(self) -> Iterator[AuditEntry]:
        """Entries in chain order, read in pages of 500 (rows appended meanwhile are included)."""
        last = 0
        while True:
            page = self._page(last, 500)
            if not page:
                return
            yield from (entry_from_row(r) for r in page)
            last = page[-1].seq

    def __len__(self) -> int:
        return self._row_count()

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
    def __enter__(self) -> Self:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
