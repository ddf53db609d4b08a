"""Documents in the statute index: :func:`add_documents` writes classified passages next to the
statutes (``kind="document"``, ``level``, page, source, file hash in the payload), re-indexes only
files whose hash changed and removes passages of files that are gone.

Dense vectors are written when the index has an embedder; otherwise passages are searchable by
BM25 alone. Only the stored (redacted) text is tokenized and embedded.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from govrag.dlp.engine import DLPEngine
from govrag.dlp.vault import Vault
from govrag.documents.ingest import (
    DEFAULT_PASSAGE_CHARS,
    file_hash,
    iter_document_files,
    load_document,
    skipped_for,
)
from govrag.documents.limits import Limits
from govrag.documents.model import BatchResult, Document, Passage
from govrag.errors import DocumentError
from govrag.retrieval.backends import EdgeBackend, FilterSpec, PointData
from govrag.retrieval.embed import embed_with_cache
from govrag.retrieval.state import _Bar, _progress_enabled

__all__ = ["add_documents", "document_citation", "indexed_documents", "passage_payload", "remove_documents"]

_NAMESPACE = uuid.UUID("2f7c9a51-0b3e-4c8d-9e61-5a4b3c2d1e0f")
_DOCS = FilterSpec(include_suppl=True, kind="document")


def document_citation(doc: Document, passage: Passage | None = None) -> str:
    """How an answer cites the document (and passage): 「令和7年3月31日付け総行行第45号通知 第2の(1)」,
    「証明書交付事務処理要領 3(2)ア」, or the title with 「p.3」 for a passage before any heading."""
    name = doc.citation_name
    if doc.meta.number and "通知" in doc.meta.title:
        name += "通知"
    if passage is None:
        return name
    if passage.section:
        return f"{name} {passage.section}"
    return f"{name} p.{passage.page}" if passage.page is not None else name


def passage_payload(doc: Document, passage: Passage) -> dict[str, Any]:
    """The Qdrant payload of one passage (the statute fields, filled for a document, plus its own)."""
    m = doc.meta
    return {
        "unit_id": passage_id(doc.doc_id, passage.index),
        "law_id": doc.doc_id,
        "law_title": m.title,
        "article": passage.section,
        "part": passage.index,
        "paragraph": None,
        "paragraphs": [],
        "caption": passage.heading or None,
        "title": f"{m.title} {passage.label}",
        "text": passage.text,
        "suppl": False,
        "scope": "main",
        "suppl_label": None,
        "revision_id": m.revision,
        "chapter_path": [],
        "citation": document_citation(doc, passage),
        "kind": "document",
        "level": passage.level,
        "doc_level": doc.level,
        "reasons": list(passage.reasons),
        "redacted": passage.redacted,
        "page": passage.page,
        "source": m.source,
        "file_hash": m.file_hash,
        "format": m.format,
        "number": m.number,
        "issued": m.issued,
        "issued_wareki": m.issued_wareki,
        "issuer": m.issuer,
        "addressee": m.addressee,
        "citation_name": document_citation(doc),
        "content_hash": f"{m.file_hash}:{passage.index}",
    }


def passage_id(doc_id: str, index: int) -> str:
    """A stable point id for passage ``index`` of a document."""
    return str(uuid.uuid5(_NAMESPACE, f"{doc_id}|{index}"))


def indexed_documents(index: Any) -> dict[str, tuple[str, list[str]]]:
    """``source path -> (file hash, point ids)`` of the documents in ``index``."""
    store, _, _ = index.writer_parts()
    out: dict[str, tuple[str, list[str]]] = {}
    for u in store.scroll_payloads(_DOCS, ("source", "file_hash")):
        src = str(u.payload.get("source", ""))
        entry = out.setdefault(src, (str(u.payload.get("file_hash", "")), []))
        entry[1].append(u.id)
    return out


def _write(index: Any, docs: Sequence[Document], *, batch_size: int, progress: bool) -> int:
    store, encoder, embedder = index.writer_parts()
    rows = [(d, p) for d in docs for p in d.passages]
    bar = _Bar(len(rows), "indexing documents", progress)
    try:
        for start in range(0, len(rows), batch_size):
            batch = rows[start : start + batch_size]
            texts = [f"{d.meta.title} {p.label} {p.heading}\n{p.text}" for d, p in batch]
            dense: list[Any] = [None] * len(batch)
            if embedder is not None:
                vecs, _ = embed_with_cache(embedder, texts, cache=None, batch_size=batch_size)
                dense = list(vecs)
            store.upsert(
                [
                    PointData(
                        id=passage_id(d.doc_id, p.index),
                        dense=vec,
                        sparse=encoder.document_terms(encoder.analyzer.terms(text)),
                        payload=passage_payload(d, p),
                    )
                    for (d, p), text, vec in zip(batch, texts, dense, strict=True)
                ]
            )
            bar.update(len(batch))
    finally:
        bar.close()
    return len(rows)


def add_documents(
    index: Any,
    paths: Iterable[str | os.PathLike[str]],
    *,
    progress: bool | None = None,
    limits: Limits | None = None,
    engine: DLPEngine | None = None,
    redact: bool = True,
    vault: Vault | None = None,
    max_chars: int = DEFAULT_PASSAGE_CHARS,
    batch_size: int = 32,
    prune: bool = True,
) -> BatchResult:
    """Index the files under ``paths`` into ``index`` (a :class:`~govrag.retrieval.StatuteIndex`).

    Unchanged files (same SHA-256) are skipped; a changed file's old passages are replaced; a
    file that now fails to load loses its old passages and is reported in ``skipped``. With
    ``prune`` (default), documents indexed from under a given folder, or given by name, that no
    longer exist are removed. ``result.documents`` holds what was (re-)indexed.
    """
    roots = [Path(p) for p in paths]
    files = iter_document_files(roots)
    existing = indexed_documents(index)
    result = BatchResult()
    stale: list[str] = []
    fresh: list[Document] = []
    show = _progress_enabled(progress)
    bar = _Bar(len(files), "loading documents", show)
    try:
        for f in files:
            bar.update(1)
            src = str(f.resolve())
            old = existing.get(src)
            if not f.is_file():
                continue  # a named file that is gone: pruned below
            try:
                if old is not None and old[0] == file_hash(f):
                    result.unchanged.append(src)
                    continue
                doc = load_document(
                    f, limits=limits, engine=engine, redact=redact, vault=vault, max_chars=max_chars
                )
            except (DocumentError, OSError) as exc:
                result.skipped.append(skipped_for(f, exc))
                if old is not None:
                    stale.extend(old[1])
                continue
            except Exception as exc:  # a parser bug must not stop the batch; no content in the report
                result.skipped.append(
                    skipped_for(f, DocumentError(f"unexpected {type(exc).__name__}", path=f))
                )
                if old is not None:
                    stale.extend(old[1])
                continue
            if old is not None:
                keep = {passage_id(doc.doc_id, p.index) for p in doc.passages}
                stale.extend(i for i in old[1] if i not in keep)
            fresh.append(doc)
    finally:
        bar.close()
    if prune:
        for src, (_, ids) in existing.items():
            p = Path(src)
            under = any(p.is_relative_to(r.resolve()) for r in roots)
            if under and not p.is_file():
                stale.extend(ids)
                result.removed.append(src)
    store, _, _ = index.writer_parts()
    _write(index, fresh, batch_size=batch_size, progress=show)
    store.delete(stale)
    store.flush()
    if isinstance(store, EdgeBackend) and (fresh or stale):
        store.optimize()
    result.documents.extend(fresh)
    return result


def remove_documents(index: Any, sources: Iterable[str | os.PathLike[str]]) -> list[str]:
    """Remove the passages of the given source files from ``index``; returns the sources removed."""
    existing = indexed_documents(index)
    store, _, _ = index.writer_parts()
    removed: list[str] = []
    ids: list[str] = []
    for s in sources:
        src = str(Path(s).resolve())
        if src in existing:
            ids.extend(existing[src][1])
            removed.append(src)
    store.delete(ids)
    store.flush()
    return removed
