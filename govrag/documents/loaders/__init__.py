"""One loader per format; :func:`read_blocks` picks it by file extension.

>>> sorted(FORMATS)
['.docx', '.htm', '.html', '.markdown', '.md', '.pdf', '.txt', '.xlsx']
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from govrag.documents.limits import Limits
from govrag.documents.loaders.base import Extracted
from govrag.documents.model import DocumentFormat
from govrag.errors import UnsupportedDocument

__all__ = ["FORMATS", "Extracted", "read_blocks"]

#: extension -> format name
FORMATS: dict[str, DocumentFormat] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".xlsx": "xlsx",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
}


def _reader(fmt: DocumentFormat) -> Callable[[Path, Limits], Extracted]:
    if fmt == "pdf":
        from govrag.documents.loaders.pdf import read_pdf

        return read_pdf
    if fmt == "docx":
        from govrag.documents.loaders.docx import read_docx

        return read_docx
    if fmt == "xlsx":
        from govrag.documents.loaders.xlsx import read_xlsx

        return read_xlsx
    if fmt == "html":
        from govrag.documents.loaders.html import read_html

        return read_html
    if fmt == "markdown":
        from govrag.documents.loaders.markdown import read_markdown

        return read_markdown
    from govrag.documents.loaders.text import read_text

    return read_text


def read_blocks(path: Path, limits: Limits) -> tuple[DocumentFormat, Extracted]:
    """The format and extracted blocks of ``path``.

    Raises a :class:`~govrag.errors.DocumentError` subclass on failure.
    """
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UnsupportedDocument(
            f"unsupported extension {path.suffix or '(none)'}; valid: {', '.join(sorted(FORMATS))}", path=path
        )
    return fmt, _reader(fmt)(path, limits)
