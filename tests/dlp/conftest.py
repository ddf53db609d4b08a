"""Fixtures for the DLP tests: one shared default engine (building presidio is expensive)."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine, default_engine, scan


@pytest.fixture(scope="session")
def engine() -> DLPEngine:
    """The default engine: the rules and the packaged learned classifier."""
    return default_engine()


@pytest.fixture(scope="session")
def structured_engine() -> DLPEngine:
    """Engine limited to the structured (pattern + checksum/context) types: no tokenization needed."""
    from govrag.dlp import STRUCTURED_TYPES

    return DLPEngine(entities=sorted(STRUCTURED_TYPES))


def found(engine: DLPEngine, text: str) -> set[tuple[str, str]]:
    """(type, value) pairs the engine reports for ``text``."""
    return {(f.entity_type, text[f.start : f.end]) for f in engine.scan(text)}


def newlines(text: str) -> str:
    """A table row's text with each ⏎ turned into a newline."""
    return text.replace("⏎", "\n")


def scan_values(text: str, entity: str) -> list[str]:
    """The ``entity`` values ``scan`` finds in a table row (⏎ marks a newline), in text order."""
    t = newlines(text)
    return [t[f.start : f.end] for f in scan(t) if f.entity_type == entity]


def scan_types(text: str) -> list[str]:
    """The entity types ``scan`` finds in a table row (⏎ marks a newline), in text order."""
    return [f.entity_type for f in scan(newlines(text))]
