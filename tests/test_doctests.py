"""Every docstring example in the package runs (they are the documentation's promises)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import govrag

# Adapters whose examples need optional heavy integrations are exercised by their own tests.
SKIP = {"govrag.retrieval.llamaindex", "govrag.guard.guardrails", "govrag.testing.pytest_plugin"}


def _modules() -> list[str]:
    names = ["govrag"]
    for info in pkgutil.walk_packages(govrag.__path__, prefix="govrag."):
        if info.name not in SKIP and not info.name.endswith("__main__"):
            names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
                             verbose=False)
    assert result.failed == 0, f"{result.failed} doctest example(s) failed in {name}"
