"""The reranker on real provisions of the 29 core laws: the governing article leads."""

from __future__ import annotations

from typing import Any

import pytest

from govrag.errors import ConfigError
from govrag.pipeline.stages import RerankStage
from govrag.retrieval.rerank import (
    Reranker,
    SentenceRole,
    _term_pattern,
    analyze_query,
    definition_candidates,
    excerpt,
    provision_sentences,
    select,
)
from govrag.retrieval.rerank_candidates import as_hit as _as_hit
from govrag.retrieval.rerank_definitions import _defines
from govrag.retrieval.rerank_structure import _is_penal
from tests.retrieval.conftest import provision_hits


def _hits(corpus: Any, *addresses: str) -> list[Any]:
    return provision_hits(corpus, *addresses)


def _names(corpus: Any) -> dict[str, tuple[str, ...]]:
    names: dict[str, list[str]] = {}
    for name, law_id in corpus.law_names().items():
        names.setdefault(name, []).append(law_id)
    for name, ids in corpus.ambiguous_names.items():
        names.setdefault(name, []).extend(ids)
    return {k: tuple(v) for k, v in names.items()}


# (question, retrieved in this order, the article that must come first)
LEADS = [
    # definitions: the article that defines the asked term, not the ones that use it
    ("情報公開法の不開示情報とは何か",
     ["個人情報保護法:60", "個人情報保護法:78", "情報公開法:5"], "情報公開法:5"),
    ("行政手続法でいう不利益処分とは", ["行政手続法:13", "行政手続法:14", "行政手続法:2"], "行政手続法:2"),
    ("「行政指導」とはどういう意味か", ["行政手続法:32", "行政手続法:35", "行政手続法:2"], "行政手続法:2"),
    # a named law ahead of a law with the same rule
    ("地方公務員法の守秘義務は退職後も続くか", ["国家公務員法:100", "地方公務員法:34"], "地方公務員法:34"),
    ("国公法では職員は秘密を漏らしてはならないか",
     ["地方公務員法:34", "国家公務員法:100"], "国家公務員法:100"),
    # 罰則 down unless asked about
    ("国家公務員は職務上知った秘密を漏らしてはならないか", ["国家公務員法:109", "国家公務員法:100"],
     "国家公務員法:100"),
    ("地方公務員が職務上の秘密を漏らしたときの罰則は",
     ["地方公務員法:34", "地方公務員法:60"], "地方公務員法:60"),
    # an explicit citation first, whatever matches better
    ("行政手続法第八条について、理由を示さなければならない場合",
     ["行政手続法:14", "行政手続法:8"], "行政手続法:8"),
    # the sentence-level rule: the article whose 本文 answers
    ("申請書に必要な書類が添付されていないとき行政庁は補正を求めるか",
     ["行政手続法:9", "行政手続法:7", "行政手続法:8"], "行政手続法:7"),
    # the general rule ahead of the article that sets it aside (「前条の規定にかかわらず」, …の特例),
    # unless the question asks about the exception
    ("開示決定等は開示請求の日から何日以内にしなければならないか",
     ["情報公開法:11", "情報公開法:10"], "情報公開法:10"),
    ("文書が大量で期限内に開示決定できないときの特例はあるか",
     ["情報公開法:10", "情報公開法:11"], "情報公開法:11"),
    # the question's words make up the whole caption （内部部局）
    ("行組法上、省に置かれる内部部局は何か", ["国家行政組織法:21", "国家行政組織法:7"], "国家行政組織法:7"),
    # 「以下この条、…において「第三者」という」 defines the term too
    ("情報公開法でいう「第三者」とは誰か", ["情報公開法:12_2", "情報公開法:25", "情報公開法:13"],
     "情報公開法:13"),
]


@pytest.mark.parametrize(("question", "retrieved", "expected"), LEADS)
def test_the_governing_article_leads(core_corpus: Any, question: str, retrieved: list[str],
                                     expected: str) -> None:
    ranked = Reranker(law_names=_names(core_corpus)).rerank(question, _hits(core_corpus, *retrieved))
    want = _hits(core_corpus, expected)[0]
    assert (ranked[0].hit.law_id, ranked[0].hit.article) == (want.law_id, want.article), \
        [(r.hit.citation, r.signals) for r in ranked]
    for r in ranked:
        assert r.score == pytest.approx(sum(r.signals.values()))


