"""Resource limits and hostile-file checks shared by the loaders (zip bombs, sizes, binary junk).

A DOCX/XLSX is a zip: the declared uncompressed sizes are checked *before* any part is opened
(total, per-part ratio, member count); an OLE2 container with an Office extension is an
encrypted (password-protected) Office file.

>>> Limits().max_file_bytes
52428800
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from govrag.errors import EncryptedDocument, HostileDocument, UnsupportedDocument

__all__ = ["OLE_MAGIC", "Limits", "check_zip", "decode_text", "read_bytes"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """Ceilings per file; a file over any of them is a :class:`HostileDocument`."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_unzipped_bytes: int = 200 * 1024 * 1024
    max_zip_ratio: float = 200.0
    max_zip_members: int = 5_000
    max_pages: int = 2_000
    max_rows: int = 50_000
    max_cells: int = 500_000
    max_chars: int = 5_000_000


def read_bytes(path: Path, limits: Limits) -> bytes:
    """The file's bytes, refusing files over ``limits.max_file_bytes`` without reading them."""
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise HostileDocument(f"file is {size} bytes, over the {limits.max_file_bytes}-byte limit", path=path)
    return path.read_bytes()


def check_zip(path: Path, limits: Limits) -> None:
    """Refuse an Office zip whose declared contents would exhaust memory (before opening parts)."""
    with path.open("rb") as fh:
        head = fh.read(8)
    if head == OLE_MAGIC:
        raise EncryptedDocument("password-protected Office file (OLE2 container)", path=path)
    if not zipfile.is_zipfile(path):
        raise UnsupportedDocument("not an Office Open XML file (not a zip archive)", path=path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnsupportedDocument(f"corrupt zip archive: {type(exc).__name__}", path=path) from None
    if len(infos) > limits.max_zip_members:
        raise HostileDocument(f"{len(infos)} zip members, over {limits.max_zip_members}", path=path)
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > 1024 * 1024 and ratio > limits.max_zip_ratio:
            raise HostileDocument(f"zip member {info.filename!r} expands {ratio:.0f}x (zip bomb?)", path=path)
    if total > limits.max_unzipped_bytes:
        raise HostileDocument(
            f"zip expands to {total} bytes, over the {limits.max_unzipped_bytes}-byte limit", path=path
        )


def decode_text(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), else CP932 (Shift_JIS); NUL bytes mean binary junk."""
    if b"\x00" in data[:65536]:
        raise UnsupportedDocument("binary content in a text file", path=path)
    for enc in ("utf-8-sig", "cp932"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise UnsupportedDocument("text is neither UTF-8 nor Shift_JIS", path=path)
