"""The OpenAI-compatible client against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
import time
import tracemalloc
from email.utils import formatdate

import pytest

from govrag.errors import (
    ConfigError,
    GovragError,
    ProviderAuthError,
    ProviderError,
    ProviderTimeout,
    ProviderUnavailable,
    SensitiveDataBlocked,
)
from govrag.providers import get_provider
from govrag.providers.openai_compat import (
    CircuitBreaker,
    OpenAICompatibleProvider,
    RetryPolicy,
    _retry_after,
)
from govrag.testing.openai_server import (
    Fail,
    Hang,
    Huge,
    Malformed,
    OpenAIServer,
    Reply,
    Truncated,
)

from .conftest import SECRET

MSGS = [{"role": "system", "content": "日本語で答えてください。"},
        {"role": "user", "content": "行政手続法第七条は何を定めていますか。"}]
FAST = RetryPolicy(max_retries=2, backoff_base_s=0.01, backoff_max_s=0.05)


def make(server: OpenAIServer, pid: str = "plamo-2.0-prime", **kw: object) -> OpenAICompatibleProvider:
    kw.setdefault("retry", FAST)
    kw.setdefault("timeout_s", 2.0)
    p = get_provider(pid, base_url=server.url, api_key=SECRET, **kw)  # type: ignore[arg-type]
    assert isinstance(p, OpenAICompatibleProvider)
    return p


def test_completion_bearer_token_and_exact_price(server: OpenAIServer) -> None:
    server.script(Reply(text="行政庁は遅滞なく審査を開始しなければなりません。", usage=(1200, 300),
                        response_id="chatcmpl-abc", model="plamo-2.0-prime", system_fingerprint="fp_1"))
    with make(server) as p:
        c = p.complete(MSGS, level=1)
    assert c.text == "行政庁は遅滞なく審査を開始しなければなりません。"
    assert c.cost_jpy == 0.147
    assert (c.usage.input_tokens, c.usage.output_tokens, c.usage.estimated) == (1200, 300, False)
    assert (c.model, c.model_version, c.response_id) == (
        "plamo-2.0-prime", "plamo-2.0-prime@fp_1", "chatcmpl-abc")
    assert c.latency_s > 0 and c.finish_reason == "stop" and c.provider_id == "plamo-2.0-prime"
    (req,) = server.requests
    assert (req.method, req.path) == ("POST", "/v1/chat/completions")
    assert req.headers["authorization"] == f"Bearer {SECRET}"
    assert req.headers["x-request-id"] == c.request_id and len(c.request_id or "") == 32
    body = req.json()
    assert body["model"] == "plamo-2.0-prime" and body["messages"] == MSGS and "stream" not in body


def test_options_are_sent_and_unknown_ones_refused(server: OpenAIServer) -> None:
    with make(server) as p:
        p.complete(MSGS, level=1, temperature=0.0, max_tokens=64, seed=7)
        assert {k: server.requests[-1].json()[k] for k in ("temperature", "max_tokens", "seed")} == \
            {"temperature": 0.0, "max_tokens": 64, "seed": 7}
        with pytest.raises(ConfigError, match="temprature"):
            p.complete(MSGS, level=1, temprature=0.0)
    assert len(server.requests) == 1


@pytest.mark.parametrize(("pid", "usage", "cost"), [
    ("openai-compatible", (1200, 300), None),          # unknown price -> None, never 0
    ("tsuzumi-2", (1200, 300), None),
    ("plamo-2.0-prime", (1_000_000, 1_000_000), 310.0),
])
def test_cost_per_profile(server: OpenAIServer, pid: str, usage: tuple[int, int], cost: float | None) -> None:
    server.script(Reply(usage=usage))
    with make(server, pid) as p:
        assert p.complete(MSGS, level=1).cost_jpy == cost


def test_usage_estimated_when_absent(server: OpenAIServer) -> None:
    server.script(Reply(text="第七条は申請に対する審査と応答を定めています。", usage=None,
                        system_fingerprint=None))
    with make(server) as p:
        c = p.complete(MSGS, level=1)
    assert c.usage.estimated and c.usage.input_tokens > 5 and c.usage.output_tokens > 5
    assert c.cost_jpy == p.profile.cost_jpy(c.usage.input_tokens, c.usage.output_tokens)
    assert c.model_version == "fake-model"


@pytest.mark.parametrize("include_usage", [False, True])
def test_streaming(server: OpenAIServer, include_usage: bool) -> None:
    text = "行政庁は、申請が到達したときは遅滞なく審査を開始しなければならない。"
    server.script(Reply(text=text, usage=(40, 20), chunk_chars=3))
    opts = {"stream_options": {"include_usage": True}} if include_usage else {}
    with make(server) as p:
        s = p.stream(MSGS, level=1, **opts)
        deltas = list(s)
    assert len(deltas) == -(-len(text) // 3) and "".join(deltas) == text
    c = s.completion
    assert c.text == text and c.finish_reason == "stop" and c.model_version == "fake-model@fp_fake"
    assert c.usage.estimated is (not include_usage)
    if include_usage:
        assert (c.usage.input_tokens, c.usage.output_tokens) == (40, 20)
    assert server.requests[-1].json()["stream"] is True
    assert server.requests[-1].headers["x-request-id"] == c.request_id


def test_streaming_tolerates_crlf_comments_and_event_fields(server: OpenAIServer) -> None:
    text = "第五条は審査基準を定めることを求めています。"
    server.script(Reply(text=text, chunk_chars=5, sse_style="crlf-comments"))
    with make(server) as p:
        s = p.stream(MSGS, level=1)
        assert "".join(s) == text and s.completion.finish_reason == "stop"


def test_complete_with_stream_option(server: OpenAIServer) -> None:
    server.script(Reply(text="はい、そのとおりです。"))
    with make(server) as p:
        assert p.complete(MSGS, level=1, stream=True).text == "はい、そのとおりです。"


def test_429_retry_after_is_honoured(server: OpenAIServer) -> None:
    server.script(Fail(status=429, retry_after="1"), Reply(text="二回目で成功"))
    with make(server) as p:
        started = time.monotonic()
        c = p.complete(MSGS, level=1)
        elapsed = time.monotonic() - started
    assert c.text == "二回目で成功"
    assert 0.95 <= elapsed < 2.5
    first, second = server.requests
    assert second.received_at - first.received_at >= 0.95
    assert first.headers["x-request-id"] != second.headers["x-request-id"]


def test_retry_after_beyond_the_limit_fails_fast(server: OpenAIServer) -> None:
    server.script(Fail(status=503, retry_after="120"))
    with make(server) as p, pytest.raises(ProviderUnavailable, match="Retry-After 120s") as err:
        p.complete(MSGS, level=1)
    assert err.value.status == 503 and len(server.requests) == 1


@pytest.mark.parametrize(("value", "low", "high"), [
    ("2", 2.0, 2.0), ("0.5", 0.5, 0.5), ("-3", 0.0, 0.0), ("soon", None, None), (None, None, None),
])
def test_retry_after_parsing(value: str | None, low: float | None, high: float | None) -> None:
    assert _retry_after(value) == low == high


def test_retry_after_http_date() -> None:
    parsed = _retry_after(formatdate(time.time() + 30, usegmt=True))
    assert parsed is not None and 27 <= parsed <= 31


def test_500_then_success(server: OpenAIServer) -> None:
    server.script(Fail(status=500), Fail(status=502), Reply(text="復旧しました"))
    with make(server) as p:
        assert p.complete(MSGS, level=1).text == "復旧しました"
        assert p.breaker.state == "closed"
    assert len(server.requests) == 3


def test_persistent_500_opens_the_circuit(server: OpenAIServer) -> None:
    server.set_default(Fail(status=500))
    breaker = CircuitBreaker(threshold=3, reset_after_s=0.5)
    with make(server, breaker=breaker) as p:
        with pytest.raises(ProviderUnavailable, match="server error after 3 attempts") as err:
            p.complete(MSGS, level=1)
        assert err.value.status == 500 and len(server.requests) == 3
        assert breaker.state == "open"
        with pytest.raises(ProviderUnavailable, match="circuit breaker open"):
            p.complete(MSGS, level=1)
        assert len(server.requests) == 3  # refused without a request
        time.sleep(0.55)
        server.set_default(Reply(text="半開で成功"))
        assert p.complete(MSGS, level=1).text == "半開で成功"
        assert breaker.state == "closed"  # type: ignore[comparison-overlap]  # mypy keeps the "open" above


def test_half_open_failure_reopens() -> None:
    b = CircuitBreaker(threshold=1, reset_after_s=0.05)
    b.failure()
    assert b.allow() is not None
    time.sleep(0.06)
    assert b.allow() is None and b.allow() == 0.0  # one trial at a time
    b.failure()
    assert b.state == "open"


def test_timeout(server: OpenAIServer) -> None:
    server.script(Hang(seconds=10))
    with make(server, timeout_s=0.3) as p:
        started = time.monotonic()
        with pytest.raises(ProviderTimeout) as err:
            p.complete(MSGS, level=1)
        assert time.monotonic() - started < 2.0
    assert err.value.request_id and len(server.requests) == 1


def test_auth_error_is_not_retried(server: OpenAIServer) -> None:
    p = get_provider("plamo-2.0-prime", base_url=server.url, api_key="sk-wrong-key", retry=FAST)
    with pytest.raises(ProviderAuthError) as err:
        p.complete(MSGS, level=1)
    assert err.value.status == 401 and len(server.requests) == 1
    assert "sk-wrong-key" not in str(err.value)


@pytest.mark.parametrize("stream", [False, True])
def test_malformed_json(server: OpenAIServer, stream: bool) -> None:
    server.script(Malformed())
    with make(server) as p, pytest.raises(ProviderError, match="malformed JSON") as err:
        p.complete(MSGS, level=1, stream=stream)
    assert type(err.value) is ProviderError and err.value.request_id


@pytest.mark.parametrize("stream", [False, True])
def test_truncated_response(server: OpenAIServer, stream: bool) -> None:
    server.script(Truncated(after_chunks=2))
    with make(server) as p, pytest.raises(ProviderError, match="truncated"):
        p.complete(MSGS, level=1, stream=stream)


def test_stream_ending_without_done_is_truncated(server: OpenAIServer) -> None:
    """A stream that ends cleanly at the HTTP level but never sends finish_reason or [DONE]."""
    server.script(Truncated(after_chunks=3, clean_end=True))
    with make(server) as p:
        s = p.stream(MSGS, level=1)
        with pytest.raises(ProviderError, match="ended before"):
            for _ in s:
                pass


@pytest.mark.parametrize("declare", [False, True])
def test_50_mb_response_is_capped(server: OpenAIServer, declare: bool) -> None:
    server.script(Huge(size_bytes=50 * 1024 * 1024, declare=declare))
    with make(server, max_response_bytes=1024 * 1024) as p:
        tracemalloc.start()
        try:
            with pytest.raises(ProviderError, match="cap"):
                p.complete(MSGS, level=1)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 8 * 1024 * 1024  # bounded: nowhere near 50 MB held in memory
    time.sleep(0.2)
    assert server.huge_bytes_sent < 40 * 1024 * 1024  # the client hung up early


def test_gate_blocks_before_any_byte(server: OpenAIServer) -> None:
    with make(server) as p:
        with pytest.raises(SensitiveDataBlocked, match="max_level 1"):
            p.complete(MSGS, level=2)
        with pytest.raises(SensitiveDataBlocked, match="機密性3"):
            p.complete(MSGS, level=3)
        with pytest.raises(SensitiveDataBlocked):
            p.stream(MSGS, level=2)  # eager: refused before iteration
    assert server.requests == []


def test_unclassified_personal_data_is_not_sent(server: OpenAIServer) -> None:
    """level=None: DLP classifies (機密性2 for a My Number) and the gate refuses before sending."""
    msgs = [{"role": "user",
             "content": "山田太郎さん（マイナンバー 123456789018、電話 090-1234-5678）の申請について"}]
    with make(server) as p:
        with pytest.raises(SensitiveDataBlocked) as err:
            p.complete(msgs)
        assert server.requests == []
        assert err.value.reason == "above_max_level"
        public = [{"role": "user", "content": "行政手続法第七条の標準処理期間について教えてください。"}]
        assert p.complete(public).text  # classified 機密性1 -> sent
    assert len(server.requests) == 1 and "標準処理期間" in server.requests[0].text


def test_government_cloud_level_2(server: OpenAIServer) -> None:
    with make(server, max_level=2) as p:
        assert p.complete(MSGS, level=2).text
        with pytest.raises(SensitiveDataBlocked):
            p.complete(MSGS, level=3)
    assert len(server.requests) == 1


def test_key_never_in_repr_errors_or_logs(server: OpenAIServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server.script(Reply(), Fail(status=400, message=f"invalid api key {SECRET} for this model"),
                  Fail(status=500), Fail(status=500), Fail(status=500), Malformed())
    errors: list[GovragError] = []
    with make(server) as p:
        assert SECRET not in repr(p) and SECRET not in str(p) and "api_key=<set>" in repr(p)
        p.complete(MSGS, level=1)
        for _ in range(3):
            try:
                p.complete(MSGS, level=1)
            except GovragError as exc:
                errors.append(exc)
    assert [type(e) for e in errors] == [ProviderError, ProviderUnavailable, ProviderError]
    assert "***" in str(errors[0])  # the server echoed the key; it was scrubbed
    for error in errors:
        assert SECRET not in str(error) and SECRET not in repr(error) and SECRET not in repr(error.args)
    assert caplog.records and SECRET not in caplog.text
    assert all(SECRET not in str(r.args) for r in caplog.records)


def test_key_from_profile_env(server: OpenAIServer) -> None:
    p = get_provider("plamo-2.0-prime", env={"PLAMO_API_KEY": SECRET,
                                             "GOVRAG_PLAMO_2_0_PRIME_BASE_URL": server.url})
    assert p.complete(MSGS, level=1).text  # the server requires the key
    assert server.requests[-1].headers["authorization"] == f"Bearer {SECRET}"


def test_acomplete(server: OpenAIServer) -> None:
    server.script(Reply(text="非同期"))
    with make(server) as p:
        assert asyncio.run(p.acomplete(MSGS, level=1)).text == "非同期"


def test_unreachable_endpoint_is_unavailable() -> None:
    with OpenAIServer() as srv:
        url = srv.url
    p = get_provider("openai-compatible", base_url=url, retry=RetryPolicy(max_retries=1, backoff_base_s=0.01))
    with pytest.raises(ProviderUnavailable, match="cannot reach"):
        p.complete(MSGS, level=1)
