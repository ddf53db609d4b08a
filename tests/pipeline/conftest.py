"""Shared pipeline fixtures: three real laws and their BM25 index (built once per module)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from govrag import Corpus, StatuteIndex

from ..conftest import linked_corpus

LAWS = [
    "405AC0000000088_20240926_506AC0000000065.xml",  # 行政手続法
    "411AC0000000042_20220401_503AC0000000037.xml",  # 行政機関の保有する情報の公開に関する法律
    "322AC0000000125_19471027_000000000000000.xml",  # 国家賠償法
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return linked_corpus(tmp_path_factory, LAWS)


@pytest.fixture(scope="module")
def index(corpus: Corpus) -> Iterator[StatuteIndex]:
    idx = StatuteIndex.build(corpus, embedder=None, progress=False)
    yield idx
    idx.close()
