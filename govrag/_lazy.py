"""Lazy module attributes: the PEP 562 ``__getattr__`` shared by govrag's packages.

A package lists ``name -> defining module`` and gets a ``__getattr__`` that imports the defining
module on first use and caches the value in the package namespace.

>>> ns: dict[str, object] = {}
>>> getattr_ = lazy_getattr("demo", {"sqrt": "math"}, ns)
>>> getattr_("sqrt")(16.0), "sqrt" in ns
(4.0, True)
>>> getattr_("nope")
Traceback (most recent call last):
...
AttributeError: module 'demo' has no attribute 'nope'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_getattr"]


def lazy_getattr(
    package: str, exports: Mapping[str, str], namespace: dict[str, Any]
) -> Callable[[str], Any]:
    """A module ``__getattr__`` resolving ``exports`` lazily into ``namespace``."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    return __getattr__
