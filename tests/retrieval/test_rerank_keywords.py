"""Round 15: reading a search-box query — keyword fragments, and a law named without its 「法」."""

from __future__ import annotations

import pytest

from govrag.retrieval.rerank import analyze_query
from govrag.retrieval.rerank_keywords import is_keyword_query, stem_laws

KOKUBAI, CHOSAKUKEN = "322AC0000000125", "345AC0000000048"
NAMES = {"国賠法": (KOKUBAI,), "国家賠償法": (KOKUBAI,), "著作権法": (CHOSAKUKEN,),
         "民法": ("129AC0000000089",)}

KEYWORD = [
    ("代執行 費用 取り立て", True),
    ("審査会　委員 任期?", True),  # a full-width space, a trailing 「?」
    ("専決処分", True),  # one short fragment without a verb
    ("代執行の費用は誰から取り立てるのか", False),  # a sentence asks with its verb
    ("代執行 費用は誰が払う。", False),  # a sentence end
    ("行政機関の保有する情報の公開", False),  # one long fragment reads as prose
    ("", False),
]


@pytest.mark.parametrize(("query", "expected"), KEYWORD)
def test_is_keyword_query(query: str, expected: bool) -> None:
    assert is_keyword_query(query) is expected


STEMS = [
    ("国賠 求償 故意", (KOKUBAI,)),
    ("著作権 保護期間 延長", (CHOSAKUKEN,)),
    ("民 時効", ()),  # a one-character stem names nothing
    ("国賠の求償は故意のときだけか", ()),  # a sentence: not a keyword query
    ("国賠法 求償", ()),  # the abbreviation itself is a named law, not a stem
]


@pytest.mark.parametrize(("query", "laws"), STEMS)
def test_a_fragment_naming_a_law_without_its_ho(query: str, laws: tuple[str, ...]) -> None:
    assert stem_laws(query, NAMES) == laws


@pytest.mark.parametrize(("query", "subject"), [("国賠 求償 故意", True), ("求償 故意 重過失", False)])
def test_the_reranker_reads_the_stem_as_a_subject_law(query: str, subject: bool) -> None:
    a = analyze_query(query, law_names=NAMES)
    assert (KOKUBAI in a.subject_laws) is subject
    assert KOKUBAI not in a.named_laws
