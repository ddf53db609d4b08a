"""A writer lease for indexes on a Qdrant server: one builder per collection.

A folder index is protected by ``flock``; a server has no file to lock, so a build on ``url=``
takes a *lease*: a point in the collection ``govrag_leases`` (id derived from the protected
collection's name) naming the holder and an expiry time. A second builder that finds a live lease
held by someone else gets :class:`~govrag.retrieval.IndexLocked`; a lease whose holder crashed
expires after ``ttl`` seconds. The builder renews the lease as it writes and deletes it when done.

Qdrant has no compare-and-set, so acquiring is write-then-confirm: write the lease, wait
``settle`` seconds, read it back, and give up if another holder's write landed last. Two
builders starting within the same ``settle`` window both see the later writer's lease, so
exactly one proceeds.

>>> from qdrant_client import QdrantClient
>>> client = QdrantClient(location=":memory:")
>>> first = WriterLease(client, collection="statutes", settle=0)
>>> first.acquire()
>>> try:
...     WriterLease(client, collection="statutes", settle=0).acquire()
... except IndexLocked as exc:
...     print("second writer refused")
second writer refused
>>> first.release()
>>> WriterLease(client, collection="statutes", settle=0).acquire()
"""

from __future__ import annotations

import os
import socket
import time
import uuid
import warnings
from collections.abc import Callable
from typing import Any

from govrag.errors import ConfigError, GovragError
from govrag.retrieval.state import IndexLocked

__all__ = ["LEASE_COLLECTION", "WriterLease"]

#: The server collection that holds one lease point per protected collection.
LEASE_COLLECTION = "govrag_leases"


class WriterLease:
    """Exclusive, expiring right to write ``collection`` on the server behind ``client``.

    ``client`` is a ``qdrant_client.QdrantClient``; ``ttl`` seconds without a renewal free the
    lease; :meth:`renew` writes a new expiry at most every ``ttl / 4`` seconds.
    """

    def __init__(
        self,
        client: Any,
        *,
        collection: str,
        ttl: float = 120.0,
        settle: float = 0.5,
        clock: Callable[[], float] = time.time,
        owns_client: bool = False,
        where: str = "Qdrant",
    ) -> None:
        if ttl <= 0 or settle < 0:
            raise ConfigError("lease ttl must be > 0 and settle >= 0")
        from qdrant_client import models

        self._client = client
        self._m = models
        self._collection = collection
        self._point = str(uuid.uuid5(uuid.NAMESPACE_URL, f"govrag-lease:{collection}"))
        self._owner = uuid.uuid4().hex
        self._holder = f"{socket.gethostname()} pid {os.getpid()}"
        self._ttl = ttl
        self._settle = settle
        self._clock = clock
        self._renewed = 0.0
        self._owns_client = owns_client
        self._where = where
        self.held = False

    @classmethod
    def for_server(cls, url: str, *, api_key: str | None, collection: str, **kwargs: Any) -> WriterLease:
        """A lease on the server at ``url`` with its own client (closed by :meth:`close`)."""
        from govrag.retrieval.backends import qdrant_client

        return cls(
            qdrant_client(url=url, api_key=api_key),
            collection=collection,
            owns_client=True,
            where=f"Qdrant at {url}",
            **kwargs,
        )

    # ------------------------------------------------------------------------------ server io

    def _call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except GovragError:
            raise
        except Exception as exc:
            detail = f"{type(exc).__name__}: {exc}"
            raise GovragError(f"{self._where}: writer lease {what} failed: {detail}") from exc

    def _ensure_collection(self) -> None:
        if self._call("lookup", self._client.collection_exists, LEASE_COLLECTION):
            return
        try:
            self._client.create_collection(LEASE_COLLECTION, vectors_config={})
        except Exception as exc:
            # fine when another builder created it first
            if not self._call("lookup", self._client.collection_exists, LEASE_COLLECTION):
                raise GovragError(
                    f"{self._where}: lease collection {LEASE_COLLECTION!r} could not be created: {exc}"
                ) from exc

    def _read(self) -> dict[str, Any] | None:
        records = self._call(
            "read", self._client.retrieve, LEASE_COLLECTION, ids=[self._point], with_payload=True
        )
        return dict(records[0].payload or {}) if records else None

    def _write(self) -> None:
        now = self._clock()
        payload = {
            "collection": self._collection,
            "owner": self._owner,
            "holder": self._holder,
            "expires": now + self._ttl,
        }
        point = self._m.PointStruct(id=self._point, vector={}, payload=payload)
        self._call("write", self._client.upsert, LEASE_COLLECTION, points=[point], wait=True)
        self._renewed = now

    def _refuse(self, lease: dict[str, Any]) -> IndexLocked:
        left = float(lease.get("expires", 0)) - self._clock()
        return IndexLocked(
            f"collection {self._collection!r} is being built by {lease.get('holder', 'another process')} "
            f"(a second writer is not allowed; its lease expires in {max(0.0, left):.0f} s unless renewed)"
        )

    # ------------------------------------------------------------------------------ lifecycle

    def acquire(self) -> None:
        """Take the lease or raise :class:`IndexLocked` naming the current holder."""
        self._ensure_collection()
        lease = self._read()
        if lease is not None and lease.get("owner") != self._owner:
            if float(lease.get("expires", 0)) > self._clock():
                raise self._refuse(lease)
        self._write()
        if self._settle:
            time.sleep(self._settle)
        lease = self._read()
        if lease is None or lease.get("owner") != self._owner:
            raise self._refuse(lease or {})
        self.held = True

    def renew(self) -> None:
        """Extend the lease (throttled); :class:`IndexLocked` when another builder took it over."""
        if not self.held or self._clock() - self._renewed < self._ttl / 4:
            return
        lease = self._read()
        if lease is None or lease.get("owner") != self._owner:
            self.held = False
            raise IndexLocked(
                f"lost the writer lease on collection {self._collection!r} (it expired and "
                f"{(lease or {}).get('holder', 'nobody')} took it); the build stopped, run it again"
            )
        self._write()

    def release(self) -> None:
        """Delete the lease if this builder still holds it (idempotent)."""
        if not self.held:
            return
        self.held = False
        lease = self._read()
        if lease is not None and lease.get("owner") == self._owner:
            selector = self._m.PointIdsList(points=[self._point])
            self._call("release", self._client.delete, LEASE_COLLECTION, points_selector=selector, wait=True)

    def close(self) -> None:
        """Release the lease (a failure only warns: the lease then expires after ``ttl``), then
        close the client if this lease created it."""
        try:
            self.release()
        except GovragError as exc:
            warnings.warn(f"{exc}; the lease expires in {self._ttl:.0f} s", RuntimeWarning, stacklevel=2)
        finally:
            if self._owns_client:
                self._owns_client = False
                self._client.close()
