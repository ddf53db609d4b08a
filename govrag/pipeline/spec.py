"""Pipeline specs: YAML or dict -> :class:`~govrag.pipeline.Pipeline`, by registry id only.

A spec names stages by registry id with JSON-able options; objects that cannot be written in a
file (the index, the corpus, a provider instance, the audit log) are passed as resources.
Import paths are never accepted, so a spec file cannot make govrag import arbitrary code.

>>> spec = {"name": "norm", "stages": [{"id": "normalize", "options": {"max_chars": 100}}]}
>>> p = pipeline_from_spec(spec, audit=None)
>>> p.to_spec() == spec
True
>>> pipeline_from_spec({"stages": [{"id": "os.system"}]}, audit=None)  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
govrag.errors.ConfigError: unknown stage id 'os.system'; valid ids: bias_guard, dlp, generate, ...
"""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govrag.errors import ConfigError
from govrag.pipeline.core import Pipeline
from govrag.pipeline.stages import STAGES

if TYPE_CHECKING:
    from govrag.audit import AuditLog

__all__ = ["load_spec", "pipeline_from_spec"]

#: Resources a stage constructor may receive from the caller, by parameter name.
RESOURCE_NAMES = frozenset({"index", "corpus", "engine", "provider"})


def load_spec(path: str | Path) -> dict[str, Any]:
    """Read a YAML (or JSON) spec file into a dict."""
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read pipeline spec {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"pipeline spec {path} must be a mapping with 'stages'")
    return data


def pipeline_from_spec(
    spec: Mapping[str, Any], *, audit: AuditLog | None, **resources: Any
) -> Pipeline:
    """Build a pipeline from ``spec``; ``resources`` (index=, corpus=, engine=, provider=) are
    handed to the stages whose constructors take them; a ``provider`` resource overrides the
    provider id written in the spec."""
    unknown = set(resources) - RESOURCE_NAMES
    if unknown:
        raise ConfigError(f"unknown resource(s) {sorted(unknown)}; valid: {sorted(RESOURCE_NAMES)}")
    if "preset" in spec:
        return Pipeline.preset(str(spec["preset"]), audit=audit, **resources)
    entries = spec.get("stages")
    if not isinstance(entries, list) or not entries:
        raise ConfigError("a pipeline spec needs a non-empty 'stages' list")
    stages = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("id"), str):
            raise ConfigError(f"stages[{i}] must be a mapping with an 'id' string")
        extra = set(entry) - {"id", "options"}
        if extra:
            raise ConfigError(f"stages[{i}] has unknown key(s) {sorted(extra)}; allowed: id, options")
        options = dict(entry.get("options") or {})
        factory = STAGES.factory(entry["id"])
        params = inspect.signature(factory).parameters
        for name, value in resources.items():
            if name in params:
                options[name] = value
        stages.append(STAGES.create(entry["id"], **options))
    name = str(spec.get("name", "custom"))
    return Pipeline(stages, audit=audit, name=name)
