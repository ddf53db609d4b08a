"""The explicit-citation shortcut reads queries with the one citation grammar (issue 11 §2)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from govrag import Corpus, StatuteIndex

from ..conftest import EGOV_XML

GYOTE = "405AC0000000088"


@pytest.fixture(scope="module")
def index() -> Iterator[StatuteIndex]:
    corpus = Corpus.from_path(EGOV_XML / "405AC0000000088_20240926_506AC0000000065.xml")
    with StatuteIndex.build(corpus, embedder=None, progress=False) as idx:
        yield idx


@pytest.mark.parametrize(
    ("query", "pinned"),
    [
        ("行政手続法第七条から第九条までの規定を教えて", ["7", "8", "9"]),  # 第八条 was dropped
        ("行政手続法第七条及び第八条", ["7", "8"]),
        ("行政手続法第十二条", ["12"]),
    ],
)
def test_every_cited_article_is_pinned_first(index: StatuteIndex, query: str, pinned: list[str]) -> None:
    hits = index.search(query, k=5)
    assert [h.article for h in hits[: len(pinned)]] == pinned
    assert all(h.match == "citation" for h in hits[: len(pinned)])


def test_a_supplementary_article_does_not_pin_the_main_article(index: StatuteIndex) -> None:
    hits = index.search("行政手続法附則第二条の経過措置", k=5)
    assert not any(h.match == "citation" and h.article == "2" and not h.suppl for h in hits)
