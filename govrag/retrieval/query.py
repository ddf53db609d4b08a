"""Query analysis: law names mentioned in a query and explicit provision references.

>>> names = {"行政手続法": ("405AC0000000088",), "情報公開法": ("411AC0000000042", "413AC0000000140")}
>>> refs = find_references("行政手続法第七条第一項の「補正」とは", names)
>>> [(r.law_ids, r.article, r.paragraph) for r in refs]
[(('405AC0000000088',), '7', 1)]
>>> [(r.law_ids, r.article) for r in find_references("情報公開法第5条の不開示情報とは", names)]
[(('411AC0000000042', '413AC0000000140'), '5')]
>>> mentioned_laws("行手法と情報公開法の違い", {"行手法": ("405AC0000000088",), **names})
('405AC0000000088', '411AC0000000042', '413AC0000000140')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from govrag.text.numerals import article_key, kanji_to_int

__all__ = ["Reference", "find_references", "mentioned_laws", "normalize_query"]

_NUM = "[0-9〇零一二三四五六七八九十百千]+"
_REF_RE = re.compile(rf"(第)?({_NUM})条((?:の{_NUM})*)(?:第?({_NUM})項)?")
# text allowed between a law name and its article reference (「行政手続法の第七条」「同法第」)
_GAP_RE = re.compile(r"^[\s　のにでは]{0,3}$")


@dataclass(frozen=True, slots=True)
class Reference:
    """A provision named in a query; ``law_ids`` has several ids when the name is ambiguous."""

    law_ids: tuple[str, ...]
    article: str
    paragraph: int | None
    start: int
    end: int


def normalize_query(query: str) -> str:
    """NFKC (full-width digits to ASCII) and trimmed.

    >>> normalize_query(" 第５条 ")
    '第5条'
    """
    return unicodedata.normalize("NFKC", query).strip()


def _law_spans(text: str, names: Mapping[str, tuple[str, ...]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Non-overlapping longest matches of law names in ``text``."""
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for name in sorted(names, key=len, reverse=True):
        if not name:
            continue
        start = 0
        while (i := text.find(name, start)) >= 0:
            end = i + len(name)
            if not any(s < end and i < e for s, e, _ in found):
                found.append((i, end, names[name]))
            start = end
    return sorted(found)


def mentioned_laws(query: str, names: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Law ids whose title or abbreviation occurs in the query (in order of appearance)."""
    out: list[str] = []
    for _, _, ids in _law_spans(normalize_query(query), names):
        out.extend(i for i in ids if i not in out)
    return tuple(out)


def find_references(
    query: str, names: Mapping[str, tuple[str, ...]], *, default_laws: tuple[str, ...] = ()
) -> list[Reference]:
    """Provision references (law name + 第N条[のM][第K項]) in ``query``.

    A bare 「第N条」 binds to the closest preceding law name; without one it binds to
    ``default_laws`` (e.g. the search's law filter) or is ignored. 「第」 may be omitted after a
    law name (「地公法33条」).

    >>> [(r.law_ids, r.article) for r in find_references("地公法の33条", {"地公法": ("325AC0000000261",)})]
    [(('325AC0000000261',), '33')]
    """
    text = normalize_query(query)
    laws = _law_spans(text, names)
    out: list[Reference] = []
    for m in _REF_RE.finditer(text):
        before = [span for span in laws if span[1] <= m.start()]
        law_ids: tuple[str, ...] = ()
        if before:
            _, e, ids = before[-1]
            if _GAP_RE.match(text[e : m.start()]) or not default_laws:
                law_ids = ids
        if not law_ids and m.group(1):
            law_ids = default_laws
        if not law_ids:
            continue
        try:
            key = article_key(f"第{m.group(2)}条{m.group(3)}")
            para = kanji_to_int(m.group(4)) if m.group(4) else None
        except ValueError:
            continue
        out.append(Reference(law_ids=law_ids, article=key, paragraph=para, start=m.start(), end=m.end()))
    return out
