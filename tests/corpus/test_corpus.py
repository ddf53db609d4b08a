"""Corpus: folder loading with bad files, lookups by id/title/abbreviation, provision addressing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from govrag.corpus import Corpus, LoadProblem, load_law
from govrag.errors import ConfigError, CorpusError
from tests.conftest import EGOV_TEXT, EGOV_XML, EGOV_XML_ACTS

GYOTE = "405AC0000000088_20240926_506AC0000000065"


def _link(src: Path, folder: Path) -> Path:
    dst = folder / src.name
    os.symlink(src, dst)
    return dst


@pytest.fixture()
def mixed_folder(tmp_path: Path) -> Path:
    """Three real laws (linked, not copied) and four bad files, one in a sub-folder."""
    for name in (f"{GYOTE}.xml", "411AC0000000042_20220401_503AC0000000037.xml"):
        _link(EGOV_XML / name, tmp_path)
    sub = tmp_path / "regs"
    sub.mkdir()
    _link(next(EGOV_TEXT.glob("406CO0000000265_*.md")), sub)
    (tmp_path / "empty.xml").write_bytes(b"")
    (tmp_path / "bomb.xml").write_bytes(b'<!DOCTYPE Law [<!ENTITY a "aaaa">]><Law>&a;</Law>')
    (sub / "truncated.xml").write_bytes((EGOV_XML / f"{GYOTE}.xml").read_bytes()[:5000])
    (sub / "notes.txt").write_text("メモ\n", encoding="utf-8")
    (tmp_path / "index.csv").write_text("not,a,law\n", encoding="utf-8")  # skipped: not a statute suffix
    return tmp_path


def test_folder_with_bad_files_loads_the_good_ones(mixed_folder: Path) -> None:
    corpus = Corpus.from_path(mixed_folder)
    assert sorted(law.law_id for law in corpus.laws) == [
        "405AC0000000088", "406CO0000000265", "411AC0000000042"]
    bad = {Path(p.path).name: p for p in corpus.problems}
    assert set(bad) == {"empty.xml", "bomb.xml", "truncated.xml", "notes.txt"}
    assert all(isinstance(p, LoadProblem) and p.kind == "error" for p in corpus.problems)
    assert "hostile XML" in bad["bomb.xml"].message
    assert bad["truncated.xml"].line is not None
    assert str(mixed_folder / "regs" / "truncated.xml") in bad["truncated.xml"].message


def test_strict_raises_on_first_bad_file(mixed_folder: Path) -> None:
    with pytest.raises(CorpusError) as info:
        Corpus.from_path(mixed_folder, strict=True)
    assert info.value.path is not None and Path(info.value.path).name in {
        "bomb.xml", "empty.xml"}


def test_non_recursive(mixed_folder: Path) -> None:
    corpus = Corpus.from_path(mixed_folder, recursive=False)
    assert len(corpus) == 2
    assert {Path(p.path).name for p in corpus.problems} == {"empty.xml", "bomb.xml"}


@pytest.mark.parametrize("path", ["/nonexistent/statutes", "EMPTY"])
def test_from_path_errors(tmp_path: Path, path: str) -> None:
    target = tmp_path if path == "EMPTY" else Path(path)
    with pytest.raises(CorpusError):
        Corpus.from_path(target)


def test_workers_give_the_same_corpus(mixed_folder: Path) -> None:
    one = Corpus.from_path(mixed_folder, workers=1)
    two = Corpus.from_path(mixed_folder, workers=2)
    assert [law.law_id for law in one.laws] == [law.law_id for law in two.laws]
    assert one.content_hash == two.content_hash
    assert one.problems == two.problems
    with pytest.raises(ConfigError):
        Corpus.from_path(mixed_folder, workers=0)


def test_duplicate_law_id_keeps_one_and_reports_the_other(tmp_path: Path) -> None:
    _link(EGOV_XML / "321CONSTITUTION_19470503_000000000000000.xml", tmp_path)
    _link(EGOV_TEXT / "321CONSTITUTION_19470503_000000000000000.md", tmp_path)
    corpus = Corpus.from_path(tmp_path)
    assert len(corpus) == 1
    assert corpus.laws[0].source_path is not None and corpus.laws[0].source_path.endswith(".xml")
    (dup,) = corpus.problems
    assert dup.kind == "duplicate" and dup.path.endswith(".md")


def test_from_paths_merges_folders_and_files(tmp_path: Path, mixed_folder: Path) -> None:
    """Core folder + one Act from the 1,693 + the same law twice: one corpus, duplicates reported."""
    act = next(EGOV_XML_ACTS.glob("*.xml"))
    corpus = Corpus.from_paths([mixed_folder, act, EGOV_XML / f"{GYOTE}.xml"])
    single = Corpus.from_path(mixed_folder)
    assert len(corpus) == len(single) + 1
    assert {law.law_id for law in corpus} == {law.law_id for law in single} | {load_law(act).law_id}
    assert [p.kind for p in corpus.problems].count("duplicate") == 1
    assert len(corpus.problems) == len(single.problems) + 1
    assert corpus.get_law("行手法").law_id == "405AC0000000088"
    with pytest.raises(ConfigError, match="at least one"):
        Corpus.from_paths([])
    with pytest.raises(CorpusError, match="no such file"):
        Corpus.from_paths([mixed_folder, tmp_path / "missing"])


@pytest.mark.parametrize(
    ("name", "law_id"),
    [
        ("405AC0000000088", "405AC0000000088"),
        (GYOTE, "405AC0000000088"),
        ("行政手続法", "405AC0000000088"),
        ("行手法", "405AC0000000088"),
        ("平成五年法律第八十八号", "405AC0000000088"),
        ("情報公開法", "411AC0000000042"),  # data file beats the XML Abbrev shared with 413AC…140
        ("独法等情報公開法", "413AC0000000140"),
        ("番号法", "425AC0000000027"),
        ("マイナンバー法", "425AC0000000027"),
        ("個人情報保護法", "415AC0000000057"),
        ("公文書管理法", "421AC0000000066"),
        ("行審法", "426AC0000000068"),
        ("行訴法", "337AC0000000139"),
        ("地公法", "325AC0000000261"),
        ("国公法", "322AC0000000120"),
        ("薬機法", "335AC0000000145"),
        ("デジタル手続法", "414AC0000000151"),
        ("公的個人認証法", "414AC0000000153"),
        ("不正アクセス禁止法", "411AC0000000128"),
        ("不正アクセス法", "411AC0000000128"),
        ("サイバー基本法", "426AC1000000104"),
        ("独法情報公開法", "413AC0000000140"),  # not the 行政機関 law its 情報公開法 suffix names
        ("電子署名法", "412AC0000000102"),
        ("著作権法", "345AC0000000048"),
        ("憲法", "321CONSTITUTION"),
        ("日本国憲法", "321CONSTITUTION"),
        ("行政 手続法", "405AC0000000088"),  # spaces ignored
    ],
)
def test_law_lookup(core_corpus: Corpus, name: str, law_id: str) -> None:
    law = core_corpus.law(name)
    assert law is not None and law.law_id == law_id
    assert core_corpus.get_law(name).law_id == law_id
    assert name in core_corpus


@pytest.mark.parametrize("name", ["行政手続", "金商法", "405AC0000000099", "", "民法典"])
def test_unknown_law(core_corpus: Corpus, name: str) -> None:
    assert core_corpus.law(name) is None
    with pytest.raises(ConfigError, match="unknown law"):
        core_corpus.get_law(name)


def test_get_law_suggests_close_matches(core_corpus: Corpus) -> None:
    with pytest.raises(ConfigError, match="close matches: 行政手続法"):
        core_corpus.get_law("行政手続")


def test_ambiguous_xml_abbreviation_is_reported() -> None:
    # 刑事特別法 is the XML Abbrev of three different Acts: no law wins, get_law names them all.
    files = sorted(EGOV_XML_ACTS.glob("32[789]AC0000000*_20250722_507AC0000000026.xml"))
    corpus = Corpus.from_laws(load_law(f) for f in files)
    owners = {law.law_id for law in corpus.laws if "刑事特別法" in law.abbreviations}
    assert len(owners) >= 2
    assert corpus.law("刑事特別法") is None
    assert "刑事特別法" not in corpus.law_names()
    assert set(corpus.ambiguous_names["刑事特別法"]) == owners
    with pytest.raises(ConfigError, match="ambiguous") as info:
        corpus.get_law("刑事特別法")
    assert all(law_id in str(info.value) for law_id in owners)
    # the packaged table settles 情報公開法, shared by two XML Abbrevs
    laws = [load_law(EGOV_XML / "411AC0000000042_20220401_503AC0000000037.xml"),
            load_law(EGOV_XML / "413AC0000000140_20250401_505AC0000000047.xml")]
    pair = Corpus.from_laws(laws)
    assert pair.get_law("情報公開法").law_id == "411AC0000000042"
    assert pair.get_law("独情法").law_id == "413AC0000000140"


def test_user_abbreviations(tmp_path: Path, core_corpus: Corpus) -> None:
    laws = core_corpus.laws
    by_map = Corpus.from_laws(laws, abbreviations={"405AC0000000088": ["手続法"]})
    assert by_map.get_law("手続法").law_id == "405AC0000000088"
    assert "手続法" in by_map.get_law("405AC0000000088").abbreviations
    toml = tmp_path / "abbr.toml"
    toml.write_text('[abbreviations]\n"129AC0000000089" = ["民"]\n', encoding="utf-8")
    by_file = Corpus.from_laws(laws, abbreviations=toml)
    assert by_file.get_law("民").title == "民法"
    bad = tmp_path / "bad.toml"
    bad.write_text('[abbreviations]\n"129AC0000000089" = "民"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="list of non-empty strings"):
        Corpus.from_laws(laws, abbreviations=bad)
    with pytest.raises(ConfigError, match="not found"):
        Corpus.from_laws(laws, abbreviations=tmp_path / "missing.toml")


def test_law_names(core_corpus: Corpus) -> None:
    names = core_corpus.law_names()
    assert names["行政手続法"] == "405AC0000000088"
    assert names["行政機関の保有する情報の公開に関する法律"] == "411AC0000000042"
    assert names["情報公開法"] == "411AC0000000042"
    assert names["マイナンバー法"] == names["番号法"] == "425AC0000000027"
    assert names["医薬品医療機器等法"] == "335AC0000000145"  # from the XML Abbrev
    assert set(names.values()) == {law.law_id for law in core_corpus.laws}
    assert len(names) > 3 * len(core_corpus)


@pytest.mark.parametrize(
    ("law", "article", "paragraph", "item", "citation"),
    [
        ("行政手続法", "7", None, None, "行政手続法第七条"),
        ("行政手続法", "第七条", 1, None, "行政手続法第七条第一項"),
        ("行手法", 7, "第一項", None, "行政手続法第七条第一項"),
        ("405AC0000000088", "２条", 1, "第一号", "行政手続法第二条第一項第一号"),
        ("行政手続法", "2", None, "一", "行政手続法第二条第一項第一号"),  # 号 without 項 -> 第一項
        ("行政手続法", "36の2", None, None, "行政手続法第三十六条の二"),
        ("地方自治法", "第二百五十二条の十九", 1, "第五号の二",
         "地方自治法第二百五十二条の十九第一項第五号の二"),
        ("地方自治法", "252_19", "1", "5_2", "地方自治法第二百五十二条の十九第一項第五号の二"),
        ("民法", "第五十条", None, None, "民法第三十八条から第八十四条まで"),  # inside a range
        ("民法", "38:84", None, None, "民法第三十八条から第八十四条まで"),
    ],
)
def test_provision_lookup(core_corpus: Corpus, law: str, article: str | int, paragraph: int | str | None,
                          item: str | None, citation: str) -> None:
    p = core_corpus.provision(law, article, paragraph, item)
    assert p is not None and p.citation == citation


@pytest.mark.parametrize(
    ("law", "article", "paragraph", "item"),
    [
        ("行政手続法", "99", None, None),
        ("行政手続法", "7", 2, None),
        ("行政手続法", "7", 1, "1"),
        ("行政手続法", "第七条の九", None, None),
        ("行政手続法", "seven", None, None),
        ("行政手続法", "7", "first", None),
        ("存在しない法", "1", None, None),
        ("民法", "第八十五条の二", None, None),
    ],
)
def test_provision_missing(core_corpus: Corpus, law: str, article: str, paragraph: str | int | None,
                           item: str | None) -> None:
    assert core_corpus.provision(law, article, paragraph, item) is None


def test_provision_accepts_a_law_object(core_corpus: Corpus) -> None:
    law = core_corpus.get_law("行政手続法")
    p = core_corpus.provision(law, "7")
    assert p is not None and p.law_id == law.law_id


def test_provisions_levels(core_corpus: Corpus) -> None:
    law_ids = {law.law_id for law in core_corpus.laws}
    articles = list(core_corpus.provisions())
    assert len(articles) == sum(len(law.main_articles) for law in core_corpus.laws) == 3920
    assert all(p.paragraph is None and not p.suppl for p in articles)
    paragraphs = list(core_corpus.provisions(level="paragraph"))
    assert all(p.paragraph is not None and p.item is None for p in paragraphs)
    items = list(core_corpus.provisions(level="item", suppl=None))
    assert all(p.item is not None for p in items) and any(p.suppl for p in items)
    suppl_only = list(core_corpus.provisions(suppl=True, level=None))
    assert suppl_only and all(p.suppl for p in suppl_only)
    everything = list(core_corpus.provisions(suppl=None, level=None))
    assert len(everything) == sum(len(law.provisions) for law in core_corpus.laws)
    assert {p.law_id for p in everything} == law_ids
    with pytest.raises(ConfigError):
        list(core_corpus.provisions(level="chapter"))  # type: ignore[arg-type]


def test_paragraph_only_laws_appear_at_article_level() -> None:
    corpus = Corpus.from_path(next(EGOV_XML_ACTS.glob("106DF0000000065_*.xml")))
    arts = list(corpus.provisions(level="article"))
    paras = list(corpus.provisions(level="paragraph"))
    assert arts and arts == paras and all(p.article == "" for p in arts)


def test_container_protocol_and_order(core_corpus: Corpus) -> None:
    assert len(core_corpus) == 29
    assert list(core_corpus) == list(core_corpus.laws)
    paths = [law.source_path for law in core_corpus.laws if law.source_path is not None]
    assert len(paths) == 29 and paths == sorted(paths)
    assert repr(core_corpus) == "Corpus(29 laws, 0 problems)"


def test_content_hash_is_stable_and_content_sensitive(core_corpus: Corpus) -> None:
    h = core_corpus.content_hash
    assert len(h) == 64
    assert Corpus.from_laws(reversed(core_corpus.laws)).content_hash == h
    assert Corpus.from_laws(core_corpus.laws[1:]).content_hash != h
    one = Corpus.from_laws(core_corpus.laws[:1])
    assert one.content_hash != Corpus.from_laws(core_corpus.laws[1:2]).content_hash


def test_law_names_keep_the_spelling_of_the_source() -> None:
    # the citation parser searches raw Japanese text for these names: full-width （） must stay
    corpus = Corpus.from_path(next(EGOV_XML_ACTS.glob("106DF0000000065_*.xml")))
    names = corpus.law_names()
    assert names["明治六年太政官布告第六十五号（絞罪器械図式）"] == "106DF0000000065"
    assert "明治六年太政官布告第六十五号(絞罪器械図式)" not in names
    assert corpus.get_law("明治六年太政官布告第六十五号(絞罪器械図式)").law_id == "106DF0000000065"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("ls.bin", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4, "binary file"),
        ("photo.xml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "binary file"),
        ("page.html", b"<!DOCTYPE html>\n<html><body>e-Gov</body></html>", "HTML page"),
        ("memo.txt", "メモ：第一条を読むこと。\n".encode(), "first line must be"),
        ("latin1.xml", b'<?xml version="1.0" encoding="x-unknown"?><Law/>', "unknown encoding"),
    ],
)
def test_a_named_non_statute_file_is_a_corpus_error(tmp_path: Path, name: str, data: bytes,
                                                    message: str) -> None:
    """issue 11 §5: ``cite check --corpus BINARY`` said "unknown law name" (an empty corpus)."""
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(CorpusError, match=message) as info:
        Corpus.from_path(path)
    assert info.value.path == str(path)


def test_a_folder_of_only_bad_files_is_a_corpus_error(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_bytes(b"\x00\x01\x02")
    (tmp_path / "b.md").write_text("メモ\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="none of the 2 statute files could be loaded"):
        Corpus.from_path(tmp_path)
