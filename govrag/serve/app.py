"""The ASGI application (Starlette): ``POST /v1/chat/completions``, ``GET /v1/models``,
``GET /healthz``, ``/dashboard`` and the LiteLLM guardrail endpoint.

>>> import tempfile, os
>>> from govrag.serve.config import config_from_flags
>>> d = tempfile.mkdtemp()
>>> app = create_app(config_from_flags(upstream=None, model="govrag-qa/extractive", provider="extractive",
...     max_level=2, api_key="k", audit=os.path.join(d, "a.sqlite"), corpus=["x"]), warm=False)
>>> type(app).__name__
'Starlette'
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import AsyncIterator
from typing import Any

from govrag.errors import AccessDenied, InvalidRequest
from govrag.serve.config import GatewayConfig, config_from_json
from govrag.serve.gateway import Gateway
from govrag.serve.outcome import Outcome, error_outcome
from govrag.serve.relay import ThreadRelay
from govrag.serve.runstate import Run
from govrag.serve.wire import error_body

__all__ = ["CONFIG_ENV", "app_from_env", "create_app"]

#: Environment variable through which ``govrag serve --workers N`` hands the config to workers.
CONFIG_ENV = "GOVRAG_SERVE_CONFIG"


def _json(obj: Any, status: int = 200, headers: dict[str, str] | None = None) -> Any:
    from starlette.responses import Response

    data = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(data, status_code=status, headers=headers, media_type="application/json")


def _respond(out: Outcome, events: AsyncIterator[bytes] | None = None) -> Any:
    from starlette.responses import StreamingResponse

    headers = {**out.headers, "X-Govrag-Worker": str(os.getpid())}
    if out.stream is not None:
        headers["Cache-Control"] = "no-cache"
        return StreamingResponse(events if events is not None else out.stream, status_code=out.status,
                                 headers=headers, media_type="text/event-stream")
    return _json(out.body, out.status, headers)


async def _read_body(request: Any, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise InvalidRequest(f"request body is larger than the limit of {limit} bytes",
                             code="request_too_large", status=413)
    parts: list[bytes] = []
    size = 0
    async for piece in request.stream():
        size += len(piece)
        if size > limit:
            raise InvalidRequest(f"request body is larger than the limit of {limit} bytes",
                            code="request_too_large", status=413)
        parts.append(piece)
    return b"".join(parts)


def create_app(config: GatewayConfig, *, dlp_engine: Any | None = None, gateway: Gateway | None = None,
               warm: bool = True) -> Any:
    """The gateway as an ASGI app. ``warm`` loads the DLP engine at startup (seconds) instead of
    on the first request."""
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.exceptions import HTTPException
    from starlette.requests import Request
    from starlette.routing import Route

    gw = gateway or Gateway(config, dlp_engine=dlp_engine)
    relay = ThreadRelay()

    async def chat(request: Request) -> Any:
        try:
            body = await _read_body(request, config.max_body_bytes)
        except InvalidRequest as exc:
            run = Run(request_id=_new_id(), t0=_now())
            return _respond(await run_in_threadpool(gw.refuse, run, exc))
        out, events = await relay.run(gw.chat, body, request.headers.get("authorization"))
        return _respond(out, events)

    async def models(request: Request) -> Any:
        try:
            key = await run_in_threadpool(gw.authenticate, request.headers.get("authorization"))
        except AccessDenied as exc:
            return _respond(error_outcome(exc))
        data = [{"id": r.name, "object": "model", "created": 0, "owned_by": f"govrag:{r.provider}"}
                for r in config.routes if key.allows(r.name)]
        return _json({"object": "list", "data": data})

    async def healthz(request: Request) -> Any:
        try:
            await run_in_threadpool(gw.audit.head)
        except Exception:
            return _json({"status": "unavailable", "audit": "unreachable"}, 503)
        return _json({"status": "ok", "routes": len(config.routes), "dlp": gw._engine is not None,
                      "worker": os.getpid()})

    async def not_found(request: Request, exc: Exception) -> Any:
        status = getattr(exc, "status_code", 404)
        msg = "Invalid URL" if status == 404 else "Method not allowed"
        return _json(error_body(f"{msg} ({request.method} {request.url.path})", type="invalid_request_error",
                                code="not_found" if status == 404 else "method_not_allowed"), status)

    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        if warm:
            await run_in_threadpool(lambda: gw.engine.scan("起動確認"))
            if config.rag is not None:
                await run_in_threadpool(gw.rag)
        try:
            yield
        finally:
            relay.close()
            await run_in_threadpool(gw.close)

    from govrag.serve.dashboard import dashboard_routes
    from govrag.serve.litellm import litellm_routes

    routes = [
        Route("/v1/chat/completions", chat, methods=["POST"]),
        Route("/chat/completions", chat, methods=["POST"]),
        Route("/v1/models", models, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
        *dashboard_routes(gw),
        *litellm_routes(gw),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={HTTPException: not_found})
    app.state.gateway = gw
    return app


def _new_id() -> str:
    from govrag.audit import new_audit_id

    return new_audit_id()


def _now() -> float:
    import time

    return time.perf_counter()


def app_from_env() -> Any:
    """Factory for uvicorn workers: the config comes from :data:`CONFIG_ENV` (JSON)."""
    text = os.environ.get(CONFIG_ENV)
    if not text:
        raise RuntimeError(f"{CONFIG_ENV} is not set; start workers with `govrag serve`")
    return create_app(config_from_json(text))
