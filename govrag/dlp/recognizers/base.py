"""Base class of govrag's pattern recognizers: declarative patterns, context words, one hook.

A recognizer module declares ``ENTITY``, ``PATTERNS`` (regexes whose named group ``v`` is the
value; the rest of the match is anchoring context), ``CONTEXT`` words (looked for in a character
window around the value, cut at sentence ends, since Japanese has no spaces), ``NEGATIVE_CONTEXT``
words that veto a match when they precede it, and ``validate_result(value)`` returning True
(checksum valid), False (reject) or None (no opinion) as in presidio's ``PatternRecognizer``.

>>> from govrag.dlp.recognizers.passport import JpPassportRecognizer
>>> rec = JpPassportRecognizer()
>>> [(r.entity_type, r.start, r.end) for r in rec.analyze("旅券番号はTK1234567です", [])]
[('JP_PASSPORT', 5, 14)]
>>> rec.analyze("型番TK1234567", [])
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult

__all__ = [
    "JaPattern",
    "JaPatternRecognizer",
    "context_window",
    "digits_only",
    "make_result",
    "other_label_before",
]

_LABEL_BEFORE = re.compile(r"([一-龥ァ-ヴーぁ-ん]{1,8})(?:番号|No\.?|NO\.?|№)\s*[:：は]?\s*[（(]?\s*$")


def other_label_before(text: str, start: int, *, own: Sequence[str]) -> str | None:
    """The ``…番号`` label right before ``start`` when it names some other number, else None.

    >>> other_label_before("受理番号：123", 5, own=("個人",))
    '受理'
    >>> other_label_before("個人番号：123", 5, own=("個人",)) is None
    True
    """
    m = _LABEL_BEFORE.search(text[max(0, start - 16) : start])
    if m is None:
        return None
    label = m.group(1)
    return None if any(label.endswith(o) or o in label for o in own) else label


def make_result(
    recognizer: Any, entity: str, start: int, end: int, score: float, *, how: str, distance: int | None
) -> RecognizerResult:
    """A presidio result with metadata and explanation (rule name only, never the value)."""
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        analysis_explanation=AnalysisExplanation(
            recognizer=recognizer.name, original_score=score, pattern_name=how, textual_explanation=how
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: distance is not None,
            "context_distance": distance,
        },
    )


_SENTENCE_END = re.compile(r"[。\n！？!?]")


def digits_only(value: str) -> str:
    """The ASCII digits of ``value`` (callers pass folded text)."""
    return "".join(ch for ch in value if "0" <= ch <= "9")


def context_window(text: str, start: int, end: int, before: int, after: int) -> tuple[str, str]:
    """Text before and after ``[start, end)``, cut at the nearest sentence end on each side."""
    left = text[max(0, start - before) : start]
    cut = None
    for m in _SENTENCE_END.finditer(left):
        cut = m.end()
    if cut is not None:
        left = left[cut:]
    right = text[end : end + after]
    m2 = _SENTENCE_END.search(right)
    if m2 is not None:
        right = right[: m2.start()]
    return left, right


@dataclass(frozen=True, slots=True)
class JaPattern:
    """One regex. ``needs_context``: drop matches with no context word nearby."""

    name: str
    regex: str
    score: float
    needs_context: bool = False


class JaPatternRecognizer(PatternRecognizer):  # type: ignore[misc]
    """Presidio ``PatternRecognizer`` with Japanese character-window context handling."""

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[tuple[JaPattern, ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()
    #: Characters looked at before / after the value for context words.
    CONTEXT_BEFORE: ClassVar[int] = 20
    CONTEXT_AFTER: ClassVar[int] = 6
    CONTEXT_BOOST: ClassVar[float] = 0.35
    #: Score given when ``validate_result`` returns True (checksums).
    VALIDATED_SCORE: ClassVar[float] = 0.6
    #: Legal or specification source of the format (shown in docs).
    SOURCE: ClassVar[str] = ""

    def __init__(self, *, extra_context: Sequence[str] = ()) -> None:
        self._context_words: tuple[str, ...] = (*self.CONTEXT, *extra_context)
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language="ja",
            patterns=[Pattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=list(self._context_words),
        )
        self._compiled = [(p, re.compile(p.regex)) for p in self.PATTERNS]

    # -- hooks -----------------------------------------------------------------------------------
    def validate_result(self, pattern_text: str) -> bool | None:
        """True: checksum valid; False: reject; None: no opinion (override per recognizer)."""
        return None

    def accept(self, text: str, start: int, end: int) -> bool:
        """Extra positional veto (override: e.g. reject digits glued to longer digit runs)."""
        return True

    # -- matching --------------------------------------------------------------------------------
    def find_context(self, words: Iterable[str], left: str, right: str) -> int | None:
        """Distance (characters) from the value to the nearest context word, or None."""
        best: int | None = None
        for w in words:
            i = left.rfind(w)
            if i >= 0:
                d = len(left) - (i + len(w))
                best = d if best is None else min(best, d)
            j = right.find(w)
            if j >= 0:
                best = j if best is None else min(best, j)
        return best

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Any = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        seen: set[tuple[int, int]] = set()
        for pattern, rx in self._compiled:
            for m in rx.finditer(text):
                if "v" in rx.groupindex and m.group("v") is not None:
                    start, end = m.span("v")
                else:
                    start, end = m.span()
                if start >= end or (start, end) in seen or not self.accept(text, start, end):
                    continue
                value = text[start:end]
                valid = self.validate_result(value)
                if valid is False:
                    continue
                left, right = context_window(text, start, end, self.CONTEXT_BEFORE, self.CONTEXT_AFTER)
                if self.NEGATIVE_CONTEXT and self.find_context(self.NEGATIVE_CONTEXT, left, "") is not None:
                    continue
                distance = self.find_context(self._context_words, left, right)
                # anchoring text in the match itself (e.g. 〒, 生年月日) counts as context at distance 0
                if distance is None and (m.start() < start or m.end() > end):
                    distance = 0
                if pattern.needs_context and distance is None:
                    continue
                score = pattern.score
                if valid:
                    score = max(score, self.VALIDATED_SCORE)
                if distance is not None:
                    score = min(1.0, score + self.CONTEXT_BOOST)
                seen.add((start, end))
                results.append(
                    make_result(self, self.ENTITY, start, end, score, how=pattern.name, distance=distance)
                )
        return results
