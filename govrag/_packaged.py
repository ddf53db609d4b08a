"""Model files shipped as package data, each checked against its recorded SHA-256: the one reader
and writer behind the DLP classifier, the query adapter and the rerank model.

A model is ``<name>.npy`` — one or more ``.npy`` records back to back (no zip: its timestamps would
change the bytes on every fit) — beside a JSON metadata file whose first key is the SHA-256 of
those bytes.

>>> import tempfile, numpy as np
>>> d = Path(tempfile.mkdtemp())
>>> digest = save_arrays(d, "demo.npy", "demo.json", [np.arange(3, dtype=np.int32)], {"k": 1})
>>> arrays, meta = load_arrays(d, "demo.npy", "demo.json")
>>> arrays[0].tolist(), meta["k"], meta["sha256"] == digest
([0, 1, 2], 1, True)
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from govrag.errors import ConfigError

__all__ = ["load_arrays", "save_arrays"]


def load_arrays(directory: Path, npy: str, meta_file: str) -> tuple[list[Any], dict[str, Any]]:
    """The arrays of ``directory/npy`` and its metadata; ConfigError when a file is missing or
    unreadable or the bytes do not match the recorded SHA-256."""
    import numpy as np

    try:
        meta = json.loads((directory / meta_file).read_text(encoding="utf-8"))
        raw = (directory / npy).read_bytes()
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read the packaged model {directory / npy}: {exc}; reinstall govrag"
                          " or regenerate it with the command its metadata records") from exc
    if not isinstance(meta, dict) or "sha256" not in meta:
        raise ConfigError(f"{directory / meta_file} records no SHA-256")
    digest = hashlib.sha256(raw).hexdigest()
    if digest != meta["sha256"]:
        raise ConfigError(f"{npy} has SHA-256 {digest}, not the recorded {meta['sha256']}")
    buf = io.BytesIO(raw)
    arrays = []
    while buf.tell() < len(raw):
        arrays.append(np.load(buf, allow_pickle=False))
    return arrays, meta


def save_arrays(
    directory: Path, npy: str, meta_file: str, arrays: Sequence[Any], meta: dict[str, Any]
) -> str:
    """Write ``arrays`` (as given: cast them first) and ``{"sha256": …, **meta}``; returns the digest."""
    import numpy as np

    buf = io.BytesIO()
    for array in arrays:
        np.save(buf, array, allow_pickle=False)
    raw = buf.getvalue()
    (directory / npy).write_bytes(raw)
    digest = hashlib.sha256(raw).hexdigest()
    text = json.dumps({"sha256": digest, **meta}, indent=1, ensure_ascii=False) + "\n"
    (directory / meta_file).write_text(text, encoding="utf-8")
    return digest
