"""The office's own documents (通知・通達・要領・Q&A・起案): loaders, per-passage 機密性
classification and redaction, indexing next to the statutes, and citations of them.

>>> from govrag import documents
>>> sorted(documents.__all__)[:3]
['BatchResult', 'Document', 'DocumentCorpus']

Typical use (see docs/documents.md)::

    with StatuteIndex.open(path=".govrag/index") as index:
        result = add_documents(index, ["通知/", "要領/"])      # incremental by file hash
        hits = index.search("コンビニ交付の手数料", max_level=1)  # 機密性2 passages never come back
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govrag._lazy import lazy_getattr

_EXPORTS: dict[str, str] = {
    "BatchResult": "govrag.documents.model",
    "Document": "govrag.documents.model",
    "DocumentMeta": "govrag.documents.model",
    "Passage": "govrag.documents.model",
    "Skipped": "govrag.documents.model",
    "Limits": "govrag.documents.limits",
    "load_document": "govrag.documents.ingest",
    "load_documents": "govrag.documents.ingest",
    "document_id": "govrag.documents.ingest",
    "add_documents": "govrag.documents.index",
    "remove_documents": "govrag.documents.index",
    "indexed_documents": "govrag.documents.index",
    "document_citation": "govrag.documents.index",
    "DocumentCorpus": "govrag.documents.store",
    "with_documents": "govrag.documents.store",
}

__all__ = [
    "BatchResult",
    "Document",
    "DocumentCorpus",
    "DocumentMeta",
    "Limits",
    "Passage",
    "Skipped",
    "add_documents",
    "document_citation",
    "document_id",
    "indexed_documents",
    "load_document",
    "load_documents",
    "remove_documents",
    "with_documents",
]

if TYPE_CHECKING:
    from govrag.documents.index import add_documents, document_citation, indexed_documents, remove_documents
    from govrag.documents.ingest import document_id, load_document, load_documents
    from govrag.documents.limits import Limits
    from govrag.documents.model import BatchResult, Document, DocumentMeta, Passage, Skipped
    from govrag.documents.store import DocumentCorpus, with_documents

__getattr__ = lazy_getattr(__name__, _EXPORTS, globals())
