"""Plain-language wording a statute states in its own terms (役所 → 行政庁, すぐに → 遅滞なく).

The claim-support core (:mod:`govrag.cite.entail`) counts a claim's content word as stated when
a phrase holding it is listed here and one of the phrase's statutory terms is in the source.
Two packaged lists in one format (``phrase<TAB>term term ...``): the retrieval thesaurus
(``govrag/retrieval/data/thesaurus.txt``, everyday → statutory vocabulary) and
``govrag/cite/data/plain_terms.txt`` (verbs, adverbs and nouns of plain paraphrase). Both are
read as package data; nothing of :mod:`govrag.retrieval` is imported.

>>> from govrag.cite.claims import lemma_set
>>> claim = "役所は、書類が届いたらすぐに審査を始めます。"
>>> source = lemma_set("行政庁は、申請が到達したときは遅滞なく審査を開始しなければならない。")
>>> sorted(stated_by_equivalents(claim, lemma_set(claim) - source, source))
['始める', '届く', '役所', '書類', '直ぐ']
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

__all__ = ["single_word_equivalents", "stated_by_equivalents"]

_FILES = ("retrieval/data/thesaurus.txt", "cite/data/plain_terms.txt")


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """(phrase, its content lemmas, the lemmas of its statutory terms), longest phrase first."""
    from govrag.cite.claims import lemma_set

    out: dict[str, set[str]] = {}
    root = resources.files("govrag")
    for name in _FILES:
        for line in root.joinpath(name).read_text(encoding="utf-8").splitlines():
            head, sep, tail = line.partition("\t")
            if not sep or line.lstrip().startswith("#") or not head.strip():
                continue
            out.setdefault(unicodedata.normalize("NFKC", head.strip()), set()).update(tail.split())
    rows: list[tuple[str, frozenset[str], frozenset[str]]] = []
    for phrase, terms in out.items():
        own = lemma_set(phrase)
        stated = frozenset().union(*(lemma_set(t) for t in terms)) - own
        if own and stated:
            rows.append((phrase, own, stated))
    rows.sort(key=lambda r: -len(r[0]))
    return tuple(rows)


def stated_by_equivalents(claim: str, missing: frozenset[str], source: frozenset[str]) -> frozenset[str]:
    """The lemmas of ``missing`` (claim lemmas not in the source lemmas ``source``) that a listed
    phrase of ``claim`` covers with a statutory term the source states."""
    if not missing:
        return frozenset()
    text = unicodedata.normalize("NFKC", claim)
    found: set[str] = set()
    for phrase, own, stated in _table():
        # a one-word phrase matches by lemma (始める in 「始めます」), a longer one as written
        if own & missing and (len(own) == 1 or phrase in text) and stated & source:
            found |= own & missing
    return frozenset(found)


@lru_cache(maxsize=1)
def single_word_equivalents() -> dict[str, frozenset[str]]:
    """Lemma -> the statutory lemmas it may stand for, from the one-word phrases (始める → 開始)."""
    out: dict[str, set[str]] = {}
    for _phrase, own, stated in _table():
        if len(own) == 1:
            out.setdefault(next(iter(own)), set()).update(stated)
    return {k: frozenset(v) for k, v in out.items()}
