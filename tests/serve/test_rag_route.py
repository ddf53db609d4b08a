"""govrag-qa/<provider> routes run the qa pipeline over real statutes and return citations
with their verification status in the govrag field and headers."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govrag.serve import create_app, load_config
from govrag.serve.config import RagConfig, RouteConfig
from govrag.testing.openai_server import OpenAIServer, Reply
from tests.conftest import EGOV_XML
from tests.serve.conftest import serve, write_config

openai = pytest.importorskip("openai")


@pytest.fixture
def rag_gateway(tmp_path: Path, upstream: OpenAIServer, engine: Any) -> Iterator[tuple[str, Any]]:
    cfg = load_config(write_config(tmp_path, upstream.url))
    up = cfg.routes[0]
    law = EGOV_XML / "405AC0000000088_20240926_506AC0000000065.xml"  # 行政手続法
    cfg = dataclasses.replace(cfg, rag=RagConfig(corpus=(str(law),)), routes=(
        *cfg.routes, RouteConfig(name="govrag-qa/extractive", provider="extractive", max_level=2),
        dataclasses.replace(up, name="govrag-qa/chat")))
    app = create_app(cfg, dlp_engine=engine)
    with serve(app) as url:
        yield url, app.state.gateway


def test_extractive_rag_route_returns_valid_citations(rag_gateway: tuple[str, Any],
                                                      upstream: OpenAIServer) -> None:
    url, gw = rag_gateway
    client = openai.OpenAI(base_url=url + "/v1", api_key="client-key", max_retries=0)
    raw = client.chat.completions.with_raw_response.create(
        model="govrag-qa/extractive",
        messages=[{"role": "user",
                   "content": "行政庁は申請が事務所に到達したとき、審査をいつ開始しなければならないか。"}])
    resp = raw.parse()
    g = resp.model_extra["govrag"]
    assert "遅滞なく" in resp.choices[0].message.content
    assert g["citations"] and {c["status"] for c in g["citations"]} == {"valid"}
    assert any("行政手続法第七条" in c["citation"] for c in g["citations"])
    assert {v["guard"] for v in g["verdicts"]} >= {"groundedness", "bias"}
    assert raw.headers["x-govrag-citations"].startswith("valid=")
    assert upstream.completion_requests == []  # extractive: nothing leaves the process
    assert [r.record["route"] for r in gw.audit] == ["govrag-qa/extractive"]


@pytest.mark.parametrize("stream", [False, True])
def test_upstream_rag_route_flags_a_nonexistent_citation(rag_gateway: tuple[str, Any], upstream: OpenAIServer,
                                                         stream: bool) -> None:
    url, gw = rag_gateway
    upstream.script(Reply(text="行政手続法第七条により遅滞なく審査を開始します。また行政手続法第九百条も参照。"))
    client = openai.OpenAI(base_url=url + "/v1", api_key="client-key", max_retries=0)
    msgs = [{"role": "user", "content": "山田太郎です。申請の審査はいつ始まりますか。"}]
    if stream:
        chunks = list(client.chat.completions.create(model="govrag-qa/chat", messages=msgs, stream=True))
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        g = next(c.model_extra["govrag"] for c in chunks if c.choices and c.choices[0].finish_reason)
    else:
        resp = client.chat.completions.create(model="govrag-qa/chat", messages=msgs)
        text, g = resp.choices[0].message.content, resp.model_extra["govrag"]
    assert "第九百条" in text
    statuses = {c["citation"]: c["status"] for c in g["citations"]}
    assert "nonexistent" in statuses.values()
    assert "山田太郎" not in upstream.completion_requests[0].text
    assert len(list(gw.audit)) == 1 and gw.audit.verify() == []
