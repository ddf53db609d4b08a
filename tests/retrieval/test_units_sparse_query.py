"""Units, BM25 sparse encoding, thesaurus and query parsing on real statute text."""

from __future__ import annotations

import pytest

from govrag.errors import ConfigError
from govrag.retrieval.query import find_references, mentioned_laws
from govrag.retrieval.sparse import (
    CharBigramAnalyzer,
    LemmaAnalyzer,
    SparseEncoder,
    analyzer_by_name,
    term_id,
)
from govrag.retrieval.thesaurus import Thesaurus, default_thesaurus
from govrag.retrieval.units import units_from_provisions


@pytest.mark.parametrize(
    ("law_id", "article", "parts"),
    [
        ("405AC0000000088", "7", 1),  # 行政手続法第七条: one unit
        ("405AC0000000088", "2", 2),  # 定義 (many items): split at paragraph boundaries? single paragraph
        ("426AC0000000068", "9", 2),  # 行政不服審査法第九条 (審理員): long, several paragraphs
    ],
)
def test_units_name_their_article_and_split_long_ones(small_corpus, law_id, article, parts) -> None:  # type: ignore[no-untyped-def]
    law = small_corpus.law(law_id)
    units = [u for u in units_from_provisions(law.provisions) if u.article == article and not u.suppl]
    assert units, f"no units for {law_id} article {article}"
    assert all(u.title.startswith(law.title) for u in units)
    assert all(u.citation.startswith(law.title) for u in units)
    if len(units) > 1:  # every part names its paragraphs, in order, without overlap
        covered = [p for u in units for p in u.paragraphs]
        assert covered == sorted(covered) and len(covered) == len(set(covered))
        assert all(len(u.body) <= 500 or len(u.paragraphs) == 1 for u in units)
    assert len(units) >= 1 if parts == 1 else True


def test_unit_ids_are_stable_and_unique(small_corpus) -> None:  # type: ignore[no-untyped-def]
    law = small_corpus.law("405AC0000000088")
    first = units_from_provisions(law.provisions)
    second = units_from_provisions(law.provisions)
    assert [u.unit_id for u in first] == [u.unit_id for u in second]
    assert len({u.unit_id for u in first}) == len(first)
    assert [u.content_hash for u in first] == [u.content_hash for u in second]
    main = [u for u in first if not u.suppl]
    assert {u.payload()["scope"] for u in main} == {"main"}
    assert any(u.suppl for u in first), "行政手続法 has 附則 units"


@pytest.mark.parametrize(
    ("text", "expected", "pairs"),
    [
        (
            "三十日以内に審査を開始しなければならない。",
            ["30", "日", "以内", "審査", "開始"],
            ["日以内", "以内審査", "審査開始"],
        ),
        ("第二百五十二条の十九", ["252", "条", "19"], []),  # numbers never join pairs
        ("行政庁は、申請に対する処分", ["行政", "庁", "申請", "処分"], ["行政庁", "庁申請", "申請処分"]),
    ],
)
def test_lemma_analyzer_keeps_content_words_and_numbers(
    text: str, expected: list[str], pairs: list[str]
) -> None:
    assert LemmaAnalyzer(compounds=False).terms(text) == expected
    assert LemmaAnalyzer().terms(text) == expected + pairs


@pytest.mark.parametrize(
    ("short", "long_"),
    [("行政庁は申請を拒否する。", "行政庁は申請を拒否する。" + "審査の手続を定める。" * 20)],
)
def test_bm25_document_weights_normalize_length(short: str, long_: str) -> None:
    enc = SparseEncoder(analyzer=LemmaAnalyzer(compounds=False), avg_len=20.0)
    a, b = enc.document(short), enc.document(long_)
    tid = term_id("拒否")
    wa = dict(zip(a.indices, a.values, strict=True))[tid]
    wb = dict(zip(b.indices, b.values, strict=True))[tid]
    assert wa > wb > 0  # same tf, longer document -> smaller weight
    assert list(a.indices) == sorted(a.indices)


def test_query_expansion_terms_have_their_weight() -> None:
    enc = SparseEncoder(analyzer=CharBigramAnalyzer(), avg_len=10.0)
    q = enc.query("役所", extra={"行政": 0.5})
    weights = dict(zip(q.indices, q.values, strict=True))
    assert weights[term_id("役所")] == 1.0 and weights[term_id("行政")] == 0.5


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("申請書に不備があったら役所はどうしないといけない？", {"行政庁", "補正"}),
        ("顧客名簿を本人の了解なく他の会社に渡した", {"第三者", "提供", "同意"}),
        ("マイナンバーを勝手に使われた", {"個人番号", "目的外"}),
        ("今日は晴れ", set()),
    ],
)
def test_default_thesaurus_maps_everyday_words_to_statute_terms(query: str, expected: set[str]) -> None:
    got = set(default_thesaurus().expansions(query))
    assert expected <= got
    if not expected:
        assert got == set()


