"""The rerank stage in the presets: the governing rule leads the answer, scores reach the audit row."""

from __future__ import annotations

from pathlib import Path

import pytest

from govrag import Corpus, Pipeline, StatuteIndex
from govrag.audit import AuditLog
from govrag.errors import ConfigError
from govrag.pipeline import PRESETS
from govrag.pipeline.stages import RerankStage, RetrieveStage
from govrag.providers.prompt import parse_sources
from govrag.retrieval.rerank import provision_sentences

JOHO = "411AC0000000042"


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_every_preset_reranks_before_generating(corpus: Corpus, index: StatuteIndex, preset: str) -> None:
    ids = [s.id for s in Pipeline.preset(preset, index=index, corpus=corpus, audit=None).stages]
    assert ids.index("retrieve") < ids.index("rerank") < ids.index("generate")


@pytest.mark.parametrize(("question", "law_id", "article", "phrase"), [
    ("情報公開法の不開示情報とは何か", JOHO, "5", "以下「不開示情報」という。"),
    ("申請書に不備があったら役所はどうしないといけない？", "405AC0000000088", "7", "補正を求め"),
    ("公務員が職務中に違法に他人に損害を与えたら、誰が賠償するのか", "322AC0000000125", "1",
     "賠償する責に任ずる"),
])
def test_the_answer_leads_with_the_governing_rule(
    corpus: Corpus, index: StatuteIndex, tmp_path: Path, question: str, law_id: str, article: str,
    phrase: str,
) -> None:
    audit = AuditLog(tmp_path / "audit.sqlite3", app_id="tests")
    result = Pipeline.preset("qa", index=index, corpus=corpus, audit=audit).run(question)
    assert not result.blocked and result.answer
    first = result.citations[0].citation
    assert (first.law_id, first.article) == (law_id, article), result.answer
    assert all(c.status == "valid" for c in result.citations)
    lead = result.answer.split("「", 1)[1]
    assert phrase in lead.split("」と定めています", 1)[0]
    assert not lead.startswith(("ただし", "前項"))
    assert result.answer.rstrip().splitlines()[-1].startswith("根拠条文：")
    # the rerank scores are in the record and the audit row, without provision text
    record = result.record
    assert record is not None and record.rerank
    assert (record.rerank[0]["law_id"], record.rerank[0]["article"]) == (law_id, article)
    assert len(record.hits or ()) <= 5
    row = audit.get(result.audit_id or "").record
    assert row["rerank"][0]["signals"] and row["rerank"][0]["kept"] is True
    assert phrase not in str(row["rerank"])


def test_the_prompt_carries_rerank_order_relevance_and_whole_sentences(
    corpus: Corpus, index: StatuteIndex
) -> None:
    pipeline = Pipeline.preset("qa", index=index, corpus=corpus, audit=None)
    result = pipeline.run("情報公開法の不開示情報とは何か")
    record = result.record
    assert record is not None and record.messages is not None
    sources = parse_sources(record.messages)
    assert sources[0].law_id == JOHO and sources[0].article == "5"
    assert sources[0].relevance == 1.0 and all(s.relevance is not None for s in sources)
    full = {(h.law_id, h.article): h.text for h in record.hits or ()}
    for s in sources:
        text = full[(s.law_id, s.article)]
        starts = {x.start for x in provision_sentences(text)}
        ends = {x.end for x in provision_sentences(text)}
        assert len(s.text) <= len(text)
        for piece in s.text.split("\n…\n"):  # whole sentences only
            at = text.index(piece)
            assert at in starts and at + len(piece) in ends, piece
    kept = [r for r in record.rerank or () if r["kept"]]
    assert [(s.law_id, s.article) for s in sources] == [(r["law_id"], r["article"]) for r in kept]


def test_nothing_relevant_says_so(corpus: Corpus, index: StatuteIndex) -> None:
    result = Pipeline.preset("qa", index=index, corpus=corpus, audit=None).run("今日の天気はどうですか")
    assert result.answer is not None and "見当たりませんでした" in result.answer
    assert "「" not in result.answer


@pytest.mark.parametrize(("question", "law_id", "article"), [
    ("情報公開法の不開示情報とは何か", JOHO, "5"),
    ("申請書に不備があったら役所はどうしないといけない？", "405AC0000000088", "7"),
])
def test_search_is_retrieve_then_rerank(corpus: Corpus, index: StatuteIndex, question: str, law_id: str,
                                        article: str) -> None:
    stage = RerankStage(corpus=corpus)
    got = stage.search(index, question, k=3, candidates=20)
    expected = [r.hit for r in stage.rank(question, list(index.search(question, k=20)))][:3]
    assert [(h.law_id, h.article) for h in got] == [(h.law_id, h.article) for h in expected]
    assert len(got) == 3 and (got[0].law_id, got[0].article) == (law_id, article)
    with pytest.raises(ConfigError):
        stage.search(index, question, k=3, candidates=0)


def test_stage_options_round_trip() -> None:
    stage = RerankStage(keep=3, min_ratio=0.4)
    assert stage.options() == {"keep": 3, "min_ratio": 0.4, "dense": "hit"}


