"""Fifth-round probes (docs/benchmarks/answers.md, "Fifth round"): what the extractive answer's
further sources are, and whether candidate tie-breaks move the rerank stage's R@1.

    python benchmarks/answer_probes.py dump --index DIR --out PROBES Q.jsonl [Q.jsonl ...]
    python benchmarks/answer_probes.py sources --dumps PROBES NAME [NAME ...]
    python benchmarks/answer_probes.py select --dumps PROBES NAME [NAME ...]
    python benchmarks/answer_probes.py signals --index DIR

``dump`` runs the ``qa`` preset (retrieve 20 → rerank → keep 5 → extractive) on each question file
and keeps what the provider was given (``NAME.pkl``: question, messages, sources, answer).
``sources`` tabulates the sources after the first by relevance band and by whether they match a
question term the first source does not ("adds terms"), with how many are a gold article.
``select`` replays the extractive answer on the saved prompts with other further-source rules
(the shipped one: every source within 0.9 of the best). ``signals`` measures R@1 / R@5 / MRR@10
of the rerank stage with probe signals added (on answers_dev, answers_dev5, statute_questions dev).
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.corpus import Corpus  # noqa: E402
from govrag.eval.answers import score_answer  # noqa: E402
from govrag.eval.questions import filter_questions, load_questions  # noqa: E402
from govrag.providers import extractive  # noqa: E402
from govrag.providers.profiles import builtin_profiles  # noqa: E402
from govrag.providers.prompt import parse_question, parse_sources  # noqa: E402
from govrag.retrieval.rerank import (  # noqa: E402
    RerankedHit,
    Reranker,
    _matches,
    _names_for,
    _term_pattern,
    analyze_query,
    provision_sentences,
)
from govrag.retrieval.rerank_structure import _previous_article  # noqa: E402

CORE = ROOT.parent / "shared" / "corpora" / "egov-xml"
BANDS = ((0.95, 1.01), (0.9, 0.95), (0.85, 0.9), (0.8, 0.85), (0.7, 0.8), (0.0, 0.7))


def _dump(args: argparse.Namespace) -> None:
    from govrag.pipeline import Pipeline
    from govrag.retrieval import StatuteIndex

    corpus = Corpus.from_path(args.corpus)
    index = StatuteIndex.open(path=args.index)
    pipeline = Pipeline.preset("qa", index=index, corpus=corpus, audit=None, candidates=20)
    args.out.mkdir(parents=True, exist_ok=True)
    for qfile in args.questions:
        rows = []
        for q in load_questions(qfile):
            res = pipeline.run(q.question)
            rows.append((q, [dict(m) for m in res.record.messages], list(res.hits), res.answer or ""))
        (args.out / f"{qfile.stem}.pkl").write_bytes(pickle.dumps(rows))
        print(f"{qfile.stem}: {len(rows)} questions")


def _load(dumps: Path, name: str) -> list[Any]:
    return list(pickle.loads((dumps / f"{name}.pkl").read_bytes()))


def _found(query: str, sources: Sequence[Any]) -> list[frozenset[str]]:
    """The question terms (lemmas and thesaurus terms) each source's text holds."""
    q = analyze_query(query, law_names=_names_for(sources, None))
    pats = {t: p for t in q.terms if (p := _term_pattern(t)) is not None}
    return [_matches(pats, unicodedata.normalize("NFKC", str(s.text))) for s in sources]


def _sources(args: argparse.Namespace) -> None:
    for name in args.names:
        table: Counter[tuple[tuple[float, float], bool, bool]] = Counter()
        for q, msgs, _hits, _answer in _load(args.dumps, name):
            srcs = parse_sources(msgs)
            parsed = parse_question(msgs)
            if not srcs or parsed is None:
                continue
            gold = {(g.law_id, g.article) for g in q.gold}
            found = _found(parsed[0], srcs)
            for s, f in zip(srcs[1:], found[1:], strict=True):
                band = next(b for b in BANDS if b[0] <= (s.relevance or 0.0) < b[1])
                table[(band, bool(f - found[0]), (s.law_id, s.article) in gold)] += 1
        print(f"## {name}: sources after the first (gold / all)\n\n"
              "| relevance | ties on the first's terms | adds terms |\n|---|---|---|")
        for band in BANDS:
            cells = [f"{table[(band, adds, True)]} / {table[(band, adds, True)] + table[(band, adds, False)]}"
                     for adds in (False, True)]
            print(f"| [{band[0]:.2f}, {min(band[1], 1.0):.2f}) | {cells[0]} | {cells[1]} |")
        print()


