"""Throughput of govrag.text over real statute text (e-Gov plain text corpus).

Measures, as the median of ``--runs`` runs over the same text:

* ``tokenize`` (tokens/s, chars/s) against the baseline of calling fugashi directly on the
  same lines (``Tagger(...)(line)`` and reading surface/lemma/POS, no offsets);
* ``content_lemmas`` (chars/s);
* ``normalize`` (chars/s, MB/s) against the baseline ``unicodedata.normalize("NFKC", text)``;
* ``split_sentences`` (chars/s).

Run: ``python benchmarks/text_throughput.py --chars 1000000 --runs 5``
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = (ROOT / ".." / "shared" / "corpora" / "egov-text").resolve()


def load_text(max_chars: int) -> str:
    parts: list[str] = []
    total = 0
    for path in sorted(CORPUS.glob("*.md")):
        text = path.read_text("utf-8")
        parts.append(text)
        total += len(text)
        if total >= max_chars:
            break
    return "\n".join(parts)[:max_chars]


def median_time(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times: list[float] = []
    result: object = None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=1_000_000, help="characters of statute text to use")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="print one JSON document")
    args = ap.parse_args()

    import fugashi
    import unidic_lite

    from govrag.text import normalize, split_sentences, tokenize
    from govrag.text.tokenizer import content_lemmas

    text = load_text(args.chars)
    n_chars = len(text)
    n_bytes = len(text.encode("utf-8"))
    tokenize("ウォームアップ")  # build the tagger outside the timed region

    tagger = fugashi.Tagger(f'-d "{unidic_lite.DICDIR}"')
    lines = text.splitlines()

    def raw_fugashi() -> int:
        count = 0
        for line in lines:
            for w in tagger(line):
                _ = (w.surface, w.feature.lemma, w.feature.pos1)
                count += 1
        return count

    results: dict[str, object] = {
        "machine": f"{platform.machine()}, 2 cores (shared), Python {platform.python_version()}",
        "chars": n_chars,
        "bytes": n_bytes,
        "runs": args.runs,
    }
    t_tok, tokens = median_time(lambda: tokenize(text), args.runs)
    n_tokens = len(tokens)  # type: ignore[arg-type]
    t_raw, raw_count = median_time(raw_fugashi, args.runs)
    t_lem, _ = median_time(lambda: content_lemmas(text), args.runs)
    t_norm, _ = median_time(lambda: normalize(text), args.runs)
    t_nfkc, _ = median_time(lambda: unicodedata.normalize("NFKC", text), args.runs)
    t_split, spans = median_time(lambda: split_sentences(text), args.runs)
    results.update(
        {
            "tokenize_s": round(t_tok, 4),
            "tokenize_tokens": n_tokens,
            "tokenize_tokens_per_s": round(n_tokens / t_tok),
            "tokenize_chars_per_s": round(n_chars / t_tok),
            "baseline_raw_fugashi_s": round(t_raw, 4),
            "baseline_raw_fugashi_tokens": raw_count,
            "tokenize_vs_raw_fugashi": round(t_tok / t_raw, 2),
            "content_lemmas_chars_per_s": round(n_chars / t_lem),
            "normalize_chars_per_s": round(n_chars / t_norm),
            "normalize_MB_per_s": round(n_bytes / t_norm / 1e6, 1),
            "baseline_nfkc_chars_per_s": round(n_chars / t_nfkc),
            "normalize_vs_nfkc": round(t_norm / t_nfkc, 2),
            "split_sentences_chars_per_s": round(n_chars / t_split),
            "sentences": len(spans),  # type: ignore[arg-type]
        }
    )
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        for key, value in results.items():
            print(f"{key:32} {value}")


if __name__ == "__main__":
    main()