@pytest.mark.parametrize("question", [
    "情報公開法の不開示情報とは何か",
    "申請書に不備があったら役所はどうしないといけない？",
    "開示決定等は開示請求があった日から何日以内にしなければならないか",
])
def test_the_answer_and_the_prompt_share_one_selection(
    corpus: Corpus, index: StatuteIndex, question: str
) -> None:
    """What a remote model is given is what the extractive answer chose from: the kept sources in
    rerank order (best first, whole sentences); the answer cites the first of them first and no
    source the rerank stage dropped, each cited one within 0.9 of the best (0.8 for the first
    source's own law)."""
    result = Pipeline.preset("qa", index=index, corpus=corpus, audit=None).run(question)
    record = result.record
    assert record is not None and record.messages is not None and result.answer
    sources = parse_sources(record.messages)
    relevance = [s.relevance or 0.0 for s in sources]
    assert relevance == sorted(relevance, reverse=True) and relevance[0] == 1.0
    dropped = {(r["law_id"], r["article"]) for r in record.rerank or () if not r["kept"]}
    order = [(s.law_id, s.article) for s in sources]
    by_citation = {s.citation: (s.law_id, s.article) for s in sources}
    listed = result.answer.rstrip().splitlines()[-1].removeprefix("根拠条文：").split("、")
    assert all(c in by_citation for c in listed), (listed, list(by_citation))
    cited = [by_citation[c] for c in listed]
    assert cited and cited[0] == order[0]
    assert not set(cited) & dropped and set(cited) <= set(order)
    assert [order.index(c) for c in cited] == sorted(order.index(c) for c in cited)
    assert all(relevance[order.index(c)] >= (0.8 if c[0] == order[0][0] else 0.9) for c in cited)


@pytest.mark.parametrize(("answer", "status"), [
    # a bare 第N条 means the one law every source comes from
    ("第七条により、行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならない。",
     "valid"),
    ("行政庁は、第七条により、遅滞なく申請の審査を開始しなければならない。", "valid"),
    # …and still has to be among the sources
    ("第八条により、拒否する処分をする場合は理由を示さなければならない。", "not_in_sources"),
])
def test_a_bare_article_binds_to_the_one_source_law(
    corpus: Corpus, index: StatuteIndex, answer: str, status: str
) -> None:
    from govrag.pipeline.record import RunRecord
    from govrag.pipeline.stages import CitationStage

    hits = [h for h in index.search("申請の審査の開始 補正", k=10) if h.law_id == "405AC0000000088"
            and h.article == "7"][:1]
    assert hits
    record = RunRecord.start("申請の審査").evolve(answer=answer, hits=tuple(hits))
    report = CitationStage(corpus=corpus).run(record).citation_report
    assert report is not None
    assert [c.status for c in report.items] == [status]


def test_a_bare_article_stays_unresolved_when_sources_span_two_laws(
    corpus: Corpus, index: StatuteIndex
) -> None:
    from govrag.pipeline.record import RunRecord
    from govrag.pipeline.stages import CitationStage

    hits = tuple(index.search("行政文書の開示請求 申請の審査", k=20))
    assert len({h.law_id for h in hits}) > 1
    record = RunRecord.start("申請の審査").evolve(answer="第七条により審査を開始する。", hits=hits)
    report = CitationStage(corpus=corpus).run(record).citation_report
    assert report is not None and [c.status for c in report.items] == ["unresolved"]


# (dense scores of the retrieved hits in retrieval order, candidates, dense_pool, the hits reranked)
POOL = [
    # the embedding's best article retrieved 21st (BM25 weighs twice in the fusion): reranked too
    ([0.5] * 20 + [0.9, 0.1], 20, 1, [*range(20), 20]),
    ([0.5] * 20 + [0.9, 0.1], 20, 0, list(range(20))),
    # the dense pool is the best among all retrieved: a later hit must beat the first 20's best
    ([0.95] + [0.5] * 19 + [0.9, 0.8], 20, 2, [*range(20), 20]),
    # hits without a dense score (a BM25-only index) never join
    ([None] * 22, 20, 3, list(range(20))),
    ([0.5, 0.9], None, 3, [0, 1]),  # candidates None: every hit
]


@pytest.mark.parametrize(("dense", "candidates", "pool", "expected"), POOL)
def test_the_dense_pool_joins_the_candidates(corpus: Corpus, dense: list[float | None],
                                             candidates: int | None, pool: int,
                                             expected: list[int]) -> None:
    import dataclasses

    from govrag.retrieval.rerank_candidates import as_hit

    law = corpus.law(JOHO)
    assert law is not None
    articles = [p for p in law.provisions if p.paragraph is None and p.item is None
                and p.article and not p.suppl][:len(dense)]
    hits = [dataclasses.replace(as_hit(p, 1.0 / (i + 1)), dense_score=d)
            for i, (p, d) in enumerate(zip(articles, dense, strict=True))]
    stage = RerankStage(corpus=corpus, candidates=candidates, dense_pool=pool)
    assert [hits.index(h) for h in stage.pool(hits, candidates)] == expected
    assert ("dense_pool" in stage.options()) is bool(pool)


def _pool_and_k(pipeline: Pipeline) -> tuple[int, int]:
    """(the rerank stage's dense pool, the retrieve stage's k) of a preset."""
    stages = {s.id: s for s in pipeline.stages}
    rerank, retrieve = stages["rerank"], stages["retrieve"]
    assert isinstance(rerank, RerankStage) and isinstance(retrieve, RetrieveStage)
    return rerank.dense_pool, retrieve.k


def test_the_dense_pool_is_off_in_the_presets(corpus: Corpus, index: StatuteIndex) -> None:
    assert _pool_and_k(Pipeline.preset("qa", index=index, corpus=corpus, audit=None)) == (0, 20)
    assert _pool_and_k(Pipeline.preset("qa", index=index, corpus=corpus, audit=None, dense_pool=3)) == (3, 40)
    with pytest.raises(ConfigError):
        RerankStage(dense_pool=-1)
