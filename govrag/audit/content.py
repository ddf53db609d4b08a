"""Capture levels for the text fields of an audit row (query, prompt, output).

``none`` keeps only tagged sha256 hashes, ``redacted`` keeps the (already redacted) text as given,
``full`` keeps AES-256-GCM ciphertext under the application key (never plaintext).

>>> seal_content({"query": "開示請求の期限は"}, capture="none", key=None, audit_id="a")["query"]["sha256"][:7]
'sha256:'
>>> key = bytes(range(32))
>>> sealed = seal_content({"query": "開示請求の期限は"}, capture="full", key=key, audit_id="a")
>>> "開示" in str(sealed)
False
>>> open_content(sealed, key=key, audit_id="a")["query"]
'開示請求の期限は'
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Mapping
from typing import Any, Literal

from govrag.audit.rows import sha256_tag
from govrag.errors import AuditError, ConfigError

__all__ = ["CaptureLevel", "check_key", "key_id", "open_content", "seal_content"]

CaptureLevel = Literal["none", "redacted", "full"]
CAPTURE_LEVELS: tuple[CaptureLevel, ...] = ("none", "redacted", "full")
_ENC = "aes-256-gcm"


def check_key(key: bytes | None, capture: str) -> None:
    """Validate capture level and key together (ConfigError names the valid choices)."""
    if capture not in CAPTURE_LEVELS:
        raise ConfigError(f"unknown audit capture level {capture!r}; valid: {', '.join(CAPTURE_LEVELS)}")
    if key is not None and (not isinstance(key, bytes) or len(key) != 32):
        raise ConfigError("audit key must be 32 random bytes (AES-256); e.g. os.urandom(32)")
    if capture == "full" and key is None:
        raise ConfigError("capture='full' stores text only encrypted: pass key=<32 bytes> "
                          "or use capture='redacted' / 'none'")


def key_id(key: bytes) -> str:
    """A short public fingerprint of a key (which key encrypted a row), not the key itself."""
    return hashlib.sha256(b"govrag-audit-key-id\x00" + key).hexdigest()[:16]


def _aad(audit_id: str, name: str) -> bytes:
    return f"govrag-audit\x00{audit_id}\x00{name}".encode()


def seal_content(
    content: Mapping[str, str] | None, *, capture: CaptureLevel, key: bytes | None, audit_id: str
) -> dict[str, Any]:
    """Turn text fields into what is stored at this capture level."""
    if not content:
        return {}
    out: dict[str, Any] = {}
    for name, text in content.items():
        if not isinstance(name, str) or not isinstance(text, str):
            raise AuditError(f"audit content field {name!r} must map a str name to str text")
        if capture == "none":
            out[name] = {"sha256": sha256_tag(text)}
        elif capture == "redacted":
            out[name] = text
        else:
            if key is None:  # pragma: no cover - check_key forbids it
                raise ConfigError("capture='full' needs a key")
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            nonce = os.urandom(12)
            ct = AESGCM(key).encrypt(nonce, text.encode("utf-8"), _aad(audit_id, name))
            out[name] = {
                "enc": _ENC,
                "kid": key_id(key),
                "nonce": base64.b64encode(nonce).decode("ascii"),
                "ct": base64.b64encode(ct).decode("ascii"),
            }
    return out


def open_content(stored: Mapping[str, Any], *, key: bytes | None, audit_id: str) -> dict[str, str | None]:
    """Readable text of stored fields: None for hash-only fields; decrypts ``full`` fields.

    A wrong or missing key for an encrypted field is an AuditError (never garbage text).
    """
    out: dict[str, str | None] = {}
    for name, value in stored.items():
        if isinstance(value, str):
            out[name] = value
        elif isinstance(value, Mapping) and "sha256" in value:
            out[name] = None
        elif isinstance(value, Mapping) and value.get("enc") == _ENC:
            if key is None:
                raise AuditError(f"field {name!r} of {audit_id} is encrypted: open the log with its key")
            from cryptography.exceptions import InvalidTag
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            try:
                nonce = base64.b64decode(value["nonce"])
                ct = base64.b64decode(value["ct"])
                out[name] = AESGCM(key).decrypt(nonce, ct, _aad(audit_id, name)).decode("utf-8")
            except (InvalidTag, KeyError, ValueError):
                raise AuditError(f"field {name!r} of {audit_id} cannot be decrypted with this key "
                                 f"(row key id {value.get('kid')})") from None
        else:
            raise AuditError(f"field {name!r} of {audit_id} has an unknown stored form")
    return out
