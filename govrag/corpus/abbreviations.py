"""Law abbreviations (略称): the packaged data file plus user extensions.

The packaged file ``govrag/corpus/data/abbreviations.toml`` maps e-Gov law ids to the
abbreviations in real use. Users extend it with a TOML file of the same shape or a mapping.

>>> builtin_abbreviations()["405AC0000000088"]
('行手法',)
>>> load_abbreviations({"411AC0000000042": ["情報公開法"]})["411AC0000000042"]
('情報公開法',)
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from govrag.errors import ConfigError

__all__ = ["AbbreviationSource", "builtin_abbreviations", "load_abbreviations"]

#: What ``Corpus.from_path(..., abbreviations=...)`` accepts.
AbbreviationSource = str | os.PathLike[str] | Mapping[str, Sequence[str]]


def _validate(table: Any, origin: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(table, Mapping):
        raise ConfigError(f"abbreviations from {origin}: expected a table law_id -> [names]")
    out: dict[str, tuple[str, ...]] = {}
    for law_id, names in table.items():
        if not isinstance(law_id, str) or not law_id:
            raise ConfigError(f"abbreviations from {origin}: bad law id {law_id!r}")
        if isinstance(names, str) or not isinstance(names, Sequence) or not all(
                isinstance(n, str) and n.strip() for n in names):
            raise ConfigError(f"abbreviations from {origin}: {law_id} needs a list of non-empty "
                              f"strings, got {names!r}")
        out[law_id] = tuple(dict.fromkeys(n.strip() for n in names))
    return out


@lru_cache(maxsize=1)
def builtin_abbreviations() -> dict[str, tuple[str, ...]]:
    """The packaged law id -> abbreviations table."""
    data = resources.files("govrag.corpus").joinpath("data/abbreviations.toml").read_bytes()
    doc = tomllib.loads(data.decode("utf-8"))
    return _validate(doc.get("abbreviations", {}), "govrag/corpus/data/abbreviations.toml")


def load_abbreviations(source: AbbreviationSource) -> dict[str, tuple[str, ...]]:
    """Read a user table: a TOML file (``[abbreviations]`` table, or top-level) or a mapping."""
    if isinstance(source, Mapping):
        return _validate(source, "mapping")
    path = Path(source)
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"abbreviations file not found: {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"abbreviations file {path} is not valid TOML: {exc}") from None
    return _validate(doc.get("abbreviations", doc), str(path))
