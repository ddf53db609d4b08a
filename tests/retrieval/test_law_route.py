"""Round 9: law-level routing from the statutes alone (title, captions, chapters, defined terms,
body lemmas, the packaged vocabulary's expansions), its rerank signal and its added candidates.
The questions are written for these tests, in everyday words, over six real laws."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from govrag.errors import ConfigError
from govrag.retrieval.law_route import LawRouter, RouteConfig, law_profile, route_candidates
from govrag.retrieval.rerank import Reranker, RerankWeights
from tests.retrieval.conftest import provision_hits

LAWS = {"行政手続法": "405AC0000000088", "行政代執行法": "323AC0000000043",
        "国家賠償法": "322AC0000000125", "情報公開法": "411AC0000000042",
        "独法情報公開法": "413AC0000000140", "行政不服審査法": "426AC0000000068"}

# (question, the law routed first, a law that must not be routed first)
ROUTED = [
    ("役所に出した書類をなかなか受け付けてもらえない", "行政手続法", "行政不服審査法"),
    ("空き家を取り壊すよう命じられたのに放置したら役所が代わりに壊すのか", "行政代執行法", "行政手続法"),
    ("省庁が持っている文書を見せてほしいと頼みたい", "情報公開法", "独法情報公開法"),
    ("公立学校の先生に殴られた。誰に賠償を求めればよいか", "国家賠償法", "行政不服審査法"),
    ("役所の決定に納得できないので不服を申し立てたい", "行政不服審査法", "行政手続法"),
    ("許可を取り消される前に言い分を聞いてもらえるか", "行政手続法", "行政不服審査法"),
    # hard negatives: the same everyday words, the other of two neighbouring laws
    ("国立大学の法人文書を見せてもらうにはどうするか", "独法情報公開法", "情報公開法"),
    # 「不服」 is 行政不服審査法's word, but a refused disclosure is the disclosure law's 審査請求
    ("文書を見せないという決定に不服があるときはどうするか", "情報公開法", "行政不服審査法"),
]


@pytest.fixture(scope="module")
def router(small_corpus: Any) -> LawRouter:
    return LawRouter.from_corpus(small_corpus)


@pytest.mark.parametrize(("question", "first", "not_first"), ROUTED)
def test_questions_are_routed_to_their_law(router: LawRouter, question: str, first: str,
                                           not_first: str) -> None:
    ranked = router.route(question)
    assert ranked[0][0] == LAWS[first], ranked[:3]
    assert ranked[0][0] != LAWS[not_first]
    norm = router.normalised(question)
    assert norm[LAWS[first]] == 1.0 and 0.0 <= norm[LAWS[not_first]] < 1.0


@pytest.mark.parametrize(("law", "terms", "absent"), [
    # caption （代執行） and title words; 聴聞 is not in 国家賠償法
    ("行政代執行法", ("代執行", "戒告", "費用"), "聴聞"),
    # a defined term （以下「法人文書」という。） and a chapter title word
    ("独法情報公開法", ("法人文書", "開示"), "代執行"),
    ("行政手続法", ("聴聞", "行政指導", "審査基準"), "国家賠償"),
])
def test_profiles_hold_each_laws_own_vocabulary(small_corpus: Any, law: str, terms: tuple[str, ...],
                                                absent: str) -> None:
    bag = law_profile(small_corpus.law(LAWS[law]))
    for t in terms:
        assert bag.get(t, 0.0) > 0.0, t
    assert absent not in bag


def test_the_vocabulary_expands_everyday_words(small_corpus: Any) -> None:
    with_vocab = LawRouter.from_corpus(small_corpus)
    without = LawRouter.from_corpus(small_corpus, vocabulary=False)
    q = "市の役人にけがをさせられた"
    assert set(with_vocab.query_terms(q)) > set(without.query_terms(q))
    assert all(w in (1.0, RouteConfig().expansion_weight) for w in with_vocab.query_terms(q).values())


def test_nothing_matched_routes_nowhere(router: LawRouter) -> None:
    assert set(router.normalised("ｘｙｚ").values()) == {0.0}
    with pytest.raises(ConfigError):
        LawRouter.from_profiles({})


# (question, candidates: another law's article first, then the routed law's, its first at weight 1)
FLIPPED = [
    ("国立大学の法人文書を見せてもらうにはどうするか", ["情報公開法:2", "独法情報公開法:1"]),
    ("公立学校の先生に殴られた。誰に賠償を求めればよいか", ["行政不服審査法:2", "国家賠償法:4"]),
    ("空き家を取り壊すよう命じられたのに放置したら役所が代わりに壊すのか",
     ["行政手続法:1", "行政代執行法:4"]),
]


@pytest.mark.parametrize(("question", "retrieved"), FLIPPED)
@pytest.mark.parametrize("weight", [0.0, 1.0])
def test_the_rerank_signal(small_corpus: Any, router: LawRouter, question: str, retrieved: list[str],
                           weight: float) -> None:
    w = dataclasses.replace(RerankWeights.fitted(), law_route=weight)
    hits = provision_hits(small_corpus, *retrieved, laws=LAWS)
    ranked = Reranker(weights=w, router=router).rerank(question, hits)
    # at weight 0 (the packaged weight: the signal is off) the other law's article stays first
    expected = hits[1] if weight else hits[0]
    assert ranked[0].hit.law_id == expected.law_id, [(r.hit.citation, r.signals) for r in ranked]
    assert ("law_route" in ranked[0].signals) == bool(weight)


def test_the_packaged_weights_leave_the_signal_off() -> None:
    assert RerankWeights.fitted().law_route == 0.0
    assert Reranker().router is None


def test_routed_candidates_only_for_an_absent_law(small_corpus: Any, sparse_index: Any,
                                                  router: LawRouter) -> None:
    q = "空き家を取り壊すよう命じられたのに放置したら役所が代わりに壊すのか"
    other = provision_hits(small_corpus, "行政手続法:13", "行政手続法:14", laws=LAWS)
    added = route_candidates(sparse_index, router, q, other, per_law=2)
    assert added and len(added) <= 2
    assert {h.law_id for h in added} == {LAWS["行政代執行法"]}
    present = provision_hits(small_corpus, "行政代執行法:2", laws=LAWS)
    assert route_candidates(sparse_index, router, q, present + other) == []
    with pytest.raises(ConfigError):
        route_candidates(sparse_index, router, q, other, per_law=0)
