"""DLP scan cost on PII-dense and realistic inputs (CPU seconds, so the shared machine's load
matters less): 1 MB of 行政手続法 text interleaved with the labelled PII sentences, 50k characters
of names, 50k characters of addresses.

    python benchmarks/dlp_scaling.py

Before issue 11 the cost grew with (findings x tokens) — presidio's lemma context enhancer scanned
every token for every finding and the finding resolution compared every pair; compare by running
this script on an older checkout (PYTHONPATH pointing at it).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GYOTE = ROOT.parent / "shared" / "corpora" / "egov-xml" / "405AC0000000088_20240926_506AC0000000065.xml"


def main() -> int:
    from govrag.corpus import load_law
    from govrag.dlp import DLPEngine

    statute = "\n".join(p.text for p in load_law(GYOTE).provisions)
    lines = (ROOT / "corpora" / "eval" / "pii_ja.jsonl").read_text("utf-8").splitlines()
    rows = [json.loads(x) for x in lines if x.strip()]
    pii = "\n".join(r["text"] for r in rows)
    text = ""
    while len(text.encode()) < 1_000_000:
        text += statute + "\n" + pii + "\n"
    cases = {
        "1 MB statute+PII": text,
        "50k chars of names": "山田太郎様" * 10000,
        "50k chars of addresses": "東京都千代田区霞が関一丁目" * 3846,
    }
    eng = DLPEngine()
    eng.scan("初期化 山田太郎")
    for name, t in cases.items():
        c0, w0 = time.process_time(), time.perf_counter()
        n = len(eng.scan(t))
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        print(f"{name}: cpu {cpu:.1f} s, wall {wall:.1f} s, {n} findings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
