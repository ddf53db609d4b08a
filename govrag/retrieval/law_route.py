"""Law-level routing (round 9): which of the corpus's laws a question is about, from the statutes.

Each law gets a profile built from its own text only: its title and abbreviations, its article
captions （見出し）, its chapter titles, the terms it defines （以下「…」という。 / 「…」とは）, and the
lemmas of its body text. A question's law scores are BM25 of its content lemmas — plus the
statutory terms the packaged vocabulary (thesaurus and lay glossary) expands its everyday phrases
to, at a lower weight — against those profiles (one document per law; the structural fields
weigh more than body lemmas). No question file is read.

>>> from govrag.retrieval.law_route import LawRouter
>>> r = LawRouter.from_profiles({"A": {"著作物": 3.0, "複製": 2.0}, "B": {"借地権": 3.0}})
>>> [law for law, _ in r.route("著作物を複製してよいか")][:1]
['A']
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from govrag.errors import ConfigError

__all__ = ["FIELD_WEIGHTS", "LawRouter", "RouteConfig", "law_profile", "route_candidates"]

# weight of one occurrence of a lemma in each profile field (body lemmas are counted once per article)
FIELD_WEIGHTS: Mapping[str, float] = {
    "title": 4.0, "caption": 2.0, "chapter": 2.0, "defined": 3.0, "body": 0.5,
}
_DEFINED = re.compile(r"以下(?:単に)?「([^「」]{1,30})」という")
_TOHA = re.compile(r"「([^「」]{1,30})」とは")


@dataclass(frozen=True, kw_only=True)
class RouteConfig:
    """BM25 parameters of the routing and the weight of vocabulary-expanded terms."""

    k1: float = 2.0
    b: float = 0.75
    expansion_weight: float = 0.5


def _terms(text: str) -> list[str]:
    from govrag.retrieval.sparse import LemmaAnalyzer

    return LemmaAnalyzer().terms(unicodedata.normalize("NFKC", text))


def law_profile(law: Any) -> dict[str, float]:
    """The weighted lemma bag of one corpus law (see :data:`FIELD_WEIGHTS`)."""
    bag: dict[str, float] = {}

    def add(text: str, field: str) -> None:
        for t in _terms(text):
            bag[t] = bag.get(t, 0.0) + FIELD_WEIGHTS[field]

    add(" ".join((law.title, *getattr(law, "abbreviations", ()))), "title")
    chapters: set[str] = set()
    for p in law.provisions:
        if p.suppl or getattr(p, "deleted", False):
            continue
        chapters.update(p.chapter_path)
        if p.paragraph is None and p.item is None:
            if p.caption:
                add(p.caption.strip("（）()"), "caption")
            text = p.text
            defined = _DEFINED.findall(text) + _TOHA.findall(text)
            if defined:
                add(" ".join(defined), "defined")
            for t in set(_terms(text)):
                bag[t] = bag.get(t, 0.0) + FIELD_WEIGHTS["body"]
    for ch in chapters:
        add(re.sub(r"^第[^\s　]+[\s　]*", "", ch), "chapter")
    return bag


class LawRouter:
    """BM25 of a question's lemmas against one profile per law (:func:`law_profile`)."""

    def __init__(self, profiles: Mapping[str, Mapping[str, float]], *,
                 config: RouteConfig | None = None, vocabulary: Any | None = None) -> None:
        if not profiles:
            raise ConfigError("law routing needs at least one law profile")
        self.config = config or RouteConfig()
        self.vocabulary = vocabulary
        self.profiles = {law: dict(bag) for law, bag in profiles.items()}
        n = len(self.profiles)
        df: Counter[str] = Counter()
        for bag in self.profiles.values():
            df.update(bag.keys())
        self.idf = {t: math.log(1.0 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self.length = {law: sum(bag.values()) for law, bag in self.profiles.items()}
        self.avg_length = sum(self.length.values()) / n

    @classmethod
    def from_profiles(cls, profiles: Mapping[str, Mapping[str, float]], *,
                      config: RouteConfig | None = None) -> LawRouter:
        """A router over given lemma bags (no vocabulary expansion)."""
        return cls(profiles, config=config)

    @classmethod
    def from_corpus(cls, corpus: Any, *, config: RouteConfig | None = None,
                    vocabulary: Any = True) -> LawRouter:
        """A router over every law of ``corpus``; ``vocabulary`` True: the packaged thesaurus and
        lay glossary expand the question (a :class:`~govrag.retrieval.thesaurus.Thesaurus`, or
        False/None for none)."""
        if vocabulary is True:
            from govrag.retrieval.thesaurus import default_vocabulary

            vocabulary = default_vocabulary()
        laws = corpus.laws() if callable(getattr(corpus, "laws", None)) else corpus.laws
        return cls({law.law_id: law_profile(law) for law in laws}, config=config,
                   vocabulary=vocabulary or None)

    def query_terms(self, question: str) -> dict[str, float]:
        """The question's lemmas (weight 1) and its vocabulary expansions' lemmas (lower)."""
        out: dict[str, float] = dict.fromkeys(_terms(question), 1.0)
        if self.vocabulary is not None:
            for term in self.vocabulary.expansions(question):
                for t in _terms(term):
                    out.setdefault(t, self.config.expansion_weight)
        return out

    def scores(self, question: str) -> dict[str, float]:
        """BM25 score of every law for ``question`` (0.0 where no term matches)."""
        k1, b = self.config.k1, self.config.b
        out = dict.fromkeys(self.profiles, 0.0)
        for t, qw in self.query_terms(question).items():
            idf = self.idf.get(t)
            if idf is None:
                continue
            for law, bag in self.profiles.items():
                tf = bag.get(t)
                if tf:
                    norm = k1 * (1.0 - b + b * self.length[law] / self.avg_length)
                    out[law] += qw * idf * tf * (k1 + 1.0) / (tf + norm)
        return out

    def route(self, question: str, *, top: int | None = None) -> list[tuple[str, float]]:
        """Laws by descending score (ties by law id), the first ``top`` (all when None)."""
        ranked = sorted(self.scores(question).items(), key=lambda kv: (-kv[1], kv[0]))
        return ranked[:top] if top is not None else ranked

    def normalised(self, question: str) -> dict[str, float]:
        """Scores divided by the best one (1.0 for the routed law; all 0.0 when nothing matches)."""
        s = self.scores(question)
        best = max(s.values(), default=0.0)
        return {law: (v / best if best > 0 else 0.0) for law, v in s.items()}


def route_candidates(index: Any, router: LawRouter, question: str, hits: Sequence[Any], *,
                     per_law: int = 3, laws: int = 1, within: int = 20) -> list[Any]:
    """Hits to add to ``hits``: for each of the ``laws`` best-routed laws that has no hit among the
    first ``within``, the ``per_law`` best of a search restricted to it (not already in ``hits``)."""
    if per_law < 1 or laws < 1:
        raise ConfigError("route_candidates: per_law and laws must be >= 1")
    present = {h.law_id for h in hits[:within]}
    seen = {(h.law_id, h.article) for h in hits}
    out: list[Any] = []
    for law, score in router.route(question, top=laws):
        if score <= 0 or law in present:
            continue
        found: Iterable[Any] = index.search(question, k=per_law, laws=[law])
        for h in found:
            if (h.law_id, h.article) not in seen:
                seen.add((h.law_id, h.article))
                out.append(h)
    return out
