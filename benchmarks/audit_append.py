"""Audit log speed: append throughput and verify time per 10k rows (medians of repeated runs).

Baseline: a plain SQLite table with the same WAL/synchronous settings and one INSERT per
transaction, no hashing, no chain, no head — so the ratio is the cost of tamper evidence.

``--postgres`` instead compares PostgreSQL with SQLite: one writer, several writer processes on
one chain, and verify/export of a PostgreSQL log (each measurement in a fresh schema of the
database named by ``--dsn``, dropped afterwards).

Run:  python benchmarks/audit_append.py [--appends 1000] [--repeats 5] [--verify-rows 10000] [--verify-only]
      python benchmarks/audit_append.py --postgres [--dsn postgresql://postgres@127.0.0.1:5432/test]
             [--appends 400] [--writers 4] [--repeats 3] [--verify-rows 5000] [--verify-only | --steps]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sqlite3
import statistics
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from govrag.audit import AuditLog, BaseAuditLog, PostgresAuditLog
from govrag.audit.rows import verify_rows

DEFAULT_DSN = os.environ.get("GOVRAG_PG_DSN", "postgresql://postgres@127.0.0.1:5432/test")


def _record(i: int) -> dict[str, Any]:
    return {
        "run_id": None, "app_id": "bench", "user_id": f"u{i % 17}",
        "classification": {"level": 2, "reasons": []},
        "pipeline": {"name": "qa", "spec_hash": "sha256:" + "a" * 64}, "query_hash": "sha256:" + "b" * 64,
        "findings": [{"entity_type": "PERSON", "start": 0, "end": 4, "score": 0.85,
                      "recognizer": "ja_person"}],
        "sources": [{"law_id": "405AC0000000088", "revision_id": "405AC0000000088_20240926_506AC0000000065",
                     "article": "7", "paragraph": 1, "citation": "行政手続法第七条第一項", "score": 0.8}] * 5,
        "provider": {"id": "extractive", "model": "extractive", "model_version": "1"},
        "latency_s": {"retrieve": 0.1, "generate": 0.2}, "cost_jpy": 0, "i": i,
    }


CONTENT = {"redacted_query": "<PERSON_1>の申請書に不備があった場合、行政庁はどうしなければならないか。",
           "output": "行政手続法第七条により、行政庁は遅滞なく審査を開始し、補正を求めなければならない。" * 4}


def bench_append(n: int, *, synchronous: str, capture: str) -> float:
    with tempfile.TemporaryDirectory() as d:
        key = os.urandom(32) if capture == "full" else None
        with AuditLog(Path(d) / "a.sqlite", synchronous=synchronous, capture=capture,  # type: ignore[arg-type]
                      key=key) as log:
            t = time.perf_counter()
            for i in range(n):
                rec = _record(i)
                del rec["run_id"]
                log.append(rec, content=CONTENT)
            return n / (time.perf_counter() - t)


def bench_baseline(n: int, *, synchronous: str) -> float:
    with tempfile.TemporaryDirectory() as d:
        conn = sqlite3.connect(Path(d) / "b.sqlite", isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={synchronous.upper()}")
        conn.execute("CREATE TABLE t (seq INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        t = time.perf_counter()
        for i in range(n):
            body = json.dumps({"record": _record(i), "content": CONTENT}, ensure_ascii=False)
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO t (body) VALUES (?)", (body,))
            conn.execute("COMMIT")
        rate = n / (time.perf_counter() - t)
        conn.close()
        return rate


def _peak_mib(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def bench_verify(rows: int, repeats: int) -> dict[str, float]:
    """Median seconds of verify() (streaming pass), of the full diagnosis it falls back to
    (snapshot + verify_rows), of export_jsonl(); and the Python heap peak of the first two."""
    with tempfile.TemporaryDirectory() as d:
        with AuditLog(Path(d) / "v.sqlite", synchronous="normal") as log:
            for i in range(rows):
                rec = _record(i)
                del rec["run_id"]
                log.append(rec, content=CONTENT)

            def full() -> list[object]:
                found, head = log._snapshot()
                return list(verify_rows(found, head=head))

            times: dict[str, list[float]] = {"verify": [], "full": [], "export": []}
            for _ in range(repeats):
                t = time.perf_counter()
                assert log.verify() == []
                times["verify"].append(time.perf_counter() - t)
                t = time.perf_counter()
                assert full() == []
                times["full"].append(time.perf_counter() - t)
                t = time.perf_counter()
                log.export_jsonl(Path(d) / "v.jsonl")
                times["export"].append(time.perf_counter() - t)
            out = {k: statistics.median(v) for k, v in times.items()}
            out["verify_peak_mib"] = _peak_mib(log.verify)
            out["full_peak_mib"] = _peak_mib(full)
            return out


# -- PostgreSQL vs SQLite ----------------------------------------------------------------------

def _no_fsync(dsn: str) -> str:
    return dsn + ("&" if "?" in dsn else "?") + "options=-c%20synchronous_commit%3Doff"


@contextmanager
def _store(kind: str, dsn: str) -> Iterator[Callable[[], BaseAuditLog]]:
    """A factory opening one fresh log: ``sqlite-full``/``sqlite-normal`` (a temp file) or
    ``pg-on``/``pg-off`` (synchronous_commit on/off; a temp schema, dropped afterwards)."""
    if kind.startswith("sqlite"):
        with tempfile.TemporaryDirectory() as d:
            sync = kind.removeprefix("sqlite-")
            yield lambda: AuditLog(Path(d) / "a.sqlite", synchronous=sync)  # type: ignore[arg-type]
        return
    import psycopg

    schema = "bench_" + uuid.uuid4().hex[:12]
    target = dsn if kind == "pg-on" else _no_fsync(dsn)
    try:
        yield lambda: PostgresAuditLog(target, schema=schema)
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def _append_rows(log: BaseAuditLog, n: int, tag: int = 0) -> None:
    for i in range(n):
        rec = _record(i)
        del rec["run_id"]
        rec["writer"] = tag
        log.append(rec, content=CONTENT)


def bench_one_writer(kind: str, dsn: str, n: int) -> float:
    with _store(kind, dsn) as open_log, open_log() as log:
        log.append({"warm": True})  # schema created, connection warm
        t = time.perf_counter()
        _append_rows(log, n)
        return n / (time.perf_counter() - t)


def _writer(open_log: Callable[[], BaseAuditLog], n: int, tag: int, barrier: Any, out: Any) -> None:
    with open_log() as log:
        log.append({"warm": True, "writer": tag})
        barrier.wait(timeout=120)
        start = time.time()
        _append_rows(log, n, tag)
        out.put((start, time.time()))


def bench_writers(kind: str, dsn: str, n: int, writers: int) -> float:
    """Total rows/s of ``writers`` processes appending ``n`` rows each to one chain."""
    ctx = multiprocessing.get_context("fork")
    with _store(kind, dsn) as open_log:
        open_log().close()  # create the log before the writers start
        barrier, out = ctx.Barrier(writers), ctx.Queue()
        procs = [ctx.Process(target=_writer, args=(open_log, n, w, barrier, out)) for w in range(writers)]
        for p in procs:
            p.start()
        spans: list[tuple[float, float]] = [out.get(timeout=600) for _ in procs]
        for p in procs:
            p.join(timeout=60)
        if any(p.exitcode for p in procs):
            raise SystemExit(f"a writer failed ({kind})")
        with open_log() as log:
            if log.verify() != [] or len(log) != writers * (n + 1):
                raise SystemExit(f"{kind}: chain broken or rows lost after concurrent appends")
        return writers * n / (max(e for _, e in spans) - min(s for s, _ in spans))


def bench_store_verify(kind: str, dsn: str, rows: int, repeats: int) -> dict[str, float]:
    """Median seconds of verify() and export_jsonl() over ``rows`` rows, and verify's heap peak."""
    with _store(kind, dsn) as open_log, open_log() as log:
        _append_rows(log, rows)
        times: dict[str, list[float]] = {"verify": [], "export": []}
        with tempfile.TemporaryDirectory() as d:
            for _ in range(repeats):
                t = time.perf_counter()
                if log.verify() != []:
                    raise SystemExit("verify found problems in a fresh log")
                times["verify"].append(time.perf_counter() - t)
                t = time.perf_counter()
                log.export_jsonl(Path(d) / "v.jsonl")
                times["export"].append(time.perf_counter() - t)
        out = {k: statistics.median(v) for k, v in times.items()}
        out["verify_peak_mib"] = _peak_mib(log.verify)
        return out


