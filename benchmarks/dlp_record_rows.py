"""Time of a full DLP scan of a headerless record block: N space-aligned person rows (record id,
half-width kana name, yyyymmdd birth date, mobile, branch code, account) — the layout the record
rounds read, and where per-finding vetoes that re-read the whole text made scans quadratic.
Median of three scans after a warm-up; prints rows, characters, findings and seconds.

    python benchmarks/dlp_record_rows.py              # 1000 and 3000 rows
    python benchmarks/dlp_record_rows.py --rows 3000
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from govrag.dlp import DLPEngine


def record_rows(n: int, *, seed: int = 1) -> str:
    """``n`` invented person rows, one per line."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        birth = f"19{rng.randint(50, 99)}0{rng.randint(1, 9)}1{rng.randint(0, 9)}"
        mobile = f"090{rng.randint(10**7, 10**8 - 1)}"
        rows.append(f"{100000 + i}  ﾔﾏﾀﾞ ﾊﾅｺ  {birth}  {mobile}  0001  {rng.randint(10**6, 10**7 - 1)}")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="*", default=[1000, 3000])
    args = parser.parse_args()
    engine = DLPEngine()
    engine.scan("ｾｲﾈﾝｶﾞｯﾋﾟ:081102")  # warm-up: builds the recognizers
    for n in args.rows:
        text = record_rows(n)
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            found = engine.scan(text)
            times.append(time.perf_counter() - t0)
        print(f"{n} rows, {len(text):,} chars, {len(found)} findings: {statistics.median(times):.1f} s")


if __name__ == "__main__":
    main()
