"""Value types of the DLP package: findings, classification reasons, entity names.

Findings carry positions and scores, never a copy of the detected value.

>>> f = Finding("JP_MY_NUMBER", 5, 17, 1.0, "JpMyNumberRecognizer")
>>> f.entity_type, f.end - f.start
('JP_MY_NUMBER', 12)
>>> "JP_MY_NUMBER" in STRUCTURED_TYPES
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

__all__ = [
    "ENTITY_TYPES",
    "STRUCTURED_TYPES",
    "Classification",
    "EntityType",
    "Finding",
    "Level",
    "Reason",
]

EntityType = Literal[
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "JP_MY_NUMBER",
    "JP_CORPORATE_NUMBER",
    "JP_POSTAL_CODE",
    "JP_ADDRESS",
    "JP_PASSPORT",
    "JP_DRIVER_LICENSE",
    "JP_BANK_ACCOUNT",
    "JP_RESIDENCE_CARD",
    "JP_PENSION_NUMBER",
    "JP_HEALTH_INSURANCE",
    "DATE_OF_BIRTH",
]

#: Every entity type govrag detects (names exactly as in DESIGN.md).
ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)

#: Types found by pattern + checksum/context (everything except names and addresses).
STRUCTURED_TYPES: frozenset[str] = frozenset(ENTITY_TYPES) - {"PERSON", "JP_ADDRESS"}

Level = Literal[1, 2, 3]


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected entity: type, ``[start, end)`` offsets into the scanned text, score, recognizer."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a text got its level: ``kind`` is ``"marking"`` or ``"pii"``; ``type`` names the marking
    class (e.g. ``"機密性3"``) or the entity type; never the value itself."""

    kind: Literal["marking", "pii"]
    type: str
    start: int
    end: int
    level: Level


@dataclass(frozen=True, slots=True)
class Classification:
    """機密性 level (1 public, 2 personal/limited, 3 秘密文書相当) and the evidence for it."""

    level: Level
    reasons: tuple[Reason, ...] = ()

    @property
    def types(self) -> tuple[str, ...]:
        """Distinct evidence types, in first-seen order."""
        seen: dict[str, None] = {}
        for r in self.reasons:
            seen.setdefault(r.type, None)
        return tuple(seen)
