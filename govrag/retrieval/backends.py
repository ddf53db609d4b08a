"""Storage backends with one Qdrant data model: a named dense vector ``dense`` (cosine) and a named
sparse vector ``bm25`` with the IDF modifier; payload as built by :mod:`govrag.retrieval.units`.

* :class:`EdgeBackend` - ``qdrant-edge-py``: Qdrant's engine in-process (default for ``path=``
  and in-memory; measured ~100x faster than qdrant-client's local mode for sparse search).
* :class:`ClientBackend` - ``qdrant-client``: a server/cluster at ``url=`` (same schema), or
  qdrant-client's local mode at a path (kept for comparison; brute-force sparse search).

>>> spec = FilterSpec(law_ids=("405AC0000000088",), include_suppl=False)
>>> spec.law_ids
('405AC0000000088',)
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal, Protocol

from govrag.errors import CollectionMissing, ConfigError, GovragError
from govrag.retrieval.sparse import SparseVec

__all__ = [
    "DENSE",
    "SPARSE",
    "Backend",
    "BackendKind",
    "ClientBackend",
    "EdgeBackend",
    "FilterSpec",
    "PointData",
    "ScoredUnit",
    "SourceKind",
]

DENSE: Final = "dense"
SPARSE: Final = "bm25"
BackendKind = Literal["edge", "qdrant-local"]
VectorName = Literal["dense", "bm25"]


@dataclass(frozen=True, slots=True)
class PointData:
    """One point to write: id, optional dense vector, optional sparse vector, payload."""

    id: str
    dense: Sequence[float] | None
    sparse: SparseVec | None
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ScoredUnit:
    """A search result from one signal."""

    id: str
    score: float
    payload: dict[str, Any]


#: Source kinds in one index: e-Gov statutes and the office's own documents (govrag.documents).
SourceKind = Literal["statute", "document"]
#: 機密性 levels a point can carry (documents only; statutes are public, level 1, and carry none).
LEVELS: Final = (1, 2, 3)


@dataclass(frozen=True, slots=True)
class FilterSpec:
    """Which points a search may return (``None`` law ids: every law).

    ``kind`` keeps statutes or documents only (None: both); ``max_level`` is the caller's
    機密性 ceiling: points whose ``level`` is above it are excluded inside Qdrant (a payload
    filter, on every backend), so they can never be returned whatever their score.

    >>> FilterSpec(max_level=1).withheld().max_level is None
    True
    """

    law_ids: tuple[str, ...] | None = None
    include_suppl: bool = False
    article: str | None = None
    kind: SourceKind | None = None
    max_level: int | None = None
    above_level: int | None = None

    def withheld(self) -> FilterSpec:
        """The same filter, selecting only the points above ``max_level`` (to count them)."""
        return FilterSpec(
            law_ids=self.law_ids,
            include_suppl=self.include_suppl,
            article=self.article,
            kind=self.kind,
            above_level=self.max_level,
        )


class Backend(Protocol):
    """What :class:`~govrag.retrieval.StatuteIndex` needs from a vector store."""

    #: True when queries leave the process (a Qdrant server); the pipeline treats such an
    #: index as a sending stage that must come after redaction.
    is_remote: bool

    def search(self, using: VectorName, vector: Any, *, limit: int, spec: FilterSpec) -> list[ScoredUnit]: ...

    def lookup(self, spec: FilterSpec, *, limit: int = 64) -> list[ScoredUnit]: ...

    def upsert(self, points: Sequence[PointData]) -> None: ...

    def delete(self, ids: Sequence[str]) -> None: ...

    def scroll_hashes(self) -> dict[str, str]: ...

    def scroll_payloads(self, spec: FilterSpec, fields: Sequence[str]) -> list[ScoredUnit]: ...

    def set_dense(self, rows: Sequence[tuple[str, Sequence[float]]]) -> None: ...

    def count(self) -> int: ...

    def flush(self) -> None: ...

    def close(self) -> None: ...


# ---------------------------------------------------------------------------------------- edge


class EdgeBackend:
    """A qdrant-edge shard in ``path/shard`` (created with ``dense_dim``; None: sparse only)."""

    def __init__(self, path: Path, *, dense_dim: int | None, create: bool) -> None:
        try:
            import qdrant_edge as qe
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise ConfigError(
                "the embedded backend needs qdrant-edge-py (pip install qdrant-edge-py)"
            ) from exc
        self._qe = qe
        self.is_remote = False
        self._dir = path / "shard"
        self._shard: Any = None
        self._dirty = create  # anything written since load: close() flushes only then
        vectors = (
            {DENSE: qe.EdgeVectorParams(size=dense_dim, distance=qe.Distance.Cosine)} if dense_dim else {}
        )
        config = qe.EdgeConfig(
            vectors=vectors,
            sparse_vectors={SPARSE: qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)},
        )
        try:
            if create:
                if self._dir.exists():
                    shutil.rmtree(self._dir)
                self._shard = qe.EdgeShard.create(str(self._dir), config)
                for name in ("law_id", "article", "scope", "kind", "source"):
                    self._shard.update(
                        qe.UpdateOperation.create_field_index(name, qe.PayloadSchemaType.Keyword)
                    )
                self._shard.update(
                    qe.UpdateOperation.create_field_index("level", qe.PayloadSchemaType.Integer)
                )
            else:
                self._shard = qe.EdgeShard.load(str(self._dir))
        except Exception as exc:
            raise GovragError(
                f"cannot {'create' if create else 'open'} the Qdrant edge shard at {self._dir}: {exc}"
            ) from exc

    def _filter(self, spec: FilterSpec) -> Any:
        return _filter(self._qe, spec)

    def search(self, using: VectorName, vector: Any, *, limit: int, spec: FilterSpec) -> list[ScoredUnit]:
        qe = self._qe
        query_vec = _query_vector(qe, using, vector)
        if query_vec is None:
            return []
        request = qe.QueryRequest(
            limit=limit,
            query=qe.Query.Nearest(query_vec, using=using),
            filter=self._filter(spec),
            with_payload=True,
            with_vector=False,
        )
        return [
            ScoredUnit(str(p.id), float(p.score), dict(p.payload or {})) for p in self._shard.query(request)
        ]

    def lookup(self, spec: FilterSpec, *, limit: int = 64) -> list[ScoredUnit]:
        qe = self._qe
        records, _ = self._shard.scroll(
            qe.ScrollRequest(limit=limit, filter=self._filter(spec), with_payload=True, with_vector=False)
        )
        return [ScoredUnit(str(r.id), 0.0, dict(r.payload or {})) for r in records]

    def upsert(self, points: Sequence[PointData]) -> None:
        qe = self._qe
        out = []
        for p in points:
            vec = _point_vectors(qe, p)
            out.append(qe.Point(id=p.id, vector=vec, payload=p.payload))
        if out:
            self._shard.update(qe.UpdateOperation.upsert_points(out))
            self._dirty = True

    def delete(self, ids: Sequence[str]) -> None:
        if ids:
            self._shard.update(self._qe.UpdateOperation.delete_points(list(ids)))
            self._dirty = True

    def _scroll(
        self, spec: FilterSpec | None = None, fields: Sequence[str] = ("content_hash",)
    ) -> Iterator[Any]:
        qe = self._qe
        offset: Any = None
        flt = self._filter(spec) if spec is not None else None
        while True:
            records, offset = self._shard.scroll(
                qe.ScrollRequest(
                    offset=offset, limit=1024, filter=flt, with_payload=list(fields), with_vector=False
                )
            )
            yield from records
            if offset is None:
                return

    def scroll_hashes(self) -> dict[str, str]:
        """Content hashes of the statute points (documents are managed by govrag.documents)."""
        return {
            str(r.id): str((r.payload or {}).get("content_hash", ""))
            for r in self._scroll(_STATUTES_ONLY)
        }

    def scroll_payloads(self, spec: FilterSpec, fields: Sequence[str]) -> list[ScoredUnit]:
        """Every point matching ``spec`` with only ``fields`` of its payload (paginated)."""
        return [ScoredUnit(str(r.id), 0.0, dict(r.payload or {})) for r in self._scroll(spec, fields)]

    def set_dense(self, rows: Sequence[tuple[str, Sequence[float]]]) -> None:
        """Write the dense vectors of existing points (their sparse vector and payload stay)."""
        qe = self._qe
        if rows:
            ops = [qe.PointVectors(id=i, vector={DENSE: [float(x) for x in v]}) for i, v in rows]
            self._shard.update(qe.UpdateOperation.update_vectors(ops))
            self._dirty = True

    def count(self) -> int:
        return int(self._shard.count(self._qe.CountRequest(exact=True)))

    def flush(self) -> None:
        self._shard.flush()

    def optimize(self) -> None:
        """Build the shard's indexes (HNSW, sparse inverted index) now rather than lazily."""
        self._shard.optimize()
        self._dirty = True

    def close(self) -> None:
        shard = getattr(self, "_shard", None)
        if shard is not None:
            if self._dirty:  # a read-only open (a warm ask) has nothing to flush
                shard.flush()
            shard.close()
            self._shard = None


