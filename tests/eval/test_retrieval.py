"""The evaluation harness: hand-computed reports, failure handling, and a real StatuteIndex run."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from govrag.errors import ConfigError, InputError, StageError
from govrag.eval.questions import Gold, Question, filter_questions, load_questions
from govrag.eval.retrieval import comparison_table, evaluate

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ROOT / "corpora" / "eval" / "statute_questions.jsonl"
TE, JK = "405AC0000000088", "411AC0000000042"


@dataclass(frozen=True)
class FixedHit:
    law_id: str
    article: str
    paragraph: int | None = None


def q(qid: str, kind: str, *gold: tuple[str, str]) -> Question:
    return Question(qid, f"質問{qid}", kind, tuple(Gold(law, "行政手続法", art) for law, art in gold))  # type: ignore[arg-type]


QS = [
    q("p1", "paraphrase", (TE, "7")),
    q("p2", "paraphrase", (TE, "8")),
    q("s1", "scenario", (TE, "36_2")),
    q("e1", "explicit", (JK, "5")),
]
# what a search returns per question, in rank order (paragraph hits of one article included)
RESULTS = {
    "質問p1": [FixedHit(TE, "7", 1), FixedHit(TE, "7", 2), FixedHit(TE, "8")],  # rank 1
    "質問p2": [FixedHit(TE, "7"), FixedHit(TE, "6"), FixedHit(TE, "5"), FixedHit(TE, "9"),
               FixedHit(TE, "10"), FixedHit(TE, "8", 1)],  # rank 6
    "質問s1": [FixedHit(TE, "36"), FixedHit(TE, "36_3")],  # missed
    "質問e1": [FixedHit(TE, "5"), FixedHit(JK, "5", 2)],  # rank 2 (same number, other law first)
}


def table_search(query: str, *, k: int) -> list[FixedHit]:
    return RESULTS[query][:k]


def test_report_numbers_are_hand_computed() -> None:
    report = evaluate(table_search, QS, ks=(1, 5, 10), name="table")
    assert [r.rank for r in report.results] == [1, 6, None, 2]
    o = report.overall
    assert o.recall == {1: 0.25, 5: 0.5, 10: 0.75}
    assert o.mrr[10] == pytest.approx((1 + 1 / 6 + 1 / 2) / 4)
    assert o.mrr[5] == pytest.approx((1 + 1 / 2) / 4)
    para = report.by_kind["paraphrase"]
    assert para.n == 2 and para.recall[5] == 0.5 and para.recall[10] == 1.0
    assert report.by_kind["scenario"].recall[10] == 0.0
    assert report.by_kind["explicit"].mrr[10] == 0.5
    assert [r.id for r in report.misses(5)] == ["p2", "s1"]
    assert [r.id for r in report.misses()] == ["s1"]


def test_search_is_asked_for_the_largest_k() -> None:
    asked: list[int] = []

    def spy(query: str, *, k: int) -> Sequence[FixedHit]:
        asked.append(k)
        return table_search(query, k=k)

    evaluate(spy, QS, ks=(5, 1, 3))
    assert asked == [5, 5, 5, 5]


def test_results_beyond_k_are_ignored() -> None:
    def too_many(query: str, *, k: int) -> list[FixedHit]:
        return [FixedHit(TE, "1")] * k + [FixedHit(TE, "7")]

    report = evaluate(too_many, QS[:1], ks=(3,))
    assert report.results[0].rank is None and len(report.results[0].retrieved) == 3


def test_markdown_and_json() -> None:
    report = evaluate(table_search, QS, ks=(1, 5, 10), name="table")
    md = report.to_markdown().splitlines()
    assert md[0] == "| subset | n | R@1 | R@5 | R@10 | MRR@10 |"
    assert md[2] == "| all | 4 | 0.250 | 0.500 | 0.750 | 0.417 |"
    assert md[3].startswith("| paraphrase | 2 | 0.500 | 0.500 | 1.000 |")
    data = json.loads(report.to_json())
    assert data["overall"]["recall@10"] == 0.75 and data["by_kind"]["scenario"]["n"] == 1
    assert data["results"][1] == {"id": "p2", "kind": "paraphrase", "rank": 6, "gold": [[TE, "8"]],
                                  "retrieved": [[TE, a] for a in ("7", "6", "5", "9", "10", "8")],
                                  "latency_ms": data["results"][1]["latency_ms"]}
    assert "results" not in report.to_dict(per_question=False)


def test_comparison_table() -> None:
    a = evaluate(table_search, QS, ks=(1, 5), name="A")
    b = evaluate(lambda query, k: [], QS, ks=(1, 5), name="B")
    lines = comparison_table([a, b]).splitlines()
    assert lines[0].startswith("| system | n | Recall@1 | Recall@5 | MRR@5 |")
    assert lines[2].startswith("| A | 4 | 0.250 | 0.500 | 0.375 |")
    assert lines[3].startswith("| B | 4 | 0.000 | 0.000 | 0.000 |")
    explicit_row = comparison_table([a], kind="explicit").splitlines()[2]
    assert explicit_row.startswith("| A | 1 | 0.000 | 1.000 | 0.500 |")
    with pytest.raises(ConfigError, match="different ks"):
        comparison_table([a, evaluate(table_search, QS, ks=(1,))])


def test_failing_search_names_the_question() -> None:
    def broken(query: str, *, k: int) -> list[FixedHit]:
        if query == "質問s1":
            raise RuntimeError("backend down")
        return table_search(query, k=k)

    with pytest.raises(StageError, match="question s1: RuntimeError: backend down") as info:
        evaluate(broken, QS)
    assert info.value.stage == "eval"


def test_hits_without_law_id_are_rejected() -> None:
    with pytest.raises(ConfigError, match=r"without \.law_id/\.article"):
        evaluate(lambda query, k: ["行政手続法第七条"], QS)


def test_empty_question_set() -> None:
    with pytest.raises(InputError, match="no questions"):
        evaluate(table_search, [])


@pytest.fixture(scope="module")
def small_index(core_corpus: Any) -> Any:
    """A real BM25-only StatuteIndex over four laws of the core corpus (in memory)."""
    from govrag.corpus import Corpus
    from govrag.retrieval import StatuteIndex

    ids = ["405AC0000000088", "411AC0000000042", "322AC0000000125", "323AC0000000043"]
    corpus = Corpus.from_laws([core_corpus.law(i) for i in ids])
    index = StatuteIndex.build(corpus, embedder=None, analyzer="char-bigram", progress=False)
    yield index
    index.close()


def test_real_index_on_own_questions(small_index: Any) -> None:
    laws = {"405AC0000000088", "411AC0000000042", "322AC0000000125", "323AC0000000043"}
    qs = [x for x in load_questions(QUESTIONS) if {g.law_id for g in x.gold} <= laws]
    assert len(qs) >= 25
    report = evaluate(small_index.search, qs, ks=(1, 5, 10), name="bm25-bigram")
    assert report.overall.n == len(qs)
    # questions that name their provision must get it first (issue 3's explicit-citation path)
    explicit = filter_questions(qs, kinds=["explicit"])
    assert explicit and report.by_kind["explicit"].recall[1] == 1.0
    # a search over four laws should find most gold articles within 10 even with plain BM25
    assert report.overall.recall[10] >= 0.6
    assert all(len(r.retrieved) <= 10 for r in report.results)
