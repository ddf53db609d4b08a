"""Helpers for the guard tests: the shared table-runner checks."""

from __future__ import annotations

from govrag.guard.bias import BiasGuard, BiasVerdict


def assert_term_finding(guard: BiasGuard, text: str, category: str, replacement: str) -> BiasVerdict:
    """``text`` fails ``guard`` on one ``category`` term whose replacement is ``replacement``,
    with a source for it; the verdict, for further checks."""
    v = guard.validate(text)
    assert not v.passed and f"{category} term" in v.explanation, v.explanation
    (finding,) = [f for f in v.findings if f.kind == "term"]
    assert finding.replacement == replacement and finding.source
    return v
