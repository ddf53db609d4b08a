"""Serving govrag: the OpenAI-compatible guarded gateway and the MCP server.

The gateway puts ``POST /v1/chat/completions`` in front of any provider, with DLP redaction and
restore, 機密性 policy, injection and output guards, client keys and budgets, one hash-chained audit
row per request, a usage dashboard and a LiteLLM guardrail endpoint (docs/serve.md).

Needs the ``serve`` extra (starlette, uvicorn). Importing this package is light.

>>> from govrag.serve import config_from_flags
>>> config_from_flags(upstream=None, model="govrag-qa/extractive", provider="extractive", api_key="k",
...                   audit="a.sqlite", corpus=["statutes/"]).routes[0].rag
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govrag._lazy import lazy_getattr
from govrag.serve.config import (
    GatewayConfig,
    KeySpec,
    RagConfig,
    RouteConfig,
    config_from_flags,
    load_config,
)

if TYPE_CHECKING:  # pragma: no cover
    from govrag.serve.app import create_app as create_app
    from govrag.serve.gateway import Gateway as Gateway
    from govrag.serve.keys import hash_key as hash_key
    from govrag.serve.keys import new_key as new_key

_LAZY = {
    "create_app": "govrag.serve.app",
    "Gateway": "govrag.serve.gateway",
    "hash_key": "govrag.serve.keys",
    "new_key": "govrag.serve.keys",
}

__all__ = [
    "Gateway",
    "GatewayConfig",
    "KeySpec",
    "RagConfig",
    "RouteConfig",
    "config_from_flags",
    "create_app",
    "hash_key",
    "load_config",
    "new_key",
]

__getattr__ = lazy_getattr(__name__, _LAZY, globals())
