"""Import presidio-analyzer without the parts govrag's default scan does not use.

``presidio_analyzer``'s package import loads spaCy (its NLP artifacts and engines), 199 predefined
recognizers (their regexes compile at import) and, through ``thinc``, ``torch``/``transformers``
when installed: 1.3 CPU-s of a 2.3 CPU-s warm ``govrag ask`` (docs/benchmarks/speed.md). govrag's
recognizers need only the recognizer base classes, which import none of that.

:func:`import_presidio_core` loads just those (``EntityRecognizer``, ``LocalRecognizer``,
``Pattern``, ``PatternRecognizer``, ``RecognizerResult``, ``AnalysisExplanation``) into the real
``presidio_analyzer`` module object, left partly initialised. The first access to any other
package attribute (``AnalyzerEngine``, ...) or import of any other submodule completes it by
running the package's own ``__init__`` — the same module object, the same classes — so other
users of presidio see the whole package. :func:`import_presidio` completes it at once; both hide
``torch``/``transformers`` while presidio imports (govrag's engines use neither).

>>> import_presidio_core()
>>> import sys; sys.modules["presidio_analyzer"].PatternRecognizer.__name__
'PatternRecognizer'
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import ModuleType
from typing import Any

__all__ = ["import_presidio", "import_presidio_core", "presidio_complete"]

_PKG = "presidio_analyzer"
_HIDDEN = ("torch", "transformers")
#: Spacy-free submodules, in dependency order, with the names the package exports from each.
_CORE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("analysis_explanation", ("AnalysisExplanation",)),
    ("recognizer_result", ("RecognizerResult",)),
    ("score_thresholds", ()),
    ("entity_recognizer", ("EntityRecognizer",)),
    ("local_recognizer", ("LocalRecognizer",)),
    ("pattern", ("Pattern",)),
    ("pattern_recognizer", ("PatternRecognizer",)),
)
_CORE_MODULES = frozenset(f"{_PKG}.{name}" for name, _ in _CORE)
_LOCK = threading.RLock()
_PARTIAL: ModuleType | None = None  # the package while only its core is loaded


@contextmanager
def _hidden(names: Sequence[str] = _HIDDEN) -> Iterator[None]:
    """``import name`` raises ImportError for ``names`` not loaded yet, inside the block."""
    hidden = [name for name in names if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


def presidio_complete() -> bool:
    """True when the whole ``presidio_analyzer`` package is imported (not only its core)."""
    return _PKG in sys.modules and _PARTIAL is None


def import_presidio() -> None:
    """Import the whole ``presidio_analyzer`` package once (completing a core-only import)."""
    global _PARTIAL
    with _LOCK:
        if _PARTIAL is not None:
            pkg, _PARTIAL = _PARTIAL, None
            _remove_finder()
            pkg.__dict__.pop("__getattr__", None)
            spec = pkg.__spec__
            assert spec is not None and spec.loader is not None
            with _hidden():
                spec.loader.exec_module(pkg)  # the package's __init__; core submodules are reused
            return
        if _PKG in sys.modules:
            return
        with _hidden():
            importlib.import_module(_PKG)


def import_presidio_core() -> None:
    """Make presidio's recognizer base classes importable without loading the rest."""
    global _PARTIAL
    with _LOCK:
        if _PKG in sys.modules:
            return
        spec = importlib.util.find_spec(_PKG)
        if spec is None or spec.loader is None:
            import_presidio()  # presidio's own ImportError
            return
        pkg = importlib.util.module_from_spec(spec)
        pkg.__dict__["__getattr__"] = _complete_on_access
        sys.modules[_PKG] = pkg
        _PARTIAL = pkg
        sys.meta_path.insert(0, _FINDER)
        try:
            with _hidden():
                for name, exports in _CORE:
                    mod = importlib.import_module(f"{_PKG}.{name}")
                    for attr in exports:
                        setattr(pkg, attr, getattr(mod, attr))
        except BaseException:
            _PARTIAL = None
            _remove_finder()
            for key in [k for k in sys.modules if k == _PKG or k.startswith(_PKG + ".")]:
                del sys.modules[key]
            raise


def _complete_on_access(name: str) -> Any:
    """Module ``__getattr__`` of the partial package: complete it, then look again."""
    if _PARTIAL is None or name.startswith("__"):
        raise AttributeError(f"module {_PKG!r} has no attribute {name!r}")
    import_presidio()
    return getattr(sys.modules[_PKG], name)


class _CompleteFirst(importlib.abc.MetaPathFinder):
    """Completes the partial package before any non-core presidio submodule is imported."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> None:
        if _PARTIAL is not None and fullname.startswith(_PKG + ".") and fullname not in _CORE_MODULES:
            import_presidio()
        return None  # the regular finders locate the module


_FINDER = _CompleteFirst()


def _remove_finder() -> None:
    if _FINDER in sys.meta_path:
        sys.meta_path.remove(_FINDER)
