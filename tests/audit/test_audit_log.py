"""AuditLog basics: append/get/iterate, capture levels, fail-closed writes, export + verify_jsonl."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from govrag.audit import AuditHead, AuditLog, verify_jsonl
from govrag.errors import AuditError, ConfigError

KEY = bytes(range(32))
QUERY = "<PERSON_1>（個人番号<JP_MY_NUMBER_1>）の保有個人情報開示請求の期限は？"
OUTPUT = "行政機関の保有する情報の公開に関する法律第十条第一項により、三十日以内に決定する。"


def _record(i: int = 0) -> dict[str, object]:
    return {
        "app_id": "kouhou-app", "user_id": "u-001", "pipeline_spec_hash": "sha256:" + "a" * 64,
        "query_hash": "sha256:" + "b" * 64, "classification": 2,
        "findings": [{"entity_type": "PERSON", "start": 0, "end": 10}],
        "retrieved": [{"law_id": "411AC0000000042", "article": "10", "paragraph": 1,
                       "revision_id": "411AC0000000042_20220401_503AC0000000037", "score": 0.83}],
        "provider_id": "extractive", "model": "extractive", "model_version": "0", "parameters": {"k": 5},
        "latency_s": {"retrieve": 0.12, "provider": 0.0}, "cost_jpy": 0, "i": i,
    }


@pytest.fixture()
def log(tmp_path: Path) -> Iterator[AuditLog]:
    lg = AuditLog(tmp_path / "audit.sqlite", app_id="test")
    yield lg
    lg.close()


def test_append_get_iter_len_and_verify(log: AuditLog) -> None:
    ids = [log.append(_record(i), content={"redacted_query": QUERY, "output": OUTPUT}) for i in range(5)]
    assert len(log) == 5 and len(set(ids)) == 5
    entries = list(log)
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert [e.audit_id for e in entries] == ids
    assert entries[0].record["retrieved"][0]["revision_id"].startswith("411AC0000000042_")
    assert entries[1].prev_hash == entries[0].row_hash
    got = log.get(ids[3])
    assert got.record["i"] == 3 and got.app_id == "test" and got.capture == "redacted"
    assert log.read_content(ids[3]) == {"redacted_query": QUERY, "output": OUTPUT}
    assert log.head() == AuditHead(count=5, last_hash=entries[-1].row_hash)
    assert log.verify() == []


def test_run_id_is_used_and_duplicates_fail_closed(log: AuditLog) -> None:
    assert log.append({"run_id": "run-行政-1"}) == "run-行政-1"
    with pytest.raises(AuditError, match="run-行政-1"):
        log.append({"run_id": "run-行政-1"})
    assert len(log) == 1 and log.verify() == []


@pytest.mark.parametrize(
    ("record", "content", "match"),
    [
        ({"cost_jpy": float("nan")}, None, "non-finite"),
        ({"obj": object()}, None, "not plain JSON"),
        ({"output": OUTPUT}, None, "content="),
        ({"query": "個人番号を教えて"}, None, "content="),
        ({"ok": 1}, {"output": 3}, "str"),
        ({"run_id": 5}, None, "run_id"),
        (["not", "a", "mapping"], None, "mapping"),
    ],
)
def test_bad_records_raise_audit_error_and_write_nothing(
    log: AuditLog, record: object, content: object, match: str
) -> None:
    with pytest.raises(AuditError, match=match):
        log.append(record, content=content)  # type: ignore[arg-type]
    assert len(log) == 0 and log.verify() == []


def test_capture_none_stores_no_text(tmp_path: Path) -> None:
    path = tmp_path / "none.sqlite"
    with AuditLog(path, capture="none") as log:
        aid = log.append(_record(), content={"redacted_query": QUERY, "output": OUTPUT})
        assert log.read_content(aid) == {"redacted_query": None, "output": None}
        stored = log.get(aid).content["output"]["sha256"]
        assert stored.startswith("sha256:") and len(stored) == 71
    raw = path.read_bytes() + b"".join(p.read_bytes() for p in tmp_path.glob("none.sqlite-*"))
    for text in (QUERY, OUTPUT, "保有個人情報", "三十日以内"):
        assert text.encode() not in raw


def test_capture_full_is_encrypted_and_needs_the_key(tmp_path: Path) -> None:
    path = tmp_path / "full.sqlite"
    with pytest.raises(ConfigError, match="key"):
        AuditLog(path, capture="full")
    with pytest.raises(ConfigError, match="32"):
        AuditLog(path, capture="full", key=b"short")
    with AuditLog(path, capture="full", key=KEY) as log:
        aid = log.append(_record(), content={"redacted_query": QUERY, "output": OUTPUT})
        assert log.read_content(aid)["output"] == OUTPUT
        assert log.verify() == []
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("full.sqlite*"))
    assert OUTPUT.encode() not in raw and "三十日以内".encode() not in raw
    with AuditLog(path) as reader:  # no key: the row is readable metadata, the text is not
        assert reader.get(aid).record["classification"] == 2
        with pytest.raises(AuditError, match="encrypted"):
            reader.read_content(aid)
        assert reader.verify() == []
    with AuditLog(path, capture="full", key=bytes(32)) as wrong:
        with pytest.raises(AuditError, match="cannot be decrypted"):
            wrong.read_content(aid)


def test_unknown_capture_level_names_the_valid_ones(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="none, redacted, full"):
        AuditLog(tmp_path / "x.sqlite", capture="everything")  # type: ignore[arg-type]


@pytest.mark.parametrize("payload", [b"not a database at all" * 100, b""])
def test_non_audit_files_are_refused(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "other.sqlite"
    if payload:
        path.write_bytes(payload)
        with pytest.raises(AuditError):
            AuditLog(path)
    else:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE laws (id TEXT)")
        conn.commit()
        conn.close()
        with pytest.raises(AuditError, match="not a govrag audit log"):
            AuditLog(path)
    with pytest.raises(AuditError, match="no audit log"):
        AuditLog(tmp_path / "missing.sqlite", create=False)


def test_append_only_triggers_refuse_update_and_delete(log: AuditLog) -> None:
    log.append(_record())
    conn = sqlite3.connect(log.path)
    for sql in ("UPDATE audit_rows SET body = '{}'", "DELETE FROM audit_rows",
                "DELETE FROM audit_head", "UPDATE audit_head SET count = 0"):
        with pytest.raises(sqlite3.DatabaseError, match="govrag audit"):
            conn.execute(sql)
    conn.close()
    assert log.verify() == []


def test_export_jsonl_round_trip_and_tampered_export(log: AuditLog, tmp_path: Path) -> None:
    for i in range(4):
        log.append(_record(i), content={"output": OUTPUT})
    out = tmp_path / "audit.jsonl"
    assert log.export_jsonl(out) == 4
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and json.loads(lines[-1])["head"]["count"] == 4
    first = json.loads(lines[0])
    assert first["entry"]["record"]["i"] == 0 and first["row_hash"].startswith("sha256:")
    assert lines[0] == json.dumps(first, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert verify_jsonl(out) == []

    edited = out.with_name("edited.jsonl")
    edited.write_text("\n".join([lines[0], lines[1].replace("三十日以内", "六十日以内"), *lines[2:]]) + "\n",
                      encoding="utf-8")
    assert [p.kind for p in verify_jsonl(edited)] == ["modified"]
    truncated = out.with_name("truncated.jsonl")
    truncated.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")  # last row and head dropped
    assert [p.kind for p in verify_jsonl(truncated)] == ["broken_chain"]  # head line missing
    assert {p.kind for p in verify_jsonl(truncated, anchor=log.head())} == {"broken_chain", "deleted"}
    dropped = out.with_name("dropped.jsonl")
    dropped.write_text("\n".join([*lines[:3], lines[4]]) + "\n", encoding="utf-8")
    assert [p.kind for p in verify_jsonl(dropped)] == ["deleted"]
    garbage = out.with_name("garbage.jsonl")
    garbage.write_text("\n".join([lines[0], "{oops", *lines[1:]]) + "\n", encoding="utf-8")
    assert [p.kind for p in verify_jsonl(garbage)] == ["bad_json"]


def test_anchor_file_is_written_after_each_append(tmp_path: Path) -> None:
    anchor = tmp_path / "head.json"
    with AuditLog(tmp_path / "a.sqlite", anchor=anchor) as log:
        for i in range(3):
            log.append(_record(i))
        saved = AuditHead.from_json(anchor.read_text(encoding="utf-8"))
        assert saved == log.head() and saved.count == 3
        assert log.verify() == []
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".anchor-")]


def test_lock_timeout_fails_closed(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite"
    with AuditLog(path, busy_timeout_s=0.2) as log:
        log.append(_record(0))
        blocker = sqlite3.connect(path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")  # another writer holds the lock
        try:
            with pytest.raises(AuditError, match="locked"):
                log.append(_record(1))
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        log.append(_record(2))  # usable again once the lock is released
        assert [e.record["i"] for e in log] == [0, 2] and log.verify() == []


def test_append_after_close_is_an_audit_error(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite")
    log.close()
    with pytest.raises(AuditError, match="failed"):
        log.append(_record())
    for read in (log.head, log.__len__, lambda: log.get("x"), log.verify):
        with pytest.raises(AuditError, match="cannot read"):
            read()


def test_verify_and_export_read_a_snapshot_while_appends_go_on(tmp_path: Path) -> None:
    """The read side uses its own read-only connection: an append in the middle of a long
    read neither blocks nor shows up in it, and the chain stays valid."""
    with AuditLog(tmp_path / "audit.sqlite", synchronous="normal") as log:
        for i in range(2500):
            log.append(_record(i))
        with log._reading() as (rows, head):
            first = [next(rows) for _ in range(1200)]
            log.append(_record(2500))  # same object, same thread: must not wait for the reader
            rest = list(rows)
        assert head is not None and head.count == 2500
        assert [r.seq for r in first + rest] == list(range(1, 2501))
        assert len(log) == 2501 and log.verify() == []
        assert log.export_jsonl(tmp_path / "a.jsonl") == 2501
