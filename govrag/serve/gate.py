"""Sentence-gated release for routes with ``output: block``: restored text is held until a
sentence ends, the sentence is checked, and it is released only when it passes.

A sentence ends at 。！？!? or a newline outside brackets (「…。」 stays one sentence), or after
:data:`MAX_SENTENCE_CHARS` characters without an end (cut at the last 、 when there is one).
Blank pieces are released unchecked and get no index; sentence indexes count from 0.

>>> s = SentenceSplitter()
>>> s.feed("承知しました。法は「申請。") + s.feed("」と定めます。次") + s.flush()
['承知しました。', '法は「申請。」と定めます。', '次']

>>> gate = SentenceGate(lambda before, s: ("bias", "fail", None) if "婦" in s else None)
>>> gate.feed("回答します。看護")
('回答します。', None)
>>> gate.feed("婦の方へ。残り")
('', Blocked(check='bias', sentence=1, status='fail', explanation=None))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["MAX_SENTENCE_CHARS", "Blocked", "SentenceCheck", "SentenceGate", "SentenceSplitter"]

#: A sentence longer than this is checked and released in pieces of this size (at most).
MAX_SENTENCE_CHARS = 400
_ENDS = frozenset("。！？!?\n")
_OPEN = frozenset("「『（(【〔")
_CLOSE = frozenset("」』）)】〕")


@dataclass(frozen=True, slots=True)
class Blocked:
    """Why an answer was withheld: the check (``bias``, ``groundedness``, ``citation``), the index
    of the failing sentence (None: only the whole answer failed), its status and the check's
    explanation (types, statuses and offsets, never personal values)."""

    check: str
    sentence: int | None
    status: str
    explanation: str | None = None

    @property
    def reason(self) -> str:
        """The reason code of the audit and usage rows (``content_filter:<check>``)."""
        return f"content_filter:{self.check}"

    def as_dict(self) -> dict[str, Any]:
        return {"check": self.check, "sentence": self.sentence, "status": self.status,
                "explanation": self.explanation}


#: ``check(text_before, sentence)``: (check, status, explanation) of the first failure, or None.
SentenceCheck = Callable[[str, str], "tuple[str, str, str | None] | None"]


class SentenceSplitter:
    """Feed text, get finished sentences back; :meth:`flush` returns the rest."""

    def __init__(self, *, max_chars: int = MAX_SENTENCE_CHARS) -> None:
        self._max = max_chars
        self._buf = ""
        self._scanned = 0
        self._depth = 0

    def feed(self, text: str) -> list[str]:
        self._buf += text
        out: list[str] = []
        i = self._scanned
        while i < len(self._buf):
            c = self._buf[i]
            if c in _OPEN:
                self._depth += 1
            elif c in _CLOSE:
                self._depth = max(0, self._depth - 1)
            elif c in _ENDS and (self._depth == 0 or c == "\n"):
                out.append(self._buf[:i + 1])
                self._buf, i, self._depth = self._buf[i + 1:], 0, 0
                continue
            i += 1
            if i >= self._max:
                cut = self._buf.rfind("、", 0, i) + 1 or i
                out.append(self._buf[:cut])
                self._buf, i, self._depth = self._buf[cut:], 0, 0
        self._scanned = i
        return out

    def flush(self) -> list[str]:
        rest, self._buf, self._scanned, self._depth = self._buf, "", 0, 0
        return [rest] if rest else []


class SentenceGate:
    """Check each finished sentence with ``check`` and release text up to the first failure;
    after a failure nothing more is released."""

    def __init__(self, check: SentenceCheck, *, max_chars: int = MAX_SENTENCE_CHARS) -> None:
        self._check = check
        self._splitter = SentenceSplitter(max_chars=max_chars)
        self.released = ""
        self.index = 0
        self.blocked: Blocked | None = None

    def _pass(self, sentences: list[str]) -> tuple[str, Blocked | None]:
        out: list[str] = []
        for s in sentences:
            if self.blocked is not None:
                break
            if s.strip():
                failure = self._check(self.released, s)
                if failure is not None:
                    self.blocked = Blocked(failure[0], self.index, failure[1], failure[2])
                    break
                self.index += 1
            out.append(s)
            self.released += s
        return "".join(out), self.blocked

    def feed(self, text: str) -> tuple[str, Blocked | None]:
        """Add restored text; returns (text to release now, the failure if one happened)."""
        if self.blocked is not None or not text:
            return "", self.blocked
        return self._pass(self._splitter.feed(text))

    def flush(self) -> tuple[str, Blocked | None]:
        """The end of the answer: check and release the unfinished last sentence."""
        if self.blocked is not None:
            return "", self.blocked
        return self._pass(self._splitter.flush())