def test_the_stage_finds_the_definition_the_search_missed(core_corpus: Any) -> None:
    stage = RerankStage(corpus=core_corpus)
    retrieved = _hits(core_corpus, "個人情報保護法:60", "個人情報保護法:78")
    ranked = stage.rank("情報公開法の不開示情報とは何か", retrieved)
    assert ranked[0].hit.citation == "行政機関の保有する情報の公開に関する法律第五条"
    assert ranked[0].signals["definition"] > 0 and ranked[0].signals["named_law"] > 0
    assert ranked[0].kept


@pytest.mark.parametrize(("law", "article", "penal"), [
    ("国家公務員法", "109", True),  # …一年以下の拘禁刑又は五十万円以下の罰金に処する。
    ("情報公開・個人情報保護審査会設置法", "18", True),
    ("地方自治法", "14", True),  # 条例に…過料を科する旨の規定を設けることができる
    ("地方自治法", "149", False),  # the head's duties: 「…及び過料を科すること。」
    ("地方自治法", "180_6", False),
    ("国家公務員法", "100", False),
])
def test_which_provisions_punish(core_corpus: Any, law: str, article: str, penal: bool) -> None:
    p = core_corpus.provision(law, article)
    assert p is not None
    assert _is_penal(_as_hit(p, 1.0)) is penal


def test_the_stage_finds_the_penalty_for_the_rule(core_corpus: Any) -> None:
    stage = RerankStage(corpus=core_corpus)
    ranked = stage.rank("国家公務員が秘密を漏らしたときの罰則はどうなっているか",
                        _hits(core_corpus, "国家公務員法:100", "国家公務員法:82"))
    assert "国家公務員法第百九条" in [r.hit.citation for r in ranked if r.kept]


@pytest.mark.parametrize(("question", "term", "named", "penalty"), [
    ("情報公開法の不開示情報とは何か", "不開示情報", True, False),
    ("個情法における「個人識別符号」の定義", "個人識別符号", True, False),
    ("個人情報に当たるのはどのような情報か", "個人情報", False, False),
    ("不動産はどのように定義されているか", "不動産", False, False),
    ("行政指導ってなに？", "行政指導", False, False),
    # colloquial 「Xって、どんな…」 and a quoted term asked about in other words
    ("審査基準って、どういうものを言うんですか", "審査基準", False, False),
    ("処分庁ってどのような機関のこと？", "処分庁", False, False),
    ("番号法の「個人番号」はどんな番号を指しますか", "個人番号", True, False),
    ("「不開示情報」にはどのような情報が含まれますか", "不開示情報", False, False),
    ("「再調査の請求」という言葉は何を意味しますか", "再調査の請求", False, False),
    ("民法は「動産」をどのように定義しているか", "動産", True, False),
    ("「申請」の要件は何か", "申請", False, False),
    ("窓口で「至急」と言われた書類はどんな順で処理するか", None, False, False),
    ("補助金って、どんなときに返す必要がある？", "補助金", False, False),
    ("申請を断られたらどうすればよいか", None, False, False),
    ("不正アクセスをした者の罰則は", None, False, True),
])
def test_query_analysis(core_corpus: Any, question: str, term: str | None, named: bool,
                        penalty: bool) -> None:
    a = analyze_query(question, law_names=_names(core_corpus))
    assert a.defined_term == term
    assert bool(a.named_laws) is named
    assert a.asks_penalty is penalty


@pytest.mark.parametrize(("address", "roles"), [
    ("行政手続法:8", ["main", "proviso", "dependent"]),
    ("国家賠償法:1", ["main", "dependent"]),
    ("行政代執行法:3", ["main", "main"]),  # 「前条の規定による処分…」 opens the article: its rule
])
def test_sentence_roles_on_real_articles(core_corpus: Any, address: str, roles: list[str]) -> None:
    law, article = address.split(":")
    text = core_corpus.provision(law, article).text
    sents = provision_sentences(text)
    assert [s.role.value for s in sents][: len(roles)] == roles
    for s in sents:
        assert text[s.start:s.end] == s.text and not s.text.startswith(("２", "一　"))


