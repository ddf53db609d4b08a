"""``govrag providers list|show``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govrag.cli import main

from .test_profiles import IDS, USER_TOML


def test_list_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["providers", "list"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["id", "vendor"]
    for pid in IDS:
        assert any(line.startswith(pid + " ") for line in lines), pid
    plamo = next(line for line in lines if line.startswith("plamo-2.0-prime"))
    assert plamo.split()[4:9] == ["31B", "31", "32768", "60", "250"]
    assert "32B*" in next(line for line in lines if line.startswith("takane-32b"))


def test_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["providers", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows][:len(IDS)] == IDS
    tsuzumi = rows[0]
    assert tsuzumi["weight_memory_gb_8bit"] == 30.0 and tsuzumi["sends_data"] is True
    assert "GOVRAG_TSUZUMI_2_API_KEY" in tsuzumi["env_vars"]


@pytest.mark.parametrize(("pid", "needle"), [
    ("plamo-2.0-prime", "PLAMO_API_KEY"),
    ("takane-32b", "inferred-from-name"),
    ("sarashina2-mini", "price on request"),
    ("extractive", "nothing leaves the process"),
])
def test_show(capsys: pytest.CaptureFixture[str], pid: str, needle: str) -> None:
    assert main(["providers", "show", pid]) == 0
    assert needle in capsys.readouterr().out
    assert main(["providers", "show", pid, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["id"] == pid and needle in json.dumps(data, ensure_ascii=False)


def test_show_unknown_names_valid_ids(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["providers", "show", "gpt-9"]) == 2
    assert "plamo-2.0-prime" in capsys.readouterr().err


def test_user_profiles_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "mine.toml"
    f.write_text(USER_TOML, encoding="utf-8")
    assert main(["providers", "show", "pref-gov-llm", "--profiles", str(f), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["max_level"] == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("[[profile]]\nid='x'\n", encoding="utf-8")
    assert main(["providers", "list", "--profiles", str(bad)]) == 2
    assert "missing" in capsys.readouterr().err
