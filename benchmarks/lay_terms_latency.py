"""Warm ``qa`` pipeline latency with and without the lay glossary, interleaved (issue 13 round 7).

    python benchmarks/lay_terms_latency.py --index DIR [--questions FILE] [-n 20] [--rounds 3]

Each question is run once to warm up, then timed with the glossary and without it in alternating
order, so both sides see the same machine load; prints p50 / p90 per side and per stage.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.corpus import Corpus  # noqa: E402
from govrag.eval.questions import load_questions  # noqa: E402
from govrag.pipeline import Pipeline  # noqa: E402
from govrag.retrieval import StatuteIndex  # noqa: E402
from govrag.retrieval.thesaurus import default_thesaurus, default_vocabulary  # noqa: E402

CORE = ROOT.parent / "shared" / "corpora" / "egov-xml"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--index", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, default=CORE)
    ap.add_argument("--questions", type=Path, default=ROOT / "corpora" / "eval" / "answers_dev7.jsonl")
    ap.add_argument("-n", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    corpus = Corpus.from_path(args.corpus)
    questions = load_questions(args.questions)[: args.n]
    sides = {"with the lay glossary": default_vocabulary(), "without": default_thesaurus()}
    times: dict[str, list[float]] = {k: [] for k in sides}
    stages: dict[str, dict[str, list[float]]] = {k: {} for k in sides}
    with StatuteIndex.open(path=args.index) as index:
        pipe = Pipeline.preset("qa", index=index, corpus=corpus, audit=None)
        for r in range(args.rounds):
            for i, q in enumerate(questions):
                order = list(sides) if (i + r) % 2 == 0 else list(reversed(sides))
                for name in order:
                    index.thesaurus = sides[name]
                    pipe.run(q.question)  # warm: the same question once before timing
                    t0 = time.perf_counter()
                    result = pipe.run(q.question)
                    times[name].append((time.perf_counter() - t0) * 1000)
                    for sid, secs in (result.record.timings if result.record else {}).items():
                        stages[name].setdefault(sid, []).append(secs * 1000)
    print(f"warm qa pipeline, {len(questions)} questions of {args.questions.name} × {args.rounds} rounds, "
          f"interleaved; load {os.getloadavg()[0]:.1f}\n")
    print("| side | p50 ms | p90 ms | retrieve p50 | rerank p50 |\n|---|---|---|---|---|")
    for name, ts in times.items():
        p90 = statistics.quantiles(ts, n=10)[-1]
        retrieve = statistics.median(stages[name].get("retrieve", [0.0]))
        rerank = statistics.median(stages[name].get("rerank", [0.0]))
        print(f"| {name} | {statistics.median(ts):.0f} | {p90:.0f} | {retrieve:.0f} | {rerank:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
