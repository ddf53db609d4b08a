"""BM25 as Qdrant sparse vectors: lemma analyzers, hashed term ids, document/query weights.

Documents carry the BM25 term-frequency part ``tf·(k1+1) / (tf + k1·(1 - b + b·len/avglen))``;
the IDF factor is applied by Qdrant (sparse vector ``modifier=IDF``), so the same index works on
an embedded shard and on a server. Term ids are the first 31 bits of BLAKE2b of the term, so no
vocabulary has to be stored or shared, and incremental updates never renumber anything.

>>> enc = SparseEncoder(analyzer=CharBigramAnalyzer(), avg_len=10.0)
>>> v = enc.query("行政庁")
>>> len(v.indices), v.values
(2, (1.0, 1.0))
"""

from __future__ import annotations

import hashlib
import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from govrag.errors import ConfigError

__all__ = [
    "Analyzer",
    "CharBigramAnalyzer",
    "LemmaAnalyzer",
    "SparseEncoder",
    "SparseVec",
    "analyzer_by_name",
    "term_id",
]

AnalyzerName = Literal["lemma", "char-bigram"]


def term_id(term: str) -> int:
    """Stable 31-bit id of a term (hashing: no vocabulary to persist).

    >>> term_id("申請") == term_id("申請"), 0 <= term_id("申請") < 2**31
    (True, True)
    """
    tid = _TERM_IDS.get(term)
    if tid is None:
        digest = hashlib.blake2b(term.encode("utf-8"), digest_size=4).digest()
        tid = int.from_bytes(digest, "big") & 0x7FFFFFFF
        if len(_TERM_IDS) >= 500_000:
            _TERM_IDS.clear()
        _TERM_IDS[term] = tid
    return tid


_TERM_IDS: dict[str, int] = {}


@runtime_checkable
class Analyzer(Protocol):
    """Text -> terms. ``name`` is recorded in the index manifest."""

    @property
    def name(self) -> str: ...

    def terms(self, text: str) -> list[str]: ...


class LemmaAnalyzer:
    """Content-word lemmas from fugashi/unidic-lite with numerals normalized
    (:func:`govrag.text.tokenizer.content_lemmas`), plus compound nouns: adjacent noun lemmas
    are also joined (``情報`` + ``公開`` -> ``情報公開``) so phrases score above scattered words.
    """

    def __init__(self, *, compounds: bool = True) -> None:
        self._compounds = compounds

    @property
    def name(self) -> str:
        return "lemma-v1" + ("+compound" if self._compounds else "")

    def terms(self, text: str) -> list[str]:
        from govrag.text.tokenizer import content_lemmas

        lemmas = content_lemmas(text)
        if not self._compounds:
            return lemmas
        out = list(lemmas)
        out.extend(a + b for a, b in itertools.pairwise(lemmas) if not (a.isdigit() or b.isdigit()))
        return out


class CharBigramAnalyzer:
    """Naive character bigrams of the NFKC-normalized text without spaces (a baseline)."""

    @property
    def name(self) -> str:
        return "char-bigram-v1"

    def terms(self, text: str) -> list[str]:
        import unicodedata

        s = "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())
        return [s[i : i + 2] for i in range(len(s) - 1)]


def analyzer_by_name(name: str) -> Analyzer:
    """Rebuild an analyzer from the name recorded in a manifest.

    >>> analyzer_by_name("char-bigram-v1").name
    'char-bigram-v1'
    """
    if name == "lemma-v1+compound":
        return LemmaAnalyzer(compounds=True)
    if name == "lemma-v1":
        return LemmaAnalyzer(compounds=False)
    if name == "char-bigram-v1":
        return CharBigramAnalyzer()
    raise ConfigError(f"unknown analyzer {name!r}; valid: 'lemma-v1+compound', 'lemma-v1', 'char-bigram-v1'")


@dataclass(frozen=True, slots=True)
class SparseVec:
    """Sorted term ids and their weights."""

    indices: tuple[int, ...]
    values: tuple[float, ...]

    def __bool__(self) -> bool:
        return bool(self.indices)


def _vec(weights: dict[int, float]) -> SparseVec:
    items = sorted(weights.items())
    return SparseVec(tuple(i for i, _ in items), tuple(float(w) for _, w in items))


class SparseEncoder:
    """BM25 weights for documents and queries (``k1``, ``b`` keyword-only; ``avg_len`` fixed at
    first build and kept in the manifest so later incremental updates score consistently)."""

    def __init__(self, *, analyzer: Analyzer, avg_len: float, k1: float = 1.2, b: float = 0.75) -> None:
        if avg_len <= 0:
            raise ConfigError(f"avg_len must be positive, got {avg_len}")
        self.analyzer = analyzer
        self.avg_len = avg_len
        self.k1 = k1
        self.b = b

    @staticmethod
    def average_length(analyzer: Analyzer, texts: Sequence[str]) -> float:
        """Mean number of terms per document (1.0 for an empty corpus)."""
        lengths = [len(analyzer.terms(t)) for t in texts]
        return (sum(lengths) / len(lengths)) if lengths and sum(lengths) else 1.0

    def document_terms(self, terms: Sequence[str]) -> SparseVec:
        counts: Counter[int] = Counter()
        for term, tf in Counter(terms).items():
            counts[term_id(term)] += tf
        norm = self.k1 * (1 - self.b + self.b * len(terms) / self.avg_len)
        return _vec({tid: tf * (self.k1 + 1) / (tf + norm) for tid, tf in counts.items()})

    def document(self, text: str) -> SparseVec:
        return self.document_terms(self.analyzer.terms(text))

    def query(self, text: str, *, extra: dict[str, float] | None = None) -> SparseVec:
        """Each distinct query term weighs 1.0; ``extra`` adds (expansion) terms with their weight."""
        weights: dict[int, float] = {term_id(t): 1.0 for t in self.analyzer.terms(text)}
        for term, w in (extra or {}).items():
            tid = term_id(term)
            weights[tid] = max(weights.get(tid, 0.0), w)
        return _vec(weights)
