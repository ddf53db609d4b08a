"""Every format keeps its structure: section paths, pages, tables and the front-matter metadata."""

from __future__ import annotations

from typing import Any

import pytest

from tests.documents.conftest import DOCS


@pytest.mark.parametrize(
    ("name", "fmt", "sections"),
    [
        (
            "tsuchi_honninkakunin.docx",
            "docx",
            ["第1", "第2", "第2の(1)", "第2の(2)", "第2の(2)ア", "第2の(2)イ", "第3", "第4"],
        ),
        (
            "yoryo_shomeisho.pdf",
            "pdf",
            ["1", "2", "2(1)", "2(2)", "2(3)", "3", "3(1)", "3(2)", "3(2)ア", "3(2)イ", "4", "5"],
        ),
        ("qa_mynumber.xlsx", "xlsx", ["問1", "問2", "問3", "問4", "問5"]),
        ("manual_madoguchi.html", "html", ["第1", "第1の(1)", "第1の(2)", "第2", "第3", "第3の(1)", "第4"]),
        ("faq_tetsuzuki.md", "markdown", ["問1", "問2", "問3"]),
        ("renraku_nendomatsu.txt", "text", ["1", "2", "3"]),
    ],
)
def test_section_paths_follow_the_numbering(
    documents: dict[str, Any], name: str, fmt: str, sections: list[str]
) -> None:
    doc = documents[name]
    assert doc.meta.format == fmt
    got = list(dict.fromkeys(p.section for p in doc.passages if p.section))
    assert got == sections


@pytest.mark.parametrize(
    ("name", "section", "page"),
    [
        ("yoryo_shomeisho.pdf", "1", 1),
        ("yoryo_shomeisho.pdf", "3(2)ア", 2),
        ("yoryo_shomeisho.pdf", "5", 3),
        ("renraku_nendomatsu.txt", "1", 1),
        ("renraku_nendomatsu.txt", "3", 2),
    ],
)
def test_pages_are_kept(documents: dict[str, Any], name: str, section: str, page: int) -> None:
    assert {p.page for p in documents[name].passages if p.section == section} == {page}


def test_pdf_page_numbers_are_not_text(documents: dict[str, Any]) -> None:
    assert not any("- 2 -" in p.text for p in documents["yoryo_shomeisho.pdf"].passages)


@pytest.mark.parametrize(
    ("name", "field", "value"),
    [
        ("tsuchi_honninkakunin.docx", "number", "総行行第45号"),
        ("tsuchi_honninkakunin.docx", "issued", "2025-03-31"),
        ("tsuchi_honninkakunin.docx", "issued_wareki", "令和7年3月31日"),
        ("tsuchi_honninkakunin.docx", "addressee", "各都道府県知事 殿"),
        ("tsuchi_honninkakunin.docx", "issuer", "総務省自治行政局長"),
        (
            "tsuchi_honninkakunin.docx",
            "title",
            "住民票の写し等の交付における本人確認の取扱いについて（通知）",
        ),
        ("yoryo_shomeisho.pdf", "title", "証明書交付事務処理要領"),
        ("yoryo_shomeisho.pdf", "revision", "令和6年4月1日改正"),
        ("yoryo_shomeisho.pdf", "pages", 3),
        ("renraku_nendomatsu.txt", "title", "年度末の窓口混雑への対応について"),
        ("renraku_nendomatsu.txt", "issuer", "市民局区政推進課長"),
        ("renraku_nendomatsu.txt", "addressee", "各区役所市民課長 様"),
        ("renraku_nendomatsu.txt", "issued", "2025-02-10"),
        ("faq_tetsuzuki.md", "title", "申請手続に関するよくある質問"),
        ("manual_madoguchi.html", "title", "市民課窓口対応マニュアル"),
        ("qa_mynumber.xlsx", "title", "マイナンバーカードに関するQ&A"),
    ],
)
def test_metadata(documents: dict[str, Any], name: str, field: str, value: object) -> None:
    assert getattr(documents[name].meta, field) == value


def test_file_hash_and_stable_id(documents: dict[str, Any]) -> None:
    import hashlib

    from govrag.documents.ingest import document_id

    doc = documents["faq_tetsuzuki.md"]
    assert doc.meta.file_hash == hashlib.sha256((DOCS / "faq_tetsuzuki.md").read_bytes()).hexdigest()
    assert doc.doc_id == document_id(DOCS / "faq_tetsuzuki.md")


@pytest.mark.parametrize(
    ("name", "section", "needle"),
    [
        ("faq_tetsuzuki.md", "問3", "定額小為替 | 不可 | 可"),
        ("qa_mynumber.xlsx", "問2", "回答: 署名用電子証明書"),
    ],
)
def test_tables_keep_their_cells(documents: dict[str, Any], name: str, section: str, needle: str) -> None:
    assert any(needle in p.text for p in documents[name].passages if p.section == section)


def test_html_script_is_not_text(documents: dict[str, Any]) -> None:
    assert not any("tracking" in p.text for p in documents["manual_madoguchi.html"].passages)
