"""Progressive indexes in a cache folder: answer from the BM25 half at once, add the dense half
later (a budget per call, a detached background build, or a full build), and report progress.

``open_or_build`` keeps one index per corpus content under ``cache_dir/index/<hash>`` and one
embedding cache for all corpus versions (``cache_dir/embeddings.sqlite``). The first call builds
the sparse half only (seconds) and answers in ``"sparse"`` mode; the manifest records that the
dense half is missing, so the index is never taken for a hybrid one.

A background build is a detached ``python -m govrag.retrieval.progressive`` process holding
``.dense.lock`` in the index folder; it embeds into the embedding cache (no lock on the index, so
asks keep answering), writes ``dense-progress.json`` (done, total, rate, ETA) and attaches the
vectors when no other process has the index open.

>>> status = index_status(Path("/nonexistent/index"))
>>> status["exists"], status["retrieval_mode"]
(False, None)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from govrag.errors import ConfigError, GovragError
from govrag.retrieval.fusion import FusionConfig
from govrag.retrieval.index import DEFAULT_EMBEDDER, StatuteIndex
from govrag.retrieval.state import MANIFEST, IndexIncomplete, IndexLocked

__all__ = [
    "background_running",
    "index_path",
    "index_status",
    "open_or_build",
    "start_background",
]

TARGETS = "dense-targets.json"
PROGRESS = "dense-progress.json"
DENSE_LOCK = ".dense.lock"
LOG = "background.log"


def index_path(corpus: Any, *, cache_dir: str | Path) -> Path:
    """The index folder of ``corpus`` (keyed by its content hash) under ``cache_dir``."""
    digest = str(corpus.content_hash).removeprefix("sha256:")[:24]
    return Path(cache_dir) / "index" / digest


def open_or_build(
    corpus: Any,
    *,
    cache_dir: str | Path,
    embedder: str | None = DEFAULT_EMBEDDER,
    dense_budget_s: float = 0.0,
    background: bool = False,
    progress: bool | None = None,
    fusion: FusionConfig | None = None,
) -> StatuteIndex:
    """Open the index of ``corpus`` under ``cache_dir``, building its sparse half on first use.

    While the dense half is missing, each call spends up to ``dense_budget_s`` seconds embedding
    (resumable: vectors go to the shared embedding cache) and attaches the vectors once all are
    there; ``background=True`` starts a detached build instead (see :func:`start_background`).
    The returned index says which mode it answers in (:attr:`StatuteIndex.retrieval_mode`).
    """
    cache = Path(cache_dir)
    path = index_path(corpus, cache_dir=cache)
    index: StatuteIndex | None = None
    rebuild = False
    if (path / MANIFEST).is_file():
        try:
            index = StatuteIndex.open(path=path, embedder=embedder, fusion=fusion)
        except IndexIncomplete:
            index = None  # an interrupted sparse build: building again resumes it
        except ConfigError as exc:  # e.g. another embedder or an unreadable format: start over
            print(f"govrag: rebuilding the index at {path} ({exc})", file=sys.stderr)
            rebuild = True
    if index is None:
        path.mkdir(parents=True, exist_ok=True)
        index = StatuteIndex.build(
            corpus,
            path=path,
            embedder=embedder,
            dense="later",
            cache_dir=cache,
            progress=progress,
            rebuild=rebuild,
            fusion=fusion,
        )
    index._cache_dir = cache
    if index.dense_pending and not background_running(path):
        if background:
            write_targets(index)
            start_background(path, cache_dir=cache)
        else:
            try:
                index.complete_dense(budget_s=dense_budget_s, cache_dir=cache, progress=progress)
            except IndexLocked:
                pass  # another process has it open: stay sparse this time
    return index


def write_targets(index: StatuteIndex) -> Path:
    """Write the texts the dense half needs (``dense-targets.json``) for a background build."""
    from govrag.retrieval.dense_half import dense_targets

    if index.path is None:
        raise ConfigError("a background build needs an index folder")
    targets = dense_targets(index._backend, dense_suppl=index._manifest.dense_suppl)
    out = index.path / TARGETS
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(targets, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, out)
    return out


def background_running(path: str | Path) -> bool:
    """True while a background dense build holds ``.dense.lock`` in the index folder."""
    import fcntl

    lock = Path(path) / DENSE_LOCK
    if not lock.exists():
        return False
    with lock.open("a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fh, fcntl.LOCK_UN)
    return False


def start_background(path: str | Path, *, cache_dir: str | Path) -> int | None:
    """Start a detached dense build for the index at ``path`` (its ``dense-targets.json`` must
    exist, see :func:`write_targets`). Returns the child's pid, or None when one is running."""
    root = Path(path)
    if background_running(root):
        return None
    if not (root / TARGETS).is_file():
        raise ConfigError(f"no {TARGETS} in {root}: write_targets(index) first")
    _write_progress(root, {"state": "starting", "done": 0, "total": None, "started": time.time()})
    with (root / LOG).open("ab") as log:
        child = subprocess.Popen(
            [sys.executable, "-m", "govrag.retrieval.progressive", str(root), str(cache_dir)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            close_fds=True,
        )
    return child.pid


def index_status(path: str | Path, *, cache_dir: str | Path | None = None) -> dict[str, Any]:
    """What the index at ``path`` holds and how far its dense half is (no lock, no shard open)."""
    root = Path(path)
    out: dict[str, Any] = {"path": str(root), "exists": (root / MANIFEST).is_file(), "retrieval_mode": None}
    if not out["exists"]:
        return out
    from govrag.retrieval.state import _Manifest

    manifest = _Manifest.from_json(json.loads((root / MANIFEST).read_text(encoding="utf-8")), str(root))
    out.update(
        status=manifest.status,
        signals_complete=manifest.signals_complete,
        retrieval_mode=manifest.retrieval_mode if manifest.status == "complete" else None,
        embedder=manifest.embedder,
        units=manifest.units,
        dense_units=manifest.dense_units,
        background_running=background_running(root),
    )
    progress = _read_progress(root)
    if progress:
        out["background"] = progress
    if manifest.embedder and not manifest.dense_complete and (root / TARGETS).is_file():
        from govrag.retrieval.dense_half import pending_texts
        from govrag.retrieval.embed import EmbeddingCache

        targets = json.loads((root / TARGETS).read_text(encoding="utf-8"))
        db = Path(cache_dir or root.parent.parent) / "embeddings.sqlite"
        if db.is_file():
            cache = EmbeddingCache(db)
            try:
                texts = [t for _, t in targets]
                out["dense_cached"] = len(set(texts)) - pending_texts(manifest.embedder, texts, cache)
            finally:
                cache.close()
    return out


def _write_progress(root: Path, data: dict[str, Any]) -> None:
    tmp = root / (PROGRESS + ".tmp")
    tmp.write_text(json.dumps({**data, "pid": os.getpid(), "updated": time.time()}), encoding="utf-8")
    os.replace(tmp, root / PROGRESS)


def _read_progress(root: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((root / PROGRESS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _background_main(root: Path, cache_dir: Path, *, attach_timeout_s: float = 3600.0) -> int:
    """The detached build: embed the targets into the cache, then attach them to the index."""
    import fcntl

    from govrag.retrieval.dense_half import embed_into_cache
    from govrag.retrieval.embed import EmbeddingCache

    fh = (root / DENSE_LOCK).open("a+")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return 0  # another background build is at work
    started = time.time()
    state: dict[str, Any] = {"state": "embedding", "done": 0, "total": None, "started": started}
    try:
        targets = json.loads((root / TARGETS).read_text(encoding="utf-8"))
        manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        from govrag.retrieval.embed import resolve_embedder, spec_for_name

        spec = spec_for_name(manifest.get("embedder"))
        if spec is None:
            raise ConfigError(f"a background build cannot re-create embedder {manifest.get('embedder')!r}")

        emb = resolve_embedder(spec)
        if emb is None:
            raise ConfigError("a background build needs a dense embedder, and the manifest names none")
        cache = EmbeddingCache(cache_dir / "embeddings.sqlite")
        t0 = time.monotonic()

        def step(done: int, todo: int) -> None:
            rate = done / max(1e-9, time.monotonic() - t0)
            eta = round((todo - done) / rate, 1) if rate > 0 else None
            state.update(done=done, total=todo, rate_per_s=round(rate, 2), eta_s=eta)
            _write_progress(root, state)

        try:
            run = embed_into_cache(emb, [t for _, t in targets], cache, on_batch=step)
        finally:
            cache.close()
        state.update(state="attaching", done=run.computed, total=run.computed, eta_s=0.0)
        _write_progress(root, state)
        deadline = time.monotonic() + attach_timeout_s
        while True:
            try:
                with StatuteIndex.open(path=root, embedder=emb) as index:
                    index.complete_dense(cache_dir=cache_dir, progress=False)
                break
            except (IndexLocked, GovragError):
                if time.monotonic() >= deadline:
                    raise
                time.sleep(2.0)
        state.update(state="complete", seconds=round(time.time() - started, 1))
        _write_progress(root, state)
        return 0
    except BaseException as exc:
        state.update(state="failed", error=f"{type(exc).__name__}: {exc}")
        _write_progress(root, state)
        return 1
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


if __name__ == "__main__":  # pragma: no cover - run as the detached child
    sys.exit(_background_main(Path(sys.argv[1]), Path(sys.argv[2])))
