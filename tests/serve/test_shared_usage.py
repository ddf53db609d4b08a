"""With a PostgreSQL audit DSN, usage counters, the monthly yen budget and requests per minute are
shared by every gateway process: three separate gateway processes (as on three hosts) against the
real PostgreSQL server enforce one budget and one rate window per key (about 30 s: each process
loads the DLP engine)."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from govrag.serve.keys import hash_key
from govrag.testing.openai_server import OpenAIServer
from tests.serve.conftest import write_config
from tests.serve.test_workers import PG_DSN, workers

psycopg = pytest.importorskip("psycopg")

KEYS = [
    # each call costs 0.08 yen (40 in @1000/Mtok + 20 out @2000/Mtok): 0.32 < 0.35 <= 0.40, so five
    {"name": "small", "hash": hash_key("small-key", scheme="sha256"), "monthly_budget_jpy": 0.35},
    {"name": "quick", "hash": hash_key("quick-key", scheme="sha256"), "rpm": 4},
]


@pytest.fixture
def pg_schema() -> Iterator[str]:
    try:
        psycopg.connect(PG_DSN, connect_timeout=3).close()
    except psycopg.Error:
        pytest.fail(f"no PostgreSQL server at {PG_DSN}")
    schema = "serve_u_" + os.urandom(6).hex()
    try:
        yield schema
    finally:
        with psycopg.connect(PG_DSN, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            conn.execute(f"DROP SCHEMA IF EXISTS {schema}_usage CASCADE")


def _post(url: str, key: str) -> httpx.Response:
    return httpx.post(url + "/v1/chat/completions", headers={"Authorization": f"Bearer {key}"}, timeout=60,
                      json={"model": "chat", "messages": [{"role": "user", "content": "こんにちは"}]})


def test_budget_and_rate_are_shared_by_processes(tmp_path: Path, upstream: OpenAIServer,
                                                 pg_schema: str) -> None:

    path = write_config(tmp_path, upstream.url, keys=KEYS)
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc.update({"audit": PG_DSN, "audit_schema": pg_schema})
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    with contextlib.ExitStack() as stack:
        urls = [stack.enter_context(workers(path, 1, tmp_path / f"gw{i}.log")) for i in range(3)]

        answers = [_post(urls[i % 3], "small-key") for i in range(9)]
        codes = [r.status_code for r in answers]
        assert codes == [200] * 5 + [429] * 4, codes
        assert {r.json()["error"]["code"] for r in answers[5:]} == {"insufficient_quota"}
        assert len({r.headers["x-govrag-worker"] for r in answers}) == 3, "three processes answered"
        assert len(upstream.completion_requests) == 5

        if time.time() % 60 > 45:  # keep the six calls inside one rate window
            time.sleep(61 - time.time() % 60)
        quick = [_post(urls[i % 3], "quick-key") for i in range(6)]
        assert [r.status_code for r in quick] == [200] * 4 + [429] * 2
        assert {r.json()["error"]["code"] for r in quick[4:]} == {"rate_limit_exceeded"}
        assert len(upstream.completion_requests) == 9

    with psycopg.connect(PG_DSN, autocommit=True) as conn:
        s = f"{pg_schema}_usage"
        daily = dict(conn.execute(f"SELECT key, SUM(yen) FROM {s}.usage_daily GROUP BY key").fetchall())
        assert daily["small"] == pytest.approx(0.40) and daily["quick"] == pytest.approx(0.32)
        (n_requests,) = conn.execute(f"SELECT count(*) FROM {s}.requests").fetchone()
    import govrag.audit

    with govrag.audit.open_audit(PG_DSN, schema=pg_schema) as log:
        rows = list(log)
        assert len(rows) == 15 == n_requests, "one audit row and one usage row per request"
        assert log.verify() == []


def test_usage_store_choice(tmp_path: Path) -> None:
    from govrag.serve.config import GatewayConfig, RouteConfig

    route = (RouteConfig(name="chat", provider="extractive"),)
    base: dict[str, Any] = {"routes": route, "keys_file": str(tmp_path / "keys.yaml")}
    sqlite = GatewayConfig(audit=str(tmp_path / "a.sqlite"), **base)
    assert sqlite.usage_path == str(tmp_path / "a.usage.sqlite")
    pg = GatewayConfig(audit=PG_DSN, audit_schema="gw1", **base)
    assert pg.usage_path == PG_DSN and pg.usage_schema_name == "gw1_usage"
    assert GatewayConfig(audit=PG_DSN, **base).usage_schema_name == "govrag_usage"
    local = GatewayConfig(audit=PG_DSN, usage=str(tmp_path / "u.sqlite"), **base)
    assert local.usage_path == str(tmp_path / "u.sqlite")


def test_dashboard_numbers_from_postgresql(tmp_path: Path, upstream: OpenAIServer, engine: Any,
                                           pg_schema: str) -> None:
    import json

    from govrag.serve import load_config
    from govrag.serve.dashboard import collect_stats
    from govrag.serve.gateway import Gateway

    path = write_config(tmp_path, upstream.url, audit=PG_DSN, audit_schema=pg_schema)
    gw = Gateway(load_config(path), dlp_engine=engine)
    try:
        msgs = [{"role": "user", "content": "電話090-1234-5678の件"}]
        body = json.dumps({"model": "chat", "messages": msgs}, ensure_ascii=False).encode()
        assert gw.chat(body, "Bearer client-key").status == 200
        assert gw.chat(body, "Bearer wrong-key").status == 401
        stats = collect_stats(gw)
    finally:
        gw.close()
    assert type(gw.usage).__name__ == "PostgresUsageStore"
    assert sum(stats["series"]["ok"]) == 1 and sum(stats["series"]["invalid_api_key"]) == 1
    assert stats["series"]["ok"][-1] == 1, "counted in the current hour"
    assert dict(stats["yen_per_key"])["portal"] == pytest.approx(0.08)
    assert stats["audit"]["intact"] and stats["audit"]["rows"] == 2
    assert [r["status"] for r in stats["last"]] == ["blocked", "ok"]
