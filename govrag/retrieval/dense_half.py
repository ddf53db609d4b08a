"""The dense half of a sparse-first index: which units need a vector, embedding them (within a
time budget) into the shared :class:`~govrag.retrieval.embed.EmbeddingCache`, and attaching the
vectors to the index in one short write.

Embedding is the slow part (minutes for the 29 core laws) and needs no lock on the index: the
vectors go to the cache, keyed by text hash, so an interrupted or budgeted run resumes where it
stopped and a background builder never blocks readers. Attaching reads every vector back from the
cache and writes them to the store; only then does the manifest say the dense half is complete.

>>> from govrag.retrieval.embed import EmbeddingCache
>>> cache = EmbeddingCache(":memory:")
>>> pending_texts(None, ["a", "b"], cache)
2
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from govrag.errors import GovragError
from govrag.retrieval.backends import Backend, FilterSpec
from govrag.retrieval.embed import Embedder, EmbeddingCache
from govrag.retrieval.state import _Bar

__all__ = [
    "EmbedRun",
    "attach_dense",
    "attach_targets",
    "dense_targets",
    "embed_into_cache",
    "embed_targets",
    "pending_texts",
]

#: Payload fields that rebuild a unit's embedded text (``IndexUnit.text`` = title, newline, body).
_FIELDS = ("title", "text", "suppl")


def dense_targets(store: Backend, *, dense_suppl: bool) -> list[tuple[str, str]]:
    """``(unit id, text)`` of every unit that gets a dense vector, read from the store itself (no
    corpus needed), in a stable order."""
    out = []
    for u in store.scroll_payloads(FilterSpec(include_suppl=True), _FIELDS):
        p = u.payload
        if p.get("suppl") and not dense_suppl:
            continue
        out.append((u.id, f"{p.get('title') or ''}\n{p.get('text') or ''}"))
    out.sort()
    return out


def pending_texts(embedder: Embedder | str | None, texts: Sequence[str], cache: EmbeddingCache) -> int:
    """How many distinct ``texts`` have no cached vector yet (``embedder``: instance or name;
    None counts all)."""
    distinct = list(dict.fromkeys(texts))
    if embedder is None:
        return len(distinct)
    name = embedder if isinstance(embedder, str) else embedder.name
    return sum(v is None for v in cache.get(name, distinct))


@dataclass(frozen=True, slots=True)
class EmbedRun:
    """What one :func:`embed_into_cache` call did."""

    total: int
    cached: int
    computed: int
    remaining: int
    seconds: float

    @property
    def finished(self) -> bool:
        return self.remaining == 0


def embed_into_cache(
    embedder: Embedder,
    texts: Sequence[str],
    cache: EmbeddingCache,
    *,
    budget_s: float | None = None,
    batch_size: int = 16,
    on_batch: Callable[[int, int], None] | None = None,
) -> EmbedRun:
    """Embed the ``texts`` the cache lacks, batch by batch, stopping once ``budget_s`` seconds have
    passed (None: no limit). ``on_batch(done, todo)`` is called after every batch."""
    t0 = time.monotonic()
    distinct = list(dict.fromkeys(texts))
    known = cache.get(embedder.name, distinct)
    todo = [t for t, v in zip(distinct, known, strict=True) if v is None]
    cached = len(distinct) - len(todo)
    done = 0
    for start in range(0, len(todo), batch_size):
        if budget_s is not None and time.monotonic() - t0 >= budget_s:
            break
        batch = todo[start : start + batch_size]
        cache.put(embedder.name, batch, embedder.embed_documents(batch))
        done += len(batch)
        if on_batch is not None:
            on_batch(done, len(todo))
    return EmbedRun(
        total=len(distinct),
        cached=cached,
        computed=done,
        remaining=len(todo) - done,
        seconds=time.monotonic() - t0,
    )


def attach_dense(
    store: Backend,
    embedder_name: str,
    targets: Sequence[tuple[str, str]],
    cache: EmbeddingCache,
    *,
    batch: int = 256,
    on_batch: Callable[[int], None] | None = None,
) -> bool:
    """Write the cached vectors of ``targets`` to the store. False (nothing written) when any
    vector is still missing from the cache."""
    vectors: list[Any] = cache.get(embedder_name, [t for _, t in targets])
    if any(v is None for v in vectors):
        return False
    rows = [(uid, v) for (uid, _), v in zip(targets, vectors, strict=True)]
    for start in range(0, len(rows), batch):
        store.set_dense(rows[start : start + batch])
        if on_batch is not None:
            on_batch(len(rows[start : start + batch]))
    store.flush()
    return True


def embed_targets(
    emb: Embedder,
    targets: Sequence[tuple[str, str]],
    cache: EmbeddingCache,
    *,
    budget_s: float | None,
    progress: bool,
    batch_size: int,
    renew: Callable[[], None] | None = None,
) -> EmbedRun:
    """:func:`embed_into_cache` over ``(unit id, text)`` targets with a progress bar and ETA."""
    texts = [t for _, t in targets]
    bar = _Bar(pending_texts(emb, texts, cache), "embedding", progress)
    seen = [0]

    def step(done: int, _todo: int) -> None:
        bar.update(done - seen[0])
        seen[0] = done
        if renew is not None:
            renew()

    try:
        return embed_into_cache(emb, texts, cache, budget_s=budget_s, batch_size=batch_size, on_batch=step)
    finally:
        bar.close()


def attach_targets(
    store: Backend,
    emb: Embedder,
    targets: Sequence[tuple[str, str]],
    cache: EmbeddingCache,
    progress: bool,
) -> None:
    """:func:`attach_dense` with a progress bar; every vector must be cached already."""
    bar = _Bar(len(targets), "attaching", progress)
    try:
        if not attach_dense(store, emb.name, targets, cache, on_batch=bar.update):
            raise GovragError("the embedding cache lacks vectors it just stored; rerun the build")
    finally:
        bar.close()
