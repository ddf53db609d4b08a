"""Usage dashboard at ``/dashboard`` (admin key)."""

from __future__ import annotations

from typing import Any

__all__ = ["dashboard_routes"]


def dashboard_routes(gw: Any) -> list[Any]:
    return []
