"""Redaction vault: placeholder <-> original value, persisted only encrypted (AES-256-GCM), with expiry.

The key is supplied by the application (``Vault.generate_key()`` makes one); there is no plaintext
save. A loaded vault refuses to hand out values after it expires; a wrong key or a modified file is
a :class:`VaultError`.

>>> key = Vault.generate_key()
>>> v = Vault(ttl_seconds=3600)
>>> p = v.placeholder_for("JP_MY_NUMBER", "123456789018")
>>> p, v.placeholder_for("JP_MY_NUMBER", "123456789018")
('<JP_MY_NUMBER_1>', '<JP_MY_NUMBER_1>')
>>> Vault.from_bytes(v.to_bytes(key), key=key).value_of(p)
'123456789018'
>>> "123456789018" in repr(v)
False
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Container
from pathlib import Path

from govrag.errors import VaultError

__all__ = ["Vault", "VaultError"]

_MAGIC = b"GRV1"
_AAD = b"govrag-dlp-vault-v1"


def _check_key(key: bytes) -> bytes:
    if not isinstance(key, bytes | bytearray) or len(key) not in (16, 24, 32):
        raise VaultError("vault key must be 16, 24 or 32 bytes (AES-GCM); use Vault.generate_key()")
    return bytes(key)


class Vault:
    """Placeholder mapping shared by the documents of one session; values never appear in repr."""

    def __init__(
        self, *, ttl_seconds: float | None = 24 * 3600, clock: Callable[[], float] = time.time
    ) -> None:
        if ttl_seconds is not None and ttl_seconds <= 0:
            raise VaultError(f"ttl_seconds must be positive or None, got {ttl_seconds}")
        self._clock = clock
        self.created_at = clock()
        self.expires_at: float | None = None if ttl_seconds is None else self.created_at + ttl_seconds
        self._by_placeholder: dict[str, tuple[str, str]] = {}
        self._by_value: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}

    # -- state ---------------------------------------------------------------------------------
    @property
    def expired(self) -> bool:
        """True once the expiry time has passed."""
        return self.expires_at is not None and self._clock() >= self.expires_at

    def _alive(self) -> None:
        if self.expired:
            raise VaultError("vault expired; its values are no longer available (stage dlp.vault)")

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def __repr__(self) -> str:
        return f"Vault(entries={len(self)}, expires_at={self.expires_at!r})"

    # -- mapping -------------------------------------------------------------------------------
    def placeholder_for(
        self, entity_type: str, value: str, *, key: str | None = None, avoid: Container[str] = ()
    ) -> str:
        """The placeholder of ``value`` (``<TYPE_n>``), minted on first sight. ``key`` groups
        variants of one value (e.g. full-width vs ASCII digits); a new placeholder skips the
        numbers whose ``<TYPE_n>`` is in ``avoid`` (placeholder-shaped text already in the input)."""
        self._alive()
        k = (entity_type, key if key is not None else value)
        existing = self._by_value.get(k)
        if existing is not None:
            return existing
        n = self._counters.get(entity_type, 0) + 1
        while f"<{entity_type}_{n}>" in avoid:
            n += 1
        self._counters[entity_type] = n
        ph = f"<{entity_type}_{n}>"
        self._by_value[k] = ph
        self._by_placeholder[ph] = (entity_type, value)
        return ph

    def value_of(self, placeholder: str) -> str | None:
        """The original value behind ``placeholder`` (None when unknown)."""
        self._alive()
        item = self._by_placeholder.get(placeholder)
        return item[1] if item else None

    def placeholders(self) -> list[str]:
        """Known placeholders (no values)."""
        return list(self._by_placeholder)

    def purge(self) -> None:
        """Forget every value."""
        self._by_placeholder.clear()
        self._by_value.clear()

    # -- encrypted persistence -----------------------------------------------------------------
    @staticmethod
    def generate_key() -> bytes:
        """A fresh random 256-bit key."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        return AESGCM.generate_key(bit_length=256)

    def to_bytes(self, key: bytes) -> bytes:
        """Encrypt the vault (AES-GCM, random 96-bit nonce, authenticated header)."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._alive()
        payload = json.dumps(
            {
                "created_at": self.created_at,
                "expires_at": self.expires_at,
                "counters": self._counters,
                "entries": [
                    [ph, t, v, k[1]]
                    for (k, ph) in self._by_value.items()
                    for (t, v) in [self._by_placeholder[ph]]
                ],
            },
            ensure_ascii=False,
            sort_keys=True,
        ).encode("utf-8")
        nonce = os.urandom(12)
        return _MAGIC + nonce + AESGCM(_check_key(key)).encrypt(nonce, payload, _AAD)

    @classmethod
    def from_bytes(cls, data: bytes, *, key: bytes, clock: Callable[[], float] = time.time) -> Vault:
        """Decrypt a vault made by :meth:`to_bytes`; raises VaultError if wrong key, modified or expired."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if len(data) < 4 + 12 + 16 or not data.startswith(_MAGIC):
            raise VaultError("not a govrag vault (bad header)")
        try:
            raw = AESGCM(_check_key(key)).decrypt(data[4:16], data[16:], _AAD)
        except InvalidTag:
            raise VaultError("vault could not be decrypted: wrong key or modified file") from None
        obj = json.loads(raw.decode("utf-8"))
        v = cls(ttl_seconds=None, clock=clock)
        v.created_at = float(obj["created_at"])
        v.expires_at = None if obj["expires_at"] is None else float(obj["expires_at"])
        v._counters = {str(k): int(n) for k, n in obj["counters"].items()}
        for ph, t, value, k in obj["entries"]:
            v._by_placeholder[ph] = (t, value)
            v._by_value[(t, k)] = ph
        v._alive()
        return v

    def save(self, path: str | Path, *, key: bytes) -> None:
        """Write the encrypted vault to ``path`` (mode 0600)."""
        data = self.to_bytes(key)
        p = Path(path)
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)

    @classmethod
    def load(cls, path: str | Path, *, key: bytes) -> Vault:
        """Read and decrypt a vault written by :meth:`save`."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise VaultError(f"cannot read vault {path}: {exc.strerror}") from None
        return cls.from_bytes(data, key=key)
