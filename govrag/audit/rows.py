"""Canonical rows, the hash chain and its verification (shared by SQLite and JSONL).

A row body is canonical JSON (``sort_keys``, no spaces, ``ensure_ascii=False``); its hash is
``"sha256:" + sha256(prev_hash + "\\n" + body)`` so each row commits to all rows before it.

>>> body = canonical_json({"b": 1, "a": "行政手続法"})
>>> body
'{"a":"行政手続法","b":1}'
>>> h = chain_hash(GENESIS_HASH, body)
>>> h.startswith("sha256:") and len(h) == 71
True
>>> verify_rows([RawRow(1, "x", "t", GENESIS_HASH, h, body)], head=None)[0].kind
'modified'
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from govrag.errors import AuditError

__all__ = [
    "GENESIS_HASH",
    "HASH_ALGORITHM",
    "SCHEMA_VERSION",
    "AuditHead",
    "Problem",
    "ProblemKind",
    "RawRow",
    "canonical_json",
    "chain_hash",
    "chain_is_intact",
    "check_finite",
    "new_audit_id",
    "sha256_tag",
    "verify_rows",
]

SCHEMA_VERSION = 1
HASH_ALGORITHM = "sha256"
#: ``prev_hash`` of the first row.
GENESIS_HASH = "sha256:" + "0" * 64

ProblemKind = Literal["modified", "deleted", "inserted", "reordered", "broken_chain", "bad_json"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One integrity problem found by ``verify``; ``seq`` is the row's position (None: whole log)."""

    seq: int | None
    audit_id: str | None
    kind: ProblemKind
    detail: str


@dataclass(frozen=True, slots=True)
class AuditHead:
    """The chain's tip: how many rows and the last row hash. Store it elsewhere as an anchor."""

    count: int
    last_hash: str

    def to_json(self) -> str:
        """Canonical JSON (what the anchor file holds)."""
        return canonical_json({"count": self.count, "last_hash": self.last_hash, "v": SCHEMA_VERSION})

    @classmethod
    def from_json(cls, text: str) -> AuditHead:
        """Parse :meth:`to_json` output; malformed input is an AuditError."""
        try:
            obj = json.loads(text)
            count, last_hash = obj["count"], obj["last_hash"]
        except (ValueError, KeyError, TypeError) as exc:
            raise AuditError(f"malformed audit anchor: {exc}") from None
        if not isinstance(count, int) or not isinstance(last_hash, str) or count < 0:
            raise AuditError("malformed audit anchor: count must be an int >= 0, last_hash a string")
        return cls(count=count, last_hash=last_hash)


@dataclass(frozen=True, slots=True)
class RawRow:
    """A stored row as read back, before any checking."""

    seq: int
    audit_id: str
    time: str
    prev_hash: str
    row_hash: str
    body: str


def check_finite(obj: Any, where: str = "record") -> None:
    """AuditError for NaN/infinite numbers or non-string keys anywhere in ``obj``."""
    if isinstance(obj, float) and not math.isfinite(obj):
        raise AuditError(f"audit row: non-finite number at {where}")
    if isinstance(obj, Mapping):
        for k, v in obj.items():
            if not isinstance(k, str):
                raise AuditError(f"audit row: non-string key {k!r} at {where}")
            check_finite(v, f"{where}.{k}")
    elif isinstance(obj, (list, tuple)):
        for i, v in enumerate(obj):
            check_finite(v, f"{where}[{i}]")


def canonical_json(obj: Any) -> str:
    """Canonical JSON text; values that are not plain JSON raise AuditError."""
    try:
        return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise AuditError(f"audit row is not plain JSON: {exc}") from None


