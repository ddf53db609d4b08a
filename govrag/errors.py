"""One exception tree for the whole library.

::

    GovragError
    ├── ConfigError            wrong wiring, unknown id, bad option (names valid alternatives)
    │   └── ManifestError          a corpus manifest is malformed
    ├── InputError             bad user input (binary, invalid UTF-8, empty, too large)
    │   └── QuestionSetError       an evaluation question file is malformed
    ├── StageError             a pipeline stage failed (carries the stage id)
    ├── PolicyViolation        the run was stopped on purpose
    │   ├── SensitiveDataBlocked   機密性3 / a level above the provider's max_level
    │   ├── CitationUnverified     strict mode: a citation did not verify
    │   └── ContentFiltered        a guard (injection, bias, groundedness) refused the text
    ├── ProviderError          a model call failed
    │   ├── ProviderTimeout
    │   ├── ProviderAuthError
    │   └── ProviderUnavailable    5xx, circuit open, unreachable
    ├── AuditError             the audit log could not be written or read
    ├── VaultError             the redaction vault: wrong key, tampered, expired
    ├── IndexLocked            another process writes (or reads) the index
    ├── IndexIncomplete        an index folder holds an interrupted build
    ├── CollectionMissing      a Qdrant server has no collection of that name
    └── CorpusError            a statute file is malformed, binary, hostile or not a law
        ├── EgovApiError           fetching one law from the e-Gov API failed
        └── EgovPullError          some laws of a pull failed

Every error carries context as keyword attributes and never a detected sensitive value.

>>> from govrag.errors import CorpusError
>>> err = CorpusError("not a law", path="x.xml", line=3)
>>> str(err)
'not a law (x.xml, line 3)'
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "AuditError",
    "CitationUnverified",
    "CollectionMissing",
    "ConfigError",
    "ContentFiltered",
    "CorpusError",
    "EgovApiError",
    "EgovPullError",
    "GovragError",
    "IndexIncomplete",
    "IndexLocked",
    "InputError",
    "ManifestError",
    "PolicyViolation",
    "ProviderAuthError",
    "ProviderError",
    "ProviderTimeout",
    "ProviderUnavailable",
    "QuestionSetError",
    "SensitiveDataBlocked",
    "StageError",
    "VaultError",
]


class GovragError(Exception):
    """Root of every error raised by govrag."""


class ConfigError(GovragError, ValueError):
    """Invalid configuration: unknown id, impossible wiring, bad option."""


class InputError(GovragError, ValueError):
    """Input that cannot be processed: binary, invalid UTF-8, empty or over a size limit."""


class StageError(GovragError):
    """A pipeline stage failed; ``stage`` names it."""

    def __init__(self, message: str, *, stage: str | None = None) -> None:
        self.stage = stage
        super().__init__(f"[{stage}] {message}" if stage else message)


class PolicyViolation(GovragError):
    """A policy stopped the run on purpose (never a crash)."""

    def __init__(self, message: str, *, stage: str | None = None, reason: str | None = None) -> None:
        self.stage = stage
        self.reason = reason or message
        super().__init__(message)


class SensitiveDataBlocked(PolicyViolation):
    """The text is classified above what the destination may receive."""


class CitationUnverified(PolicyViolation):
    """A citation in the answer failed verification (strict mode)."""


class ContentFiltered(PolicyViolation):
    """A guard refused the text (prompt injection, discrimination, ungrounded)."""


class ProviderError(GovragError):
    """A model provider call failed. Never contains the API key."""

    def __init__(
        self,
        message: str,
        *,
        provider: str | None = None,
        status: int | None = None,
        request_id: str | None = None,
    ) -> None:
        self.provider = provider
        self.status = status
        self.request_id = request_id
        parts = [p for p in (provider and f"provider={provider}", status and f"status={status}",
                             request_id and f"request_id={request_id}") if p]
        super().__init__(f"{message} ({', '.join(parts)})" if parts else message)


class ProviderTimeout(ProviderError):
    """The provider did not answer in time."""


class ProviderAuthError(ProviderError):
    """The provider rejected the credentials (401/403)."""


class ProviderUnavailable(ProviderError):
    """The provider is down, overloaded or the circuit breaker is open."""


class AuditError(GovragError):
    """The audit log could not be written, read or verified."""


class CorpusError(GovragError):
    """A statute file could not be loaded; names the file and, where known, the line."""

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        where = ", ".join(p for p in (self.path, (line is not None and f"line {line}") or None) if p)
        super().__init__(f"{message} ({where})" if where else message)


class IndexLocked(GovragError):
    """Another process is writing (or reading, for a writer) the index folder."""


class CollectionMissing(GovragError):
    """A Qdrant server answered that the index's collection does not exist (the one condition
    under which a server-backed build may create it from scratch)."""


class IndexIncomplete(GovragError):
    """The index folder holds an interrupted build; run the build again to finish it."""


class VaultError(GovragError):
    """The vault cannot be used: wrong key, tampered file, expired, or bad key size."""


class EgovApiError(CorpusError):
    """Fetching one law from the e-Gov API failed. ``law_id`` is the requested id, ``status``
    the last HTTP status (None for network errors), ``url`` the request URL."""

    def __init__(
        self, message: str, *, law_id: str, status: int | None = None, url: str | None = None
    ) -> None:
        self.law_id = law_id
        self.status = status
        self.url = url
        detail = f"law {law_id}" + (f", HTTP {status}" if status is not None else "")
        super().__init__(f"{message} [{detail}]", path=url)


class EgovPullError(CorpusError):
    """Some laws of a :func:`pull` failed; ``failures`` maps law id -> error, ``written`` lists
    the files that were written for the others."""

    def __init__(self, failures: dict[str, EgovApiError], written: list[Path]) -> None:
        self.failures = failures
        self.written = written
        lines = "; ".join(str(e) for e in failures.values())
        super().__init__(f"{len(failures)} of {len(failures) + len(written)} laws failed: {lines}")


class QuestionSetError(InputError):
    """A question file or record is malformed; names the file and line."""

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.line = line
        where = ", ".join(p for p in (self.path, f"line {line}" if line is not None else None) if p)
        super().__init__(f"{message} ({where})" if where else message)


class ManifestError(ConfigError):
    """A manifest file is malformed; names the file."""

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        self.path = str(path) if path is not None else None
        super().__init__(f"{message} ({self.path})" if self.path else message)