def test_items_are_items_and_their_chapeau_is_main(core_corpus: Any) -> None:
    sents = provision_sentences(core_corpus.provision("地方自治法", "96").text)
    assert sents[0].role == SentenceRole.MAIN and "議決しなければならない" in sents[0].text
    assert sents[1].role == SentenceRole.ITEM and sents[1].text.startswith("条例を設け")


def test_select_drops_far_below_the_best_and_keeps_order(core_corpus: Any) -> None:
    hits = _hits(core_corpus, "行政手続法:7", "民法:709", "行政手続法:8")
    ranked = select(Reranker().rerank("申請の補正を求める", hits), keep=2, min_ratio=0.6)
    kept = [r.hit.citation for r in ranked if r.kept]
    assert kept[0] == "行政手続法第七条" and "民法第七百九条" not in kept and len(kept) <= 2
    assert [r.kept for r in ranked] == sorted((r.kept for r in ranked), reverse=True)


def test_audit_summary_has_scores_but_no_text(core_corpus: Any) -> None:
    r = Reranker().rerank("申請の補正", _hits(core_corpus, "行政手続法:7"))[0]
    d = r.to_dict()
    assert set(d) == {"citation", "law_id", "article", "score", "signals", "rank_before", "kept"}
    assert "申請" not in str({k: v for k, v in d.items() if k != "citation"})


def test_excerpt_keeps_whole_sentences_with_their_rule(core_corpus: Any) -> None:
    hit = _hits(core_corpus, "地方自治法:96")[0]
    r = Reranker().rerank("議会の議決が必要な事件", [hit])[0]
    text = excerpt(r, max_chars=200)
    assert len(text) < len(hit.text)
    for piece in text.split("\n…\n"):
        assert piece in hit.text
    assert text.startswith("普通地方公共団体の議会は、次に掲げる事件を議決しなければならない。")


