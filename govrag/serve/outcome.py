"""What the gateway hands to the HTTP layer, and the mapping of govrag errors to OpenAI errors.

>>> from govrag.errors import SensitiveDataBlocked
>>> o = error_outcome(SensitiveDataBlocked("blocked", reason="機密性3 (機密性3) may not be sent"))
>>> o.status, o.body["error"]["code"], o.reason
(400, 'sensitive_data_blocked', 'sensitive_data_blocked')
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from govrag.errors import (
    AccessDenied,
    AuditError,
    ContentFiltered,
    GovragError,
    InputError,
    InvalidRequest,
    PolicyViolation,
    ProviderAuthError,
    ProviderError,
    ProviderTimeout,
    QuotaExceeded,
    SensitiveDataBlocked,
    StageError,
)
from govrag.serve.wire import error_body

__all__ = ["Outcome", "error_outcome"]


@dataclass(slots=True)
class Outcome:
    """An HTTP answer: JSON ``body`` or an SSE ``stream`` of bytes, plus headers."""

    status: int
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    stream: Iterator[bytes] | None = None
    reason: str | None = None


def _classify(exc: BaseException) -> tuple[int, str, str, str | None]:
    """(status, type, code, param) for an exception."""
    if isinstance(exc, InvalidRequest):
        return exc.status, "invalid_request_error", exc.code or "invalid_request", exc.param
    if isinstance(exc, AccessDenied):
        kind = "invalid_request_error" if exc.status == 401 else "permission_error"
        return exc.status, kind, exc.code, None
    if isinstance(exc, QuotaExceeded):
        if exc.reason == "insufficient_quota":
            return 429, "insufficient_quota", "insufficient_quota", None
        return 429, "requests", "rate_limit_exceeded", None
    if isinstance(exc, SensitiveDataBlocked):
        return 400, "invalid_request_error", "sensitive_data_blocked", "messages"
    if isinstance(exc, ContentFiltered):
        return 400, "invalid_request_error", "content_filtered", "messages"
    if isinstance(exc, PolicyViolation):
        return 400, "invalid_request_error", "policy_violation", None
    if isinstance(exc, InputError):
        return 400, "invalid_request_error", "invalid_input", None
    if isinstance(exc, AuditError):
        return 503, "server_error", "audit_unavailable", None
    if isinstance(exc, ProviderTimeout):
        return 504, "server_error", "upstream_timeout", None
    if isinstance(exc, ProviderAuthError):
        return 502, "server_error", "upstream_auth_failed", None
    if isinstance(exc, ProviderError):
        return 502, "server_error", "upstream_error", None
    if isinstance(exc, StageError):
        code = "dlp_unavailable" if (exc.stage or "").startswith("dlp") else "guard_unavailable"
        return 503, "server_error", code, None
    if isinstance(exc, GovragError):
        return 500, "server_error", "gateway_error", None
    return 500, "server_error", "internal_error", None


def _message(exc: BaseException, code: str) -> str:
    if isinstance(exc, PolicyViolation):
        return f"Request refused by govrag ({code}): {exc.reason}"
    if isinstance(exc, GovragError):
        return str(exc)
    return "The gateway failed while handling the request; nothing was sent upstream."


def error_outcome(exc: BaseException, *, headers: dict[str, str] | None = None) -> Outcome:
    """The OpenAI-style error answer for ``exc`` (messages name types and reasons, never values)."""
    status, kind, code, param = _classify(exc)
    hdrs = dict(headers or {})
    if isinstance(exc, QuotaExceeded) and exc.retry_after_s is not None:
        hdrs["Retry-After"] = str(max(1, int(exc.retry_after_s + 0.999)))
    if isinstance(exc, AccessDenied) and exc.status == 401:
        hdrs["WWW-Authenticate"] = 'Bearer realm="govrag"'
    return Outcome(status=status, body=error_body(_message(exc, code), type=kind, code=code, param=param),
                   headers=hdrs, reason=code)
