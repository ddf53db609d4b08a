"""The state one gateway request gathers: types, counts, statuses and numbers (never values),
and how it is shown in the ``govrag`` response field and ``X-Govrag-*`` headers.

>>> run = Run(request_id="r1", t0=0.0, level=2, entities={"PERSON": 1})
>>> run.headers()["X-Govrag-Entities"], run.govrag()["redacted"]
('PERSON', {'PERSON': 1})
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Run", "verdict_dict"]


@dataclass(slots=True)
class Run:
    """What one request has gathered so far (types, counts, statuses, numbers; never values)."""

    request_id: str
    t0: float
    kind: str = "chat.completions"
    key: str | None = None
    route: str | None = None
    provider: str | None = None
    stream: bool = False
    level: int | None = None
    entities: dict[str, int] = field(default_factory=dict)
    injection: dict[str, Any] | None = None
    verdicts: list[dict[str, Any]] = field(default_factory=list)
    citations: list[dict[str, str]] = field(default_factory=list)
    input_tokens: int = 0
    output_tokens: int = 0
    tokens_estimated: bool = False
    yen: float | None = None
    upstream_ms: float | None = None
    finish_reason: str | None = None
    blocked: dict[str, Any] | None = None  # output policy ``block``: the check that withheld the answer
    content: dict[str, str] = field(default_factory=dict)
    committed: bool = False
    pending_usage: Any = None  # a usage row written after the answer is out (streams)

    def govrag(self) -> dict[str, Any]:
        """The ``govrag`` field of a response (``blocked`` only when the output policy withheld it)."""
        out: dict[str, Any] = {
            "request_id": self.request_id, "audit_id": self.request_id, "route": self.route,
            "provider": self.provider, "classification": self.level, "redacted": dict(self.entities),
            "injection": self.injection, "verdicts": list(self.verdicts),
            "citations": list(self.citations), "cost_jpy": self.yen}
        if self.blocked is not None:
            out["blocked"] = dict(self.blocked)
        return out

    def headers(self) -> dict[str, str]:
        """``X-Govrag-*`` headers (ASCII: types, counts and statuses only)."""
        h = {"X-Govrag-Request-Id": self.request_id, "X-Govrag-Audit-Id": self.request_id}
        if self.level is not None:
            h["X-Govrag-Classification"] = str(self.level)
            h["X-Govrag-Redacted"] = str(sum(self.entities.values()))
            if self.entities:
                h["X-Govrag-Entities"] = ",".join(sorted(self.entities))
        if self.injection is not None:
            h["X-Govrag-Injection"] = "pass" if self.injection["passed"] else "fail"
        for v in self.verdicts:
            status = v.get("status") or ("pass" if v["passed"] else "fail")
            h[f"X-Govrag-{v['guard'].capitalize()}"] = str(status)
        if self.citations:
            counts: dict[str, int] = {}
            for c in self.citations:
                counts[c["status"]] = counts.get(c["status"], 0) + 1
            h["X-Govrag-Citations"] = ";".join(f"{k}={n}" for k, n in sorted(counts.items()))
        if self.blocked is not None:
            where = self.blocked["sentence"]
            h["X-Govrag-Blocked"] = f"{self.blocked['check']};sentence={'answer' if where is None else where}"
        return h


def verdict_dict(v: Any) -> dict[str, Any]:
    return {"guard": v.guard, "passed": bool(v.passed), "status": "pass" if v.passed else "fail",
            "score": round(float(v.score), 4), "explanation": v.explanation}
