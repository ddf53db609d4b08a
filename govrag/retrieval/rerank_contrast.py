"""What tells an article from its neighbours of the same law (round 12).

When the right law is found, its neighbouring articles share the law's vocabulary: a question on
a tenancy's end finds 借地権 and 建物 in every article of the chapter. What separates the
answering article from the one before or after it are its own terms. Two signals read that:

``contrast``  per candidate, the question's terms found in this provision (its text and caption)
              weighted by how few of its same-law competitors in the pool also hold them
              (a term no competitor holds counts fully, one every competitor holds not at all),
              × the candidates' IDF, over the question's total (a law with one candidate in the
              pool: 0). ``centred=True`` also subtracts the law's mean, so that it only reorders
              articles of one law; round 12 measured both and the reranker uses the uncentred;
``chapter``   the question's terms in the titles of the provision's 章/節/款 （第三節　借地条件の
              変更等）, weighted as ``lexical`` is — shared by an article's siblings, so it
              leans towards the right part of a long law.

Both take what :class:`~govrag.retrieval.rerank.Reranker` has already computed (the terms found
per candidate, their IDF); nothing here reads an index or embeds.

>>> terms = {"滅失": 1.0, "建物": 1.0, "解約": 1.0}
>>> idf = {"滅失": 1.0, "建物": 0.5, "解約": 1.0}
>>> found = [frozenset({"滅失", "建物"}), frozenset({"滅失", "建物", "解約"}), frozenset({"建物"})]
>>> [round(x, 3) for x in contrast(terms, idf, found, ["L", "L", "M"], centred=True)]
[-0.2, 0.2, 0.0]
>>> [round(x, 3) for x in contrast(terms, idf, found, ["L", "L", "M"])]
[0.0, 0.4, 0.0]
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["chapter_match", "chapter_titles", "contrast"]

_CHAPTER_NUMBER = re.compile(r"^第[^\s　]+[\s　]*")


def contrast(terms: Mapping[str, float], idf: Mapping[str, float], found: Sequence[frozenset[str]],
             laws: Sequence[str], *, centred: bool = False) -> list[float]:
    """Each candidate's distinctive share of the question's weight against its same-law
    competitors (see the module docstring; ``centred=True``: minus the law's mean).

    ``found[i]``: the question's terms in candidate ``i`` (any sentence or its caption);
    ``laws[i]``: its law id. A term held by none of the others counts ``idf × weight``, one held by
    ``k`` of the ``n − 1`` others × ``1 − k / (n − 1)``.

    >>> contrast({"a": 1.0}, {"a": 1.0}, [frozenset({"a"}), frozenset()], ["L", "L"], centred=True)
    [0.5, -0.5]
    >>> contrast({"a": 1.0}, {"a": 1.0}, [frozenset({"a"}), frozenset({"a"})], ["L", "L"])
    [0.0, 0.0]
    """
    total = sum(idf.get(t, 0.0) * w for t, w in terms.items()) or 1.0
    groups: dict[str, list[int]] = defaultdict(list)
    for i, law in enumerate(laws):
        groups[law].append(i)
    out = [0.0] * len(found)
    for members in groups.values():
        n = len(members)
        if n < 2:
            continue
        held: dict[str, int] = defaultdict(int)
        for i in members:
            for t in found[i]:
                held[t] += 1
        raw = {i: sum(idf.get(t, 0.0) * terms.get(t, 0.0) * (1.0 - (held[t] - 1) / (n - 1))
                      for t in found[i]) / total for i in members}
        mean = sum(raw.values()) / n if centred else 0.0
        for i, v in raw.items():
            out[i] = v - mean
    return out


def chapter_titles(hit: Any) -> str:
    """The provision's 章/節/款/目 titles without their numbers, joined (「借地　借地条件の変更等」).

    >>> from types import SimpleNamespace as N
    >>> chapter_titles(N(chapter_path=("第二章　借地", "第三節　借地条件の変更等")))
    '借地　借地条件の変更等'
    """
    path = getattr(hit, "chapter_path", ()) or ()
    return "　".join(_CHAPTER_NUMBER.sub("", unicodedata.normalize("NFKC", str(p))) for p in path)


def chapter_match(terms: Mapping[str, float], idf: Mapping[str, float],
                  patterns: Mapping[str, re.Pattern[str]], hit: Any) -> float:
    """The share of the question's weight found in the provision's chapter titles (0 without a
    chapter path).

    >>> from types import SimpleNamespace as N
    >>> pats = {"変更": re.compile("変更"), "期間": re.compile("期間")}
    >>> chapter_match({"変更": 1.0, "期間": 1.0}, {"変更": 1.0, "期間": 1.0}, pats,
    ...               N(chapter_path=("第二章　借地", "第三節　借地条件の変更等")))
    0.5
    """
    titles = chapter_titles(hit)
    if not titles:
        return 0.0
    total = sum(idf.get(t, 0.0) * w for t, w in terms.items()) or 1.0
    return sum(idf.get(t, 0.0) * w for t, w in terms.items()
               if t in patterns and patterns[t].search(titles)) / total
