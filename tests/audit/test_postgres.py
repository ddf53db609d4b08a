"""PostgresAuditLog against the real server: the same behaviour as the SQLite log (``store`` runs a
test on both), several processes appending to one chain, a writer killed mid-append, lock
timeouts, dropped connections, and DSN passwords that never reach an error message."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from govrag.audit import (
    AuditLog,
    PostgresAuditLog,
    canonical_json,
    chain_hash,
    open_audit,
    redact_dsn,
    verify_jsonl,
)
from govrag.audit.rows import GENESIS_HASH
from govrag.errors import AuditError, ConfigError

from .conftest import PG_DSN, Store, assert_survived_the_kill, kill_writer_midway, pg_connect

KEY = bytes(range(32))
QUERY = "<PERSON_1>（個人番号<JP_MY_NUMBER_1>）の保有個人情報開示請求の期限は？"
OUTPUT = "行政機関の保有する情報の公開に関する法律第十条第一項により、三十日以内に決定する。"


def _record(i: int = 0) -> dict[str, Any]:
    return {"provider_id": "extractive", "classification": 2, "i": i,
            "findings": [{"entity_type": "PERSON", "start": 0, "end": 10}],
            "retrieved": [{"law_id": "411AC0000000042", "article": "10", "paragraph": 1, "score": 0.83}]}


# -- the same public behaviour on both backends ----------------------------------------------

def test_append_get_iter_head_verify(store: Store) -> None:
    with store.open(app_id="kouhou") as log:
        ids = [log.append(_record(i), content={"redacted_query": QUERY, "output": OUTPUT}) for i in range(5)]
        entries = list(log)
        assert len(log) == 5 and [e.seq for e in entries] == [1, 2, 3, 4, 5]
        assert [e.audit_id for e in entries] == ids
        assert entries[0].prev_hash == GENESIS_HASH and entries[1].prev_hash == entries[0].row_hash
        got = log.get(ids[3])
        assert got.record["i"] == 3 and got.app_id == "kouhou" and got.capture == "redacted"
        assert log.read_content(ids[3]) == {"redacted_query": QUERY, "output": OUTPUT}
        assert log.head().count == 5 and log.head().last_hash == entries[-1].row_hash
        assert log.verify() == []
        with pytest.raises(AuditError, match="no audit row"):
            log.get("no-such-id")


@pytest.mark.parametrize(
    ("record", "content", "match"),
    [
        ({"cost_jpy": float("nan")}, None, "non-finite"),
        ({"obj": object()}, None, "not plain JSON"),
        ({"output": OUTPUT}, None, "content="),
        ({"ok": 1}, {"output": 3}, "str"),
        ({"run_id": 5}, None, "run_id"),
    ],
)
def test_bad_records_fail_closed_and_write_nothing(
    store: Store, record: Any, content: Any, match: str
) -> None:
    with store.open() as log:
        with pytest.raises(AuditError, match=match):
            log.append(record, content=content)
        assert len(log) == 0 and log.verify() == []


def test_duplicate_run_id_is_refused_and_the_chain_stays_intact(store: Store) -> None:
    with store.open() as log:
        assert log.append({"run_id": "run-開示-1"}) == "run-開示-1"
        with pytest.raises(AuditError, match="run-開示-1"):
            log.append({"run_id": "run-開示-1"})
        log.append({"run_id": "run-開示-2"})
        assert len(log) == 2 and log.head().count == 2 and log.verify() == []


@pytest.mark.parametrize(
    ("capture", "key", "expect"),
    [("none", None, {"output": None}), ("redacted", None, {"output": OUTPUT}),
     ("full", KEY, {"output": OUTPUT})],
)
def test_capture_levels(store: Store, capture: Any, key: bytes | None, expect: dict[str, Any]) -> None:
    with store.open(capture=capture, key=key) as log:
        aid = log.append(_record(), content={"output": OUTPUT})
        assert log.read_content(aid) == expect
        stored = json.dumps(log.get(aid).content, ensure_ascii=False)
        assert ("三十日以内" in stored) is (capture == "redacted")
    if capture == "full":
        with store.open() as keyless:  # metadata readable and verifiable without the key
            assert keyless.get(aid).record["classification"] == 2 and keyless.verify() == []
            with pytest.raises(AuditError, match="encrypted"):
                keyless.read_content(aid)


def test_export_jsonl_verifies_offline(store: Store, tmp_path: Path) -> None:
    with store.open() as log:
        for i in range(4):
            log.append(_record(i), content={"output": OUTPUT})
        assert log.export_jsonl(tmp_path / "a.jsonl") == 4
        head = log.head()
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[-1])["head"] == {"count": 4, "last_hash": head.last_hash}
    assert verify_jsonl(tmp_path / "a.jsonl") == []
    row = json.loads(lines[1])
    assert row["row_hash"] == chain_hash(row["prev_hash"], canonical_json(row["entry"]))


def test_read_only_refuses_appends_and_closed_logs_refuse_everything(store: Store) -> None:
    with store.open() as log:
        log.append(_record())
    with store.open(read_only=True) as ro:
        assert len(ro) == 1 and ro.verify() == []
        with pytest.raises(AuditError, match="read-only"):
            ro.append(_record(1))
    log = store.open()
    log.close()
    with pytest.raises(AuditError):
        log.append(_record(2))
    for read in (log.head, log.__len__, log.verify):
        with pytest.raises(AuditError, match=r"cannot read|closed"):
            read()


# -- PostgreSQL specifics --------------------------------------------------------------------

def test_open_audit_picks_the_backend(pg_schema: str, tmp_path: Path) -> None:
    with open_audit(PG_DSN, schema=pg_schema, app_id="gw") as log:
        assert isinstance(log, PostgresAuditLog) and log.schema == pg_schema
        log.append({"n": 1})
    alt = PG_DSN.replace("postgresql://", "postgres://", 1)
    with open_audit(alt, schema=pg_schema, create=False) as log:
        assert len(log) == 1
    with open_audit(tmp_path / "a.sqlite") as log:
        assert isinstance(log, AuditLog)
    with pytest.raises(ConfigError, match=r"does not take option.*synchronous"):
        open_audit(PG_DSN, schema=pg_schema, synchronous="full")


@pytest.mark.parametrize(
    ("dsn", "secret"),
    [
        ("postgresql://govrag:Kimitsu-3-pw@127.0.0.1:1/test", "Kimitsu-3-pw"),
        ("postgresql://govrag@127.0.0.1:1/test?password=Kimitsu-3-pw", "Kimitsu-3-pw"),
        ("host=127.0.0.1 port=1 user=govrag password=Kimitsu-3-pw dbname=test", "Kimitsu-3-pw"),
    ],
)
def test_connection_errors_never_show_the_password(dsn: str, secret: str) -> None:
    with pytest.raises(AuditError, match="cannot connect") as info:
        PostgresAuditLog(dsn, connect_timeout_s=2)
    assert secret not in str(info.value) and "***" in str(info.value)
    assert secret not in redact_dsn(dsn)


@pytest.mark.parametrize(
    ("options", "error", "match"),
    [
        ({"schema": "Robert'); DROP TABLE x;--"}, ConfigError, "schema name"),
        ({"schema": "1abc"}, ConfigError, "schema name"),
        ({"lock_timeout_s": 0}, ConfigError, "> 0"),
        ({"capture": "full"}, ConfigError, "key"),
    ],
)
def test_bad_options_are_config_errors(pg_dsn: str, options: dict[str, Any], error: type[Exception],
                                       match: str) -> None:
    with pytest.raises(error, match=match):
        PostgresAuditLog(pg_dsn, **options)


def test_missing_schema_or_foreign_tables_are_refused(pg_dsn: str, pg_schema: str) -> None:
    with pytest.raises(AuditError, match="not a govrag audit log"):
        PostgresAuditLog(pg_dsn, schema=pg_schema, create=False)
    with pytest.raises(AuditError, match="not a govrag audit log"):
        PostgresAuditLog(pg_dsn, schema=pg_schema, read_only=True)
    with pg_connect() as conn:
        assert conn.execute("SELECT count(*) FROM information_schema.schemata WHERE schema_name = %s",
                            (pg_schema,)).fetchone()[0] == 0  # nothing was created
        conn.execute(f"CREATE SCHEMA {pg_schema}")
        conn.execute(f"CREATE TABLE {pg_schema}.audit_rows (id int)")
    with pytest.raises(AuditError, match=r"not a govrag audit log \(tables: \['audit_rows'\]\)"):
        PostgresAuditLog(pg_dsn, schema=pg_schema)


def test_missing_extra_is_a_config_error_with_the_install_command(
    pg_dsn: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now raises ImportError
    with pytest.raises(ConfigError, match=r'pip install "govrag\[postgres\]"'):
        open_audit(pg_dsn)


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE {s}.audit_rows SET body = '{{}}'",
        "DELETE FROM {s}.audit_rows",
        "TRUNCATE {s}.audit_rows",
        "DELETE FROM {s}.audit_head",
        "TRUNCATE {s}.audit_head",
        "UPDATE {s}.audit_head SET count = 0",
        "UPDATE {s}.audit_head SET count = count + 2",
    ],
)
def test_append_only_triggers(pg_dsn: str, pg_schema: str, statement: str) -> None:
    import psycopg

    with PostgresAuditLog(pg_dsn, schema=pg_schema) as log:
        log.append(_record())
        with pg_connect() as conn, pytest.raises(psycopg.errors.RaiseException, match="govrag audit"):
            conn.execute(statement.format(s=pg_schema))
        assert len(log) == 1 and log.verify() == []


def test_lock_timeout_fails_closed_then_recovers(pg_dsn: str, pg_schema: str) -> None:
    with PostgresAuditLog(pg_dsn, schema=pg_schema, lock_timeout_s=0.3) as log:
        log.append(_record(0))
        with pg_connect() as blocker:
            with blocker.transaction():  # another writer holds the chain
                blocker.execute(f"SELECT * FROM {pg_schema}.audit_head FOR UPDATE")
                t = time.monotonic()
                with pytest.raises(AuditError, match="lock timeout"):
                    log.append(_record(1))
                assert time.monotonic() - t < 5
        log.append(_record(2))
        assert [e.record["i"] for e in log] == [0, 2] and log.verify() == []


def test_a_dropped_connection_is_reopened_without_losing_or_doubling_rows(
    pg_dsn: str, pg_schema: str
) -> None:
    with PostgresAuditLog(pg_dsn, schema=pg_schema) as log:
        log.append(_record(0))
        with pg_connect() as admin:  # what a server restart or failover does to an idle session
            admin.execute("SELECT pg_terminate_backend(%s)", (log._conn.info.backend_pid,))
        time.sleep(0.2)
        log.append(_record(1))
        assert len(log) == 2 and [e.record["i"] for e in log] == [0, 1] and log.verify() == []


def test_verify_streams_one_snapshot_through_a_server_side_cursor(pg_dsn: str, pg_schema: str) -> None:
    with PostgresAuditLog(pg_dsn, schema=pg_schema) as log:
        log.append(_record(0))
        _bulk_append(pg_schema, 2499)  # a valid chain of 2,500 rows, written quickly
        with log._reading() as (rows, head):
            first = [next(rows) for _ in range(1200)]
            with pg_connect() as admin:
                queries = [r[0] for r in admin.execute(
                    "SELECT query FROM pg_stat_activity WHERE application_name = 'govrag-audit' "
                    "AND state = 'idle in transaction'").fetchall()]
            log.append(_record(2500))  # appends go on; the snapshot does not see them
            rest = list(rows)
        assert any(q.startswith("FETCH FORWARD 1000") for q in queries), queries
        assert head is not None and head.count == 2500
        assert [r.seq for r in first + rest] == list(range(1, 2501))
        assert len(log) == 2501 and log.verify() == []


def _bulk_append(schema: str, n: int) -> None:
    """Append ``n`` valid rows in one transaction, exactly as the log would chain them."""
    from govrag.audit.base import PendingRow

    with pg_connect() as conn, conn.transaction():
        count, last = conn.execute(f"SELECT count, last_hash FROM {schema}.audit_head FOR UPDATE").fetchone()
        rows = []
        for i in range(n):
            row = PendingRow(f"bulk-{i}", _record(i + 1), {"output": OUTPUT}, None, "redacted").chain_to(
                count, last)
            rows.append(row.columns())
            count, last = row.seq, row.row_hash
        with conn.cursor() as cur:
            cur.executemany(f"INSERT INTO {schema}.audit_rows VALUES (%s, %s, %s, %s, %s, %s)", rows)
        conn.execute("SET LOCAL session_replication_role = replica")  # head trigger: one row at a time
        conn.execute(f"UPDATE {schema}.audit_head SET count = %s, last_hash = %s", (count, last))


# -- several processes, one chain ------------------------------------------------------------

def _worker(dsn: str, schema: str, writer: int, m: int, barrier: Any) -> None:
    import psycopg  # noqa: F401  # imported before the barrier so that the opens really coincide

    barrier.wait(timeout=60)
    with PostgresAuditLog(dsn, schema=schema, app_id=f"gw-{writer}") as log:  # all create it at once
        for i in range(m):
            log.append({"writer": writer, "i": i, "classification": 1},
                       content={"output": f"行政手続法第七条（{writer}-{i}）"})


def _no_fsync(dsn: str) -> str:
    """The DSN with ``synchronous_commit=off`` for this session: what is tested here is the chain's
    lock, not durability against a server crash, and each commit's fsync costs ~10 ms on CI disks."""
    return dsn + ("&" if "?" in dsn else "?") + "options=-c%20synchronous_commit%3Doff"


