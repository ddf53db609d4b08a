"""LiteLLM's generic guardrail API (``POST /beta/litellm_basic_guardrail_api``), so a LiteLLM proxy
can call govrag's DLP, 機密性 policy and guards without moving to ``govrag serve``.

Request: ``{"texts": [...], "input_type": "request" | "response", "request_data": {...},
"litellm_call_id": ..., "additional_provider_specific_params": {"max_level": 1 | 2}}``.
Response: ``{"action": "NONE" | "BLOCKED" | "GUARDRAIL_INTERVENED", "blocked_reason": ...,
"texts": [...]}``. Requests with personal data come back redacted (``GUARDRAIL_INTERVENED``);
機密性3, a level above ``max_level`` and prompt injection are ``BLOCKED``; responses are checked
for bias and 機密性3 markings. Any failure of DLP or a guard is ``BLOCKED`` (fail closed), and every
call has one audit row. Authenticate with a client key (``Authorization: Bearer`` or ``x-api-key``).
"""

from __future__ import annotations

import json
import time
from typing import Any

from govrag.errors import AccessDenied, AuditError, ContentFiltered, InvalidRequest, SensitiveDataBlocked
from govrag.serve.outcome import error_outcome

__all__ = ["LITELLM_PATH", "apply_guardrail", "litellm_routes"]

LITELLM_PATH = "/beta/litellm_basic_guardrail_api"


def _texts(body: Any) -> tuple[list[str], str, int | None]:
    if not isinstance(body, dict):
        raise InvalidRequest("the body must be a JSON object")
    texts = body.get("texts") or []
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        raise InvalidRequest("'texts' must be an array of strings", param="texts")
    kind = body.get("input_type", "request")
    if kind not in ("request", "response"):
        raise InvalidRequest("'input_type' must be 'request' or 'response'", param="input_type")
    params = body.get("additional_provider_specific_params") or {}
    level = params.get("max_level") if isinstance(params, dict) else None
    if level is not None and level not in (1, 2):
        raise InvalidRequest("additional_provider_specific_params.max_level must be 1 or 2",
                             param="max_level")
    return texts, kind, level


def apply_guardrail(gw: Any, run: Any, key_level: int, texts: list[str], kind: str,
                    max_level: int | None) -> dict[str, Any]:
    """The guardrail decision for ``texts`` (fills ``run``; never returns values in reasons)."""
    from govrag.dlp.policy import check_egress
    from govrag.serve.screen import screen_texts

    redacted, cls, counts, _ = screen_texts(texts, engine=gw.engine, cache=gw.scan_cache)
    run.level, run.entities = cls.level, counts
    run.content["redacted_query"] = "\n".join(redacted)
    limit = min(key_level, max_level or key_level)
    if kind == "request":
        check_egress(cls, max_level=limit, destination="litellm")
        verdict = gw.injection.validate("\n".join(texts))
        run.injection = {"passed": verdict.passed, "score": round(float(verdict.score), 4)}
        if not verdict.passed:
            raise ContentFiltered(f"blocked: {verdict.explanation}", stage="guard.injection",
                                  reason=verdict.explanation)
        if counts:
            return {"action": "GUARDRAIL_INTERVENED", "texts": redacted}
        return {"action": "NONE"}
    if cls.level >= 3:
        raise SensitiveDataBlocked("blocked",
                                   reason=f"機密性3 ({', '.join(cls.types)}) in the model response")
    for text in texts:
        gw.check_output(run, text)
    failed = [v for v in run.verdicts if v["passed"] is False]
    if failed:
        raise ContentFiltered("blocked", reason="; ".join(v["explanation"] for v in failed))
    return {"action": "NONE"}


def litellm_routes(gw: Any) -> list[Any]:
    """The Starlette route of the guardrail endpoint."""
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    def handle(raw: bytes, authorization: str | None) -> tuple[int, dict[str, Any]]:
        from govrag.audit import new_audit_id
        from govrag.serve.runstate import Run

        run = Run(request_id=new_audit_id(), t0=time.perf_counter(), kind="litellm.guardrail")
        try:
            key = gw.authenticate(authorization)
            run.key = key.name
            try:
                body = json.loads(raw)
            except ValueError:
                    raise InvalidRequest("the body is not valid JSON", code="invalid_json") from None
            texts, kind, level = _texts(body)
            run.route = f"litellm:{kind}"
            result = apply_guardrail(gw, run, key.max_level, texts, kind, level)
            status = "ok" if result["action"] == "NONE" else "redacted"
        except Exception as exc:
            out = error_outcome(exc)
            refused_input = out.status in (400, 413) and not isinstance(exc, (SensitiveDataBlocked,
                                                                              ContentFiltered))
            if isinstance(exc, AccessDenied) or refused_input:
                _commit(gw, run, "blocked", out.status, out.reason)
                return out.status, out.body or {}
            # policy refusals and every internal failure: BLOCKED (fail closed)
            reason = (out.body or {}).get("error", {}).get("message", "govrag guardrail failed")
            result, status = {"action": "BLOCKED", "blocked_reason": reason}, "blocked"
            run.content.setdefault("output", "")
            if not _commit(gw, run, status, 200, out.reason):
                return 200, {"action": "BLOCKED", "blocked_reason": "govrag audit store unavailable"}
            return 200, result
        if not _commit(gw, run, status, 200, None):
            return 200, {"action": "BLOCKED", "blocked_reason": "govrag audit store unavailable"}
        return 200, result

    async def endpoint(request: Request) -> Response:
        raw = await request.body()
        if len(raw) > gw.config.max_body_bytes:
            return JSONResponse({"action": "BLOCKED", "blocked_reason": "request too large"})
        auth = request.headers.get("authorization")
        if not auth and request.headers.get("x-api-key"):
            auth = "Bearer " + request.headers["x-api-key"]
        status, body = await run_in_threadpool(handle, raw, auth)
        return JSONResponse(body, status_code=status)

    return [Route(LITELLM_PATH, endpoint, methods=["POST"])]


def _commit(gw: Any, run: Any, status: str, http_status: int, reason: str | None) -> bool:
    try:
        gw.commit(run, status=status, http_status=http_status, reason=reason)
    except AuditError:
        return False
    return True
