"""Embedded backends compared: qdrant-edge-py vs qdrant-client local mode, same Qdrant schema.

Points: real BM25 sparse vectors of the 29 core laws (every unit, main + 附則), tiled with fresh
ids up to the target size, plus random unit dense vectors (384-d, like e5-small). Queries: the
project question set's BM25 vectors + random dense vectors; one "hybrid query" = one sparse and
one dense top-100 search (what StatuteIndex.search does before fusion). Reports medians.

    python benchmarks/retrieval_backends.py --sizes 6000 60000 --queries 100 --local-queries 20
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.corpus import Corpus  # noqa: E402
from govrag.eval.questions import load_questions  # noqa: E402
from govrag.retrieval.backends import ClientBackend, EdgeBackend, FilterSpec, PointData  # noqa: E402
from govrag.retrieval.index import iter_units  # noqa: E402
from govrag.retrieval.sparse import LemmaAnalyzer, SparseEncoder  # noqa: E402

CORE = ROOT.parent / "shared" / "corpora" / "egov-xml"
DIM = 384


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[6000, 60000])
    ap.add_argument("--queries", type=int, default=100)
    ap.add_argument("--backends", nargs="+", default=["edge", "qdrant-local"])
    ap.add_argument("--local-queries", type=int, default=20, help="queries for qdrant-local (it is slow)")
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    analyzer = LemmaAnalyzer()
    t = time.perf_counter()
    units = list(iter_units(Corpus.from_path(CORE)))
    terms = [analyzer.terms(u.text) for u in units]
    avg = sum(map(len, terms)) / len(terms)
    enc = SparseEncoder(analyzer=analyzer, avg_len=avg)
    sparse = [enc.document_terms(ts) for ts in terms]
    print(f"prepared {len(units)} real units in {time.perf_counter() - t:.1f}s", flush=True)
    questions = load_questions(ROOT / "corpora" / "eval" / "statute_questions.jsonl")[: args.queries]
    qsparse = [enc.query(q.question) for q in questions]
    qdense = rng.standard_normal((len(qsparse), DIM)).astype(np.float32)
    qdense /= np.linalg.norm(qdense, axis=1, keepdims=True)
    rows = []
    for size in args.sizes:
        dense = rng.standard_normal((size, DIM)).astype(np.float32)
        dense /= np.linalg.norm(dense, axis=1, keepdims=True)
        points = []
        for i in range(size):
            u = units[i % len(units)]
            payload = {**u.payload(), "unit_id": str(uuid.UUID(int=i + 1))}
            points.append(
                PointData(
                    id=str(uuid.UUID(int=i + 1)),
                    dense=dense[i],
                    sparse=sparse[i % len(units)],
                    payload=payload,
                )
            )
        for kind in args.backends:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp)
                t = time.perf_counter()
                if kind == "edge":
                    store = EdgeBackend(path, dense_dim=DIM, create=True)
                else:
                    store = ClientBackend(collection="bench", dense_dim=DIM, create=True, path=path)
                for s in range(0, size, 256):
                    store.upsert(points[s : s + 256])
                store.flush()
                if isinstance(store, EdgeBackend):
                    store.optimize()  # what StatuteIndex.build does at the end
                build = time.perf_counter() - t
                spec = FilterSpec()
                lat_s, lat_d = [], []
                nq = len(qsparse) if kind == "edge" else min(len(qsparse), args.local_queries)
                for qs, qd in zip(qsparse[:nq], qdense[:nq], strict=True):
                    t = time.perf_counter()
                    store.search("bm25", qs, limit=100, spec=spec)
                    lat_s.append((time.perf_counter() - t) * 1000)
                    t = time.perf_counter()
                    store.search("dense", qd, limit=100, spec=spec)
                    lat_d.append((time.perf_counter() - t) * 1000)
                store.close()
                hybrid = [a + b for a, b in zip(lat_s, lat_d, strict=True)]
                row = (
                    size,
                    kind,
                    build,
                    statistics.median(lat_s),
                    statistics.median(lat_d),
                    statistics.median(hybrid),
                    sorted(hybrid)[int(0.95 * (len(hybrid) - 1))],
                )
                rows.append(row)
                print(
                    f"{size:>6} {kind:<13} write {build:7.1f}s  sparse p50 {row[3]:8.2f} ms  "
                    f"dense p50 {row[4]:8.2f} ms"
                    f"  hybrid p50 {row[5]:8.2f} ms  p95 {row[6]:8.2f} ms",
                    flush=True,
                )
    print(
        "\n| units | backend | write (s) | sparse p50 (ms) | dense p50 (ms) "
        "| hybrid p50 (ms) | hybrid p95 (ms) |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r[0]:,} | {r[1]} | {r[2]:.1f} | {r[3]:.2f} | {r[4]:.2f} | {r[5]:.2f} | {r[6]:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
