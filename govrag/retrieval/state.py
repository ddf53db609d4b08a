"""Index state: the :class:`Hit` value, the manifest, the folder lock and progress bars.

>>> Hit(law_id="405AC0000000088", law_title="行政手続法", article="7", paragraph=None, text="…",
...     score=1.0, citation="行政手続法第七条").match
'fused'
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from govrag.errors import ConfigError, GovragError, IndexIncomplete, IndexLocked

__all__ = ["FORMAT", "MANIFEST", "Hit", "IndexIncomplete", "IndexLocked", "MatchKind"]

MANIFEST = "manifest.json"
FORMAT = 1
MatchKind = Literal["citation", "fused"]


@dataclass(frozen=True, slots=True)
class Hit:
    """One retrieved provision with the scores that explain its rank.

    ``score`` is the fused score; ``sparse_rank``/``dense_rank`` (1-based, None: not retrieved by
    that signal) and ``sparse_score``/``dense_score`` are the raw signals; ``match`` is
    ``"citation"`` when the query named this provision.
    """

    law_id: str
    law_title: str
    article: str
    paragraph: int | None
    text: str
    score: float
    citation: str
    caption: str | None = None
    revision_id: str | None = None
    chapter_path: tuple[str, ...] = ()
    suppl: bool = False
    unit_id: str = ""
    paragraphs: tuple[int, ...] = ()
    sparse_score: float | None = None
    dense_score: float | None = None
    sparse_rank: int | None = None
    dense_rank: int | None = None
    match: MatchKind = "fused"


@dataclass(slots=True)
class _Manifest:
    status: Literal["building", "complete"]
    embedder: str | None
    dim: int | None
    analyzer: str
    avg_len: float
    k1: float
    b: float
    backend: str
    collection: str
    max_chars: int
    dense_suppl: bool
    law_names: dict[str, list[str]] = field(default_factory=dict)
    units: int = 0
    corpus_hash: str | None = None
    updated: float = 0.0
    format: int = FORMAT

    @classmethod
    def from_json(cls, data: dict[str, Any], where: str) -> _Manifest:
        if data.get("format") != FORMAT:
            raise ConfigError(
                f"index at {where} has format {data.get('format')!r}; this govrag reads {FORMAT}"
            )
        try:
            return cls(**data)
        except TypeError as exc:
            raise GovragError(f"corrupt index manifest at {where}: {exc}") from None


class _Lock:
    """An advisory ``flock`` on ``<path>/.lock`` (exclusive for writers, shared for readers)."""

    def __init__(self, path: Path, *, exclusive: bool) -> None:
        import fcntl

        path.mkdir(parents=True, exist_ok=True)
        self._fh = (path / ".lock").open("a+")
        try:
            fcntl.flock(self._fh, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            self._fh.close()
            raise IndexLocked(
                f"index at {path} is in use by another process"
                + (" (a second writer is not allowed)" if exclusive else " (a build is running)")
            ) from None

    def release(self) -> None:
        import fcntl

        if not self._fh.closed:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()


def _laws_of(corpus: Any) -> list[Any]:
    laws = getattr(corpus, "laws", corpus)
    if callable(laws):
        laws = laws()
    return list(laws)


def _law_names(corpus: Any, laws: Sequence[Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}

    def add(name: str, law_id: str) -> None:
        if name and law_id not in out.setdefault(name, []):
            out[name].append(law_id)

    for law in laws:
        add(law.title, law.law_id)
        add(law.law_id, law.law_id)
        for abbr in getattr(law, "abbreviations", ()) or ():
            add(abbr, law.law_id)
    names = getattr(corpus, "law_names", None)
    if callable(names):
        for name, law_id in names().items():
            add(name, law_id)
    ambiguous = getattr(corpus, "ambiguous_names", None)
    if isinstance(ambiguous, dict):
        for name, ids in ambiguous.items():
            for law_id in ids:
                add(name, law_id)
    return out


def _corpus_hash(corpus: Any) -> str | None:
    value = getattr(corpus, "content_hash", None)
    return value if isinstance(value, str) else None


def _progress_enabled(progress: bool | None) -> bool:
    if progress is None:
        return sys.stderr.isatty()
    return progress


class _Bar:
    def __init__(self, total: int, desc: str, enabled: bool) -> None:
        self._bar: Any = None
        if enabled and total:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=desc, unit="unit", file=sys.stderr)

    def update(self, n: int) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