def _variant(tied: float, drop_adding: bool) -> Callable[[Sequence[Any], Sequence[float]], list[Any]]:
    """A further-source rule: sources that add question terms the first lacks are quoted within
    0.9 of the best (or never, ``drop_adding``); those that tie on the first's terms within ``tied``."""
    settles = extractive._settles

    def also(ranked: Sequence[Any], scores: Sequence[float]) -> list[Any]:
        if not ranked or scores[0] <= 0:
            return []
        found = _found(_QUERY[0], [r.hit for r in ranked])
        out = []
        for r, score, f in zip(ranked[1:], scores[1:], found[1:], strict=True):
            adds = bool(f - found[0])
            if adds and drop_adding:
                continue
            ratio = extractive._SECOND_SOURCE if adds else tied
            if (score >= ratio * scores[0] and r.best_sentence is not None
                    and (not settles(ranked[0]) or settles(r))):
                out.append(r)
        return out

    return also


_QUERY = [""]


def _select(args: argparse.Namespace) -> None:
    corpus = Corpus.from_path(args.corpus)
    provider = extractive.ExtractiveProvider(builtin_profiles()["extractive"])
    shipped = extractive._also_quoted
    variants: dict[str, Any] = {"shipped: every source within 0.90": shipped}
    for tied in (0.9, 0.88, 0.87, 0.85, 0.8):
        variants[f"only sources tying on the first's terms, within {tied:.2f}"] = _variant(tied, True)
    for tied in (0.87, 0.85):
        variants[f"tying within {tied:.2f}, adding within 0.90"] = _variant(tied, False)
    print("| rule | " + " | ".join(f"{n}: first / cited / precision (per answer)" for n in args.names)
          + " |\n|---|" + "---|" * len(args.names))
    for label, rule in variants.items():
        extractive._also_quoted = rule  # type: ignore[assignment]
        cells = []
        for name in args.names:
            n = first = cited = cites = gold = 0
            for q, msgs, hits, _answer in _load(args.dumps, name):
                parsed = parse_question(msgs)
                _QUERY[0] = parsed[0] if parsed else ""
                r = score_answer(q, provider.answer(msgs), sources=hits, corpus=corpus)
                n += 1
                first += r.first
                cited += r.cited
                cites += r.citations
                gold += r.gold_citations
            cells.append(f"{first / n:.3f} / {cited / n:.3f} / {gold / max(1, cites):.3f} ({cites / n:.2f})")
        print(f"| {label} | " + " | ".join(cells) + " |")
    extractive._also_quoted = shipped


_JUNYO = re.compile(r"準用する。$")
_REFERS = re.compile(r"^前条(?:第.項)?(?:の規定|に規定)")


def _probe(name: str, weight: float, out: list[RerankedHit]) -> list[float]:
    present = {(r.hit.law_id, r.hit.article) for r in out}
    values = []
    for r in out:
        sents = provision_sentences(str(r.hit.text))
        first = sents[0].text if sents else ""
        if name == "junyo":  # a 準用 article: down
            values.append(-weight if _JUNYO.search(first) else 0.0)
        elif name == "refers":  # opens with 「前条の規定による」 and that article is a candidate: down
            prev = (r.hit.law_id, _previous_article(r.hit.article))
            values.append(-weight if _REFERS.match(first) and prev in present else 0.0)
        elif name == "lead":  # the question's terms in the article's first sentence
            values.append(weight * (r.sentences[0].score if r.sentences else 0.0))
        else:  # "spread": the share of the article's sentences that match
            values.append(weight * sum(s.score > 0 for s in r.sentences) / max(1, len(r.sentences)))
    return values


