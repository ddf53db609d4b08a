"""Import presidio-analyzer without the deep-learning stack it does not need here.

``presidio_analyzer`` imports its Hugging Face NLP engine at package import, which imports
``transformers`` and, through ``thinc``, ``torch`` whenever they are installed (measured: 55 s of
a 57 s warm ``govrag ask`` on a loaded 2-core machine, docs/benchmarks/speed.md). govrag's engines
(fugashi, GiNZA) use neither, so while presidio is first imported both are hidden (presidio and
thinc treat them as not installed) and afterwards importable again for any other user.

>>> import_presidio()
>>> import sys; "presidio_analyzer" in sys.modules
True
"""

from __future__ import annotations

import sys

__all__ = ["import_presidio"]

_HIDDEN = ("torch", "transformers")


def import_presidio() -> None:
    """Import ``presidio_analyzer`` once, with ``torch``/``transformers`` hidden when not loaded."""
    if "presidio_analyzer" in sys.modules:
        return
    hidden = [name for name in _HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import name" now raises ImportError
    try:
        import presidio_analyzer  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