def test_four_processes_append_to_one_chain(pg_dsn: str, pg_schema: str) -> None:
    n_proc, m = 4, 50
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(n_proc)
    procs = [ctx.Process(target=_worker, args=(_no_fsync(pg_dsn), pg_schema, w, m, barrier))
             for w in range(n_proc)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
    assert [p.exitcode for p in procs] == [0] * n_proc
    with PostgresAuditLog(pg_dsn, schema=pg_schema, create=False) as log:
        assert log.verify() == []
        entries = list(log)
        assert log.head().count == n_proc * m
    assert [e.seq for e in entries] == list(range(1, n_proc * m + 1))
    per_writer = {w: [e.record["i"] for e in entries if e.record["writer"] == w] for w in range(n_proc)}
    assert all(v == list(range(m)) for v in per_writer.values())
    assert {e.app_id for e in entries} == {f"gw-{w}" for w in range(n_proc)}
    interleaved = sum(1 for a, b in itertools.pairwise(entries) if a.record["writer"] != b.record["writer"])
    assert interleaved > n_proc  # the writers really ran at the same time


LOOP_WRITER = """
import sys
from govrag.audit import PostgresAuditLog
log = PostgresAuditLog(sys.argv[1], schema=sys.argv[2], capture="full", key=bytes(range(32)))
i = 0
while True:
    log.append({"writer": "loop", "i": i},
               content={"output": "民法第七百九条により損害賠償の責任を負う。" * 20})
    i += 1
"""

# Appends normally, but stops for good right after sending the INSERT of its next row: the head
# row is locked and the row inserted, nothing committed.
STALLED_WRITER = """
import sys, time
import psycopg
from govrag.audit import PostgresAuditLog
log = PostgresAuditLog(sys.argv[1], schema=sys.argv[2])
log.append({"writer": "stalled", "i": 0})
original = psycopg.Connection.execute
def execute(self, query, params=None, **kw):
    cur = original(self, query, params, **kw)
    text = query.as_string(self) if hasattr(query, "as_string") else str(query)
    if text.startswith("INSERT INTO") and "audit_rows" in text:
        print("inserted, not committed", flush=True)
        time.sleep(600)
    return cur
psycopg.Connection.execute = execute
log.append({"run_id": "never-committed", "writer": "stalled", "i": 1})
"""


@pytest.mark.parametrize("min_rows", [3, 30])
def test_sigkill_during_appends_forks_nothing(pg_dsn: str, pg_schema: str, min_rows: int) -> None:
    PostgresAuditLog(pg_dsn, schema=pg_schema).close()
    kill_writer_midway(LOOP_WRITER, pg_dsn, pg_schema, min_rows=min_rows, timeout_s=60,
                       open_log=lambda: PostgresAuditLog(pg_dsn, schema=pg_schema))
    with PostgresAuditLog(pg_dsn, schema=pg_schema, capture="full", key=KEY) as log:
        assert_survived_the_kill(log, min_rows)


def test_writer_killed_while_holding_the_chain_lock(pg_dsn: str, pg_schema: str) -> None:
    with PostgresAuditLog(pg_dsn, schema=pg_schema) as log:
        log.append({"writer": "main", "i": 0})
        proc = subprocess.Popen([sys.executable, "-c", STALLED_WRITER, pg_dsn, pg_schema],
                                stdout=subprocess.PIPE, text=True)
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "inserted, not committed"
            done: list[str] = []
            blocked = threading.Thread(target=lambda: done.append(log.append({"writer": "main", "i": 1})))
            blocked.start()
            time.sleep(0.5)
            assert not done, "an append went through while another writer held the chain"
            os.kill(proc.pid, signal.SIGKILL)
            blocked.join(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=10)
        assert done, "the waiting append did not proceed after the lock holder died"
        writers = [(e.record["writer"], e.record["i"]) for e in log]
        assert writers == [("main", 0), ("stalled", 0), ("main", 1)]
        with pytest.raises(AuditError, match="no audit row"):
            log.get("never-committed")
        assert log.verify() == [] and log.head().count == 3


def test_a_pipeline_audits_its_runs_to_postgres(pg_dsn: str, pg_schema: str) -> None:
    from govrag.pipeline import Pipeline
    from govrag.pipeline.stages import NormalizeStage

    with open_audit(pg_dsn, schema=pg_schema, app_id="pipeline-test") as log:
        pipeline = Pipeline([NormalizeStage()], audit=log)
        result = pipeline.run("ＡＢＣ　行政手続法第七条の審査開始義務")
        assert result.audit_id is not None
        entry = log.get(result.audit_id)
        assert entry.seq == 1 and entry.app_id == "pipeline-test" and log.verify() == []
        assert "行政手続法" not in json.dumps(entry.record, ensure_ascii=False)  # text goes to content


def _append_in_child(log: PostgresAuditLog, n: int) -> None:
    for i in range(n):
        log.append({"writer": "child", "i": i})
    log.close()


def test_a_log_opened_before_fork_is_safe_in_parent_and_child(pg_dsn: str, pg_schema: str) -> None:
    """A gateway that opens the log and then forks workers: each process gets its own session."""
    ctx = multiprocessing.get_context("fork")
    with PostgresAuditLog(pg_dsn, schema=pg_schema) as log:
        log.append({"writer": "parent", "i": 0})
        session = log._conn.info.backend_pid
        child = ctx.Process(target=_append_in_child, args=(log, 5))
        child.start()
        child.join(timeout=60)
        assert child.exitcode == 0
        log.append({"writer": "parent", "i": 1})
        assert log._conn.info.backend_pid == session  # the child neither used nor ended it
        writers = [(e.record["writer"], e.record["i"]) for e in log]
        assert writers == [("parent", 0), *[("child", i) for i in range(5)], ("parent", 1)]
        assert log.verify() == []
