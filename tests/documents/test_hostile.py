"""Hostile and broken files get typed errors and never stop a batch; the batch reports them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from govrag.documents.ingest import load_document, load_documents
from govrag.documents.limits import OLE_MAGIC, Limits
from govrag.errors import (
    CorpusError,
    DocumentError,
    EncryptedDocument,
    HostileDocument,
    NoTextLayer,
    UnsupportedDocument,
)
from tests.documents.conftest import DOCS


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * (24 * 1024 * 1024))  # 24 MiB of zeros, ~24 KiB zipped


def _encrypted_pdf(path: Path) -> None:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=str(DOCS / "yoryo_shomeisho.pdf"))
    writer.encrypt(user_password="secret", owner_password="owner")
    writer.write(str(path))


def _image_only_pdf(path: Path) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("RGB", (40, 40), "white")
    c = canvas.Canvas(str(path), invariant=1)
    c.drawImage(ImageReader(img), 50, 700, 200, 200)  # a 'scan' with no text layer
    c.showPage()
    c.save()


def _huge_sheet(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("台帳")
    for i in range(400):
        ws.append([i, f"行{i}"])
    wb.save(str(path))


CASES = [
    ("bomb.docx", _zip_bomb, HostileDocument, Limits()),
    ("bomb.xlsx", _zip_bomb, HostileDocument, Limits()),
    ("locked.pdf", _encrypted_pdf, EncryptedDocument, Limits()),
    ("scan.pdf", _image_only_pdf, NoTextLayer, Limits()),
    ("huge.xlsx", _huge_sheet, HostileDocument, Limits(max_rows=100)),
    ("locked.docx", lambda p: p.write_bytes(OLE_MAGIC + b"\0" * 512), EncryptedDocument, Limits()),
    ("junk.pdf", lambda p: p.write_bytes(bytes(range(256)) * 8), UnsupportedDocument, Limits()),
    ("junk.docx", lambda p: p.write_bytes(b"PK\x03\x04 not really a zip"), UnsupportedDocument, Limits()),
    ("junk.txt", lambda p: p.write_bytes(b"\x00\x01\x02binary\x00"), UnsupportedDocument, Limits()),
    ("notes.rtf", lambda p: p.write_text("{\\rtf1 x}"), UnsupportedDocument, Limits()),
    (
        "big.txt",
        lambda p: p.write_text("あ" * 3000, encoding="utf-8"),
        HostileDocument,
        Limits(max_file_bytes=4096),
    ),
]


@pytest.mark.parametrize(("name", "make", "error", "limits"), CASES, ids=[c[0] for c in CASES])
def test_hostile_file_gets_a_typed_error(tmp_path: Path, name: str, make, error, limits) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    make(path)
    with pytest.raises(error) as info:
        load_document(path, limits=limits)
    assert isinstance(info.value, DocumentError) and isinstance(info.value, CorpusError)
    assert str(path) in str(info.value)


def test_zip_bomb_is_refused_before_decompression(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    _zip_bomb(path)
    import tracemalloc

    tracemalloc.start()
    with pytest.raises(HostileDocument, match="expands"):
        load_document(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 8 * 1024 * 1024  # the 24 MiB part was never inflated


def test_batch_skips_and_reports_without_stopping(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    _zip_bomb(folder / "a_bomb.docx")
    _encrypted_pdf(folder / "b_locked.pdf")
    (folder / "c_ok.md").write_text(
        "# 要領\n\n## 1 目的\n\nこの要領は事務の処理を定める。\n", encoding="utf-8"
    )
    (folder / "d_junk.txt").write_bytes(b"\x00junk")
    result = load_documents([folder])
    assert [Path(d.meta.source).name for d in result.documents] == ["c_ok.md"]
    reasons = {Path(s.path).name: (s.error, s.reason) for s in result.skipped}
    assert reasons == {
        "a_bomb.docx": ("HostileDocument", "hostile"),
        "b_locked.pdf": ("EncryptedDocument", "encrypted"),
        "d_junk.txt": ("UnsupportedDocument", "unsupported"),
    }
    assert "3 skipped" in result.summary() and "b_locked.pdf: encrypted" in result.summary()
