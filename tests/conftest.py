"""Shared fixtures: paths to the shared real-statute corpora."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from govrag.corpus import Corpus

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (ROOT / ".." / "shared" / "corpora").resolve()
EGOV_XML = CORPORA / "egov-xml"
EGOV_XML_ACTS = CORPORA / "egov-xml-acts"
EGOV_TEXT = CORPORA / "egov-text"
LAWQA = CORPORA / "qa" / "lawqa_jp"


def linked_corpus(tmp_path_factory: pytest.TempPathFactory, names: Iterable[str]) -> Corpus:
    """A corpus of the named real e-Gov XML laws, linked (not copied) into a fresh folder."""
    from govrag.corpus import Corpus

    folder = tmp_path_factory.mktemp("laws")
    for name in names:
        (folder / name).symlink_to(EGOV_XML / name)
    return Corpus.from_path(folder)


def pytest_configure(config: pytest.Config) -> None:
    """A test run writes nothing into the tree: hypothesis keeps no example database and its
    own files (``constants``) go to a temporary folder."""
    from hypothesis import settings
    from hypothesis.configuration import set_hypothesis_home_dir

    set_hypothesis_home_dir(tempfile.mkdtemp(prefix="govrag-hypothesis-"))
    settings.register_profile("govrag-tests", database=None)
    settings.load_profile("govrag-tests")


@pytest.fixture(scope="session")
def corpora_dir() -> Path:
    if not CORPORA.is_dir():
        pytest.fail(f"shared corpora not found at {CORPORA}: tests need ../shared/corpora")
    return CORPORA


@pytest.fixture(scope="session")
def core_corpus():  # type: ignore[no-untyped-def]
    """The 29 core laws, parsed once per session."""
    from govrag.corpus import Corpus

    return Corpus.from_path(EGOV_XML)