@pytest.mark.parametrize("kwargs", [{"dense": "sometimes"}, {"dense": "sentence"}])
def test_bad_configuration_is_a_config_error(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        Reranker(**kwargs)


@pytest.mark.parametrize("kwargs", [{"keep": 0}, {"min_ratio": 1.5}])
def test_bad_stage_configuration(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        RerankStage(**kwargs)


# (law, article, term, how strongly the provision defines the term) on real statute text
DEFINES = [
    ("民法", "4", "成年", 1.0),  # 年齢十八歳をもって、成年とする。
    ("民法", "86", "不動産", 1.0),  # 土地及びその定着物は、不動産とする。
    ("民法", "86", "動産", 1.0),  # 不動産以外の物は、すべて動産とする。
    ("民法", "87", "従物", 1.0),  # …その附属させた物を従物とする。
    ("民法", "20", "行為能力者", 1.0),  # 行為能力者（行為能力の制限を受けない者をいう。以下同じ。）
    ("地方自治法", "1_3", "普通地方公共団体", 1.0),  # 普通地方公共団体は、都道府県及び市町村とする。
    ("国家公務員法", "2", "一般職", 1.0),  # 一般職は、…一切の職を包含する。
    ("行政手続法", "2", "審査基準", 1.0),  # ロ　審査基準　…
    ("行政手続法", "2", "行政指導", 1.0),  # 六　行政指導　…
    ("行政不服審査法", "11", "審理員", 1.0),  # （以下「審理員」という。）
    # （以下この条、第十九条第二項及び第二十条第一項において「第三者」という。）
    ("情報公開法", "13", "第三者", 1.0),
    ("行政不服審査法", "30", "反論書", 1.0),  # （以下「反論書」という。）
    ("行政不服審査法", "9", "審理員", 0.7),  # the caption （審理員） names it
    ("個人情報保護法", "2", "要配慮個人情報", 1.0),
    ("デジタル庁設置法", "3", "デジタル社会", 0.6),  # …第二条に規定するデジタル社会をいう: a pointer
    ("著作権法", "3", "著作物", 0.0),  # 著作物は、…発行されたものとする: a rule, not a definition
    ("民法", "86", "産", 0.0),
    ("行政手続法", "7", "申請", 0.0),
    ("行政代執行法", "3", "代執行", 0.7),  # 前条の規定による処分（代執行）をなすには
    ("民法", "95", "錯誤", 0.7),  # （錯誤）
    ("民法", "509", "不法行為", 0.0),  # （不法行為等により生じた債権を受働債権とする相殺の禁止）
]


@pytest.mark.parametrize(("law", "article", "term", "expected"), DEFINES)
def test_definitions_in_every_statutory_form(core_corpus: Any, law: str, article: str, term: str,
                                             expected: float) -> None:
    p = core_corpus.provision(law, article)
    assert p is not None
    assert _defines(p, term) == expected


@pytest.mark.parametrize(("term", "expected"), [
    ("成年", "民法第四条"),
    ("普通地方公共団体", "地方自治法第一条の三"),
    ("動産", "民法第八十六条"),
])
def test_definition_candidates_anywhere_in_the_corpus(core_corpus: Any, term: str,
                                                      expected: str) -> None:
    found = definition_candidates(core_corpus, term)
    assert found and found[0].citation == expected


# (question, retrieved in this order, the article that must come first) — through the stage,
# which adds the candidates found by statute structure
STAGE_LEADS = [
    # a definition the search did not return, in a law the question does not name
    ("成年とは何歳のことをいうのか", ["民法:5", "民法:6"], "民法:4"),
    ("従物とは何か", ["民法:370", "民法:242"], "民法:87"),
    # a question for a period: the provision that states one （三月…を経過したときは）
    ("処分についての審査請求は、いつまでにしなければならないか",
     ["行政不服審査法:45", "行政不服審査法:6", "行政不服審査法:18"], "行政不服審査法:18"),
    ("取消訴訟は処分を知ってから何か月以内に起こさなければならないか",
     ["行政事件訴訟法:46", "行政事件訴訟法:9", "行政事件訴訟法:14"], "行政事件訴訟法:14"),
    # the law's purpose article names everything and rules on nothing
    ("電子署名法で、電磁的記録が真正に成立したものと推定されるのはどんな場合か",
     ["電子署名法:1", "電子署名法:3"], "電子署名法:3"),
]


@pytest.mark.parametrize(("question", "retrieved", "expected"), STAGE_LEADS)
def test_the_stage_leads_with_the_governing_article(core_corpus: Any, question: str,
                                                    retrieved: list[str], expected: str) -> None:
    ranked = RerankStage(corpus=core_corpus).rank(question, _hits(core_corpus, *retrieved))
    want = _hits(core_corpus, expected)[0]
    assert (ranked[0].hit.law_id, ranked[0].hit.article) == (want.law_id, want.article), \
        [(r.hit.citation, r.signals) for r in ranked[:3]]


@pytest.mark.parametrize(("lemma", "text", "found"), [
    ("態と", "その状態にある間", False),  # わざと: 態 alone would match 状態
    ("うっかり", "過失によって", False),  # an all-kana word is found only as itself
    ("取り消す", "取消しの訴え", True),
    ("開示", "開示請求", True),
])
def test_query_terms_match_words_not_parts(lemma: str, text: str, found: bool) -> None:
    pattern = _term_pattern(lemma)
    assert (pattern is not None and pattern.search(text) is not None) is found


def test_the_stage_adds_the_named_laws_article_by_its_caption(core_corpus: Any) -> None:
    """The search missed 情報公開法第三条 （開示請求権）; the named law's caption holds the question's
    words, so the stage adds it and keeps it."""
    ranked = RerankStage(corpus=core_corpus).rank(
        "情報公開法では、開示請求は誰ができるのか",
        _hits(core_corpus, "情報公開法:12_2", "情報公開法:22", "個人情報保護法:76"))
    kept = [r.hit.citation for r in ranked if r.kept]
    assert "行政機関の保有する情報の公開に関する法律第三条" in kept
    assert "個人情報の保護に関する法律第七十六条" not in kept[:3]
