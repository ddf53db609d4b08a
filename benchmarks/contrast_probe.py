"""Round 12: the ``contrast`` and ``chapter`` rerank signals (govrag/retrieval/rerank_contrast.py)
measured on dumped candidates before they are wired in.

    python benchmarks/fit_rerank_weights.py --index DIR --dump F --query-adapter \
        --extra corpora/eval/answers_dev5.jsonl ... corpora/eval/answers_dev12.jsonl
    python benchmarks/contrast_probe.py augment --features F --out F2      # adds the signals
    python benchmarks/contrast_probe.py cv --features F2 --signal contrast --lam 0.01 0.1
    python benchmarks/contrast_probe.py fixed --features F2 --weights contrast=0.5 chapter=0.2
    python benchmarks/contrast_probe.py losses --features F2     # where first citations are lost

``augment`` recomputes, from each dumped candidate's text, caption and chapter path, what the
reranker computes (the question's terms found per candidate, their IDF among the candidates) and
adds ``contrast`` (as the reranker computes it), ``contrast_centred``, ``chapter`` to each candidate's
features. ``cv`` fits one signal's weight alone (5 folds × 3 shuffles by question, as
latent_probe.py cv) on top of the packaged weights before round 12. Dev files only (tuned on).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

CORE = ROOT.parent / "shared" / "corpora" / "egov-xml"


def _titles() -> dict[str, str]:
    with (CORE / "index.csv").open(encoding="utf-8") as f:
        return {r["law_id"]: r["law_title"] for r in csv.DictReader(f)}


def features_for(question: str, hits: list[Any], names: Any = None) -> dict[str, list[float]]:
    """The round-12 signals of ``hits`` for ``question``, as the reranker computes them
    (``names``: the rerank stage's law names, as the pipeline gives them)."""
    from govrag.retrieval import rerank as rr
    from govrag.retrieval.rerank_contrast import chapter_match, contrast

    q = rr.analyze_query(question, law_names=rr._names_for(hits, names))
    patterns = {t: p for t in q.terms if (p := rr._term_pattern(t)) is not None}
    parts = [rr._parts(h.text) for h in hits]
    found = [[rr._matches(patterns, unicodedata.normalize("NFKC", s.text)) for s in sents] for sents in parts]
    captions = [rr._matches(patterns, unicodedata.normalize("NFKC", h.caption or "")) for h in hits]
    idf = rr.Reranker._idf(found, captions)
    held = [frozenset().union(cap, *fs) for fs, cap in zip(found, captions, strict=True)]
    laws = [h.law_id for h in hits]
    return {
        "contrast_centred": contrast(q.terms, idf, held, laws, centred=True),
        "contrast": contrast(q.terms, idf, held, laws),
        "chapter": [chapter_match(q.terms, idf, patterns, h) for h in hits],
    }


def cmd_augment(features: Path, out: Path) -> None:
    from govrag.corpus import Corpus
    from govrag.pipeline.stages import RerankStage

    feats = json.loads(features.read_text())
    titles = _titles()
    names = RerankStage(corpus=Corpus.from_path(CORE))._names
    for row in feats["rows"]:
        hits = [SimpleNamespace(law_id=c["key"][0], law_title=titles.get(c["key"][0], ""),
                                article=c["key"][1], text=c["text"], caption=c["caption"] or None,
                                chapter_path=tuple(c.get("chapters") or ()), suppl=c["suppl"])
                for c in row["candidates"]]
        if not hits:
            continue
        extra = features_for(row["question"], hits, names)
        for i, c in enumerate(row["candidates"]):
            for name, vals in extra.items():
                c["x"][name] = vals[i]
    out.write_text(json.dumps(feats, ensure_ascii=False))
    print(f"{len(feats['rows'])} questions -> {out}")


def _fitter(signals: Sequence[str]) -> Any:
    """fit_rerank_weights on top of the packaged weights *before* round 12 (``contrast`` and
    ``chapter`` at 0), with ``signals`` (base weight 0) appended when they are not among its
    signals already."""
    import dataclasses

    import fit_rerank_weights as frw

    from govrag.retrieval.rerank import RerankWeights

    frw._BASE["base"] = dataclasses.replace(RerankWeights.fitted(), contrast=0.0, chapter=0.0)
    extra = [s for s in signals if s not in frw.SIGNALS]
    base = frw._hand()
    frw.SIGNALS = (*frw.SIGNALS, *extra)
    frw._hand = lambda: np.append(base, [0.0] * len(extra))
    return frw


def _by_group(frw: Any, rows: Sequence[dict[str, Any]], rk: Sequence[int | None],
              order: Sequence[int] | None = None) -> str:
    groups = [_group(rows[i]["id"]) for i in (order if order is not None else range(len(rows)))]
    out = []
    for g in dict.fromkeys(groups):
        sub = [r for r, gg in zip(rk, groups, strict=True) if gg == g]
        out.append(f"{g} " + "{:.3f} / {:.3f} / {:.3f}".format(*frw.metrics(sub)))
    return "; ".join(out)


def _group(qid: str) -> str:
    return qid[:3] if qid.startswith("a1") else qid[:2]


def cmd_cv(features: Path, lams: Sequence[float], signal: str) -> None:
    """CV (5 folds × 3 shuffles by question) of one signal's weight alone, the rest fixed at the
    packaged weights before round 12."""
    rows = json.loads(features.read_text())["rows"]
    frw = _fitter([signal])
    k = frw.SIGNALS.index(signal)
    print(f"{len(rows)} dev questions (tuned on), gold among candidates "
          f"{sum(any(c['gold'] for c in r['candidates']) for r in rows)}")
    print("| weights | R@1 | R@5 | MRR@10 | weight (all rows) |\n|---|---|---|---|---|")
    print("| packaged before round 12 | {:.3f} | {:.3f} | {:.3f} | 0 |".format(
        *frw.metrics(frw.ranks(rows, frw._hand()))))
    for lam in lams:
        fitted, base = frw.cv(rows, lam=lam, method="listwise", free=(signal,))
        b = frw.fit(rows, lam=lam, method="listwise", free=(signal,))
        won = sum(a == 1 and h != 1 for a, h in zip(fitted, base, strict=True)) / frw.SHUFFLES
        lost = sum(a != 1 and h == 1 for a, h in zip(fitted, base, strict=True)) / frw.SHUFFLES
        print(f"| + {signal}, CV λ={lam} | %.3f | %.3f | %.3f | {b[k]:.3f} |" % frw.metrics(fitted)
              + f" R@1 won {won:.1f} / lost {lost:.1f} per shuffle")


def cmd_fixed(features: Path, weights: dict[str, float]) -> None:
    """R@1 / R@5 / MRR@10 overall and per dev file: the packaged weights before round 12, and
    with the named signals at fixed weights (no fitting)."""
    rows = json.loads(features.read_text())["rows"]
    frw = _fitter(list(weights))
    base = frw._hand()
    on = base.copy()
    for name, w in weights.items():
        on[frw.SIGNALS.index(name)] = w
    label_on = " + ".join(f"{k} {v}" for k, v in weights.items())
    for label, b in (("packaged before round 12", base), (label_on, on)):
        rk = frw.ranks(rows, b)
        print(f"| {label} | all ({len(rows)}) " + "{:.3f} / {:.3f} / {:.3f}".format(*frw.metrics(rk))
              + " | " + _by_group(frw, rows, rk) + " |")


def cmd_losses(features: Path, signals: Sequence[str]) -> None:
    """Where the answering article is a candidate but not first (packaged weights before round
    12): lost to the same law or another, and per signal how often the answer scores higher /
    lower / equal than the candidate ranked first, in the same-law losses."""
    rows = json.loads(features.read_text())["rows"]
    frw = _fitter([])
    base = frw._hand()
    counts = {"not a candidate": 0, "first": 0, "same law": 0, "another law": 0}
    diffs: dict[str, list[float]] = {s: [] for s in signals}
    for row in rows:
        c = row["candidates"]
        if not any(x["gold"] for x in c):
            counts["not a candidate"] += 1
            continue
        x, _, before = frw._matrix(row)
        sc = x @ base
        order = sorted(range(len(c)), key=lambda i: (-round(float(sc[i]), 9), before[i]))
        top, gold = order[0], next(i for i in order if c[i]["gold"])
        if top == gold:
            counts["first"] += 1
        elif c[gold]["key"][0] != c[top]["key"][0]:
            counts["another law"] += 1
        else:
            counts["same law"] += 1
            for s in signals:
                diffs[s].append(c[gold]["x"].get(s, 0.0) - c[top]["x"].get(s, 0.0))
    print(counts)
    for s, d in diffs.items():
        print(f"{s}: answer higher {sum(v > 0 for v in d)}, lower {sum(v < 0 for v in d)}, "
              f"equal {sum(v == 0 for v in d)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("augment")
    a.add_argument("--features", type=Path, required=True)
    a.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("cv")
    c.add_argument("--features", type=Path, required=True)
    c.add_argument("--signal", required=True)
    c.add_argument("--lam", type=float, nargs="+", default=[0.01, 0.1])
    lo = sub.add_parser("losses")
    lo.add_argument("--features", type=Path, required=True)
    lo.add_argument("--signals", nargs="+", default=["contrast", "chapter", "lexical", "caption", "dense"])
    f = sub.add_parser("fixed")
    f.add_argument("--features", type=Path, required=True)
    f.add_argument("--weights", nargs="+", required=True, help="signal=weight ...")
    args = ap.parse_args()
    if args.cmd == "augment":
        cmd_augment(args.features, args.out)
    elif args.cmd == "losses":
        cmd_losses(args.features, args.signals)
    elif args.cmd == "cv":
        cmd_cv(args.features, args.lam, args.signal)
    else:
        cmd_fixed(args.features, {k: float(v) for k, v in (w.split("=") for w in args.weights)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
