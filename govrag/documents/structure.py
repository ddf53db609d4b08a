"""From blocks to sections: heading numbering (第1 > 1 > (1) > ア > (ア), via
:func:`govrag.cite.docref.heading_of`) or heading styles open sections; the lines before the first
heading are the front matter, where 文書番号, 発出日, 宛先, 発出者 and the title are read.

>>> from govrag.documents.model import Block
>>> secs, front, _ = build_sections([Block("総行行第45号"), Block("住民票の写しの交付について（通知）"),
...     Block("第1　趣旨"), Block("本文。"), Block("（1）　受付"), Block("受付は窓口で行う。")])
>>> [(s.path, s.heading) for s in secs]
[('第1', '趣旨'), ('第1の(1)', '受付')]
>>> front_metadata(front, {}).number
'総行行第45号'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from govrag.cite.docref import document_number_of, heading_of, render_section
from govrag.documents.model import Block
from govrag.errors import InputError
from govrag.text.eras import ERA_DATE_RE, date_to_wareki, wareki_to_date

__all__ = ["FrontMeta", "Section", "build_sections", "front_metadata"]


@dataclass(slots=True)
class Section:
    """One section: rendered ``path``, ``heading`` text, heading ``depth``, its lines (text, page,
    table name or None) and the raw text its own markings are read from."""

    path: str
    components: tuple[str, ...]
    heading: str
    depth: int
    lines: list[tuple[str, int | None, str | None]] = field(default_factory=list)
    page: int | None = None


def build_sections(blocks: Sequence[Block]) -> tuple[list[Section], list[Block], list[Block]]:
    """Sections in document order, the front-matter blocks and the margin blocks."""
    sections: list[Section] = []
    front: list[Block] = []
    margins: list[Block] = []
    stack: list[tuple[int, str]] = []
    titled = False
    for b in blocks:
        if b.kind == "margin":
            margins.append(b)
            continue
        mark = heading_of(b.text) if b.kind in ("line", "heading") else None
        if b.kind == "heading" and mark is None:
            if not sections and not titled and (b.depth or 1) <= 1 and not b.table:
                front.append(b)  # the document title
                titled = True
                continue
            level, comp, head = (b.depth or 1), b.text.strip()[:40], b.text.strip()
        elif mark is not None:
            level, comp, head = mark.level, mark.component, mark.rest
        else:
            if sections:
                sections[-1].lines.append((b.text, b.page, b.table))
            else:
                front.append(b)
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, comp))
        comps = tuple(c for _, c in stack)
        sections.append(Section(render_section(comps), comps, head, len(comps), page=b.page))
    return sections, front, margins


@dataclass(frozen=True, slots=True)
class FrontMeta:
    """Metadata read from the front matter (None: not found)."""

    title: str | None
    number: str | None
    issued: str | None
    issued_wareki: str | None
    addressee: str | None
    issuer: str | None
    revision: str | None


_TITLE_RE = re.compile(
    r"(について|要領|要綱|Ｑ＆Ａ|Q&A|Ｑ&Ａ|手引|マニュアル|基準|通知[）)]|事務連絡|質疑応答)"
)
_ADDRESSEE_RE = re.compile(r"(殿|様|御中|各位)$|^各[^\s　]{1,20}(長|知事|担当|主管)")
_ISSUER_RE = re.compile(r"(長|大臣|長官|課|部|室|局|省|庁|センター|委員会)$")
_REVISION_RE = re.compile(r"(改正|改訂|第[0-9０-９]+版|[0-9０-９]+版)")
_SEAL_RE = re.compile(r"[（(]\s*(?:公印省略|印)\s*[）)]")
_GENERIC_TITLES = re.compile(r"^(Microsoft Word|無題|Untitled|文書\d*$|Book\d*$|Sheet\d*$)", re.I)


def front_metadata(front: Sequence[Block], properties: dict[str, str]) -> FrontMeta:
    """文書番号, 発出日, 宛先, 発出者, revision and title from the first lines (and file properties)."""
    lines = [" ".join(b.text.split()) for b in front[:20]]
    number = next((n for ln in lines if (n := document_number_of(ln))), None)
    issued = wareki = None
    for ln in lines:
        m = ERA_DATE_RE.search(ln)
        if m is None or len(ln) - len(m.group(0)) > 6:  # a date line, not a sentence with a date
            continue
        try:
            day = wareki_to_date(m.group(0))
        except InputError:
            continue
        issued, wareki = day.isoformat(), date_to_wareki(day)
        break
    addressee = issuer = None
    for i, ln in enumerate(lines):
        if addressee is None and _ADDRESSEE_RE.search(ln):
            addressee = ln
            for nxt in lines[i + 1 : i + 4]:
                clean = _SEAL_RE.sub("", nxt).strip()
                if clean and _ISSUER_RE.search(clean) and not _TITLE_RE.search(clean):
                    issuer = clean
                    break
    revision = next(
        (ln for ln in lines if _REVISION_RE.search(ln) and len(ln) <= 40 and not _TITLE_RE.search(ln)), None
    )
    title = properties.get("title")
    if not title or _GENERIC_TITLES.match(title):
        heads = [" ".join(b.text.split()) for b in front if b.kind == "heading"]
        candidates = [ln for ln in lines if _TITLE_RE.search(ln) and ln not in (addressee, issuer)]
        title = next((ln for ln in candidates if "について" in ln), None) or next(iter(candidates), None)
        title = title or (heads[0] if heads else None)
    return FrontMeta(
        title=title,
        number=number,
        issued=issued,
        issued_wareki=wareki,
        addressee=addressee,
        issuer=issuer,
        revision=revision
        or (properties.get("revision") if properties.get("revision") not in (None, "", "1") else None),
    )
