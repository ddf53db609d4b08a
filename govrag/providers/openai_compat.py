"""OpenAI-compatible chat-completions client on httpx (PLaMo API, vLLM, private gateways).

Retries 429/5xx with exponential backoff and jitter, honouring ``Retry-After`` (bounded); a circuit
breaker opens after N consecutive failures; every request carries an ``X-Request-ID``; response
bodies are read as a stream and cut at a size cap; typed errors; the API key is never logged and
never appears in reprs or exception messages. The 機密性 gate runs before any byte is sent.

>>> from govrag.providers.profiles import builtin_profiles
>>> p = OpenAICompatibleProvider(builtin_profiles()["plamo-2.0-prime"],
...                              base_url="http://127.0.0.1:9/v1", api_key="sk-secret")
>>> "sk-secret" in repr(p), p.sends_data, p.max_level
(False, True, 1)
>>> p.complete([{"role": "user", "content": "x"}], level=2)
Traceback (most recent call last):
...
govrag.errors.SensitiveDataBlocked: 機密性2 exceeds provider 'plamo-2.0-prime' max_level 1; nothing was sent
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx

from govrag.errors import (
    ConfigError,
    ProviderAuthError,
    ProviderError,
    ProviderTimeout,
    ProviderUnavailable,
)
from govrag.providers.base import (
    Completion,
    CompletionStream,
    Message,
    ProfiledProvider,
    Usage,
    estimate_tokens,
    gate,
    validate_messages,
)
from govrag.providers.profiles import Level, ProviderProfile, as_level

__all__ = ["CircuitBreaker", "OpenAICompatibleProvider", "RetryPolicy"]

log = logging.getLogger("govrag.providers")

#: Request-body options passed through to the endpoint; anything else is a ConfigError.
BODY_OPTIONS = frozenset({
    "temperature", "top_p", "max_tokens", "stop", "seed", "presence_penalty", "frequency_penalty",
    "response_format", "n", "logit_bias", "stream_options",
})
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


@dataclass(frozen=True, slots=True, kw_only=True)
class RetryPolicy:
    """Retries of 429/5xx and connection failures (timeouts only with ``retry_on_timeout``)."""

    max_retries: int = 2
    backoff_base_s: float = 0.5
    backoff_max_s: float = 8.0
    max_retry_after_s: float = 30.0
    retry_on_timeout: bool = False

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Exponential backoff with jitter: base x 2^attempt (capped) x uniform(0.5, 1)."""
        return min(self.backoff_max_s, self.backoff_base_s * 2.0**attempt) * rng.uniform(0.5, 1.0)


class CircuitBreaker:
    """``threshold`` consecutive failures open the circuit for ``reset_after_s``; then one trial
    call is let through (half-open): success closes it, failure opens it again.

    >>> b = CircuitBreaker(threshold=2, reset_after_s=60)
    >>> b.failure(); b.failure(); b.state
    'open'
    """

    def __init__(self, *, threshold: int = 5, reset_after_s: float = 30.0) -> None:
        if threshold < 1 or reset_after_s < 0:
            raise ConfigError("circuit breaker: threshold must be >= 1 and reset_after_s >= 0")
        self.threshold = threshold
        self.reset_after_s = reset_after_s
        self._failures = 0
        self._opened_at: float | None = None
        self._trial = False
        self._lock = threading.Lock()

    @property
    def state(self) -> Literal["closed", "open", "half-open"]:
        with self._lock:
            if self._opened_at is None:
                return "closed"
            if time.monotonic() - self._opened_at >= self.reset_after_s:
                return "half-open"
            return "open"

    def allow(self) -> float | None:
        """None if a call may proceed, else the seconds until the circuit half-opens."""
        with self._lock:
            if self._opened_at is None:
                return None
            remaining = self._opened_at + self.reset_after_s - time.monotonic()
            if remaining > 0:
                return remaining
            if self._trial:  # one trial call at a time while half-open
                return 0.0
            self._trial = True
            return None

    def success(self) -> None:
        with self._lock:
            self._failures = 0
            self._opened_at = None
            self._trial = False

    def failure(self) -> None:
        with self._lock:
            self._failures += 1
            if self._trial or self._failures >= self.threshold:
                self._opened_at = time.monotonic()
            self._trial = False


