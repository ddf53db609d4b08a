"""Round 8: the rerank stage's law pool — after a first rerank, the best further provisions of the
law put first (a search restricted to that law) join the candidates and all are reranked. An
everyday question usually finds its law but not its article among the first candidates."""

from __future__ import annotations

from typing import Any

import pytest

from govrag.errors import ConfigError
from govrag.pipeline.stages import RerankStage
from tests.retrieval.conftest import provision_hits

LAWS = {"行政手続法": "405AC0000000088", "行政代執行法": "323AC0000000043",
        "行政不服審査法": "426AC0000000068", "国家賠償法": "322AC0000000125",
        "情報公開法": "411AC0000000042"}

# (question, the candidates retrieved, the article first after the law pool, first without it)
POOLED = [
    # the answering article was not a candidate: the pool brings it from the first law
    ("聴聞は誰が主宰するのか", ["行政手続法:15", "行政手続法:28"], "19", "15"),
    ("代執行に要した費用はどのように納付を命じられるのか", ["行政代執行法:2", "行政代執行法:3"], "5", "3"),
    ("審査請求書に不備があったら補正を求められるのか", ["行政不服審査法:19", "行政不服審査法:2"], "23", "19"),
    ("行政指導の中止を求めることはできるか", ["行政手続法:32", "行政手続法:35"], "36_2", "35"),
    ("開示請求の手数料は免除されることがあるか", ["情報公開法:3", "情報公開法:4"], "16", "3"),
    # hard negatives: the first candidate already answers, the pooled neighbours stay below it
    ("聴聞の通知はどのような方式で行うのか", ["行政手続法:15", "行政手続法:28"], "15", "15"),
    ("審査請求書にはどのような事項を記載するのか", ["行政不服審査法:19", "行政不服審査法:2"], "19", "19"),
    # on BM25 alone the hand-set retrieval prior keeps the first candidate ahead of 第二十条 (口頭)
    ("審査請求を口頭ですることはできるか", ["行政不服審査法:19", "行政不服審査法:2"], "19", "19"),
]


def _hits(corpus: Any, *addresses: str) -> list[Any]:
    return provision_hits(corpus, *addresses, laws=LAWS)


@pytest.mark.parametrize(("question", "retrieved", "pooled", "alone"), POOLED)
def test_the_law_pool_brings_the_first_laws_provisions(small_corpus: Any, sparse_index: Any,
                                                       question: str, retrieved: list[str],
                                                       pooled: str, alone: str) -> None:
    stage = RerankStage(corpus=small_corpus, law_pool=3)
    hits = _hits(small_corpus, *retrieved)
    first = stage.rank(question, list(hits))
    assert first[0].hit.article == alone
    ranked = stage.rank_pooled(question, list(hits), sparse_index)
    assert ranked[0].hit.article == pooled, [(r.hit.citation, r.signals) for r in ranked]
    given = {(h.law_id, h.article) for h in hits}
    added = [r.hit for r in ranked if (r.hit.law_id, r.hit.article) not in given]
    law = first[0].hit.law_id
    assert 0 < len(added) <= stage.law_pool == 3
    assert all(h.law_id == law for h in added)  # only the first-ranked law's provisions
    assert len({(r.hit.law_id, r.hit.article) for r in ranked}) == len(ranked)  # no duplicates


@pytest.mark.parametrize(("question", "retrieved"), [(q, r) for q, r, _, _ in POOLED[:2]])
def test_no_pool_without_an_index_or_at_zero(small_corpus: Any, sparse_index: Any, question: str,
                                             retrieved: list[str]) -> None:
    hits = _hits(small_corpus, *retrieved)
    off = RerankStage(corpus=small_corpus, law_pool=0)
    assert [r.hit.article for r in off.rank_pooled(question, list(hits), sparse_index)] == [
        r.hit.article for r in off.rank(question, list(hits))]
    on = RerankStage(corpus=small_corpus, law_pool=3)
    assert len(on.rank_pooled(question, list(hits), None)) == len(hits)
    assert "law_pool" not in on.options()  # run() pools only with an index of its own
    assert RerankStage(corpus=small_corpus, index=sparse_index, law_pool=3).options()["law_pool"] == 3
    default = RerankStage(corpus=small_corpus, index=sparse_index)  # off by default (round 8)
    assert default.law_pool == 0 and "law_pool" not in default.options()


def test_a_negative_law_pool_is_refused() -> None:
    with pytest.raises(ConfigError):
        RerankStage(law_pool=-1)
