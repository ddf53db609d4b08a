"""Query analysis: law names mentioned in a query and explicit provision references.

References are read with the one citation grammar (:func:`govrag.cite.parse_citations`), so a
range 「第七条から第九条まで」 names all three articles and 「附則第二条」 is not 第二条.

>>> names = {"行政手続法": ("405AC0000000088",), "情報公開法": ("411AC0000000042", "413AC0000000140")}
>>> refs = find_references("行政手続法第七条第一項の「補正」とは", names)
>>> [(r.law_ids, r.article, r.paragraph) for r in refs]
[(('405AC0000000088',), '7', 1)]
>>> [(r.law_ids, r.article) for r in find_references("情報公開法第5条の不開示情報とは", names)]
[(('411AC0000000042', '413AC0000000140'), '5')]
>>> [r.article for r in find_references("行政手続法第七条から第九条まで", names)]
['7', '8', '9']
>>> [(r.article, r.suppl) for r in find_references("行政手続法附則第二条", names)]
[('2', True)]
>>> mentioned_laws("行手法と情報公開法の違い", {"行手法": ("405AC0000000088",), **names})
('405AC0000000088', '411AC0000000042', '413AC0000000140')
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from govrag.cite.grammar import parse_citations
from govrag.cite.lexer import LawMatcher
from govrag.cite.targets import expand_targets

__all__ = ["Reference", "find_references", "mentioned_laws", "normalize_query"]


@dataclass(frozen=True, slots=True)
class Reference:
    """A provision named in a query; ``law_ids`` has several ids when the name is ambiguous."""

    law_ids: tuple[str, ...]
    article: str
    paragraph: int | None
    start: int
    end: int
    suppl: bool = False


def normalize_query(query: str) -> str:
    """NFKC (full-width digits to ASCII) and trimmed.

    >>> normalize_query(" 第５条 ")
    '第5条'
    """
    return unicodedata.normalize("NFKC", query).strip()


def mentioned_laws(query: str, names: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Law ids whose title or abbreviation occurs in the query (in order of appearance; the
    longest name wins where names overlap, as in the citation grammar: :class:`LawMatcher`)."""
    out: list[str] = []
    for _, _, name, _ in LawMatcher(dict.fromkeys(names)).find_all(normalize_query(query)):
        out.extend(i for i in names[name] if i not in out)
    return tuple(out)


def find_references(
    query: str, names: Mapping[str, tuple[str, ...]], *, default_laws: tuple[str, ...] = ()
) -> list[Reference]:
    """Provision references (law name + 第N条[のM][第K項], ranges expanded) in ``query``.

    A reference without a law name (「第5条」, not 「5条」) binds to ``default_laws`` (e.g. the search's law
    filter) or is ignored; 「同法」 and 「前条」 resolve as the grammar resolves them.
    An ambiguous name keeps every law id it may mean.

    >>> [(r.law_ids, r.article) for r in find_references("地公法の33条", {"地公法": ("325AC0000000261",)})]
    [(('325AC0000000261',), '33')]
    """
    text = normalize_query(query)
    first = {name: ids[0] for name, ids in names.items() if name and ids}
    matcher = LawMatcher(first)
    out: list[Reference] = []
    for c in parse_citations(text, law_names=first):
        if c.article is None or not c.article:
            continue
        if c.law_id is not None:
            # the name as written keeps every law it may mean (情報公開法: two Acts)
            written = matcher.starting_at(c.text)
            law_ids = names[written[1]] if written is not None else (c.law_id,)
        elif c.law_title is None and default_laws and c.text.startswith("第"):
            law_ids = default_laws  # 「第七条」 alone; a bare 「7条」 is too weak a signal
        else:
            continue
        targets = expand_targets(c, None) if c.law_id is not None else [
            ("", c.suppl, c.article, c.paragraph, c.item)]
        for _, suppl, article, paragraph, _item in dict.fromkeys(targets):
            out.append(Reference(law_ids=law_ids, article=article, paragraph=paragraph,
                                 start=c.start, end=c.end, suppl=suppl))
    return out
