"""Import time of ``govrag`` and ``govrag.text`` in a fresh interpreter (median of N runs).

Baseline: a fresh interpreter that imports nothing (``python -c pass``). For context the script
also times ``import fugashi`` (what the first ``tokenize`` call pays later).

Run: ``python benchmarks/import_time.py --runs 10``
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

TARGETS = {
    "baseline (python -c pass)": "pass",
    "import govrag": "import govrag",
    "import govrag.text": "import govrag.text",
    "import govrag + cli parser": "import govrag.cli as c; c.build_parser()",
    "import fugashi (context)": "import fugashi",
}


def time_fresh(code: str, runs: int) -> float:
    samples: list[float] = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def heavy_modules() -> list[str]:
    code = (
        "import sys, govrag, govrag.text\n"
        "heavy = ['torch', 'fugashi', 'sentence_transformers', 'qdrant_client', 'presidio_analyzer',"
        " 'llama_index', 'guardrails', 'httpx', 'numpy', 'pydantic', 'spacy', 'transformers']\n"
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return [m for m in out.stdout.strip().split(",") if m]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    base = time_fresh("pass", args.runs)
    rows = {}
    for name, code in TARGETS.items():
        t = base if code == "pass" else time_fresh(code, args.runs)
        rows[name] = {"median_s": round(t, 4), "over_baseline_ms": round((t - base) * 1000, 1)}
    result = {"runs": args.runs, "python": sys.version.split()[0], "rows": rows,
              "heavy_modules_loaded_by_import_govrag": heavy_modules()}
    if args.json:
        print(json.dumps(result))
        return
    for name, row in rows.items():
        print(f"{name:30} median {row['median_s'] * 1000:8.1f} ms  (+{row['over_baseline_ms']:.1f} ms)")
    heavy = result["heavy_modules_loaded_by_import_govrag"]
    print("heavy modules loaded by `import govrag, govrag.text`:", heavy)


if __name__ == "__main__":
    main()
