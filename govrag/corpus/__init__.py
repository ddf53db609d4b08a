"""Statutes: e-Gov 法令標準XML and plain-text parsers, :class:`Law` / :class:`Provision`, :class:`Corpus`.

>>> from govrag.corpus import Corpus, load_law  # doctest: +SKIP
>>> corpus = Corpus.from_path("../shared/corpora/egov-xml")  # doctest: +SKIP
>>> corpus.provision("行政手続法", "第七条", 1).citation  # doctest: +SKIP
'行政手続法第七条第一項'
"""

from __future__ import annotations

from govrag.corpus.corpus import Corpus, LoadProblem
from govrag.corpus.loader import DEFAULT_MAX_BYTES, load_law, parse_law_bytes
from govrag.corpus.model import Law, Provision

__all__ = ["DEFAULT_MAX_BYTES", "Corpus", "Law", "LoadProblem", "Provision", "load_law", "parse_law_bytes"]
