"""guardrails-ai adapters: the govrag guards as registered guardrails ``Validator`` classes.

This is the only module that imports ``guardrails`` (extra ``govrag[guardrails]``). Importing
it is made offline: guardrails' import-time ``nltk.download("punkt")`` is refused, and hub
telemetry (which a plain ``guardrails.Guard()`` turns on without a ``~/.guardrailsrc``) and
remote inference are switched off for the whole process. :func:`offline_guard` builds a
``Guard`` with metrics collection off as well.

Validator ids: ``govrag/prompt_injection``, ``govrag/bias``, ``govrag/groundedness``. Each takes
the guard's keyword options (``PromptInjectionValidator(mode="passage")`` for retrieved text) and
returns the same verdict as the guard: a ``FailResult`` carries the explanation, the error spans
and, for bias, the suggested neutral rewording as ``fix_value`` (so ``on_fail="fix"`` rewrites).
Groundedness reads its sources from the validation metadata (``metadata={"sources": [...]}``).

>>> from govrag.guard.guardrails import BiasValidator, offline_guard  # doctest: +SKIP
>>> guard = offline_guard(BiasValidator(on_fail="noop"))  # doctest: +SKIP
>>> guard.validate("外国人は皆、信用できない。").validation_passed  # doctest: +SKIP
False
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from govrag.errors import ConfigError
from govrag.guard.base import Guard, Verdict
from govrag.guard.bias import BiasGuard
from govrag.guard.groundedness import GroundednessGuard
from govrag.guard.injection import InjectionGuard

__all__ = [
    "VALIDATOR_IDS",
    "BiasValidator",
    "GroundednessValidator",
    "PromptInjectionValidator",
    "offline_guard",
    "verdict_to_result",
]


def _import_guardrails_offline() -> Any:
    """Import guardrails with nltk's downloader disabled (it would fetch ``punkt`` from GitHub)."""
    nltk: Any
    try:
        nltk = importlib.import_module("nltk")
    except ImportError:
        nltk = None
    original = getattr(nltk, "download", None)

    def refuse(*args: Any, **kwargs: Any) -> bool:
        return False

    if nltk is not None:
        nltk.download = refuse
    try:
        return importlib.import_module("guardrails")
    except ImportError as exc:
        raise ConfigError("guardrails-ai is not installed: pip install 'govrag[guardrails]'") from exc
    finally:
        if nltk is not None:
            nltk.download = original


_gr = _import_guardrails_offline()
_vb = importlib.import_module("guardrails.validator_base")
_types = importlib.import_module("guardrails.classes.validation.validation_result")
_rc_mod = importlib.import_module("guardrails.classes.rc")


def _disable_remote() -> None:
    """No metrics, no remote inference, no hub telemetry — for every guardrails Guard in-process.

    A plain ``guardrails.Guard()`` re-reads ``~/.guardrailsrc`` and, without one, turns hub
    metrics on (spans exported to a guardrails AWS endpoint). Every hub tracing call is skipped
    when the telemetry singleton has no tracer, so the tracer is removed and its exporter shut.
    """
    _gr.settings.rc = _rc_mod.RC(enable_metrics=False, use_remote_inferencing=False)
    _gr.settings.disable_tracing = True
    _gr.settings.use_server = False
    telemetry = importlib.import_module("guardrails.utils.hub_telemetry_utils").HubTelemetry
    hub = telemetry(enabled=False)
    hub._enabled = False
    if hub._processor is not None:
        hub._processor.shutdown()
        hub._processor = None
    hub._tracer = None


_disable_remote()


def verdict_to_result(verdict: Verdict) -> Any:
    """A guardrails ``PassResult`` / ``FailResult`` (with error spans) for a :class:`Verdict`."""
    if verdict.passed:
        return _types.PassResult(metadata={"guard": verdict.guard, "score": verdict.score})
    spans = [_types.ErrorSpan(start=a, end=b, reason=verdict.explanation) for a, b in verdict.spans]
    fix = getattr(verdict, "suggestion", None)
    return _types.FailResult(error_message=f"[{verdict.guard}] {verdict.explanation}",
                             error_spans=spans or None, fix_value=fix,
                             metadata={"guard": verdict.guard, "score": verdict.score})


class _GovragValidator(_gr.Validator):  # type: ignore[misc,name-defined]
    _factory: Callable[..., Guard]

    def __init__(self, on_fail: Any = None, **options: Any) -> None:
        _disable_remote()
        super().__init__(on_fail=on_fail, use_local=True, **options)
        self._guard = type(self)._factory(**options)

    def _validate(self, value: Any, metadata: dict[str, Any]) -> Any:
        if not isinstance(value, str):
            return _types.FailResult(error_message=f"expected text, got {type(value).__name__}")
        return verdict_to_result(self._guard.validate(value, sources=(metadata or {}).get("sources")))


@_vb.register_validator(name="govrag/prompt_injection", data_type="string")
class PromptInjectionValidator(_GovragValidator):
    """:class:`~govrag.guard.InjectionGuard` as a guardrails validator (options: ``threshold``...)."""

    _factory = InjectionGuard


@_vb.register_validator(name="govrag/bias", data_type="string")
class BiasValidator(_GovragValidator):
    """:class:`~govrag.guard.BiasGuard` as a guardrails validator."""

    _factory = BiasGuard


@_vb.register_validator(name="govrag/groundedness", data_type="string")
class GroundednessValidator(_GovragValidator):
    """:class:`~govrag.guard.GroundednessGuard`; pass ``metadata={"sources": [...]}`` when validating."""

    _factory = GroundednessGuard


VALIDATOR_IDS: tuple[str, ...] = ("govrag/bias", "govrag/groundedness", "govrag/prompt_injection")


def offline_guard(*validators: Any, on: str = "output") -> Any:
    """A ``guardrails.Guard`` using ``validators`` with metrics, telemetry and server mode off."""
    _disable_remote()
    guard = _gr.Guard(use_server=False)
    guard.configure(allow_metrics_collection=False)
    _disable_remote()  # Guard() re-reads ~/.guardrailsrc: switch everything off again
    return guard.use(*validators, on=on)
