"""Indexed documents as a citation corpus: :class:`DocumentCorpus` answers ``law()`` and
``provision()`` for document ids and section paths, so :func:`govrag.cite.verify_citations`
checks document citations exactly as it checks statutes (exists / retrieved / quoted /
supported). :func:`with_documents` joins it to a statute corpus.

>>> from govrag.documents.model import Document, DocumentMeta, Passage
>>> meta = DocumentMeta(title="証明書交付事務処理要領", source="/x.pdf", file_hash="h", format="pdf")
>>> doc = Document("doc:1", meta, (Passage(0, "3(2)", "コンビニ交付", 2, 2, "1通200円とする。"),))
>>> docs = DocumentCorpus([doc])
>>> docs.provision("doc:1", "3(2)").text, docs.provision("doc:1", "3(2)@p.2") is not None
('1通200円とする。', True)
>>> docs.provision("doc:1", "3(3)") is None, docs.provision("doc:1", "3(2)@p.5") is None
(True, True)
>>> [(c.law_id, c.article) for c in docs.document_citations("証明書交付事務処理要領3(2)によれば")]
[('doc:1', '3(2)')]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from govrag.cite.docref import document_citations, section_contains, split_doc_article
from govrag.cite.model import Citation
from govrag.documents.model import Document

__all__ = ["DocumentCorpus", "SectionText", "with_documents"]


@dataclass(frozen=True, slots=True)
class SectionText:
    """What ``provision()`` returns for a document section or page (the statute shape)."""

    law_id: str
    article: str
    text: str
    caption: str | None = None
    deleted: bool = False
    paragraph: None = None
    item: None = None
    suppl: bool = False


@dataclass(frozen=True, slots=True)
class _Doc:
    law_id: str
    title: str
    passages: tuple[tuple[str, int | None, str, str | None], ...]  # section, page, text, heading
    provisions: tuple[Any, ...] = ()


class DocumentCorpus:
    """Documents by id, with their names (文書番号, title, citation name) for citation parsing."""

    def __init__(self, documents: Iterable[Document] = ()) -> None:
        self._docs: dict[str, _Doc] = {}
        self._names: dict[str, str] = {}
        from govrag.documents.index import document_citation

        for d in documents:
            rows = tuple((p.section, p.page, p.text, p.heading or None) for p in d.passages)
            self._add(d.doc_id, d.meta.title, rows, [d.meta.number, d.meta.title, document_citation(d)])

    def _add(
        self,
        doc_id: str,
        title: str,
        rows: tuple[tuple[str, int | None, str, str | None], ...],
        names: list[Any],
    ) -> None:
        self._docs[doc_id] = _Doc(doc_id, title, rows)
        for n in names:
            if n:
                self._names.setdefault(str(n), doc_id)

    @classmethod
    def from_index(cls, index: Any) -> DocumentCorpus:
        """The documents stored in a :class:`~govrag.retrieval.StatuteIndex` (their stored, redacted text)."""
        from govrag.retrieval.backends import FilterSpec

        store, _, _ = index.writer_parts()
        fields = (
            "law_id",
            "law_title",
            "article",
            "page",
            "text",
            "caption",
            "number",
            "citation_name",
            "part",
        )
        points = store.scroll_payloads(FilterSpec(include_suppl=True, kind="document"), fields)
        by_doc: dict[str, list[dict[str, Any]]] = {}
        for u in points:
            by_doc.setdefault(str(u.payload["law_id"]), []).append(u.payload)
        out = cls()
        for doc_id, rows in by_doc.items():
            rows.sort(key=lambda r: int(r.get("part") or 0))
            first = rows[0]
            out._add(
                doc_id,
                str(first.get("law_title", "")),
                tuple(
                    (str(r.get("article") or ""), r.get("page"), str(r.get("text", "")), r.get("caption"))
                    for r in rows
                ),
                [first.get("number"), first.get("law_title"), first.get("citation_name")],
            )
        return out

    def __len__(self) -> int:
        return len(self._docs)

    def document_names(self) -> Mapping[str, str]:
        """文書番号, titles and citation names -> document id."""
        return dict(self._names)

    def law_names(self) -> Mapping[str, str]:
        """No statute names (documents are cited through :meth:`document_citations`)."""
        return {}

    def law(self, name_or_id: str) -> Any:
        doc = self._docs.get(name_or_id)
        if doc is None and name_or_id in self._names:
            doc = self._docs.get(self._names[name_or_id])
        return doc

    def provision(
        self, law: Any, article: Any, paragraph: Any = None, item: Any = None, *, suppl: bool = False
    ) -> SectionText | None:
        """The text of a section (with its subsections) and/or page; None when it does not exist."""
        doc = self.law(law if isinstance(law, str) else getattr(law, "law_id", ""))
        if doc is None or paragraph is not None or item is not None or suppl:
            return None
        section, page = split_doc_article(str(article or ""))
        rows = [
            r
            for r in doc.passages
            if (section is None or (r[0] and section_contains(section, r[0])))
            and (page is None or r[1] == page)
        ]
        if not rows or (section is None and page is None):
            return None
        caption = next((r[3] for r in rows if r[0] == section), None)
        return SectionText(doc.law_id, str(article), "\n".join(r[2] for r in rows), caption)

    def document_citations(self, text: str) -> list[Citation]:
        """Document citations in ``text`` (the grammar of :mod:`govrag.cite.docref`)."""
        return document_citations(text, self._names, {i: d.title for i, d in self._docs.items()})


class _WithDocuments:
    """A statute corpus plus documents: ids starting ``doc:`` are documents."""

    def __init__(self, statutes: Any, documents: DocumentCorpus) -> None:
        self._statutes = statutes
        self._documents = documents

    def law_names(self) -> Mapping[str, str]:
        return dict(self._statutes.law_names()) if self._statutes is not None else {}

    def law(self, name_or_id: str) -> Any:
        if name_or_id.startswith("doc:"):
            return self._documents.law(name_or_id)
        return self._statutes.law(name_or_id) if self._statutes is not None else None

    def provision(
        self, law: Any, article: Any, paragraph: Any = None, item: Any = None, *, suppl: bool = False
    ) -> Any:
        key = law if isinstance(law, str) else getattr(law, "law_id", "")
        if str(key).startswith("doc:"):
            return self._documents.provision(key, article, paragraph, item, suppl=suppl)
        if self._statutes is None:
            return None
        return self._statutes.provision(law, article, paragraph, item, suppl=suppl)

    def document_citations(self, text: str) -> list[Citation]:
        return self._documents.document_citations(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._statutes, name)


def with_documents(statutes: Any, documents: DocumentCorpus) -> Any:
    """One citation corpus for :func:`~govrag.cite.verify_citations`: statutes and documents."""
    return _WithDocuments(statutes, documents)
