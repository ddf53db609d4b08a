"""The streamed path: a client that hangs up mid-stream leaves exactly one `aborted` audit row
(written by the worker thread, not the event loop), the upstream connection is reused across
streamed requests, each stream has its usage row, and content chunks are byte-identical to the
generic chunk encoder."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from govrag.serve import create_app, load_config
from govrag.serve.streaming import ContentChunks
from govrag.serve.wire import chunk_event, sse
from govrag.testing.openai_server import OpenAIServer
from tests.serve.conftest import SlowStream, serve, write_config

AUTH = {"Authorization": "Bearer client-key"}


def _body(text: str) -> dict[str, Any]:
    return {"model": "chat", "stream": True, "messages": [{"role": "user", "content": text}]}


@pytest.fixture
def slow_gateway(tmp_path: Path, engine: Any) -> Iterator[tuple[str, Any]]:
    with SlowStream(chunks=40, interval=0.1) as up:
        cfg = load_config(write_config(tmp_path, up.url))
        app = create_app(cfg, dlp_engine=engine)
        with serve(app) as url:
            yield url, app.state.gateway


def test_client_hanging_up_mid_stream_leaves_one_aborted_row(slow_gateway: tuple[str, Any]) -> None:
    url, gw = slow_gateway
    with httpx.Client(timeout=30) as client, client.stream(
            "POST", url + "/v1/chat/completions", json=_body("山田太郎さんへの通知文"), headers=AUTH) as r:
        assert r.status_code == 200
        got = b""
        for piece in r.iter_bytes():
            got += piece
            if got.count(b"\n\n") >= 3:
                break  # leave after a few events; closing the response drops the connection
    deadline = time.monotonic() + 20
    rows: list[Any] = []
    while time.monotonic() < deadline:
        rows = list(gw.audit)
        if rows:
            break
        time.sleep(0.1)
    assert len(rows) == 1
    rec = rows[0].record
    assert rec["status"] == "aborted" and rec["http_status"] == 499 and rec["stream"] is True
    assert gw.audit.verify() == []
    time.sleep(0.5)
    assert len(list(gw.audit)) == 1, "exactly one row, also after the upstream stream ends"


def test_streamed_requests_reuse_the_upstream_connection(tmp_path: Path, upstream: OpenAIServer,
                                                         engine: Any) -> None:
    cfg = load_config(write_config(tmp_path, upstream.url))
    app = create_app(cfg, dlp_engine=engine)
    with serve(app) as url, httpx.Client(timeout=30) as client:
        for i in range(4):
            r = client.post(url + "/v1/chat/completions", json=_body(f"第{i}号の件、電話090-1234-567{i}"),
                            headers=AUTH)
            assert r.status_code == 200 and r.text.endswith("data: [DONE]\n\n")
            assert f"090-1234-567{i}" in r.text
        gw = app.state.gateway
        assert gw.usage.query("SELECT count(*), SUM(stream), SUM(yen > 0) FROM requests") == [(4, 4, 4)], \
            "the usage row of a stream is written after [DONE], before the response ends"
    ports = {rec.client_port for rec in upstream.completion_requests}
    assert len(upstream.completion_requests) == 4 and len(ports) == 1


@pytest.mark.parametrize("text", ["", "電話は090-1234-5678です", 'quote " and \\ and \n', "emoji 🎌 <x>"])
def test_content_chunks_match_the_generic_encoder(text: str) -> None:
    enc = ContentChunks(id="chatcmpl-1", model="govrag-qa/extractive", created=1_700_000_000)
    expected = sse(chunk_event(id="chatcmpl-1", model="govrag-qa/extractive", created=1_700_000_000,
                               delta={"content": text}))
    assert enc(text) == expected
    assert json.loads(enc(text)[len(b"data: "):])["choices"][0]["delta"]["content"] == text
