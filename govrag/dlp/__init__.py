"""Japanese DLP: PII recognizers on presidio-analyzer, 機密性 classification, reversible redaction.

``scan``, ``redact`` and ``classify`` use a default :class:`DLPEngine` built on first use (loading
presidio takes seconds; build your own engine for other options). Importing this package is light.

>>> from govrag import dlp
>>> [(f.entity_type, f.start, f.end) for f in dlp.scan("連絡先はtaro@example.comです")]
[('EMAIL_ADDRESS', 4, 20)]
>>> red = dlp.redact("担当の佐藤花子さん（電話03-1234-5678）")
>>> red.text
'担当の<PERSON_1>さん（電話<PHONE_NUMBER_1>）'
>>> red.restore(red.text)
'担当の佐藤花子さん（電話03-1234-5678）'
>>> dlp.classify("【極秘】予算案").level
3
"""

from __future__ import annotations

from govrag.dlp.engine import DLPEngine, NlpChoice, default_engine
from govrag.dlp.model import ENTITY_TYPES, STRUCTURED_TYPES, Classification, Finding, Reason
from govrag.dlp.policy import check_egress
from govrag.dlp.redact import Operator, Redaction
from govrag.dlp.stream import RedactionStream, redact_stream, scan_stream
from govrag.dlp.vault import Vault, VaultError

__all__ = [
    "ENTITY_TYPES",
    "STRUCTURED_TYPES",
    "Classification",
    "DLPEngine",
    "Finding",
    "NlpChoice",
    "Operator",
    "Reason",
    "Redaction",
    "RedactionStream",
    "Vault",
    "VaultError",
    "check_egress",
    "classify",
    "default_engine",
    "redact",
    "redact_stream",
    "scan",
    "scan_stream",
]


def scan(text: str | bytes) -> list[Finding]:
    """PII findings in ``text`` (types, offsets, scores, recognizer names; never values)."""
    return default_engine().scan(text)


def redact(
    text: str | bytes,
    *,
    operator: Operator | str = Operator.REPLACE,
    vault: Vault | None = None,
    hash_key: bytes | None = None,
) -> Redaction:
    """Replace PII with ``<TYPE_n>`` placeholders (or masks/hashes/pseudonyms); see :class:`Redaction`."""
    return default_engine().redact(text, operator=operator, vault=vault, hash_key=hash_key)


def classify(text: str | bytes) -> Classification:
    """機密性 level (1/2/3) of ``text`` with reasons (types and positions, never values)."""
    return default_engine().classify(text)
