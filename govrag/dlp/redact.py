"""Reversible redaction: ``<TYPE_n>`` placeholders (same value, same placeholder), masks, hashes,
pseudonyms, and :meth:`Redaction.restore` for model output.

Restore is exact for every input. Overlapping findings are replaced as one span (their union), so
no part of a value stays in clear text. Text that already looks like a placeholder is never taken
for one: new placeholders skip its numbers, and where a shared vault or a hash key reuses one it is
itself replaced by ``<LITERAL_n>``; pseudonyms are chosen so that none occurs in the input.

>>> from govrag.dlp.model import Finding
>>> text = "番号123456789018、再掲123456789018"
>>> fs = [Finding("JP_MY_NUMBER", 2, 14, 1.0, "r"), Finding("JP_MY_NUMBER", 17, 29, 1.0, "r")]
>>> red = redact_findings(text, fs)
>>> red.text
'番号<JP_MY_NUMBER_1>、再掲<JP_MY_NUMBER_1>'
>>> red.restore("回答：＜ JP_MY_NUMBER_1 ＞です") == "回答：123456789018です"
True
>>> "123456789018" in repr(red)
False
>>> red = redact_findings("山田<PERSON_1>", [Finding("PERSON", 0, 2, 0.8, "r")])
>>> red.text, red.restore(red.text)
('<PERSON_2><PERSON_1>', '山田<PERSON_1>')
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from govrag._lazy import lazy_compile
from govrag.dlp.model import Finding
from govrag.dlp.vault import Vault
from govrag.errors import ConfigError, InputError

__all__ = [
    "LITERAL",
    "Operator",
    "Redaction",
    "Redactor",
    "merge_spans",
    "placeholder_spans",
    "redact_findings",
    "restore_text",
]


class Operator(StrEnum):
    """How a detected value is replaced."""

    REPLACE = "replace"  #: ``<TYPE_n>``, restorable
    MASK = "mask"  #: ``＊`` per character, not restorable
    HASH = "hash"  #: ``<TYPE_h1a2b3c4d>`` (HMAC-SHA256, per-call or supplied key), restorable
    PSEUDONYMIZE = "pseudonymize"  #: a fake value of the same kind, restorable


#: A placeholder as a model may write it back (spaces, full-width or other brackets tolerated).
PLACEHOLDER_RE = lazy_compile(r"[<＜〈《]\s*([A-Z][A-Z_]*?_(?:\d+|h[0-9a-f]{8}))\s*[>＞〉》]")
_PH = PLACEHOLDER_RE
#: Type name of the placeholder that stands for placeholder-shaped text of the input.
LITERAL = "LITERAL"
_FAKE_NAMES = ("甲野太郎", "乙山花子", "丙川次郎", "丁村春子", "戊田三郎", "己野夏子", "庚本四郎", "辛島秋子")
_PSEUDONYM_TRIES = 16


def placeholder_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, key)`` of placeholder-shaped substrings, ``key`` in the form ``<TYPE_n>``.

    >>> placeholder_spans("a＜ PERSON_1 ＞b")
    [(1, 13, '<PERSON_1>')]
    """
    return [(m.start(), m.end(), f"<{m.group(1)}>") for m in _PH.finditer(text)]


def _pseudonym(entity_type: str, i: int) -> str:
    """The ``i``-th candidate fake value (1-based) of ``entity_type``."""
    if entity_type == "PERSON":
        base = _FAKE_NAMES[(i - 1) % len(_FAKE_NAMES)]
        return base if i <= len(_FAKE_NAMES) else f"{base}{(i - 1) // len(_FAKE_NAMES) + 1}"
    if entity_type == "EMAIL_ADDRESS":
        return f"user{i}@example.invalid"
    if entity_type == "JP_ADDRESS":
        return f"〇〇県〇〇市〇〇町{i}番地"
    if entity_type == "DATE_OF_BIRTH":
        return f"〇〇年〇月{i}日"
    if entity_type == "PHONE_NUMBER":
        return f"000-0000-{i:04d}"
    if entity_type == "JP_POSTAL_CODE":
        return f"000-{i:04d}"
    return f"{entity_type.removeprefix('JP_')}-X{i:04d}"


