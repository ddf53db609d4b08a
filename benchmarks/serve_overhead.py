"""Latency the gateway adds over calling the same upstream directly (p50/p95, milliseconds).

A recording OpenAI-compatible upstream (govrag.testing.openai_server) runs in this process; the
gateway runs as a separate uvicorn process (one worker, SQLite audit log). Requests alternate: one
direct to the upstream, one through the gateway, with the same body, over one keep-alive connection
each. Each request has the same system prompt and a different user message (another name and
phone number), as in real traffic where only the system prompt repeats. The added latency of a
pair is gateway minus direct; we report its p50/p95 and both sides' own percentiles.
Targets (issue 16): p50 <= 15 ms, p95 <= 40 ms.

With --runs R the whole measurement (a fresh gateway each time) is repeated R times and the
median of each figure over the runs is reported too, with each run's 1-minute load average (the
machine may be shared) and the ratio gateway/direct of the p50s.

With --output block the gateway's route withholds failed output checks (sentence-gated release
when streaming); --output both times an annotate and a block gateway in the same rotation, so both
see the same load. Streamed requests also report the time to the first content byte (TTFT).

Run:  python benchmarks/serve_overhead.py [--n 300] [--warmup 30] [--stream] [--runs 3]
                                          [--audit-sync full|normal] [--output annotate|block|both]
                                          [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from govrag.serve.keys import hash_key
from govrag.testing.openai_server import OpenAIServer, Reply

ROOT = Path(__file__).resolve().parents[1]
BODY = {"model": "chat", "messages": [
    {"role": "system", "content": "あなたは自治体職員の文書作成を補助します。根拠条文を示してください。"},
    {"role": "user", "content": "申請者の山田太郎さん（電話090-1234-5678）から、行政手続法第七条に基づく"
                                "審査の開始時期について問合せがありました。回答案を作ってください。"}]}


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_gateway(tmp: Path, upstream_url: str, sync: str, root: Path = ROOT, output: str = "annotate",
                   ) -> tuple[subprocess.Popen[bytes], str]:
    import yaml

    tmp.mkdir(parents=True, exist_ok=True)
    cfg = {"audit": str(tmp / "audit.sqlite"), "audit_synchronous": sync,
           "keys": [{"name": "bench", "hash": hash_key("k", scheme="sha256")}],
           "routes": [{"model": "chat", "provider": "openai-compatible", "base_url": upstream_url,
                       "api_key": "sk-up", "max_level": 2, "output": output}]}
    (tmp / "gw.yaml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    port = _free_port()
    code = ("from govrag.serve import load_config; from govrag.serve.run import run_server; "
            f"run_server(load_config({str(tmp / 'gw.yaml')!r}), port={port}, log_level='warning')")
    env = {**os.environ, "PYTHONPATH": str(root), "OMP_NUM_THREADS": "1"}
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True, cwd=tmp)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600
    while True:
        try:
            if httpx.get(url + "/healthz", timeout=5).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("the gateway did not start")
        time.sleep(0.5)


NAMES = ("山田太郎", "佐藤花子", "鈴木一郎", "高橋美咲", "田中健太")


def _body(i: int, stream: bool) -> dict[str, Any]:
    """The i-th request: the same system prompt, a different user message (name, number, ward)."""
    user = (f"申請者の{NAMES[i % len(NAMES)]}さん（電話090-{1000 + i % 9000:04d}-5678）から、"
            f"行政手続法第七条に基づく審査の開始時期について第{i}号の問合せがありました。回答案を作ってください。")
    return {"model": "chat", "stream": stream,
            "messages": [BODY["messages"][0], {"role": "user", "content": user}]}


_CONTENT = re.compile(rb'"content":\s*"[^"]')


def _timed(client: httpx.Client, url: str, headers: dict[str, str], body: dict[str, Any],
           ) -> tuple[float, float]:
    """(ms to the first content byte, ms to the end); for JSON answers both are the total."""
    stream = bool(body["stream"])
    t0 = time.perf_counter()
    first = None
    if stream:
        got = b""
        with client.stream("POST", url, json=body, headers=headers) as r:
            for piece in r.iter_bytes():
                if first is None:
                    got += piece
                    if _CONTENT.search(got):
                        first = (time.perf_counter() - t0) * 1000
    else:
        r = client.post(url, json=body, headers=headers)
        r.read()
    if r.status_code != 200:
        raise SystemExit(f"{url}: HTTP {r.status_code}")
    total = (time.perf_counter() - t0) * 1000
    return (total if first is None else first), total


def measure(*, n: int, warmup: int, stream: bool, sync: str, baseline: Path | None = None,
            output: str = "annotate") -> dict[str, Any]:
    """One run. ``baseline``: the root of another govrag source tree (e.g. an older commit from
    ``git archive``), served by a second gateway and timed in the same rotation, under the same load.
    ``output="both"``: an ``annotate`` gateway and a ``block`` one (key ``block``) in the same rotation."""
    reply = Reply(text="承知しました。回答案は次のとおりです。", chunk_chars=8)
    roots: dict[str, tuple[Path, str]] = {"gateway": (ROOT, "annotate" if output == "both" else output)}
    if baseline is not None:
        roots["baseline"] = (baseline, "annotate" if output == "both" else output)
    if output == "both":
        roots["block"] = (ROOT, "block")
    with tempfile.TemporaryDirectory() as d, OpenAIServer(default=reply) as up:
        procs = {k: _start_gateway(Path(d) / k, up.url, sync, root, out) for k, (root, out) in roots.items()}
        try:
            direct_h = {"Authorization": "Bearer sk-up", "X-Bench": "direct"}
            gw_h = {"Authorization": "Bearer k"}
            times: dict[str, list[float]] = {"direct": [], **{k: [] for k in roots}}
            ttft: dict[str, list[float]] = {k: [] for k in times}
            clients = {k: httpx.Client(timeout=60) for k in times}
            try:
                for i in range(warmup + n):
                    body = _body(i, stream)
                    t = {"direct": _timed(clients["direct"], up.url + "/chat/completions", direct_h, body)}
                    for k, (_, url) in procs.items():
                        t[k] = _timed(clients[k], url + "/v1/chat/completions", gw_h, body)
                    if i >= warmup:
                        for k, (first, total) in t.items():
                            times[k].append(total)
                            ttft[k].append(first)
            finally:
                for c in clients.values():
                    c.close()
            leaked = sum(any(n in r.text for n in NAMES) or "-5678" in r.text for r in up.completion_requests
                         if r.headers.get("x-bench") != "direct")
        finally:
            for proc, _ in procs.values():
                proc.terminate()
                proc.wait(timeout=30)
    out: dict[str, Any] = {"n": n, "stream": stream, "audit_synchronous": sync, "output": output,
                           "load_avg_1m": os.getloadavg()[0], "pii_values_upstream": leaked,
                           "direct_ms": {"p50": _pct(times["direct"], 50), "p95": _pct(times["direct"], 95)}}
    if stream:
        out["direct_ttft_ms"] = {"p50": _pct(ttft["direct"], 50), "p95": _pct(ttft["direct"], 95)}
    for k in roots:
        added = [b - a for a, b in zip(times["direct"], times[k], strict=True)]
        prefix = "" if k == "gateway" else f"{k}_"
        out[f"{k}_ms"] = {"p50": _pct(times[k], 50), "p95": _pct(times[k], 95)}
        out[f"{prefix}added_ms"] = {"p50": _pct(added, 50), "p95": _pct(added, 95),
                                    "mean": statistics.fmean(added)}
        if stream:
            out[f"{k}_ttft_ms"] = {"p50": _pct(ttft[k], 50), "p95": _pct(ttft[k], 95)}
    return out


def _median_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"n": runs[0]["n"], "stream": runs[0]["stream"], "runs": len(runs),
                           "output": runs[0]["output"],
                           "audit_synchronous": runs[0]["audit_synchronous"],
                           "load_avg_1m": statistics.median(r["load_avg_1m"] for r in runs),
                           "pii_values_upstream": sum(r["pii_values_upstream"] for r in runs)}
    for k in ("direct_ms", "gateway_ms", "added_ms", "baseline_ms", "baseline_added_ms", "block_ms",
              "block_added_ms", "direct_ttft_ms", "gateway_ttft_ms", "baseline_ttft_ms", "block_ttft_ms"):
        if k in runs[0]:
            out[k] = {q: statistics.median(r[k][q] for r in runs) for q in runs[0][k]}
    return out


def _row(label: str, res: dict[str, Any], which: str = "") -> str:
    d, g, a = res["direct_ms"], res[f"{which or 'gateway'}_ms"], res[f"{which and which + '_'}added_ms"]
    row = (f"| {label} | {res['load_avg_1m']:.1f} | {d['p50']:.1f} / {d['p95']:.1f} "
           f"| {g['p50']:.1f} / {g['p95']:.1f} | **{a['p50']:.1f} / {a['p95']:.1f}** "
           f"| {g['p50'] / d['p50']:.1f}x |")
    if res["stream"]:
        dt, gt = res["direct_ttft_ms"], res[f"{which or 'gateway'}_ttft_ms"]
        row += f" {dt['p50']:.1f} / {dt['p95']:.1f} | {gt['p50']:.1f} / {gt['p95']:.1f} |"
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--warmup", type=int, default=30)
    ap.add_argument("--stream", action="store_true")
    ap.add_argument("--runs", type=int, default=1, help="repeat the measurement; report the median too")
    ap.add_argument("--audit-sync", choices=("full", "normal"), default="full",
                    help="SQLite fsync mode of the audit log (full: survives power loss; the default)")
    ap.add_argument("--baseline-tree", type=Path, default=None,
                    help="root of another govrag source tree to time in the same rotation "
                         "(e.g. `git archive <commit> | tar -x -C DIR`)")
    ap.add_argument("--output", choices=("annotate", "block", "both"), default="annotate",
                    help="the route's output policy (both: an annotate and a block gateway, same rotation)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    runs = [measure(n=args.n, warmup=args.warmup, stream=args.stream, sync=args.audit_sync,
                    baseline=args.baseline_tree, output=args.output) for _ in range(max(1, args.runs))]
    med = _median_of(runs)
    if args.json:
        print(json.dumps({"runs": runs, "median": med}, indent=2))
        return
    print(f"n={med['n']} stream={med['stream']} audit_synchronous={med['audit_synchronous']} "
          f"output={med['output']} PII values at upstream={med['pii_values_upstream']}")
    ttft = " direct TTFT p50 / p95 ms | gateway TTFT p50 / p95 ms |" if args.stream else ""
    print("| run | load avg | direct p50 / p95 ms | gateway p50 / p95 ms | added p50 / p95 ms | "
          f"gateway/direct p50 |{ttft}\n|---|---:|---:|---:|---:|---:|" + "---:|---:|" * bool(ttft))
    whiches = [""] + (["baseline"] if args.baseline_tree is not None else []) + (
        ["block"] if args.output == "both" else [])
    for which in whiches:
        tag = f" {which}" if which else (" this tree" if args.baseline_tree is not None else "")
        if args.output == "both" and not which:
            tag += " annotate"
        for i, res in enumerate(runs, 1):
            print(_row(f"{i}{tag}", res, which))
        if len(runs) > 1:
            print(_row(f"median of {len(runs)}{tag}", med, which))


if __name__ == "__main__":
    main()
