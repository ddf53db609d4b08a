"""Example: checking a drafting assistant's statute citations in your own test suite.

Run (from the repository root)::

    pytest examples/test_citation_example.py --govrag-corpus ../shared/corpora/egov-xml

The ``govrag_corpus`` fixture and ``--govrag-corpus`` option come from govrag's pytest plugin
(entry point ``pytest11``), so nothing needs to be imported besides the assertion helper.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from govrag.corpus import Corpus
from govrag.testing import CitationAssertionError, assert_citations_valid

#: What the retriever returned for the question (e-Gov citation strings, or Hit objects).
SOURCES = ["行政手続法第七条", "行政手続法第八条"]


def test_grounded_answer_passes(govrag_corpus: Corpus) -> None:
    answer = (
        "行政手続法第7条により、行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を"
        "開始しなければなりません。同法第8条第1項は、申請により求められた許認可等を拒否する処分をする"
        "場合は、申請者に対し、同時に、当該処分の理由を示さなければならないと定めています。"
    )
    report = assert_citations_valid(answer, sources=SOURCES, corpus=govrag_corpus)
    assert [c.status for c in report.items] == ["valid", "valid"]


def test_fabricated_article_is_reported(govrag_corpus: Corpus) -> None:
    answer = "行政手続法第99条により、申請は30日以内に処理されなければなりません。"
    with pytest.raises(CitationAssertionError) as info:
        assert_citations_valid(answer, sources=SOURCES, corpus=govrag_corpus)
    message = str(info.value)
    assert "行政手続法第99条" in message and "nonexistent" in message


def test_check_citations_fixture(check_citations: Callable[..., Any]) -> None:
    check_citations("行政手続法第七条は申請に対する審査について定めています。", sources=SOURCES)
