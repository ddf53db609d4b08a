"""pytest plugin (entry point ``pytest11: govrag``): citation checks for generated answers.

Loaded in every pytest run where govrag is installed, so it imports nothing heavy and does
nothing until used. It adds:

* ``--govrag-corpus PATH`` (or ini ``govrag_corpus``, or ``$GOVRAG_CORPUS``): statute corpus;
* fixture ``govrag_corpus``: that :class:`~govrag.corpus.Corpus`, loaded once per session
  (the test fails with a clear message when no corpus was configured);
* fixture ``check_citations``: :func:`assert_citations_valid` bound to that corpus;
* :func:`assert_citations_valid` (also importable from :mod:`govrag.testing`).

Example test::

    def test_answer_cites_correctly(govrag_corpus):
        answer = "行政手続法第7条により、行政庁は遅滞なく審査を開始しなければなりません。"
        assert_citations_valid(answer, sources=["行政手続法第七条"], corpus=govrag_corpus)

>>> assert_citations_valid("引用のない文章。", sources=[], corpus=None)  # nothing cited: passes
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import Any

import pytest

__all__ = ["CitationAssertionError", "assert_citations_valid", "format_failures"]

_ENV = "GOVRAG_CORPUS"
_CACHE: dict[str, Any] = {}


class CitationAssertionError(AssertionError):
    """Raised by :func:`assert_citations_valid`; ``report`` holds the full CitationReport."""

    def __init__(self, message: str, report: Any) -> None:
        super().__init__(message)
        self.report = report


def format_failures(report: Any) -> str:
    """A readable multi-line message listing each citation that is not valid and why."""
    bad = [i for i in report.items if i.status != "valid"]
    lines = [f"{len(bad)} of {len(report.items)} statute citation(s) not valid:"]
    for i in bad:
        c = i.citation
        lines.append(f"  - {c.text} (chars {c.start}-{c.end}) -> {i.status}: {i.explanation}")
    return "\n".join(lines)


def assert_citations_valid(
    answer: str,
    *,
    sources: Iterable[Any] | None,
    corpus: Any,
    allow: Iterable[str] = (),
    require_citations: bool = False,
    **options: Any,
) -> Any:
    """Fail (``AssertionError``) unless every statute citation in ``answer`` verifies.

    ``sources``/``corpus``/``options`` go to :func:`govrag.cite.verify_citations`; ``allow``
    lists statuses to tolerate (e.g. ``{"unsupported"}``); ``require_citations`` also fails an
    answer that cites nothing. Returns the report when it passes.
    """
    __tracebackhide__ = True
    from govrag.cite.grammar import parse_citations

    if corpus is None:
        if not parse_citations(answer) and not require_citations:
            return None
        raise CitationAssertionError(
            "no statute corpus given: pass corpus=..., or use the govrag_corpus fixture with "
            "--govrag-corpus PATH",
            None,
        )
    from govrag.cite.verify import verify_citations

    report = verify_citations(answer, sources=sources, corpus=corpus, **options)
    tolerated = set(allow)
    if require_citations and not report.items:
        raise CitationAssertionError("the answer cites no statute provision", report)
    if any(i.status != "valid" and i.status not in tolerated for i in report.items):
        raise CitationAssertionError(format_failures(report), report)
    return report


def _corpus_path(config: pytest.Config) -> str | None:
    value = (
        config.getoption("govrag_corpus", default=None)
        or config.getini("govrag_corpus")
        or os.environ.get(_ENV)
    )
    return str(value) if value else None


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("govrag", "govrag statute citation checks")
    group.addoption(
        "--govrag-corpus",
        dest="govrag_corpus",
        default=None,
        metavar="PATH",
        help=f"statute corpus (file or folder; several joined by {os.pathsep!r}) for the govrag_corpus "
        f"fixture (or ${_ENV})",
    )
    parser.addini("govrag_corpus", "statute corpus path for the govrag_corpus fixture", default="")


@pytest.fixture(scope="session")
def govrag_corpus(pytestconfig: pytest.Config) -> Any:
    """The statute corpus named by ``--govrag-corpus`` (loaded once per session)."""
    path = _corpus_path(pytestconfig)
    if not path:
        pytest.fail(f"the govrag_corpus fixture needs --govrag-corpus PATH (or ${_ENV})", pytrace=False)
    if path not in _CACHE:
        from govrag.corpus import Corpus

        _CACHE[path] = Corpus.from_paths(p for p in path.split(os.pathsep) if p)
    return _CACHE[path]


@pytest.fixture
def check_citations(govrag_corpus: Any) -> Callable[..., Any]:
    """``check_citations(answer, sources=[...], **options)``: assert_citations_valid on the corpus."""

    def check(answer: str, *, sources: Iterable[Any] | None, **options: Any) -> Any:
        __tracebackhide__ = True
        return assert_citations_valid(answer, sources=sources, corpus=govrag_corpus, **options)

    return check
