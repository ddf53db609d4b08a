"""The `govrag ask` command, the audit CLI round trip, and the runnable examples."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from govrag import Corpus, Pipeline, StatuteIndex
from govrag.audit import AuditLog

from .conftest import EGOV_XML, ROOT

GYOTE = "405AC0000000088_20240926_506AC0000000065.xml"  # 行政手続法


@pytest.fixture(scope="module")
def one_law(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("one-law")
    (folder / GYOTE).symlink_to(EGOV_XML / GYOTE)
    return folder


def _govrag(*args: str, env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", **env_extra}
    return subprocess.run(
        [sys.executable, "-m", "govrag.cli", *args], capture_output=True, text=True, env=env,
        timeout=900, check=False,
    )


@pytest.fixture(scope="module")
def ask_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    base = tmp_path_factory.mktemp("ask-env")
    return {"GOVRAG_CACHE_DIR": str(base / "cache"), "GOVRAG_AUDIT": str(base / "audit.sqlite3")}


def test_ask_json_builds_the_index_once_and_cites_article_7(one_law: Path, ask_env: dict[str, str]) -> None:
    query = "申請書に不備があったら役所はどうしないといけない？"
    first = _govrag("ask", query, "--corpus", str(one_law), "--json", env_extra=ask_env)
    assert first.returncode == 0, first.stderr
    out = json.loads(first.stdout)
    assert set(out) >= {"answer", "citations", "classification", "blocked", "audit_id"}
    assert out["blocked"] is False and out["classification"]["level"] == 1
    assert {"text", "status", "law_id", "article"} <= set(out["citations"][0])
    assert any(c["law_id"] == "405AC0000000088" and c["article"] == "7" for c in out["citations"])
    assert all(c["status"] == "valid" for c in out["citations"])
    index_dirs = list((Path(ask_env["GOVRAG_CACHE_DIR"]) / "index").iterdir())
    assert len(index_dirs) == 1
    # second run reuses the cached index (same directory, nothing rebuilt)
    before = {p: p.stat().st_mtime_ns for p in index_dirs[0].rglob("*") if p.is_file()}
    second = _govrag("ask", "行政手続法第七条について教えて", "--corpus", str(one_law), "--json",
                     env_extra=ask_env)
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["citations"][0]["text"].startswith("行政手続法第七条")
    assert list((Path(ask_env["GOVRAG_CACHE_DIR"]) / "index").iterdir()) == index_dirs
    assert "rebuilding" not in second.stderr
    assert len(before) > 0


def test_ask_blocks_a_secret_query_with_exit_0(one_law: Path, ask_env: dict[str, str]) -> None:
    res = _govrag("ask", "【極秘】人事異動案の根拠条文", "--corpus", str(one_law), "--json",
                  env_extra=ask_env)
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert out["blocked"] is True and out["answer"] is None and out["audit_id"]
    assert "機密性3" in out["reason"]


def test_ask_human_output_and_errors(one_law: Path, ask_env: dict[str, str]) -> None:
    res = _govrag("ask", "申請に対する審査の開始は？", "--corpus", str(one_law), "--quiet", env_extra=ask_env)
    assert res.returncode == 0, res.stderr
    assert "根拠条文の検証" in res.stdout and "✓ 行政手続法第" in res.stdout
    # a provision quoted in the text and listed under 根拠条文 gets one verdict line, not two
    verdicts = [line for line in res.stdout.splitlines() if line.startswith("  ✓ ")]
    assert verdicts and len(verdicts) == len(set(verdicts)), verdicts
    assert "DLP: 機密性1" in res.stdout and "audit: " in res.stdout
    missing = _govrag("ask", "質問", "--corpus", str(one_law / "nope"), env_extra=ask_env)
    assert missing.returncode == 2 and "govrag: error" in missing.stderr
    unknown = _govrag("ask", "質問", "--corpus", str(one_law), "--provider", "gpt-9", env_extra=ask_env)
    assert unknown.returncode == 2 and "valid ids" in unknown.stderr


def test_audit_verify_cli_passes_then_fails_after_tampering(one_law: Path, ask_env: dict[str, str]) -> None:
    audit_path = ask_env["GOVRAG_AUDIT"]
    assert _govrag("audit", "verify", audit_path, env_extra=ask_env).returncode == 0
    con = sqlite3.connect(audit_path)
    tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
    con.close()
    assert tables  # the schema is documented in docs/audit.md
    log = AuditLog(audit_path)
    assert len(log) >= 3 and log.verify() == []
    _tamper_first_row(audit_path)
    res = _govrag("audit", "verify", audit_path, env_extra=ask_env)
    assert res.returncode == 1


def _tamper_first_row(path: str) -> None:
    """Change one character of the first stored row body, dropping guard triggers first."""
    con = sqlite3.connect(path)
    for (name,) in con.execute("select name from sqlite_master where type='trigger'").fetchall():
        con.execute(f'drop trigger "{name}"')
    table, column = _row_table(con)
    rowid, body = con.execute(f'select rowid, "{column}" from "{table}" order by rowid limit 1').fetchone()
    changed = body.replace("govrag-cli", "govrag-clj", 1) if "govrag-cli" in body else body[:-2] + ' }'
    assert changed != body
    con.execute(f'update "{table}" set "{column}" = ? where rowid = ?', (changed, rowid))
    con.commit()
    con.close()


def _row_table(con: sqlite3.Connection) -> tuple[str, str]:
    for (table,) in con.execute("select name from sqlite_master where type='table'").fetchall():
        cols = [r[1] for r in con.execute(f'pragma table_info("{table}")')]
        for col in ("body", "canonical", "row_json", "data"):
            if col in cols:
                return table, col
    raise AssertionError("no row body column found")


def test_notebook_executes(tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    from nbclient import NotebookClient

    nb = nbformat.read(ROOT / "examples" / "drafting_assistance.ipynb", as_version=4)
    os.environ.setdefault("GOVRAG_ROOT", str(ROOT))
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    html = [o for o in outputs if "text/html" in o.get("data", {})]
    assert html, "the citation report should render as HTML"


@pytest.fixture(scope="module")
def small_pipeline(one_law: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pipeline]:
    corpus = Corpus.from_path(one_law)
    with StatuteIndex.build(corpus, embedder=None, progress=False) as index:
        audit = AuditLog(tmp_path_factory.mktemp("fa") / "audit.sqlite3")
        yield Pipeline.preset("strict", index=index, corpus=corpus, provider="extractive", audit=audit)


def test_fastapi_example_serves_a_guarded_endpoint(small_pipeline: Pipeline) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    sys.path.insert(0, str(ROOT))
    try:
        from examples.fastapi_app import create_app
    finally:
        sys.path.remove(str(ROOT))
    client = TestClient(create_app(pipeline=small_pipeline))
    ok = client.post("/ask", json={"query": "申請書に不備があったら役所はどうすべき？", "user_id": "u1"})
    assert ok.status_code == 200
    body = ok.json()
    assert body["blocked"] is False, body["reason"]
    assert body["citations"] and body["audit_id"]
    secret = client.post("/ask", json={"query": "【極秘】人事案の根拠は？"}).json()
    assert secret["blocked"] is True and secret["answer"] is None
    assert client.post("/ask", json={"query": ""}).status_code == 422


def test_ask_cli_pii_blocked_for_level1_and_redacted_for_level2(
    one_law: Path, ask_env: dict[str, str]
) -> None:
    import re

    from govrag.testing.openai_server import OpenAIServer, RecordedRequest, Reply

    name, phone, my_number = "鈴木一郎", "03-5253-2111", "123456789018"
    query = f"{name}さん（電話{phone}、個人番号{my_number}）の申請書に不備があります。どう対応すべき？"

    def echo(request: RecordedRequest) -> Reply:
        user = request.json()["messages"][-1]["content"]
        held = sorted(set(re.findall(r"(?:<|&lt;)[A-Z_]+_\d+(?:>|&gt;)", user)))
        return Reply(text=f"{'、'.join(held)}について、行政手続法第七条により補正を求めます。")

    with OpenAIServer(default=echo, require_key="k-123") as srv:
        common = ["ask", query, "--corpus", str(one_law), "--json", "--provider", "openai-compatible",
                  "--base-url", srv.url, "--api-key", "k-123", "--model", "local-llm"]
        blocked = _govrag(*common, env_extra=ask_env)
        assert blocked.returncode == 0, blocked.stderr
        out = json.loads(blocked.stdout)
        assert out["blocked"] is True and out["classification"]["level"] == 2
        assert srv.requests == []
        allowed = _govrag(*common, "--max-level", "2", env_extra=ask_env)
        assert allowed.returncode == 0, allowed.stderr
        out = json.loads(allowed.stdout)
        assert out["blocked"] is False
        assert len(srv.completion_requests) == 1
        body = srv.completion_requests[0].text
        for value in (name, phone, my_number, "5253-2111"):
            assert value not in body
            assert value in out["answer"]  # restored for the caller
        assert "k-123" not in allowed.stdout + allowed.stderr
        secret = _govrag("ask", "【極秘】" + query, *common[2:], "--max-level", "2", env_extra=ask_env)
        assert json.loads(secret.stdout)["blocked"] is True
        assert len(srv.completion_requests) == 1


def test_quickstart_example_runs(one_law: Path, ask_env: dict[str, str]) -> None:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", **ask_env}
    res = subprocess.run([sys.executable, str(ROOT / "examples" / "quickstart.py"), str(one_law)],
                         capture_output=True, text=True, env=env, timeout=900, check=False)
    assert res.returncode == 0, res.stderr
    assert "valid  行政手続法第七条" in res.stdout
    assert "findings: ['PERSON', 'PHONE_NUMBER']" in res.stdout
    assert "sent out: 申請者の<PERSON_1>さん" in res.stdout
    assert "blocked: True" in res.stdout and "audit chain intact: True" in res.stdout