def restore_text(s: str, operator: Operator, mapping: Mapping[str, str]) -> str:
    """Put the values of ``mapping`` back into ``s`` (one left-to-right pass, nothing re-read)."""
    if not mapping:
        return s
    if operator is Operator.PSEUDONYMIZE:
        rx = re.compile("|".join(re.escape(f) for f in sorted(mapping, key=len, reverse=True)))
        return rx.sub(lambda m: mapping[m.group(0)], s)

    def sub(m: re.Match[str]) -> str:
        return mapping.get(f"<{m.group(1)}>", m.group(0))

    return _PH.sub(sub, s)


@dataclass(frozen=True, slots=True)
class Redaction:
    """Redacted ``text``, the ``findings`` (offsets into the original) and a private mapping."""

    text: str
    findings: tuple[Finding, ...]
    operator: Operator
    mapping: Mapping[str, str] = field(repr=False, compare=False, default_factory=dict)

    def restore(self, s: str) -> str:
        """Put original values back into ``s`` (tolerates spaces / full-width brackets around
        placeholders). Unknown placeholders are left as they are. Mask output cannot be restored."""
        return restore_text(s, self.operator, self.mapping)


def merge_spans(
    findings: Iterable[Finding], literals: Sequence[tuple[int, int, str]] = ()
) -> list[tuple[int, int, str]]:
    """``(start, end, entity_type)`` spans to replace: overlapping findings become their union
    (typed by the highest-scoring one), grown over placeholder-shaped text they overlap.

    >>> merge_spans([Finding("PHONE_NUMBER", 3, 15, 0.9, "r"), Finding("JP_MY_NUMBER", 5, 19, 0.6, "r")])
    [(3, 19, 'PHONE_NUMBER')]
    """
    items: list[tuple[int, int, float, str]] = [
        (f.start, f.end, f.score, f.entity_type) for f in findings if f.end > f.start
    ]
    items += [(s, e, -1.0, "") for s, e, _ in literals]  # literals never name the type
    items.sort(key=lambda x: (x[0], -x[1]))
    groups: list[tuple[int, int, float, str]] = []
    for s, e, score, etype in items:
        if groups and s < groups[-1][1]:
            gs, ge, gscore, gtype = groups[-1]
            best = (score, etype) if score > gscore else (gscore, gtype)
            groups[-1] = (gs, max(ge, e), *best)
        else:
            groups.append((s, e, score, etype))
    return [(s, e, t) for s, e, _, t in groups if t]


