"""Where the audit log lives when the caller names no path.

>>> import os
>>> os.environ["GOVRAG_AUDIT"] = "/tmp/a.sqlite3"
>>> str(default_audit_path())
'/tmp/a.sqlite3'
>>> del os.environ["GOVRAG_AUDIT"]
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["default_audit_path"]


def default_audit_path() -> Path:
    """``$GOVRAG_AUDIT``, else ``$XDG_DATA_HOME/govrag/audit.sqlite3`` (``~/.local/share``)."""
    if os.environ.get("GOVRAG_AUDIT"):
        return Path(os.environ["GOVRAG_AUDIT"])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "govrag" / "audit.sqlite3"
