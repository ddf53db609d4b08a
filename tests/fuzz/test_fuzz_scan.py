"""DLP scan never raises on text (only InputError for NUL/surrogates) and its offsets are valid."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govrag.dlp import default_engine, scan_stream
from govrag.errors import InputError
from tests.fuzz.conftest import FUZZ

_JA = st.text(
    alphabet=st.sampled_from(
        list("申請者山田太郎様電話個人番号〒東京都千代田区丁目番地号生年月日昭和年月日カード")
        + list("0123456789０１２３４５６７８９-－ー―（）()+@._ 　\n、。<>＜＞ABCPERSON")
    ),
    max_size=200,
)


@FUZZ
@given(text=st.one_of(_JA, st.text(max_size=120)))
def test_scan_offsets_are_valid(text: str) -> None:
    try:
        findings = default_engine().scan(text)
    except InputError:
        assert "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text)
        return
    last = 0
    for f in findings:
        assert last <= f.start < f.end <= len(text)
        last = f.end


@FUZZ
@given(text=_JA, cut=st.integers(min_value=1, max_value=50))
def test_stream_offsets_are_valid(text: str, cut: int) -> None:
    pieces = [text[i : i + cut] for i in range(0, len(text), cut)]
    last = 0
    for f in scan_stream(pieces, engine=default_engine()):
        assert last <= f.start < f.end <= len(text)
        last = f.end
