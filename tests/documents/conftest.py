"""Fixtures: the committed office documents (tests/data/documents), loaded once per session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

DOCS = Path(__file__).resolve().parents[1] / "data" / "documents"
CONFIDENTIAL = "kian_kaiji_kettei.docx"  # 機密性２情報 header + the requester's personal data


@pytest.fixture(scope="session")
def documents() -> dict[str, Any]:
    """File name -> loaded, classified Document."""
    from govrag.documents.ingest import load_documents

    result = load_documents([DOCS])
    assert not result.skipped, result.summary()
    return {Path(d.meta.source).name: d for d in result.documents}
