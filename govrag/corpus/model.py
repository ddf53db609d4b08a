"""Statute value types: :class:`Law` and :class:`Provision`.

A provision is one addressable unit of a law: an article (``paragraph is None``: the whole
article text), a paragraph, or an item. Keys follow e-Gov's ``Num`` attributes.

>>> p = Provision(law_id="405AC0000000088", law_title="行政手続法", article="7", paragraph=1,
...               item=None, caption="（申請に対する審査、応答）", text="行政庁は、…", suppl=False)
>>> p.citation
'行政手続法第七条第一項'
>>> Provision(law_id="x", law_title="地方自治法", article="252_19", paragraph=None, item="1_2",
...           caption=None, text="", suppl=False).citation
'地方自治法第二百五十二条の十九第一号の二'
"""

from __future__ import annotations

from dataclasses import dataclass

from govrag.text.numerals import article_label, int_to_kanji, item_label

__all__ = ["Law", "Provision"]


@dataclass(frozen=True, slots=True)
class Provision:
    """One article, paragraph or item of a law.

    ``article`` is e-Gov's ``Num`` string (``"7"``, ``"2_2"``, a range ``"3:5"``); ``paragraph`` is
    an int or None (None: the whole article); ``item`` a key such as ``"1_2"`` or None.
    ``suppl`` marks 附則 provisions; ``suppl_label`` names which 附則 (its amendment law number,
    empty for the original 附則).
    """

    law_id: str
    law_title: str
    article: str
    paragraph: int | None
    item: str | None
    caption: str | None
    text: str
    suppl: bool = False
    revision_id: str | None = None
    chapter_path: tuple[str, ...] = ()
    suppl_label: str | None = None
    deleted: bool = False

    @property
    def citation(self) -> str:
        """The provision as cited in Japanese statute style (``行政手続法第七条第一項``)."""
        prefix = self.law_title + ("附則" if self.suppl else "")
        out = prefix + (article_label(self.article) if self.article else "")
        if self.paragraph is not None:
            out += f"第{int_to_kanji(self.paragraph)}項"
        if self.item is not None:
            out += item_label(self.item)
        return out

    @property
    def key(self) -> tuple[str, bool, str | None, str, int | None, str | None]:
        """A hashable address unique within a corpus."""
        return (self.law_id, self.suppl, self.suppl_label, self.article, self.paragraph, self.item)


@dataclass(frozen=True, slots=True)
class Law:
    """A parsed law: identity, revision and its provisions in document order.

    ``provisions`` holds article-level, paragraph-level and item-level provisions of the main
    provisions (``suppl=False``) and of every 附則 (``suppl=True``).
    """

    law_id: str
    law_num: str
    title: str
    revision_id: str | None
    provisions: tuple[Provision, ...]
    law_type: str | None = None
    abbreviations: tuple[str, ...] = ()
    source_path: str | None = None
    content_hash: str | None = None

    @property
    def main_articles(self) -> list[Provision]:
        """Article-level provisions of the main provisions, in order."""
        return [p for p in self.provisions if not p.suppl and p.paragraph is None and p.item is None]
