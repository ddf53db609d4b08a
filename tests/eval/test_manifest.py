"""Corpus manifests: the shipped ones match the shared corpora; malformed ones fail clearly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from govrag.eval.manifest import ManifestError, load_manifest
from tests.conftest import CORPORA, EGOV_XML

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "corpora" / "core-29.toml"
ACTS = ROOT / "corpora" / "acts-1722.toml"


def test_core_manifest_pins_the_core_corpus(core_corpus: Any) -> None:
    m = load_manifest(CORE)
    assert m.name == "core-29" and len(m.laws) == 29
    assert m.resolve_root() == EGOV_XML
    assert set(m.law_ids) == {law.law_id for law in core_corpus.laws}
    by_id = {law.law_id: law for law in core_corpus.laws}
    for entry in m.laws:
        assert by_id[entry.law_id].title == entry.title
        assert by_id[entry.law_id].revision_id == entry.revision_id
    assert m.verify() == []  # every file present with the pinned SHA-256


def test_acts_manifest_lists_1722_files() -> None:
    m = load_manifest(ACTS)
    assert len(m.laws) == 1722 and m.resolve_root() == CORPORA
    assert set(load_manifest(CORE).law_ids) < set(m.law_ids)
    assert m.verify(hashes=False) == []


def _manifest(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "m.toml"
    path.write_text(body, encoding="utf-8")
    return path


LAW = ('[[laws]]\nlaw_id = "405AC0000000088"\ntitle = "行政手続法"\n'
       'revision_id = "405AC0000000088_20240926_506AC0000000065"\nfile = "a.xml"\n')


def test_verify_reports_tampering_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_bytes(b"<Law/>")
    body = f'name = "t"\nroot = "."\n{LAW}sha256 = "{"0" * 64}"\n'
    problems = load_manifest(_manifest(tmp_path, body)).verify()
    assert len(problems) == 1 and problems[0].startswith("a.xml: sha256 ")
    assert load_manifest(_manifest(tmp_path, body)).verify(hashes=False) == []
    (tmp_path / "a.xml").unlink()
    assert load_manifest(_manifest(tmp_path, body)).verify() == ["a.xml: missing"]


def test_root_not_found(tmp_path: Path) -> None:
    m = load_manifest(_manifest(tmp_path, f'name = "t"\nroot = "no/such/dir"\n{LAW}'))
    with pytest.raises(ManifestError, match="corpus root 'no/such/dir' not found"):
        m.resolve_root()
    assert m.verify()[0].startswith("corpus root")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('name = "t"\nroot = "."\n', "non-empty array"),
        (f'root = "."\n{LAW}', "missing 'name'"),
        (f'name = "t"\nroot = "."\nformat = "pdf"\n{LAW}', "format 'pdf'"),
        (f'name = "t"\nroot = "."\nsize = 3\n{LAW}', "unknown key"),
        (f'name = "t"\nroot = "."\n{LAW}{LAW}', "listed twice"),
        (f'name = "t"\nroot = "."\n{LAW.replace("405AC0000000088_", "406AC0000000001_")}', "does not belong"),
        (f'name = "t"\nroot = "."\n{LAW.replace("a.xml", "../x.xml")}', "without '..'"),
        (f'name = "t"\nroot = "."\n{LAW}sha256 = "abc"\n', "64 lower-case hex"),
        (f'name = "t"\nroot = "."\n{LAW}color = "red"\n', "unknown key"),
        ('name = "t"\nroot = \n', "invalid TOML"),
    ],
)
def test_bad_manifests(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ManifestError, match=message):
        load_manifest(_manifest(tmp_path, body))


def test_missing_manifest(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="no such manifest"):
        load_manifest(tmp_path / "none.toml")
