"""Presets over real statutes: ``qa`` annotates an unsupported sentence, ``strict`` blocks it and
says which sentence failed and why; a correct 「行政手続法7条」 answer passes ``strict``.

The model is a real HTTP server on 127.0.0.1 (the only fake)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from govrag import Corpus, Pipeline, StatuteIndex
from govrag.providers import get_provider
from govrag.testing.openai_server import OpenAIServer, Reply
from tests.conftest import linked_corpus

GOOD = "行政手続法7条により、行政庁は、申請が事務所に到達したときは遅滞なく審査を開始しなければなりません。"
BAD = "審査は、申請の到達から九十日以内に終えなければなりません。"
QUESTION = "申請書が届いたら役所はいつ審査を始めなければならないか。"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return linked_corpus(tmp_path_factory, ["405AC0000000088_20240926_506AC0000000065.xml"])  # 行政手続法


@pytest.fixture(scope="module")
def index(corpus: Corpus) -> Iterator[StatuteIndex]:
    idx = StatuteIndex.build(corpus, embedder=None, progress=False)
    yield idx
    idx.close()


@pytest.fixture()
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer(require_key="k") as srv:
        yield srv


def _pipeline(preset: str, corpus: Corpus, index: StatuteIndex, server: OpenAIServer, answer: str,
              tmp_path: Path) -> Pipeline:
    server.set_default(Reply(text=answer))
    provider = get_provider("openai-compatible", base_url=server.url, api_key="k", model="m", max_level=1)
    return Pipeline.preset(preset, index=index, corpus=corpus, provider=provider, audit=None)


def test_qa_annotates_the_unsupported_sentence(corpus: Corpus, index: StatuteIndex, server: OpenAIServer,
                                                tmp_path: Path) -> None:
    result = _pipeline("qa", corpus, index, server, GOOD + BAD, tmp_path).run(QUESTION)
    assert not result.blocked and result.answer == GOOD + BAD
    (v,) = [v for v in result.verdicts if v.guard == "groundedness"]
    assert not v.passed and "sentence 2 [number]" in v.explanation
    assert v.spans == ((len(GOOD), len(GOOD) + len(BAD)),)


def test_strict_blocks_and_names_the_sentence_and_slot(corpus: Corpus, index: StatuteIndex,
                                                       server: OpenAIServer, tmp_path: Path) -> None:
    result = _pipeline("strict", corpus, index, server, GOOD + BAD, tmp_path).run(QUESTION)
    assert result.blocked and result.answer is None
    assert "sentence 2 [number]" in (result.reason or "")
    assert "九十" not in (result.reason or "")


def test_strict_passes_a_correct_answer_citing_7jo(corpus: Corpus, index: StatuteIndex, server: OpenAIServer,
                                                   tmp_path: Path) -> None:
    result = _pipeline("strict", corpus, index, server, GOOD, tmp_path).run(QUESTION)
    assert not result.blocked, result.reason
    assert [v.passed for v in result.verdicts if v.guard == "groundedness"] == [True]
