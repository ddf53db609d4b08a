"""One exception tree for the whole library.

::

    GovragError
    ├── ConfigError            wrong wiring, unknown id, bad option (names valid alternatives)
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
    ├── CorpusError            a statute file is malformed, binary, hostile or not a law
    │   └── DocumentError          an office document (PDF/DOCX/XLSX/HTML/MD/TXT) cannot be loaded
    │       ├── UnsupportedDocument    unknown format or binary junk
    │       ├── EncryptedDocument      password-protected PDF/Office file
    │       ├── NoTextLayer            image-only PDF pages (needs OCR first)
    │       └── HostileDocument        zip bomb, oversized sheet/part, too many pages or rows
    └── InputError             bad user input (binary, invalid UTF-8, empty, too large)

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
    "ConfigError",
    "ContentFiltered",
    "CorpusError",
    "DocumentError",
    "EncryptedDocument",
    "GovragError",
    "HostileDocument",
    "InputError",
    "NoTextLayer",
    "PolicyViolation",
    "ProviderAuthError",
    "ProviderError",
    "ProviderTimeout",
    "ProviderUnavailable",
    "SensitiveDataBlocked",
    "StageError",
    "UnsupportedDocument",
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


class DocumentError(CorpusError):
    """An office document could not be loaded; ``reason`` is a short machine-readable code.

    >>> str(EncryptedDocument("the PDF is encrypted", path="a.pdf"))
    'the PDF is encrypted (a.pdf)'
    >>> EncryptedDocument("x").reason
    'encrypted'
    """

    reason = "unreadable"


class UnsupportedDocument(DocumentError):
    """Not a supported format (by extension and content), or binary junk."""

    reason = "unsupported"


class EncryptedDocument(DocumentError):
    """A password-protected PDF or Office file."""

    reason = "encrypted"


class NoTextLayer(DocumentError):
    """PDF pages without extractable text (scans); run OCR before indexing."""

    reason = "no_text_layer"


class HostileDocument(DocumentError):
    """A file that would exhaust memory or time: zip bomb, oversized part, sheet or page count."""

    reason = "hostile"
