"""Build-time wiring checks, specs and the registry (no heavy components needed)."""

from __future__ import annotations

from typing import Any

import pytest

from govrag.errors import ConfigError, PolicyViolation, StageError
from govrag.pipeline import Pipeline, Stage, check_wiring
from govrag.pipeline.record import RunRecord
from govrag.pipeline.spec import pipeline_from_spec
from govrag.pipeline.stages import STAGES, DLPStage, NormalizeStage, PolicyStage
from govrag.plugins import Registry


class FakeStage:
    """A minimal Stage for wiring tests (declares fields only)."""

    def __init__(self, id: str, *, reads: set[str], writes: set[str], sends: bool = False) -> None:
        self.id = id
        self.reads = frozenset(reads)
        self.writes = frozenset(writes)
        self.sends_data = sends

    def run(self, record: RunRecord) -> RunRecord:
        return record

    def options(self) -> dict[str, Any]:
        return {}


#: the real redaction chain: only govrag's own ``policy`` stage counts as redaction
PRE: list[Stage] = [NormalizeStage(), DLPStage(), PolicyStage()]
SEND_OK = FakeStage("send", reads={"outbound_query"}, writes={"completion"}, sends=True)
ANSWER = FakeStage("answer", reads={"outbound_query"}, writes={"answer"})


class SneakyPolicy(PolicyStage):
    """A subclass that could skip redaction: not trusted as the redacting stage."""


@pytest.mark.parametrize(
    ("stages", "message"),
    [
        ([], "at least one stage"),
        ([SEND_OK], "reads outbound_query, but nothing before it writes them"),
        ([FakeStage("early", reads={"query"}, writes=set(), sends=True), *PRE],
         "sends data out of the process but comes before redaction"),
        ([*PRE, FakeStage("leak", reads={"query", "outbound_query"}, writes=set(), sends=True)],
         "reads private field(s) query"),
        ([*PRE, ANSWER, FakeStage("leak", reads={"answer"}, writes=set(), sends=True)],
         "reads private field(s) answer"),
        ([FakeStage("redact", reads={"query"}, writes={"outbound_query", "redaction"}), SEND_OK],
         "which only the redacting 'policy' stage may write"),
        ([NormalizeStage(), DLPStage(), SneakyPolicy(), SEND_OK],
         "which only the redacting 'policy' stage may write"),
        ([FakeStage("x", reads={"query"}, writes={"blocked"})], "only the pipeline sets them"),
        ([FakeStage("x", reads={"query"}, writes={"audit_id"})], "only the pipeline sets them"),
        ([FakeStage("x", reads={"query"}, writes={"outbound_query_x"})], "unknown record field(s)"),
        ([PRE[0], PRE[0]], "appears twice"),
        ([object()], "is not a Stage"),
        ([FakeStage("a", reads={"hits"}, writes=set())],
         "stage 'a' reads hits, but nothing before it writes them"),
    ],
)
def test_bad_wiring_is_refused_with_the_reason(stages: list[Any], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        check_wiring(stages)
    assert message in str(info.value)


def test_good_wiring_passes() -> None:
    check_wiring([*PRE, SEND_OK])
    p = Pipeline([*PRE, SEND_OK], audit=None)
    assert [s.id for s in p.stages] == ["normalize", "dlp", "policy", "send"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ＡＢＣ　第７条", "ABC 第7条"),
        ("  行政手続法  ", "行政手続法"),
    ],
)
def test_normalize_stage_runs(query: str, expected: str) -> None:
    result = Pipeline([NormalizeStage()], audit=None).run(query)
    assert result.record is not None
    assert result.record.normalized_query == expected
    assert "normalize" in result.record.timings


@pytest.mark.parametrize("query", ["", "   ", "\u3000\u3000"])
def test_empty_query_is_an_input_error(query: str) -> None:
    from govrag.errors import InputError

    with pytest.raises(InputError):
        Pipeline([NormalizeStage()], audit=None).run(query)


