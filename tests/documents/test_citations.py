"""Document citations go through the one citation grammar and verify_citations, like statutes."""

from __future__ import annotations

from typing import Any

import pytest

from govrag.cite import parse_citations, verify_citations
from govrag.cite.docref import find_document_refs, heading_of, split_section

NAMES = {"総行行第45号": "doc:a", "証明書交付事務処理要領": "doc:b"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("令和7年3月31日付け総行行第45号通知 第2の(1)による。", [("doc:a", "第2の(1)", None)]),
        ("令和７年３月３１日付け総行行第４５号通知第２の（１）", [("doc:a", "第2の(1)", None)]),
        ("総行行第45号通知の第2の1(1)ア", [("doc:a", "第2の1(1)ア", None)]),
        ("証明書交付事務処理要領 3(2)ア（p.2）", [("doc:b", "3(2)ア", 2)]),
        ("証明書交付事務処理要領の3頁", [("doc:b", None, 3)]),
        ("証明書交付事務処理要領3(1)及び同要領4", [("doc:b", "3(1)", None), ("doc:b", "4", None)]),
        ("令和6年1月5日付け府政第12号通知第1", [(None, "第1", None)]),  # numbered but not indexed
        ("平成五年法律第八十八号第七条", []),  # a law number is not a document
        ("証明書交付事務処理要領を参照", []),  # no section, no page: not a citation
    ],
)
def test_document_references(text: str, expected: list[tuple[Any, Any, Any]]) -> None:
    assert [(r.doc_id, r.section, r.page) for r in find_document_refs(text, NAMES)] == expected


@pytest.mark.parametrize(
    ("line", "level", "component"),
    [
        ("第１　趣旨", 1, "第1"),
        ("第十二 雑則", 1, "第12"),
        ("２　対象", 2, "2"),
        ("（３）受付", 3, "(3)"),
        ("⑷ 受付", 3, "(4)"),
        ("エ　停止日", 4, "エ"),
        ("（イ）　例外", 5, "(イ)"),
        ("問12 手数料は", 2, "問12"),
    ],
)
def test_heading_numbering(line: str, level: int, component: str) -> None:
    mark = heading_of(line)
    assert mark is not None and (mark.level, mark.component) == (level, component)


@pytest.mark.parametrize("line", ["第1条 この法律は", "2025年度の予算", "アンケートの結果", "12"])
def test_not_headings(line: str) -> None:
    assert heading_of(line) is None


def test_split_section_is_canonical() -> None:
    assert split_section("第２の１の（１）ア") == ("第2", "1", "(1)", "ア")


@pytest.fixture(scope="module")
def corpus(documents: dict[str, Any]) -> Any:
    from govrag.corpus import Corpus, load_law
    from govrag.documents.store import DocumentCorpus, with_documents
    from tests.retrieval.conftest import law_files

    statutes = Corpus.from_laws([load_law(law_files(("322AC0000000125",))[0])])
    return with_documents(statutes, DocumentCorpus(documents.values()))


def _sources(documents: dict[str, Any], *pairs: tuple[str, str]) -> list[dict[str, Any]]:
    from govrag.documents.index import passage_payload

    out = []
    for name, section in pairs:
        doc = documents[name]
        for p in doc.passages:
            if p.section == section:
                out.append(passage_payload(doc, p))
    return out


VERIFY_CASES = [
    (
        "令和7年3月31日付け総行行第45号通知第2の(1)によれば、顔写真付きの本人確認書類を1点提示させる。",
        [("tsuchi_honninkakunin.docx", "第2の(1)")],
        "valid",
    ),
    (
        "令和7年3月31日付け総行行第45号通知第2の(2)によれば、作成日から6か月を経過した委任状は受け付けない。",
        [("tsuchi_honninkakunin.docx", "第2の(2)")],
        "unsupported",
    ),
    (
        "令和7年3月31日付け総行行第45号通知第2の(2)によれば、作成日から3か月を経過した委任状は受け付けない。",
        [("tsuchi_honninkakunin.docx", "第2の(2)")],
        "valid",
    ),
    (
        "総行行第45号通知第9によれば、窓口で本人確認をする。",
        [("tsuchi_honninkakunin.docx", "第2の(1)")],
        "nonexistent",
    ),
    (
        "証明書交付事務処理要領3(2)アのとおり、コンビニ交付は午前6時30分から午後11時まで利用できる。",
        [("yoryo_shomeisho.pdf", "3(1)")],
        "not_in_sources",
    ),
    (
        "証明書交付事務処理要領3(2)アのとおり、コンビニ交付は午前6時30分から午後11時まで利用できる。",
        [("yoryo_shomeisho.pdf", "3(2)")],
        "valid",
    ),
    (
        "証明書交付事務処理要領3(2)ア（p.2）のとおり、コンビニ交付は午前6時30分から午後11時まで利用できる。",
        [("yoryo_shomeisho.pdf", "3(2)ア")],
        "valid",
    ),
    (
        "証明書交付事務処理要領3(2)ア（p.3）のとおり、コンビニ交付は午前6時30分から午後11時まで利用できる。",
        [("yoryo_shomeisho.pdf", "3(2)ア")],
        "nonexistent",
    ),
    ("証明書交付事務処理要領 p.3 によれば、交付簿は5年間保存する。", [("yoryo_shomeisho.pdf", "5")], "valid"),
    (
        "証明書交付事務処理要領3(1)には「1通につき300円とする」とある。",
        [("yoryo_shomeisho.pdf", "3(1)")],
        "valid",
    ),
    (
        "証明書交付事務処理要領3(1)には「1通につき350円とする」とある。",
        [("yoryo_shomeisho.pdf", "3(1)")],
        "misquoted",
    ),
    ("令和6年1月5日付け府政第12号通知第1によれば、手数料は無料である。", [], "unresolved"),
]


@pytest.mark.parametrize(("answer", "retrieved", "status"), VERIFY_CASES)
def test_verify_document_citations(
    documents: dict[str, Any], corpus: Any, answer: str, retrieved: list[tuple[str, str]], status: str
) -> None:
    report = verify_citations(answer, sources=_sources(documents, *retrieved), corpus=corpus)
    assert [c.status for c in report.items] == [status], [c.explanation for c in report.items]
    assert report.items[0].citation.kind == "document"


def test_statutes_and_documents_in_one_answer(documents: dict[str, Any], corpus: Any) -> None:
    from govrag.corpus import load_law
    from tests.retrieval.conftest import law_files

    law = load_law(law_files(("322AC0000000125",))[0])
    art1 = next(p for p in law.provisions if p.article == "1" and p.paragraph is None)
    answer = (
        "国家賠償法第一条により国が賠償する責任を負う。総行行第45号通知第3によれば、"
        "郵送による請求の場合は本人確認書類の写しの同封を求める。"
    )
    sources = [art1, *_sources(documents, ("tsuchi_honninkakunin.docx", "第3"))]
    report = verify_citations(answer, sources=sources, corpus=corpus)
    assert [(c.citation.kind, c.status) for c in report.items] == [
        ("statute", "valid"),
        ("document", "valid"),
    ]


def test_parse_citations_reads_document_references(corpus: Any) -> None:
    cits = parse_citations("総行行第45号通知第2の(2)ア及び国家賠償法第一条", corpus=corpus)
    assert [(c.kind, c.address) for c in cits] == [
        ("document", "住民票の写し等の交付における本人確認の取扱いについて（通知） 第2の(2)ア"),
        ("statute", "国家賠償法第一条"),
    ]
