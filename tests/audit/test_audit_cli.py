"""``govrag audit verify|export|show``: output and exit codes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from govrag.audit import AuditLog
from govrag.cli import main


@pytest.fixture()
def log_path(tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "audit.sqlite"
    with AuditLog(path, capture="redacted") as log:
        ids = [log.append({"classification": 1, "provider_id": "extractive", "n": i},
                          content={"output": f"行政手続法第七条により審査を開始する（{i}）。"})
               for i in range(3)]
    return path, ids


def _tamper(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_rows_no_update")
    conn.execute("UPDATE audit_rows SET body = replace(body, '審査を開始する', '審査をしない') WHERE seq = 2")
    conn.commit()
    conn.close()


def test_verify_ok_then_fails_after_tampering(log_path: tuple[Path, list[str]],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = log_path
    assert main(["audit", "verify", str(path)]) == 0
    assert "OK, 3 rows" in capsys.readouterr().out
    _tamper(path)
    assert main(["audit", "verify", str(path)]) == 1
    out = capsys.readouterr().out
    assert "modified" in out and "seq 2" in out
    assert main(["audit", "verify", str(path), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["ok"] is False and doc["problems"][0]["kind"] == "modified" and doc["problems"][0]["seq"] == 2


def test_export_then_verify_jsonl(log_path: tuple[Path, list[str]], tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = log_path
    out = tmp_path / "audit.jsonl"
    assert main(["audit", "export", str(path), "--out", str(out), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["rows"] == 3 and doc["head"]["count"] == 3
    assert main(["audit", "verify", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"path": str(out), "rows": 3, "ok": True, "problems": []}
    lines = out.read_text(encoding="utf-8").splitlines()
    out.write_text("\n".join([lines[0], *lines[2:]]) + "\n", encoding="utf-8")
    assert main(["audit", "verify", str(out)]) == 1
    assert "deleted" in capsys.readouterr().out


def test_show_lists_and_shows_one(log_path: tuple[Path, list[str]],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    path, ids = log_path
    assert main(["audit", "show", str(path), "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert [e["audit_id"] for e in listing] == ids and listing[0]["provider"] == "extractive"
    assert main(["audit", "show", str(path), ids[1], "--json"]) == 0
    one = json.loads(capsys.readouterr().out)
    assert one["seq"] == 2 and one["content"]["output"].endswith("（1）。")
    assert main(["audit", "show", str(path), ids[1]]) == 0
    assert ids[1] in capsys.readouterr().out
    assert main(["audit", "show", str(path), "no-such-id"]) == 3
    assert "no audit row" in capsys.readouterr().err


@pytest.mark.parametrize("sub", ["verify", "show"])
def test_missing_file_is_a_usage_error_and_is_not_created(tmp_path: Path, sub: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.sqlite"
    assert main(["audit", sub, str(missing)]) == 2
    assert "no audit log" in capsys.readouterr().err
    assert not missing.exists()


def test_console_script_exit_status(log_path: tuple[Path, list[str]]) -> None:
    path, _ = log_path
    ok = subprocess.run([sys.executable, "-m", "govrag.cli", "audit", "verify", str(path)],
                        capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stderr
    _tamper(path)
    bad = subprocess.run([sys.executable, "-m", "govrag.cli", "audit", "verify", str(path)],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and "modified" in bad.stdout
