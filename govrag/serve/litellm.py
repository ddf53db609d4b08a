"""LiteLLM generic guardrail API endpoint."""

from __future__ import annotations

from typing import Any

__all__ = ["litellm_routes"]


def litellm_routes(gw: Any) -> list[Any]:
    return []
