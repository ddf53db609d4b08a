"""LawMatcher: the one longest-match lookup of law names (cite grammar and retrieval share it)."""

from __future__ import annotations

import pytest

from govrag.cite.lexer import LawMatcher
from govrag.retrieval.query import find_references, mentioned_laws

NAMES = {"民法": "129AC0000000089", "民法施行法": "131AC0000000011", "行政手続法": "405AC0000000088",
         "地方自治法": "322AC0000000067", "自治法施行令": None}


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("民法施行法第一条", 0, (5, "民法施行法")),
        ("民法第九十条", 0, (2, "民法")),
        ("この民法", 2, (4, "民法")),
        ("この民法", 0, None),
        ("民法", 2, None),
        ("民法", -1, None),
        ("地方自治法施行令", 2, (8, "自治法施行令")),
    ],
)
def test_starting_at_is_the_longest_name_at_that_offset(
    text: str, start: int, expected: tuple[int, str] | None
) -> None:
    assert LawMatcher(NAMES).starting_at(text, start) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("民法と行政手続法", ["民法", "行政手続法"]),
        ("民法施行法の附則", ["民法施行法"]),
        # leftmost first, then longest: 地方自治法 starts before 自治法施行令
        ("地方自治法施行令第一条", ["地方自治法"]),
        ("該当なし", []),
    ],
)
def test_find_all_is_leftmost_longest(text: str, expected: list[str]) -> None:
    assert [name for _, _, name, _ in LawMatcher(NAMES).find_all(text)] == expected


def test_retrieval_reads_law_names_with_the_same_matcher() -> None:
    names = {"情報公開法": ("411AC0000000042", "413AC0000000140"), "行政手続法": ("405AC0000000088",),
             "地方自治法": ("322AC0000000067",), "自治法施行令": ("X",)}
    assert mentioned_laws("地方自治法施行令と情報公開法", names) == (
        "322AC0000000067", "411AC0000000042", "413AC0000000140")
    refs = find_references("情報公開法第５条", names)
    assert [(r.law_ids, r.article) for r in refs] == [(("411AC0000000042", "413AC0000000140"), "5")]
