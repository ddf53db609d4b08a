"""The parsed-corpus snapshot: reused only while the statute files are byte-for-byte unchanged."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from govrag.corpus import Corpus
from govrag.retrieval import snapshot
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
    return sorted((cache / "corpus").glob("*.jsonl"))


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


LAWS = ("322AC0000000125", "405AC0000000088", "411AC0000000042")  # 国家賠償法, 行政手続法, 情報公開法


@pytest.fixture()
def settled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three laws whose stat identity is recorded at once (no settling time: ctime is always now)."""
    monkeypatch.setattr(snapshot, "_SETTLE_S", 0.0)
    out = tmp_path / "settled"
    out.mkdir()
    for law in LAWS:
        src = next(EGOV_XML.glob(f"{law}_*.xml"))
        (out / src.name).write_bytes(src.read_bytes())
    return out


def _count_digests(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = snapshot._bytes_digest

    def counting(files: Any) -> str:
        calls.append(len(files))
        return real(files)

    monkeypatch.setattr(snapshot, "_bytes_digest", counting)
    return calls


def test_laws_are_decoded_on_first_lookup_with_the_parse_values(settled: Path, tmp_path: Path) -> None:
    parsed = Corpus.from_path(settled)
    load_corpus([settled], cache_dir=tmp_path / "c")
    lazy = load_corpus([settled], cache_dir=tmp_path / "c")
    assert type(lazy).__name__ == "_SnapshotCorpus" and len(lazy) == 3
    # metadata-only answers decode nothing
    assert lazy.content_hash == parsed.content_hash and lazy.law_names() == parsed.law_names()
    assert lazy._loaded == set()  # type: ignore[attr-defined]
    cases = [("行手法", "7", None, None), ("国賠法", "1", 1, None), ("情報公開法", "5", None, "1"),
             ("行政手続法", "第二条", None, "第一号"), ("国家賠償法", "99", None, None)]
    for law, article, paragraph, item in cases:
        want = parsed.provision(law, article, paragraph, item)
        assert lazy.provision(law, article, paragraph, item) == want
    assert lazy.law("国賠法") == parsed.law("国賠法") and lazy.law("存在しない法") is None
    assert lazy._loaded == {"322AC0000000125", "405AC0000000088", "411AC0000000042"}  # type: ignore[attr-defined]
    assert lazy.laws == parsed.laws and list(lazy) == list(parsed.laws)
    assert list(lazy.provisions(level=None)) == list(parsed.provisions(level=None))


def test_stat_match_skips_hashing_and_any_stat_change_rehashes(
        settled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "c"
    calls = _count_digests(monkeypatch)
    load_corpus([settled], cache_dir=cache)
    assert calls == [3]  # first run: hashed, parsed, identities recorded
    load_corpus([settled], cache_dir=cache)
    assert calls == [3]  # unchanged identities: no hashing
    file = sorted(settled.glob("*.xml"))[0]
    os.utime(file, ns=(0, 10**18))  # touched, same bytes: hashed once, snapshot kept, re-recorded
    again = load_corpus([settled], cache_dir=cache)
    assert calls == [3, 3] and type(again).__name__ == "_SnapshotCorpus"
    load_corpus([settled], cache_dir=cache)
    assert calls == [3, 3]


def test_a_recently_modified_file_is_hashed_until_it_settles(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_digests(monkeypatch)
    load_corpus([folder], cache_dir=tmp_path / "c")
    load_corpus([folder], cache_dir=tmp_path / "c")
    assert calls == [1, 1]  # the fixture just wrote the file: its identity is not trusted yet


def test_an_unreadable_law_line_is_parsed_from_its_file(settled: Path, tmp_path: Path) -> None:
    cache = tmp_path / "c"
    parsed = Corpus.from_path(settled)
    load_corpus([settled], cache_dir=cache)
    snap = _snapshots(cache)[0]
    lines = snap.read_bytes().split(b"\n")
    lines[2] = b"[" + b"x" * (len(lines[2]) - 1)  # same length: the other laws' offsets hold
    snap.write_bytes(b"\n".join(lines))
    lazy = load_corpus([settled], cache_dir=cache)
    assert lazy.laws == parsed.laws


def test_a_corrupt_header_hash_means_a_parse(settled: Path, tmp_path: Path) -> None:
    cache = tmp_path / "c"
    load_corpus([settled], cache_dir=cache)
    snap = _snapshots(cache)[0]
    head, _, body = snap.read_bytes().partition(b"\n")
    meta = json.loads(head)
    meta["laws"][0]["content_hash"] = "0" * 64
    snap.write_bytes(json.dumps(meta).encode() + b"\n" + body)
    again = load_corpus([settled], cache_dir=cache)
    assert type(again) is Corpus and again.content_hash == Corpus.from_path(settled).content_hash


def test_verifying_a_citation_decodes_only_the_cited_law(settled: Path, tmp_path: Path) -> None:
    from govrag.cite import verify_citations

    load_corpus([settled], cache_dir=tmp_path / "c")
    lazy = load_corpus([settled], cache_dir=tmp_path / "c")
    answer = "行政手続法第七条により、行政庁は遅滞なく審査を開始しなければならない。"
    report = verify_citations(answer, corpus=lazy, sources=None)
    assert [c.status for c in report.items] == ["valid"]
    assert lazy._loaded == {"405AC0000000088"}  # type: ignore[attr-defined]
    assert len(lazy) == 3 and lazy._loaded == {"405AC0000000088"}  # type: ignore[attr-defined]
