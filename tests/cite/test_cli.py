"""``govrag cite check`` / ``govrag cite parse`` end to end (in-process, real corpus)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govrag.cli import main
from tests.conftest import EGOV_XML

GOOD = "行政手続法第7条によれば、行政庁は申請が事務所に到達したときは遅滞なく審査を開始しなければなりません。"
BAD = GOOD + "同法第99条も参照してください。"


@pytest.fixture(scope="module")
def one_law(tmp_path_factory: pytest.TempPathFactory) -> str:
    # one real law file keeps the CLI's corpus load short
    return str(next(EGOV_XML.glob("405AC0000000088_*.xml")))


def _write(tmp_path: Path, text: str, name: str = "answer.txt") -> str:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


@pytest.mark.parametrize(
    ("answer", "sources", "status"),
    [
        (GOOD, ["行政手続法第七条"], 0),
        (BAD, ["行政手続法第七条"], 1),
        (GOOD, ["行政手続法第八条"], 1),  # not in sources
        (GOOD, None, 0),  # no sources given: coverage not checked
    ],
)
def test_check_exit_status(
    answer: str,
    sources: list[str] | None,
    status: int,
    one_law: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["cite", "check", _write(tmp_path, answer), "--corpus", one_law]
    if sources is not None:
        argv += ["--sources", *sources]
    assert main(argv) == status
    out = capsys.readouterr().out
    assert ("OK:" in out) if status == 0 else ("NOT OK" in out)


def test_check_json_and_hits_file(one_law: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hits = _write(
        tmp_path,
        json.dumps({"hits": [{"law_id": "405AC0000000088", "article": "7", "paragraph": None}]}),
        "hits.json",
    )
    assert (
        main(["cite", "check", _write(tmp_path, BAD), "--corpus", one_law, "--sources", hits, "--json"]) == 1
    )
    data = json.loads(capsys.readouterr().out)
    assert [i["status"] for i in data["items"]] == ["valid", "nonexistent"]


@pytest.mark.parametrize(
    ("content", "message"),
    [("not json", "not valid JSON"), ('{"hits": 3}', "expected a JSON list")],
)
def test_bad_hits_file_is_a_usage_error(
    content: str, message: str, one_law: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hits = _write(tmp_path, content, "hits.json")
    assert main(["cite", "check", _write(tmp_path, GOOD), "--corpus", one_law, "--sources", hits]) == 2
    assert message in capsys.readouterr().err


def test_missing_answer_file(one_law: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "check", str(tmp_path / "nope.txt"), "--corpus", one_law]) == 2
    assert "no such file" in capsys.readouterr().err


def test_parse_command(one_law: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "parse", _write(tmp_path, BAD), "--corpus", one_law, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["text"], r["article"], r["relative"]) for r in rows] == [
        ("行政手続法第7条", "7", False),
        ("同法第99条", "99", True),
    ]


def test_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["cite", "check", "--help"])
    assert "examples:" in capsys.readouterr().out
