"""A folder with every format and two 機密性2 files behind a real pipeline: a level-1 provider's
request never carries a passage of them (the recording server on 127.0.0.1 proves it), a level-2
provider's does, redacted; the audit row counts what the ceiling withheld."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govrag.audit import AuditLog
from govrag.documents.index import add_documents
from govrag.pipeline import (
    DLPStage,
    GenerateStage,
    NormalizeStage,
    Pipeline,
    PolicyStage,
    RestoreStage,
    RetrieveStage,
    Stage,
)
from govrag.providers import get_provider
from govrag.retrieval import StatuteIndex
from govrag.testing.openai_server import OpenAIServer, Reply
from tests.documents.conftest import CONFIDENTIAL, DOCS

SECRET_FILES = (CONFIDENTIAL, "shinsa_jido_teate.pdf")
QUESTIONS = [
    "保有個人情報の開示請求があった場合、請求者に対して何日以内に開示決定をするか",
    "児童手当はいつの月の分から支給されるか",
]
PERSONAL = ("山田太郎", "03-5253-5111", "霞が関二丁目1番2号", "昭和58年4月12日", "佐藤花子", "090-1234-5678")


@pytest.fixture(scope="module")
def index(tmp_path_factory: Any) -> Iterator[StatuteIndex]:
    from govrag.corpus import Corpus, load_law
    from tests.retrieval.conftest import TINY_LAW_IDS, law_files

    corpus = Corpus.from_laws([load_law(f) for f in law_files(TINY_LAW_IDS)])
    path = tmp_path_factory.mktemp("mixed") / "index"
    with StatuteIndex.build(corpus, path=path, embedder=None, progress=False) as idx:
        added = add_documents(idx, [DOCS], progress=False)
        assert {p.suffix for p in DOCS.iterdir()} <= {Path(d.meta.source).suffix for d in added.documents}
        yield idx


@pytest.fixture()
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer(default=lambda req: Reply(text="資料に基づき回答します。"), require_key="k") as srv:
        yield srv


def _secret_texts(documents: dict[str, Any]) -> list[str]:
    """Distinctive lines of every passage of the 機密性2 files (as stored: redacted)."""
    out: list[str] = []
    for name in SECRET_FILES:
        for p in documents[name].passages:
            out.extend(line for line in p.text.splitlines()[1:] if len(line) >= 10)
    assert len(out) >= 4
    return out


def _run(index: StatuteIndex, server: OpenAIServer, max_level: int, audit: AuditLog, q: str) -> Any:
    provider = get_provider(
        "llama-3.1-elyza-jp-70b", base_url=server.url, api_key="k", model="m", max_level=max_level
    )
    retrieve = RetrieveStage(index=index, k=5)
    stages: list[Stage] = [
        NormalizeStage(),
        DLPStage(),
        PolicyStage(),
        retrieve,
        GenerateStage(provider=provider),
        RestoreStage(),
    ]
    pipeline = Pipeline(stages, audit=audit)
    assert retrieve.max_level == max_level  # the pipeline passed the provider's ceiling down
    return pipeline.run(q)


@pytest.mark.parametrize("question", QUESTIONS)
def test_level_1_provider_never_receives_a_confidential_passage(
    index: StatuteIndex, server: OpenAIServer, documents: dict[str, Any], tmp_path: Path, question: str
) -> None:
    audit = AuditLog(tmp_path / "audit.sqlite3", app_id="tests")
    result = _run(index, server, 1, audit, question)
    assert not result.blocked, result.reason
    sent = server.completion_requests
    assert len(sent) == 1
    prompt = "\n".join(m["content"] for m in sent[0].json()["messages"])
    assert any(h.kind == "document" for h in result.record.hits)  # documents were retrieved
    for text in _secret_texts(documents):
        assert text not in prompt
    for value in PERSONAL:
        assert value not in sent[0].text and value not in prompt
    row = audit.get(result.audit_id)
    assert row.record["withheld"] >= 1  # the ceiling kept passages out, and the row says so
    assert all(s.get("level", 1) == 1 for s in row.record["sources"])
    raw = json.dumps(row.record, ensure_ascii=False) + json.dumps(row.content, ensure_ascii=False)
    for value in PERSONAL:
        assert value not in raw
    assert audit.verify() == []


def test_level_2_provider_receives_the_confidential_passage_redacted(
    index: StatuteIndex, server: OpenAIServer, documents: dict[str, Any], tmp_path: Path
) -> None:
    audit = AuditLog(tmp_path / "audit.sqlite3", app_id="tests")
    result = _run(index, server, 2, audit, "開示請求をした請求者の住所と決定の内容")
    assert not result.blocked, result.reason
    prompt = "\n".join(m["content"] for m in server.completion_requests[0].json()["messages"])
    assert "請求に係る保有個人情報の全部を開示する" in prompt  # a passage of the 機密性2 起案
    assert "DOC_PERSON_1" in prompt and "DOC_JP_ADDRESS_1" in prompt
    for value in PERSONAL:
        assert value not in server.completion_requests[0].text and value not in prompt
    assert result.answer is not None and "山田太郎" not in result.answer


def test_a_ceiling_above_the_provider_is_a_wiring_error(index: StatuteIndex) -> None:
    from govrag.errors import ConfigError

    provider = get_provider(
        "llama-3.1-elyza-jp-70b", base_url="http://127.0.0.1:9", api_key="k", model="m", max_level=1
    )
    with pytest.raises(ConfigError, match="max_level 2"):
        Pipeline(
            [
                NormalizeStage(),
                DLPStage(),
                PolicyStage(),
                RetrieveStage(index=index, max_level=2),
                GenerateStage(provider=provider),
            ],
            audit=None,
        )
