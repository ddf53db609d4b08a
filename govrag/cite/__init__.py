"""Statute citations: grammar, resolver (同法/同条/前条) and verifier.

>>> from govrag.cite import parse_citations
>>> [c.address for c in parse_citations("民法第1条", law_names={"民法": "129AC0000000089"})]
['民法第一条']
"""

from __future__ import annotations

from govrag.cite.grammar import parse_citations
from govrag.cite.model import STATUSES, Citation, CitationCheck, CitationCorpus, Evidence, Status
from govrag.cite.report import CitationReport
from govrag.cite.verify import verify_citations

__all__ = [
    "STATUSES",
    "Citation",
    "CitationCheck",
    "CitationCorpus",
    "CitationReport",
    "Evidence",
    "Status",
    "parse_citations",
    "verify_citations",
]
