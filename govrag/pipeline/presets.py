"""Built-in pipelines: ``qa``, ``drafting`` (起案補助) and ``strict`` (機密性2 deployments).

All three run: normalize -> dlp -> policy (block 機密性3, redact) -> retrieve -> rerank ->
injection guard -> generate -> restore -> citation verification -> groundedness + bias guards.
``strict`` blocks
an answer whose citations do not all verify (or that cites nothing) and an ungrounded or biased
answer instead of annotating it.

>>> sorted(PRESETS)
['drafting', 'qa', 'strict']
"""

from __future__ import annotations

from typing import Any

from govrag.errors import ConfigError
from govrag.pipeline.stages import (
    BiasGuardStage,
    CitationStage,
    DLPStage,
    GenerateStage,
    GroundednessGuardStage,
    InjectionGuardStage,
    NormalizeStage,
    PolicyStage,
    RerankStage,
    RestoreStage,
    RetrieveStage,
)

__all__ = ["PRESETS", "preset_stages"]

PRESETS: dict[str, dict[str, Any]] = {
    "qa": {"task": "qa", "citations": "annotate", "guards": "annotate", "require_citation": False},
    "drafting": {"task": "drafting", "citations": "annotate", "guards": "annotate",
                 "require_citation": False},
    "strict": {"task": "qa", "citations": "block", "guards": "block", "require_citation": True},
}


def preset_stages(
    name: str,
    *,
    index: Any,
    corpus: Any,
    provider: Any = "extractive",
    k: int = 5,
    candidates: int = 20,
    dense_pool: int = 0,
    law_pool: int = 0,
    laws: list[str] | None = None,
    dlp_engine: Any | None = None,
) -> list[Any]:
    """The stages of preset ``name`` over the given index, corpus and provider
    (:meth:`govrag.Pipeline.preset` wraps them in a pipeline with its audit log). ``candidates``
    provisions are retrieved and reranked (with ``dense_pool`` > 0, twice as many are retrieved
    and the ``dense_pool`` best by dense score among them are reranked too; ``law_pool`` further
    provisions of the law the reranker puts first join them: :class:`RerankStage`);
    the best ``k`` are the sources."""
    try:
        cfg = PRESETS[name]
    except KeyError:
        raise ConfigError(f"unknown preset {name!r}; valid presets: {', '.join(sorted(PRESETS))}") from None
    return [
        NormalizeStage(),
        DLPStage(engine=dlp_engine),
        PolicyStage(),
        RetrieveStage(index=index, k=max(k, candidates * (2 if dense_pool else 1)), laws=laws),
        RerankStage(keep=k, corpus=corpus, candidates=candidates, dense_pool=dense_pool,
                    law_pool=law_pool, index=index),
        InjectionGuardStage(),
        GenerateStage(provider=provider, task=cfg["task"]),
        RestoreStage(),
        CitationStage(corpus=corpus, on_fail=cfg["citations"], require_citation=cfg["require_citation"]),
        GroundednessGuardStage(on_fail=cfg["guards"]),
        BiasGuardStage(on_fail=cfg["guards"]),
    ]
