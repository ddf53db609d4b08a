"""The client keys a gateway accepts: the configured ones plus a keys file that is re-read when it
changes (key rotation without a restart). Authentication compares every stored hash.

>>> from govrag.serve.keys import hash_key
>>> store = KeyStore([KeySpec(name="portal", hash=hash_key("s3cret-key", scheme="sha256"))])
>>> store.authenticate("Bearer s3cret-key").name
'portal'
>>> store.authenticate("Bearer wrong")
Traceback (most recent call last):
...
govrag.errors.AccessDenied: Incorrect API key provided
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Sequence
from pathlib import Path

from govrag.errors import AccessDenied, ConfigError
from govrag.serve.config import KeySpec, parse_keys
from govrag.serve.keys import verify_key

__all__ = ["KeyStore"]


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
