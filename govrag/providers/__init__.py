"""Model providers: the seven Government-AI (源内) models, any OpenAI-compatible endpoint and the
offline ``extractive`` provider, with yen cost and a 機密性 gate before anything is sent.

>>> [p.id for p in list_profiles()][:3]
['tsuzumi-2', 'cc-gov-llm', 'llama-3.1-elyza-jp-70b']
>>> get_provider("extractive").sends_data
False
>>> get_provider("gpt-9")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
govrag.errors.ConfigError: unknown provider id 'gpt-9'; valid ids: tsuzumi-2, cc-gov-llm, ..., extractive
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from govrag._lazy import lazy_getattr
from govrag.errors import ConfigError
from govrag.providers.base import (
    Completion,
    CompletionStream,
    Message,
    Provider,
    Usage,
    check_level,
    estimate_tokens,
    gate,
    total_cost_jpy,
)
from govrag.providers.profiles import (
    ApiStyle,
    Level,
    ProviderProfile,
    builtin_profiles,
    entry_point_profiles,
    load_profiles,
    merge_profiles,
)
from govrag.providers.prompt import SourceBlock, build_messages, parse_question, parse_sources

if TYPE_CHECKING:  # pragma: no cover
    from govrag.providers.extractive import ExtractiveProvider as ExtractiveProvider
    from govrag.providers.openai_compat import CircuitBreaker as CircuitBreaker
    from govrag.providers.openai_compat import OpenAICompatibleProvider as OpenAICompatibleProvider
    from govrag.providers.openai_compat import RetryPolicy as RetryPolicy

# loaded on first use (httpx is imported only when an HTTP provider is needed)
_LAZY = {
    "CircuitBreaker": "govrag.providers.openai_compat",
    "OpenAICompatibleProvider": "govrag.providers.openai_compat",
    "RetryPolicy": "govrag.providers.openai_compat",
    "ExtractiveProvider": "govrag.providers.extractive",
}

__all__ = [
    "ApiStyle",
    "CircuitBreaker",
    "Completion",
    "CompletionStream",
    "ExtractiveProvider",
    "Level",
    "Message",
    "OpenAICompatibleProvider",
    "Provider",
    "ProviderProfile",
    "RetryPolicy",
    "SourceBlock",
    "Usage",
    "build_messages",
    "check_level",
    "estimate_tokens",
    "gate",
    "get_provider",
    "list_profiles",
    "load_profiles",
    "parse_question",
    "parse_sources",
    "total_cost_jpy",
]


__getattr__ = lazy_getattr(__name__, _LAZY, globals())
_log = logging.getLogger(__name__)


def list_profiles(*, profiles: Iterable[ProviderProfile] = (), entry_points: bool = True,
                  override_builtin: bool = False) -> list[ProviderProfile]:
    """Built-in profiles, then entry-point profiles, then ``profiles`` (later ones override by id).

    An installed package may add provider ids but not replace a built-in one (say
    ``tsuzumi-2``): its profile is ignored, with a warning, unless ``override_builtin=True``, and
    an override that is allowed is logged too. ``profiles`` passed here are the caller's own and
    always apply.
    """
    builtin = builtin_profiles()
    groups: list[Iterable[ProviderProfile]] = [builtin.values()]
    if entry_points:
        kept = []
        for prof in entry_point_profiles():
            if prof.id in builtin:
                if not override_builtin:
                    _log.warning("ignored provider profile %r from %s: it would shadow a built-in id "
                                 "(pass override_builtin=True to allow)", prof.id, prof.origin)
                    continue
                _log.warning("provider profile %r from %s overrides the built-in one", prof.id,
                             prof.origin)
            kept.append(prof)
        groups.append(kept)
    groups.append(profiles)
    return list(merge_profiles(*groups).values())


def get_provider(
    id: str,
    *,
    base_url: str | None = None,
    api_key: str | None = None,
    model: str | None = None,
    max_level: int | None = None,
    profiles: Iterable[ProviderProfile] = (),
    env: Mapping[str, str] | None = None,
    override_builtin: bool = False,
    **options: Any,
) -> Provider:
    """The provider for ``id`` (see :func:`list_profiles`); unknown ids raise ConfigError.

    For HTTP providers, ``base_url``, ``api_key`` and ``model`` default to the profile's
    environment variables (``GOVRAG_<ID>_BASE_URL``, ``GOVRAG_<ID>_API_KEY`` and vendor names such
    as ``PLAMO_API_KEY``, ``GOVRAG_<ID>_MODEL``) and then to the profile. ``max_level`` overrides
    the profile's 機密性 limit (2 for a government-cloud deployment; 3 is refused). ``options`` go
    to the client (``timeout_s``, ``retry``, ``breaker``, ``max_response_bytes``, ...).
    """
    known = {p.id: p for p in list_profiles(profiles=profiles, override_builtin=override_builtin)}
    profile = known.get(id)
    if profile is None:
        raise ConfigError(f"unknown provider id {id!r}; valid ids: {', '.join(known)}")
    try:
        return _build(profile, base_url=base_url, api_key=api_key, model=model, max_level=max_level,
                      env=os.environ if env is None else env, options=options)
    except TypeError as exc:
        if "unexpected keyword argument" not in str(exc):
            raise
        raise ConfigError(f"provider {id!r}: unknown option ({exc})") from None


def _build(profile: ProviderProfile, *, base_url: str | None, api_key: str | None, model: str | None,
           max_level: int | None, env: Mapping[str, str], options: dict[str, Any]) -> Provider:
    id = profile.id
    if profile.factory is not None:
        provider: Provider = profile.factory(profile, base_url=base_url, api_key=api_key, model=model,
                                             max_level=max_level, **options)
        return provider
    if profile.api_style == "offline":
        from govrag.providers.extractive import ExtractiveProvider

        if base_url or api_key:
            raise ConfigError(f"provider {id!r} is offline: it takes no base_url or api_key")
        return ExtractiveProvider(profile, max_level=max_level, **options)
    url = profile.resolve_base_url(base_url, env)
    if not url:
        raise ConfigError(f"provider {id!r} needs an endpoint: pass base_url= or set {profile.env_base_url}")
    key = api_key or next((env[name] for name in profile.env_api_key if env.get(name)), None)
    from govrag.providers.openai_compat import OpenAICompatibleProvider

    return OpenAICompatibleProvider(profile, base_url=url, api_key=key,
                                    model=profile.resolve_model(model, env), max_level=max_level,
                                    **options)
