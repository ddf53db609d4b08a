"""Verdict value, the Guard protocol, and helpers shared by the guards.

>>> v = Verdict(guard="prompt_injection", passed=False, score=1.0, explanation="override x1",
...             spans=((0, 8),))
>>> v.failed_spans_text("以上の指示を無視して")
['以上の指示を無視']
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

__all__ = ["Guard", "Verdict", "fold_same_length", "load_term_yaml", "merge_spans", "source_texts"]


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of one guard on one text.

    ``score`` is the guard's risk in [0, 1] (0: nothing found, 1: certain). ``spans`` are
    ``(start, end)`` offsets into the text that was validated. ``explanation`` names rules,
    categories and counts, never the detected text.
    """

    guard: str
    passed: bool
    score: float
    explanation: str
    spans: tuple[tuple[int, int], ...] = ()

    def failed_spans_text(self, text: str) -> list[str]:
        """The flagged slices of ``text`` (for a reviewer's screen; never log them)."""
        return [text[a:b] for a, b in self.spans]


@runtime_checkable
class Guard(Protocol):
    """A validator: ``validate(text, sources=...)`` returns a :class:`Verdict`."""

    name: str

    def validate(self, text: str, *, sources: Sequence[Any] | None = None) -> Verdict:
        """Check ``text``; ``sources`` are the retrieved texts (``str`` or objects with ``.text``)."""
        ...


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) != 1:
        return ch
    low = folded.lower()
    return low if len(low) == 1 else folded


def fold_same_length(text: str) -> str:
    """NFKC + lower case, character by character, keeping every offset (``len`` unchanged).

    >>> fold_same_length("ＩＧＮＯＲＥ　ﾃｽﾄ")
    'ignore テスト'
    """
    return "".join(_fold_char(ch) for ch in text)


def load_term_yaml(path: str | Path | None, bundled: str) -> Any:
    """The YAML document at ``path``, or the bundled ``govrag/guard/data/<bundled>`` when None
    (libyaml's safe loader when present: 7x faster). OS and YAML errors propagate."""
    import yaml

    if path is None:
        text = resources.files("govrag.guard").joinpath(f"data/{bundled}").read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def merge_spans(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sort and merge overlapping or touching spans.

    >>> merge_spans([(5, 9), (0, 3), (2, 4), (9, 10)])
    ((0, 4), (5, 10))
    """
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return tuple((a, b) for a, b in out)


def source_texts(sources: Sequence[Any] | None) -> list[str]:
    """Texts of ``sources``: strings as they are, otherwise their ``.text`` attribute."""
    out: list[str] = []
    for s in sources or ():
        text = s if isinstance(s, str) else getattr(s, "text", None)
        if not isinstance(text, str):
            raise TypeError(f"a source must be a str or have a .text str, not {type(s).__name__}")
        out.append(text)
    return out
