"""DLP scan cost on PII-dense and realistic inputs (CPU seconds, so the shared machine's load
matters less): 1 MB of 行政手続法 text interleaved with the labelled PII sentences, 50k characters
of names, 50k characters of addresses, and 1 MB of the 29 core laws' text scanned for the
structured types only (what indexing an office's documents costs where they are mostly prose).
Medians of ``--repeat`` runs.

    python benchmarks/dlp_scaling.py [--repeat 5] [--case statute]

Before issue 11 the cost grew with (findings x tokens) — presidio's lemma context enhancer scanned
every token for every finding and the finding resolution compared every pair; compare by running
this script on an older checkout (PYTHONPATH pointing at it).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EGOV = ROOT.parent / "shared" / "corpora" / "egov-xml"
GYOTE = EGOV / "405AC0000000088_20240926_506AC0000000065.xml"


def _core_laws_text(limit: int) -> str:
    from govrag.corpus import Corpus

    laws = Corpus.from_path(EGOV).laws
    return "\n".join(law.title + "\n" + "\n".join(p.text for p in law.provisions) for law in laws)[:limit]


def main(argv: list[str] | None = None) -> int:
    from govrag.corpus import load_law
    from govrag.dlp import STRUCTURED_TYPES, DLPEngine

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=1, help="runs per case; medians are printed")
    ap.add_argument("--case", action="append", help="run only cases whose name contains this")
    args = ap.parse_args(argv)

    statute = "\n".join(p.text for p in load_law(GYOTE).provisions)
    lines = (ROOT / "corpora" / "eval" / "pii_ja.jsonl").read_text("utf-8").splitlines()
    rows = [json.loads(x) for x in lines if x.strip()]
    pii = "\n".join(r["text"] for r in rows)
    text = ""
    while len(text.encode()) < 1_000_000:
        text += statute + "\n" + pii + "\n"
    full = DLPEngine()
    structured = DLPEngine(entities=sorted(STRUCTURED_TYPES))
    cases = {
        "1 MB statute+PII": (full, text),
        "50k chars of names": (full, "山田太郎様" * 10000),
        "50k chars of addresses": (full, "東京都千代田区霞が関一丁目" * 3846),
        "1 MB of the 29 core laws, structured types": (structured, _core_laws_text(1_000_000)),
    }
    for eng in (full, structured):
        eng.scan("初期化 山田太郎 個人番号 123456789018")
    for name, (eng, t) in cases.items():
        if args.case and not any(c in name for c in args.case):
            continue
        cpus, walls = [], []
        for _ in range(args.repeat):
            c0, w0 = time.process_time(), time.perf_counter()
            n = len(eng.scan(t))
            cpus.append(time.process_time() - c0)
            walls.append(time.perf_counter() - w0)
        cpu, wall = statistics.median(cpus), statistics.median(walls)
        print(f"{name}: cpu {cpu:.1f} s, wall {wall:.1f} s (medians of {args.repeat}), {n} findings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
