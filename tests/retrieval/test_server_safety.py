"""A server-backed build never drops a live collection because the server misbehaved (issue 11 §1).

Only "collection does not exist" may lead to creating it; a timeout, an auth error or a server
error must propagate. The server here is a real HTTP server on 127.0.0.1 that fails the first
request (a transient timeout-like or auth failure) and then answers that the collection exists,
recording what it was asked: a build that took the first failure for "missing" would go on to
drop and recreate the live collection.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from govrag import Corpus, StatuteIndex
from govrag.errors import CollectionMissing, GovragError

from ..conftest import EGOV_XML

KOKUBAI = EGOV_XML / "322AC0000000125_19471027_000000000000000.xml"  # 国家賠償法, 6 articles


class _Recorder(ThreadingHTTPServer):
    status = 500
    requests: list[tuple[str, str]]


class _Handler(BaseHTTPRequestHandler):
    server: _Recorder

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        first = not self.server.requests
        self.server.requests.append((self.command, self.path))
        length = int(self.headers.get("content-length") or 0)
        if length:
            self.rfile.read(length)
        if first:
            status, body = self.server.status, b'{"status":{"error":"refused by the test server"},"time":0.0}'
        elif self.path.endswith("/exists"):
            status, body = 200, b'{"result":{"exists":true},"status":"ok","time":0.0}'
        else:
            status, body = 200, b'{"result":true,"status":"ok","time":0.0}'
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _answer


@pytest.fixture()
def server(request: pytest.FixtureRequest) -> Iterator[_Recorder]:
    srv = _Recorder(("127.0.0.1", 0), _Handler)
    srv.status = request.param
    srv.requests = []
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.mark.parametrize("server", [401, 403, 500, 503], indirect=True)
def test_only_a_missing_collection_counts_as_missing(server: _Recorder) -> None:
    """The build probes with ``create=False`` and rebuilds only on CollectionMissing."""
    from govrag.retrieval.backends import ClientBackend

    url = f"http://127.0.0.1:{server.server_address[1]}"
    with pytest.raises(GovragError) as info:  # the first request fails: not "missing"
        ClientBackend(collection="laws", dense_dim=None, create=False, url=url)
    assert not isinstance(info.value, CollectionMissing)
    backend = ClientBackend(collection="laws", dense_dim=None, create=False, url=url)  # exists now
    server.status, server.requests = 503, []
    with pytest.raises(GovragError, match="Qdrant failed reading"):
        backend.read_meta()  # was: None, which made the build start over
    assert {m for m, _ in server.requests} <= {"GET"}


@pytest.mark.parametrize("server", [401, 503], indirect=True)
def test_a_failing_server_fails_the_build_and_nothing_is_deleted_or_created(server: _Recorder) -> None:
    corpus = Corpus.from_path(KOKUBAI)
    url = f"http://127.0.0.1:{server.server_address[1]}"
    with pytest.raises(GovragError) as info:
        StatuteIndex.build(corpus, url=url, embedder=None, progress=False)
    assert not isinstance(info.value, CollectionMissing)
    methods = {m for m, _ in server.requests}
    assert "DELETE" not in methods and "PUT" not in methods  # no drop, no create


def test_a_collection_the_server_says_is_absent_is_collection_missing() -> None:
    from govrag.retrieval.backends import ClientBackend

    srv = _Recorder(("127.0.0.1", 0), _AbsentHandler)
    srv.requests = []
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        with pytest.raises(CollectionMissing, match="build the index first"):
            ClientBackend(collection="laws", dense_dim=None, create=False,
                          url=f"http://127.0.0.1:{srv.server_address[1]}")
    finally:
        srv.shutdown()
        srv.server_close()


class _AbsentHandler(_Handler):
    def _answer(self) -> None:
        self.server.requests.append((self.command, self.path))
        body = b'{"result":{"exists":false},"status":"ok","time":0.0}'
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _answer
