"""Run-time fail-closed checks: what a stage really wrote, who redacted, and an audit row for
every run (issue 11 §1). Each case reproduces a fail-open that the build-time check alone let by."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from govrag.audit import AuditLog
from govrag.errors import GovragError, InputError, StageError
from govrag.pipeline import (
    DLPStage,
    GenerateStage,
    NormalizeStage,
    Pipeline,
    PolicyStage,
    RunRecord,
)
from govrag.providers.base import Completion, Usage

NAME, PHONE = "山田太郎", "090-1234-5678"
PII_QUERY = f"{NAME} {PHONE} の申請書に不備があった場合の対応は？"


class Stage:
    """A stage whose ``run`` is given per test; declares its fields like any plugin would."""

    def __init__(self, id: str, run: Callable[[RunRecord], Any], *, reads: set[str],
                 writes: set[str], sends: bool = False) -> None:
        self.id, self._run = id, run
        self.reads, self.writes, self.sends_data = frozenset(reads), frozenset(writes), sends
        self.calls: list[RunRecord] = []

    def run(self, record: RunRecord) -> Any:
        self.calls.append(record)
        return self._run(record)

    def options(self) -> dict[str, Any]:
        return {}


def recorder() -> Stage:
    """A sending stage that records what it was given (stands for a remote call)."""
    return Stage("send", lambda r: r, reads={"outbound_query"}, writes=set(), sends=True)


@pytest.fixture()
def audit(tmp_path: Path) -> AuditLog:
    return AuditLog(tmp_path / "audit.sqlite3", capture="redacted")


def _only_row(audit: AuditLog) -> tuple[dict[str, Any], dict[str, Any]]:
    rows = list(audit)
    assert len(rows) == 1
    return rows[0].record, audit.read_content(rows[0].audit_id)


LEAK = Stage("leaky", lambda r: r.evolve(outbound_query=r.query), reads={"query"}, writes=set())
NOT_A_RECORD = Stage("broken", lambda r: {"answer": "x"}, reads={"query"}, writes=set())
FOREIGN = Stage("foreign", lambda r: RunRecord.start(r.query), reads={"query"}, writes=set())
SETS_AUDIT = Stage("forger", lambda r: r.evolve(audit_id="fake"), reads={"query"}, writes=set())


@pytest.mark.parametrize(
    ("rogue", "message"),
    [
        (LEAK, "wrote undeclared field(s) outbound_query"),
        (NOT_A_RECORD, "returned dict, not a RunRecord"),
        (FOREIGN, "returned another run's record"),
        (SETS_AUDIT, "wrote undeclared field(s) audit_id"),
    ],
)
def test_a_stage_that_writes_what_it_did_not_declare_fails_the_run_before_anything_is_sent(
    audit: AuditLog, rogue: Stage, message: str
) -> None:
    send = recorder()
    p = Pipeline([NormalizeStage(), DLPStage(), PolicyStage(), rogue, send], audit=audit)
    with pytest.raises(StageError, match=re.escape(message)) as info:
        p.run(PII_QUERY)
    assert info.value.stage == rogue.id
    assert send.calls == []
    record, _ = _only_row(audit)
    assert record["error"] == {"type": "StageError", "stage": rogue.id}
    assert audit.verify() == []


def test_a_sending_stage_never_runs_when_policy_did_not_redact_in_this_run(audit: AuditLog) -> None:
    policy = PolicyStage()
    policy.run = lambda record: record  # type: ignore[method-assign]  # the redaction is skipped
    send = recorder()
    p = Pipeline([NormalizeStage(), DLPStage(), policy, send], audit=audit)
    with pytest.raises(StageError, match="was not redacted in this run"):
        p.run(PII_QUERY)
    assert send.calls == []
    assert _only_row(audit)[0]["error"]["stage"] == "send"


def test_only_govrag_errors_leave_run_and_the_failure_is_audited_without_its_message(
    audit: AuditLog,
) -> None:
    def boom(record: RunRecord) -> RunRecord:
        raise KeyError(f"{NAME} not found")  # a message quoting user text

    p = Pipeline([NormalizeStage(), Stage("x", boom, reads={"query"}, writes=set())], audit=audit)
    with pytest.raises(GovragError) as info:
        p.run(PII_QUERY)
    assert isinstance(info.value, StageError) and isinstance(info.value.__cause__, KeyError)
    record, content = _only_row(audit)
    assert NAME not in json.dumps(record, ensure_ascii=False)
    assert record["error"] == {"type": "StageError", "stage": "x"}
    assert NAME in content["error"]  # under content, where the capture level applies


def test_a_block_message_goes_to_content_and_the_record_keeps_stage_and_type(tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "a.sqlite3", capture="none")
    p = Pipeline([NormalizeStage(), DLPStage(), PolicyStage(block_level=2)], audit=audit)
    result = p.run(PII_QUERY)
    assert result.blocked and result.answer is None
    record, content = _only_row(audit)
    assert record["block"] == {"stage": "policy", "type": "SensitiveDataBlocked"}
    assert "block_reason" not in record and set(content) >= {"block_reason"}
    assert content["block_reason"] is None  # capture="none": hashed only


@pytest.mark.parametrize("query", ["申請\udcff書", "\ud800", "行政手続法第七条\udfff"])
def test_a_lone_surrogate_is_an_input_error_and_is_still_audited(audit: AuditLog, query: str) -> None:
    with pytest.raises(InputError, match="lone surrogate"):
        Pipeline([NormalizeStage()], audit=audit).run(query)
    record, _ = _only_row(audit)
    assert record["error"]["type"] == "InputError" and record["query_hash"].startswith("sha256:")
    assert audit.verify() == []


class _UngatedProvider:
    """A third-party provider that forgets its own 機密性 gate (the stage must not rely on it)."""

    id = "careless"
    sends_data = True

    def __init__(self, max_level: int) -> None:
        self.max_level = max_level
        self.sent: list[Any] = []

    def complete(self, messages: Any, **options: Any) -> Completion:
        self.sent.append(messages)
        return Completion(text="回答", model="m", model_version="1", usage=Usage(1, 1, False),
                          cost_jpy=0.0, latency_s=0.0)


@pytest.mark.parametrize(("max_level", "sent"), [(1, False), (2, True)])
def test_generate_checks_the_providers_max_level_itself(max_level: int, sent: bool) -> None:
    from govrag.pipeline import RetrieveStage

    class NoIndex:
        def search(self, query: str, **kw: Any) -> list[Any]:
            return []

    provider = _UngatedProvider(max_level)
    p = Pipeline([NormalizeStage(), DLPStage(), PolicyStage(), RetrieveStage(index=NoIndex()),
                  GenerateStage(provider=provider)], audit=None)
    result = p.run(PII_QUERY)  # 機密性2: personal data
    assert result.classification is not None and result.classification.level == 2
    assert bool(provider.sent) is sent
    assert result.blocked is not sent
    if not sent:
        assert result.record is not None and result.record.blocked_by == ("generate", "SensitiveDataBlocked")
