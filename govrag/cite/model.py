"""Citation value types: :class:`Citation`, :class:`Evidence`, :class:`CitationCheck`.

A :class:`Citation` is one addressed statute unit found in a text, with its span. Ranges
(第五条から第七条まで) are one citation with ``article_end``; enumerations
(第五条、第七条及び第九条) are one citation per member sharing a ``group``.

>>> c = Citation(text="行政手続法第七条", start=0, end=8, law_title="行政手続法",
...              law_id="405AC0000000088", article="7", paragraph=None, item=None)
>>> c.address
'行政手続法第七条'
>>> c.is_range
False
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from govrag.text.numerals import article_label, int_to_kanji, item_label

__all__ = [
    "STATUSES",
    "Citation",
    "CitationCheck",
    "CitationCorpus",
    "Evidence",
    "EvidenceRole",
    "Part",
    "Status",
]

#: Sub-parts of a provision a citation can point at.
Part = Literal["proviso", "first_sentence", "second_sentence", "each_item", "chapeau"]

#: Verification outcome, in order of precedence after ``unresolved``.
Status = Literal["unresolved", "nonexistent", "not_in_sources", "misquoted", "unsupported", "valid"]

STATUSES: tuple[Status, ...] = (
    "unresolved",
    "nonexistent",
    "not_in_sources",
    "misquoted",
    "unsupported",
    "valid",
)

_PART_LABEL: dict[str, str] = {
    "proviso": "ただし書",
    "first_sentence": "前段",
    "second_sentence": "後段",
    "each_item": "各号",
    "chapeau": "柱書",
}


class CitationCorpus(Protocol):
    """What citation parsing/verification needs from a statute corpus
    (:class:`govrag.corpus.Corpus` implements it; any other store can too)."""

    def law_names(self) -> Mapping[str, str]:
        """Every name (title, abbreviation) -> law id."""
        ...

    def law(self, name_or_id: str) -> Any:
        """The law (with ``.title``, ``.law_id``, ``.provisions``) or None."""
        ...

    def provision(
        self, law: Any, article: Any, paragraph: Any = None, item: Any = None, *, suppl: bool = False
    ) -> Any:
        """The provision (with ``.text``, ``.caption``, ``.deleted``) or None."""
        ...


EvidenceRole = Literal["citation", "quote", "number", "modality", "actor", "scope", "sentence", "claim"]


@dataclass(frozen=True, slots=True)
class Citation:
    """One statute reference in a text; ``start``/``end`` are ``str`` offsets into it.

    ``article`` uses e-Gov keys (``"7"``, ``"2_2"``); ``item`` too (``"1_2"``). A range keeps its
    last unit in ``article_end`` / ``paragraph_end`` / ``item_end``. ``relative`` marks
    同法/同条/前条/前項… references; ``resolved_from`` is the text of the citation (or law
    mention) they were resolved against. ``law_id`` is None when the law name is unknown or
    nothing could be resolved; ``problem`` then says why.
    """

    text: str
    start: int
    end: int
    law_title: str | None
    law_id: str | None
    article: str | None
    paragraph: int | None
    item: str | None
    suppl: bool = False
    article_end: str | None = None
    paragraph_end: int | None = None
    item_end: str | None = None
    part: Part | None = None
    table: str | None = None
    relative: bool = False
    resolved_from: str | None = None
    group: int = 0
    problem: str | None = None

    @property
    def is_range(self) -> bool:
        """True for 第五条から第七条まで, 前各項, 前二項 and the like."""
        return (
            (self.article_end is not None and self.article_end != self.article)
            or (self.paragraph_end is not None and self.paragraph_end != self.paragraph)
            or (self.item_end is not None and self.item_end != self.item)
        )

    @property
    def resolved(self) -> bool:
        """True when the law is known and the reference points at a concrete unit."""
        return self.law_id is not None and self.problem is None

    @property
    def address(self) -> str:
        """Canonical statute-style rendering (``行政手続法第七条第一項``), whatever the input style."""
        out = self.law_title or ""
        if self.suppl:
            out += "附則"
        if self.table is not None:
            out += "別表" + (item_label(self.table).replace("号", "") if self.table else "")
        if self.article:
            out += article_label(self.article)
            if self.article_end is not None and self.article_end != self.article:
                out += "から" + article_label(self.article_end) + "まで"
        if self.paragraph is not None:
            out += f"第{int_to_kanji(self.paragraph)}項"
            if self.paragraph_end is not None and self.paragraph_end != self.paragraph:
                out += f"から第{int_to_kanji(self.paragraph_end)}項まで"
        if self.item is not None:
            out += item_label(self.item)
            if self.item_end is not None and self.item_end != self.item:
                out += "から" + item_label(self.item_end) + "まで"
        if self.part is not None:
            out += _PART_LABEL[self.part]
        return out


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the checked answer that supports a verdict (the citation, a quote, a number…)."""

    start: int
    end: int
    role: EvidenceRole
    note: str = ""


@dataclass(frozen=True, slots=True)
class CitationCheck:
    """The verdict on one citation: ``status``, a human explanation and the spans behind it."""

    citation: Citation
    status: Status
    explanation: str
    spans: tuple[Evidence, ...] = ()
    provision: str | None = None
    score: float | None = None

    @property
    def ok(self) -> bool:
        """True only for ``valid``."""
        return self.status == "valid"
