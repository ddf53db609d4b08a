"""Corpus parse throughput: e-Gov XML -> Law over ``egov-xml-acts`` (1,693 Acts, 94 MiB).

Reports medians of ``--runs`` runs (files are read into memory first, so disk I/O is excluded
except in the ``Corpus.from_path`` rows):

* ``ElementTree.fromstring`` (C expat, no defusing, no provisions): the lower bound baseline;
* ``defusedxml`` parse only (what ``parse_egov_xml`` pays for safety);
* ``parse_egov_xml`` (defused parse + provisions): the library path;
* ``Corpus.from_path`` with ``workers=1`` and ``workers=2`` (end to end, including file reads);
* ``parse_plaintext`` over ``egov-text`` (30 files, 11 MiB).

Usage::

    python benchmarks/corpus_parse.py [--runs 3] [--corpora ../shared/corpora]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import defusedxml.ElementTree as DET

from govrag.corpus import Corpus
from govrag.corpus.egov_xml import parse_egov_xml
from govrag.corpus.plaintext import parse_plaintext


def _median_seconds(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time of this process (children not included)."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def _each(fn: Callable[[Path, bytes], object], blobs: list[tuple[Path, bytes]]) -> Callable[[], None]:
    def run() -> None:
        for path, data in blobs:
            fn(path, data)  # result dropped at once: no memory build-up across files

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpora", default=str(Path(__file__).resolve().parents[1] / ".." / "shared"
                                                 / "corpora"))
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    root = Path(args.corpora).resolve()
    acts = root / "egov-xml-acts"
    files = sorted(acts.glob("*.xml"))
    blobs = [(f, f.read_bytes()) for f in files]
    texts = [(f, f.read_bytes()) for f in sorted((root / "egov-text").glob("*.md"))]
    mb = sum(len(b) for _, b in blobs) / 1e6
    text_mb = sum(len(b) for _, b in texts) / 1e6
    n = len(blobs)
    provisions = sum(len(parse_egov_xml(b, source=f).provisions) for f, b in blobs)

    rows: list[tuple[str, float, float, float, int]] = []

    def bench(name: str, fn: Callable[[], object], size_mb: float, count: int) -> tuple[float, float]:
        wall, cpu = _median_seconds(fn, args.runs)
        rows.append((name, wall, cpu, size_mb, count))
        return wall, cpu

    base = bench("ElementTree.fromstring (C, unsafe, no provisions)",
                 _each(lambda f, b: ET.fromstring(b), blobs), mb, n)
    defused = bench("defusedxml.fromstring (forbid_dtd)",
                    _each(lambda f, b: DET.fromstring(b, forbid_dtd=True), blobs), mb, n)
    full = bench("parse_egov_xml (defused + provisions)",
                 _each(lambda f, b: parse_egov_xml(b, source=f), blobs), mb, n)
    w1 = bench("Corpus.from_path(workers=1)", lambda: Corpus.from_path(acts, workers=1), mb, n)
    w2 = bench("Corpus.from_path(workers=2)", lambda: Corpus.from_path(acts, workers=2), mb, n)
    bench("parse_plaintext (egov-text)",
          _each(lambda f, b: parse_plaintext(b.decode(), source=f, content=b), texts), text_mb,
          len(texts))

    print(f"corpus: {acts} ({n} files, {mb:.1f} MB, {provisions} provisions); runs={args.runs}; "
          f"load average before: {load_before:.1f}")
    print(f"{'what':52} {'wall s':>8} {'cpu s':>8} {'MB/s':>7} {'laws/s':>7} {'MB/cpu-s':>9} "
          f"{'laws/cpu-s':>10}")
    for name, wall, cpu, size, count in rows:
        cpu_rates = (f"{size / cpu:9.1f} {count / cpu:10.1f}" if "workers=2" not in name
                     else f"{'n/a':>9} {'n/a':>10}")  # worker processes' CPU is not counted
        print(f"{name:52} {wall:8.3f} {cpu:8.3f} {size / wall:7.1f} {count / wall:7.1f} {cpu_rates}")
    print(f"ratios (cpu): defusedxml/ET {defused[1] / base[1]:.2f}x, "
          f"parse_egov_xml/ET {full[1] / base[1]:.2f}x; "
          f"(wall) workers=2 vs workers=1: {w1[0] / w2[0]:.2f}x speed-up")


if __name__ == "__main__":
    main()
