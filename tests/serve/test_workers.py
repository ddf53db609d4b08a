"""Several uvicorn worker processes write one audit chain; killing a worker mid-stream loses no
row of a completed request and forks no chain. (Each worker loads the DLP engine: slow.)"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from govrag.audit import AuditLog
from govrag.testing.openai_server import OpenAIServer
from tests.serve.conftest import PII_MESSAGES, SlowStream, write_config

if TYPE_CHECKING:
    from openai.types.chat import ChatCompletionMessageParam

ROOT = Path(__file__).resolve().parents[2]
AUTH = {"Authorization": "Bearer client-key"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def workers(config: Path, n: int, log: Path) -> Iterator[str]:
    port = _free_port()
    code = ("from govrag.serve import load_config; from govrag.serve.run import run_server; "
            f"run_server(load_config({str(config)!r}), port={port}, workers={n}, log_level='warning')")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1"}
    with log.open("wb") as fh:
        proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=fh, stderr=subprocess.STDOUT,
                                start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 900
        ready: set[int] = set()
        while len(ready) < n:  # every worker has loaded its DLP engine (each answers /healthz then)
            try:
                r = httpx.get(url + "/healthz", timeout=5, headers={"Connection": "close"})
                if r.status_code == 200:
                    ready.add(int(r.json()["worker"]))
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                tail = log.read_text(errors="replace")[-2000:]
                raise RuntimeError("gateway workers did not start: " + tail)
            time.sleep(0.2)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _ask(url: str, text: str, *, stream: bool) -> tuple[str, str, str]:
    """(answer, audit id, worker pid) through the real OpenAI SDK."""
    import openai

    client = openai.OpenAI(base_url=url + "/v1", api_key="client-key", max_retries=0, timeout=120)
    msgs: list[ChatCompletionMessageParam] = [{"role": "user", "content": text}]
    if not stream:
        raw = client.chat.completions.with_raw_response.create(model="chat", messages=msgs)
        return (str(raw.parse().choices[0].message.content), raw.headers["x-govrag-audit-id"],
                raw.headers["x-govrag-worker"])
    streaming = client.chat.completions.with_streaming_response
    with streaming.create(model="chat", messages=msgs, stream=True) as r:
        text_out = "".join(c.choices[0].delta.content or "" for c in r.parse() if c.choices)
        return text_out, r.headers["x-govrag-audit-id"], r.headers["x-govrag-worker"]


PG_DSN = os.environ.get("GOVRAG_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@contextmanager
def audit_target(kind: str, tmp: Path) -> Iterator[dict[str, Any]]:
    """Config keys for a SQLite file or a fresh PostgreSQL schema (dropped afterwards)."""
    if kind == "sqlite":
        yield {"audit": str(tmp / "audit.sqlite")}
        return
    import govrag.audit

    if not hasattr(govrag.audit, "open_audit"):
        pytest.skip("this build has no PostgreSQL audit store (govrag.audit.open_audit)")
    psycopg = pytest.importorskip("psycopg")
    try:
        psycopg.connect(PG_DSN, connect_timeout=3).close()
    except psycopg.Error:
        pytest.skip(f"no PostgreSQL server at {PG_DSN}")
    schema = "serve_w_" + os.urandom(6).hex()
    try:
        yield {"audit": PG_DSN, "audit_schema": schema}
    finally:
        with psycopg.connect(PG_DSN, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            conn.execute(f"DROP SCHEMA IF EXISTS {schema}_usage CASCADE")  # the shared usage counters


def _open_log(target: dict[str, Any]) -> Any:
    import govrag.audit

    if "audit_schema" in target:
        return govrag.audit.open_audit(target["audit"], schema=target["audit_schema"])
    return AuditLog(target["audit"], create=False)


@pytest.mark.slow
@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_four_workers_thousand_requests_one_chain(tmp_path: Path, upstream: OpenAIServer, store: str) -> None:
    pytest.importorskip("openai")
    with audit_target(store, tmp_path) as target:
        _four_workers(tmp_path, upstream, target)


def _four_workers(tmp_path: Path, upstream: OpenAIServer, target: dict[str, Any]) -> None:
    cfg = write_config(tmp_path, upstream.url, timeout_s=300, **target)  # 2 shared cores: slow replies
    with workers(cfg, 4, tmp_path / "gw.log") as url:
        def one(i: int) -> tuple[bool, str, str]:
            text, values = PII_MESSAGES[i % len(PII_MESSAGES)]
            answer, aid, pid = _ask(url, text, stream=i % 2 == 1)
            return all(v in answer for v in values), aid, pid

        with ThreadPoolExecutor(32) as pool:
            results = list(pool.map(one, range(1000)))
    assert all(ok for ok, _, _ in results)
    assert len({pid for _, _, pid in results}) >= 2
    leaked = [v for r in upstream.requests for _, vs in PII_MESSAGES for v in vs if v in r.text]
    assert leaked == [] and len(upstream.completion_requests) == 1000
    with _open_log(target) as log:
        ids = [e.audit_id for e in log]
        assert log.verify() == []
    assert sorted(ids) == sorted(aid for _, aid, _ in results)


@pytest.mark.slow
def test_killing_a_worker_mid_stream_keeps_the_chain(tmp_path: Path) -> None:
    pytest.importorskip("openai")
    with SlowStream(chunks=60, interval=0.2) as slow:
        cfg = write_config(tmp_path, slow.url)
        with workers(cfg, 2, tmp_path / "gw.log") as url:
            done = [_ask(url, "山田太郎さんの件", stream=False)[1] for _ in range(6)]
            background: list[str] = []
            stop = threading.Event()

            def traffic() -> None:  # completed requests on the surviving worker during the kill
                while not stop.is_set():
                    try:
                        background.append(_ask(url, "電話090-1234-5678の方", stream=False)[1])
                    except Exception:
                        time.sleep(0.1)

            t = threading.Thread(target=traffic)
            t.start()
            with httpx.stream("POST", url + "/v1/chat/completions", headers=AUTH, timeout=60,
                              json={"model": "chat", "stream": True,
                                    "messages": [{"role": "user", "content": "長い回答をください"}]}) as r:
                victim = int(r.headers["x-govrag-worker"])
                lines = r.iter_lines()
                assert next(lines).startswith("data: ")
                os.kill(victim, signal.SIGKILL)
                with pytest.raises(httpx.HTTPError):
                    for _ in lines:
                        pass
            time.sleep(2)
            stop.set()
            t.join()
            after = []
            for _ in range(6):
                for _attempt in range(50):
                    try:
                        after.append(_ask(url, "鈴木一郎さんの件", stream=False)[1])
                        break
                    except Exception:
                        time.sleep(0.5)
    completed = done + background + after
    assert len(after) == 6 and len(background) > 0
    with AuditLog(tmp_path / "audit.sqlite", create=False) as log:
        assert log.verify() == []
        rows = list(log)
    ids = [e.audit_id for e in rows]
    assert len(ids) == len(set(ids))
    assert set(completed) <= set(ids), "a completed request lost its audit row"
    assert [e.seq for e in rows] == list(range(1, len(rows) + 1)), "the chain forked or has a gap"
    assert json.dumps([e.record for e in rows], ensure_ascii=False).count("090-1234-5678") == 0
