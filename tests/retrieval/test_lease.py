"""The server writer lease, on qdrant-client's in-memory Qdrant (one client shared by all builders,
as builders share one server) and, with ``QDRANT_URL``, on a real server through ``build``."""

from __future__ import annotations

import os
import threading
import time
import uuid
from typing import Any

import pytest

from govrag.errors import ConfigError
from govrag.retrieval import IndexLocked, StatuteIndex
from govrag.retrieval.lease import LEASE_COLLECTION, WriterLease

from .conftest import qdrant_url


class _Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def client() -> Any:
    from qdrant_client import QdrantClient

    c = QdrantClient(location=":memory:")
    yield c
    c.close()


def _lease(client: Any, clock: _Clock, collection: str = "statutes") -> WriterLease:
    return WriterLease(client, collection=collection, ttl=120, settle=0, clock=clock)


def _stored(client: Any) -> list[dict[str, Any]]:
    records, _ = client.scroll(LEASE_COLLECTION, limit=10, with_payload=True)
    return [dict(r.payload) for r in records]


# (what the first writer does after acquiring - "wait N" advances the clock N seconds -,
#  does a second writer then get the lease?)
SECOND_WRITER = [
    ("wait 10", False),  # still building
    ("release; wait 10", True),
    ("wait 119", False),  # crashed, lease not yet expired
    ("wait 121", True),  # crashed, lease expired
    ("wait 100; renew; wait 61", False),
    ("wait 100; renew; wait 121", True),  # renewed, then crashed
    ("wait 20; renew; wait 101", True),  # renewal within ttl/4 is not written
]


@pytest.mark.parametrize(("steps", "second_wins"), SECOND_WRITER)
def test_second_writer(client: Any, steps: str, second_wins: bool) -> None:
    clock = _Clock()
    first, second = _lease(client, clock), _lease(client, clock)
    first.acquire()
    for step in steps.split("; "):
        if step.startswith("wait "):
            clock.now += float(step.split()[1])
        else:
            getattr(first, step)()
    if second_wins:
        second.acquire()
        assert second.held
        assert [p["owner"] for p in _stored(client)] == [second._owner]
    else:
        with pytest.raises(IndexLocked, match=r"'statutes' is being built by .+ pid \d+ \(a second writer"):
            second.acquire()
        assert not second.held
        assert [p["owner"] for p in _stored(client)] == [first._owner]


def test_leases_are_per_collection(client: Any) -> None:
    clock = _Clock()
    _lease(client, clock, "statutes").acquire()
    other = _lease(client, clock, "regulations")
    other.acquire()
    assert sorted(p["collection"] for p in _stored(client)) == ["regulations", "statutes"]


def test_renew_is_throttled_and_extends_the_expiry(client: Any) -> None:
    clock = _Clock()
    lease = _lease(client, clock)
    lease.acquire()
    first_expiry = _stored(client)[0]["expires"]
    clock.now += 29  # < ttl / 4: no write
    lease.renew()
    assert _stored(client)[0]["expires"] == first_expiry
    clock.now += 2
    lease.renew()
    assert _stored(client)[0]["expires"] == clock.now + 120


def test_lost_lease_stops_the_build_and_release_spares_the_new_holder(client: Any) -> None:
    clock = _Clock()
    stalled, newcomer = _lease(client, clock), _lease(client, clock)
    stalled.acquire()
    clock.now += 200  # stalled builder's lease expired
    newcomer.acquire()
    with pytest.raises(IndexLocked, match="lost the writer lease"):
        stalled.renew()
    stalled.release()  # no longer the holder: must not delete the newcomer's lease
    assert [p["owner"] for p in _stored(client)] == [newcomer._owner]
    newcomer.release()
    newcomer.release()  # idempotent
    assert _stored(client) == []


def test_simultaneous_writers_exactly_one_proceeds(client: Any) -> None:
    """Both see no lease; the later write wins the read-back after ``settle``."""
    early = WriterLease(client, collection="statutes", settle=0.5)
    late = WriterLease(client, collection="statutes", settle=0)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            early.acquire()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(0.15)  # early has written and is waiting to confirm
    late._write()  # late saw no live lease an instant ago and writes over it
    late.held = True
    thread.join()
    assert len(errors) == 1 and isinstance(errors[0], IndexLocked)
    assert not early.held and late.held


def test_close_closes_only_its_own_client_and_warns_on_failed_release(client: Any) -> None:
    lease = WriterLease(client, collection="statutes", settle=0)
    lease.acquire()
    lease.close()
    assert client.collection_exists(LEASE_COLLECTION)  # borrowed client still usable
    from qdrant_client import QdrantClient

    own = QdrantClient(location=":memory:")
    broken = WriterLease(own, collection="statutes", settle=0, owns_client=True)
    broken.acquire()
    own.delete_collection(LEASE_COLLECTION)
    with pytest.warns(RuntimeWarning, match="lease .*failed.*expires in 120 s"):
        broken.close()


@pytest.mark.parametrize(("ttl", "settle"), [(0, 0.5), (-1, 0.5), (120, -0.1)])
def test_bad_lease_settings(client: Any, ttl: float, settle: float) -> None:
    with pytest.raises(ConfigError, match="ttl must be > 0"):
        WriterLease(client, collection="statutes", ttl=ttl, settle=settle)


@pytest.mark.server
def test_build_on_server_refuses_a_second_writer_and_releases_its_lease(tiny_corpus: Any) -> None:
    url = qdrant_url()
    if url is None:
        pytest.skip("QDRANT_URL not set")
    key = os.environ.get("QDRANT_API_KEY")
    collection = f"govrag_test_{uuid.uuid4().hex[:8]}"
    other = WriterLease.for_server(url, api_key=key, collection=collection)
    other.acquire()
    try:
        with pytest.raises(IndexLocked, match="second writer"):
            StatuteIndex.build(
                tiny_corpus, url=url, api_key=key, collection=collection, embedder=None, progress=False
            )
    finally:
        other.close()
    StatuteIndex.build(
        tiny_corpus, url=url, api_key=key, collection=collection, embedder=None, progress=False
    ).close()
    probe = WriterLease.for_server(url, api_key=key, collection=collection, settle=0)
    try:
        assert probe._read() is None  # the build deleted its lease
    finally:
        probe.close()
