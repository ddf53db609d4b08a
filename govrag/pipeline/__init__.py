"""Composition: the run record, stages, wiring checks, presets, specs and the audit entry.

>>> from govrag.pipeline import Pipeline, NormalizeStage
>>> Pipeline([NormalizeStage()], audit=None).run("第７条").record.normalized_query
'第7条'
"""

from __future__ import annotations

from govrag.pipeline.audit_entry import audit_entry
from govrag.pipeline.core import (
    PIPELINE_FIELDS,
    PRIVATE_FIELDS,
    Pipeline,
    RunResult,
    Stage,
    build_preset,
    check_wiring,
)
from govrag.pipeline.presets import PRESETS, preset_stages
from govrag.pipeline.record import FIELD_NAMES, INITIAL_FIELDS, RunRecord
from govrag.pipeline.spec import load_spec, pipeline_from_spec
from govrag.pipeline.stages import (
    STAGES,
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

__all__ = [
    "FIELD_NAMES",
    "INITIAL_FIELDS",
    "PIPELINE_FIELDS",
    "PRESETS",
    "PRIVATE_FIELDS",
    "STAGES",
    "BiasGuardStage",
    "CitationStage",
    "DLPStage",
    "GenerateStage",
    "GroundednessGuardStage",
    "InjectionGuardStage",
    "NormalizeStage",
    "Pipeline",
    "PolicyStage",
    "RestoreStage",
    "RetrieveStage",
    "RunRecord",
    "RunResult",
    "Stage",
    "audit_entry",
    "build_preset",
    "check_wiring",
    "load_spec",
    "pipeline_from_spec",
    "preset_stages",
]
