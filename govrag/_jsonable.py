"""Plain JSON values from govrag's dataclasses, enums and paths (for ``--json`` output and reports).

>>> from pathlib import Path
>>> to_jsonable({"p": Path("a"), "t": (1, 2)})
{'p': 'a', 't': [1, 2]}
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

__all__ = ["to_jsonable"]


def to_jsonable(obj: Any) -> Any:
    """Dataclasses, tuples, paths and enums to plain JSON values."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, Path):
        return str(obj)
    if hasattr(obj, "model_dump"):
        return to_jsonable(obj.model_dump())
    if hasattr(obj, "value") and type(obj).__module__ != "builtins" and not isinstance(obj, (int, str)):
        return to_jsonable(obj.value)
    return obj
