"""The optional model judge, against a real HTTP server on 127.0.0.1: agreement, disagreement
reported both ways, redaction and the 機密性 gate before anything is sent, malformed replies."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from govrag.errors import ConfigError, ProviderError, SensitiveDataBlocked
from govrag.guard import GroundednessGuard
from govrag.providers import get_provider
from govrag.testing.openai_server import OpenAIServer, Reply

SOURCE = "行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならない。"
GOOD = "行政庁は、申請が届いたら遅滞なく審査を開始しなければなりません。"
BAD = "行政庁は、申請から六十日以内に審査を開始すれば足ります。"
WITH_PII = ("申請者の山田太郎さん（電話090-1234-5678）の申請について、"
            "行政庁は遅滞なく審査を開始しなければなりません。")


def _verdicts(*items: tuple[int, str, str | None]) -> Reply:
    body = {"sentences": [{"index": i, "verdict": v, "slot": s, "reason": "x"} for i, v, s in items]}
    return Reply(text=json.dumps(body, ensure_ascii=False))


@pytest.fixture()
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer(require_key="k") as srv:
        yield srv


def _guard(server: OpenAIServer, *, max_level: int = 1) -> GroundednessGuard:
    provider = get_provider("openai-compatible", base_url=server.url, api_key="k", model="judge-m",
                            max_level=max_level)
    return GroundednessGuard(dense="off", judge=provider)


@pytest.mark.parametrize(
    ("answer", "reply", "passed", "expect"),
    [
        (GOOD, _verdicts((1, "supported", None)), True, "1 claim sentence(s) supported"),
        (GOOD, _verdicts((1, "unsupported", "content")), False,
         "disagreement: structural supported, judge unsupported"),
        (BAD, _verdicts((1, "supported", None)), False,
         "disagreement: structural unsupported, judge supported"),
        (BAD, _verdicts((1, "unsupported", "number")), False, "sentence 1 [number]"),
        (GOOD + BAD, _verdicts((1, "supported", None), (2, "unsupported", "number")), False,
         "sentence 2 [number]"),
    ],
    ids=["agree-ok", "judge-only", "structure-only", "agree-bad", "two-sentences"],
)
def test_judge_verdicts_and_disagreements(server: OpenAIServer, answer: str, reply: Reply, passed: bool,
                                          expect: str) -> None:
    server.script(reply)
    v = _guard(server).validate(answer, sources=[SOURCE])
    assert v.passed is passed and expect in v.explanation, v.explanation
    (req,) = server.completion_requests
    messages = req.json()["messages"]
    assert messages[0]["role"] == "system" and "JSON" in messages[0]["content"]
    assert SOURCE in messages[1]["content"]


def test_judge_only_failure_names_the_judge(server: OpenAIServer) -> None:
    server.script(_verdicts((1, "unsupported", "actor")))
    (s,) = _guard(server).sentences(GOOD, sources=[SOURCE])
    assert (s.status, s.judge, s.supported, s.disagreement) == ("supported", "unsupported", False, True)
    assert s.judge_reason == "judge: actor"


def test_personal_data_is_redacted_before_the_judge_sees_it(server: OpenAIServer) -> None:
    server.script(_verdicts((1, "supported", None)))
    answer = WITH_PII
    _guard(server, max_level=2).validate(answer, sources=[SOURCE])
    (req,) = server.completion_requests
    assert "090-1234-5678" not in req.text and "山田太郎" not in req.text
    assert "PHONE_NUMBER" in req.text


def test_classification_above_the_judges_level_sends_nothing(server: OpenAIServer) -> None:
    answer = WITH_PII
    with pytest.raises(SensitiveDataBlocked):
        _guard(server, max_level=1).validate(answer, sources=[SOURCE])
    assert server.requests == []


@pytest.mark.parametrize("text", ["わかりません", '{"sentences": "none"}',
                                  '{"sentences": [{"index": 9, "verdict": "supported"}]}'])
def test_a_malformed_reply_fails_closed(server: OpenAIServer, text: str) -> None:
    server.script(Reply(text=text))
    with pytest.raises(ProviderError):
        _guard(server).validate(GOOD, sources=[SOURCE])


def test_a_judge_must_be_a_provider() -> None:
    bad: Any = object()
    with pytest.raises(ConfigError):
        GroundednessGuard(judge=bad)
