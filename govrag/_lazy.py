"""Lazy module attributes (the PEP 562 ``__getattr__`` shared by govrag's packages) and regular
expressions compiled on first use.

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
import re
from collections.abc import Callable, Mapping
from typing import Any, cast

__all__ = ["LazyPattern", "lazy_compile", "lazy_getattr"]


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


class LazyPattern:
    """A regular expression compiled on first use; every attribute is the compiled pattern's.

    The DLP recognizers and guards define several hundred module-level patterns; ``re`` compiles a
    class such as ``[一-龥]`` by walking every code point in Python, which made importing them the
    largest step of a warm ``govrag ask`` although a question uses few of them.

    >>> p = LazyPattern(r"\\d+", 0)
    >>> p.search("第12条").group(), p.pattern
    ('12', '\\\\d+')
    """

    __slots__ = ("__dict__", "_args", "_compiled")

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(*self._args)
        value = getattr(compiled, name)
        # kept on the instance: the next ``p.search`` is a plain attribute read, not this call
        # (the DLP scan of a long record block reads pattern methods over a million times)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self._args[0]!r}, {self._args[1]!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` deferred to the first use (typed as the compiled pattern;
    pass it to ``re`` functions as ``p.pattern``, not as ``p``).

    >>> lazy_compile(r"[一-龥]+").findall("行政手続法")
    ['行政手続法']
    """
    return cast("re.Pattern[str]", LazyPattern(pattern, int(flags)))