def sha256_tag(data: str | bytes) -> str:
    """``"sha256:<hex>"`` of UTF-8 text or bytes (a lone surrogate is hashed, never an error)."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def chain_hash(prev_hash: str, body: str) -> str:
    """Hash of one row: the tagged sha256 of ``prev_hash + "\\n" + body``."""
    return sha256_tag(prev_hash + "\n" + body)


def new_audit_id() -> str:
    """A time-sortable UUIDv7 string (48-bit milliseconds + 74 random bits).

    >>> a = new_audit_id(); len(a), a[14]
    (36, '7')
    """
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass(slots=True)
class _Checked:
    row: RawRow
    claimed_seq: int | None
    parsed: bool
    intact: bool
    why: str


def _self_check(row: RawRow) -> _Checked:
    try:
        obj = json.loads(row.body)
    except ValueError:
        return _Checked(row, None, False, False, "body is not valid JSON")
    if not isinstance(obj, dict):
        return _Checked(row, None, False, False, "body is not a JSON object")
    claimed = obj.get("seq")
    claimed_seq = claimed if isinstance(claimed, int) else None
    try:
        recanon = canonical_json(obj)
    except AuditError:
        recanon = ""
    if recanon != row.body:
        return _Checked(row, claimed_seq, True, False, "body is not in canonical form (edited)")
    if chain_hash(row.prev_hash, row.body) != row.row_hash:
        return _Checked(row, claimed_seq, True, False, "row hash does not match its content")
    if obj.get("audit_id") != row.audit_id or obj.get("time") != row.time:
        return _Checked(row, claimed_seq, True, False, "audit_id/time columns differ from the hashed body")
    if claimed_seq is None:
        return _Checked(row, None, True, False, "body has no integer seq")
    return _Checked(row, claimed_seq, True, True, "")


def chain_is_intact(
    rows: Iterable[RawRow], *, head: AuditHead | None, anchor: AuditHead | None = None
) -> bool:
    """One streaming pass in constant memory: True when ``rows`` are an unbroken chain numbered
    1..n that matches ``head`` and ``anchor``. Then :func:`verify_rows` finds nothing. False
    means "diagnose with verify_rows"; it can be stricter (a log not numbered from 1), never
    laxer.
    """
    prev = GENESIS_HASH
    n = 0
    at_anchor: str | None = None
    for row in rows:
        c = _self_check(row)
        if not c.intact or row.prev_hash != prev or c.claimed_seq != n + 1 or row.seq != n + 1:
            return False
        n += 1
        prev = row.row_hash
        if anchor is not None and n == anchor.count:
            at_anchor = prev
    if anchor is not None and anchor.count and at_anchor != anchor.last_hash:
        return False
    if head is None:
        return n == 0
    return head.count == n and head.last_hash == prev


def verify_rows(
    rows: Iterable[RawRow], *, head: AuditHead | None, anchor: AuditHead | None = None
) -> list[Problem]:
    """Check rows (in stored order) against the chain, the stored head and an optional anchor."""
    checked = [_self_check(r) for r in rows]
    problems: list[Problem] = []
    seen: set[tuple[int | None, str]] = set()
    flagged: set[int] = set()

    def report(c: _Checked | None, kind: ProblemKind, detail: str) -> None:
        seq = c.row.seq if c else None
        if (seq, kind) in seen:
            return
        seen.add((seq, kind))
        problems.append(Problem(seq=seq, audit_id=c.row.audit_id if c else None, kind=kind, detail=detail))

    pos_by_hash: dict[str, int] = {}
    for i, c in enumerate(checked):
        pos_by_hash.setdefault(c.row.row_hash, i)

    last_claimed = 0
    offset = 0
    for i, c in enumerate(checked):
        r = c.row
        if not c.parsed or not c.intact:
            report(c, "bad_json" if not c.parsed else "modified", c.why)
            flagged.add(i)
            last_claimed = c.claimed_seq if c.claimed_seq is not None else r.seq
            continue
        claimed = c.claimed_seq if c.claimed_seq is not None else r.seq
        pp = -1 if r.prev_hash == GENESIS_HASH else pos_by_hash.get(r.prev_hash)
        if pp == i - 1:
            if claimed - r.seq != offset and claimed == last_claimed + 1:
                report(c, "modified", f"stored seq {r.seq} differs from hashed seq {claimed}")
                flagged.add(i)
        elif pp is None:
            flagged.add(i)
            if claimed > last_claimed + 1:
                report(c, "deleted", f"rows {last_claimed + 1}..{claimed - 1} are missing before this row")
            else:
                report(c, "broken_chain",
                       "prev_hash matches no stored row: the previous row was replaced or re-hashed")
        elif pp < i - 1:
            for q in range(pp + 1, i):
                if q in flagged:
                    continue
                other = checked[q]
                flagged.add(q)
                if other.claimed_seq is not None and other.claimed_seq > claimed:
                    report(other, "reordered", f"row claims seq {other.claimed_seq} but is stored earlier")
                else:
                    report(other, "inserted", "row is not part of the chain (the next row skips it)")
        else:  # predecessor stored later
            flagged.add(i)
            report(c, "reordered", f"row claims seq {claimed} but its predecessor is stored after it")
        if claimed < last_claimed:
            flagged.add(i)
            report(c, "reordered", f"row claims seq {claimed} after seq {last_claimed}")
        last_claimed = max(last_claimed, claimed)
        offset = claimed - r.seq

    n = len(checked)
    last = checked[-1] if checked else None
    if head is None:
        if n:
            report(None, "broken_chain", "the head record is missing")
    else:
        _check_head(checked, head, report, "stored head", last, n, pos_by_hash)
    if anchor is not None:
        _check_anchor(checked, anchor, report)
    return problems


_Report = Callable[["_Checked | None", ProblemKind, str], None]


def _check_head(checked: Sequence[_Checked], head: AuditHead, report: _Report, name: str,
                last: _Checked | None, n: int, pos_by_hash: Mapping[str, int]) -> None:
    if head.count > n:
        report(None, "deleted", f"{name} counts {head.count} rows, only {n} stored (rows removed)")
    elif head.count < n:
        for c in checked[head.count:]:
            report(c, "inserted", f"row beyond the {name} (count {head.count})")
    elif last is not None and last.row.row_hash != head.last_hash:
        if head.last_hash in pos_by_hash:
            report(checked[pos_by_hash[head.last_hash]], "reordered",
                   f"the {name}'s last row is stored earlier")
        else:
            report(last, "modified", f"last row hash differs from the {name}")
    elif last is None and head.last_hash != GENESIS_HASH:
        report(None, "broken_chain", f"{name} is not empty but the log is")


def _check_anchor(checked: Sequence[_Checked], anchor: AuditHead, report: _Report) -> None:
    if anchor.count == 0:
        return
    if anchor.count > len(checked):
        report(None, "deleted", f"anchor counts {anchor.count} rows, only {len(checked)} stored")
        return
    at = checked[anchor.count - 1]
    if at.row.row_hash != anchor.last_hash:
        report(at, "modified", "row hash at the anchor position differs from the anchor (chain rewritten)")
