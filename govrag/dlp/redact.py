"""Reversible redaction: ``<TYPE_n>`` placeholders (same value, same placeholder), masks, hashes,
pseudonyms, and :meth:`Redaction.restore` for model output.

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
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from govrag.dlp.model import Finding
from govrag.dlp.vault import Vault
from govrag.errors import ConfigError

__all__ = ["Operator", "Redaction", "redact_findings"]


class Operator(StrEnum):
    """How a detected value is replaced."""

    REPLACE = "replace"  #: ``<TYPE_n>``, restorable
    MASK = "mask"  #: ``＊`` per character, not restorable
    HASH = "hash"  #: ``<TYPE_h1a2b3c4d>`` (HMAC-SHA256, per-call or supplied key), restorable
    PSEUDONYMIZE = "pseudonymize"  #: a fake value of the same kind, restorable


_PH = re.compile(r"[<＜〈《]\s*([A-Z][A-Z_]*?_(?:\d+|h[0-9a-f]{8}))\s*[>＞〉》]")
_FAKE_NAMES = ("甲野太郎", "乙山花子", "丙川次郎", "丁村春子", "戊田三郎", "己野夏子", "庚本四郎", "辛島秋子")


def _pseudonym(entity_type: str, n: int) -> str:
    if entity_type == "PERSON":
        base = _FAKE_NAMES[(n - 1) % len(_FAKE_NAMES)]
        return base if n <= len(_FAKE_NAMES) else f"{base}{n}"
    if entity_type == "EMAIL_ADDRESS":
        return f"user{n}@example.invalid"
    if entity_type == "JP_ADDRESS":
        return f"〇〇県〇〇市〇〇町{n}番地"
    if entity_type == "DATE_OF_BIRTH":
        return f"〇〇年〇月{n}日"
    if entity_type == "PHONE_NUMBER":
        return f"000-0000-{n:04d}"
    if entity_type == "JP_POSTAL_CODE":
        return f"000-{n:04d}"
    return f"{entity_type.removeprefix('JP_')}-X{n:04d}"


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
        if not self.mapping:
            return s
        if self.operator is Operator.PSEUDONYMIZE:
            for fake in sorted(self.mapping, key=len, reverse=True):
                s = s.replace(fake, self.mapping[fake])
            return s

        def sub(m: re.Match[str]) -> str:
            key = f"<{m.group(1)}>"
            return self.mapping.get(key, m.group(0))

        return _PH.sub(sub, s)


def redact_findings(
    text: str,
    findings: Sequence[Finding],
    *,
    operator: Operator | str = Operator.REPLACE,
    vault: Vault | None = None,
    hash_key: bytes | None = None,
) -> Redaction:
    """Replace each finding's span in ``text`` according to ``operator``.

    With a ``vault`` placeholders are shared across documents and values are kept there.
    """
    try:
        op = Operator(operator)
    except ValueError:
        raise ConfigError(
            f"unknown operator {operator!r}; valid: {', '.join(o.value for o in Operator)}"
        ) from None
    key = hash_key if hash_key is not None else os.urandom(32)
    local = vault if vault is not None and op is Operator.REPLACE else Vault(ttl_seconds=None)
    mapping: dict[str, str] = {}
    pseudo: dict[tuple[str, str], str] = {}
    counters: dict[str, int] = {}
    out: list[str] = []
    pos = 0
    ordered = sorted(findings, key=lambda f: (f.start, f.end))
    for f in ordered:
        if f.start < pos:  # overlapping findings: the earlier one already covers this span
            continue
        value = text[f.start : f.end]
        # placeholders are keyed by the exact value, so restore() gives back every variant exactly
        norm = value
        out.append(text[pos : f.start])
        if op is Operator.MASK:
            rep = "＊" * len(value)
        elif op is Operator.HASH:
            digest = hmac.new(key, f"{f.entity_type}:{norm}".encode(), hashlib.sha256).hexdigest()[:8]
            rep = f"<{f.entity_type}_h{digest}>"
            mapping[rep] = value
        elif op is Operator.PSEUDONYMIZE:
            k = (f.entity_type, norm)
            if k not in pseudo:
                counters[f.entity_type] = counters.get(f.entity_type, 0) + 1
                pseudo[k] = _pseudonym(f.entity_type, counters[f.entity_type])
            rep = pseudo[k]
            mapping[rep] = mapping.get(rep, value)
        else:
            rep = local.placeholder_for(f.entity_type, value)
            mapping[rep] = local.value_of(rep) or value
        out.append(rep)
        pos = f.end
    out.append(text[pos:])
    return Redaction("".join(out), tuple(ordered), op, MappingProxyType(mapping))
