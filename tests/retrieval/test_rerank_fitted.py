"""Fourth round of the reranker: the packaged (fitted) weights and the signals measured for them —
an inserted article （第十二条の二） yields to the general one when their words tie."""

from __future__ import annotations

import dataclasses
import json
from importlib import resources
from typing import Any

import pytest

from govrag.pipeline.stages import RerankStage
from govrag.retrieval.rerank import Reranker, RerankWeights
from govrag.retrieval.rerank_structure import _is_branch, predicate_clause, question_predicate
from tests.retrieval.conftest import provision_hits

LAWS = {"情報公開法": "411AC0000000042", "国家公務員法": "322AC0000000120", "地方自治法": "322AC0000000067",
        "行政不服審査法": "426AC0000000068"}


def _hits(corpus: Any, *addresses: str) -> list[Any]:
    return provision_hits(corpus, *addresses, laws=LAWS)


def test_the_packaged_weights_change_only_the_fitted_signals() -> None:
    table = json.loads(resources.files("govrag.retrieval").joinpath("data/rerank_weights.json")
                       .read_text("utf-8"))
    fitted, hand = RerankWeights.fitted(), RerankWeights()
    assert table["fitted"] == ["branch", "addressee", "dense", "retrieval", "latent", "contrast"]
    assert 0.1 < fitted.branch < 0.3
    # round 11: the latent-term signal, fitted alone (acts only on an index with latent.npz)
    assert 0.2 < fitted.latent < 0.4 and table["latent"]["top_k"] == 64
    assert 0.1 < fitted.addressee < 0.5
    # round 8, refit on the everyday dev sets too: the embedding counts more, the retrieval rank less
    assert fitted.dense > hand.dense and fitted.retrieval < hand.retrieval
    assert table["prior"]["dense"] == hand.dense and table["free"] == ["dense", "retrieval"]
    for field in dataclasses.fields(RerankWeights):
        if field.name not in table["fitted"]:
            assert getattr(fitted, field.name) == getattr(hand, field.name), field.name
    assert Reranker().weights == fitted  # the stage and the extractive answer read the same table


# (question, retrieved in this order, the article that must come first)
BRANCH = [
    # the general article ahead of an inserted one whose words tie
    ("行政機関の長に行政文書の開示を請求できるのは誰か", ["情報公開法:12_2", "情報公開法:3"], "3"),
    ("国家公務員は職務上知り得た秘密を退職後も漏らしてはならないか",
     ["国家公務員法:106_12", "国家公務員法:100"], "100"),
    ("有権者が条例の制定を請求するには、何人の連署が要るか", ["地方自治法:74_3", "地方自治法:74"], "74"),
    # an inserted article the question is about still leads (its caption and words)
    ("開示請求の事案を独立行政法人等に移送することはできるか", ["情報公開法:3", "情報公開法:12_2"], "12_2"),
]


@pytest.mark.parametrize(("question", "retrieved", "expected"), BRANCH)
def test_an_inserted_article_yields_when_words_tie(core_corpus: Any, question: str,
                                                   retrieved: list[str], expected: str) -> None:
    ranked = RerankStage(corpus=core_corpus).rank(question, _hits(core_corpus, *retrieved))
    assert ranked[0].hit.article == expected, [(r.hit.citation, r.signals) for r in ranked]
    inserted = [r for r in ranked if "_" in r.hit.article]
    assert all(r.signals["branch"] < 0 for r in inserted)
    assert all("branch" in r.to_dict()["signals"] for r in inserted)  # audited


@pytest.mark.parametrize(("address", "branch"), [
    ("情報公開法:12_2", True), ("情報公開法:3", False), ("地方自治法:74_3", True),
    ("行政不服審査法:9", False),
])
def test_which_articles_are_inserted(core_corpus: Any, address: str, branch: bool) -> None:
    assert _is_branch(_hits(core_corpus, address)[0]) is branch


@pytest.mark.parametrize(("question", "verb"), [
    ("行政文書の開示を請求できるのは誰か。", "請求"),
    ("審査請求書はどこに提出するのか", "提出"),
    ("他人のパスワードを第三者に教えてよいか", "教える"),
    ("開示決定の期限は何日か", None),
    ("職員はどのような義務を負うか", "負う"),
])
def test_the_questions_predicate(question: str, verb: str | None) -> None:
    assert question_predicate(question) == verb


def test_the_predicate_clause_is_the_last_clause() -> None:
    sentence = ("審査請求は、他の法律に口頭ですることができる旨の定めがある場合を除き、"
                "審査請求書を提出してしなければならない。")
    assert predicate_clause(sentence) == "審査請求書を提出してしなければならない"


def test_the_predicate_signal_is_off_unless_weighted(core_corpus: Any) -> None:
    """Measured in the fourth round (no cross-validated gain), shipped at weight 0."""
    hits = _hits(core_corpus, "行政不服審査法:19", "行政不服審査法:20")
    question = "審査請求書はどこに提出するのか"
    assert all(r.signals["predicate"] == 0.0 for r in Reranker().rerank(question, hits))
    probe = dataclasses.replace(RerankWeights(), predicate=1.0)
    signals = {r.hit.article: r.signals["predicate"] for r in Reranker(weights=probe).rerank(question, hits)}
    assert signals["19"] == 1.0


# (question, retrieved in this order) — the retrieval prior with and without dense scores
PRIOR = [
    ("審査請求書はどこに提出するのか", ["行政不服審査法:19", "行政不服審査法:20"]),
    ("開示請求の手数料はいくらか", ["情報公開法:3", "情報公開法:16", "情報公開法:12_2"]),
]


@pytest.mark.parametrize(("question", "retrieved"), PRIOR)
def test_the_retrieval_prior_keeps_its_hand_set_weight_without_the_embedding(
        core_corpus: Any, question: str, retrieved: list[str]) -> None:
    """Round 8 refit ``dense`` up and ``retrieval`` down on hybrid candidates; a BM25-only index
    (no dense score) keeps the hand-set retrieval weight (``retrieval_sparse``)."""
    fitted = RerankWeights.fitted()
    assert fitted.retrieval < fitted.retrieval_sparse == RerankWeights().retrieval
    sparse = _hits(core_corpus, *retrieved)
    hybrid = [dataclasses.replace(h, dense_score=0.9 - 0.1 * i) for i, h in enumerate(sparse)]
    for hits, weight in ((sparse, fitted.retrieval_sparse), (hybrid, fitted.retrieval)):
        by_rank = {r.rank_before: r.signals["retrieval"] for r in Reranker().rerank(question, hits)}
        assert by_rank == pytest.approx({i: weight * 3.0 / (2.0 + i) for i in by_rank})
    off = Reranker(dense="off").rerank(question, hybrid)  # the embedding ignored: the sparse prior
    assert {r.rank_before: r.signals["retrieval"] for r in off}[1] == pytest.approx(fitted.retrieval_sparse)
