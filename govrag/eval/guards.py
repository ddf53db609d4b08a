"""Groundedness evaluation: labelled answer sentences against real statute articles.

Data set schema (JSON Lines; ``corpora/eval/groundedness_dev.jsonl`` is tuned on, the blind
``corpora/eval/groundedness_test.jsonl`` is written by someone who has not seen the rules)::

    {"id": "gd001",
     "sentence": "行政庁は、申請が届いたら遅滞なく審査を開始しなければなりません。",
     "sources": [{"law_id": "405AC0000000088", "article": "7"}],     # 1-3 articles
     "label": "supported" | "unsupported",
     "kind": "verbatim" | "paraphrase" | "summary"                    # supported kinds
           | "number" | "modality" | "actor" | "exception"            # unsupported kinds:
           | "restriction" | "absent"}                                # see below

``sources`` name articles (e-Gov ``Num`` strings, 「第二条の二」 is ``"2_2"``; optional
``"paragraph"``: int) that are resolved from the corpus at evaluation time — the set holds no
statute text. Unsupported kinds: ``number`` a changed period, amount, count or fraction;
``modality`` a flipped obligation / prohibition / permission / effort; ``actor`` the rule given
to the wrong body; ``exception`` an exception of the source dropped (a rule stated as without
exceptions); ``restriction`` a condition or limitation added; ``absent`` a plausible rule the
sources do not contain. A sentence may open with a citation (「行政手続法7条により、…」).

Metrics (the positive class is ``unsupported``): precision, recall, F1; AUROC of the guard's
risk score; the false-flag rate on supported paraphrases; the catch rate per kind (for
supported kinds: the pass rate). For :func:`govrag.cite.verify_citations` the sentence is
cited with every source it relies on (「〈法令名〉第N条及び第M条によれば、…」 for those it does not
cite itself; every source retrieved), its status is the most severe status among its
citations, and the accuracy of ``unsupported`` on unsupported items and of ``valid`` on
supported items is reported.

>>> auroc([0.9, 0.8, 0.2], [True, False, False])
1.0
>>> round(auroc([0.5, 0.5], [True, False]), 2)
0.5
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from govrag.errors import InputError

__all__ = [
    "KINDS",
    "CitationMetrics",
    "GroundednessItem",
    "GroundednessMetrics",
    "auroc",
    "evaluate_citations",
    "evaluate_groundedness",
    "load_groundedness_set",
    "metrics_table",
    "resolve_sources",
]

Label = Literal["supported", "unsupported"]
SUPPORTED_KINDS = ("verbatim", "paraphrase", "summary")
UNSUPPORTED_KINDS = ("number", "modality", "actor", "exception", "restriction", "absent")
KINDS: tuple[str, ...] = SUPPORTED_KINDS + UNSUPPORTED_KINDS


@dataclass(frozen=True, slots=True)
class GroundednessItem:
    """One labelled sentence; ``sources`` are ``(law_id, article, paragraph | None)``."""

    id: str
    sentence: str
    sources: tuple[tuple[str, str, int | None], ...]
    label: Label
    kind: str


def load_groundedness_set(path: str | Path) -> list[GroundednessItem]:
    """Read and validate a data set file (schema in the module docstring)."""
    items: list[GroundednessItem] = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            srcs = tuple((str(s["law_id"]), str(s["article"]), s.get("paragraph"))
                         for s in row["sources"])
            item = GroundednessItem(str(row["id"]), str(row["sentence"]), srcs, row["label"],
                                    str(row["kind"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{n}: not a groundedness item ({type(exc).__name__}: {exc})") from None
        if item.label not in ("supported", "unsupported") or item.kind not in KINDS:
            raise InputError(f"{path}:{n}: label must be supported/unsupported and kind one of "
                             f"{', '.join(KINDS)}")
        if not 1 <= len(srcs) <= 3:
            raise InputError(f"{path}:{n}: 1 to 3 sources per sentence")
        items.append(item)
    return items


def resolve_sources(item: GroundednessItem, corpus: Any) -> list[Any]:
    """The item's source provisions from ``corpus``; an unknown article is an InputError."""
    out = []
    for law_id, article, paragraph in item.sources:
        prov = corpus.provision(law_id, article, paragraph)
        if prov is None:
            raise InputError(f"{item.id}: {law_id} article {article} is not in the corpus")
        out.append(prov)
    return out


def auroc(scores: Sequence[float], positives: Sequence[bool]) -> float:
    """Area under the ROC curve (probability a positive outranks a negative; ties count half)."""
    pos = [s for s, p in zip(scores, positives, strict=True) if p]
    neg = [s for s, p in zip(scores, positives, strict=True) if not p]
    if not pos or not neg:
        return float("nan")
    wins = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a in pos for b in neg)
    return wins / (len(pos) * len(neg))


@dataclass(frozen=True, slots=True)
class GroundednessMetrics:
    """Quality and speed of a groundedness guard on a labelled set."""

    n: int
    precision: float
    recall: float
    f1: float
    auroc: float
    paraphrase_false_flags: tuple[int, int]
    per_kind: dict[str, tuple[int, int]]
    per_slot: dict[str, int]
    sentences_per_s: float
    sentences_per_cpu_s: float
    errors: list[dict[str, str]] = field(default_factory=list)


