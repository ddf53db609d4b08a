"""split_sentences on real statute text and awkward cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govrag.text import Span, split_sentences

SPLIT_CASES = [
    (
        "第一条 この法律は、目的を定める。第二条 定義する。",
        ["第一条 この法律は、目的を定める。", "第二条 定義する。"],
    ),
    ("本当ですか？はい！そうです。", ["本当ですか？", "はい！", "そうです。"]),
    ("Really?Yes!ok", ["Really?", "Yes!", "ok"]),
    ("なんと！？驚いた。。次", ["なんと！？", "驚いた。。", "次"]),
    # never inside 「」『』（）()
    ("法（以下「法」という。）第四条の規定による。", ["法（以下「法」という。）第四条の規定による。"]),
    ("彼は「はい。いいえ。」と言った。次。", ["彼は「はい。いいえ。」と言った。", "次。"]),
    ("『書名。副題。』を読む。", ["『書名。副題。』を読む。"]),
    ("(注。括弧内)終わり。", ["(注。括弧内)終わり。"]),
    ("「外（内。側）外。」最後。", ["「外（内。側）外。」最後。"]),
    ("【注意。】本文。", ["【注意。】本文。"]),
    # nesting-aware: the inner 。 of a nested bracket does not split, the outer after closing does
    ("「a（b。c）d。」e。f", ["「a（b。c）d。」e。", "f"]),
    # newlines split, but not inside matched brackets
    ("一行目\n二行目", ["一行目", "二行目"]),
    ("見出し\n\n\n本文。", ["見出し", "本文。"]),
    ("「引用\n続き。」本文。", ["「引用\n続き。」本文。"]),
    ("改行\r\nCRLF", ["改行", "CRLF"]),
    # unmatched brackets do not swallow the rest
    ("開き括弧（だけ。次の文。", ["開き括弧（だけ。", "次の文。"]),
    ("閉じ括弧）だけ。次の文。", ["閉じ括弧）だけ。", "次の文。"]),
    # closers right after a terminator stay with the sentence (text that starts mid-quote)
    ("はい。」と言った。", ["はい。」", "と言った。"]),
    ("「開き。（中。」外。", ["「開き。（中。」外。"]),
    # a pair never spans a blank line (paragraph break)
    ("括弧（開く。\n\n別の段落。）閉じ。", ["括弧（開く。", "別の段落。）", "閉じ。"]),
    ("括弧（開く。\n 同じ段落。）閉じ。", ["括弧（開く。\n 同じ段落。）閉じ。"]),
    ("括弧（開く。\r\n同じ段落。）閉じ。", ["括弧（開く。\r\n同じ段落。）閉じ。"]),
    ("括弧（開く。\r\n\r\n別の段落。）", ["括弧（開く。", "別の段落。）"]),
    # whitespace stripping and empties
    ("  前後の空白。  \u3000", ["前後の空白。"]),
    ("", []),
    ("   \n\n\u3000", []),
    ("。", ["。"]),
    ("終端なし", ["終端なし"]),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_CASES)
def test_split_table(text: str, expected: list[str]) -> None:
    spans = split_sentences(text)
    assert [s.text for s in spans] == expected
    for s in spans:
        assert text[s.start:s.end] == s.text


def test_offsets_point_into_original() -> None:
    text = "\u3000第七条　行政庁は、遅滞なく審査を開始しなければならない。\n 第八条"
    spans = split_sentences(text)
    assert spans == [
        Span(1, 29, "第七条\u3000行政庁は、遅滞なく審査を開始しなければならない。"),
        Span(31, 34, "第八条"),
    ]


def test_real_statute_file(corpora_dir: Path) -> None:
    path = corpora_dir / "egov-text" / "406CO0000000265_20250401_507CO0000000140.md"
    text = path.read_text("utf-8")
    spans = split_sentences(text)
    assert all(text[s.start:s.end] == s.text and s.text == s.text.strip() for s in spans)
    # 第一条 (one long sentence containing （以下「法」という。）) stays one sentence
    first = next(s for s in spans if s.text.startswith("第一条"))
    assert first.text.endswith("労働災害防止協会とする。")
    assert "（以下「法」という。）" in first.text
    # every article heading line starts a sentence
    assert sum(1 for s in spans if s.text.startswith("第") and "条 " in s.text[:8]) >= 4


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("あ漢a 。！？!?\n「」『』（）()【】\u3000")), max_size=80))
def test_property_spans_are_ordered_stripped_slices(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for s in spans:
        assert text[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= last
        last = s.end
    # nothing but white space is lost
    kept = "".join(s.text for s in spans)
    assert "".join(kept.split()) == "".join(text.split())


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        split_sentences(b"x")  # type: ignore[arg-type]
