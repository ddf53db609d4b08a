"""Client keys: stored hashed (``sha256:<hex>`` or ``scrypt:<n>:<r>:<p>:<salt>:<hash>``), compared
in constant time, reloaded from the keys file when it changes (key rotation without a restart).

>>> h = hash_key("s3cret-key", scheme="sha256")
>>> store = KeyStore([KeySpec(name="portal", hash=h)])
>>> store.authenticate("Bearer s3cret-key").name
'portal'
>>> store.authenticate("Bearer wrong")
Traceback (most recent call last):
...
govrag.errors.AccessDenied: Incorrect API key provided
>>> verify_key("s3cret-key", hash_key("s3cret-key"))  # scrypt by default
True
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from govrag.errors import AccessDenied, ConfigError
from govrag.serve.config import KeySpec, parse_keys

__all__ = ["KeyStore", "check_hash_format", "hash_key", "new_key", "verify_key"]

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
                          "make one with `govrag serve hash-key`)")


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


def _bearer(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


class KeyStore:
    """The configured keys plus the keys file (re-read when its modification time changes).

    A verified key is remembered by its sha256 (so scrypt runs once per key and process).
    """

    def __init__(self, keys: Sequence[KeySpec] = (), *,
                 keys_file: str | os.PathLike[str] | None = None) -> None:
        self._static = tuple(keys)
        self._file = Path(keys_file) if keys_file is not None else None
        self._file_keys: tuple[KeySpec, ...] = ()
        self._mtime: float | None = None
        self._cache: dict[str, KeySpec] = {}
        self._lock = threading.Lock()
        self._reload()
        if not self.keys:
            raise ConfigError("no client keys configured; the gateway never serves without keys")

    @property
    def keys(self) -> tuple[KeySpec, ...]:
        return self._static + self._file_keys

    def _reload(self) -> None:
        if self._file is None:
            return
        try:
            mtime = self._file.stat().st_mtime_ns
        except OSError as exc:
            raise ConfigError(f"cannot read keys file {self._file}: {exc}") from None
        if mtime == self._mtime:
            return
        import yaml

        try:
            doc = yaml.safe_load(self._file.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(f"keys file {self._file} is unreadable: {exc}") from None
        items = doc.get("keys") if isinstance(doc, dict) else doc
        self._file_keys = parse_keys(items or [], origin=str(self._file))
        self._mtime = mtime
        self._cache.clear()

    def authenticate(self, authorization: str | None) -> KeySpec:
        """The key named by an ``Authorization: Bearer ...`` header; AccessDenied (401) otherwise.

        A keys file that has become unreadable fails closed (every request is refused).
        """
        key = _bearer(authorization)
        if key is None:
            raise AccessDenied("You didn't provide an API key. Send it as 'Authorization: Bearer KEY'.",
                               status=401, code="invalid_api_key")
        with self._lock:
            try:
                self._reload()
            except ConfigError:
                raise AccessDenied("the keys file cannot be read; refusing every request",
                                   status=401, code="keys_unavailable") from None
            digest = hashlib.sha256(key.encode()).hexdigest()
            cached = self._cache.get(digest)
            keys = self.keys
        if cached is not None and cached in keys:
            return cached
        found: KeySpec | None = None
        for spec in keys:  # no early exit: every stored hash is compared
            if verify_key(key, spec.hash) and found is None:
                found = spec
        if found is None:
            raise AccessDenied("Incorrect API key provided", status=401, code="invalid_api_key")
        with self._lock:
            self._cache[digest] = found
        return found
