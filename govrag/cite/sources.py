"""Retrieved sources as addresses: what the model was shown, at article/paragraph/item level.

``sources`` may mix :class:`~govrag.retrieval.Hit`, :class:`~govrag.corpus.Provision`,
:class:`~govrag.cite.model.Citation`, citation strings (``"行政手続法第七条"``) and mappings with
``law_id``/``law_title``, ``article``, ``paragraph``, ``item`` (a JSON hit).

Coverage rule (documented in docs/citations.md): a source covers a citation when both name the
same law, main/附則 part and article, and one address is a prefix of the other — an
article-level source covers all its paragraphs and items, and a paragraph- or item-level source
also covers a citation of its whole article or paragraph (the model saw part of it).

>>> s = SourceUnit(law_id="L", suppl=False, article="7", paragraph=None, item=None)
>>> s.covers("L", False, "7", 1, None), s.covers("L", False, "8", None, None)
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from govrag.errors import InputError

__all__ = ["SourceUnit", "source_units"]


@dataclass(frozen=True, slots=True)
class SourceUnit:
    """One retrieved unit; ``text`` is kept for the semantic cross-check."""

    law_id: str
    suppl: bool
    article: str
    paragraph: int | None
    item: str | None
    text: str = ""
    label: str = ""

    def covers(self, law_id: str, suppl: bool, article: str, paragraph: int | None, item: str | None) -> bool:
        if law_id != self.law_id or suppl != self.suppl:
            return False
        if not _same_article(self.article, article):
            return False
        if self.paragraph is not None and paragraph is not None and self.paragraph != paragraph:
            return False
        return not (self.item is not None and item is not None and self.item != item)


def _same_article(source: str, cited: str) -> bool:
    if source == cited:
        return True
    if ":" in source and cited.isdigit():  # a range provision (第三条から第五条まで削除)
        first, last = source.split(":", 1)
        return first.isdigit() and last.isdigit() and int(first) <= int(cited) <= int(last)
    return False


def source_units(sources: Iterable[Any], *, corpus: Any = None) -> list[SourceUnit]:
    """Normalise ``sources`` to :class:`SourceUnit` values (see the module docstring)."""
    from govrag.cite.grammar import parse_citations
    from govrag.cite.model import Citation

    if isinstance(sources, (str, bytes)) or isinstance(sources, Mapping):
        sources = [sources]
    out: list[SourceUnit] = []
    for n, src in enumerate(sources):
        if isinstance(src, str):
            cits = parse_citations(src, corpus=corpus)
            if not cits or any(c.law_id is None or c.article is None for c in cits):
                raise InputError(f"source {n} ({src!r}) is not a resolvable citation of a law in the corpus")
            for c in cits:
                out.extend(_from_citation(c, corpus))
            continue
        if isinstance(src, Citation):
            if src.law_id is None or src.article is None:
                raise InputError(f"source {n} ({src.text!r}) is not resolved to a law in the corpus")
            out.extend(_from_citation(src, corpus))
            continue
        if isinstance(src, Mapping):
            get = src.get
        else:

            def get(key: str, default: Any = None, _s: Any = src) -> Any:
                return getattr(_s, key, default)

        law_id = get("law_id")
        if not law_id and get("law_title") and corpus is not None:
            law = corpus.law(str(get("law_title")))
            law_id = law.law_id if law is not None else None
        article = get("article")
        if not law_id or article is None:
            raise InputError(
                f"source {n} has no law_id/article (a Hit, Provision, citation string or mapping)"
            )
        paragraph = get("paragraph")
        item = get("item")
        suppl = bool(get("suppl", False))
        text = str(get("text", "") or "")
        label = str(get("citation", "") or "")
        paragraphs = tuple(get("paragraphs", ()) or ())
        para_values: list[int | None] = (
            [int(p) for p in paragraphs]
            if paragraphs and paragraph is None
            else [int(paragraph) if paragraph is not None else None]
        )
        for p in para_values:
            out.append(
                SourceUnit(
                    str(law_id), suppl, str(article), p, str(item) if item is not None else None, text, label
                )
            )
    return out


def _from_citation(c: Any, corpus: Any) -> list[SourceUnit]:
    from govrag.cite.targets import expand_targets

    units = []
    for t in expand_targets(c, corpus):
        text = ""
        if corpus is not None:
            prov = corpus.provision(t[0], t[2], t[3], t[4], suppl=t[1])
            text = prov.text if prov is not None else ""
        units.append(SourceUnit(t[0], t[1], t[2], t[3], t[4], text, c.text))
    return units
