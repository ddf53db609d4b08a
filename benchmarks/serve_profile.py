"""Where a gateway request spends its time: ``Gateway.chat`` in-process (no HTTP server in
front), under cProfile, against the recording upstream of serve_overhead.py, with the same request
bodies (a new user message each time). Prints the mean time per request and the share of the
main parts: DLP screen, injection guard, upstream call, output checks, audit append, usage row.

Run:  python benchmarks/serve_profile.py [--stream] [--n 200] [--warmup 30] [--top 0]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.serve_overhead import _body
from govrag.serve import load_config
from govrag.serve.gateway import Gateway
from govrag.serve.keys import hash_key
from govrag.testing.openai_server import OpenAIServer, Reply

#: (label, file suffix, function name) of the parts reported.
PARTS = [
    ("DLP screen (scan, classify, redact)", "govrag/serve/screen.py", "screen_texts"),
    ("injection guard", "govrag/guard/injection.py", "validate"),
    ("upstream call (provider, HTTP)", "govrag/providers/openai_compat.py", "_send"),
    ("output checks (bias, groundedness, citations)", "govrag/serve/gateway.py", "check_answer"),
    ("audit append (one chained row, commit)", "govrag/audit/base.py", "append"),
    ("usage row", "govrag/serve/usage.py", "record"),
]


def main() -> None:
    import yaml

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stream", action="store_true")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=30)
    ap.add_argument("--top", type=int, default=0, help="also print the top N functions by cumulative time")
    args = ap.parse_args()
    reply = Reply(text="承知しました。回答案は次のとおりです。", chunk_chars=8)
    with tempfile.TemporaryDirectory() as d, OpenAIServer(default=reply) as up:
        key = {"name": "b", "hash": hash_key("k", scheme="sha256")}
        cfg = {"audit": str(Path(d) / "audit.sqlite"), "keys": [key],
               "routes": [{"model": "chat", "provider": "openai-compatible", "base_url": up.url,
                           "api_key": "sk-up", "max_level": 2}]}
        (Path(d) / "gw.yaml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
        gw = Gateway(load_config(Path(d) / "gw.yaml"))

        def one(i: int) -> None:
            out = gw.chat(json.dumps(_body(i, args.stream), ensure_ascii=False).encode(), "Bearer k")
            if out.status != 200:
                raise SystemExit(f"HTTP {out.status}: {out.body}")
            for _ in out.stream or ():
                pass

        for i in range(args.warmup):
            one(i)
        prof = cProfile.Profile()
        t0 = time.perf_counter()
        prof.enable()
        for i in range(args.n):
            one(args.warmup + i)
        prof.disable()
        mean = (time.perf_counter() - t0) / args.n * 1000
        gw.close()
    stats = pstats.Stats(prof)
    wall = mean * args.n / 1000
    print(f"stream={args.stream} n={args.n} load={os.getloadavg()[0]:.1f} "
          f"mean per request {mean:.1f} ms (profiled; Gateway.chat and the stream)")
    print("| part | ms per request | share |\n|---|---:|---:|")
    for label, suffix, name in PARTS:
        cum = sum(v[3] for k, v in stats.stats.items()  # type: ignore[attr-defined]
                  if k[0].endswith(suffix) and k[2] == name)
        print(f"| {label} | {cum / args.n * 1000:.2f} | {cum / wall * 100:.0f}% |")
    if args.top:
        stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
