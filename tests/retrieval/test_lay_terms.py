"""Issue 13, round 7: the packaged lay glossary (``govrag/retrieval/data/lay_terms.txt``) — everyday
phrases to the statutes' own terms, written from the statute XML alone — in the search's vocabulary.

The glossary is frozen like the thesaurus: every figure of round 7 was measured with these
entries (entries may only be deleted after measuring, never added from a question file). Round 7b
appended a second part, written the same way (statute XML only, by a session blind to every
question set), before the blind set answers_test8 was run.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from govrag.retrieval import StatuteIndex
from govrag.retrieval.rerank import analyze_query
from govrag.retrieval.thesaurus import (
    Thesaurus,
    default_lay_terms,
    default_thesaurus,
    default_vocabulary,
    resolve_thesaurus,
)

# Re-pinned after the second pass (2026-12-05, statute XML only; was 3b163d2a…e2190).
FROZEN_SHA256 = "0ec82e1ecac4a2538c7c80af3776be54f7b77458b7c21d5b7143c7a3d893c4ef"


def test_the_packaged_lay_glossary_is_unchanged() -> None:
    """The entries are pinned; the ``#`` comment lines may be edited."""
    text = resources.files("govrag.retrieval").joinpath("data/lay_terms.txt").read_text(encoding="utf-8")
    entries = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    assert hashlib.sha256(entries.encode("utf-8")).hexdigest() == FROZEN_SHA256


def test_every_statutory_term_of_the_glossary_is_in_the_statutes(core_corpus: Any) -> None:
    """Written from the statute XML: each term it adds occurs in one of the 29 laws — a title,
    chapter heading, caption or provision text."""
    text = "".join([law.title for law in core_corpus]
                   + ["".join(p.chapter_path) + (p.caption or "") + p.text
                      for law in core_corpus for p in law.provisions])
    missing = sorted({t for terms in default_lay_terms()._entries.values() for t in terms if t not in text})
    assert not missing


# (an everyday phrase, written for this test; a statutory term it must reach; the statute that says it)
EVERYDAY = [
    ("役所の指導をやめてほしいと言いたい", "行政指導の中止等の求め", "行政手続法第三十六条の二"),
    ("審査してもらったら、かえって重くされた", "不利益変更の禁止", "行政不服審査法第四十八条"),
    ("パブコメに意見を書いた", "意見公募手続", "行政手続法第三十九条"),
    ("書類を出したのに受け付けてもらえない", "到達", "行政手続法第七条"),
    ("近所のみんなで不服を申し立てたい", "総代", "行政不服審査法第十一条"),
]


@pytest.mark.parametrize(("everyday", "term", "citation"), EVERYDAY)
def test_everyday_phrases_reach_the_statutes_terms(
        core_corpus: Any, everyday: str, term: str, citation: str) -> None:
    assert term in default_lay_terms().expansions(everyday)
    assert term not in default_thesaurus().expansions(everyday)  # new vocabulary, not the thesaurus's
    law = citation.partition("第")[0]
    hits = [p for p in core_corpus.get_law(law).main_articles if p.citation == citation]
    assert hits and term in (hits[0].caption or "") + hits[0].text


# (an everyday question written for this test, the provision the glossary lifts to first place)
LIFTED = [
    ("役所の指導をやめてほしいと申し出たい", ("405AC0000000088", "36_2")),  # 行政指導の中止等の求め
    ("審査の結果がかえって重くされることはあるか", ("426AC0000000068", "48")),  # 不利益変更の禁止
]


@pytest.fixture(scope="module")
def own_index_path(small_corpus: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A BM25-only index of the six small laws (not the session's, which stays open elsewhere)."""
    path = tmp_path_factory.mktemp("lay") / "index"
    StatuteIndex.build(small_corpus, path=path, embedder=None, progress=False).close()
    return path


@pytest.mark.parametrize(("question", "address"), LIFTED)
def test_the_search_expands_with_the_glossary_unless_turned_off(
        own_index_path: Path, question: str, address: tuple[str, str]) -> None:
    with StatuteIndex.open(path=own_index_path) as index:
        top = index.search(question, k=3)
    assert (top[0].law_id, top[0].article) == address
    with StatuteIndex.open(path=own_index_path, lay_terms=False) as index:
        top = index.search(question, k=3)
    assert (top[0].law_id, top[0].article) != address


def test_lay_terms_false_true_or_your_own(tmp_path: Path) -> None:
    assert len(resolve_thesaurus(None, lay_terms=False)) == len(default_thesaurus())
    assert len(resolve_thesaurus(None)) == len(default_vocabulary()) > len(default_thesaurus())
    own = tmp_path / "lay.tsv"
    own.write_text("ハンコ\t押印 記名押印\n", encoding="utf-8")
    mine = resolve_thesaurus(None, lay_terms=own)
    assert mine.expansions("ハンコが要るか") == ["押印", "記名押印"]
    assert mine.expansions("役所の指導をやめてほしい") == default_thesaurus().expansions(
        "役所の指導をやめてほしい")  # the packaged glossary is replaced, the thesaurus kept
    replaced = resolve_thesaurus(Thesaurus.from_lines(["ハンコ\t押印"]), mode="replace")
    assert replaced.expansions("パブコメに意見を書いた") == []


# (question, a glossary lemma the reranker reads when weighted, a lemma it must not add)
RERANK_LAY = [
    ("パブコメに意見を書いた", "公募", "意見公募手続"),  # a lemma, not the whole phrase
    ("ハンコが要るか", "押印", "公募"),
]


@pytest.mark.parametrize(("question", "lemma", "absent"), RERANK_LAY)
def test_the_reranker_leaves_the_glossary_off_by_default(question: str, lemma: str,
                                                         absent: str) -> None:
    """Measured in round 7 (0.25, 0.5) and again in round 8 with both parts (0.25): no gain over
    the glossary in the search alone."""
    shipped = analyze_query(question, law_names={})
    weighted = analyze_query(question, law_names={}, lay_weight=0.25)
    assert lemma not in shipped.terms
    assert weighted.terms[lemma] == 0.25 and absent not in weighted.terms
    assert analyze_query(question, law_names={}, lay_weight=0.5).terms[lemma] == 0.5