def test_oversized_query_is_an_input_error() -> None:
    from govrag.errors import InputError

    with pytest.raises(InputError, match="limit is 10"):
        Pipeline([NormalizeStage(max_chars=10)], audit=None).run("あ" * 11)


def test_policy_violation_becomes_a_blocked_result() -> None:
    class Blocker(FakeStage):
        def run(self, record: RunRecord) -> RunRecord:
            raise PolicyViolation("機密性3 blocked", reason="level_3")

    answerer = FakeStage("answer", reads={"query"}, writes={"normalized_query"})
    p = Pipeline([Blocker("blocker", reads={"query"}, writes=set()), answerer], audit=None)
    result = p.run("極秘")
    assert result.blocked and result.answer is None
    assert result.reason == "blocker: 機密性3 blocked"


def test_unexpected_exception_becomes_stage_error_naming_the_stage() -> None:
    class Broken(FakeStage):
        def run(self, record: RunRecord) -> RunRecord:
            raise RuntimeError("boom")

    with pytest.raises(StageError, match=r"\[broken\] RuntimeError: boom"):
        Pipeline([Broken("broken", reads={"query"}, writes=set())], audit=None).run("x")


def test_spec_round_trip_and_registry_ids_only() -> None:
    spec = {"name": "n", "stages": [{"id": "normalize", "options": {"max_chars": 50}}]}
    p = pipeline_from_spec(spec, audit=None)
    assert p.to_spec() == spec
    assert pipeline_from_spec(p.to_spec(), audit=None).to_spec() == spec
    for bad in ("govrag.pipeline.stages.NormalizeStage", "os:system", "__import__"):
        with pytest.raises(ConfigError, match="unknown stage id"):
            pipeline_from_spec({"stages": [{"id": bad}]}, audit=None)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"stages": []}, "non-empty 'stages'"),
        ({"stages": [{"id": "normalize", "class": "x"}]}, "unknown key(s) ['class']"),
        ({"stages": [{"id": "normalize", "options": {"bogus": 1}}]}, "bad options for stage 'normalize'"),
        ({"stages": ["normalize"]}, "must be a mapping with an 'id'"),
    ],
)
def test_bad_specs(spec: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        pipeline_from_spec(spec, audit=None)
    assert message in str(info.value)


def test_registry_names_valid_alternatives() -> None:
    reg: Registry[int] = Registry("widget")
    reg.register("alpha", lambda: 1)
    reg.register("beta", lambda: 2)
    with pytest.raises(ConfigError, match=r"did you mean 'alpha'\?\); valid ids: alpha, beta"):
        reg.create("alpah")
    with pytest.raises(ConfigError, match="already registered"):
        reg.register("alpha", lambda: 3)
    assert "verify_citations" in STAGES and "nope" not in STAGES


def test_run_ids_are_unique_and_time_sortable() -> None:
    from govrag.pipeline.record import new_run_id

    ids = [new_run_id() for _ in range(200)]
    assert len(set(ids)) == 200
    assert all(len(i) == 36 and i[14] == "7" for i in ids)


def test_yaml_spec_file(tmp_path: Any) -> None:
    from govrag.pipeline.spec import load_spec

    path = tmp_path / "pipeline.yaml"
    path.write_text("name: norm\nstages:\n  - id: normalize\n    options:\n      max_chars: 30\n",
                    encoding="utf-8")
    p = pipeline_from_spec(load_spec(path), audit=None)
    assert p.to_spec() == {"name": "norm", "stages": [{"id": "normalize", "options": {"max_chars": 30}}]}
    bad = tmp_path / "bad.yaml"
    bad.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="must be a mapping"):
        load_spec(bad)
    with pytest.raises(ConfigError, match="cannot read pipeline spec"):
        load_spec(tmp_path / "missing.yaml")
