"""issue 11 §5: large inputs are scanned and redacted as streams of windows in bounded memory,
with global offsets and nothing lost at a window edge."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Iterator

import pytest

from govrag.dlp import DLPEngine, redact, redact_stream, scan_stream
from govrag.errors import ConfigError, InputError
from tests.dlp.test_evalset import EVAL

MN = "123456789018"
ROWS = [json.loads(x)["text"] for x in EVAL.read_text(encoding="utf-8").splitlines() if x.strip()]


def _pieces(text: str, size: int) -> Iterator[str]:
    return (text[i : i + size] for i in range(0, len(text), size))


def _spans(fs: object) -> list[tuple[str, int, int]]:
    return [(f.entity_type, f.start, f.end) for f in fs]  # type: ignore[attr-defined]


@pytest.mark.parametrize("shift", [0, 5, 13, 29, 101])
@pytest.mark.parametrize("joiner", ["", "\n"], ids=["no-line-breaks", "lines"])
def test_stream_equals_whole_scan(engine: DLPEngine, shift: int, joiner: str) -> None:
    text = "あ" * shift + joiner.join(ROWS)[:7000]
    whole = _spans(engine.scan(text))
    streamed = _spans(scan_stream(_pieces(text, 333), engine=engine, window=1000, overlap=120))
    assert streamed == whole


@pytest.mark.parametrize("piece", [1, 7, 4096])
def test_piece_sizes_do_not_matter(structured_engine: DLPEngine, piece: int) -> None:
    text = ("行政庁は、申請の審査を開始しなければならない。" * 30 + f"個人番号{MN}。電話03-1234-5678。\n") * 4
    got = _spans(scan_stream(_pieces(text, piece), engine=structured_engine, window=1000, overlap=100))
    assert got == _spans(structured_engine.scan(text))
    assert len(got) == 8


@pytest.mark.parametrize("at", [990, 995, 1000, 1003, 1008])
def test_a_value_across_a_window_edge_is_found_once_and_whole(structured_engine: DLPEngine, at: int) -> None:
    filler = "行政庁は申請の審査を開始しなければならない" * 100  # no line or sentence ends: hard cuts
    text = filler[:at] + f"個人番号{MN}" + filler
    got = [(f.entity_type, text[f.start : f.end]) for f in scan_stream([text], engine=structured_engine,
                                                                      window=1010, overlap=100)]
    assert got == [("JP_MY_NUMBER", MN)]


def test_redact_stream_matches_redact_and_restores(engine: DLPEngine) -> None:
    text = "\n".join(ROWS[:120]) + "\n"
    stream = redact_stream(_pieces(text, 500), engine=engine, window=1000, overlap=120)
    out = "".join(stream)
    assert stream.finished and sum(stream.counts.values()) == len(engine.scan(text))
    assert out == redact(text).text  # same placeholders in the same order
    assert stream.restore(out) == text


def test_a_late_placeholder_shaped_literal_is_escaped_in_a_stream(engine: DLPEngine) -> None:
    text = "\n".join(ROWS[:60]) + "\n前回の出力<PERSON_1>を再掲する。\n"
    stream = redact_stream(_pieces(text, 500), engine=engine, window=1000, overlap=120)
    out = "".join(stream)
    # <PERSON_1> was minted before the literal was seen, so the literal is escaped, not confused
    assert out.endswith("前回の出力<LITERAL_1>を再掲する。\n")
    assert stream.restore(out) == text


def test_redact_stream_refuses_pseudonyms_and_second_iteration(structured_engine: DLPEngine) -> None:
    with pytest.raises(ConfigError, match="pseudonymize needs the whole text"):
        redact_stream(["x"], engine=structured_engine, operator="pseudonymize")
    stream = redact_stream([f"個人番号{MN}"], engine=structured_engine)
    assert "".join(stream) == "個人番号<JP_MY_NUMBER_1>"
    with pytest.raises(ConfigError, match="once"):
        list(stream)


@pytest.mark.parametrize(
    ("pieces", "message"),
    [(["ok", b"bytes"], "must be str"), (["ok", "bad\x00"], "NUL character"), (["\ud800"], "surrogate")],
)
def test_bad_pieces_are_input_errors(
    structured_engine: DLPEngine, pieces: list[object], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        list(scan_stream(pieces, engine=structured_engine))  # type: ignore[arg-type]


def test_memory_does_not_grow_with_the_input(structured_engine: DLPEngine) -> None:
    line = "行政庁は、申請の審査を開始しなければならない。" * 20 + f"個人番号{MN}。\n"

    def peak(n_lines: int) -> int:
        tracemalloc.start()
        count = sum(1 for _ in scan_stream((line for _ in range(n_lines)), engine=structured_engine,
                                           window=4000, overlap=200))
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert count == n_lines
        return top

    small, large = peak(100), peak(800)  # ~50k vs ~400k characters
    assert large < small * 1.5 + 256 * 1024, (small, large)
