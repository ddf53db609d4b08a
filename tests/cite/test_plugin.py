"""The pytest plugin: assert_citations_valid, the govrag_corpus fixture and the example test."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest

from govrag.testing import CitationAssertionError, assert_citations_valid
from tests.conftest import EGOV_XML, ROOT

GOOD = "行政手続法第7条によれば、行政庁は申請が事務所に到達したときは遅滞なく審査を開始しなければなりません。"


def test_passes_and_returns_report(few_laws: Any) -> None:
    report = assert_citations_valid(GOOD, sources=["行政手続法第七条"], corpus=few_laws)
    assert report.ok


def test_failure_message_lists_each_bad_citation(few_laws: Any) -> None:
    answer = GOOD + "同法第99条と行政手続法第8条も根拠です。"
    with pytest.raises(CitationAssertionError) as info:
        assert_citations_valid(answer, sources=["行政手続法第七条"], corpus=few_laws)
    msg = str(info.value)
    assert msg.splitlines()[0] == "2 of 3 statute citation(s) not valid:"
    assert "同法第99条" in msg and "nonexistent" in msg
    assert "行政手続法第8条" in msg and "not_in_sources" in msg
    assert info.value.report is not None and not info.value.report.ok


def test_allow_and_require(few_laws: Any) -> None:
    assert_citations_valid(GOOD, sources=[], corpus=few_laws, allow={"not_in_sources"})
    with pytest.raises(CitationAssertionError, match="cites no statute"):
        assert_citations_valid("引用なし。", sources=[], corpus=few_laws, require_citations=True)
    with pytest.raises(CitationAssertionError, match="no statute corpus"):
        assert_citations_valid(GOOD, sources=[], corpus=None)


def _run_pytest(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("GOVRAG_CORPUS", None)
    # unrelated third-party plugins only slow the child's start-up
    quiet = ["-p", "no:cacheprovider", "-p", "no:langsmith_plugin", "-p", "no:faker", "-p", "no:anyio"]
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *quiet, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )


def test_example_test_file_runs_with_the_option() -> None:
    proc = _run_pytest("examples/test_citation_example.py", "--govrag-corpus", str(EGOV_XML))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "3 passed" in proc.stdout


def test_fixture_without_corpus_fails_clearly() -> None:
    proc = _run_pytest("examples/test_citation_example.py", "-k", "grounded")
    assert proc.returncode == 1
    assert "--govrag-corpus" in proc.stdout