# -------------------------------------------------------------------------------------- client


def qdrant_client(*, url: str, api_key: str | None, timeout: float = 30.0) -> Any:
    """A ``QdrantClient`` for the server at ``url``. qdrant-client's version check at construction
    is off: it sends a request from a background thread and only warns, and any real call reports a
    failure as a typed error anyway."""
    try:
        from qdrant_client import QdrantClient
    except ImportError as exc:  # pragma: no cover
        raise ConfigError("url= needs qdrant-client") from exc
    return QdrantClient(url=url, api_key=api_key, timeout=int(timeout), check_compatibility=False)


class ClientBackend:
    """qdrant-client against a server (``url``) or its local mode (``path``; None: in memory)."""

    def __init__(
        self,
        *,
        collection: str,
        dense_dim: int | None,
        create: bool,
        url: str | None = None,
        api_key: str | None = None,
        path: Path | None = None,
        timeout: float = 30.0,
    ) -> None:
        try:
            from qdrant_client import QdrantClient, models
        except ImportError as exc:  # pragma: no cover
            raise ConfigError("url= and the qdrant-local backend need qdrant-client") from exc
        self._m = models
        self._name = collection
        self.is_remote = url is not None
        if url is not None:
            self._client = qdrant_client(url=url, api_key=api_key, timeout=timeout)
        elif path is not None:
            self._client = QdrantClient(path=str(path / "qdrant"))
        else:
            self._client = QdrantClient(location=":memory:")
        where = url or (str(path) if path else ":memory:")
        try:
            exists = self._client.collection_exists(collection)
            if create:
                if exists:
                    self._client.delete_collection(collection)
                vectors = (
                    {DENSE: models.VectorParams(size=dense_dim, distance=models.Distance.COSINE)}
                    if dense_dim
                    else {}
                )
                self._client.create_collection(
                    collection,
                    vectors_config=vectors,
                    sparse_vectors_config={SPARSE: models.SparseVectorParams(modifier=models.Modifier.IDF)},
                )
                if url is not None:
                    for field, schema in (
                        ("law_id", "keyword"),
                        ("article", "keyword"),
                        ("scope", "keyword"),
                        ("kind", "keyword"),
                        ("source", "keyword"),
                        ("level", "integer"),
                    ):
                        self._client.create_payload_index(collection, field, field_schema=schema)  # type: ignore[arg-type]
            elif not exists:
                raise CollectionMissing(f"no collection {collection!r} at {where}: build the index first")
        except GovragError:
            raise
        except Exception as exc:
            raise GovragError(f"Qdrant at {where} failed: {type(exc).__name__}: {exc}") from exc

    def _filter(self, spec: FilterSpec) -> Any:
        return _filter(self._m, spec)

    def search(self, using: VectorName, vector: Any, *, limit: int, spec: FilterSpec) -> list[ScoredUnit]:
        query = _query_vector(self._m, using, vector)
        if query is None:
            return []
        res = self._client.query_points(
            self._name,
            query=query,
            using=using,
            limit=limit,
            query_filter=self._filter(spec),
            with_payload=True,
        )
        return [ScoredUnit(str(p.id), float(p.score), dict(p.payload or {})) for p in res.points]

    def lookup(self, spec: FilterSpec, *, limit: int = 64) -> list[ScoredUnit]:
        records, _ = self._client.scroll(
            self._name, scroll_filter=self._filter(spec), limit=limit, with_payload=True
        )
        return [ScoredUnit(str(r.id), 0.0, dict(r.payload or {})) for r in records]

    def upsert(self, points: Sequence[PointData]) -> None:
        m = self._m
        out = []
        for p in points:
            vec = _point_vectors(m, p)
            out.append(m.PointStruct(id=p.id, vector=vec, payload=p.payload))
        if out:
            self._client.upsert(self._name, points=out, wait=True)

    def delete(self, ids: Sequence[str]) -> None:
        if ids:
            self._client.delete(self._name, points_selector=self._m.PointIdsList(points=list(ids)), wait=True)

    def scroll_hashes(self) -> dict[str, str]:
        """Content hashes of the statute points (documents are managed by govrag.documents)."""
        return {
            u.id: str(u.payload.get("content_hash", ""))
            for u in self.scroll_payloads(_STATUTES_ONLY, ("content_hash",))
        }

    def scroll_payloads(self, spec: FilterSpec, fields: Sequence[str]) -> list[ScoredUnit]:
        """Every point matching ``spec`` with only ``fields`` of its payload (paginated)."""
        out: list[ScoredUnit] = []
        offset: Any = None
        while True:
            records, offset = self._client.scroll(
                self._name,
                scroll_filter=self._filter(spec),
                limit=1024,
                offset=offset,
                with_payload=list(fields),
                with_vectors=False,
            )
            out.extend(ScoredUnit(str(r.id), 0.0, dict(r.payload or {})) for r in records)
            if offset is None:
                return out

    def set_dense(self, rows: Sequence[tuple[str, Sequence[float]]]) -> None:
        m = self._m
        if rows:
            self._client.update_vectors(
                self._name,
                points=[m.PointVectors(id=i, vector={DENSE: [float(x) for x in v]}) for i, v in rows],
                wait=True,
            )

    def count(self) -> int:
        return int(self._client.count(self._name, exact=True).count)

    def read_meta(self) -> dict[str, Any] | None:
        """The govrag manifest kept in the collection's metadata (None when absent)."""
        try:
            if not self._client.collection_exists(self._name):
                return None
            info = self._client.get_collection(self._name)
        except Exception as exc:  # a timeout or an auth error is not "no manifest"
            raise GovragError(f"Qdrant failed reading {self._name!r}: {type(exc).__name__}: {exc}") from exc
        meta = getattr(info.config, "metadata", None) or {}
        value = meta.get("govrag_manifest")
        return dict(value) if isinstance(value, dict) else None

    def write_meta(self, data: dict[str, Any]) -> None:
        self._client.update_collection(self._name, metadata={"govrag_manifest": data})

    def flush(self) -> None:
        return None

    def close(self) -> None:
        self._client.close()


