"""The parsed-corpus snapshot: reused only while the statute files are byte-for-byte unchanged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from govrag.retrieval.snapshot import load_corpus
from tests.conftest import EGOV_XML

LAW = "322AC0000000125"  # 国家賠償法


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    src = next(EGOV_XML.glob(f"{LAW}_*.xml"))
    out = tmp_path / "laws"
    out.mkdir()
    (out / src.name).write_bytes(src.read_bytes())
    return out


def _snapshots(cache: Path) -> list[Path]:
    return sorted((cache / "corpus").glob("*.json"))


def test_second_load_comes_from_the_snapshot_and_equals_the_parse(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = load_corpus([folder], cache_dir=cache)
    assert len(_snapshots(cache)) == 1
    second = load_corpus([folder], cache_dir=cache)
    assert second.laws == first.laws and second.content_hash == first.content_hash
    assert second.law("国賠法") is not None and second.provision(LAW, "1", 1) is not None


@pytest.mark.parametrize("keep_mtime", [True, False])
def test_an_edited_file_is_parsed_again(folder: Path, tmp_path: Path, keep_mtime: bool) -> None:
    cache = tmp_path / "cache"
    first = load_corpus([folder], cache_dir=cache)
    file = next(folder.glob("*.xml"))
    st = file.stat()
    raw = file.read_bytes()
    edited = raw.replace("公務員".encode(), "公務貝".encode(), 1)
    assert edited != raw and len(edited) == len(raw)
    file.write_bytes(edited)
    if keep_mtime:  # same size and mtime: only the content hash tells
        os.utime(file, ns=(st.st_atime_ns, st.st_mtime_ns))
    second = load_corpus([folder], cache_dir=cache)
    assert second.content_hash != first.content_hash
    assert any("公務貝" in p.text for p in second.laws[0].provisions)


@pytest.mark.parametrize("garbage", [b"", b"{not json", b'{"version": "other"}', b"[]"])
def test_a_broken_snapshot_is_ignored(folder: Path, tmp_path: Path, garbage: bytes) -> None:
    cache = tmp_path / "cache"
    first = load_corpus([folder], cache_dir=cache)
    _snapshots(cache)[0].write_bytes(garbage)
    again = load_corpus([folder], cache_dir=cache)
    assert again.laws == first.laws
