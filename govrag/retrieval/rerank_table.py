"""The packaged rerank weights: ``data/rerank_weights.json``, written by
``benchmarks/fit_rerank_weights.py --write`` (the hand-set weights with the cross-validated signals
replaced; the file records the command, the features and the fitted signals).

>>> packaged_weights(frozenset({"lexical", "branch", "citation", "named_law", "definition", "role",
...     "caption", "dense", "retrieval", "penalty", "suppl", "purpose", "answer_type", "derogation",
...     "predicate", "law_share", "addressee", "latent", "contrast"}))["lexical"]
0.8
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from govrag.errors import ConfigError

__all__ = ["packaged_weights"]


@lru_cache(maxsize=4)
def packaged_weights(known: frozenset[str]) -> dict[str, float]:
    """Signal -> weight from the packaged table; every signal must be one of ``known``."""
    raw = resources.files("govrag.retrieval").joinpath("data/rerank_weights.json").read_text("utf-8")
    table = json.loads(raw).get("weights")
    if not isinstance(table, dict) or not set(table) <= known:
        unknown = sorted(set(table) - known) if isinstance(table, dict) else table
        raise ConfigError(f"rerank_weights.json: unknown signals {unknown}")
    return {str(k): float(v) for k, v in table.items()}
