"""The OpenAI Python SDK, changed only in base_url, through the gateway to a recording upstream:
no PII value reaches the upstream, answers come back restored (streamed and not), one audit row
per request, the chain verifies."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from govrag.serve import create_app, load_config
from govrag.testing.openai_server import OpenAIServer
from tests.serve.conftest import PII_MESSAGES, serve, write_config

openai = pytest.importorskip("openai")


@pytest.fixture
def gateway(tmp_path: Path, upstream: OpenAIServer, engine: Any) -> Iterator[tuple[str, Any]]:
    cfg = load_config(write_config(tmp_path, upstream.url))
    app = create_app(cfg, dlp_engine=engine)
    with serve(app) as url:
        yield url, app.state.gateway


def _client(url: str, key: str = "client-key") -> Any:
    return openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0, timeout=60)


def _ask(client: Any, text: str, *, stream: bool) -> str:
    msgs = [{"role": "system", "content": "あなたは行政文書の作成を補助します。"},
            {"role": "user", "content": text}]
    if not stream:
        return str(client.chat.completions.create(model="chat", messages=msgs).choices[0].message.content)
    parts = []
    for chunk in client.chat.completions.create(model="chat", messages=msgs, stream=True):
        if chunk.choices and chunk.choices[0].delta.content:
            parts.append(chunk.choices[0].delta.content)
    return "".join(parts)


def _leaks(upstream: OpenAIServer) -> list[str]:
    values = [v for _, vs in PII_MESSAGES for v in vs] + ["山田太郎", "佐藤花子", "鈴木一郎"]
    return [v for r in upstream.requests for v in values if v in r.text]


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
@pytest.mark.parametrize(("text", "values"), PII_MESSAGES, ids=[f"msg{i}" for i in range(len(PII_MESSAGES))])
def test_sdk_answer_is_restored_and_nothing_leaks(gateway: tuple[str, Any], upstream: OpenAIServer,
                                                  text: str, values: tuple[str, ...], stream: bool) -> None:
    url, gw = gateway
    answer = _ask(_client(url), text, stream=stream)
    assert answer.startswith("承知しました。")
    for v in values:
        assert v in answer, "the placeholder of each value comes back restored"
    assert "<PHONE_NUMBER_" not in answer and "<JP_MY_NUMBER_" not in answer
    assert len(upstream.completion_requests) == 1
    assert _leaks(upstream) == []
    assert upstream.completion_requests[0].headers["authorization"] == "Bearer sk-upstream"
    rows = list(gw.audit)
    assert len(rows) == 1 and rows[0].record["status"] == "ok" and rows[0].record["stream"] is stream
    assert all(v not in str(rows[0].record) + str(rows[0].content) for v in values)
    assert gw.audit.verify() == []


def test_response_shape_usage_and_govrag_field(gateway: tuple[str, Any], upstream: OpenAIServer) -> None:
    url, gw = gateway
    raw = _client(url).chat.completions.with_raw_response.create(
        model="chat",
        messages=[{"role": "user", "content": "山田太郎さんの件で、行政手続法第七条を説明して。"}])
    resp = raw.parse()
    assert resp.object == "chat.completion" and resp.model == "chat"
    assert resp.usage.prompt_tokens == 40 and resp.usage.completion_tokens == 20
    extra = resp.model_extra["govrag"]
    assert extra["classification"] == 2 and extra["redacted"] == {"PERSON": 1}
    assert extra["injection"]["passed"] is True
    assert extra["cost_jpy"] == pytest.approx((40 * 1000 + 20 * 2000) / 1e6)
    assert raw.headers["x-govrag-classification"] == "2"
    assert raw.headers["x-govrag-entities"] == "PERSON"
    assert raw.headers["x-govrag-audit-id"] == extra["audit_id"]
    assert gw.audit.get(extra["audit_id"]).record["cost_jpy"] == extra["cost_jpy"]


def test_stream_usage_chunk_and_final_govrag(gateway: tuple[str, Any]) -> None:
    url, _ = gateway
    chunks = list(_client(url).chat.completions.create(
        model="chat", stream=True, stream_options={"include_usage": True},
        messages=[{"role": "user", "content": "電話090-1234-5678の方へ"}]))
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 60
    final = [c for c in chunks if c.choices and c.choices[0].finish_reason]
    assert final and final[0].model_extra["govrag"]["redacted"] == {"PHONE_NUMBER": 1}


def test_models_lists_the_routes(gateway: tuple[str, Any]) -> None:
    url, _ = gateway
    assert [m.id for m in _client(url).models.list()] == ["chat"]


def test_concurrent_requests_leak_nothing_and_audit_once_each(gateway: tuple[str, Any],
                                                              upstream: OpenAIServer) -> None:
    """200 requests (half streamed) from 32 threads; -m slow runs 1,000."""
    _concurrent(gateway, upstream, total=200)


@pytest.mark.slow
def test_concurrent_thousand(gateway: tuple[str, Any], upstream: OpenAIServer) -> None:
    _concurrent(gateway, upstream, total=1000)


def _concurrent(gateway: tuple[str, Any], upstream: OpenAIServer, *, total: int) -> None:
    url, gw = gateway
    client = _client(url)

    def one(i: int) -> bool:
        text, values = PII_MESSAGES[i % len(PII_MESSAGES)]
        answer = _ask(client, text, stream=i % 2 == 1)
        return all(v in answer for v in values) and "<" not in answer

    with ThreadPoolExecutor(32) as pool:
        results = list(pool.map(one, range(total)))
    assert all(results)
    assert len(upstream.completion_requests) == total
    assert _leaks(upstream) == []
    rows = list(gw.audit)
    assert len(rows) == total and len({r.audit_id for r in rows}) == total
    assert gw.audit.verify() == []
