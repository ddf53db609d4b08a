"""Plain (non-RAG) routes: statute citations in the model's answer are verified against the
configured corpus (valid / nonexistent / misquoted / unsupported / not_in_sources), listed as
`unchecked` without a corpus; groundedness is checked against the request's `govrag.sources` and
is explicitly `not_applicable` without them. In the `govrag` field, the headers, the final stream
chunk and the audit row."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from govrag.errors import InvalidRequest
from govrag.serve import create_app, load_config
from govrag.serve.config import RagConfig
from govrag.serve.wire import Source, parse_chat_request
from govrag.testing.openai_server import OpenAIServer, Reply
from tests.conftest import EGOV_XML
from tests.serve.conftest import serve, write_config

AUTH = {"Authorization": "Bearer client-key"}
GYOSEI_TETSUZUKI = EGOV_XML / "405AC0000000088_20240926_506AC0000000065.xml"  # 行政手続法
ART7 = ("行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならず、"
        "かつ、申請書の記載事項に不備がないこと")

# (model answer, expected citation statuses with a corpus)
ANSWERS: list[tuple[str, list[str]]] = [
    ("行政手続法第七条により、行政庁は申請が事務所に到達したときは遅滞なく審査を開始しなければなりません。",
     ["valid"]),
    ("行政手続法第七条は「行政庁は、申請がその事務所に到達したときは三十日以内に当該申請の審査を開始しなければ"
     "ならない」と定めています。", ["misquoted"]),
    ("詳しくは行政手続法第九百条を参照してください。", ["nonexistent"]),
    ("行政手続法第七条により、行政庁は申請から六十日以内に審査を開始すれば足ります。", ["unsupported"]),
    ("承知しました。回答案は次のとおりです。", []),
]


@pytest.fixture
def plain(tmp_path: Path, upstream: OpenAIServer, engine: Any) -> Iterator[tuple[str, Any]]:
    cfg = load_config(write_config(tmp_path, upstream.url))
    cfg = dataclasses.replace(cfg, rag=RagConfig(corpus=(str(GYOSEI_TETSUZUKI),)))
    app = create_app(cfg, dlp_engine=engine)
    with serve(app) as url:
        yield url, app.state.gateway


@pytest.fixture
def no_corpus(tmp_path: Path, upstream: OpenAIServer, engine: Any) -> Iterator[tuple[str, Any]]:
    app = create_app(load_config(write_config(tmp_path, upstream.url)), dlp_engine=engine)
    with serve(app) as url:
        yield url, app.state.gateway


def _ask(url: str, *, stream: bool = False, **extra: Any) -> tuple[str, dict[str, Any], httpx.Headers]:
    """(answer, govrag field, headers) of one chat request, streamed or not."""
    body = {"model": "chat", "stream": stream, **extra,
            "messages": [{"role": "user", "content": "山田太郎です。申請の審査はいつ始まりますか。"}]}
    r = httpx.post(url + "/v1/chat/completions", json=body, headers=AUTH, timeout=60)
    assert r.status_code == 200, r.text
    if not stream:
        data = r.json()
        return data["choices"][0]["message"]["content"], data["govrag"], r.headers
    events = [json.loads(line[6:]) for line in r.text.split("\n\n") if line.startswith("data: {")]
    text = "".join(e["choices"][0]["delta"].get("content") or "" for e in events if e["choices"])
    final = next(e for e in events if e["choices"] and e["choices"][0]["finish_reason"])
    return text, final["govrag"], r.headers


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
@pytest.mark.parametrize(("answer", "statuses"), ANSWERS, ids=[f"a{i}" for i in range(len(ANSWERS))])
def test_citations_are_verified_against_the_corpus(plain: tuple[str, Any], upstream: OpenAIServer,
                                                   answer: str, statuses: list[str], stream: bool) -> None:
    url, gw = plain
    upstream.script(Reply(text=answer, chunk_chars=5))
    text, g, headers = _ask(url, stream=stream)
    assert text == answer
    assert [c["status"] for c in g["citations"]] == statuses
    if statuses and not stream:
        assert headers["x-govrag-citations"] == f"{statuses[0]}=1"
    ground = next(v for v in g["verdicts"] if v["guard"] == "groundedness")
    assert ground["status"] == "not_applicable" and ground["passed"] is None
    if not stream:
        assert headers["x-govrag-groundedness"] == "not_applicable" and headers["x-govrag-bias"] == "pass"
    (row,) = list(gw.audit)
    assert [c["status"] for c in row.record["citations"]] == statuses
    assert "山田太郎" not in json.dumps(row.record, ensure_ascii=False)


@pytest.mark.parametrize(("sources", "passed"), [
    ([ART7], True),
    ([{"text": ART7, "citation": "行政手続法第七条"}], True),
    (["地方公共団体は、住民の福祉の増進を図ることを基本とする。"], False),
])
def test_groundedness_against_request_sources(plain: tuple[str, Any], upstream: OpenAIServer,
                                              sources: list[Any], passed: bool) -> None:
    url, _ = plain
    upstream.script(Reply(text=ANSWERS[0][0]))
    _, g, headers = _ask(url, govrag={"sources": sources})
    ground = next(v for v in g["verdicts"] if v["guard"] == "groundedness")
    assert ground["passed"] is passed and ground["status"] == ("pass" if passed else "fail")
    assert headers["x-govrag-groundedness"] == ground["status"]
    assert [c["status"] for c in g["citations"]] == ["valid"]
    assert upstream.completion_requests[0].json().get("govrag") is None, "sources are never forwarded"
    assert ART7[:20] not in upstream.completion_requests[0].text


def test_cited_sources_enable_the_not_in_sources_check(plain: tuple[str, Any],
                                                       upstream: OpenAIServer) -> None:
    url, _ = plain
    upstream.script(Reply(text=ANSWERS[0][0]))
    _, g, _ = _ask(url, govrag={"sources": [{"text": "…", "citation": "行政手続法第八条"}]})
    assert [c["status"] for c in g["citations"]] == ["not_in_sources"]


def test_system_messages_as_sources(plain: tuple[str, Any], upstream: OpenAIServer) -> None:
    url, _ = plain
    upstream.script(Reply(text=ANSWERS[3][0]))
    body = {"model": "chat", "govrag": {"sources": "system"}, "messages": [
        {"role": "system", "content": "次の条文に基づいて答えてください。\n" + ART7},
        {"role": "user", "content": "審査はいつ始まりますか。"}]}
    g = httpx.post(url + "/v1/chat/completions", json=body, headers=AUTH, timeout=60).json()["govrag"]
    ground = next(v for v in g["verdicts"] if v["guard"] == "groundedness")
    assert ground["passed"] is False and "number" in ground["explanation"]


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
def test_without_a_corpus_citations_are_listed_unchecked(no_corpus: tuple[str, Any], upstream: OpenAIServer,
                                                         stream: bool) -> None:
    url, _ = no_corpus
    upstream.script(Reply(text=ANSWERS[2][0]))
    _, g, headers = _ask(url, stream=stream)
    assert [(c["citation"], c["status"]) for c in g["citations"]] == [("行政手続法第九百条", "unchecked")]
    if not stream:
        assert headers["x-govrag-citations"] == "unchecked=1"


@pytest.mark.parametrize(("ext", "param"), [
    ("x", "govrag"),
    ({"source": []}, "govrag"),
    ({"sources": "user"}, "govrag.sources"),
    ({"sources": [1]}, "govrag.sources[0]"),
    ({"sources": [{"text": "a", "url": "b"}]}, "govrag.sources[0]"),
])
def test_bad_govrag_extension_is_a_400_naming_the_field(ext: Any, param: str) -> None:
    body = json.dumps({"model": "m", "govrag": ext, "messages": [{"role": "user", "content": "x"}]}).encode()
    with pytest.raises(InvalidRequest) as info:
        parse_chat_request(body)
    assert info.value.param == param


def test_govrag_extension_parses() -> None:
    body = {"model": "m", "govrag": {"sources": ["a", {"text": "b", "citation": "民法第一条"}]},
            "messages": [{"role": "system", "content": "s"}, {"role": "user", "content": "x"}]}
    req = parse_chat_request(json.dumps(body, ensure_ascii=False).encode())
    assert req.sources == (Source("a"), Source("b", "民法第一条"))
    body["govrag"] = {"sources": "system"}
    assert parse_chat_request(json.dumps(body).encode()).sources == (Source("s"),)
    del body["govrag"]
    assert parse_chat_request(json.dumps(body).encode()).sources is None


OLD_ACT = "看護婦は、傷病者に対する療養上の世話を行うことを業とする。"


@pytest.mark.parametrize(("answer", "sources", "status", "noted"), [
    # a verbatim quote of a request source is the source's wording: a note, not a flag
    (f"旧規定は「{OLD_ACT}」と定めていました。", [OLD_ACT], "pass", True),
    # the same term in the answer's own words is flagged, sources or not
    ("看護婦が申請者に連絡します。", [OLD_ACT], "fail", False),
    # a quote that is not in any source is the answer's own wording
    (f"旧規定は「{OLD_ACT}」と定めていました。", ["地方公共団体は、住民の福祉の増進を図る。"], "fail", False),
    (f"旧規定は「{OLD_ACT}」と定めていました。", None, "fail", False),
])
def test_bias_notes_terms_quoted_from_request_sources(
    plain: tuple[str, Any], upstream: OpenAIServer, answer: str, sources: list[str] | None, status: str,
    noted: bool,
) -> None:
    url, _ = plain
    upstream.script(Reply(text=answer))
    extra: dict[str, Any] = {"govrag": {"sources": sources}} if sources is not None else {}
    _, g, headers = _ask(url, **extra)
    bias = next(v for v in g["verdicts"] if v["guard"] == "bias")
    assert bias["status"] == status and headers["x-govrag-bias"] == status
    assert ("quoted source wording" in bias["explanation"]) is noted