class Redactor:
    """Redaction state shared by the pieces of one text: placeholders minted so far, the private
    mapping, and the placeholder-shaped keys of the input seen so far (never minted again).

    Feed pieces in order with :meth:`redact_piece`; :func:`redact_findings` does it for one whole
    text and ``govrag.dlp.stream.redact_stream`` for a stream.
    """

    def __init__(
        self,
        *,
        operator: Operator | str = Operator.REPLACE,
        vault: Vault | None = None,
        hash_key: bytes | None = None,
        forbidden: str = "",
        pseudonym_offset: int = 0,
    ) -> None:
        try:
            self.operator = Operator(operator)
        except ValueError:
            raise ConfigError(
                f"unknown operator {operator!r}; valid: {', '.join(o.value for o in Operator)}"
            ) from None
        self._key = hash_key if hash_key is not None else os.urandom(32)
        shared = vault is not None and self.operator is Operator.REPLACE
        self._vault = vault if shared and vault is not None else Vault(ttl_seconds=None)
        self.mapping: dict[str, str] = {}
        self._avoid: set[str] = set()
        self._pseudo: dict[tuple[str, str], str] = {}
        self._next: dict[str, int] = {}
        self._forbidden = forbidden
        self._offset = pseudonym_offset
        self._literals: dict[str, str] = {}

    def avoid(self, keys: Iterable[str]) -> None:
        """Never mint these ``<TYPE_n>`` keys (they occur in the input as text)."""
        self._avoid.update(keys)

    def _fresh_pseudonym(self, entity_type: str) -> str:
        i = self._next.get(entity_type, self._offset * len(_FAKE_NAMES))
        while True:
            i += 1
            fake = _pseudonym(entity_type, i)
            if fake not in self._forbidden and fake not in self.mapping:
                self._next[entity_type] = i
                return fake

    def replacement(self, entity_type: str, value: str) -> str:
        """The text that replaces ``value`` (minted on first sight; same value, same text)."""
        op = self.operator
        if op is Operator.MASK:
            return "＊" * len(value)
        if op is Operator.HASH:
            mac = hmac.new(self._key, f"{entity_type}:{value}".encode(), hashlib.sha256)
            rep = f"<{entity_type}_h{mac.hexdigest()[:8]}>"
            if self.mapping.get(rep, value) != value:  # 32-bit collision of two values: fail closed
                raise InputError("hash placeholders collide for two values; use operator 'replace'")
        elif op is Operator.PSEUDONYMIZE:
            k = (entity_type, value)
            if k not in self._pseudo:
                self._pseudo[k] = self._fresh_pseudonym(entity_type)
            rep = self._pseudo[k]
        else:
            rep = self._vault.placeholder_for(entity_type, value, avoid=self._avoid)
        self.mapping[rep] = value
        return rep

    def _escape(self, literal: str) -> str:
        esc = self._literals.get(literal)
        if esc is None:
            n = len(self._literals) + 1
            while f"<{LITERAL}_{n}>" in self._avoid or f"<{LITERAL}_{n}>" in self.mapping:
                n += 1
            esc = f"<{LITERAL}_{n}>"
            self._literals[literal] = esc
            self.mapping[esc] = literal
        return esc

    def redact_piece(self, text: str, findings: Iterable[Finding]) -> str:
        """Redact one piece (``findings`` with offsets into ``text``); pieces are fed in order."""
        literals = placeholder_spans(text) if self.operator is not Operator.MASK else []
        self.avoid(k for _, _, k in literals)
        spans = merge_spans(findings, literals)
        reps = [self.replacement(t, text[s:e]) for s, e, t in spans]
        out: list[str] = []
        pos = 0
        li = 0
        for (s, e, _), rep in zip(spans, reps, strict=True):
            li = self._gap(text, pos, s, literals, li, out)
            out.append(rep)
            pos = e
        self._gap(text, pos, len(text), literals, li, out)
        return "".join(out)

    def _gap(
        self, text: str, pos: int, end: int, literals: list[tuple[int, int, str]], li: int, out: list[str]
    ) -> int:
        """Copy ``text[pos:end]``, escaping placeholder-shaped text that restore would change."""
        while li < len(literals) and literals[li][0] < end:
            s, e, key = literals[li]
            li += 1
            if s < pos:  # inside a replaced span
                continue
            if key in self.mapping:
                out.append(text[pos:s])
                out.append(self._escape(text[s:e]))
                pos = e
        out.append(text[pos:end])
        return li


def redact_findings(
    text: str,
    findings: Sequence[Finding],
    *,
    operator: Operator | str = Operator.REPLACE,
    vault: Vault | None = None,
    hash_key: bytes | None = None,
) -> Redaction:
    """Replace each finding's span in ``text`` according to ``operator`` (overlaps as one span).

    With a ``vault`` placeholders are shared across documents and values are kept there.
    """
    ordered = tuple(sorted(findings, key=lambda f: (f.start, f.end)))
    for attempt in range(_PSEUDONYM_TRIES):
        red = Redactor(
            operator=operator, vault=vault, hash_key=hash_key, forbidden=text, pseudonym_offset=attempt
        )
        red.avoid(k for _, _, k in placeholder_spans(text))
        out = red.redact_piece(text, ordered)
        # pseudonyms can still meet the text around them (甲野太郎 + 9 -> 甲野太郎9): check, retry
        if red.operator is not Operator.PSEUDONYMIZE or restore_text(out, red.operator, red.mapping) == text:
            return Redaction(out, ordered, red.operator, MappingProxyType(red.mapping))
    raise InputError("could not choose pseudonyms that differ from the text; use operator 'replace'")