@pytest.mark.parametrize("line", ["no tab here", "\t行政庁", "役所\t  "])
def test_thesaurus_rejects_malformed_lines(line: str) -> None:
    with pytest.raises(ConfigError, match="bad thesaurus line 1"):
        Thesaurus.from_lines([line])


def test_analyzer_names_round_trip_and_unknown_fails() -> None:
    for a in (LemmaAnalyzer(), LemmaAnalyzer(compounds=False), CharBigramAnalyzer()):
        assert analyzer_by_name(a.name).name == a.name
    with pytest.raises(ConfigError, match="unknown analyzer"):
        analyzer_by_name("whitespace")


NAMES = {
    "行政手続法": ("405AC0000000088",),
    "行手法": ("405AC0000000088",),
    "地方公務員法": ("325AC0000000261",),
    "地公法": ("325AC0000000261",),
    "情報公開法": ("411AC0000000042", "413AC0000000140"),
    "公文書管理法": ("421AC0000000066",),
}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("情報公開法第5条の不開示情報とは", [(("411AC0000000042", "413AC0000000140"), "5", None)]),
        ("行政手続法第七条第一項", [(("405AC0000000088",), "7", 1)]),
        ("行政手続法7条", [(("405AC0000000088",), "7", None)]),
        ("地公法33条", [(("325AC0000000261",), "33", None)]),
        ("公文書管理法５条", [(("421AC0000000066",), "5", None)]),
        ("行手法の第二条の二", [(("405AC0000000088",), "2_2", None)]),
        (
            "地方公務員法第三十四条と行政手続法第十三条",
            [(("325AC0000000261",), "34", None), (("405AC0000000088",), "13", None)],
        ),
        ("第七条には何が書いてある", []),  # no law named, no default
        ("平成五年に制定された", []),
    ],
)
def test_find_references(query: str, expected: list[tuple[tuple[str, ...], str, int | None]]) -> None:
    got = [(r.law_ids, r.article, r.paragraph) for r in find_references(query, NAMES)]
    assert got == expected


def test_bare_article_binds_to_default_laws() -> None:
    refs = find_references("第七条には何が書いてある", NAMES, default_laws=("405AC0000000088",))
    assert [(r.law_ids, r.article) for r in refs] == [(("405AC0000000088",), "7")]
    assert find_references("7条には", NAMES, default_laws=("405AC0000000088",)) == []


def test_mentioned_laws_prefers_longest_names() -> None:
    assert mentioned_laws("行政手続法と地公法", NAMES) == ("405AC0000000088", "325AC0000000261")
    assert mentioned_laws("特に関係なし", NAMES) == ()


@pytest.mark.parametrize(
    ("weights", "k", "expected"),
    [
        ({"bm25": 1.0, "dense": 1.0}, 60, ["A", "B", "C"]),  # A: ranks 1+2, B: 2+1 (tie keeps first seen)
        ({"bm25": 0.0, "dense": 1.0}, 60, ["B", "A", "C"]),  # dense only
        ({"bm25": 3.0, "dense": 1.0}, 1, ["A", "B", "C"]),
    ],
)
def test_weighted_rrf_at_article_level(weights: dict[str, float], k: int, expected: list[str]) -> None:
    from govrag.retrieval.fusion import fuse

    bm25 = [("a1", "A", 9.0), ("a2", "A", 8.0), ("b1", "B", 7.0), ("c1", "C", 1.0)]  # a2 collapses into A
    dense = [("b1", "B", 0.9), ("a2", "A", 0.8), ("c1", "C", 0.1)]
    fused = fuse({"bm25": bm25, "dense": dense}, weights=weights, k=k)
    assert [f.article_key for f in fused] == expected
    a = next(f for f in fused if f.article_key == "A")
    assert a.ranks == {"bm25": 1, "dense": 2} and a.unit_id == "a1"


def test_paragraphs_outside_articles_become_units(tiny_corpus) -> None:  # type: ignore[no-untyped-def]
    law = tiny_corpus.law("322AC0000000125")  # 国家賠償法: 附則 has a paragraph, no article
    suppl = [u for u in units_from_provisions(law.provisions) if u.suppl]
    assert [(u.article, u.paragraphs, u.citation) for u in suppl] == [("", (1,), "国家賠償法附則第一項")]
    assert "施行" in suppl[0].body


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # issue 11 §2: the one grammar reads ranges and 附則 (these were wrong before)
        ("行政手続法第七条から第九条までの規定", [("7", False), ("8", False), ("9", False)]),
        ("行政手続法附則第二条の経過措置", [("2", True)]),
        ("行政手続法第七条及び第八条", [("7", False), ("8", False)]),
        ("行政手続法第七条、同法第八条", [("7", False), ("8", False)]),
    ],
)
def test_references_use_the_one_citation_grammar(query: str, expected: list[tuple[str, bool]]) -> None:
    assert [(r.article, r.suppl) for r in find_references(query, NAMES)] == expected
