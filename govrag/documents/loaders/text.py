"""Plain text (UTF-8 or Shift_JIS); a form feed starts a new page (pdftotext's convention).

>>> from pathlib import Path
>>> import tempfile
>>> p = Path(tempfile.mkdtemp(), "a.txt")
>>> _ = p.write_text("第1　趣旨\\n本文\\f2頁目", encoding="utf-8")
>>> [(b.text, b.page) for b in read_text(p, Limits()).blocks]
[('第1\\u3000趣旨', 1), ('本文', 1), ('2頁目', 2)]
"""

from __future__ import annotations

from pathlib import Path

from govrag.documents.limits import Limits, decode_text, read_bytes
from govrag.documents.loaders.base import Extracted
from govrag.documents.model import Block
from govrag.errors import HostileDocument

__all__ = ["read_text"]


def read_text(path: Path, limits: Limits) -> Extracted:
    """Blocks of a plain-text file: one per non-empty line, with pages split at form feeds."""
    text = decode_text(read_bytes(path, limits), path)
    if len(text) > limits.max_chars:
        raise HostileDocument(f"{len(text)} characters, over {limits.max_chars}", path=path)
    pages = text.split("\f")
    paged = len(pages) > 1
    blocks = [
        Block(line.rstrip(), page=(n if paged else None))
        for n, page in enumerate(pages, start=1)
        for line in page.splitlines()
        if line.strip()
    ]
    return Extracted(blocks=blocks, pages=len(pages) if paged else None)
