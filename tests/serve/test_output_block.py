"""The per-route output policy. `annotate` (the default) reports failed output checks and changes
nothing; `block` withholds: a JSON answer whose check fails comes back empty with
`finish_reason: "content_filter"`, and a stream releases each sentence only after it passed its
checks and stops before the first failing one. Placeholders split across chunks still restore;
one audit row per request, which says `blocked` and names the check and the sentence index.
The OpenAI Python SDK is the client; the upstream is a real local recording server."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govrag.errors import ConfigError
from govrag.serve import create_app, load_config
from govrag.serve.config import OutputMode, RagConfig, RouteConfig, config_from_flags
from govrag.serve.gate import SentenceGate, SentenceSplitter
from govrag.testing.openai_server import OpenAIServer, RecordedRequest, Reply
from tests.conftest import EGOV_XML
from tests.serve.conftest import PLACEHOLDER, serve, write_config

openai = pytest.importorskip("openai")

GYOSEI_TETSUZUKI = EGOV_XML / "405AC0000000088_20240926_506AC0000000065.xml"  # 行政手続法
ART7 = ("行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならず、"
        "かつ、申請書の記載事項に不備がないこと")
CLEAN = "承知しました。行政庁は申請が到達したら遅滞なく審査を開始します。以上です。"
BIASED = "承知しました。看護婦の方から申請者に連絡してください。以上です。"
QUESTION = "山田太郎さん（電話090-1234-5678）の申請の審査はいつ始まりますか。"


def _gateway(tmp_path: Path, upstream: OpenAIServer, engine: Any, *, output: OutputMode,
             corpus: bool = False) -> Any:
    cfg = load_config(write_config(tmp_path, upstream.url))
    cfg = dataclasses.replace(cfg, routes=tuple(dataclasses.replace(r, output=output) for r in cfg.routes))
    if corpus:
        cfg = dataclasses.replace(cfg, rag=RagConfig(corpus=(str(GYOSEI_TETSUZUKI),)))
    return create_app(cfg, dlp_engine=engine)


@pytest.fixture
def block(tmp_path: Path, upstream: OpenAIServer, engine: Any) -> Iterator[tuple[str, Any]]:
    app = _gateway(tmp_path, upstream, engine, output="block", corpus=True)
    with serve(app) as url:
        yield url, app.state.gateway


@pytest.fixture
def annotate(tmp_path: Path, upstream: OpenAIServer, engine: Any) -> Iterator[tuple[str, Any]]:
    app = _gateway(tmp_path, upstream, engine, output="annotate", corpus=True)
    with serve(app) as url:
        yield url, app.state.gateway


def _ask(url: str, *, stream: bool, sources: list[str] | None = None,
         ) -> tuple[str, str | None, dict[str, Any], list[str]]:
    """(answer, finish_reason, govrag field, the content pieces as they arrived) via the SDK."""
    client = openai.OpenAI(base_url=url + "/v1", api_key="client-key", max_retries=0, timeout=60)
    extra = {"govrag": {"sources": sources}} if sources else None
    msgs = [{"role": "user", "content": QUESTION}]
    if not stream:
        resp = client.chat.completions.create(model="chat", messages=msgs, extra_body=extra)
        choice = resp.choices[0]
        return choice.message.content or "", choice.finish_reason, resp.model_extra["govrag"], []
    pieces: list[str] = []
    finish, g = None, {}
    for chunk in client.chat.completions.create(model="chat", messages=msgs, stream=True, extra_body=extra):
        if not chunk.choices:
            continue
        if chunk.choices[0].delta.content:
            pieces.append(chunk.choices[0].delta.content)
        if chunk.choices[0].finish_reason:
            finish, g = chunk.choices[0].finish_reason, chunk.model_extra["govrag"]
    return "".join(pieces), finish, g, pieces


def _one_row(gw: Any) -> Any:
    rows = list(gw.audit)
    assert len(rows) == 1, "exactly one audit row per request"
    assert gw.audit.verify() == []
    return rows[0]


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
def test_annotate_mode_is_unchanged(annotate: tuple[str, Any], upstream: OpenAIServer, stream: bool) -> None:
    url, gw = annotate
    upstream.script(Reply(text=BIASED, chunk_chars=3))
    text, finish, g, _ = _ask(url, stream=stream)
    assert text == BIASED and finish == "stop" and "blocked" not in g
    assert next(v for v in g["verdicts"] if v["guard"] == "bias")["status"] == "fail"
    row = _one_row(gw)
    assert row.record["status"] == "ok" and "blocked" not in row.record


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
def test_block_mode_passes_a_clean_answer_unchanged(block: tuple[str, Any], upstream: OpenAIServer,
                                                    stream: bool) -> None:
    url, gw = block
    upstream.script(Reply(text=CLEAN, chunk_chars=3))
    text, finish, g, pieces = _ask(url, stream=stream, sources=[ART7])
    assert text == CLEAN and finish == "stop" and "blocked" not in g
    assert {v["guard"]: v["status"] for v in g["verdicts"]} == {"bias": "pass", "groundedness": "pass"}
    if stream:
        expected = ["承知しました。", "行政庁は申請が到達したら遅滞なく審査を開始します。", "以上です。"]
        assert pieces == expected, "released sentence by sentence"
    row = _one_row(gw)
    assert row.record["status"] == "ok" and row.record["http_status"] == 200


def _placeholders_then_bias(rec: RecordedRequest) -> Reply:
    """Echo the placeholders in a first sentence (3-char chunks split them), then a biased one."""
    found = PLACEHOLDER.findall("\n".join(m["content"] for m in rec.json()["messages"]))
    return Reply(text="承知しました。" + "、".join(found) + "様に通知します。看護婦が対応します。以上です。",
                 chunk_chars=3)


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
def test_biased_second_sentence_is_cut_in_sse_and_refused_in_json(
        block: tuple[str, Any], upstream: OpenAIServer, stream: bool) -> None:
    url, gw = block
    upstream.script(Reply(text=BIASED, chunk_chars=3))
    text, finish, g, _ = _ask(url, stream=stream)
    assert finish == "content_filter"
    assert text == ("承知しました。" if stream else ""), "nothing of the failing sentence reaches the client"
    assert g["blocked"]["check"] == "bias" and g["blocked"]["sentence"] == 1
    row = _one_row(gw)
    assert row.record["status"] == "blocked" and row.record["reason"] == "content_filter:bias"
    assert row.record["blocked"]["sentence"] == 1 and row.record["stream"] is stream


def test_placeholders_split_across_chunks_restore_in_block_mode(block: tuple[str, Any],
                                                                upstream: OpenAIServer) -> None:
    url, gw = block
    upstream.set_default(_placeholders_then_bias)
    text, finish, g, _ = _ask(url, stream=True)
    assert text.startswith("承知しました。") and "090-1234-5678" in text and "山田太郎" in text
    assert "<PHONE_NUMBER_" not in text and "<PERSON_" not in text
    assert text.endswith("様に通知します。") and "看護" not in text
    assert finish == "content_filter" and g["blocked"]["sentence"] == 2
    row = _one_row(gw)
    dumped = json.dumps(row.record, ensure_ascii=False) + json.dumps(g, ensure_ascii=False)
    assert "090-1234-5678" not in dumped and "山田太郎" not in dumped, "the block names no personal value"


# (answer, request sources, blocking check, status, failing sentence index)
CASES: list[tuple[str, list[str] | None, str, str, int]] = [
    ("承知しました。行政庁は申請が到達したら遅滞なく審査を開始します。審査は六十日以内に始まります。", [ART7],
     "groundedness", "fail", 2),
    ("回答します。詳しくは行政手続法第九百条を参照してください。", None, "citation", "nonexistent", 1),
    ("行政手続法第七条により、行政庁は申請から六十日以内に審査を開始すれば足ります。", None,
     "citation", "unsupported", 0),
]


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
@pytest.mark.parametrize(("answer", "sources", "check", "status", "index"), CASES,
                         ids=["grounded", "nonexistent", "unsupported"])
def test_each_output_check_blocks_at_its_sentence(
        block: tuple[str, Any], upstream: OpenAIServer, answer: str, sources: list[str] | None, check: str,
        status: str, index: int, stream: bool) -> None:
    url, gw = block
    upstream.script(Reply(text=answer, chunk_chars=4))
    text, finish, g, _ = _ask(url, stream=stream, sources=sources)
    assert finish == "content_filter"
    assert (g["blocked"]["check"], g["blocked"]["status"], g["blocked"]["sentence"]) == (check, status, index)
    kept = "".join(SentenceSplitter().feed(answer)[:index])
    assert text == (kept if stream else "")
    assert _one_row(gw).record["blocked"]["check"] == check


def test_output_policy_config_and_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = config_from_flags(upstream="http://127.0.0.1:9/v1", model="chat", audit=str(tmp_path / "a.sqlite"),
                            api_key="k", output="block")
    assert [r.output for r in cfg.routes] == ["block"]
    assert load_config(write_config(tmp_path, "http://127.0.0.1:9/v1")).routes[0].output == "annotate"
    with pytest.raises(ConfigError, match="output must be one of"):
        RouteConfig(name="x", provider="openai-compatible", output="strict")  # type: ignore[arg-type]
    from govrag.cli import main

    assert main(["serve", "--upstream", "http://127.0.0.1:9/v1", "--model", "chat", "--api-key", "k",
                 "--audit", str(tmp_path / "a.sqlite"), "--output", "block", "--check", "--json"]) == 0
    assert [r["output"] for r in json.loads(capsys.readouterr().out)["routes"]] == ["block"]


@pytest.mark.parametrize(("pieces", "sentences"), [
    (["承知しま", "した。次の", "文です！", "最後"], ["承知しました。", "次の文です！", "最後"]),
    (["法は「申請。", "審査。」と定め", "ます。"], ["法は「申請。審査。」と定めます。"]),
    (["一行目\n二行", "目"], ["一行目\n", "二行目"]),
    (["あ" * 450], ["あ" * 400, "あ" * 50]),
])
def test_sentence_splitter(pieces: list[str], sentences: list[str]) -> None:
    s = SentenceSplitter()
    assert [x for p in pieces for x in s.feed(p)] + s.flush() == sentences


def test_gate_gives_checks_the_released_text_as_context() -> None:
    seen: list[tuple[str, str]] = []
    gate = SentenceGate(lambda before, s: seen.append((before, s)) or None)  # type: ignore[func-returns-value]
    assert gate.feed("一。\n二。") == ("一。\n二。", None)
    assert seen == [("", "一。"), ("一。\n", "二。")], "blank pieces are released unchecked"
    assert gate.index == 2


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
def test_block_mode_on_a_rag_route(tmp_path: Path, upstream: OpenAIServer, engine: Any, stream: bool) -> None:
    cfg = load_config(write_config(tmp_path, upstream.url))
    rag_route = dataclasses.replace(cfg.routes[0], name="govrag-qa/chat", output="block")
    cfg = dataclasses.replace(cfg, rag=RagConfig(corpus=(str(GYOSEI_TETSUZUKI),)), routes=(rag_route,))
    upstream.script(Reply(text=BIASED, chunk_chars=3))
    app = create_app(cfg, dlp_engine=engine)
    with serve(app) as url:
        client = openai.OpenAI(base_url=url + "/v1", api_key="client-key", max_retries=0, timeout=60)
        msgs = [{"role": "user", "content": "申請の審査はいつ始まりますか。"}]
        if stream:
            chunks = list(client.chat.completions.create(model="govrag-qa/chat", messages=msgs, stream=True))
            text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
            last = next(c for c in chunks if c.choices and c.choices[0].finish_reason)
            finish, g = last.choices[0].finish_reason, last.model_extra["govrag"]
        else:
            resp = client.chat.completions.create(model="govrag-qa/chat", messages=msgs)
            text, finish, g = resp.choices[0].message.content or "", resp.choices[0].finish_reason, \
                resp.model_extra["govrag"]
        assert finish == "content_filter" and g["blocked"]["check"] == "bias"
        assert "看護" not in text
        assert _one_row(app.state.gateway).record["status"] == "blocked"
