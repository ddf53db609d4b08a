"""Sixth round of the reranker: whose rule a provision is (the ``addressee`` signal) — the same
rule for 行政機関の長 and 独立行政法人等, 個人情報取扱事業者 and 行政機関の長等, 国 and 地方の職員."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from govrag.pipeline.stages import RerankStage
from govrag.retrieval.rerank import Reranker, RerankWeights
from govrag.retrieval.rerank_addressee import agreement, provision_addressees, question_actors
from tests.retrieval.conftest import provision_hits

LAWS = {"情報公開法": "411AC0000000042", "独法情報公開法": "413AC0000000140",
        "個人情報保護法": "415AC0000000057", "国家公務員法": "322AC0000000120",
        "地方公務員法": "325AC0000000261", "国家賠償法": "322AC0000000125", "地方自治法": "322AC0000000067",
        "民法": "129AC0000000089", "公文書管理法": "421AC0000000066"}


def _hits(corpus: Any, *addresses: str) -> list[Any]:
    return provision_hits(corpus, *addresses, laws=LAWS)


# (provision, the classes it binds) — read from the statute text itself
ADDRESSEES = [
    ("情報公開法:5", {"national"}),  # 行政機関の長は、
    ("独法情報公開法:5", {"iai"}),  # 独立行政法人等は、
    ("独法情報公開法:17", {"iai"}),  # no subject naming one: the title's 独立行政法人等
    ("情報公開法:25", {"local"}),  # 地方公共団体は、
    ("個人情報保護法:23", {"private"}),  # 個人情報取扱事業者は、
    ("個人情報保護法:33", {"private"}),  # 本人は、個人情報取扱事業者に対し、
    ("個人情報保護法:66", {"national", "local", "iai"}),  # 行政機関の長等は、
    ("個人情報保護法:76", {"national", "local", "iai"}),  # 何人も、…行政機関の長等に対し、
    ("個人情報保護法:4", {"national"}),  # 国は、
    ("国家公務員法:100", {"national", "national_staff"}),  # 職員は、 in 国家公務員法
    ("地方公務員法:34", {"local", "local_staff"}),  # 職員は、 in 地方公務員法
    ("国家賠償法:2", {"national", "local"}),  # …ときは、国又は公共団体は、
    ("地方自治法:92_2", {"local", "assembly"}),  # 普通地方公共団体の議会の議員は、
    ("公文書管理法:4", {"national", "national_staff"}),  # 行政機関の職員は、
    ("民法:715", set()),  # ある事業のために他人を使用する者は、: nobody the table knows
]


@pytest.mark.parametrize(("address", "expected"), ADDRESSEES)
def test_whom_a_provision_binds(core_corpus: Any, address: str, expected: set[str]) -> None:
    hit = _hits(core_corpus, address)[0]
    assert provision_addressees(hit.text, hit.law_title) == frozenset(expected)


@pytest.mark.parametrize(("question", "expected"), [
    ("市役所は持っている個人情報をどう管理すべきか", {"local"}),
    ("県の職員はストライキをしてよいか", {"local", "local_staff"}),
    ("省で働く職員は秘密を守らなければならないか", {"national", "national_staff"}),
    ("大臣に文書の開示を請求できるか", {"national"}),
    ("独法に文書の開示を請求できるか", {"iai"}),
    ("国立大学法人の持つ文書を見たい", {"iai"}),
    ("お店は客の個人データを他社に渡してよいか", {"private"}),
    ("民間企業に自分のデータの訂正を求められるか", {"private"}),
    ("市議会は誰が招集するのか", {"local", "assembly"}),
    ("国や自治体のシステムを共同で使う取組", {"national", "local"}),
    ("国と民間の役割分担", {"national", "private"}),
    # no actor word: nothing
    ("著作権はいつまで保護されるのか", set()),
    ("処分の取消しを求める裁判はいつまでに起こさなければならないか", set()),
    ("他人のパスワードを勝手に使ってログインしてよいか", set()),
    # 役所 and 職員 alone say nothing; 都市, 市場 are not 市
    ("役所の職員は秘密を漏らしてよいか", set()),
    ("都市計画の市場調査", set()),
    ("外国にある第三者や国民の権利", set()),
])
def test_the_questions_actor(question: str, expected: set[str]) -> None:
    assert question_actors(question) == frozenset(expected)


@pytest.mark.parametrize(("actors", "addressees", "value"), [
    ({"local"}, {"national", "local", "iai"}, 1.0),
    ({"private"}, {"national", "local", "iai"}, -1.0),
    ({"national", "national_staff"}, {"local", "local_staff"}, -1.0),
    (set(), {"national"}, 0.0),
    ({"iai"}, set(), 0.0),
])
def test_agreement(actors: set[str], addressees: set[str], value: float) -> None:
    assert agreement(frozenset(actors), frozenset(addressees)) == value


# (question, a parallel pair retrieved in this order, the article that must come first)
PAIRS = [
    ("独法に請求した文書の一部に出せない情報があるとき、残りは見せてもらえるか",
     ["情報公開法:6", "独法情報公開法:6"], ("413AC0000000140", "6")),
    ("大臣に請求した文書の一部に出せない情報があるとき、残りは見せてもらえるか",
     ["独法情報公開法:6", "情報公開法:6"], ("411AC0000000042", "6")),
    ("県の職員は仕事で知った秘密を漏らしてはいけないか",
     ["国家公務員法:100", "地方公務員法:34"], ("325AC0000000261", "34")),
    ("国の職員は仕事で知った秘密を漏らしてはいけないか",
     ["地方公務員法:34", "国家公務員法:100"], ("322AC0000000120", "100")),
]


@pytest.mark.parametrize(("question", "retrieved", "expected"), PAIRS)
def test_the_actor_picks_the_law(core_corpus: Any, question: str, retrieved: list[str],
                                 expected: tuple[str, str]) -> None:
    ranked = RerankStage(corpus=core_corpus).rank(question, _hits(core_corpus, *retrieved))
    assert (ranked[0].hit.law_id, ranked[0].hit.article) == expected, \
        [(r.hit.citation, r.signals) for r in ranked]
    assert ranked[0].signals["addressee"] > 0 > ranked[1].signals["addressee"]


def test_a_question_without_an_actor_is_unaffected(core_corpus: Any) -> None:
    hits = _hits(core_corpus, "情報公開法:6", "独法情報公開法:6")
    question = "請求した文書の一部に出せない情報があるとき、残りは見せてもらえるか"
    shipped = Reranker().rerank(question, hits)
    off = Reranker(weights=dataclasses.replace(RerankWeights.fitted(), addressee=0.0)).rerank(question, hits)
    assert all(r.signals["addressee"] == 0.0 for r in shipped)
    assert [(r.hit.citation, r.score) for r in shipped] == [(r.hit.citation, r.score) for r in off]
