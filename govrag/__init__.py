"""govrag: accountable retrieval-augmented drafting and Q&A over Japanese statutes.

Nothing heavy is imported here: every public name is loaded on first use.

>>> import govrag
>>> govrag.kanji_to_int("二百五十二")
252
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from govrag._lazy import lazy_getattr

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    # errors
    "GovragError": "govrag.errors",
    "ConfigError": "govrag.errors",
    "InputError": "govrag.errors",
    "StageError": "govrag.errors",
    "PolicyViolation": "govrag.errors",
    "SensitiveDataBlocked": "govrag.errors",
    "CitationUnverified": "govrag.errors",
    "ContentFiltered": "govrag.errors",
    "ProviderError": "govrag.errors",
    "AuditError": "govrag.errors",
    "CorpusError": "govrag.errors",
    # text
    "normalize": "govrag.text",
    "tokenize": "govrag.text",
    "split_sentences": "govrag.text",
    "kanji_to_int": "govrag.text",
    "int_to_kanji": "govrag.text",
    # corpus
    "Law": "govrag.corpus",
    "Provision": "govrag.corpus",
    "Corpus": "govrag.corpus",
    "load_law": "govrag.corpus",
    # dlp
    "scan": "govrag.dlp",
    "redact": "govrag.dlp",
    "classify": "govrag.dlp",
    # retrieval
    "StatuteIndex": "govrag.retrieval",
    "Hit": "govrag.retrieval",
    # citations
    "parse_citations": "govrag.cite",
    "verify_citations": "govrag.cite",
    # providers
    "get_provider": "govrag.providers",
    "list_profiles": "govrag.providers",
    # pipeline
    "Pipeline": "govrag.pipeline",
    "RunResult": "govrag.pipeline",
    "RunRecord": "govrag.pipeline",
    "AuditLog": "govrag.audit",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


__getattr__ = lazy_getattr(__name__, _EXPORTS, globals())


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # pragma: no cover
    from govrag.audit import AuditLog as AuditLog
    from govrag.cite import parse_citations as parse_citations
    from govrag.cite import verify_citations as verify_citations
    from govrag.corpus import Corpus as Corpus
    from govrag.corpus import Law as Law
    from govrag.corpus import Provision as Provision
    from govrag.corpus import load_law as load_law
    from govrag.dlp import classify as classify
    from govrag.dlp import redact as redact
    from govrag.dlp import scan as scan
    from govrag.errors import *  # noqa: F403
    from govrag.pipeline import Pipeline as Pipeline
    from govrag.pipeline import RunRecord as RunRecord
    from govrag.pipeline import RunResult as RunResult
    from govrag.providers import get_provider as get_provider
    from govrag.providers import list_profiles as list_profiles
    from govrag.retrieval import Hit as Hit
    from govrag.retrieval import StatuteIndex as StatuteIndex
    from govrag.text import int_to_kanji as int_to_kanji
    from govrag.text import kanji_to_int as kanji_to_int
    from govrag.text import normalize as normalize
    from govrag.text import split_sentences as split_sentences
    from govrag.text import tokenize as tokenize
