"""e-Gov XML parser over the real 1,722-law corpus, plus spot checks of real provision text."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from govrag.corpus import Corpus, Law, load_law
from govrag.corpus.egov_xml import parse_egov_xml
from govrag.corpus.ids import law_id_from_attributes, parse_file_name
from tests.conftest import EGOV_XML, EGOV_XML_ACTS

FOLDERS = (EGOV_XML, EGOV_XML_ACTS)


def _index_rows() -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for folder in FOLDERS:
        with (folder / "index.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                rows[Path(row["file"]).name] = row
    return rows


@pytest.fixture(scope="module")
def all_laws(core_corpus: Corpus) -> dict[str, Law]:
    """Every XML law of both folders, parsed once (keyed by file name)."""
    out: dict[str, Law] = {}
    for corpus in (core_corpus, Corpus.from_path(EGOV_XML_ACTS)):
        assert corpus.problems == ()
        for law in corpus.laws:
            assert law.source_path is not None
            out[Path(law.source_path).name] = law
    return out


def test_every_xml_law_matches_index_csv(all_laws: dict[str, Law]) -> None:
    rows = _index_rows()
    assert len(rows) == 1722
    assert set(all_laws) == set(rows), "every file listed in index.csv loads, and nothing else"
    mismatches = []
    for name, row in rows.items():
        law = all_laws[name]
        got = (len(law.main_articles), law.law_id, law.revision_id, law.law_num, law.law_type)
        want = (int(row["articles_main"]), row["law_id"], row["revision_id"], row["law_num"],
                row["law_type"])
        # index.csv's titles drop text after a <Ruby> (its builder read .text only): prefix match.
        if got != want or not law.title.startswith(row["law_title"]):
            mismatches.append((name, got, want, law.title, row["law_title"]))
    assert mismatches == []


def test_total_article_count_includes_suppl(all_laws: dict[str, Law]) -> None:
    rows = _index_rows()
    for name, row in rows.items():
        law = all_laws[name]
        articles = [p for p in law.provisions if p.paragraph is None and p.item is None]
        assert len(articles) == int(row["articles_total"]), name


def test_provision_keys_unique_and_content_hash(all_laws: dict[str, Law]) -> None:
    rows = _index_rows()
    for name, law in all_laws.items():
        keys = [p.key for p in law.provisions]
        assert len(keys) == len(set(keys)), name
        assert law.content_hash == rows[name]["sha256"], name


def _root_attributes(path: Path) -> dict[str, str]:
    with path.open("rb") as fh:
        head = fh.read(2048)
    start = head.index(b"<Law ")
    tag = head[start:head.index(b">", start) + 1].decode()
    return dict(re.findall(r'(\w+)="([^"]*)"', tag))


def test_texts_have_no_layout_whitespace(all_laws: dict[str, Law]) -> None:
    # pretty-printing of the XML (newline + indentation) never leaks into provision text
    bad = [p.citation for law in all_laws.values() for p in law.provisions
           if p.text != p.text.strip() or "\n\n" in p.text or "\n " in p.text]
    assert bad == []


def test_law_id_from_document_agrees_with_file_name(all_laws: dict[str, Law]) -> None:
    # The document fallback reproduces every id that follows the 閣法 numbering (and the
    # Constitution's); 議員立法 (AC1…) and others need the file name.
    checked = 0
    for name, law in all_laws.items():
        if law.law_id[3:9] != "AC0000" and law.law_type != "Constitution":
            continue
        attrs = _root_attributes((EGOV_XML if (EGOV_XML / name).exists() else EGOV_XML_ACTS) / name)
        derived = law_id_from_attributes(era=attrs.get("Era"), year=attrs.get("Year"),
                                         law_type=attrs.get("LawType"), num=attrs.get("Num"))
        assert derived == law.law_id, name
        checked += 1
    assert checked > 1000
    # and parse_egov_xml uses it when the file name carries no id
    gyote = EGOV_XML / "405AC0000000088_20240926_506AC0000000065.xml"
    assert parse_egov_xml(gyote.read_bytes(), source=None).law_id == "405AC0000000088"


@pytest.mark.parametrize(
    ("title", "article", "paragraph", "item", "suppl", "expected_start", "expected_in"),
    [
        # 行政手続法第七条: a single unnumbered paragraph -> paragraph 1 == the article's text
        ("行政手続法", "7", None, None, False, "行政庁は、申請がその事務所に到達したときは遅滞なく",
         "当該申請により求められた許認可等を拒否しなければならない。"),
        ("行政手続法", "7", 1, None, False, "行政庁は、申請がその事務所に到達したときは遅滞なく",
         "申請書の記載事項に不備がないこと"),
        # 第二条: items keep their titles in the paragraph/article text; Column joined by a space
        ("行政手続法", "2", 1, None, False, "この法律において、次の各号に掲げる用語の意義は",
         "\n一　法令　法律、法律に基づく命令（告示を含む。）"),
        ("行政手続法", "2", 1, "1", False, "法令　法律、法律に基づく命令", "規則"),
        # 地方自治法第二百五十二条の十九 and its 第一項第五号の二
        ("地方自治法", "252_19", None, None, False, "政令で指定する人口五十万以上の市（以下「指定都市」",
         "\n一　児童福祉に関する事務"),
        ("地方自治法", "252_19", 1, "5_2", False, "社会福祉事業に関する事務", "社会福祉事業"),
        # sub-items (Subitem1) folded into the item text
        ("行政機関の保有する情報の公開に関する法律", "5", 1, "1", False, "個人に関する情報",
         "\nイ　法令の規定により又は慣行として公にされ"),
        # a table flattened to rows
        ("医薬品、医療機器等の品質、有効性及び安全性の確保等に関する法律", "12", 1, None, False,
         "次の表の上欄に掲げる医薬品", "\n医薬部外品 | 医薬部外品製造販売業許可"),
        # 削除 article, range article
        ("民法", "208", None, None, False, "削除", "削除"),
        ("民法", "38:84", None, None, False, "削除", "削除"),
        # paragraphs: numbers kept in the article text, not in the paragraph's
        ("行政手続法", "1", None, None, False, "この法律は、処分、行政指導及び届出に関する手続",
         "\n２　処分、行政指導及び届出に関する手続並びに命令等を定める手続に関しこの法律に規定する"),
        ("行政手続法", "1", 2, None, False, "処分、行政指導及び届出に関する手続並びに", "特別の定め"),
        # the original 附則 of 行政手続法 is paragraphs only
        ("行政手続法", "", 1, None, True, "この法律は、公布の日から起算して一年を超えない範囲内",
         "政令で定める日から施行する。"),
    ],
)
def test_spot_checks(core_corpus: Corpus, title: str, article: str, paragraph: int | None,
                     item: str | None, suppl: bool, expected_start: str, expected_in: str) -> None:
    p = core_corpus.provision(title, article, paragraph, item, suppl=suppl)
    assert p is not None
    assert p.text.startswith(expected_start)
    assert expected_in in p.text
    assert p.law_title == title and p.suppl is suppl


@pytest.mark.parametrize(
    ("title", "article", "paragraph", "item", "citation", "caption", "chapter_path", "deleted"),
    [
        ("行政手続法", "7", 1, None, "行政手続法第七条第一項", "（申請に対する審査、応答）",
         ("第二章　申請に対する処分",), False),
        ("地方自治法", "252_19", None, None, "地方自治法第二百五十二条の十九", "（指定都市の権能）",
         ("第二編　普通地方公共団体", "第十三章　大都市等に関する特例", "第一節　大都市に関する特例"), False),
        ("民法", "38:84", None, None, "民法第三十八条から第八十四条まで", None,
         ("第一編　総則", "第三章　法人"), True),
        ("刑法", "2", 1, "1", "刑法第二条第一項第一号", "（すべての者の国外犯）",
         ("第一編　総則", "第一章　通則"), True),
    ],
)
def test_metadata(core_corpus: Corpus, title: str, article: str, paragraph: int | None,
                  item: str | None, citation: str, caption: str | None, chapter_path: tuple[str, ...],
                  deleted: bool) -> None:
    p = core_corpus.provision(title, article, paragraph, item)
    assert p is not None
    assert (p.citation, p.caption, p.chapter_path, p.deleted) == (citation, caption, chapter_path, deleted)


def test_suppl_article_with_amendment_label(core_corpus: Corpus) -> None:
    law = core_corpus.get_law("行政手続法")
    label = "平成一一年一二月八日法律第一五一号"
    p = core_corpus.provision(law, "1", suppl=True, suppl_label=label)
    assert p is not None
    assert (p.suppl, p.suppl_label, p.text) == (True, label, "この法律は、平成十二年四月一日から施行する。")
    assert p.citation == "行政手続法附則第一条"
    # the original 附則 has no label; an unknown label finds nothing
    assert core_corpus.provision(law, "1", suppl=True, suppl_label="令和九年法律第一号") is None
    labels = {p.suppl_label for p in law.provisions if p.suppl}
    assert None in labels and "令和六年六月二六日法律第六五号" in labels


def test_paragraphs_without_articles() -> None:
    path = next(EGOV_XML_ACTS.glob("106DF0000000065_*.xml"))
    law = load_law(path)
    assert law.main_articles == []
    paras = [p for p in law.provisions if not p.suppl]
    assert [(p.article, p.paragraph, p.item) for p in paras][:1] == [("", 1, None)]
    assert paras[0].citation == "明治六年太政官布告第六十五号（絞罪器械図式）第一項"
    assert paras[0].text.startswith("絞罪器械別紙図式ノ通改正相成候間")


def test_document_order_article_then_paragraphs_then_items(core_corpus: Corpus) -> None:
    law = core_corpus.get_law("行政手続法")
    keys = [(p.article, p.paragraph, p.item) for p in law.provisions if p.article == "2" and not p.suppl]
    assert keys[:4] == [("2", None, None), ("2", 1, None), ("2", 1, "1"), ("2", 1, "2")]
    mains = [p.article for p in law.main_articles]
    assert mains[:8] == ["1", "2", "3", "4", "5", "6", "7", "8"]


def test_ruby_keeps_base_text_only() -> None:
    path = next(EGOV_XML_ACTS.glob("337AC0000000150_*.xml"))
    law = load_law(path)
    assert law.title == "激甚災害に対処するための特別の財政援助等に関する法律"
    assert "じん" not in law.title


@pytest.mark.parametrize(
    ("name", "law_id", "revision_id"),
    [
        ("405AC0000000088_20240926_506AC0000000065.xml", "405AC0000000088",
         "405AC0000000088_20240926_506AC0000000065"),
        ("321CONSTITUTION_19470503_000000000000000.md", "321CONSTITUTION",
         "321CONSTITUTION_19470503_000000000000000"),
        ("426M6000000A003.xml", "426M6000000A003", None),
        ("law.xml", None, None),
        ("405AC0000000088_2024_506AC0000000065.xml", None, None),
    ],
)
def test_parse_file_name(name: str, law_id: str | None, revision_id: str | None) -> None:
    got = parse_file_name(name)
    assert (got.law_id if got else None, got.revision_id if got else None) == (law_id, revision_id)


@pytest.mark.parametrize(
    ("era", "year", "law_type", "num", "expected"),
    [
        ("Heisei", "05", "Act", "088", "405AC0000000088"),
        ("Showa", "22", "Act", "67", "322AC0000000067"),
        ("Showa", "21", "Constitution", "000", "321CONSTITUTION"),
        ("Showa", "22", "CabinetOrder", "16", "322CO0000000016"),
        ("Reiwa", "03", "Act", "035", "503AC0000000035"),
        ("Heisei", "26", "MinisterialOrdinance", "3", None),
        ("Edo", "05", "Act", "1", None),
        ("Heisei", "x", "Act", "1", None),
    ],
)
def test_law_id_from_attributes(era: str, year: str, law_type: str, num: str, expected: str | None) -> None:
    assert law_id_from_attributes(era=era, year=year, law_type=law_type, num=num) == expected
