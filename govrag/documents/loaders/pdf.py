"""PDF text layer with pypdf: one block per line with its page; the first two and last two lines
of every page are margins when they repeat on most pages or carry a page number (「- 3 -」).

Refused: encrypted PDFs that need a password (:class:`EncryptedDocument`), pages that carry
images but no text (:class:`NoTextLayer`: a scan; its 機密性 marking could not be read),
more than ``limits.max_pages`` pages (:class:`HostileDocument`).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path
from typing import Any

from govrag.documents.limits import Limits, read_bytes
from govrag.documents.loaders.base import Extracted
from govrag.documents.model import Block
from govrag.errors import EncryptedDocument, HostileDocument, NoTextLayer, UnsupportedDocument

__all__ = ["read_pdf"]

_PAGE_NO = re.compile(r"^[-－―‐\s]*[0-9０-９]{1,4}[-－―‐\s]*$|^[0-9０-９]{1,4}\s*/\s*[0-9０-９]{1,4}$")


def _has_images(page: Any) -> bool:
    try:
        res: Any = page.get("/Resources")
        res = res.get_object() if res is not None else None
        xobj: Any = res.get("/XObject") if res is not None else None
        xobj = xobj.get_object() if xobj is not None else None
        if not xobj:
            return False
        return any(xobj[name].get_object().get("/Subtype") == "/Image" for name in xobj)
    except Exception:
        return False


def read_pdf(path: Path, limits: Limits) -> Extracted:
    """Blocks of a PDF's text layer; metadata ``/Title`` is the title property."""
    data = read_bytes(path, limits)
    if not data.startswith(b"%PDF"):
        raise UnsupportedDocument("not a PDF (no %PDF header)", path=path)
    try:
        import pypdf
    except ImportError as exc:  # pragma: no cover - optional extra
        raise UnsupportedDocument("PDF needs pypdf (pip install 'govrag[documents]')", path=path) from exc
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise EncryptedDocument("the PDF is encrypted with a user password", path=path)
        count = len(reader.pages)
    except EncryptedDocument:
        raise
    except Exception as exc:
        if "decrypt" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise EncryptedDocument("the PDF is encrypted", path=path) from None
        raise UnsupportedDocument(f"cannot read PDF: {type(exc).__name__}", path=path) from None
    if count > limits.max_pages:
        raise HostileDocument(f"{count} pages, over {limits.max_pages}", path=path)
    pages: list[list[str]] = []
    scanned: list[int] = []
    total = 0
    for n, page in enumerate(reader.pages, start=1):
        try:
            text = page.extract_text() or ""
        except Exception as exc:
            raise UnsupportedDocument(f"cannot extract page {n}: {type(exc).__name__}", path=path) from None
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        if not lines and _has_images(page):
            scanned.append(n)
        total += sum(len(ln) for ln in lines)
        if total > limits.max_chars:
            raise HostileDocument(f"more than {limits.max_chars} characters of text", path=path)
        pages.append(lines)
    if scanned:
        shown = ", ".join(map(str, scanned[:10])) + ("…" if len(scanned) > 10 else "")
        raise NoTextLayer(f"page(s) {shown} are images without a text layer; run OCR first", path=path)
    edge = Counter(ln for lines in pages for ln in {*lines[:2], *lines[-2:]})
    repeated = {ln for ln, c in edge.items() if len(pages) > 1 and c >= max(2, (len(pages) + 1) // 2)}
    blocks: list[Block] = []
    for n, lines in enumerate(pages, start=1):
        for i, ln in enumerate(lines):
            at_edge = i < 2 or i >= len(lines) - 2
            if at_edge and _PAGE_NO.match(ln):
                continue
            margin = at_edge and ln in repeated
            blocks.append(Block(ln, kind="margin" if margin else "line", page=n))
    props: dict[str, str] = {}
    try:
        meta = reader.metadata
        if meta is not None and meta.title:
            props["title"] = str(meta.title)
    except Exception:
        pass
    return Extracted(blocks=blocks, properties=props, pages=count)
