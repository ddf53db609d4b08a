"""Screen a chat request before anything leaves: DLP scan + classify every message, apply the
egress policy, redact with one vault (same value, same placeholder across messages), check user
text for prompt injection. Fails closed: a DLP failure is a :class:`DLPUnavailable` refusal.

>>> from govrag.dlp import default_engine
>>> s = screen_messages([{"role": "user", "content": "山田太郎です。電話は090-1234-5678です。"}],
...                     engine=default_engine(), max_level=2, destination="chat")
>>> s.messages[0]["content"], s.level, s.entity_counts
('<PERSON_1>です。電話は<PHONE_NUMBER_1>です。', 2, {'PERSON': 1, 'PHONE_NUMBER': 1})
>>> s.restore("<PERSON_1>様、承知しました。")
'山田太郎様、承知しました。'
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from govrag.dlp.classify import classify_findings
from govrag.dlp.model import Classification, Reason
from govrag.dlp.policy import check_egress
from govrag.dlp.redact import Operator, Redaction, redact_findings
from govrag.dlp.vault import Vault
from govrag.errors import ContentFiltered, DLPUnavailable, GovragError, InputError, StageError
from govrag.guard.base import Verdict

__all__ = ["ScanCache", "Screened", "screen_messages", "screen_texts"]


class ScanCache:
    """Findings of recently scanned texts keyed by the text's SHA-256 (system prompts and chat
    history are resent with every request). Holds digests and findings (types, offsets), never
    text. Thread-safe; least recently used entries go first.

    >>> c = ScanCache(size=2)
    >>> c.get("a") is None
    True
    >>> c.put("a", []); c.get("a")
    []
    """

    def __init__(self, *, size: int = 4096) -> None:
        self._size = size
        self._items: OrderedDict[bytes, list[Any]] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def _key(text: str) -> bytes:
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()

    def get(self, text: str) -> list[Any] | None:
        k = self._key(text)
        with self._lock:
            found = self._items.get(k)
            if found is not None:
                self._items.move_to_end(k)
            return None if found is None else list(found)

    def put(self, text: str, findings: list[Any]) -> None:
        k = self._key(text)
        with self._lock:
            self._items[k] = list(findings)
            self._items.move_to_end(k)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


@dataclass(frozen=True, slots=True)
class Screened:
    """Redacted messages ready to forward, the level and evidence types (never values)."""

    messages: tuple[dict[str, str], ...]
    level: int
    classification: Classification
    entity_counts: dict[str, int]
    injection: Verdict | None
    _restorer: Redaction = field(repr=False)

    def restore(self, text: str) -> str:
        """Put the original values back into model output."""
        return self._restorer.restore(text)

    @property
    def redacted(self) -> int:
        """How many values were replaced."""
        return sum(self.entity_counts.values())


def screen_texts(texts: Sequence[str], *, engine: Any, cache: ScanCache | None = None,
                 ) -> tuple[list[str], Classification, dict[str, int], Redaction]:
    """Redact ``texts`` with one shared vault; returns (redacted texts, combined classification,
    counts per entity type, a restorer). Any engine failure raises DLPUnavailable."""
    vault = Vault(ttl_seconds=None)
    out: list[str] = []
    reasons: list[Reason] = []
    level = 1
    counts: dict[str, int] = {}
    for i, text in enumerate(texts):
        try:
            findings = cache.get(text) if cache is not None else None
            if findings is None:
                findings = engine.scan(text)
                if cache is not None:
                    cache.put(text, findings)
            cls = classify_findings(text, findings)
            red = redact_findings(text, findings, operator=Operator.REPLACE, vault=vault)
        except InputError:
            raise
        except Exception as exc:  # presidio, fugashi or a recognizer failed: refuse
            raise DLPUnavailable(f"DLP failed on message #{i} ({type(exc).__name__}); nothing was sent",
                                 stage="dlp.scan") from None
        level = max(level, cls.level)
        reasons.extend(cls.reasons)
        for f in red.findings:
            counts[f.entity_type] = counts.get(f.entity_type, 0) + 1
        out.append(red.text)
    mapping = {ph: v for ph in vault.placeholders() if (v := vault.value_of(ph)) is not None}
    restorer = Redaction("", (), Operator.REPLACE, mapping)
    combined = Classification(level=1 if level == 1 else (2 if level == 2 else 3), reasons=tuple(reasons))
    return out, combined, counts, restorer


def screen_messages(
    messages: Sequence[Mapping[str, str]],
    *,
    engine: Any,
    max_level: int,
    destination: str,
    injection: Any | None = None,
    cache: ScanCache | None = None,
) -> Screened:
    """Classify, apply policy (SensitiveDataBlocked), check injection on user text
    (ContentFiltered), and redact. Nothing is returned unless every check passed."""
    texts = [m["content"] for m in messages]
    redacted, cls, counts, restorer = screen_texts(texts, engine=engine, cache=cache)
    check_egress(cls, max_level=max_level, destination=destination)
    verdict: Verdict | None = None
    if injection is not None:
        user = "\n".join(m["content"] for m in messages if m["role"] == "user")
        try:
            verdict = injection.validate(user)
        except GovragError:
            raise
        except Exception as exc:
            raise StageError(f"injection guard failed ({type(exc).__name__})",
                             stage="guard.injection") from None
        if not verdict.passed:
            raise ContentFiltered(f"blocked: {verdict.explanation}", stage="guard.injection",
                                  reason=verdict.explanation)
    out = tuple({"role": m["role"], "content": t} for m, t in zip(messages, redacted, strict=True))
    return Screened(out, cls.level, cls, counts, verdict, restorer)
