"""Plain-text statute parser: the Constitution against its XML twin, spot checks on regulations."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govrag.corpus import Corpus, Law, load_law
from govrag.corpus.plaintext import parse_plaintext
from govrag.errors import CorpusError
from tests.conftest import EGOV_TEXT, EGOV_XML

CONSTITUTION = "321CONSTITUTION_19470503_000000000000000"


def _norm(text: str) -> str:
    # paragraph labels differ by source (XML has none for the Constitution, the text has ②);
    # spacing differs (half-width vs ideographic space)
    text = re.sub(r"(?m)^[①-⑳０-９]+　", "", text)
    return "".join(text.split())


@pytest.fixture(scope="module")
def twins() -> tuple[Law, Law]:
    return load_law(EGOV_XML / f"{CONSTITUTION}.xml"), load_law(EGOV_TEXT / f"{CONSTITUTION}.md")


@pytest.fixture(scope="module")
def text_corpus() -> Corpus:
    return Corpus.from_path(EGOV_TEXT)


def test_constitution_twins_have_same_provisions(twins: tuple[Law, Law]) -> None:
    xml, text = twins
    assert (text.law_id, text.revision_id, text.title, text.law_num) == (
        xml.law_id, xml.revision_id, xml.title, xml.law_num)
    assert [p.key for p in text.provisions] == [p.key for p in xml.provisions]
    assert len(text.main_articles) == 103
    for px, pt in zip(xml.provisions, text.provisions, strict=True):
        assert _norm(pt.text) == _norm(px.text), px.citation
        assert (pt.caption, pt.chapter_path, pt.deleted) == (px.caption, px.chapter_path, px.deleted)


@pytest.mark.parametrize(
    ("article", "paragraph", "item", "start"),
    [
        ("9", None, None, "日本国民は、正義と秩序を基調とする国際平和を誠実に希求し"),
        ("9", 2, None, "前項の目的を達するため、陸海空軍その他の戦力は、これを保持しない。"),
        ("7", 1, "10", "儀式を行ふこと。"),
        ("4", None, None, "天皇は、この憲法の定める国事に関する行為のみを行ひ"),
    ],
)
def test_constitution_text_spot_checks(twins: tuple[Law, Law], article: str, paragraph: int | None,
                                       item: str | None, start: str) -> None:
    _, text = twins
    corpus = Corpus.from_laws([text])
    p = corpus.provision("日本国憲法", article, paragraph, item)
    assert p is not None and p.text.startswith(start)


def test_article_text_keeps_paragraph_labels(twins: tuple[Law, Law]) -> None:
    _, text = twins
    art4 = Corpus.from_laws([text]).provision("憲法", "第四条")
    assert art4 is not None
    assert art4.text.split("\n")[1].startswith("②　天皇は、法律の定めるところにより")


def test_every_text_file_loads(text_corpus: Corpus) -> None:
    assert text_corpus.problems == ()
    assert len(text_corpus) == 30
    for law in text_corpus.laws:
        keys = [p.key for p in law.provisions]
        assert len(keys) == len(set(keys)), law.title
        assert law.main_articles, law.title


@pytest.mark.parametrize(
    ("title", "article", "paragraph", "item", "suppl", "label", "start", "caption"),
    [
        ("行政手続法施行令", "2", 1, "1", False, None, "法令の規定により行政庁が交付する書類であって",
         "（不利益処分をしようとする場合の手続を要しない処分）"),
        ("行政手続法施行令", "4", 2, "2", False, None, "前号に掲げるもののほか、用語の整理",
         "（意見公募手続を実施することを要しない命令等）"),
        ("行政手続法施行令", "1", None, None, True, None, "この政令は、法の施行の日から施行する。",
         "（施行期日）"),
        ("金商法", "2", 1, "1", False, None, "国債証券", "（定義）"),
        # a paragraph-only 附則 of an amendment, its items and a TOC quoted inside an item
        ("著作権法施行令", "", 1, None, True, "平成三〇年一二月二八日政令第三六〇号",
         "この政令は、平成三十一年一月一日から施行する。", "（施行期日）"),
        # a range article
        ("地方自治法施行令", "8:90", None, None, False, None, "削除", None),
    ],
)
def test_regulation_spot_checks(text_corpus: Corpus, title: str, article: str, paragraph: int | None,
                                item: str | None, suppl: bool, label: str | None, start: str,
                                caption: str | None) -> None:
    p = text_corpus.provision(title, article, paragraph, item, suppl=suppl, suppl_label=label)
    assert p is not None
    assert p.text.startswith(start)
    assert p.caption == caption


def test_toc_is_not_taken_for_suppl(text_corpus: Corpus) -> None:
    law = text_corpus.get_law("地方自治法施行令")
    first = law.main_articles[0]
    assert (first.article, first.suppl) == ("1", False)
    assert first.chapter_path == ("第一編　総則",)
    assert len(law.main_articles) > 300


def test_table_rows_stay_in_their_paragraph(text_corpus: Corpus) -> None:
    p = text_corpus.provision("行政不服審査法施行規則", "5")
    assert p is not None
    assert "\n第一条 | 第八条（令第十八条及び第十九条第一項において読み替えて準用する場合を含む。）" in p.text
    # the table's first cell 「第一条」 did not start a new article 1 in the main provisions
    law = text_corpus.get_law("行政不服審査法施行規則")
    assert [a.article for a in law.main_articles] == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("", "empty file", None),
        ("行政手続法\n", "first line must be", 1),
        ("# 行政手続法\n\n行政手続法の解説\n", "law number", 3),
        ("# 行政手続法\n\n平成五年法律第八十八号\n\n目次のみ\n", "no articles", 1),
    ],
)
def test_not_a_statute(text: str, message: str, line: int | None) -> None:
    with pytest.raises(CorpusError, match=message) as info:
        parse_plaintext(text, source="405AC0000000088_20240926_506AC0000000065.md")
    assert info.value.line == line


def test_duplicate_article_in_same_part_is_an_error(tmp_path: Path) -> None:
    text = "# 行政手続法\n\n平成五年法律第八十八号\n\n第一条 本文。\n\n第一条 もう一度。\n"
    with pytest.raises(CorpusError, match="appears twice") as info:
        parse_plaintext(text, source=tmp_path / "405AC0000000088.md")
    assert info.value.line == 7
