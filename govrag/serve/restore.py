"""Restore placeholders in a streamed answer, where ``<PHONE_NUMBER_1>`` may arrive split across
chunks: only a tail that could still become a placeholder is held back; everything else goes out
at once, restored.

>>> values = {"<PHONE_NUMBER_1>": "090-1234-5678"}
>>> r = StreamRestorer(lambda s: re.sub(r"<[A-Z_]+_\\d+>", lambda m: values.get(m.group(0), m.group(0)), s))
>>> [r.feed(c) for c in ["電話は<PHO", "NE_NUM", "BER_1>です", "。<"]] + [r.flush()]
['電話は', '', '090-1234-5678です', '。', '<']
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["MAX_PLACEHOLDER_CHARS", "StreamRestorer"]

#: Longest placeholder the restorer waits for (``<JP_HEALTH_INSURANCE_12345>`` is 27 characters).
MAX_PLACEHOLDER_CHARS = 64
_OPEN = "<＜〈《"
# an unfinished placeholder at the very end: an opening bracket, optional spaces, name characters
_PARTIAL = re.compile(r"[<＜〈《]\s*[A-Za-z0-9_]*\s*\Z")


class StreamRestorer:
    """Feed deltas, get restorable text back; call :meth:`flush` at the end."""

    def __init__(self, restore: Callable[[str], str]) -> None:
        self._restore = restore
        self._pending = ""

    def _split(self, text: str) -> int:
        """Index where a possible unfinished placeholder starts (len(text) when there is none)."""
        start = max(text.rfind(c) for c in _OPEN)
        if start < 0 or len(text) - start > MAX_PLACEHOLDER_CHARS:
            return len(text)
        return start if _PARTIAL.match(text, start) else len(text)

    def feed(self, delta: str) -> str:
        """Add ``delta``; returns the restored text that is safe to send now (may be empty)."""
        if not self._pending and not any(c in delta for c in _OPEN):
            return delta  # no bracket, no placeholder: nothing to restore or hold back
        text = self._pending + delta
        cut = self._split(text)
        self._pending = text[cut:]
        return self._restore(text[:cut]) if cut else ""

    def flush(self) -> str:
        """The restored remainder at the end of the stream."""
        text, self._pending = self._pending, ""
        return self._restore(text) if text else ""
