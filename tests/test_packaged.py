"""govrag._packaged: the one SHA-256-checked reader/writer of packaged model arrays."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from govrag._packaged import load_arrays, save_arrays
from govrag.errors import ConfigError


def _saved(tmp_path: Path) -> Path:
    arrays = [np.arange(4, dtype=np.int32), np.ones((2, 3), dtype=np.float16)]
    save_arrays(tmp_path, "m.npy", "m.json", arrays, {"command": "python fit.py --write", "note": "記録"})
    return tmp_path


def test_round_trip_is_exact_and_reproducible(tmp_path: Path) -> None:
    d = _saved(tmp_path)
    first = (d / "m.npy").read_bytes(), (d / "m.json").read_bytes()
    arrays, meta = load_arrays(d, "m.npy", "m.json")
    assert [a.dtype.name for a in arrays] == ["int32", "float16"]
    assert arrays[0].tolist() == [0, 1, 2, 3] and meta["note"] == "記録"
    assert next(iter(meta)) == "sha256"
    _saved(d)
    assert ((d / "m.npy").read_bytes(), (d / "m.json").read_bytes()) == first


def _flip_byte(d: Path) -> None:
    raw = bytearray((d / "m.npy").read_bytes())
    raw[-1] ^= 1
    (d / "m.npy").write_bytes(bytes(raw))


def _drop_npy(d: Path) -> None:
    (d / "m.npy").unlink()


def _garble_json(d: Path) -> None:
    (d / "m.json").write_text("{not json", encoding="utf-8")


def _no_digest(d: Path) -> None:
    (d / "m.json").write_text('{"command": "x"}', encoding="utf-8")


@pytest.mark.parametrize(
    ("damage", "message"),
    [(_flip_byte, "SHA-256"), (_drop_npy, "cannot read"), (_garble_json, "cannot read"),
     (_no_digest, "records no SHA-256")],
)
def test_damaged_files_fail_closed(tmp_path: Path, damage: Callable[[Path], None], message: str) -> None:
    d = _saved(tmp_path)
    damage(d)
    with pytest.raises(ConfigError, match=message):
        load_arrays(d, "m.npy", "m.json")
