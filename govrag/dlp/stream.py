"""Scanning and redacting large inputs in bounded memory: ``scan_stream`` and ``redact_stream``.

The input is an iterable of ``str`` pieces (any sizes, e.g. lines or decoded blocks of a file). It
is cut into windows of about ``window`` characters at line or sentence ends; each window is scanned
with ``overlap`` characters of context on both sides. A finding belongs to the window whose core
holds its start; a cut never falls inside a finding (it moves to the finding's end), and what a
later window finds reaching back over a cut is kept from the cut on — so no finding is lost at a
window edge. Findings carry offsets into the whole input. Memory holds one window plus one piece.

>>> from govrag.dlp import default_engine
>>> lines = ["申請者の電話は03-1234-5678です。\\n", "個人番号は123456789018です。\\n"] * 3
>>> [(f.entity_type, f.start) for f in scan_stream(lines, engine=default_engine())][:2]
[('PHONE_NUMBER', 7), ('JP_MY_NUMBER', 28)]
>>> red = redact_stream(["個人番号は", "123456789018です"])
>>> "".join(red)
'個人番号は<JP_MY_NUMBER_1>です'
>>> red.restore("<JP_MY_NUMBER_1>")
'123456789018'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from govrag.dlp.classify import find_markings
from govrag.dlp.model import Finding, Level, Reason
from govrag.dlp.redact import Operator, Redactor, placeholder_spans, restore_text
from govrag.dlp.vault import Vault
from govrag.errors import ConfigError, InputError

if TYPE_CHECKING:
    from govrag.dlp.engine import DLPEngine

__all__ = ["RedactionStream", "Window", "redact_stream", "scan_stream", "windows"]

Window = tuple[int, str, list[Finding]]
"""``(core start, core text, findings)``: one window's own text and findings (global offsets)."""

_LITERAL_REACH = 64  # how far around a cut placeholder-shaped text is looked for


def _pick_cut(buf: str, lo: int, hi: int) -> int:
    """A cut in ``buf[lo:hi]`` just after a line end, else a sentence end, else ``hi``."""
    for sep in ("\n", "。"):
        i = buf.rfind(sep, lo, hi)
        if i >= 0:
            return i + 1
    return hi


