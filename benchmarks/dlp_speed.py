"""DLP throughput: engine build time, KB/s and p50 latency per 1 KB of Japanese administrative text.

Input: 1 KB (UTF-8) pieces cut from the labelled PII sentences (corpora/eval/pii_ja.jsonl) interleaved
with statute sentences from 行政手続法 (egov-xml), so every piece has both PII and legal prose.
Engines: ``fugashi`` (default) and ``ginza`` (``[ginza]`` extra, if installed). Medians of repeated runs.

    python benchmarks/dlp_speed.py                 # fugashi and, if installed, GiNZA
    python benchmarks/dlp_speed.py --no-ginza
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAW = next((ROOT.parent / "shared" / "corpora" / "egov-xml").glob("405AC0000000088_*.xml"))
EVAL = ROOT / "corpora" / "eval" / "pii_ja.jsonl"


def kb_pieces(n: int) -> list[str]:
    pii = [json.loads(x)["text"] for x in EVAL.read_text(encoding="utf-8").splitlines() if x.strip()]
    law = ["".join(s.itertext()) for s in ET.parse(LAW).getroot().iter("Sentence")]
    mixed: list[str] = []
    for i in range(max(len(pii), len(law))):
        mixed.append(pii[i % len(pii)])
        mixed.append(law[i % len(law)])
    stream = "\n".join(mixed * 4)
    out: list[str] = []
    pos = 0
    while len(out) < n:
        piece = stream[pos : pos + 340]  # ~1 KB of mostly 3-byte characters
        while len(piece.encode()) < 1024:
            piece += stream[pos + len(piece)]
        out.append(piece)
        pos += len(piece)
        if pos > len(stream) - 2000:
            pos = 0
    return out


def cold_build_seconds(nlp: str) -> float:
    code = (
        "import time; t=time.perf_counter(); from govrag.dlp import DLPEngine; "
        f"DLPEngine(nlp={nlp!r}).scan('初期化'); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def bench(nlp: str, n_pieces: int) -> None:
    from govrag.dlp import DLPEngine

    cold = [cold_build_seconds(nlp) for _ in range(3 if nlp == "fugashi" else 1)]
    t0 = time.perf_counter()
    import presidio_analyzer  # noqa: F401  (timed separately: the dominant part of a cold build)

    imp = time.perf_counter() - t0
    t0 = time.perf_counter()
    eng = DLPEngine(nlp=nlp)  # type: ignore[arg-type]
    warm = time.perf_counter() - t0
    pieces = kb_pieces(n_pieces)
    eng.scan(pieces[0])
    lat = []
    for p in pieces:
        t = time.perf_counter()
        eng.scan(p)
        lat.append(time.perf_counter() - t)
    total_kb = sum(len(p.encode()) for p in pieces) / 1024
    big = "\n".join(pieces)
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        eng.scan(big)
        runs.append(time.perf_counter() - t)
    print(f"### nlp={nlp}")
    print(
        f"engine build, cold process (import presidio + fugashi/GiNZA + first scan): "
        f"median {statistics.median(cold):.2f} s over {len(cold)} runs"
    )
    print(f"import presidio_analyzer in this process: {imp:.2f} s (0 when already imported)")
    print(f"DLPEngine(nlp={nlp!r}) construction after that import: {warm:.2f} s")
    print(
        f"p50 per 1 KB piece: {statistics.median(lat) * 1000:.1f} ms  "
        f"(p90 {sorted(lat)[int(len(lat) * 0.9)] * 1000:.1f} ms, {len(lat)} pieces)"
    )
    print(f"throughput, pieces one by one: {total_kb / sum(lat):.0f} KB/s")
    per_doc = total_kb / statistics.median(runs)
    print(f"throughput, one {total_kb:.0f} KB document: {per_doc:.0f} KB/s (median of 3)")
    print()


def main() -> int:
    bench("fugashi", 200)
    if "--no-ginza" not in sys.argv:
        try:
            import ja_ginza  # noqa: F401
        except ImportError:
            print("GiNZA not installed (pip install 'govrag[ginza]'): skipped")
        else:
            bench("ginza", 20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
