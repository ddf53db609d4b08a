"""Fixtures for the gateway: a recording upstream (a real HTTP server on 127.0.0.1), the gateway
served by uvicorn on 127.0.0.1 in a thread, and Japanese PII messages."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from govrag.testing.openai_server import OpenAIServer, RecordedRequest, Reply

PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_\d+>")

#: (message, the PII values it carries) — real-looking Japanese personal data, all fictitious.
PII_MESSAGES: list[tuple[str, tuple[str, ...]]] = [
    ("申請者の山田太郎さん（電話090-1234-5678）への通知文を作ってください。", ("090-1234-5678",)),
    ("マイナンバー123456789018の方の開示請求について、行政手続法第七条の期限を教えて。", ("123456789018",)),
    ("連絡先はhanako.sato@example.jpです。佐藤花子さんへの回答案をお願いします。",
     ("hanako.sato@example.jp",)),
    ("住所は東京都千代田区霞が関1-2-3、電話03-5253-2111の鈴木一郎さんの件です。", ("03-5253-2111",)),
    ("法人番号1234567890123の事業者からの届出を受理してよいか確認したい。", ()),
]


def echo_placeholders(rec: RecordedRequest) -> Reply:
    """Answer with every placeholder the gateway sent, so restore is exercised (3-char chunks
    split placeholders across SSE events)."""
    body = rec.json()
    text = "\n".join(m["content"] for m in body["messages"])
    found = PLACEHOLDER.findall(text)
    answer = "承知しました。" + "、".join(found) + "について回答します。"
    return Reply(text=answer, chunk_chars=3, usage=(40, 20))


@pytest.fixture(scope="session")
def engine() -> Any:
    from govrag.dlp import default_engine

    return default_engine()


@pytest.fixture
def upstream() -> Iterator[OpenAIServer]:
    with OpenAIServer(default=echo_placeholders, require_key="sk-upstream") as srv:
        srv._httpd.socket.listen(512)  # the stdlib default backlog (5) drops connections under load
        yield srv


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """Run ``app`` with uvicorn on 127.0.0.1 (ephemeral port) in a thread; yields the base URL."""
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on",
                            timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def write_config(tmp: Path, upstream_url: str, *, timeout_s: float = 60.0, **extra: Any) -> Path:
    """A YAML gateway config with one upstream route and the given extra top-level keys."""
    import yaml

    from govrag.serve.keys import hash_key

    doc: dict[str, Any] = {
        "audit": str(tmp / "audit.sqlite"),
        "routes": [{"model": "chat", "provider": "openai-compatible", "base_url": upstream_url,
                    "api_key": "sk-upstream", "upstream_model": "fake-model", "max_level": 2,
                    "price_input_jpy_per_mtok": 1000.0, "price_output_jpy_per_mtok": 2000.0,
                    "timeout_s": timeout_s}],
        "keys": [{"name": "portal", "hash": hash_key("client-key", scheme="sha256")}],
    }
    doc.update(extra)
    path = tmp / "gateway.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


class SlowStream:
    """An OpenAI-compatible upstream on 127.0.0.1 that streams one chunk every ``interval`` s
    (long enough to kill a gateway worker mid-stream); non-streamed requests answer at once."""

    def __init__(self, *, chunks: int = 40, interval: float = 0.25) -> None:
        import json
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["content-length"])))
                if not body.get("stream"):
                    data = json.dumps({"id": "x", "object": "chat.completion", "model": "m", "choices": [
                        {"index": 0, "message": {"role": "assistant", "content": "即答です。"},
                         "finish_reason": "stop"}]}).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                try:
                    for i in range(outer.chunks):
                        ev = {"id": "x", "object": "chat.completion.chunk", "model": "m", "choices": [
                            {"index": 0, "delta": {"content": f"第{i}段。"}, "finish_reason": None}]}
                        self.wfile.write(b"data: " + json.dumps(ev, ensure_ascii=False).encode() + b"\n\n")
                        self.wfile.flush()
                        time.sleep(outer.interval)
                    self.wfile.write(b"data: [DONE]\n\n")
                except OSError:
                    pass

        self.chunks, self.interval = chunks, interval
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> SlowStream:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
