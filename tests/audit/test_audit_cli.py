"""``govrag audit verify|export|show``: output and exit codes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from govrag.audit import AuditLog, PostgresAuditLog
from govrag.cli import main
from govrag.errors import AuditError

from .conftest import PG_DSN, PostgresStore, pg_connect


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


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE laws (law_id TEXT, title TEXT)")
    conn.execute("INSERT INTO laws VALUES ('405AC0000000088', '行政手続法')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "sub"),
    [
        (lambda p: p.write_bytes(b""), "verify"),
        (lambda p: p.write_bytes(b""), "export"),
        (lambda p: p.write_bytes(b""), "show"),
        (lambda p: p.write_text("行政手続法第七条による回答。\n" * 50, encoding="utf-8"), "verify"),
        (_foreign_sqlite, "verify"),
    ],
    ids=["empty-verify", "empty-export", "empty-show", "text-verify", "foreign-sqlite-verify"],
)
def test_checking_a_non_audit_file_never_modifies_it(
    tmp_path: Path, make: Any, sub: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Regression: ``audit verify`` on an empty file used to write an SQLite header into it."""
    target = tmp_path / "evidence.sqlite"
    make(target)
    before = target.read_bytes()
    extra = ["--out", str(tmp_path / "out.jsonl")] if sub == "export" else []
    assert main(["audit", sub, str(target), *extra]) == 3
    err = capsys.readouterr().err
    assert "AuditError" in err and ("not a govrag audit log" in err or "not a usable audit log" in err), err
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evidence.sqlite"]  # no -wal/-shm, no export


def test_read_only_open_of_a_closed_wal_log_leaves_it_byte_identical(
    log_path: tuple[Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = log_path
    before = path.read_bytes()
    assert main(["audit", "verify", str(path)]) == 0
    assert path.read_bytes() == before
    with AuditLog(path, read_only=True) as log:
        assert len(log) == 3
        with pytest.raises(AuditError, match="read-only"):
            log.append({"n": 4})
    assert path.read_bytes() == before


@pytest.fixture()
def pg_log(pg_schema: str) -> tuple[str, str]:
    with PostgresAuditLog(PG_DSN, schema=pg_schema) as log:
        for i in range(3):
            log.append({"classification": 1, "provider_id": "extractive", "n": i},
                       content={"output": f"行政手続法第七条により審査を開始する（{i}）。"})
    return PG_DSN, pg_schema


def test_verify_export_show_on_postgres(pg_log: tuple[str, str], tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    dsn, schema = pg_log
    with_password = dsn.replace("postgresql://postgres@", "postgresql://postgres:Kimitsu-pw@", 1)
    assert with_password != dsn  # trust auth ignores the password; output must never show it
    assert main(["audit", "verify", with_password, "--schema", schema, "--json"]) == 0
    out = capsys.readouterr().out
    doc = json.loads(out)
    assert doc["ok"] is True and doc["rows"] == 3 and "Kimitsu-pw" not in out and "***" in doc["path"]
    export = tmp_path / "pg.jsonl"
    assert main(["audit", "export", dsn, "--schema", schema, "--out", str(export)]) == 0
    assert main(["audit", "verify", str(export)]) == 0
    capsys.readouterr()
    assert main(["audit", "show", dsn, "--schema", schema, "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert [e["seq"] for e in listing] == [1, 2, 3]
    PostgresStore(schema).sql("UPDATE audit_rows SET body = replace(body, '審査を開始する', '審査をしない') "
                              "WHERE seq = 2")
    assert main(["audit", "verify", dsn, "--schema", schema]) == 1
    assert "modified" in capsys.readouterr().out


def test_postgres_schema_that_is_not_a_log_is_refused_and_not_created(
    pg_schema: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", "verify", PG_DSN, "--schema", pg_schema]) == 3
    assert "not a govrag audit log" in capsys.readouterr().err
    with pg_connect() as conn:
        assert conn.execute("SELECT count(*) FROM information_schema.schemata WHERE schema_name = %s",
                            (pg_schema,)).fetchone()[0] == 0
