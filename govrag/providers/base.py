"""Provider protocol, result values, message checks, token estimates and the 機密性 gate.

>>> u = Usage(input_tokens=1200, output_tokens=300, estimated=False)
>>> c = Completion(text="回答", model="m", model_version="m", usage=u, cost_jpy=0.147, latency_s=0.1)
>>> total_cost_jpy([c, c])
0.294
>>> total_cost_jpy([c, Completion(text="", model="m", model_version="m", usage=u, cost_jpy=None,
...                               latency_s=0.0)]) is None
True
>>> check_level(2, max_level=1, provider="x")
Traceback (most recent call last):
...
govrag.errors.SensitiveDataBlocked: 機密性2 exceeds provider 'x' max_level 1; nothing was sent
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from govrag.errors import GovragError, InputError, SensitiveDataBlocked

if TYPE_CHECKING:
    from govrag.providers.profiles import Level, ProviderProfile

__all__ = [
    "Completion",
    "CompletionStream",
    "Message",
    "Provider",
    "Usage",
    "check_level",
    "estimate_tokens",
    "gate",
    "total_cost_jpy",
    "validate_messages",
]

Message = Mapping[str, str]
_ROLES = frozenset({"system", "user", "assistant"})


@dataclass(frozen=True, slots=True)
class Usage:
    """Token counts of one call; ``estimated`` is True when they were not reported by the API."""

    input_tokens: int
    output_tokens: int
    estimated: bool


@dataclass(frozen=True, slots=True)
class Completion:
    """One model answer. ``cost_jpy`` is None when the price is unknown (never 0 for unknown)."""

    text: str
    model: str
    model_version: str
    usage: Usage
    cost_jpy: float | None
    latency_s: float
    provider_id: str = ""
    request_id: str | None = None
    response_id: str | None = None
    finish_reason: str | None = None


def total_cost_jpy(completions: Sequence[Completion]) -> float | None:
    """Sum of the costs of a run's calls; None if any call's price is unknown."""
    total = Decimal(0)
    for c in completions:
        if c.cost_jpy is None:
            return None
        total += Decimal(str(c.cost_jpy))
    return float(total)


class CompletionStream:
    """Iterate text deltas; after exhaustion ``completion`` holds the full :class:`Completion`.

    >>> s = CompletionStream(iter(["条文", "です"]), lambda text: text)
    >>> "".join(s), s.completion
    ('条文です', '条文です')
    """

    def __init__(self, deltas: Iterator[str], finish: Callable[[str], Any]) -> None:
        self._deltas = deltas
        self._finish = finish
        self._parts: list[str] = []
        self._completion: Any = None
        self._done = False

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        if self._done:
            raise StopIteration
        try:
            delta = next(self._deltas)
        except StopIteration:
            self._done = True
            self._completion = self._finish("".join(self._parts))
            raise
        self._parts.append(delta)
        return delta

    @property
    def completion(self) -> Any:
        """The final Completion; a GovragError if the stream was not consumed to the end."""
        if not self._done:
            raise GovragError("stream not consumed yet: iterate it to the end first")
        return self._completion

    def close(self) -> None:
        close = getattr(self._deltas, "close", None)
        if close is not None:
            close()


@runtime_checkable
class Provider(Protocol):
    """What the pipeline needs from a model provider."""

    @property
    def id(self) -> str: ...

    @property
    def profile(self) -> ProviderProfile: ...

    @property
    def max_level(self) -> Level: ...

    @property
    def sends_data(self) -> bool: ...

    def complete(self, messages: Sequence[Message], *, level: Level | None = None,
                 **options: Any) -> Completion: ...

    def stream(self, messages: Sequence[Message], *, level: Level | None = None,
               **options: Any) -> CompletionStream: ...


class ProfiledProvider:
    """Identity shared by the built-in providers: ``id``, ``profile`` and ``max_level``."""

    _profile: ProviderProfile
    _max_level: Level

    @property
    def id(self) -> str:
        return self._profile.id

    @property
    def profile(self) -> ProviderProfile:
        return self._profile

    @property
    def max_level(self) -> Level:
        return self._max_level


def validate_messages(messages: object, *, provider: str) -> list[dict[str, str]]:
    """Check ``[{"role", "content"}, ...]``; returns plain dict copies or raises InputError."""
    if isinstance(messages, (str, bytes)) or not isinstance(messages, Sequence):
        raise InputError(f"provider {provider}: messages must be a list of {{'role','content'}} dicts")
    if not messages:
        raise InputError(f"provider {provider}: messages is empty")
    out: list[dict[str, str]] = []
    for i, m in enumerate(messages):
        if not isinstance(m, Mapping):
            raise InputError(f"provider {provider}: message #{i} is {type(m).__name__}, not a dict")
        role, content = m.get("role"), m.get("content")
        if role not in _ROLES:
            raise InputError(f"provider {provider}: message #{i} role {role!r}; valid: "
                             f"{', '.join(sorted(_ROLES))}")
        if not isinstance(content, str):
            raise InputError(f"provider {provider}: message #{i} content must be a string")
        extra = set(m) - {"role", "content", "name"}
        if extra:
            raise InputError(f"provider {provider}: message #{i} has unsupported keys {sorted(extra)}")
        out.append({"role": str(role), "content": content})
    return out


_tokenizer_lock = threading.Lock()
_tokenizer: list[Callable[[str], int]] = []


def _token_counter() -> Callable[[str], int]:
    with _tokenizer_lock:
        if not _tokenizer:
            from govrag.text import tokenize

            def counter(text: str) -> int:
                return len(tokenize(text))

            _tokenizer.append(counter)
        return _tokenizer[0]


def estimate_tokens(text: str) -> int:
    """Estimated token count: fugashi tokens via ``govrag.text.tokenize``. Always flagged
    ``estimated=True`` in Usage.

    >>> estimate_tokens("") == 0
    True
    """
    if not text:
        return 0
    return _token_counter()(text)


def check_level(level: int, *, max_level: int, provider: str) -> None:
    """Raise SensitiveDataBlocked for 機密性3 or any level above the provider's ``max_level``."""
    if level >= 3:
        raise SensitiveDataBlocked(
            f"機密性3 may never be sent to a provider ({provider!r}); nothing was sent",
            stage="provider", reason="level_3")
    if level > max_level:
        raise SensitiveDataBlocked(
            f"機密性{level} exceeds provider {provider!r} max_level {max_level}; nothing was sent",
            stage="provider", reason="above_max_level")


