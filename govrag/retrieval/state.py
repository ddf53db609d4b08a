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

__all__ = [
    "FORMAT",
    "MANIFEST",
    "Hit",
    "IndexIncomplete",
    "IndexLocked",
    "MatchKind",
    "RetrievalMode",
    "Signal",
]

MANIFEST = "manifest.json"
#: Manifest format. 2 added ``dense_complete`` (a sparse-first index answers before its dense half
#: exists); a format-1 reader refuses format 2, so an older govrag never takes a half-built index
#: for a hybrid one. Format 1 manifests are still read.
FORMAT = 2
_READABLE_FORMATS = (1, 2)
MatchKind = Literal["citation", "fused"]
#: ``"sparse"``: BM25 (+ thesaurus, + exact citations) only; ``"hybrid"``: BM25 and dense fused.
RetrievalMode = Literal["sparse", "hybrid"]
#: What produced a hit: the BM25 ranking, the dense ranking, or the query naming the provision.
Signal = Literal["bm25", "dense", "citation"]


@dataclass(frozen=True, slots=True)
class Hit:
    """One retrieved provision with the scores that explain its rank.

    ``score`` is the fused score; ``sparse_rank``/``dense_rank`` (1-based, None: not retrieved by
    that signal) and ``sparse_score``/``dense_score`` are the raw signals; ``match`` is
    ``"citation"`` when the query named this provision. ``retrieval_mode`` says whether the
    index answered with both signals (``"hybrid"``) or BM25 alone (``"sparse"``: its dense half
    is not built yet, or it has none); :attr:`signals` names the signals that found this hit.
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
    retrieval_mode: RetrievalMode = "hybrid"
    # --- documents (govrag.documents): law_id is the document id ("doc:…"), law_title its
    # title, article its section path (「第2の(1)」), citation the document citation
    kind: Literal["statute", "document"] = "statute"
    level: int | None = None
    page: int | None = None
    source: str | None = None

    @property
    def signals(self) -> tuple[Signal, ...]:
        """The signals that produced this hit, e.g. ``("bm25", "dense")`` or ``("citation",)``.

        >>> Hit(law_id="x", law_title="t", article="1", paragraph=None, text="", score=1.0,
        ...     citation="t第一条", sparse_rank=3, retrieval_mode="sparse").signals
        ('bm25',)
        """
        out: list[Signal] = []
        if self.match == "citation":
            out.append("citation")
        if self.sparse_rank is not None:
            out.append("bm25")
        if self.dense_rank is not None:
            out.append("dense")
        return tuple(out)


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
    #: True once every unit that gets a dense vector has it (``embedder`` names the dense model,
    #: wanted or present). False: a sparse-first index, searched with BM25 only until completed.
    dense_complete: bool = False
    #: Units that get a dense vector (main provisions, plus 附則 with ``dense_suppl``).
    dense_units: int = 0

    @classmethod
    def from_json(cls, data: dict[str, Any], where: str) -> _Manifest:
        fmt = data.get("format")
        if fmt not in _READABLE_FORMATS:
            raise ConfigError(
                f"index at {where} has format {fmt!r}; this govrag reads {list(_READABLE_FORMATS)}"
            )
        data = dict(data)
        if fmt == 1:  # before sparse-first builds: a complete index had all of its signals
            data["dense_complete"] = data.get("embedder") is not None and data.get("status") == "complete"
            data["format"] = FORMAT
        try:
            return cls(**data)
        except TypeError as exc:
            raise GovragError(f"corrupt index manifest at {where}: {exc}") from None

    @property
    def signals_complete(self) -> list[str]:
        """Signals this index can search with: ``["bm25"]`` or ``["bm25", "dense"]``."""
        if self.status != "complete":
            return []
        return ["bm25", "dense"] if (self.embedder and self.dense_complete) else ["bm25"]

    @property
    def retrieval_mode(self) -> RetrievalMode:
        return "hybrid" if "dense" in self.signals_complete else "sparse"


class _Lock:
    """An advisory ``flock`` on ``<path>/.lock`` (exclusive for writers, shared for readers)."""

    def __init__(self, path: Path, *, exclusive: bool) -> None:
        import fcntl

        path.mkdir(parents=True, exist_ok=True)
        self._path = path
        self.exclusive = exclusive
        self._fh = (path / ".lock").open("a+")
        try:
            fcntl.flock(self._fh, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            self._fh.close()
            raise IndexLocked(
                f"index at {path} is in use by another process"
                + (" (a second writer is not allowed)" if exclusive else " (a build is running)")
            ) from None

    @classmethod
    def wait(cls, path: Path, *, exclusive: bool, timeout: float) -> _Lock:
        """Like the constructor, but retry for up to ``timeout`` seconds."""
        import time

        deadline = time.monotonic() + timeout
        while True:
            try:
                return cls(path, exclusive=exclusive)
            except IndexLocked:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.2)

    def upgrade(self) -> None:
        """Turn a reader's shared lock into an exclusive one, or raise :class:`IndexLocked` when
        another process has the index open."""
        import fcntl

        try:
            fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self.exclusive = True
        except BlockingIOError:
            raise IndexLocked(
                f"index at {self._path} is open in another process; close it to attach the dense half"
            ) from None

    def downgrade(self) -> None:
        """Turn a writer's exclusive lock into a reader's shared one (other readers may join)."""
        import fcntl

        fcntl.flock(self._fh, fcntl.LOCK_SH)
        self.exclusive = False

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
    """``None``: bars on a terminal and in a Jupyter kernel, none when piped."""
    if progress is None:
        return sys.stderr.isatty() or "ipykernel" in sys.modules
    return progress


class _Bar:
    """A tqdm bar with rate and ETA (``tqdm.auto``: a widget in Jupyter, text on a terminal)."""

    def __init__(self, total: int, desc: str, enabled: bool, *, unit: str = "unit") -> None:
        self._bar: Any = None
        if enabled and total:
            from tqdm.auto import tqdm

            self._bar = tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, dynamic_ncols=True)

    def update(self, n: int) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