def evaluate_groundedness(items: Sequence[GroundednessItem], corpus: Any, *,
                          guard: Any) -> GroundednessMetrics:
    """Run ``guard.sentences`` on every item; a sentence is flagged when any of its sentences
    is unsupported, and its risk is the highest risk among them."""
    resolved = [resolve_sources(it, corpus) for it in items]
    flagged: list[bool] = []
    risks: list[float] = []
    slots: Counter[str] = Counter()
    errors: list[dict[str, str]] = []
    started, cpu = time.perf_counter(), time.process_time()
    for it, srcs in zip(items, resolved, strict=True):
        checks = guard.sentences(it.sentence, sources=srcs)
        bad = [c for c in checks if not c.supported]
        flagged.append(bool(bad))
        risks.append(max((c.risk for c in checks), default=0.0))
        for c in bad:
            slots[c.slot or "judge"] += 1
        if bool(bad) != (it.label == "unsupported"):
            errors.append({"id": it.id, "kind": it.kind, "gold": it.label,
                           "got": f"{bad[0].slot}: {bad[0].reason}" if bad else "supported"})
    elapsed, cpu_s = time.perf_counter() - started, time.process_time() - cpu
    gold = [it.label == "unsupported" for it in items]
    tp = sum(f and g for f, g in zip(flagged, gold, strict=True))
    fp = sum(f and not g for f, g in zip(flagged, gold, strict=True))
    fn = sum(g and not f for f, g in zip(flagged, gold, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for it, f in zip(items, flagged, strict=True):
        ok = f if it.label == "unsupported" else not f
        per_kind[it.kind][0] += int(ok)
        per_kind[it.kind][1] += 1
    para = [f for it, f in zip(items, flagged, strict=True) if it.kind == "paraphrase"]
    return GroundednessMetrics(
        len(items), precision, recall, f1, auroc(risks, gold), (sum(para), len(para)),
        {k: (v[0], v[1]) for k, v in sorted(per_kind.items(), key=lambda kv: KINDS.index(kv[0]))},
        dict(slots), len(items) / elapsed if elapsed > 0 else float("inf"),
        len(items) / cpu_s if cpu_s > 0 else float("inf"), errors)


@dataclass(frozen=True, slots=True)
class CitationMetrics:
    """``verify_citations`` on the same items: accuracy of ``unsupported`` and of ``valid``."""

    unsupported: tuple[int, int]
    valid: tuple[int, int]
    statuses: dict[str, dict[str, int]]
    errors: list[dict[str, str]] = field(default_factory=list)


def _cited(item: GroundednessItem, corpus: Any) -> str:
    """The sentence as an answer that cites every source it relies on.

    Sources the sentence does not cite itself are cited in front of it
    (「A法第七条及び第八条によれば、…」); a sentence that already cites them is left as it is.
    """
    from govrag.cite import parse_citations
    from govrag.text.numerals import article_label, int_to_kanji

    own = {(c.law_id, c.article) for c in parse_citations(item.sentence, corpus=corpus)}
    by_law: dict[str, list[str]] = defaultdict(list)
    for law_id, article, paragraph in item.sources:
        if (law_id, article) in own:
            continue
        label = article_label(article) + (f"第{int_to_kanji(paragraph)}項" if paragraph else "")
        by_law[law_id].append(label)
    if not by_law:
        return item.sentence
    lead = "及び".join(corpus.law(law_id).title + "及び".join(labels) for law_id, labels in by_law.items())
    return f"{lead}によれば、{item.sentence}"


#: The most severe status of a sentence's citations is the sentence's status.
_SEVERITY = ("unresolved", "nonexistent", "not_in_sources", "misquoted", "unsupported", "valid")


def evaluate_citations(items: Sequence[GroundednessItem], corpus: Any,
                       verify: Callable[..., Any] | None = None) -> CitationMetrics:
    """Cite each sentence with all its sources and check it with ``verify_citations``; the
    sentence's status is the most severe status among its citations."""
    from govrag.cite import verify_citations

    run = verify or verify_citations
    counts: dict[str, Counter[str]] = {"supported": Counter(), "unsupported": Counter()}
    errors: list[dict[str, str]] = []
    for it in items:
        report = run(_cited(it, corpus), sources=resolve_sources(it, corpus), corpus=corpus)
        worst = min(report.items, key=lambda c: _SEVERITY.index(c.status), default=None)
        status = worst.status if worst is not None else "none"
        counts[it.label][status] += 1
        if status != ("valid" if it.label == "supported" else "unsupported"):
            errors.append({"id": it.id, "kind": it.kind, "gold": it.label, "got": status,
                           "why": worst.explanation if worst is not None else "no citation"})
    uns, val = counts["unsupported"], counts["supported"]
    return CitationMetrics((uns["unsupported"], sum(uns.values())), (val["valid"], sum(val.values())),
                           {k: dict(v) for k, v in counts.items()}, errors)


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.0%})" if b else "-"


def metrics_table(m: GroundednessMetrics, c: CitationMetrics | None = None, *, title: str = "") -> str:
    """A Markdown table of the metrics (and the per-kind catch rates)."""
    fa, fb = m.paraphrase_false_flags
    rows = [("sentences", str(m.n)), ("precision (unsupported)", f"{m.precision:.3f}"),
            ("recall (unsupported)", f"{m.recall:.3f}"), ("F1", f"{m.f1:.3f}"), ("AUROC", f"{m.auroc:.3f}"),
            ("supported paraphrases flagged", _pct(fa, fb)),
            ("sentences/s (wall clock)", f"{m.sentences_per_s:.0f}"),
            ("sentences per CPU-second (one process)", f"{m.sentences_per_cpu_s:.0f}")]
    rows += [(f"kind `{k}` ({'passed' if k in SUPPORTED_KINDS else 'caught'})", _pct(*v))
             for k, v in m.per_kind.items()]
    if c is not None:
        rows += [("verify_citations `unsupported` accuracy", _pct(*c.unsupported)),
                 ("verify_citations `valid` accuracy", _pct(*c.valid))]
    head = f"**{title}**\n\n" if title else ""
    return head + "| metric | value |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in rows)
