"""Testing helpers: the citation pytest plugin, fakes and conformance suites.

Names are loaded lazily (the pytest plugin module is imported by every pytest run).

>>> from govrag.testing import assert_citations_valid
>>> assert_citations_valid("引用なし。", sources=[], corpus=None)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govrag._lazy import lazy_getattr

# public name -> defining module (add entries here; keep this module import-light)
_EXPORTS: dict[str, str] = {
    "assert_citations_valid": "govrag.testing.pytest_plugin",
    "CitationAssertionError": "govrag.testing.pytest_plugin",
    "format_failures": "govrag.testing.pytest_plugin",
}

__all__ = sorted(_EXPORTS)


__getattr__ = lazy_getattr(__name__, _EXPORTS, globals())


if TYPE_CHECKING:  # pragma: no cover
    from govrag.testing.pytest_plugin import CitationAssertionError as CitationAssertionError
    from govrag.testing.pytest_plugin import assert_citations_valid as assert_citations_valid
    from govrag.testing.pytest_plugin import format_failures as format_failures
