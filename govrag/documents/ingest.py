"""Load, structure and classify documents: :func:`load_document` (one file, typed errors) and
:func:`load_documents` (files and folders; a bad file is skipped and reported, never fatal).

Classification happens here, per passage: the file's markings (header, footer, front matter of
the first page: 「機密性2」「取扱注意」…) set the floor for every passage; a section's marking covers
the section and its subsections; each passage's own DLP findings and markings raise it further.
Personal data is replaced by placeholders in the stored text (``redact=True``, the default); the
originals go only to an encrypted :class:`~govrag.dlp.Vault` when one is given.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from govrag.dlp.classify import find_markings, level_of
from govrag.dlp.engine import DLPEngine, default_engine
from govrag.dlp.model import Reason
from govrag.dlp.redact import redact_findings
from govrag.dlp.vault import Vault
from govrag.documents.limits import Limits
from govrag.documents.loaders import FORMATS, read_blocks
from govrag.documents.model import BatchResult, Document, DocumentMeta, Passage, Skipped
from govrag.documents.structure import Section, build_sections, front_metadata
from govrag.errors import DocumentError

__all__ = ["DEFAULT_PASSAGE_CHARS", "document_id", "iter_document_files", "load_document", "load_documents"]

#: A section longer than this (characters) is split into several passages at line boundaries.
DEFAULT_PASSAGE_CHARS = 600


def document_id(path: str | os.PathLike[str]) -> str:
    """A stable id for a file: ``doc:`` + 16 hex digits of its absolute path (content-independent,
    so a new revision of the file replaces the old one's passages).

    >>> document_id("/srv/docs/a.pdf") == document_id("/srv/docs/../docs/a.pdf")
    True
    """
    key = os.path.normpath(os.path.abspath(os.fspath(path)))
    return "doc:" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def file_hash(path: Path) -> str:
    """SHA-256 of the file's bytes (streamed)."""
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _chunks(
    lines: Sequence[tuple[str, int | None, str | None]], max_chars: int
) -> list[list[tuple[str, int | None, str | None]]]:
    out: list[list[tuple[str, int | None, str | None]]] = []
    cur: list[tuple[str, int | None, str | None]] = []
    size = 0
    for line in lines:
        new_table = bool(cur) and cur[-1][2] != line[2]
        if cur and (size + len(line[0]) > max_chars or new_table):
            out.append(cur)
            cur, size = [], 0
        cur.append(line)
        size += len(line[0]) + 1
    if cur:
        out.append(cur)
    return out


def _marking_types(reasons: Iterable[Reason]) -> list[str]:
    return [r.type for r in reasons if r.kind == "marking"]


def load_document(
    path: str | os.PathLike[str],
    *,
    limits: Limits | None = None,
    engine: DLPEngine | None = None,
    redact: bool = True,
    vault: Vault | None = None,
    max_chars: int = DEFAULT_PASSAGE_CHARS,
) -> Document:
    """Load one file into a classified :class:`Document` (raises a :class:`DocumentError` subclass)."""
    p = Path(path)
    if not p.is_file():
        raise DocumentError("not a file", path=p)
    lim = limits or Limits()
    fmt, got = read_blocks(p, lim)
    sections, front, margins = build_sections(got.blocks)
    if not sections and not front:
        raise DocumentError("no text found", path=p)
    fm = front_metadata(front, got.properties)
    doc_reasons = find_markings("\n".join(b.text for b in margins))
    doc_reasons += find_markings("\n".join(b.text for b in front[:12]))
    if fmt == "pdf":  # the first page's top lines, even when a numbered heading comes first
        doc_reasons += find_markings("\n".join(b.text for b in got.blocks if b.page == 1)[:400])
    doc_level = level_of(doc_reasons)
    eng = engine or default_engine()
    passages: list[Passage] = []
    front_section = Section("", (), fm.title or "", 0, [(b.text, b.page, b.table) for b in front])
    section_level: dict[tuple[str, ...], int] = {}
    for sec in [front_section, *sections]:
        own = find_markings("\n".join([sec.heading, *(t for t, _, _ in sec.lines)])) if sec.components else []
        inherited = max(
            [section_level.get(sec.components[:i], 1) for i in range(1, len(sec.components))] or [1]
        )
        section_level[sec.components] = max(level_of(own), inherited)
        lines = list(sec.lines)
        if sec.components:
            lines.insert(0, (f"{sec.components[-1]} {sec.heading}".strip(), sec.page, None))
        for chunk in _chunks(lines, max_chars):
            text = "\n".join(t for t, _, _ in chunk)
            findings = eng.scan(text)
            reasons = find_markings(text)
            level = max(doc_level, section_level[sec.components], level_of(reasons), 2 if findings else 1)
            kinds = dict.fromkeys(
                [*_marking_types(doc_reasons), *_marking_types(own), *_marking_types(reasons)]
                + [f.entity_type for f in findings]
            )
            stored = text
            if redact and findings:
                # DOC_ placeholders (<DOC_PERSON_1>) never collide with the query's <PERSON_1>,
                # which the restore stage fills back into the model's answer
                tagged = [replace(f, entity_type=f"DOC_{f.entity_type}") for f in findings]
                stored = redact_findings(text, tagged, vault=vault).text
            passages.append(
                Passage(
                    index=len(passages),
                    section=sec.path,
                    heading=sec.heading,
                    depth=len(sec.components),
                    page=chunk[0][1],
                    text=stored,
                    level=level,
                    reasons=tuple(kinds),
                    redacted=redact and bool(findings),
                    table=chunk[0][2],
                )
            )
    meta = DocumentMeta(
        title=fm.title or p.stem,
        source=str(p.resolve()),
        file_hash=file_hash(p),
        format=fmt,
        issuer=fm.issuer,
        issued=fm.issued,
        issued_wareki=fm.issued_wareki,
        number=fm.number,
        addressee=fm.addressee,
        revision=fm.revision,
        pages=got.pages,
    )
    return Document(
        doc_id=document_id(p),
        meta=meta,
        passages=tuple(passages),
        level=doc_level,
        markings=tuple(dict.fromkeys(_marking_types(doc_reasons))),
    )


def iter_document_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files of supported formats under ``paths`` (folders recursively, sorted; hidden skipped).
    A file named explicitly is returned whatever its extension (so it is reported if unsupported)."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                f
                for f in sorted(p.rglob("*"))
                if f.is_file()
                and f.suffix.lower() in FORMATS
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def skipped_for(path: Path, exc: DocumentError | OSError) -> Skipped:
    """The report line for a file that could not be loaded (no document content in it)."""
    reason = exc.reason if isinstance(exc, DocumentError) else "unreadable"
    return Skipped(str(path), type(exc).__name__, reason, str(exc))


def load_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    limits: Limits | None = None,
    engine: DLPEngine | None = None,
    redact: bool = True,
    vault: Vault | None = None,
    max_chars: int = DEFAULT_PASSAGE_CHARS,
) -> BatchResult:
    """Load every file under ``paths``; files that fail are in ``result.skipped`` with the reason."""
    result = BatchResult()
    for f in iter_document_files(paths):
        try:
            result.documents.append(
                load_document(
                    f, limits=limits, engine=engine, redact=redact, vault=vault, max_chars=max_chars
                )
            )
        except (DocumentError, OSError) as exc:
            result.skipped.append(skipped_for(f, exc))
    return result
