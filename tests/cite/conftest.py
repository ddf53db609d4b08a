"""Session fixtures for the citation tests: a corpus of a few real laws (parsed once)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EGOV_XML

#: law ids of the laws the citation tests use (files under ../shared/corpora/egov-xml)
FEW_LAWS: dict[str, str] = {
    "行政手続法": "405AC0000000088",
    "行政機関の保有する情報の公開に関する法律": "411AC0000000042",
    "個人情報の保護に関する法律": "415AC0000000057",
    "国家賠償法": "322AC0000000125",
    "地方公務員法": "325AC0000000261",
    "行政不服審査法": "426AC0000000068",
    "民法": "129AC0000000089",
    "国家公務員法": "322AC0000000120",
    "地方自治法": "322AC0000000067",
}


@pytest.fixture(scope="session")
def few_laws() -> Any:
    """A Corpus of the laws in :data:`FEW_LAWS`, loaded from the real e-Gov XML."""
    from govrag.corpus import Corpus, load_law

    if not EGOV_XML.is_dir():
        pytest.fail(f"shared corpora not found at {EGOV_XML}")
    paths: list[Path] = []
    for law_id in FEW_LAWS.values():
        found = sorted(EGOV_XML.glob(f"{law_id}_*.xml"))
        if not found:
            pytest.fail(f"{law_id} missing from {EGOV_XML}")
        paths.append(found[-1])
    return Corpus.from_laws([load_law(p) for p in paths])
