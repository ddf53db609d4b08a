"""Index units: the pieces of a law that are embedded, scored and returned as hits.

A unit is one article (law title, article label and caption prepended to its text). Articles
longer than ``max_chars`` are split at paragraph boundaries; every part still names its article
and lists the paragraphs it covers. Unit ids are stable UUIDs derived from the address, so a new
revision of a law overwrites the points of the old one.

>>> from govrag.corpus.model import Provision
>>> art = Provision(law_id="405AC0000000088", law_title="行政手続法", article="7", paragraph=None,
...                 item=None, caption="（申請に対する審査、応答）",
...                 text="行政庁は、申請がその事務所に到達したときは…", suppl=False)
>>> [u.title for u in units_from_provisions([art])]
['行政手続法 第七条（申請に対する審査、応答）']
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from govrag.corpus.model import Provision
from govrag.text.numerals import article_label, int_to_kanji

__all__ = ["DEFAULT_MAX_CHARS", "IndexUnit", "unit_id", "units_from_provisions"]

#: Articles longer than this (characters of body text) are split at paragraph boundaries.
DEFAULT_MAX_CHARS = 500

_NAMESPACE = uuid.UUID("6b1d0f3e-2c55-4d0e-9a57-6f0a8e1c2b77")


def unit_id(
    law_id: str, article: str, part: int, *, suppl: bool = False, suppl_label: str | None = None
) -> str:
    """A stable UUID string for one unit address (independent of the revision).

    >>> unit_id("405AC0000000088", "7", 0) == unit_id("405AC0000000088", "7", 0)
    True
    """
    key = f"{law_id}|{int(suppl)}|{suppl_label or ''}|{article}|{part}"
    return str(uuid.uuid5(_NAMESPACE, key))


@dataclass(frozen=True, slots=True)
class IndexUnit:
    """One indexed piece of a law (an article or a run of its paragraphs)."""

    unit_id: str
    law_id: str
    law_title: str
    article: str
    part: int
    paragraphs: tuple[int, ...]
    caption: str | None
    title: str
    body: str
    suppl: bool
    suppl_label: str | None
    revision_id: str | None
    chapter_path: tuple[str, ...]
    citation: str

    @property
    def text(self) -> str:
        """What is embedded and tokenized: title line, then the body."""
        return f"{self.title}\n{self.body}"

    @property
    def paragraph(self) -> int | None:
        """The first paragraph of a split part; None for a whole article."""
        return self.paragraphs[0] if self.paragraphs else None

    @property
    def content_hash(self) -> str:
        """SHA-256 over text and payload: unchanged hash means nothing to re-index."""
        blob = json.dumps(self.payload(with_hash=False), ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    @property
    def text_hash(self) -> str:
        """SHA-256 of :attr:`text` alone (the embedding cache key ingredient)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def payload(self, *, with_hash: bool = True) -> dict[str, Any]:
        """The Qdrant payload stored with the point."""
        out: dict[str, Any] = {
            "unit_id": self.unit_id,
            "law_id": self.law_id,
            "law_title": self.law_title,
            "article": self.article,
            "part": self.part,
            "paragraph": self.paragraph,
            "paragraphs": list(self.paragraphs),
            "caption": self.caption,
            "title": self.title,
            "text": self.body,
            "suppl": self.suppl,
            "scope": "suppl" if self.suppl else "main",
            "suppl_label": self.suppl_label,
            "revision_id": self.revision_id,
            "chapter_path": list(self.chapter_path),
            "citation": self.citation,
        }
        if with_hash:
            out["content_hash"] = self.content_hash
        return out


def _label(p: Provision) -> str:
    try:
        return article_label(p.article)
    except ValueError:
        return p.article


def _split(paragraphs: Sequence[Provision], max_chars: int) -> list[list[Provision]]:
    groups: list[list[Provision]] = []
    current: list[Provision] = []
    size = 0
    for para in paragraphs:
        if current and size + len(para.text) > max_chars:
            groups.append(current)
            current, size = [], 0
        current.append(para)
        size += len(para.text) + 1
    if current:
        groups.append(current)
    return groups


def units_from_provisions(
    provisions: Iterable[Provision], *, max_chars: int = DEFAULT_MAX_CHARS
) -> list[IndexUnit]:
    """Build units from a law's provisions (article-level ones drive; paragraph-level split).

    Deleted articles and articles with no text are skipped. Paragraphs that belong to no
    article (short Acts, most 附則) form one pseudo-article (``article=""``) per block.
    """
    provs = list(provisions)
    paras: dict[tuple[Any, ...], list[Provision]] = {}
    for p in provs:
        if p.paragraph is not None and p.item is None and not p.deleted:
            paras.setdefault((p.law_id, p.suppl, p.suppl_label, p.article), []).append(p)
    heads: list[tuple[Provision, list[Provision]]] = []
    for art in provs:
        if (
            art.paragraph is None
            and art.item is None
            and art.article
            and not art.deleted
            and art.text.strip()
        ):
            heads.append((art, paras.get((art.law_id, art.suppl, art.suppl_label, art.article), [])))
    # paragraphs outside any article (short Acts, most 附則): one pseudo-article per block
    for (law_id, suppl, label, article), plist in paras.items():
        if article == "" and plist:
            first = plist[0]
            text = "\n".join(p.text for p in plist)
            head = Provision(
                law_id=law_id,
                law_title=first.law_title,
                article="",
                paragraph=None,
                item=None,
                caption=None,
                text=text,
                suppl=suppl,
                revision_id=first.revision_id,
                chapter_path=first.chapter_path,
                suppl_label=label,
            )
            heads.append((head, plist))
    out: list[IndexUnit] = []
    for art, plist in heads:
        if not art.text.strip():
            continue
        label = _label(art) if art.article else ""
        title = f"{art.law_title}{'附則' if art.suppl else ''} {label}{art.caption or ''}".rstrip()
        parts: list[tuple[tuple[int, ...], str]]
        if not art.article:
            parts = [
                (tuple(p.paragraph for p in grp if p.paragraph is not None), "\n".join(p.text for p in grp))
                for grp in _split(plist, max_chars)
            ]
        elif len(art.text) > max_chars and len(plist) > 1:
            parts = [
                (tuple(p.paragraph for p in grp if p.paragraph is not None), "\n".join(p.text for p in grp))
                for grp in _split(plist, max_chars)
            ]
        else:
            parts = [((), art.text)]
        for i, (numbers, body) in enumerate(parts):
            citation = art.citation
            if not art.article and len(numbers) == 1:
                citation += f"第{int_to_kanji(numbers[0])}項"
            out.append(
                IndexUnit(
                    unit_id=unit_id(art.law_id, art.article, i, suppl=art.suppl, suppl_label=art.suppl_label),
                    law_id=art.law_id,
                    law_title=art.law_title,
                    article=art.article,
                    part=i,
                    paragraphs=numbers,
                    caption=art.caption,
                    title=title,
                    body=body,
                    suppl=art.suppl,
                    suppl_label=art.suppl_label,
                    revision_id=art.revision_id,
                    chapter_path=tuple(art.chapter_path),
                    citation=citation,
                )
            )
    return out