def _signals(args: argparse.Namespace) -> None:
    import govrag.retrieval.rerank_candidates as rc
    from govrag.pipeline.stages import RerankStage
    from govrag.retrieval import StatuteIndex

    corpus = Corpus.from_path(args.corpus)
    index = StatuteIndex.open(path=args.index)
    stage = RerankStage(corpus=corpus)
    sets = {f.stem: load_questions(f) for f in (ROOT / "corpora" / "eval" / "answers_dev.jsonl",
                                                ROOT / "corpora" / "eval" / "answers_dev5.jsonl")}
    sets["statute_questions dev"] = filter_questions(
        load_questions(ROOT / "corpora" / "eval" / "statute_questions.jsonl"), split="dev")
    searched = {(s, q.id): list(index.search(q.question, k=20)) for s, qs in sets.items() for q in qs}
    base_rerank, base_structural = Reranker.rerank, rc.structural_candidates

    def with_probe(name: str, weight: float) -> Any:
        def rerank(self: Reranker, query: str, hits: Sequence[Any]) -> list[RerankedHit]:
            out = base_rerank(self, query, hits)
            new = [dataclasses.replace(r, score=r.score + v, signals={**r.signals, name: v})
                   for r, v in zip(out, _probe(name, weight, out), strict=True)]
            return sorted(new, key=lambda r: (-r.score, r.rank_before))
        return rerank

    def with_captions(laws: int) -> Any:
        def structural(corpus: Any, q: Any, hits: Sequence[Any], *, limit: int = 3) -> list[Any]:
            out = base_structural(corpus, q, hits, limit=limit)
            if not q.named_laws:
                top = list(dict.fromkeys(h.law_id for h in hits[:5]))[:laws]
                out.extend(rc.caption_candidates(corpus, q, top))
            return out
        return structural

    grid = (("junyo", (0.2, 0.4)), ("refers", (0.15, 0.3)), ("lead", (0.1, 0.2, 0.3)),
            ("spread", (0.1, -0.1)), ("captions of the top laws", (1.0, 2.0)))
    probes = [("shipped", 0.0)] + [(n, w) for n, ws in grid for w in ws]
    print("| probe | weight | " + " | ".join(f"{s} R@1 / R@5 / MRR@10" for s in sets)
          + " |\n|---|---|" + "---|" * len(sets))
    for name, weight in probes:
        Reranker.rerank = base_rerank  # type: ignore[method-assign]
        rc.structural_candidates = base_structural
        if name.startswith("captions"):
            rc.structural_candidates = with_captions(int(weight))
        elif name != "shipped":
            Reranker.rerank = with_probe(name, weight)  # type: ignore[method-assign]
        cells = []
        for s, qs in sets.items():
            r1 = r5 = 0
            mrr = 0.0
            for q in qs:
                gold = {(g.law_id, g.article) for g in q.gold}
                ranked = stage.rank(q.question, list(searched[(s, q.id)]))
                arts = [(r.hit.law_id, r.hit.article) for r in ranked]
                r1 += arts[0] in gold
                r5 += any(a in gold for a in arts[:5])
                mrr += next((1 / i for i, a in enumerate(arts[:10], 1) if a in gold), 0.0)
            cells.append(f"{r1 / len(qs):.3f} / {r5 / len(qs):.3f} / {mrr / len(qs):.3f}")
        print(f"| {name} | {weight:g} | " + " | ".join(cells) + " |", flush=True)
    Reranker.rerank = base_rerank  # type: ignore[method-assign]
    rc.structural_candidates = base_structural
    index.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORE)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--index", type=Path, required=True)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("questions", type=Path, nargs="+")
    for cmd in ("sources", "select"):
        p = sub.add_parser(cmd)
        p.add_argument("--dumps", type=Path, required=True)
        p.add_argument("names", nargs="+", help="question file stems dumped, e.g. answers_dev5")
    s = sub.add_parser("signals")
    s.add_argument("--index", type=Path, required=True)
    args = ap.parse_args()
    {"dump": _dump, "sources": _sources, "select": _select, "signals": _signals}[args.cmd](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
