"""Sentence splitting for Japanese statute and prose text.

A sentence ends after ``。！？!?`` (a run of them, and closing brackets right after them, stay
together) and at every line break, but never inside matched brackets
``「」『』（）()【】〔〕［］[]｛｝{}〈〉《》`` — nesting-aware. Unmatched brackets are ignored (they
neither open nor close a protected region), and no bracket pair spans a blank line, so one stray
``（`` cannot swallow the rest of a document. Spans are stripped of surrounding white space and
carry offsets into the original string; empty sentences are dropped.

>>> [s.text for s in split_sentences("申請者は「はい。いいえ。」と答えた。次の文！\\n  三つ目")]
['申請者は「はい。いいえ。」と答えた。', '次の文！', '三つ目']
>>> split_sentences("  第一条　目的（この法律は。）を定める。")[0]
Span(start=2, end=21, text='第一条\\u3000目的（この法律は。）を定める。')
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BRACKETS", "Span", "split_sentences"]

#: Opening -> closing bracket pairs that protect their content from splitting.
BRACKETS: dict[str, str] = {
    "「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "〔": "〕", "［": "］", "[": "]",
    "｛": "｝", "{": "}", "〈": "〉", "《": "》", "｢": "｣",
}
_CLOSERS = {v: k for k, v in BRACKETS.items()}
_TERMINATORS = frozenset("。！？!?｡")
_NEWLINES = frozenset("\n\r\u2028\u2029\x0b\x0c\x85")


@dataclass(frozen=True, slots=True)
class Span:
    """A slice of a text: ``text == original[start:end]``."""

    start: int
    end: int
    text: str


def _protected(text: str) -> list[int]:
    """Bracket depth per character position, counting only brackets that are matched."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    blank_line = True  # nothing but white space since the last line break
    for i, ch in enumerate(text):
        if ch in _NEWLINES:
            if ch == "\n" and i and text[i - 1] == "\r":
                continue  # CRLF is one line break
            if blank_line:
                stack.clear()  # a bracket never spans a paragraph break (blank line)
            blank_line = True
            continue
        if not ch.isspace():
            blank_line = False
        if ch in BRACKETS:
            stack.append((ch, i))
        elif ch in _CLOSERS:
            opener = _CLOSERS[ch]
            for j in range(len(stack) - 1, -1, -1):
                if stack[j][0] == opener:
                    pairs.append((stack[j][1], i))
                    del stack[j:]  # openers above it were never closed: ignore them
                    break
    delta = [0] * (len(text) + 1)
    for a, b in pairs:
        delta[a + 1] += 1  # content strictly inside the pair
        delta[b] -= 1
    depth = [0] * len(text)
    running = 0
    for i in range(len(text)):
        running += delta[i]
        depth[i] = running
    return depth


def _span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end]) if end > start else None


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentences (see the module docstring).

    >>> [s.text for s in split_sentences("本当に?はい!!(注。括弧内)終わり")]
    ['本当に?', 'はい!!', '(注。括弧内)終わり']
    """
    if not isinstance(text, str):
        raise TypeError(f"split_sentences() needs str, not {type(text).__name__}")
    if not text:
        return []
    depth = _protected(text)
    spans: list[Span] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if depth[i] == 0 and (ch in _TERMINATORS or ch in _NEWLINES):
            end = i + 1
            if ch in _TERMINATORS:
                while end < n and (text[end] in _TERMINATORS or text[end] in _CLOSERS):
                    end += 1
            span = _span(text, start, end)
            if span is not None:
                spans.append(span)
            start = i = end
            continue
        i += 1
    span = _span(text, start, n)
    if span is not None:
        spans.append(span)
    return spans
