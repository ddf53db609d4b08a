"""The concrete provisions a resolved citation points at (ranges such as 第七条から第九条まで expanded).

>>> from govrag.cite import parse_citations
>>> c = parse_citations("民法第九十条から第九十二条まで", law_names={"民法": "129AC0000000089"})[0]
>>> [t[2] for t in expand_targets(c, None)]
['90', '91', '92']
"""

from __future__ import annotations

from typing import Any

from govrag.cite.model import Citation

__all__ = ["Target", "expand_targets"]

Target = tuple[str, bool, str, int | None, str | None]  # law_id, suppl, article, paragraph, item


def expand_targets(c: Citation, corpus: Any) -> list[Target]:
    """The concrete units a resolved citation points at (ranges expanded via the corpus)."""
    if c.law_id is None or c.article is None:
        return []
    articles = [c.article]
    if c.article_end is not None and c.article_end != c.article:
        articles = _article_span(c, corpus)
    out: list[Target] = []
    for a in articles:
        paras: list[int | None] = [c.paragraph]
        if c.paragraph is not None and c.paragraph_end is not None and c.paragraph_end > c.paragraph:
            paras = list(range(c.paragraph, c.paragraph_end + 1))
        for p in paras:
            items: list[str | None] = [c.item]
            if c.item is not None and c.item_end is not None and c.item_end != c.item:
                head, last = c.item.split("_")[0], c.item_end.split("_")[0]
                if head.isdigit() and last.isdigit() and int(last) > int(head):
                    items = [str(i) for i in range(int(head), int(last) + 1)]
            out.extend((c.law_id, c.suppl, a, p, i) for i in items)
    return out


def _article_span(c: Citation, corpus: Any) -> list[str]:
    if c.article is None or c.article_end is None:
        return [a for a in (c.article, c.article_end) if a is not None]
    law = corpus.law(c.law_id) if corpus is not None and c.law_id else None
    if law is not None:
        keys: list[str] = []
        for p in law.provisions:
            if p.suppl == c.suppl and p.paragraph is None and p.item is None and p.article not in keys:
                if c.suppl and getattr(p, "suppl_label", None):
                    continue
                keys.append(p.article)
        if c.article in keys and c.article_end in keys:
            i, j = keys.index(c.article), keys.index(c.article_end)
            if i <= j:
                return keys[i : j + 1]
    a, b = c.article.split("_")[0], c.article_end.split("_")[0]
    if a.isdigit() and b.isdigit() and int(a) <= int(b):
        return [str(n) for n in range(int(a), int(b) + 1)]
    return [c.article, c.article_end]