def bench_pg_steps(dsn: str, n: int) -> dict[str, float]:
    """Median milliseconds of each round trip of PostgresAuditLog's append transaction (the same
    statements, timed one by one; synchronous_commit=off so the flush does not hide them)."""
    from govrag.audit.base import PendingRow

    steps: dict[str, list[float]] = {k: [] for k in ("BEGIN", "lock head", "chain (Python)", "INSERT",
                                                      "UPDATE head", "COMMIT", "total")}
    with _store("pg-off", dsn) as open_log, open_log() as log:
        assert isinstance(log, PostgresAuditLog)
        conn, q = log._conn, log._q
        for i in range(n):
            pending = PendingRow(f"steps-{i}", _record(i), {"output": CONTENT["output"]}, None, "redacted")
            t = [time.perf_counter()]
            conn.execute("BEGIN")
            t.append(time.perf_counter())
            head = conn.execute(q.lock_head).fetchone()
            t.append(time.perf_counter())
            assert head is not None
            row = pending.chain_to(int(head[0]), str(head[1]))
            t.append(time.perf_counter())
            conn.execute(q.insert_row, row.columns())
            t.append(time.perf_counter())
            conn.execute(q.advance_head, (row.seq, row.row_hash))
            t.append(time.perf_counter())
            conn.execute("COMMIT")
            t.append(time.perf_counter())
            for name, a, b in zip(steps, t, t[1:], strict=False):
                steps[name].append((b - a) * 1000)
            steps["total"].append((t[-1] - t[0]) * 1000)
    return {k: statistics.median(v) for k, v in steps.items()} | {
        "mean total": statistics.fmean(steps["total"])}


