"""Precision/recall of govrag's DLP on corpora/eval/pii_ja.jsonl, side by side with presidio's stock setup.

Baseline ("presidio stock"): ``AnalyzerEngine`` with presidio's predefined recognizer registry for
language ``en`` (no Japanese recognizers exist) and ``NoOpNlpEngine`` — an English spaCy model cannot be
downloaded offline, so the baseline is regex/checksum-only (no spaCy NER, so no PERSON); tldextract
is pinned to its bundled public-suffix snapshot. Its entity names are mapped onto ours where they
mean the same thing (EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD; nothing else exists for Japan).

A prediction is a true positive when a gold span of the same type overlaps it (character overlap);
``exact`` counts only identical spans. The scoring lives in :mod:`govrag.eval.dlp`; this script
only picks the predictors and prints tables (``-v`` lists misses by row id, type and offsets).

    python benchmarks/dlp_quality.py            # prints a Markdown table
    python benchmarks/dlp_quality.py --file corpora/eval/pii_test2.jsonl --govrag-only   # the blind set
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from govrag.eval.dlp import DlpReport, evaluate_dlp, govrag_predictor, load_pii_rows, markdown_table

EVAL = Path(__file__).resolve().parents[1] / "corpora" / "eval" / "pii_ja.jsonl"
Span = tuple[str, int, int]


def load_rows(path: Path = EVAL) -> list[dict[str, Any]]:
    return load_pii_rows(path)


def evaluate(predict: Callable[[str], list[Span]], rows: list[dict[str, Any]]) -> DlpReport:
    """Per-type TP/FP/FN (overlap matching): :func:`govrag.eval.dlp.evaluate_dlp`."""
    return evaluate_dlp(predict, rows)


def govrag_predict() -> Callable[[str], list[Span]]:
    from govrag.dlp import DLPEngine

    return govrag_predictor(DLPEngine())


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


def _table(name: str, res: DlpReport) -> str:
    return markdown_table(res, label=name)


def main() -> int:
    args = sys.argv[1:]
    path = Path(args[args.index("--file") + 1]) if "--file" in args else EVAL
    rows = load_rows(path)
    print(f"file: {path}")
    print(
        f"eval set: {len(rows)} sentences ({sum(r['kind'] == 'positive' for r in rows)} positive), "
        f"{sum(len(r['spans']) for r in rows)} labelled spans\n"
    )
    predictors = [("govrag", govrag_predict), ("presidio stock (regex-only, en)", presidio_stock_predict)]
    for name, factory in predictors[: 1 if "--govrag-only" in args else 2]:
        t0 = time.perf_counter()
        predict = factory()
        build = time.perf_counter() - t0
        t0 = time.perf_counter()
        res = evaluate(predict, rows)
        run = time.perf_counter() - t0
        print(f"### {name}  (build {build:.1f} s, scan of the set {run:.2f} s)\n")
        print(_table(name, res))
        if "-v" in sys.argv:
            print("\n".join(res.errors))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
