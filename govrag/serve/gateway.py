"""The guarded gateway core (no HTTP): authenticate, admit, screen, forward, restore, audit.

Every ``POST /v1/chat/completions`` gets exactly one audit row, whatever its outcome, written
before the answer is released. It fails closed: when the key store, DLP, a guard, the policy or the
audit store fails, the request is refused and nothing is forwarded. See docs/serve.md.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Mapping
from typing import Any

from govrag.audit import new_audit_id
from govrag.errors import (
    AccessDenied,
    AuditError,
    ConfigError,
    GovragError,
    InvalidRequest,
    QuotaExceeded,
    SensitiveDataBlocked,
)
from govrag.serve.checks import OutputChecks, answer_block
from govrag.serve.config import GatewayConfig, KeySpec, RouteConfig
from govrag.serve.gate import Blocked, SentenceCheck, SentenceGate
from govrag.serve.keystore import KeyStore
from govrag.serve.outcome import Outcome, error_outcome
from govrag.serve.runstate import Run, verdict_dict
from govrag.serve.screen import ScanCache, Screened, screen_messages
from govrag.serve.usage import RequestRow, UsageCounters
from govrag.serve.usage_pg import open_usage_store
from govrag.serve.wire import ChatRequest, completion_body, new_completion_id, parse_chat_request

__all__ = ["Gateway", "Run"]


class Gateway:
    """The request handler behind :func:`govrag.serve.create_app` (thread-safe; build once)."""

    def __init__(self, config: GatewayConfig, *, dlp_engine: Any | None = None,
                 providers: Mapping[str, Any] | None = None, audit: Any | None = None,
                 usage: UsageCounters | None = None) -> None:
        from govrag.guard import BiasGuard, InjectionGuard
        from govrag.serve.auditing import open_audit_target

        self.config = config
        self.keys = KeyStore(config.keys, keys_file=config.keys_file)
        self.audit = audit if audit is not None else open_audit_target(
            config.audit, capture=config.audit_capture, app_id=config.app_id, schema=config.audit_schema,
            synchronous=config.audit_synchronous)
        self.usage: UsageCounters = usage if usage is not None else open_usage_store(config.usage_path,
                                                                      schema=config.usage_schema_name)
        self._engine = dlp_engine
        self._engine_lock = threading.Lock()
        self.scan_cache = ScanCache()
        self.injection = InjectionGuard()
        self.bias = BiasGuard(quoted="note")  # a verbatim quote of a source is the source's wording
        self.providers: dict[str, Any] = dict(providers or {})
        for route in config.routes:
            if route.name not in self.providers:
                self.providers[route.name] = build_provider(route)
        self._rag: Any | None = None
        self._rag_lock = threading.Lock()
        self.checks = OutputChecks(corpus=(lambda: self.rag().corpus) if config.rag is not None else None)

    # -- shared parts ----------------------------------------------------------------------------
    @property
    def engine(self) -> Any:
        """The DLP engine (the process's default engine unless one was given)."""
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    from govrag.dlp import default_engine

                    self._engine = default_engine()
        return self._engine

    def rag(self) -> Any:
        """The retrieval runner for ``govrag-qa/*`` routes (corpus and index loaded on first use)."""
        if self._rag is None:
            with self._rag_lock:
                if self._rag is None:
                    from govrag.serve.rag import RagRunner

                    if self.config.rag is None:
                        raise ConfigError("no rag section configured")
                    self._rag = RagRunner(self.config.rag, engine=self.engine)
        return self._rag

    def close(self) -> None:
        for p in self.providers.values():
            close = getattr(p, "close", None)
            if close is not None:
                close()
        self.audit.close()
        self.usage.close()

    # -- admission -------------------------------------------------------------------------------
    def authenticate(self, authorization: str | None) -> KeySpec:
        return self.keys.authenticate(authorization)

    def admit(self, run: Run, body: bytes, authorization: str | None) -> tuple[RouteConfig, ChatRequest,
                                                                              Screened]:
        """Everything before forwarding; raises the refusal (nothing has been sent)."""
        key = self.keys.authenticate(authorization)
        run.key = key.name
        req = parse_chat_request(body)
        run.stream = req.stream
        route = self.config.route(req.model)
        if route is None:
            raise InvalidRequest(f"The model `{req.model}` does not exist or you do not have access to it.",
                            param="model", code="model_not_found", status=404)
        run.route, run.provider = route.name, route.provider
        if not key.allows(route.name):
            raise AccessDenied(f"key '{key.name}' may not use model '{route.name}'", status=403,
                               code="model_not_allowed")
        self._check_limits(key)
        screened = screen_messages(req.messages, engine=self.engine,
                                   max_level=min(route.max_level, key.max_level), destination=route.name,
                                   injection=self.injection, cache=self.scan_cache)
        run.level, run.entities = screened.level, dict(screened.entity_counts)
        if screened.injection is not None:
            run.injection = {"passed": screened.injection.passed,
                             "score": round(float(screened.injection.score), 4)}
        self._check_stop(req)
        run.content["redacted_query"] = "\n".join(f"[{m['role']}] {m['content']}" for m in screened.messages)
        self.audit.head()  # the audit store must be reachable before anything is forwarded
        return route, req, screened

    def _check_stop(self, req: ChatRequest) -> None:
        """``stop`` strings are forwarded as they are: refuse any that carries personal data."""
        stop = req.options.get("stop")
        items = [stop] if isinstance(stop, str) else stop if isinstance(stop, list) else []
        for s in items:
            if isinstance(s, str) and s.strip() and self.engine.scan(s):
                raise SensitiveDataBlocked("blocked", stage="dlp.policy",
                                           reason="a 'stop' sequence contains personal data")

    def _check_limits(self, key: KeySpec) -> None:
        if key.rpm is not None:
            n = self.usage.hit(key.name)
            if n > key.rpm:
                raise QuotaExceeded(f"Rate limit reached for key '{key.name}': {key.rpm} requests per minute",
                                    reason="rate_limit_exceeded", retry_after_s=60 - time.time() % 60)
        if key.monthly_budget_jpy is not None:
            spent = self.usage.month_yen(key.name)
            if spent >= key.monthly_budget_jpy:
                raise QuotaExceeded(f"key '{key.name}' has used its monthly budget of "
                                    f"{key.monthly_budget_jpy:g} yen", reason="insufficient_quota")

    # -- the request -----------------------------------------------------------------------------
    def chat(self, body: bytes, authorization: str | None) -> Outcome:
        """Handle one chat-completions request (JSON or SSE outcome)."""
        run = Run(request_id=new_audit_id(), t0=time.perf_counter())
        try:
            route, req, screened = self.admit(run, body, authorization)
            if req.stream:
                from govrag.serve.streaming import start_stream

                return start_stream(self, run, route, req, screened)
            return self._complete(run, route, req, screened)
        except Exception as exc:
            return self.refuse(run, exc)

    def refuse(self, run: Run, exc: BaseException) -> Outcome:
        """Audit a refused or failed request and build its error answer."""
        out = error_outcome(exc, headers=run.headers())
        try:
            self.commit(run, status="blocked" if out.status < 500 else "error", http_status=out.status,
                        reason=out.reason)
        except AuditError as audit_exc:
            return error_outcome(audit_exc, headers={"X-Govrag-Request-Id": run.request_id})
        return out

    def _complete(self, run: Run, route: RouteConfig, req: ChatRequest, screened: Screened) -> Outcome:
        if route.rag:
            answer = self.rag().answer(self, run, route, req, screened)
            raw = run.content.get("output", "")
        else:
            started = time.perf_counter()
            completion = self.providers[route.name].complete(
                list(screened.messages), level=screened.level, **self.options_for(route, req))
            run.upstream_ms = (time.perf_counter() - started) * 1000
            raw = completion.text
            answer = screened.restore(raw)
            self.account(run, completion)
            self.check_answer(run, answer, sources=req.sources)
        run.content["output"] = raw
        if route.output == "block":
            _, blocked = self.gate_answer(run, answer, sources=None if route.rag else req.sources)
            if blocked is not None:
                self.block(run, blocked)
                answer = ""  # nothing of a withheld answer reaches the client
        if run.blocked is None:
            self.commit(run, status="ok", http_status=200)
        body = completion_body(id=new_completion_id(), model=route.name, text=answer,
                               finish_reason=run.finish_reason, input_tokens=run.input_tokens,
                               output_tokens=run.output_tokens, govrag=run.govrag())
        return Outcome(status=200, body=body, headers=run.headers())

    # -- output policy ``block`` ---------------------------------------------------------------
    def sentence_check(self, sources: Any | None) -> SentenceCheck:
        """The per-sentence output checks of ``output: block`` (a check that fails to run refuses)."""

        def check(before: str, sentence: str) -> tuple[str, str, str | None] | None:
            try:
                return self.checks.sentence(before, sentence, bias=self.bias, sources=sources)
            except GovragError:
                raise
            except Exception as exc:
                from govrag.errors import StageError

                raise StageError(f"output check failed ({type(exc).__name__})",
                                 stage="guard.output") from None

        return check

    def gate_answer(self, run: Run, answer: str, *, sources: Any | None) -> tuple[str, Blocked | None]:
        """``output: block`` on a whole restored answer: the sentence gate (the same checks as a
        stream), then the whole-answer verdicts already in ``run``. (releasable text, failure)."""
        gate = SentenceGate(self.sentence_check(sources))
        released, blocked = gate.feed(answer)
        if blocked is None:
            rest, blocked = gate.flush()
            released += rest
        return released, blocked or answer_block(run.verdicts, run.citations)

    def block(self, run: Run, blocked: Blocked) -> None:
        """Record a withheld answer and write its audit row (status ``blocked``)."""
        run.blocked = blocked.as_dict()
        run.finish_reason = "content_filter"
        self.commit(run, status="blocked", http_status=200, reason=blocked.reason,
                    defer_usage=run.stream)

    def options_for(self, route: RouteConfig, req: ChatRequest) -> dict[str, Any]:
        """Request options the route's provider accepts."""
        provider = self.providers[route.name]
        if not getattr(provider, "sends_data", True):
            offline = ("temperature", "max_tokens", "seed", "top_p")
            return {k: v for k, v in req.options.items() if k in offline}
        return dict(req.options)

    def account(self, run: Run, completion: Any) -> None:
        """Copy tokens, yen and finish reason from a provider Completion."""
        run.input_tokens = int(completion.usage.input_tokens)
        run.output_tokens = int(completion.usage.output_tokens)
        run.tokens_estimated = bool(completion.usage.estimated)
        run.yen = completion.cost_jpy
        run.finish_reason = getattr(completion, "finish_reason", None)

    def check_output(self, run: Run, answer: str, *, sources: Any | None = None,
                     quoted_from: Any | None = None) -> None:
        """Bias (and, with sources, groundedness) verdicts on the restored answer; annotate only.
        A term inside a verbatim quote of ``sources`` or ``quoted_from`` is a note, not a flag."""
        try:
            run.verdicts.append(verdict_dict(self.bias.validate(answer, sources=sources or quoted_from)))
            if sources is not None:
                from govrag.guard import GroundednessGuard

                run.verdicts.append(verdict_dict(GroundednessGuard().validate(answer, sources=sources)))
        except GovragError:
            raise
        except Exception as exc:
            from govrag.errors import StageError

            raise StageError(f"output guard failed ({type(exc).__name__})", stage="guard.output") from None

    def check_answer(self, run: Run, answer: str, *, sources: Any | None) -> None:
        """All output checks of a plain route: bias, groundedness (``not_applicable`` without
        sources) and the citations' statuses. A check that fails to run refuses the answer."""
        self.check_output(run, answer, quoted_from=sources)
        try:
            run.verdicts.append(self.checks.grounded(answer, sources))
            run.citations = self.checks.citations(answer, sources)
        except GovragError:
            raise
        except Exception as exc:
            from govrag.errors import StageError

            raise StageError(f"output check failed ({type(exc).__name__})", stage="guard.output") from None

    # -- the audit row ---------------------------------------------------------------------------
    def commit(self, run: Run, *, status: str, http_status: int, reason: str | None = None,
               defer_usage: bool = False) -> None:
        """Write the request's one audit row (then its usage row, or with ``defer_usage`` keep it
        for :meth:`flush_usage`). AuditError when the audit row fails."""
        if run.committed:
            return
        run.committed = True
        latency_ms = round((time.perf_counter() - run.t0) * 1000, 3)
        record = {
            "schema": "govrag.serve/1", "run_id": run.request_id, "kind": run.kind, "key": run.key,
            "route": run.route, "provider": run.provider, "stream": run.stream, "status": status,
            "http_status": http_status, "reason": reason, "classification": run.level,
            "entities": dict(run.entities), "injection": run.injection, "verdicts": list(run.verdicts),
            "citations": list(run.citations),
            "usage": {"input_tokens": run.input_tokens, "output_tokens": run.output_tokens,
                      "estimated": run.tokens_estimated},
            "cost_jpy": run.yen, "latency_ms": latency_ms,
            "upstream_ms": None if run.upstream_ms is None else round(run.upstream_ms, 3),
        }
        if run.blocked is not None:
            record["blocked"] = dict(run.blocked)
        self.audit.append(record, content=dict(run.content) or None)
        run.pending_usage = RequestRow(
            key=run.key, route=run.route, status=status, reason=reason, http_status=http_status,
            stream=run.stream, latency_ms=latency_ms, input_tokens=run.input_tokens,
            output_tokens=run.output_tokens, yen=run.yen or 0.0, audit_id=run.request_id,
            citations=[(c["citation"], c["status"]) for c in run.citations])
        if not defer_usage:
            self.flush_usage(run)

    def flush_usage(self, run: Run) -> None:
        """Store the usage row of a committed request (once; a no-op when there is none)."""
        row, run.pending_usage = run.pending_usage, None
        if row is None:
            return
        try:
            self.usage.record(row)
        except AuditError:
            pass  # the audit row is the record of truth; usage counters are best effort


def build_provider(route: RouteConfig) -> Any:
    """The provider object of a route (prices from the route override the profile's)."""
    from govrag.providers import get_provider
    from govrag.providers.profiles import builtin_profiles

    profiles = []
    if route.price_input_jpy_per_mtok is not None or route.price_output_jpy_per_mtok is not None:
        base = builtin_profiles().get(route.provider)
        if base is None:
            raise ConfigError(f"route {route.name}: prices given for unknown provider {route.provider!r}")
        profiles.append(dataclasses.replace(base, price_input_jpy_per_mtok=route.price_input_jpy_per_mtok,
                                            price_output_jpy_per_mtok=route.price_output_jpy_per_mtok))
    if route.provider == "extractive":
        return get_provider("extractive", max_level=route.max_level, profiles=profiles)
    return get_provider(route.provider, base_url=route.base_url, api_key=route.api_key, model=route.model,
                        max_level=route.max_level, profiles=profiles, timeout_s=route.timeout_s)
