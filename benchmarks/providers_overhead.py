"""Provider client overhead against a local fake OpenAI server, and the extractive provider.

Run:  python benchmarks/providers_overhead.py [--n 200]
Reports medians (ms) per call. Baseline: a bare ``httpx.Client.post`` + ``json.loads`` to the same
local server, so the ratio is govrag's own overhead (validation, gate, retries wrapper, capped
streaming read, usage/cost) on top of the HTTP round trip.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from govrag.corpus import load_law
from govrag.providers import build_messages, get_provider
from govrag.testing.openai_server import OpenAIServer, Reply

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "egov-xml"


def median_ms(fn: Callable[[], object], n: int) -> float:
    for _ in range(min(10, n)):
        fn()
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args()
    law = load_law(next(CORPUS.glob("405AC0000000088_*.xml")))
    by_cit = {p.citation: p for p in law.provisions if not p.suppl and p.item is None}
    sources = [by_cit[c] for c in ("行政手続法第五条", "行政手続法第六条", "行政手続法第七条")]
    msgs = build_messages("申請書に不備があったら役所はどうしないといけない？", sources)
    text = ("行政手続法第七条は、申請の形式上の要件に適合しない申請について"
            "補正を求めるか拒否することを定めています。")
    results: dict[str, float] = {}
    with OpenAIServer(default=Reply(text=text, usage=(1200, 300), chunk_chars=8)) as srv:
        body = {"model": "m", "messages": msgs}
        with httpx.Client(trust_env=False) as client:
            def raw() -> object:
                r = client.post(srv.url + "/chat/completions", json=body)
                return json.loads(r.content)["choices"][0]["message"]["content"]

            results["baseline: bare httpx post + json.loads"] = median_ms(raw, args.n)
        p = get_provider("plamo-2.0-prime", base_url=srv.url, api_key="sk-bench")
        results["OpenAICompatibleProvider.complete(level=1)"] = median_ms(
            lambda: p.complete(msgs, level=1), args.n)
        results["OpenAICompatibleProvider.complete(level=1, stream=True), usage reported"] = median_ms(
            lambda: p.complete(msgs, level=1, stream=True, stream_options={"include_usage": True}),
            args.n)
        results["OpenAICompatibleProvider.complete(level=1, stream=True), usage estimated"] = median_ms(
            lambda: p.complete(msgs, level=1, stream=True), args.n)
        try:
            p.complete(msgs)  # warm the DLP engine once
            results["OpenAICompatibleProvider.complete(level=None) (DLP classify in the gate)"] = median_ms(
                lambda: p.complete(msgs), max(10, args.n // 10))
        except Exception as exc:  # DLP unavailable: the gate fails closed
            print(f"(DLP gate not measured: {type(exc).__name__})")
        p.close()  # type: ignore[attr-defined]
    ext = get_provider("extractive")
    results["extractive.complete (3 real provisions of 行政手続法)"] = median_ms(
        lambda: ext.complete(msgs), max(10, args.n // 4))
    base = results["baseline: bare httpx post + json.loads"]
    print("| call | median ms | vs baseline |\n|---|---|---|")
    for name, ms in results.items():
        print(f"| {name} | {ms:.2f} | {ms / base:.2f}x |")


if __name__ == "__main__":
    main()
