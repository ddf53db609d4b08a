"""Built-in pipelines: ``qa``, ``drafting`` (起案補助) and ``strict`` (機密性2 deployments).

All three run: normalize -> dlp -> policy (block 機密性3, redact) -> retrieve -> injection guard
-> generate -> restore -> citation verification -> groundedness + bias guards. ``strict`` blocks
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
    laws: list[str] | None = None,
    dlp_engine: Any | None = None,
) -> list[Any]:
    """The stages of preset ``name`` over the given index, corpus and provider
    (:meth:`govrag.Pipeline.preset` wraps them in a pipeline with its audit log)."""
    try:
        cfg = PRESETS[name]
    except KeyError:
        raise ConfigError(f"unknown preset {name!r}; valid presets: {', '.join(sorted(PRESETS))}") from None
    return [
        NormalizeStage(),
        DLPStage(engine=dlp_engine),
        PolicyStage(),
        RetrieveStage(index=index, k=k, laws=laws),
        InjectionGuardStage(),
        GenerateStage(provider=provider, task=cfg["task"]),
        RestoreStage(),
        CitationStage(corpus=corpus, on_fail=cfg["citations"], require_citation=cfg["require_citation"]),
        GroundednessGuardStage(on_fail=cfg["guards"]),
        BiasGuardStage(on_fail=cfg["guards"]),
    ]
