"""``load_law``: read one statute file (e-Gov XML or the plain-text layout) into a :class:`Law`.

The format is chosen from the content, not the extension: a document starting with ``<`` is XML,
anything else must be UTF-8 text in the e-Gov plain-text layout. Empty, binary, HTML, oversized,
truncated and non-law files raise :class:`~govrag.errors.CorpusError` naming the file.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> (d / "empty.xml").write_bytes(b"")
0
>>> load_law(d / "empty.xml")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
govrag.errors.CorpusError: empty file (.../empty.xml)
"""

from __future__ import annotations

import csv
import os
import re
from functools import lru_cache
from pathlib import Path, PurePath
from typing import Literal

from govrag.corpus.ids import FileId, is_law_id, parse_file_name
from govrag.corpus.model import Law
from govrag.errors import CorpusError

__all__ = ["DEFAULT_MAX_BYTES", "LawFormat", "detect_format", "index_entry", "load_law",
           "parse_law_bytes"]

#: Default size limit of one statute file (the largest e-Gov Act, 地方税法, is about 8 MiB).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

LawFormat = Literal["xml", "text"]

_HTML_RE = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_BOM = b"\xef\xbb\xbf"


def detect_format(data: bytes, *, source: str | Path | None = None) -> LawFormat:
    """``"xml"`` or ``"text"`` from the first bytes; CorpusError for empty, binary or HTML data.

    >>> detect_format(b'<?xml version="1.0"?><Law/>'), detect_format("第一条　…".encode())
    ('xml', 'text')
    """
    head = data[:4096]
    if head.startswith(_BOM):
        head = head[len(_BOM):]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CorpusError("UTF-16 file: statute files must be UTF-8 (as e-Gov publishes them)",
                          path=source)
    if not head.strip():
        raise CorpusError("empty file", path=source)
    if b"\x00" in head:
        raise CorpusError("binary file (NUL bytes): not a statute", path=source)
    if _HTML_RE.match(head):
        raise CorpusError("HTML page, not an e-Gov statute file", path=source)
    return "xml" if head.lstrip().startswith(b"<") else "text"


def parse_law_bytes(data: bytes, *, source: str | Path | None = None,
                    file_id: FileId | None = None) -> Law:
    """Parse statute bytes (XML or plain text, detected from the content); ``file_id`` overrides
    the ids read from ``source``'s name."""
    fmt = detect_format(data, source=source)
    if fmt == "xml":
        from govrag.corpus.egov_xml import parse_egov_xml

        return parse_egov_xml(data, source=source, file_id=file_id)
    from govrag.corpus.plaintext import parse_plaintext

    if b"\x00" in data:
        raise CorpusError("binary file (NUL bytes): not a statute", path=source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise CorpusError(f"not UTF-8 text (byte {exc.start}): not a statute", path=source,
                          line=line) from None
    return parse_plaintext(text, source=source, content=data, file_id=file_id)


def load_law(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Law:
    """Load one statute file: e-Gov 法令標準XML or the e-Gov plain-text layout.

    ``max_bytes`` bounds the file size (``CorpusError`` above it). The law id and revision id come
    from the file name ``<law_id>_<date>_<amendment>.xml`` when it has that shape, else from an
    ``index.csv`` in the same folder listing the file, else (XML only) from the document.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise CorpusError("no such file", path=p) from None
    except OSError as exc:
        raise CorpusError(f"cannot read file: {exc.strerror}", path=p) from None
    if not p.is_file():
        raise CorpusError("not a regular file", path=p)
    if size > max_bytes:
        raise CorpusError(f"file is {size} bytes, over the {max_bytes}-byte limit "
                          "(raise max_bytes to load it)", path=p)
    try:
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise CorpusError(f"cannot read file: {exc.strerror}", path=p) from None
    if len(data) > max_bytes:
        raise CorpusError(f"file is over the {max_bytes}-byte limit", path=p)
    file_id = None if parse_file_name(p) is not None else index_entry(p)
    return parse_law_bytes(data, source=p, file_id=file_id)


def index_entry(path: str | os.PathLike[str]) -> FileId | None:
    """The ``law_id``/``revision_id`` of ``path`` in an ``index.csv`` in the same folder (the layout
    of ``../shared/corpora``: columns ``file``, ``law_id``, ``revision_id``), or None.

    >>> index_entry("/nonexistent/folder/law.xml") is None
    True
    """
    p = Path(path)
    index = p.parent / "index.csv"
    try:
        stamp = index.stat().st_mtime_ns
    except OSError:
        return None
    return _read_index(str(index.resolve()), stamp).get(p.name)


@lru_cache(maxsize=64)
def _read_index(index_path: str, mtime_ns: int) -> dict[str, FileId]:
    """Parsed ``index.csv`` (cached per path and modification time)."""
    index = Path(index_path)
    out: dict[str, FileId] = {}
    try:
        with index.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                name, law_id = (row.get("file") or "").strip(), (row.get("law_id") or "").strip()
                if name and is_law_id(law_id):
                    out[PurePath(name).name] = FileId(
                        law_id=law_id, revision_id=(row.get("revision_id") or "").strip() or None)
    except (OSError, UnicodeDecodeError, csv.Error):
        return {}
    return out
