"""The citation grammar never raises anything but GovragError, and its offsets are valid."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govrag.cite import parse_citations
from govrag.errors import GovragError
from tests.fuzz.conftest import FUZZ

_ATOMS = st.sampled_from(
    [
        "行政手続法", "民法", "同法", "同条", "前条", "次条", "前項", "同項", "第", "条", "項", "号", "の",
        "から", "まで", "及び", "並びに", "附則", "別表", "一", "二", "十", "百", "七", "7", "７", "2",
        "第七条",
        "第二条の二", "第一項", "第三号", "ただし書", "前段", "、", "。", "（", "）", "\n", " ", "法", "令",
        "施行令", "平成五年法律第八十八号", "昭和", "令和", "年", "〇", "イ", "ロ",
    ]
)


@FUZZ
@given(text=st.one_of(st.lists(_ATOMS, max_size=20).map("".join), st.text(max_size=80)))
def test_parse_citations_fails_only_typed_and_offsets_are_valid(text: str) -> None:
    try:
        cits = parse_citations(text)
    except GovragError:
        return
    for c in cits:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text