class _Secret:
    """Holds the API key; its repr never shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<secret>"

    __str__ = __repr__


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


#: Bytes read after ``[DONE]`` to reach the end of the body (so the connection goes back to the
#: pool instead of being closed); a body that goes on longer is cut.
_DRAIN_BYTES = 64 * 1024


def _drain(chunks: Iterator[bytes]) -> None:
    """Read what follows ``[DONE]`` (normally only the end of the chunked body), at most
    :data:`_DRAIN_BYTES`; an unfinished or broken body is left for ``close()`` to cut. A server
    that stalls after ``[DONE]`` costs at most the read timeout."""
    seen = 0
    try:
        for piece in chunks:
            seen += len(piece)
            if seen > _DRAIN_BYTES:
                return
    except httpx.HTTPError:
        return  # the answer is complete; a broken tail only costs the connection


class OpenAICompatibleProvider(ProfiledProvider):
    """A provider reached over OpenAI-compatible ``POST {base_url}/chat/completions``.

    Configuration is keyword-only; the key comes from ``api_key`` or the profile's environment
    variables (resolved by :func:`govrag.providers.get_provider`). ``http://`` is refused except on
    loopback hosts unless ``allow_insecure_http=True``.
    """

    sends_data = True

    def __init__(
        self,
        profile: ProviderProfile,
        *,
        base_url: str,
        api_key: str | None = None,
        model: str | None = None,
        max_level: int | None = None,
        timeout_s: float = 60.0,
        connect_timeout_s: float = 10.0,
        total_timeout_s: float = 300.0,
        retry: RetryPolicy | None = None,
        breaker: CircuitBreaker | None = None,
        max_response_bytes: int = 8 * 1024 * 1024,
        allow_insecure_http: bool = False,
        trust_env: bool = False,
        seed: int | None = None,
    ) -> None:
        self._profile = profile
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"provider {profile.id}: base_url must be an http(s) URL, got {base_url!r}")
        if parts.scheme == "http" and parts.hostname not in _LOOPBACK and not allow_insecure_http:
            raise ConfigError(f"provider {profile.id}: refusing plain http to {parts.hostname}; use https "
                              "or pass allow_insecure_http=True")
        if parts.username or parts.password:
            raise ConfigError(f"provider {profile.id}: credentials in base_url are not allowed; "
                              "pass api_key= instead")
        self.base_url = base_url.rstrip("/")
        self.model = model or profile.default_model or "default"
        level = profile.max_level if max_level is None else max_level
        self._max_level: Level = as_level(level, what=f"provider {profile.id} max_level")
        if self._max_level == 3:
            raise ConfigError(f"provider {profile.id}: 機密性3 may never be sent; max_level must be 1 or 2")
        self._key = _Secret(api_key) if api_key else None
        self.timeout = httpx.Timeout(timeout_s, connect=connect_timeout_s)
        self.total_timeout_s = total_timeout_s
        self.retry = retry or RetryPolicy()
        self.breaker = breaker or CircuitBreaker()
        if max_response_bytes < 1024:
            raise ConfigError("max_response_bytes must be at least 1024")
        self.max_response_bytes = max_response_bytes
        self._trust_env = trust_env
        self._rng = random.Random(seed)
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()

    # -- identity ---------------------------------------------------------------------------------
    def __repr__(self) -> str:
        key = "set" if self._key else "unset"
        return (f"OpenAICompatibleProvider(id={self.id!r}, base_url={self.base_url!r}, "
                f"model={self.model!r}, max_level={self._max_level}, api_key=<{key}>)")

    __str__ = __repr__

    # -- lifecycle --------------------------------------------------------------------------------
    def _http(self) -> httpx.Client:
        with self._lock:
            if self._client is None:
                self._client = httpx.Client(timeout=self.timeout, follow_redirects=False,
                                            trust_env=self._trust_env)
            return self._client

    def close(self) -> None:
        """Close the HTTP connection pool."""
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def __enter__(self) -> OpenAICompatibleProvider:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public calls -----------------------------------------------------------------------------
    def complete(self, messages: Sequence[Message], *, level: Level | None = None,
                 **options: Any) -> Completion:
        """Send the messages and return the answer (``stream=True`` streams under the hood)."""
        stream = bool(options.pop("stream", False))
        if stream:
            s = self.stream(messages, level=level, **options)
            for _ in s:
                pass
            result: Completion = s.completion
            return result
        msgs, body = self._prepare(messages, level, options, stream=False)
        started = time.monotonic()
        resp, request_id = self._send(body)
        try:
            raw = self._read_capped(resp, request_id, started)
        finally:
            resp.close()
        try:
            data = json.loads(raw)
        except ValueError:
            self.breaker.failure()
            raise ProviderError("malformed JSON in the response body", provider=self.id,
                                status=200, request_id=request_id) from None
        text, finish = self._parse_message(data, request_id)
        self.breaker.success()
        return self._completion(data, msgs, text, finish, request_id, time.monotonic() - started)

    def stream(self, messages: Sequence[Message], *, level: Level | None = None,
               **options: Any) -> CompletionStream:
        """Stream text deltas (SSE). The gate runs now; the request starts on first iteration."""
        options.pop("stream", None)
        msgs, body = self._prepare(messages, level, options, stream=True)
        state: dict[str, Any] = {}
        started = time.monotonic()

        def finish(text: str) -> Completion:
            return self._completion(state.get("meta", {}), msgs, text, state.get("finish"),
                                    state.get("request_id"), time.monotonic() - started)

        return CompletionStream(self._stream_deltas(body, state, started), finish)

    async def acomplete(self, messages: Sequence[Message], *, level: Level | None = None,
                        **options: Any) -> Completion:
        """Async :meth:`complete` (runs the sync client in a worker thread)."""
        return await asyncio.to_thread(self.complete, messages, level=level, **options)

    # -- internals --------------------------------------------------------------------------------
    def _prepare(self, messages: Sequence[Message], level: Level | None, options: Mapping[str, Any],
                 *, stream: bool) -> tuple[list[dict[str, str]], dict[str, Any]]:
        unknown = sorted(set(options) - BODY_OPTIONS)
        if unknown:
            raise ConfigError(f"provider {self.id}: unknown options {unknown}; valid: "
                              f"{', '.join(sorted(BODY_OPTIONS | {'stream', 'level'}))}")
        msgs = validate_messages(messages, provider=self.id)
        gate(msgs, level=level, max_level=self._max_level, provider=self.id)
        body: dict[str, Any] = {"model": self.model, "messages": msgs, **options}
        if stream:
            body["stream"] = True
        return msgs, body

    def _headers(self, request_id: str) -> dict[str, str]:
        headers = {"X-Request-ID": request_id, "Content-Type": "application/json",
                   "Accept": "application/json, text/event-stream"}
        if self._key is not None:
            headers["Authorization"] = "Bearer " + self._key.reveal()
        return headers

    def _scrub(self, text: str) -> str:
        if self._key is not None and self._key.reveal():
            text = text.replace(self._key.reveal(), "***")
        return text[:300]

    def _send(self, body: dict[str, Any]) -> tuple[httpx.Response, str]:
        """POST with retries; returns an open 200 response (the caller closes it)."""
        client = self._http()
        url = self.base_url + "/chat/completions"
        payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
        attempt = 0
        while True:
            wait = self.breaker.allow()
            if wait is not None:
                raise ProviderUnavailable(f"circuit breaker open; retry in {wait:.1f}s, no request sent",
                                          provider=self.id)
            request_id = uuid.uuid4().hex
            log.debug("provider %s: POST /chat/completions request_id=%s attempt=%d",
                      self.id, request_id, attempt + 1)
            request = client.build_request("POST", url, content=payload, headers=self._headers(request_id))
            delay: float | None
            try:
                resp = client.send(request, stream=True)
            except httpx.TimeoutException:
                self.breaker.failure()
                if self.retry.retry_on_timeout and attempt < self.retry.max_retries:
                    time.sleep(self.retry.backoff(attempt, self._rng))
                    attempt += 1
                    continue
                raise ProviderTimeout(f"no response within {self.timeout.read}s", provider=self.id,
                                      request_id=request_id) from None
            except httpx.TransportError as exc:
                self.breaker.failure()
                if attempt < self.retry.max_retries:
                    time.sleep(self.retry.backoff(attempt, self._rng))
                    attempt += 1
                    continue
                raise ProviderUnavailable(f"cannot reach the endpoint ({type(exc).__name__})",
                                          provider=self.id, request_id=request_id) from None
            status = resp.status_code
            if status == 200:
                return resp, request_id
            detail = self._error_detail(resp)
            if status in (401, 403):
                raise ProviderAuthError(f"credentials rejected{detail}", provider=self.id,
                                        status=status, request_id=request_id)
            if status == 429 or status >= 500:
                self.breaker.failure()
                after = _retry_after(resp.headers.get("retry-after"))
                if attempt < self.retry.max_retries:
                    if after is not None and after > self.retry.max_retry_after_s:
                        raise ProviderUnavailable(
                            f"HTTP {status}: Retry-After {after:.0f}s exceeds the "
                            f"{self.retry.max_retry_after_s:.0f}s limit{detail}",
                            provider=self.id, status=status, request_id=request_id)
                    delay = after if after is not None else self.retry.backoff(attempt, self._rng)
                    log.debug("provider %s: HTTP %d, retrying in %.2fs", self.id, status, delay)
                    time.sleep(delay)
                    attempt += 1
                    continue
                what = "rate limited" if status == 429 else "server error"
                raise ProviderUnavailable(f"{what} after {attempt + 1} attempts{detail}",
                                          provider=self.id, status=status, request_id=request_id)
            raise ProviderError(f"HTTP {status}{detail}", provider=self.id, status=status,
                                request_id=request_id)

    def _error_detail(self, resp: httpx.Response) -> str:
        """A short, key-scrubbed error message from an error response (reads at most 4 KB)."""
        buf = bytearray()
        try:
            for chunk in resp.iter_bytes():
                buf += chunk
                if len(buf) > 4096:
                    break
        except httpx.HTTPError:
            pass
        finally:
            resp.close()
        try:
            data = json.loads(bytes(buf))
            err = data.get("error") if isinstance(data, dict) else None
            message = err.get("message") if isinstance(err, dict) else err
            return f": {self._scrub(str(message))}" if message else ""
        except ValueError:
            return ""

    def _read_capped(self, resp: httpx.Response, request_id: str, started: float) -> bytes:
        cap = self.max_response_bytes
        declared = resp.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            self.breaker.failure()
            raise ProviderError(f"response body of {int(declared)} bytes exceeds the {cap}-byte cap",
                                provider=self.id, status=200, request_id=request_id)
        buf = bytearray()
        try:
            for chunk in resp.iter_bytes():
                buf += chunk
                if len(buf) > cap:
                    self.breaker.failure()
                    raise ProviderError(f"response body exceeds the {cap}-byte cap; stopped reading",
                                        provider=self.id, status=200, request_id=request_id)
                if time.monotonic() - started > self.total_timeout_s:
                    raise ProviderTimeout(f"response not complete within {self.total_timeout_s}s",
                                          provider=self.id, request_id=request_id)
        except httpx.TimeoutException:
            self.breaker.failure()
            raise ProviderTimeout("the response body stalled", provider=self.id,
                                  request_id=request_id) from None
        except httpx.TransportError as exc:
            self.breaker.failure()
            raise ProviderError(f"response body truncated ({type(exc).__name__})", provider=self.id,
                                status=200, request_id=request_id) from None
        return bytes(buf)

    def _parse_message(self, data: Any, request_id: str) -> tuple[str, str | None]:
        try:
            choice = data["choices"][0]
            content = choice["message"]["content"]
        except (KeyError, IndexError, TypeError):
            self.breaker.failure()
            raise ProviderError("response has no choices[0].message.content", provider=self.id,
                                status=200, request_id=request_id) from None
        if not isinstance(content, str):
            self.breaker.failure()
            raise ProviderError("choices[0].message.content is not text", provider=self.id,
                                status=200, request_id=request_id)
        finish = choice.get("finish_reason") if isinstance(choice, dict) else None
        return content, finish if isinstance(finish, str) else None

    def _stream_deltas(self, body: dict[str, Any], state: dict[str, Any],
                       started: float) -> Iterator[str]:
        resp, request_id = self._send(body)
        state["request_id"] = request_id
        meta: dict[str, Any] = {}
        state["meta"] = meta
        cap = self.max_response_bytes
        total = 0
        pending = b""
        data_lines: list[bytes] = []
        ended = False
        try:
            chunks = resp.iter_bytes()
            while not ended:
                try:
                    chunk = next(chunks)
                except StopIteration:
                    break
                total += len(chunk)
                if total > cap:
                    self.breaker.failure()
                    raise ProviderError(f"stream exceeds the {cap}-byte cap; stopped reading",
                                        provider=self.id, status=200, request_id=request_id)
                if time.monotonic() - started > self.total_timeout_s:
                    raise ProviderTimeout(f"stream not complete within {self.total_timeout_s}s",
                                          provider=self.id, request_id=request_id)
                pending += chunk
                *lines, pending = pending.split(b"\n")
                for line in lines:
                    line = line.rstrip(b"\r")
                    if line.startswith(b"data:"):
                        data_lines.append(line[5:].lstrip(b" "))
                        continue
                    if line or not data_lines:
                        continue  # comments, event:/id:/retry: fields, keep-alive blank lines
                    payload = b"\n".join(data_lines)
                    data_lines = []
                    if payload.strip() == b"[DONE]":
                        ended = True
                        break
                    delta = self._stream_event(payload, meta, state, request_id)
                    if delta:
                        yield delta
            if ended:
                _drain(chunks)
        except httpx.TimeoutException:
            self.breaker.failure()
            raise ProviderTimeout("the stream stalled", provider=self.id, request_id=request_id) from None
        except httpx.TransportError as exc:
            self.breaker.failure()
            raise ProviderError(f"stream truncated ({type(exc).__name__})", provider=self.id,
                                status=200, request_id=request_id) from None
        finally:
            resp.close()
        if not ended and data_lines:  # a final event not followed by a blank line
            payload = b"\n".join(data_lines)
            if payload.strip() == b"[DONE]":
                ended = True
            else:
                delta = self._stream_event(payload, meta, state, request_id)
                if delta:
                    yield delta
        if not ended and state.get("finish") is None:
            self.breaker.failure()
            raise ProviderError("stream truncated: it ended before [DONE] or a finish_reason",
                                provider=self.id, status=200, request_id=request_id)
        self.breaker.success()

    def _stream_event(self, payload: bytes, meta: dict[str, Any], state: dict[str, Any],
                      request_id: str) -> str:
        try:
            event = json.loads(payload)
        except ValueError:
            self.breaker.failure()
            raise ProviderError("malformed JSON in a stream event", provider=self.id, status=200,
                                request_id=request_id) from None
        if not isinstance(event, dict):
            raise ProviderError("stream event is not an object", provider=self.id, request_id=request_id)
        if "error" in event:
            err = event["error"]
            message = err.get("message") if isinstance(err, dict) else err
            raise ProviderError(f"error event in stream: {self._scrub(str(message))}", provider=self.id,
                                status=200, request_id=request_id)
        for key in ("id", "model", "system_fingerprint", "usage"):
            if event.get(key):
                meta[key] = event[key]
        out = []
        choices = event.get("choices") or []
        for choice in choices if isinstance(choices, list) else []:
            if not isinstance(choice, dict):
                continue
            delta = choice.get("delta") or {}
            content = delta.get("content") if isinstance(delta, dict) else None
            if isinstance(content, str):
                out.append(content)
            if isinstance(choice.get("finish_reason"), str):
                state["finish"] = choice["finish_reason"]
        return "".join(out)

    def _completion(self, data: Mapping[str, Any], msgs: list[dict[str, str]], text: str,
                    finish: str | None, request_id: str | None, latency: float) -> Completion:
        usage = self._usage(data.get("usage"), msgs, text)
        model = data.get("model") if isinstance(data.get("model"), str) and data.get("model") else self.model
        fingerprint = data.get("system_fingerprint")
        version = f"{model}@{fingerprint}" if isinstance(fingerprint, str) and fingerprint else str(model)
        response_id = data.get("id") if isinstance(data.get("id"), str) else None
        log.debug("provider %s: done request_id=%s response_id=%s in=%d out=%d%s", self.id, request_id,
                  response_id, usage.input_tokens, usage.output_tokens,
                  " (estimated)" if usage.estimated else "")
        return Completion(
            text=text, model=str(model), model_version=version, usage=usage,
            cost_jpy=self._profile.cost_jpy(usage.input_tokens, usage.output_tokens),
            latency_s=latency, provider_id=self.id, request_id=request_id, response_id=response_id,
            finish_reason=finish,
        )

    @staticmethod
    def _usage(raw: Any, msgs: list[dict[str, str]], text: str) -> Usage:
        if isinstance(raw, dict):
            pin, pout = raw.get("prompt_tokens"), raw.get("completion_tokens")
            if (isinstance(pin, int) and isinstance(pout, int) and not isinstance(pin, bool)
                    and not isinstance(pout, bool) and pin >= 0 and pout >= 0):
                return Usage(input_tokens=pin, output_tokens=pout, estimated=False)
        return Usage(input_tokens=sum(estimate_tokens(m["content"]) for m in msgs),
                     output_tokens=estimate_tokens(text), estimated=True)
