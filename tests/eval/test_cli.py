"""``govrag eval`` end to end through the real dispatcher."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govrag.cli import main
from tests.conftest import EGOV_XML, LAWQA

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ROOT / "corpora" / "eval" / "statute_questions.jsonl"
GYOTE = next(EGOV_XML.glob("405AC0000000088_*.xml"))  # 行政手続法
SHAKUCHI = next(EGOV_XML.glob("403AC0000000090_*.xml"))  # 借地借家法


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["eval", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def _subset(tmp_path: Path) -> Path:
    """The project's questions about 行政手続法 only."""
    subset = tmp_path / "gyote.jsonl"
    subset.write_text("".join(line for line in QUESTIONS.read_text(encoding="utf-8").splitlines(keepends=True)
                              if '"405AC0000000088"' in line), encoding="utf-8")
    return subset


def test_questions_summary(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "questions", "--json")  # the default file, no corpus check
    data = json.loads(out)
    assert status == 0 and data["problems"] == [] and data["questions"] >= 100
    assert set(data["by_kind"]) == {"paraphrase", "scenario", "explicit"}
    assert data["checked_against"] is None


def test_questions_gold_checked_against_a_corpus(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, _ = _run(capsys, "questions", str(_subset(tmp_path)), "--corpus", str(GYOTE))
    assert status == 0 and "all present" in out


def test_questions_with_a_missing_article_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    gold = [{"law_id": "405AC0000000088", "law_title": "行政手続法", "article": "99"}]
    record = {"id": "x", "question": "q", "kind": "explicit", "gold": gold}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    status, out, _ = _run(capsys, "questions", str(path), "--corpus", str(GYOTE))
    assert status == 1 and "has no article 99" in out


def test_bad_question_file_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text("{not json}\n", encoding="utf-8")
    status, _, err = _run(capsys, "questions", str(path))
    assert status == 2 and "invalid JSON" in err and "line 1" in err


def test_manifest_command(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "manifest", str(ROOT / "corpora" / "core-29.toml"), "--json")
    assert status == 0 and json.loads(out) == {"name": "core-29", "laws": 29, "format": "egov-xml",
                                               "root": "../shared/corpora/egov-xml", "problems": []}


def test_retrieval_on_one_law_with_gate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    index = tmp_path / "index"
    argv = ["retrieval", "--corpus", str(GYOTE), "--questions", str(_subset(tmp_path)), "--embedder", "none",
            "--analyzer", "char-bigram", "--index", str(index), "--quiet", "--json"]
    status, out, _ = _run(capsys, *argv, "--require", "recall@10=0.5")
    data = json.loads(out)
    assert status == 0 and data["overall"]["n"] >= 10 and data["failed_requirements"] == []
    assert data["by_kind"]["explicit"]["recall@1"] == 1.0
    assert any(index.iterdir())  # built on disk
    # the second run reuses the index folder; an impossible gate fails with exit 1 and names the metric
    status, out, _ = _run(capsys, *argv, "--require", "mrr@10=1.01")
    assert status == 1 and json.loads(out)["failed_requirements"][0].startswith("mrr@10 = ")


def test_an_existing_bm25_index_is_not_embedded_by_a_run_without_embedder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    index = tmp_path / "index"
    argv = ["retrieval", "--corpus", str(GYOTE), "--questions", str(_subset(tmp_path)), "--index", str(index),
            "--quiet", "--json"]
    assert _run(capsys, *argv, "--embedder", "none")[0] == 0
    assert _run(capsys, *argv)[0] == 0  # no --embedder: the index keeps what it was built with
    assert json.loads((index / "manifest.json").read_text(encoding="utf-8"))["embedder"] is None


def test_retrieval_with_the_rerank_stage(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    argv = ["retrieval", "--corpus", str(GYOTE), "--questions", str(_subset(tmp_path)), "--embedder", "none",
            "--quiet", "--json"]
    plain = json.loads(_run(capsys, *argv)[1])["overall"]
    status, out, _ = _run(capsys, *argv, "--rerank", "20")
    reranked = json.loads(out)["overall"]
    assert status == 0 and reranked["n"] == plain["n"]
    assert reranked["mrr@10"] >= plain["mrr@10"]
    assert reranked["recall@1"] >= plain["recall@1"]


def test_retrieval_on_lawqa(capsys: pytest.CaptureFixture[str]) -> None:
    # bare --lawqa finds qa/lawqa_jp next to the corpus; an explicit path works the same way
    for extra in ([], [str(LAWQA)]):
        status, out, _ = _run(capsys, "retrieval", "--corpus", str(SHAKUCHI), "--lawqa", *extra,
                              "--embedder", "none", "--analyzer", "char-bigram", "--quiet", "--json")
        data = json.loads(out)
        assert status == 0 and data["questions"] == "lawqa_jp"
        assert data["overall"]["n"] >= 10  # the 借地借家法 questions
        assert {g[0] for r in data["results"] for g in r["gold"]} == {"403AC0000000090"}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["retrieval", "--corpus", str(GYOTE), "--require", "recall5=0.8"], "METRIC@K=VALUE"),
        (["retrieval", "--corpus", str(GYOTE), "--require", "ndcg@5=0.8"], "valid: recall, mrr"),
        (["retrieval", "--corpus", str(GYOTE), "--require", "recall@3=0.8"], "needs k=3"),
    ],
)
def test_retrieval_usage_errors(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    status, _, err = _run(capsys, *argv)
    assert status == 2 and message in err


def test_eval_without_subcommand_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys)
    assert status == 2 and "govrag eval retrieval --corpus" in out
