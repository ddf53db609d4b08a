"""DLP evaluation: per-type precision/recall of a PII predictor on a labelled JSONL set.

A row is ``{"id", "kind": "positive"|"negative", "text", "spans": [{"start", "end", "type"}],
"split"?}``. A prediction is a true positive when an unused gold span of the same type overlaps it
(character overlap); ``exact`` counts identical spans. Errors name the row id, type and span
offsets — never the value (the sets hold fake values, but a private set may not).

>>> gold = [{"start": 2, "end": 5, "type": "X"}]
>>> rows = [{"id": "r1", "kind": "positive", "text": "番号123", "spans": gold}]
>>> rep = evaluate_dlp(lambda t: [("X", 2, 5)], rows)
>>> rep.per_type["X"].recall, rep.precision, rep.negative_findings
(1.0, 1.0, 0)
>>> meets_floor(rep, recall=0.95, precision=0.98)
[]
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govrag.errors import InputError

__all__ = [
    "DlpReport",
    "Span",
    "TypeScore",
    "evaluate_dlp",
    "govrag_predictor",
    "load_pii_rows",
    "markdown_table",
    "meets_floor",
]

Span = tuple[str, int, int]
"""``(entity_type, start, end)``."""


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Counts and rates of one entity type."""

    tp: int
    fp: int
    fn: int
    exact: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


@dataclass(frozen=True, slots=True)
class DlpReport:
    """Per-type scores, micro-averaged totals, findings on negative rows, and error locations."""

    per_type: Mapping[str, TypeScore]
    negative_findings: int
    errors: tuple[str, ...] = field(repr=False, default=())

    @property
    def precision(self) -> float:
        tp = sum(s.tp for s in self.per_type.values())
        fp = sum(s.fp for s in self.per_type.values())
        return tp / (tp + fp) if tp + fp else 0.0

    @property
    def recall(self) -> float:
        tp = sum(s.tp for s in self.per_type.values())
        fn = sum(s.fn for s in self.per_type.values())
        return tp / (tp + fn) if tp + fn else 0.0


def load_pii_rows(path: str | Path, *, split: str | None = None) -> list[dict[str, Any]]:
    """Rows of a labelled JSONL file (``split`` keeps rows whose ``"split"`` equals it)."""
    p = Path(path)
    rows: list[dict[str, Any]] = []
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read DLP evaluation set {p}: {exc}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            _ = (row["id"], row["kind"], row["text"])
            _ = [(s["type"], s["start"], s["end"]) for s in row["spans"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{p} line {n}: not a DLP evaluation row ({type(exc).__name__})") from None
        if split is None or row.get("split") == split:
            rows.append(row)
    return rows


def evaluate_dlp(predict: Callable[[str], Iterable[Span]], rows: Sequence[Mapping[str, Any]]) -> DlpReport:
    """Score ``predict`` (text -> spans) on ``rows`` with overlap matching."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    negative = 0
    errors: list[str] = []
    for row in rows:
        gold = [(s["type"], s["start"], s["end"]) for s in row["spans"]]
        pred = list(predict(row["text"]))
        if row["kind"] == "negative":
            negative += len(pred)
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
                errors.append(f"FP {row['id']} {p[0]} {p[1]}-{p[2]}")
                continue
            used.add(hit)
            tp[p[0]] += 1
            exact[p[0]] += gold[hit][1:] == p[1:]
        for i, g in enumerate(gold):
            if i not in used:
                fn[g[0]] += 1
                errors.append(f"FN {row['id']} {g[0]} {g[1]}-{g[2]}")
    types = sorted(set(tp) | set(fp) | set(fn))
    per = {t: TypeScore(tp[t], fp[t], fn[t], exact[t]) for t in types}
    return DlpReport(per, negative, tuple(errors))


def meets_floor(
    report: DlpReport, *, recall: float, precision: float, types: Iterable[str] | None = None
) -> list[str]:
    """Types (of ``types``, default all in the report) below either floor; empty when all pass."""
    per = report.per_type
    wanted = per if types is None else {t: per[t] for t in types if t in per}
    return [t for t, s in wanted.items() if s.recall < recall or s.precision < precision]


def govrag_predictor(engine: Any = None) -> Callable[[str], list[Span]]:
    """``text -> spans`` with a :class:`govrag.dlp.DLPEngine` (the default one when None)."""
    from govrag.dlp import default_engine

    eng = engine if engine is not None else default_engine()
    return lambda text: [(f.entity_type, f.start, f.end) for f in eng.scan(text)]


def markdown_table(report: DlpReport, *, label: str) -> str:
    """Per-type P/R table in Markdown (no values)."""
    lines = [f"| {label} | type | P | R | TP | FP | FN | exact |", "|---|---|---|---|---|---|---|---|"]
    for t, m in report.per_type.items():
        lines.append(
            f"| | {t} | {m.precision:.2f} | {m.recall:.2f} | {m.tp} | {m.fp} | {m.fn} | {m.exact} |"
        )
    lines.append(f"| | **all** | **{report.precision:.3f}** | **{report.recall:.3f}** | | | | |")
    lines.append(f"\nfindings on negative sentences: {report.negative_findings}")
    return "\n".join(lines)
