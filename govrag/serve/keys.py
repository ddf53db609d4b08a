"""Client key hashes: ``sha256:<hex>`` or ``scrypt:<n>:<r>:<p>:<salt>:<hash>``, compared in constant
time. :class:`govrag.serve.keystore.KeyStore` holds the configured keys.

>>> h = hash_key("s3cret-key", scheme="sha256")
>>> verify_key("s3cret-key", h), verify_key("wrong", h)
(True, False)
>>> verify_key("s3cret-key", hash_key("s3cret-key"))  # scrypt by default
True
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from typing import Literal

from govrag.errors import ConfigError

__all__ = ["check_hash_format", "hash_key", "new_key", "verify_key"]

_SCRYPT = (2**14, 8, 1)


def new_key() -> str:
    """A fresh random client key (``gr-`` + 43 URL-safe characters)."""
    return "gr-" + secrets.token_urlsafe(32)


def hash_key(key: str, *, scheme: Literal["scrypt", "sha256"] = "scrypt") -> str:
    """The stored form of ``key``. scrypt (salted, slow) is the default for keys files; sha256
    suits long random keys (it is what the one-upstream flags use)."""
    if not key:
        raise ConfigError("an empty key cannot be hashed")
    if scheme == "sha256":
        return "sha256:" + hashlib.sha256(key.encode()).hexdigest()
    if scheme != "scrypt":
        raise ConfigError(f"unknown key hash scheme {scheme!r}; valid: scrypt, sha256")
    n, r, p = _SCRYPT
    salt = os.urandom(16)
    digest = hashlib.scrypt(key.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt:{n}:{r}:{p}:{salt.hex()}:{digest.hex()}"


def check_hash_format(stored: str, *, where: str) -> None:
    """ConfigError unless ``stored`` is a hash this module can verify."""
    parts = stored.split(":")
    ok = (parts[0] == "sha256" and len(parts) == 2 and len(parts[1]) == 64) or (
        parts[0] == "scrypt" and len(parts) == 6 and all(x.isdigit() for x in parts[1:4]))
    if not ok:
        raise ConfigError(f"{where}: not a key hash (want 'sha256:<64 hex>' or 'scrypt:n:r:p:salt:hash'; "
                          "make one with `govrag serve --hash-key`)")


def verify_key(key: str, stored: str) -> bool:
    """Whether ``key`` matches ``stored`` (constant-time comparison of the digests)."""
    parts = stored.split(":")
    if parts[0] == "sha256" and len(parts) == 2:
        return hmac.compare_digest(hashlib.sha256(key.encode()).hexdigest(), parts[1])
    if parts[0] == "scrypt" and len(parts) == 6:
        n, r, p = (int(x) for x in parts[1:4])
        digest = hashlib.scrypt(key.encode(), salt=bytes.fromhex(parts[4]), n=n, r=r, p=p, dklen=32)
        return hmac.compare_digest(digest.hex(), parts[5])
    return False
