"""Evaluation: question sets (own and lawqa_jp), retrieval metrics and reports, corpus manifests.

>>> from govrag.eval import Gold, Question, evaluate
>>> q = Question("q1", "行政手続法7条", "explicit", (Gold("405AC0000000088", "行政手続法", "7"),))
>>> class Hit:
...     law_id, article = "405AC0000000088", "7"
>>> evaluate(lambda query, k: [Hit()], [q], ks=(1,)).overall.recall[1]
1.0
"""

from __future__ import annotations

from govrag.eval.lawqa import load_lawqa, parse_context
from govrag.eval.manifest import CorpusManifest, ManifestError, ManifestLaw, load_manifest
from govrag.eval.metrics import Metrics, aggregate, coverage_at, first_relevant_rank
from govrag.eval.questions import (
    Gold,
    Kind,
    Question,
    QuestionSetError,
    Split,
    check_gold,
    dump_questions,
    filter_questions,
    load_questions,
)
from govrag.eval.retrieval import (
    HitLike,
    QuestionResult,
    RetrievalReport,
    SearchFn,
    comparison_table,
    evaluate,
)

__all__ = [
    "CorpusManifest",
    "Gold",
    "HitLike",
    "Kind",
    "ManifestError",
    "ManifestLaw",
    "Metrics",
    "Question",
    "QuestionResult",
    "QuestionSetError",
    "RetrievalReport",
    "SearchFn",
    "Split",
    "aggregate",
    "check_gold",
    "comparison_table",
    "coverage_at",
    "dump_questions",
    "evaluate",
    "filter_questions",
    "first_relevant_rank",
    "load_lawqa",
    "load_manifest",
    "load_questions",
    "parse_context",
]
