"""Corpus parse throughput: e-Gov XML -> Law over ``egov-xml-acts`` (1,693 Acts, 94 MiB).

Reports medians of ``--runs`` runs (files are read into memory first, so disk I/O is excluded
except in the ``Corpus.from_path`` rows):

* ``ElementTree.fromstring`` (C expat, no defusing, no provisions): the lower bound baseline;
* ``defusedxml`` parse only (what ``parse_egov_xml`` pays for safety);
* ``parse_egov_xml`` (defused parse + provisions): the library path;
* ``Corpus.from_path`` with ``workers=1`` and ``workers=2`` (end to end, including file reads);
* ``parse_plaintext`` over ``egov-text`` (30 files, 11 MiB).

Usage::

    python benchmarks/corpus_parse.py [--runs 5] [--corpora ../shared/corpora]
"""

from __future__ import annotations

import argparse
import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import defusedxml.ElementTree as DET

from govrag.corpus import Corpus
from govrag.corpus.egov_xml import parse_egov_xml
from govrag.corpus.plaintext import parse_plaintext


def _median_seconds(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpora", default=str(Path(__file__).resolve().parents[1] / ".." / "shared"
                                                 / "corpora"))
    args = parser.parse_args()
    root = Path(args.corpora).resolve()
    acts = root / "egov-xml-acts"
    files = sorted(acts.glob("*.xml"))
    blobs = [(f, f.read_bytes()) for f in files]
    texts = [(f, f.read_bytes()) for f in sorted((root / "egov-text").glob("*.md"))]
    mb = sum(len(b) for _, b in blobs) / 1e6
    text_mb = sum(len(b) for _, b in texts) / 1e6
    n = len(blobs)
    provisions = sum(len(parse_egov_xml(b, source=f).provisions) for f, b in blobs)

    rows: list[tuple[str, float, float, int]] = []

    def bench(name: str, fn: Callable[[], object], size_mb: float, count: int) -> float:
        seconds = _median_seconds(fn, args.runs)
        rows.append((name, seconds, size_mb, count))
        return seconds

    base = bench("ElementTree.fromstring (C, unsafe, no provisions)",
                 lambda: [ET.fromstring(b) for _, b in blobs], mb, n)
    defused = bench("defusedxml.fromstring (forbid_dtd)",
                    lambda: [DET.fromstring(b, forbid_dtd=True) for _, b in blobs], mb, n)
    full = bench("parse_egov_xml (defused + provisions)",
                 lambda: [parse_egov_xml(b, source=f) for f, b in blobs], mb, n)
    w1 = bench("Corpus.from_path(workers=1)", lambda: Corpus.from_path(acts, workers=1), mb, n)
    w2 = bench("Corpus.from_path(workers=2)", lambda: Corpus.from_path(acts, workers=2), mb, n)
    bench("parse_plaintext (egov-text)",
          lambda: [parse_plaintext(b.decode(), source=f, content=b) for f, b in texts], text_mb,
          len(texts))

    print(f"corpus: {acts} ({n} files, {mb:.1f} MB, {provisions} provisions); runs={args.runs}")
    print(f"{'what':52} {'median s':>9} {'MB/s':>8} {'laws/s':>8}")
    for name, seconds, size, count in rows:
        print(f"{name:52} {seconds:9.3f} {size / seconds:8.1f} {count / seconds:8.1f}")
    print(f"ratios: defused/ET {defused / base:.2f}x, parse_egov_xml/ET {full / base:.2f}x, "
          f"workers=2 vs workers=1 {w1 / w2:.2f}x speed-up")


if __name__ == "__main__":
    main()
