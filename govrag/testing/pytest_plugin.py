"""pytest plugin for citation checks (being built; registers nothing heavy)."""

from __future__ import annotations
