"""Audit log speed: append throughput and verify time per 10k rows (medians of repeated runs).

Baseline: a plain SQLite table with the same WAL/synchronous settings and one INSERT per
transaction, no hashing, no chain, no head — so the ratio is the cost of tamper evidence.

Run:  python benchmarks/audit_append.py [--appends 1000] [--repeats 5] [--verify-rows 10000] [--verify-only]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from govrag.audit import AuditLog
from govrag.audit.rows import verify_rows


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--appends", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--verify-rows", type=int, default=10_000)
    ap.add_argument("--verify-only", action="store_true", help="skip the append measurements")
    args = ap.parse_args()
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
