"""guards_safety evaluator: the set schema, counting, and the committed dev sets' coverage."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from govrag.errors import ConfigError
from govrag.eval.guards_safety import Item, evaluate_bias, evaluate_items, load_items, throughput

EVAL = Path(__file__).resolve().parents[2] / "corpora" / "eval"


def _write(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_counts_precision_recall_and_rows() -> None:
    items = [Item("a", "x", "query", True, "override"), Item("b", "y", "query", True, "override"),
             Item("c", "z", "query", False, "notice"), Item("d", "w", "passage", False, "notice")]
    rep = evaluate_items(items, lambda it: it.id in ("a", "c"))
    assert (rep.tp, rep.fn, rep.fp, rep.tn) == (1, 1, 1, 1)
    assert rep.precision == 0.5 and rep.recall == 0.5 and rep.f1 == 0.5
    assert rep.rows == {"override": (1, 2), "notice": (1, 2)} and rep.errors == ["b", "c"]
    assert "override (recall)" in rep.table() and "notice (false-positive rate)" in rep.table()


@pytest.mark.parametrize(
    ("row", "guard", "message"),
    [
        ({"id": "1", "text": "t", "role": "query", "label": "bad", "technique": "x"}, "injection", "label"),
        ({"id": "1", "text": "t", "role": "user", "label": "benign", "technique": "x"}, "injection", "role"),
        ({"id": "1", "text": "t", "label": "biased"}, "bias", "category"),
    ],
)
def test_a_malformed_line_is_a_config_error_naming_the_line(tmp_path: Path, row: dict[str, str], guard: str,
                                                           message: str) -> None:
    with pytest.raises(ConfigError, match=rf"set.jsonl:1: .*{message}"):
        load_items(_write(tmp_path, [row]), guard)  # type: ignore[arg-type]


def test_bias_evaluation_runs_the_real_guard(tmp_path: Path) -> None:
    path = _write(tmp_path, [
        {"id": "1", "text": "看護婦を募集する。", "label": "biased", "category": "gender_title"},
        {"id": "2", "text": "看護師を募集する。", "label": "neutral", "category": "official_term"},
    ])
    rep = evaluate_bias(load_items(path, "bias"))
    assert (rep.tp, rep.tn) == (1, 1)


def test_throughput_is_positive_and_needs_texts() -> None:
    assert throughput(len, ["a", "b"]) > 0
    with pytest.raises(ConfigError):
        throughput(len, [])


def test_the_injection_dev_set_covers_every_technique_and_both_roles() -> None:
    items = load_items(EVAL / "injection_dev.jsonl", "injection")
    assert len(items) >= 120
    pos = Counter(it.kind for it in items if it.positive)
    neg = Counter(it.kind for it in items if not it.positive)
    assert set(pos) >= {"override", "prompt_leak", "jailbreak", "data_exfiltration", "embedded",
                        "delimiter", "obfuscation"}
    assert set(neg) >= {"statute", "question", "formatting", "notice"}
    assert {it.role for it in items} == {"query", "passage"}


def test_the_bias_dev_set_has_60_to_change_and_60_neutral() -> None:
    items = load_items(EVAL / "bias_dev.jsonl", "bias")
    assert sum(it.positive for it in items) >= 60 and sum(not it.positive for it in items) >= 60
    assert {"statute", "official_term", "anti_discrimination"} <= {it.kind for it in items if not it.positive}
    assert {"occupation", "gender_title", "disability", "illness", "nationality", "idiom", "stereotype"} <= {
        it.kind for it in items if it.positive}