def main_postgres(args: argparse.Namespace) -> None:
    print(f"PostgreSQL vs SQLite: {args.appends} appends per run, {args.writers} writer processes, "
          f"medians of {args.repeats}, cores: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")
    if args.steps:
        r = bench_pg_steps(args.dsn, args.appends)
        print(f"PostgreSQL append, ms per step ({args.appends} appends, median; mean of the total too):")
        print("  " + ", ".join(f"{k} {v:.2f}" for k, v in r.items()))
        return
    if not args.verify_only:
        print("| store | durability | 1 writer rows/s | "
              f"{args.writers} writers rows/s (total) |\n|---|---|---:|---:|")
    for kind, durability in () if args.verify_only else (
            ("sqlite-full", "fsync per commit (synchronous=FULL)"),
            ("pg-on", "fsync per commit (synchronous_commit=on)"),
            ("sqlite-normal", "no fsync per commit (synchronous=NORMAL)"),
            ("pg-off", "no fsync per commit (synchronous_commit=off)")):
        one = statistics.median(bench_one_writer(kind, args.dsn, args.appends) for _ in range(args.repeats))
        many = statistics.median(bench_writers(kind, args.dsn, args.appends // args.writers, args.writers)
                                 for _ in range(args.repeats))
        print(f"| {kind} | {durability} | {one:,.0f} | {many:,.0f} |")
    per10k = 10_000 / args.verify_rows
    print(f"\nverify/export of {args.verify_rows} rows, s per 10k rows (median of {args.repeats}):\n"
          "| store | verify() | verify heap peak | export_jsonl() |\n|---|---:|---:|---:|")
    for kind in ("sqlite-normal", "pg-off"):  # how the rows were written does not matter here
        r = bench_store_verify(kind, args.dsn, args.verify_rows, args.repeats)
        print(f"| {kind.split('-')[0]} | {r['verify'] * per10k:.3f} | {r['verify_peak_mib']:.1f} MiB | "
              f"{r['export'] * per10k:.3f} |")
    print(f"load average after: {os.getloadavg()[0]:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--appends", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--verify-rows", type=int, default=10_000)
    ap.add_argument("--verify-only", action="store_true", help="skip the append measurements")
    ap.add_argument("--postgres", action="store_true", help="compare PostgreSQL with SQLite instead")
    ap.add_argument("--dsn", default=DEFAULT_DSN, help="PostgreSQL database for --postgres ($GOVRAG_PG_DSN)")
    ap.add_argument("--writers", type=int, default=4, help="writer processes for --postgres")
    ap.add_argument("--steps", action="store_true",
                    help="with --postgres: time each round trip of one append")
    args = ap.parse_args()
    if args.postgres:
        main_postgres(args)
        return
    if args.verify_only:
        args.appends = 0
    print(f"appends per run: {args.appends}, repeats: {args.repeats} (medians), cores: {os.cpu_count()}")
    for sync in ("full", "normal") if args.appends else ():
        base = statistics.median(bench_baseline(args.appends, synchronous=sync) for _ in range(args.repeats))
        print(f"baseline plain INSERT   synchronous={sync:<6} {base:8.0f} rows/s")
        for capture in ("redacted", "none", "full"):
            rate = statistics.median(bench_append(args.appends, synchronous=sync, capture=capture)
                                     for _ in range(args.repeats))
            print(f"AuditLog.append         synchronous={sync:<6} capture={capture:<8} {rate:8.0f} rows/s"
                  f"  ({rate / base:.2f}x baseline)")
    r = bench_verify(args.verify_rows, args.repeats)
    per10k = 10_000 / args.verify_rows
    print(f"verify():      {r['verify'] * per10k:.3f} s per 10k rows, "
          f"heap peak {r['verify_peak_mib']:.1f} MiB "
          f"(median of {args.repeats}, {args.verify_rows} rows)")
    print(f"full diagnosis (snapshot + verify_rows): {r['full'] * per10k:.3f} s per 10k rows, "
          f"heap peak {r['full_peak_mib']:.1f} MiB")
    print(f"export_jsonl(): {r['export'] * per10k:.3f} s per 10k rows")


if __name__ == "__main__":
    main()