def windows(
    chunks: Iterable[str], *, engine: DLPEngine, window: int | None = None, overlap: int | None = None
) -> Iterator[Window]:
    """Scan ``chunks`` window by window; the cores tile the input exactly, in order."""
    ov = overlap if overlap is not None else engine.overlap
    # default: a window plus its context fits one engine chunk (one tokenizer pass per window)
    size = window if window is not None else max(1000, engine.chunk_size - 2 * ov)
    if size < 1000 or not 0 <= ov < size // 2:
        raise ConfigError(f"need window >= 1000 and 0 <= overlap < window/2 (got {size}, {ov})")
    it = iter(chunks)
    buf, base, core, done = "", 0, 0, False  # buf[0] is input character ``base``
    while True:
        while not done and base + len(buf) < core + size + ov:
            piece = next(it, None)
            if piece is None:
                done = True
            elif not isinstance(piece, str):
                raise InputError(f"stream pieces must be str, not {type(piece).__name__} (stage dlp.scan)")
            else:
                buf += piece
        end = base + len(buf)
        if core >= end:
            return
        if done and end <= core + size:
            cut = end
        else:
            cut = base + _pick_cut(buf, core + size // 2 - base, min(core + size, end) - base)
        w_start, w_end = max(base, core - ov), min(end, cut + ov)
        try:
            found = engine.scan(buf[w_start - base : w_end - base])
        except InputError as exc:
            raise InputError(f"{exc} (in the window starting at character {w_start})") from None
        found = [replace(f, start=f.start + w_start, end=f.end + w_start) for f in found]
        cut = _settle_cut(buf, base, cut, w_end, found)
        own: list[Finding] = []
        for f in found:
            if f.end <= core or f.start >= cut:
                continue
            if f.start < core:  # an earlier window owns the head; keep the part past the cut
                f = replace(f, start=core)
            own.append(replace(f, end=min(f.end, cut)))
        yield core, buf[core - base : cut - base], own
        core = cut
        drop = core - ov - base
        if drop > len(buf) // 2:  # compact now and then (amortised linear, bounded buffer)
            buf, base = buf[drop:], base + drop


def _settle_cut(buf: str, base: int, cut: int, w_end: int, found: list[Finding]) -> int:
    """Move ``cut`` past any finding or placeholder-shaped text that spans it."""
    for _ in range(8):
        ends = [f.end for f in found if f.start < cut < f.end]
        lo = max(0, cut - _LITERAL_REACH - base)
        near = placeholder_spans(buf[lo : cut + _LITERAL_REACH - base])
        ends += [base + lo + e for s, e, _ in near if base + lo + s < cut < base + lo + e]
        if not ends:
            break
        cut = min(max(ends), w_end)
    return cut


def scan_stream(
    chunks: Iterable[str],
    *,
    engine: DLPEngine | None = None,
    window: int | None = None,
    overlap: int | None = None,
) -> Iterator[Finding]:
    """Findings of the concatenated ``chunks`` (global offsets, in order), in bounded memory."""
    from govrag.dlp.engine import default_engine

    eng = engine if engine is not None else default_engine()
    for _, _, found in windows(chunks, engine=eng, window=window, overlap=overlap):
        yield from found


class RedactionStream:
    """Iterate to get the redacted text piece by piece; afterwards :meth:`restore`, ``counts``
    (findings per type) and ``mapping`` are available. Pseudonyms need the whole text (use
    :func:`govrag.dlp.redact`)."""

    def __init__(
        self,
        chunks: Iterable[str],
        *,
        engine: DLPEngine | None = None,
        operator: Operator | str = Operator.REPLACE,
        vault: Vault | None = None,
        hash_key: bytes | None = None,
        window: int | None = None,
        overlap: int | None = None,
        keep_findings: bool = False,
    ) -> None:
        from govrag.dlp.engine import default_engine

        self._redactor = Redactor(operator=operator, vault=vault, hash_key=hash_key)
        if self._redactor.operator is Operator.PSEUDONYMIZE:
            raise ConfigError(
                "pseudonymize needs the whole text to pick non-colliding names; use govrag.dlp.redact "
                "or operator 'replace', 'hash' or 'mask' for streams"
            )
        self.operator = self._redactor.operator
        self._chunks = chunks
        self._engine = engine if engine is not None else default_engine()
        self._window, self._overlap = window, overlap
        self._keep = keep_findings
        #: findings per entity type so far
        self.counts: dict[str, int] = {}
        #: every finding (global offsets) when built with ``keep_findings=True``
        self.findings: list[Finding] = []
        #: security markings (【極秘】 ...) of the input, positions only
        self.markings: list[Reason] = []
        self.finished = False

    @property
    def level(self) -> Level:
        """機密性 of what was read so far: markings, else 2 when any personal data was found."""
        return max([2 if self.counts else 1, *(r.level for r in self.markings)])

    @property
    def mapping(self) -> MappingProxyType[str, str]:
        """Placeholder -> original value (private; never logged)."""
        return MappingProxyType(self._redactor.mapping)

    def __repr__(self) -> str:
        return f"RedactionStream(operator={self.operator.value!r}, finished={self.finished})"

    def __iter__(self) -> Iterator[str]:
        if self.finished:
            raise ConfigError("a RedactionStream can be iterated once")
        for core, text, found in windows(
            self._chunks, engine=self._engine, window=self._window, overlap=self._overlap
        ):
            self.markings += [replace(r, start=r.start + core, end=r.end + core) for r in find_markings(text)]
            for f in found:
                self.counts[f.entity_type] = self.counts.get(f.entity_type, 0) + 1
            if self._keep:
                self.findings += found
            local = [replace(f, start=f.start - core, end=f.end - core) for f in found]
            yield self._redactor.redact_piece(text, local)
        self.finished = True

    def restore(self, s: str) -> str:
        """Put original values back into ``s`` (see :meth:`govrag.dlp.Redaction.restore`)."""
        return restore_text(s, self.operator, self._redactor.mapping)


def redact_stream(
    chunks: Iterable[str],
    *,
    engine: DLPEngine | None = None,
    operator: Operator | str = Operator.REPLACE,
    vault: Vault | None = None,
    hash_key: bytes | None = None,
    window: int | None = None,
    overlap: int | None = None,
    keep_findings: bool = False,
) -> RedactionStream:
    """Redact the concatenated ``chunks`` lazily; iterate the result for the redacted pieces."""
    return RedactionStream(
        chunks,
        engine=engine,
        operator=operator,
        vault=vault,
        hash_key=hash_key,
        window=window,
        overlap=overlap,
        keep_findings=keep_findings,
    )
