"""Precision/recall of govrag's DLP on corpora/eval/pii_ja.jsonl, side by side with presidio's stock setup.

Baseline ("presidio stock"): ``AnalyzerEngine`` with presidio's predefined recognizer registry for
language ``en`` (no Japanese recognizers exist) and ``NoOpNlpEngine`` — an English spaCy model cannot be
downloaded offline, so the baseline is regex/checksum-only (no spaCy NER, so no PERSON); tldextract
is pinned to its bundled public-suffix snapshot. Its entity names are mapped onto ours where they
mean the same thing (EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD; nothing else exists for Japan).

A prediction is a true positive when a gold span of the same type overlaps it (character overlap);
``exact`` counts only identical spans.

    python benchmarks/dlp_quality.py            # prints a Markdown table
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

EVAL = Path(__file__).resolve().parents[1] / "corpora" / "eval" / "pii_ja.jsonl"
Span = tuple[str, int, int]


def load_rows(path: Path = EVAL) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(predict: Callable[[str], list[Span]], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-type TP/FP/FN (overlap matching), exact matches, findings on negative sentences."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    neg_findings = 0
    errors: list[str] = []
    for row in rows:
        gold = [(s["type"], s["start"], s["end"]) for s in row["spans"]]
        pred = predict(row["text"])
        if row["kind"] == "negative":
            neg_findings += len(pred)
        used: set[int] = set()
        for p in pred:
            hit = next(
                (
                    i
                    for i, g in enumerate(gold)
                    if i not in used and g[0] == p[0] and p[1] < g[2] and g[1] < p[2]
                ),
                None,
            )
            if hit is None:
                fp[p[0]] += 1
                errors.append(f"FP {row['id']} {p[0]} {row['text'][p[1] : p[2]]!r}")
            else:
                used.add(hit)
                tp[p[0]] += 1
                if gold[hit][1:] == p[1:]:
                    exact[p[0]] += 1
        for i, g in enumerate(gold):
            if i not in used:
                fn[g[0]] += 1
                errors.append(f"FN {row['id']} {g[0]} {row['text'][g[1] : g[2]]!r}")
    types = sorted(set(tp) | set(fn) | set(fp))
    per: dict[str, dict[str, float]] = {}
    for t in types:
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
        per[t] = {"tp": tp[t], "fp": fp[t], "fn": fn[t], "precision": p, "recall": r, "exact": exact[t]}
    all_tp, all_fp, all_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    return {
        "per_type": per,
        "precision": all_tp / (all_tp + all_fp) if all_tp + all_fp else 0.0,
        "recall": all_tp / (all_tp + all_fn) if all_tp + all_fn else 0.0,
        "negative_findings": neg_findings,
        "errors": errors,
    }


def govrag_predict() -> Callable[[str], list[Span]]:
    from govrag.dlp import DLPEngine

    eng = DLPEngine()
    return lambda text: [(f.entity_type, f.start, f.end) for f in eng.scan(text)]


def presidio_stock_predict() -> Callable[[str], list[Span]]:
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    email_recognizer.tldextract.extract = offline  # type: ignore[attr-defined]
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"])
    registry.remove_recognizer("SpacyRecognizer")  # needs spaCy NER, unavailable offline
    noop = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "noop"}])
    eng = AnalyzerEngine(registry=registry, nlp_engine=noop, supported_languages=["en"])
    keep = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "PERSON"}
    return lambda text: [
        (r.entity_type, r.start, r.end)
        for r in eng.analyze(text=text, language="en")
        if r.entity_type in keep
    ]


def _table(name: str, res: dict[str, Any]) -> str:
    lines = [f"| {name} | type | P | R | TP | FP | FN | exact |", "|---|---|---|---|---|---|---|---|"]
    for t, m in res["per_type"].items():
        lines.append(
            f"| | {t} | {m['precision']:.2f} | {m['recall']:.2f} | {m['tp']} | {m['fp']} | {m['fn']} | "
            f"{m['exact']} |"
        )
    lines.append(f"| | **all** | **{res['precision']:.3f}** | **{res['recall']:.3f}** | | | | |")
    lines.append(f"\nfindings on negative sentences: {res['negative_findings']}")
    return "\n".join(lines)


def main() -> int:
    rows = load_rows()
    print(
        f"eval set: {len(rows)} sentences ({sum(r['kind'] == 'positive' for r in rows)} positive), "
        f"{sum(len(r['spans']) for r in rows)} labelled spans\n"
    )
    for name, factory in (
        ("govrag", govrag_predict),
        ("presidio stock (regex-only, en)", presidio_stock_predict),
    ):
        t0 = time.perf_counter()
        predict = factory()
        build = time.perf_counter() - t0
        t0 = time.perf_counter()
        res = evaluate(predict, rows)
        run = time.perf_counter() - t0
        print(f"### {name}  (build {build:.1f} s, scan of the set {run:.2f} s)\n")
        print(_table(name, res))
        if "-v" in sys.argv:
            print("\n".join(res["errors"]))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
