"""Excel (.xlsx) with openpyxl in read-only mode: each sheet is a table whose first non-empty row
is the header; every later row becomes one ``row`` block 「見出し: 値 / …」. Row and cell counts
are capped while streaming (a sheet's declared dimension can lie).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from govrag.cite.docref import heading_of
from govrag.documents.limits import Limits, check_zip
from govrag.documents.loaders.base import Extracted
from govrag.documents.model import Block
from govrag.errors import HostileDocument, UnsupportedDocument

__all__ = ["read_xlsx"]


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return " ".join(str(v).split())


def read_xlsx(path: Path, limits: Limits) -> Extracted:
    """Blocks of an .xlsx workbook (one heading per sheet, then its rows)."""
    check_zip(path, limits)
    try:
        import openpyxl
    except ImportError as exc:  # pragma: no cover - optional extra
        raise UnsupportedDocument("XLSX needs openpyxl (pip install 'govrag[documents]')", path=path) from exc
    try:
        wb: Any = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    except Exception as exc:
        raise UnsupportedDocument(f"cannot open XLSX: {type(exc).__name__}", path=path) from None
    blocks: list[Block] = []
    cells = 0
    try:
        for ws in wb.worksheets:
            header: list[str] | None = None
            rows = 0
            blocks.append(Block(str(ws.title), kind="heading", depth=1))
            for values in ws.iter_rows(values_only=True):
                rows += 1
                cells += len(values)
                if rows > limits.max_rows or cells > limits.max_cells:
                    raise HostileDocument(
                        f"sheet {ws.title!r} exceeds {limits.max_rows} rows or the workbook "
                        f"{limits.max_cells} cells",
                        path=path,
                    )
                row = [_cell(v) for v in values]
                if not any(row):
                    continue
                if header is None:
                    header = row
                    if sum(1 for c in row if c) == 1:  # a title line above the table
                        blocks.append(Block(next(c for c in row if c)))
                        header = None
                    continue
                pairs = [
                    f"{header[i] if i < len(header) and header[i] else f'列{i + 1}'}: {c}"
                    for i, c in enumerate(row)
                    if c
                ]
                first = next((c for c in row if c), "")
                if heading_of(f"{first} x") is not None and len(pairs) > 1:
                    # a numbered row (問1, 1, (1)) opens its own section: one passage per entry
                    blocks.append(Block(f"{first} " + " / ".join(pairs[1:]), table=str(ws.title)))
                else:
                    blocks.append(Block(" / ".join(pairs), kind="row", table=str(ws.title)))
        props = {
            k: str(v) for k, v in (("title", wb.properties.title), ("revision", wb.properties.revision)) if v
        }
    finally:
        wb.close()
    return Extracted(blocks=blocks, properties=props)