def gate(messages: Sequence[Message], *, level: int | None, max_level: int, provider: str) -> int:
    """The 機密性 gate, run before any byte leaves the process; returns the level used.

    With ``level=None`` every message's content is classified with ``govrag.dlp.classify`` and
    checked with ``govrag.dlp.policy.check_egress``. It fails closed: when DLP fails,
    SensitiveDataBlocked is raised and nothing is sent.
    """
    if level is None:
        level = _classify(messages, max_level=max_level, provider=provider)
    elif isinstance(level, bool) or level not in (1, 2, 3):
        raise SensitiveDataBlocked(f"provider {provider!r}: level must be 1, 2 or 3, got {level!r}",
                                   stage="provider", reason="bad_level")
    check_level(level, max_level=max_level, provider=provider)
    return level


def _classify(messages: Sequence[Message], *, max_level: int, provider: str) -> int:
    from govrag.dlp import classify
    from govrag.dlp.policy import check_egress

    text = "\n".join(m["content"] for m in messages)
    try:
        result = classify(text)
        level = int(result.level)
    except GovragError:
        raise
    except Exception as exc:
        raise SensitiveDataBlocked(
            f"provider {provider!r}: classification failed ({type(exc).__name__}); refusing to send",
            stage="provider", reason="dlp_failed") from None
    if level not in (1, 2, 3):
        raise SensitiveDataBlocked(f"provider {provider!r}: classifier returned level {level!r}",
                                   stage="provider", reason="dlp_failed")
    check_level(level, max_level=max_level, provider=provider)
    check_egress(result, max_level=max_level, destination=provider)
    return level
