"""Median time of one ``DLPEngine.scan`` over a long text: a core statute's provisions (no personal
data; the common case of scanning documents) or an eval file's rows joined (dense personal data).

    python benchmarks/dlp_long_text.py                                   # 地方自治法, 200,000 characters
    python benchmarks/dlp_long_text.py --file corpora/eval/pii_test40.jsonl --copies 3
    (cd OTHER_TREE && python /path/to/dlp_long_text.py)                  # another tree: run from its folder
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

from govrag.corpus import Corpus
from govrag.dlp.engine import DLPEngine

CORE = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "egov-xml"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--law", default="地方自治法")
    ap.add_argument("--chars", type=int, default=200_000)
    ap.add_argument("--file", type=Path, help="an eval JSONL file: its rows' texts joined instead")
    ap.add_argument("--copies", type=int, default=1, help="with --file: the joined text repeated")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if args.file:
        rows = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line]
        text = ("\n\n".join(r["text"] for r in rows) + "\n\n") * args.copies
    else:
        law = next(law for law in Corpus.from_path(CORE) if law.title == args.law)
        text = "\n".join(p.text for p in law.provisions)[: args.chars]
    engine = DLPEngine()
    engine.scan("090-1234-5678 山田太郎")  # compile what a scan with values compiles
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        engine.scan(text)
        times.append(time.perf_counter() - t)
    print(f"{len(text):,} characters: median {statistics.median(times):.2f} s over {args.repeat} scans")
    return 0


if __name__ == "__main__":
    sys.exit(main())
