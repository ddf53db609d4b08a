"""Word (.docx) with python-docx: paragraphs and tables in body order, ``Heading N``/``見出し N``
styles keep their depth, headers/footers are margins, explicit page breaks count pages.
The zip is checked (:func:`~govrag.documents.limits.check_zip`) before python-docx opens it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from govrag.documents.limits import Limits, check_zip
from govrag.documents.loaders.base import Extracted
from govrag.documents.model import Block
from govrag.errors import UnsupportedDocument

__all__ = ["read_docx"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _depth(style_name: str) -> int | None:
    for prefix in ("Heading ", "見出し ", "heading "):
        if style_name.startswith(prefix) and style_name[len(prefix) :].strip().isdigit():
            return int(style_name[len(prefix) :])
    return 1 if style_name in ("Title", "表題") else None


def read_docx(path: Path, limits: Limits) -> Extracted:
    """Blocks of a .docx file; core properties give ``title``, ``revision``, ``author``."""
    check_zip(path, limits)
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover - optional extra
        raise UnsupportedDocument(
            "DOCX needs python-docx (pip install 'govrag[documents]')", path=path
        ) from exc
    try:
        doc: Any = docx.Document(str(path))
    except Exception as exc:
        raise UnsupportedDocument(f"cannot open DOCX: {type(exc).__name__}", path=path) from None
    blocks: list[Block] = []
    for section in doc.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            try:
                texts = [p.text for p in part.paragraphs] if not part.is_linked_to_previous else []
            except Exception:
                texts = []
            blocks.extend(Block(t.strip(), kind="margin", page=1) for t in texts if t.strip())
    page = 1
    tables = 0
    for el in doc.element.body.iterchildren():
        if el.tag == _W + "p":
            para = Paragraph(el, doc)
            text = para.text.strip()
            if text:
                depth = _depth(para.style.name if para.style is not None else "")
                blocks.append(Block(text, kind="heading" if depth else "line", page=page, depth=depth))
            breaks = el.findall(f".//{_W}br[@{_W}type='page']")
            page += len(breaks)
        elif el.tag == _W + "tbl":
            tables += 1
            for row in Table(el, doc).rows:
                cells: list[str] = []
                for cell in row.cells:
                    t = " ".join(cell.text.split())
                    if not cells or cells[-1] != t:  # merged cells repeat their text
                        cells.append(t)
                if any(cells):
                    blocks.append(Block(" | ".join(cells), kind="row", page=page, table=f"表{tables}"))
    core = doc.core_properties
    props = {
        k: str(v)
        for k, v in (("title", core.title), ("revision", core.revision), ("author", core.author))
        if v not in (None, "", 0)
    }
    return Extracted(blocks=blocks, properties=props, pages=page)
