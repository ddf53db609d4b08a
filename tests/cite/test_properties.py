"""Property tests: arbitrary text never crashes the parser or the verifier; spans are always valid."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govrag.cite import parse_citations, verify_citations

NAMES = {"行政手続法": "405AC0000000088", "行手法": "405AC0000000088", "民法": "129AC0000000089"}

# text built from the pieces the grammar reacts to, mixed with arbitrary characters
PIECES = st.sampled_from(
    [
        "行政手続法",
        "行手法",
        "民法",
        "同法",
        "この法律",
        "法",
        "本法",
        "施行令",
        "第",
        "条",
        "項",
        "号",
        "の",
        "から",
        "まで",
        "及び",
        "並びに",
        "又は",
        "、",
        "・",
        "〜",
        "ただし書",
        "前段",
        "後段",
        "各号",
        "附則",
        "別表",
        "前条",
        "次条",
        "同条",
        "前項",
        "同項",
        "前各項",
        "前二項",
        "同号",
        "前号",
        "一",
        "二",
        "十",
        "百",
        "〇",
        "7",
        "１",
        "36",
        "「",
        "」",
        "（",
        "）",
        "。",
        "\n",
        "平成五年法律第八十八号",
        "令和6年",
        "イ",
        "ロ",
        "3条件",
        "第三者",
    ]
)
TEXT = st.one_of(
    st.text(max_size=80), st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=30).map("".join)
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_parse_never_crashes_and_spans_are_valid(text: str) -> None:
    cits = parse_citations(text, law_names=NAMES)
    last = -1
    for c in cits:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert c.start >= last  # in text order, non-overlapping
        last = c.end
        assert c.law_id in (None, *NAMES.values())
        if c.law_id is not None and c.problem is None and c.article:
            assert c.address  # renders


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(TEXT)
def test_verify_never_crashes(few_laws: Any, text: str) -> None:
    report = verify_citations(text, sources=["行政手続法第七条"], corpus=few_laws)
    assert len(report.items) == len(parse_citations(text, corpus=few_laws))
    for item in report.items:
        for span in item.spans:
            assert 0 <= span.start <= span.end <= len(text)
    report.to_text()
    report._repr_html_()
    report.to_json()


def test_pathological_inputs_stay_linear() -> None:
    import time

    for text in (
        "漢" * 5000 + "第1条",
        "第" * 5000,
        "の一" * 3000 + "条",
        "法" * 5000 + "第1条",
        "（" * 3000 + "第1条",
        "「" * 3000 + "第1条" + "」" * 3000,
        "1" * 5000 + "条",
    ):
        start = time.perf_counter()
        for c in parse_citations(text, law_names=NAMES):
            assert c.address  # renders (no absurd numbers reach int_to_kanji)
        assert time.perf_counter() - start < 2.0, text[:20]