#: Every statute point, main provisions and 附則 (what a statute build compares and deletes).
_STATUTES_ONLY = FilterSpec(include_suppl=True, kind="statute")


def _filter(models: Any, spec: FilterSpec) -> Any:
    """The Qdrant filter for ``spec``; qdrant-edge and qdrant-client share these model names."""
    must: list[Any] = []
    if spec.law_ids is not None:
        must.append(models.FieldCondition(key="law_id", match=models.MatchAny(any=list(spec.law_ids))))
    if not spec.include_suppl:
        must.append(models.FieldCondition(key="scope", match=models.MatchValue(value="main")))
    if spec.article is not None:
        must.append(models.FieldCondition(key="article", match=models.MatchValue(value=spec.article)))
    # --- documents (govrag.documents): source kind and the 機密性 ceiling
    must_not: list[Any] = []
    if spec.kind == "document":
        must.append(models.FieldCondition(key="kind", match=models.MatchValue(value="document")))
    elif spec.kind == "statute":
        must_not.append(models.FieldCondition(key="kind", match=models.MatchValue(value="document")))
    if spec.max_level is not None:
        above = [lv for lv in LEVELS if lv > spec.max_level]
        if above:
            must_not.append(models.FieldCondition(key="level", match=models.MatchAny(any=above)))
    if spec.above_level is not None:
        above = [lv for lv in LEVELS if lv > spec.above_level]
        must.append(models.FieldCondition(key="level", match=models.MatchAny(any=above or [-1])))
    if must_not:
        return models.Filter(must=must or None, must_not=must_not)
    return models.Filter(must=must) if must else None


def _query_vector(models: Any, using: VectorName, vector: Any) -> Any | None:
    """The query vector for ``using`` (None for an empty sparse query: nothing can match)."""
    if using == SPARSE:
        if not vector:
            return None
        return models.SparseVector(indices=list(vector.indices), values=list(vector.values))
    return [float(x) for x in vector]


def _point_vectors(models: Any, point: PointData) -> dict[str, Any]:
    vec: dict[str, Any] = {}
    if point.dense is not None:
        vec[DENSE] = [float(x) for x in point.dense]
    if point.sparse is not None and point.sparse:
        sparse = point.sparse
        vec[SPARSE] = models.SparseVector(indices=list(sparse.indices), values=list(sparse.values))
    return vec
