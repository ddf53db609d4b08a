"""Fixtures for provider tests: a real fake-OpenAI server on 127.0.0.1 and real statute provisions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from govrag.corpus.model import Law, Provision
from govrag.testing.openai_server import OpenAIServer
from tests.conftest import EGOV_XML

GYOSEI_TETSUZUKI = "405AC0000000088"  # 行政手続法
KOBUNSHO = "421AC0000000066"  # 公文書等の管理に関する法律
SECRET = "sk-govrag-test-5f2a9c"


@pytest.fixture
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer(require_key=SECRET) as srv:
        yield srv


@pytest.fixture(scope="session")
def laws() -> list[Law]:
    """行政手続法 and 公文書等の管理に関する法律, parsed from the real e-Gov XML."""
    from govrag.corpus import load_law

    out = []
    for law_id in (GYOSEI_TETSUZUKI, KOBUNSHO):
        matches = sorted(EGOV_XML.glob(f"{law_id}_*.xml"))
        assert matches, f"{law_id} missing from {EGOV_XML}"
        out.append(load_law(matches[0]))
    return out


@pytest.fixture(scope="session")
def provisions(laws: list[Law]) -> dict[str, Provision]:
    """Main-provision article and paragraph provisions of both laws, by citation."""
    return {p.citation: p for law in laws for p in law.provisions if not p.suppl and p.item is None}
