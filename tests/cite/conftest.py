"""Session fixtures for the citation tests: a corpus of a few real laws (parsed once)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.conftest import EGOV_XML

if TYPE_CHECKING:
    from govrag.cite.entail_units import ClaimCheck
    from govrag.corpus import Corpus, Provision

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


def latest_laws(law_ids: Iterable[str]) -> Corpus:
    """A Corpus of the newest real e-Gov XML revision of each law id (fails the test when one is missing)."""
    from govrag.corpus import Corpus, load_law

    paths: list[Path] = []
    for law_id in law_ids:
        found = sorted(EGOV_XML.glob(f"{law_id}_*.xml"))
        if not found:
            pytest.fail(f"{law_id} missing from {EGOV_XML}")
        paths.append(found[-1])
    return Corpus.from_laws([load_law(p) for p in paths])


def assert_slot(
    corpus: Corpus, law: str, article: str, claim: str, slot: str | None, *, paragraph: int | None = None
) -> tuple[Provision, ClaimCheck]:
    """Check ``claim`` on one provision: supported when ``slot`` is None, else unsupported on ``slot``."""
    from govrag.cite.entail import check_claim

    prov = corpus.provision(law, article, paragraph)
    assert prov is not None, (law, article, paragraph)
    r = check_claim(claim, [prov.text], titles=[prov.law_title])
    assert (r.status, r.slot) == ("supported" if slot is None else "unsupported", slot), r.reason
    return prov, r


@pytest.fixture(scope="session")
def few_laws() -> Any:
    """A Corpus of the laws in :data:`FEW_LAWS`, loaded from the real e-Gov XML."""
    if not EGOV_XML.is_dir():
        pytest.fail(f"shared corpora not found at {EGOV_XML}")
    return latest_laws(FEW_LAWS.values())
