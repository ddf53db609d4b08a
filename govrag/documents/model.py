"""Document values: :class:`Block` (what a loader reads), :class:`Passage`, :class:`DocumentMeta`,
:class:`Document`, and the batch outcome :class:`BatchResult`.

>>> p = Passage(index=0, section="第2の(1)", heading="受付", depth=2, page=3, text="…", level=2)
>>> p.label
'第2の(1)（p.3）'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "BatchResult",
    "Block",
    "BlockKind",
    "Document",
    "DocumentFormat",
    "DocumentMeta",
    "Passage",
    "Skipped",
]

DocumentFormat = Literal["pdf", "docx", "xlsx", "html", "markdown", "text"]
#: ``line``: body text; ``heading``: a styled heading (``depth`` 1-6); ``row``: one table row
#: (cells joined by " | "); ``margin``: header/footer text (markings there cover the file).
BlockKind = Literal["line", "heading", "row", "margin"]


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of text as a loader found it, in reading order."""

    text: str
    kind: BlockKind = "line"
    page: int | None = None
    depth: int | None = None
    table: str | None = None


@dataclass(frozen=True, slots=True)
class Passage:
    """One indexed piece of a document.

    ``section`` is the rendered section path (「第2の(1)」; ``""`` before the first heading),
    ``depth`` its heading depth, ``page`` the 1-based page (PDF, text with form feeds), ``level``
    the 機密性 level (1/2/3) from the document's and the section's markings and the passage's own
    DLP findings, ``reasons`` their types (never values). ``text`` is redacted when
    ``redacted`` is True.
    """

    index: int
    section: str
    heading: str
    depth: int
    page: int | None
    text: str
    level: int = 1
    reasons: tuple[str, ...] = ()
    redacted: bool = False
    table: str | None = None

    @property
    def label(self) -> str:
        """The section path with the page, as a citation would write it."""
        out = self.section or "前文"
        return out + (f"（p.{self.page}）" if self.page is not None else "")


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What the document says about itself (every field may be unknown: None).

    ``issued`` is ISO 西暦 (``2025-03-31``), ``issued_wareki`` the 和暦 form; ``number`` the
    文書番号 (「総行行第45号」), ``issuer`` the 発出者, ``addressee`` the 宛先.
    """

    title: str
    source: str
    file_hash: str
    format: DocumentFormat
    issuer: str | None = None
    issued: str | None = None
    issued_wareki: str | None = None
    number: str | None = None
    addressee: str | None = None
    revision: str | None = None
    pages: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A loaded, classified document. ``level`` is the file-wide 機密性 level (from markings on
    the first page, a header or a footer); passages may be higher (section markings, PII)."""

    doc_id: str
    meta: DocumentMeta
    passages: tuple[Passage, ...]
    level: int = 1
    markings: tuple[str, ...] = ()

    @property
    def citation_name(self) -> str:
        """How citations name the document: 「<date>付け<number>」 or its title."""
        if self.meta.number:
            date = f"{self.meta.issued_wareki}付け" if self.meta.issued_wareki else ""
            return f"{date}{self.meta.number}"
        return self.meta.title


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file a batch did not load: path, the error class name, its reason code and message."""

    path: str
    error: str
    reason: str
    message: str


@dataclass(slots=True)
class BatchResult:
    """Outcome of loading or indexing a batch of files."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for people: counts, then each skipped file with its reason."""
        head = (
            f"{len(self.documents)} loaded, {len(self.unchanged)} unchanged, "
            f"{len(self.removed)} removed, {len(self.skipped)} skipped"
        )
        return "\n".join([head, *(f"  skipped {s.path}: {s.reason}: {s.message}" for s in self.skipped)])
