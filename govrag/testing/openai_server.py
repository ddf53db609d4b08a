"""A real HTTP server on 127.0.0.1 speaking OpenAI chat completions, for tests.

It answers ``POST /v1/chat/completions`` (streaming and not) and ``GET /v1/models``, plays a script
of actions (a normal reply, an HTTP error with ``Retry-After``, a hang, malformed JSON, a truncated
stream, a huge body) and RECORDS every request it receives (method, path, headers, raw body), so
tests can prove what did — or did not — reach a provider.

>>> import httpx
>>> with OpenAIServer() as srv:
...     srv.script(Reply(text="はい。"), Fail(status=429, retry_after="1"))
...     ok = httpx.post(srv.url + "/chat/completions", json={"model": "m", "messages": []})
...     busy = httpx.post(srv.url + "/chat/completions", json={"model": "m", "messages": []})
...     ok.json()["choices"][0]["message"]["content"], busy.status_code, len(srv.requests)
('はい。', 429, 2)
"""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

__all__ = [
    "Action",
    "Fail",
    "Hang",
    "Huge",
    "Malformed",
    "OpenAIServer",
    "RecordedRequest",
    "Reply",
    "Responder",
    "Truncated",
]

_MAX_REQUEST_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as received: header names are lower-cased; ``body`` is the raw bytes."""

    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes
    received_at: float
    client_port: int = 0  # the client's TCP port: requests on one kept-alive connection share it

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)

    @property
    def text(self) -> str:
        """The body decoded as UTF-8 (what a test greps for leaked values)."""
        return self.body.decode("utf-8", errors="replace")


@dataclass(frozen=True, slots=True, kw_only=True)
class Reply:
    """A successful completion (SSE chunks of ``chunk_chars`` characters when streamed).

    ``sse_style="crlf-comments"`` streams with CRLF line endings, ``: keep-alive`` comment lines
    and ``event:`` fields between events — legal SSE that a strict parser must tolerate.
    """

    text: str = "テスト応答です。"
    model: str = "fake-model"
    usage: tuple[int, int] | None = (12, 5)
    system_fingerprint: str | None = "fp_fake"
    finish_reason: str = "stop"
    chunk_chars: int = 4
    sse_style: Literal["plain", "crlf-comments"] = "plain"
    response_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Fail:
    """An HTTP error with an OpenAI-style error body (and optionally ``Retry-After``)."""

    status: int = 500
    retry_after: str | None = None
    message: str = "fake server error"


@dataclass(frozen=True, slots=True, kw_only=True)
class Hang:
    """Send nothing for ``seconds`` (or until the server stops), then drop the connection."""

    seconds: float = 30.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Malformed:
    """HTTP 200 whose body (or first stream event) is not valid JSON."""

    body: bytes = b'{"id": "x", "choices": [{"message": {"content": "\xe6\x9d\xa1'


@dataclass(frozen=True, slots=True, kw_only=True)
class Truncated:
    """Start a normal reply, then drop the connection after ``after_chunks`` stream events
    (non-streamed: after half the declared Content-Length). With ``clean_end`` the stream ends
    properly at the HTTP level but without a ``finish_reason`` or ``[DONE]``."""

    text: str = "途中で切れる応答です。"
    after_chunks: int = 2
    clean_end: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Huge:
    """HTTP 200 with a ``size_bytes`` body, sent chunked (no Content-Length) unless ``declare``."""

    size_bytes: int = 50 * 1024 * 1024
    declare: bool = False


Action = Reply | Fail | Hang | Malformed | Truncated | Huge
Responder = Callable[[RecordedRequest], Action]


@dataclass
class _State:
    queue: deque[Action] = field(default_factory=deque)
    default: Action | Responder = field(default_factory=Reply)
    requests: list[RecordedRequest] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stop: threading.Event = field(default_factory=threading.Event)
    require_key: str | None = None
    prefix: str = "/v1"
    huge_bytes_sent: int = 0


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "govrag-fake-openai/1"
    state: _State  # set on the subclass made per server

    def setup(self) -> None:
        super().setup()
        # no Nagle delay between the header and body writes (it would add ~40 ms per reply)
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:  # silence stderr access logs
        return

    # -- entry points -----------------------------------------------------------------------------
    def do_GET(self) -> None:
        rec = self._record(b"")
        if rec.path == self.state.prefix + "/models":
            self._json(200, {"object": "list", "data": [{"id": "fake-model", "object": "model"}]})
        else:
            self._json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        if length > _MAX_REQUEST_BYTES:
            self._json(413, {"error": {"message": "request too large"}})
            self.close_connection = True
            return
        body = self.rfile.read(length) if length else b""
        rec = self._record(body)
        if rec.path != self.state.prefix + "/chat/completions":
            self._json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})
            return
        key = self.state.require_key
        if key is not None and rec.headers.get("authorization") != f"Bearer {key}":
            self._json(401, {"error": {"message": "Incorrect API key provided", "type": "auth_error"}})
            return
        try:
            payload = json.loads(body)
            stream = bool(payload.get("stream")) if isinstance(payload, dict) else False
            include_usage = bool(((payload.get("stream_options") or {}) if stream else {})
                                 .get("include_usage"))
        except ValueError:
            self._json(400, {"error": {"message": "request body is not JSON"}})
            return
        action = self._next_action(rec)
        self._play(action, stream=stream, include_usage=include_usage)

    # -- helpers ----------------------------------------------------------------------------------
    def _record(self, body: bytes) -> RecordedRequest:
        rec = RecordedRequest(
            method=self.command, path=self.path.split("?", 1)[0],
            headers={k.lower(): v for k, v in self.headers.items()}, body=body,
            received_at=time.monotonic(), client_port=int(self.client_address[1]),
        )
        with self.state.lock:
            self.state.requests.append(rec)
        return rec

    def _next_action(self, rec: RecordedRequest) -> Action:
        with self.state.lock:
            if self.state.queue:
                return self.state.queue.popleft()
            default = self.state.default
        return default(rec) if callable(default) else default

    def _json(self, status: int, obj: Any, headers: Mapping[str, str] | None = None) -> None:
        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _start_chunked(self, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _play(self, action: Action, *, stream: bool, include_usage: bool) -> None:
        try:
            if isinstance(action, Reply):
                if stream:
                    self._start_chunked("text/event-stream")
                    for event in _sse_events(action, include_usage=include_usage):
                        if action.sse_style == "crlf-comments":
                            event = b": keep-alive\r\n\r\nevent: message\r\n" + event.replace(b"\n", b"\r\n")
                        self._chunk(event)
                    self._chunk(b"data: [DONE]\n\n")
                    self.wfile.write(b"0\r\n\r\n")
                else:
                    self._json(200, _completion_body(action))
            elif isinstance(action, Fail):
                headers = {"Retry-After": action.retry_after} if action.retry_after is not None else {}
                self._json(action.status, {"error": {"message": action.message, "type": "server_error",
                                                     "code": action.status}}, headers)
            elif isinstance(action, Hang):
                self.state.stop.wait(action.seconds)
                self._drop()
            elif isinstance(action, Malformed):
                if stream:
                    self._start_chunked("text/event-stream")
                    self._chunk(b"data: " + action.body + b"\n\n")
                    self._chunk(b"data: [DONE]\n\n")
                    self.wfile.write(b"0\r\n\r\n")
                else:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(action.body)))
                    self.end_headers()
                    self.wfile.write(action.body)
            elif isinstance(action, Truncated):
                reply = Reply(text=action.text, usage=None)
                if stream:
                    self._start_chunked("text/event-stream")
                    for i, event in enumerate(_sse_events(reply, include_usage=False)):
                        if i >= action.after_chunks:
                            break
                        self._chunk(event)
                    if action.clean_end:
                        self.wfile.write(b"0\r\n\r\n")
                        return
                else:
                    data = json.dumps(_completion_body(reply), ensure_ascii=False).encode("utf-8")
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data[: len(data) // 2])
                self._drop()
            else:
                self._huge(action)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True

    def _huge(self, action: Huge) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        if action.declare:
            self.send_header("Content-Length", str(action.size_bytes))
        else:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        head = b'{"id": "huge", "choices": [{"message": {"role": "assistant", "content": "'
        block = "条".encode() * (64 * 1024 // 3)
        sent = 0
        pieces: Iterator[bytes] = iter([head])
        try:
            while sent < action.size_bytes and not self.state.stop.is_set():
                piece = next(pieces, block)[: action.size_bytes - sent]
                if action.declare:
                    self.wfile.write(piece)
                else:
                    self._chunk(piece)
                sent += len(piece)
                with self.state.lock:
                    self.state.huge_bytes_sent = sent
            if not action.declare:
                self.wfile.write(b"0\r\n\r\n")
        finally:
            self.close_connection = True


def _completion_body(reply: Reply) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": reply.response_id or "chatcmpl-" + uuid.uuid4().hex[:12],
        "object": "chat.completion",
        "created": int(time.time()),
        "model": reply.model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.text},
                     "finish_reason": reply.finish_reason}],
    }
    if reply.system_fingerprint:
        body["system_fingerprint"] = reply.system_fingerprint
    if reply.usage is not None:
        pin, pout = reply.usage
        body["usage"] = {"prompt_tokens": pin, "completion_tokens": pout, "total_tokens": pin + pout}
    return body


def _sse_events(reply: Reply, *, include_usage: bool) -> Iterator[bytes]:
    rid = reply.response_id or "chatcmpl-" + uuid.uuid4().hex[:12]
    base: dict[str, Any] = {"id": rid, "object": "chat.completion.chunk", "created": int(time.time()),
                            "model": reply.model}
    if reply.system_fingerprint:
        base["system_fingerprint"] = reply.system_fingerprint

    def event(choices: list[dict[str, Any]], **extra: Any) -> bytes:
        obj = {**base, "choices": choices, **extra}
        return b"data: " + json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n\n"

    yield event([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])
    step = max(1, reply.chunk_chars)
    for i in range(0, len(reply.text), step):
        yield event([{"index": 0, "delta": {"content": reply.text[i:i + step]}, "finish_reason": None}])
    yield event([{"index": 0, "delta": {}, "finish_reason": reply.finish_reason}])
    if include_usage and reply.usage is not None:
        pin, pout = reply.usage
        yield event([], usage={"prompt_tokens": pin, "completion_tokens": pout,
                               "total_tokens": pin + pout})


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hanging up (timeouts, size caps, closed pools) are expected here; stay quiet."""
        import sys

        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class OpenAIServer:
    """Fake OpenAI-compatible endpoint on 127.0.0.1 (an ephemeral port) with a request recorder.

    ``default`` is the action (or ``responder(request) -> action``) used when the script is
    empty; ``require_key`` makes requests without ``Authorization: Bearer <key>`` get 401.
    """

    def __init__(self, *, default: Action | Responder | None = None, require_key: str | None = None,
                 prefix: str = "/v1") -> None:
        self._state = _State(require_key=require_key, prefix=prefix.rstrip("/"))
        if default is not None:
            self._state.default = default
        handler = type("_BoundHandler", (_Handler,), {"state": self._state})
        self._httpd = _Server(("127.0.0.1", 0), handler)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """The base URL to give a client (``http://127.0.0.1:PORT/v1``)."""
        return f"http://127.0.0.1:{self.port}{self._state.prefix}"

    def start(self) -> OpenAIServer:
        if self._thread is None:
            self._thread = threading.Thread(target=self._httpd.serve_forever, name="fake-openai",
                                            kwargs={"poll_interval": 0.05}, daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; hanging handlers are released at once."""
        self._state.stop.set()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> OpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- script and recorder ----------------------------------------------------------------------
    def script(self, *actions: Action) -> None:
        """Queue actions, played one per chat-completions request, in order."""
        with self._state.lock:
            self._state.queue.extend(actions)

    def set_default(self, default: Action | Responder) -> None:
        """The action (or responder) used once the script is exhausted."""
        with self._state.lock:
            self._state.default = default

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far (a copy), in arrival order."""
        with self._state.lock:
            return list(self._state.requests)

    @property
    def completion_requests(self) -> list[RecordedRequest]:
        """Only the ``POST .../chat/completions`` requests."""
        path = self._state.prefix + "/chat/completions"
        return [r for r in self.requests if r.method == "POST" and r.path == path]

    @property
    def huge_bytes_sent(self) -> int:
        """Bytes of the last :class:`Huge` body written before the client hung up."""
        with self._state.lock:
            return self._state.huge_bytes_sent

    def clear(self) -> None:
        """Forget recorded requests and any queued actions."""
        with self._state.lock:
            self._state.requests.clear()
            self._state.queue.clear()
