"""Egress policy: may text of a given 機密性 level leave the process for ``destination``?

機密性3 never leaves; anything above the destination's ``max_level`` is blocked. The error names the
level and the evidence types, never values. Providers and the pipeline call :func:`check_egress`.

>>> from govrag.dlp.model import Classification, Reason
>>> c = Classification(2, (Reason("pii", "PERSON", 0, 4, 2),))
>>> check_egress(c, max_level=2, destination="tsuzumi-2")
>>> try:
...     check_egress(c, max_level=1, destination="openai-compatible")
... except SensitiveDataBlocked as e:
...     print(e.reason)
機密性2 (PERSON) exceeds max_level 1 of openai-compatible
"""

from __future__ import annotations

from govrag.dlp.model import Classification
from govrag.errors import ConfigError, SensitiveDataBlocked

__all__ = ["check_egress"]


def check_egress(classification: Classification, *, max_level: int, destination: str) -> None:
    """Raise :class:`SensitiveDataBlocked` unless ``destination`` may receive the text."""
    if max_level not in (1, 2, 3):
        raise ConfigError(f"max_level must be 1, 2 or 3, got {max_level!r} (destination {destination})")
    level = classification.level
    types = ", ".join(classification.types) or "no evidence"
    if level >= 3:
        reason = f"機密性3 ({types}) may not be sent to any model; blocked for {destination}"
    elif level > max_level:
        reason = f"機密性{level} ({types}) exceeds max_level {max_level} of {destination}"
    else:
        return
    raise SensitiveDataBlocked(f"blocked: {reason}", stage="dlp.policy", reason=reason)
