"""Document references: the numbering of office documents (通知・要領・Q&A) and citations of them.

Part of the one citation grammar (statutes: :mod:`govrag.cite.grammar`). Office documents number
their headings 第1 > 1 > (1) > ア > (ア) (公用文の項目番号); a section path renders as
「第2の1(1)ア」 (の after 第N). A document is designated by its 文書番号 (「令和7年3月31日付け
総行行第45号通知」) or by a known title (「○○事務処理要領」); pages by 「p.3」「3頁」「3ページ」.

>>> heading_of("第２　申請の受付")
HeadingMark(level=1, component='第2', rest='申請の受付')
>>> heading_of("（１）　受付の時期").component, heading_of("ア　窓口").level
('(1)', 4)
>>> heading_of("Ｑ３　手数料は").component
'問3'
>>> split_section("第2の1(1)ア")
('第2', '1', '(1)', 'ア')
>>> render_section(("第2", "(1)"))
'第2の(1)'
>>> docs = {"総行行第45号": "doc:a", "住民票事務処理要領": "doc:b"}
>>> [(r.doc_id, r.section, r.page) for r in find_document_refs(
...     "令和7年3月31日付け総行行第45号通知第2の(1)及び住民票事務処理要領3(2)ア（p.3）による。", docs)]
[('doc:a', '第2の(1)', None), ('doc:b', '3(2)ア', 3)]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from govrag.cite.model import Citation, doc_article, render_document_address, split_doc_article
from govrag.text.eras import ERA_DATE_RE
from govrag.text.numerals import NUMERAL_CLASS, kanji_to_int

__all__ = [
    "DocRef",
    "HeadingMark",
    "doc_article",
    "document_number_of",
    "find_document_refs",
    "heading_of",
    "merge_document_citations",
    "render_document_address",
    "render_section",
    "section_contains",
    "split_doc_article",
    "split_section",
]

_KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_NUM = NUMERAL_CLASS + "{1,3}"  # the one numeral class (govrag.text.numerals)
_CIRCLED = {chr(0x2474 + i): i + 1 for i in range(20)}  # ⑴ ⑵ … (parenthesized digits)
# heading numbering at a line start, by level: 第1 / 1 / (1) / ア / (ア)
_HEADINGS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(r"^第(" + _NUM + r")(?![条項号章節款目編])(?:[\s　]+|$|(?=[^\s　の0-9０-９]))")),
    (2, re.compile(r"^([0-9０-９]{1,2})(?:[\s　]+|[．.](?![0-9０-９])\s*)")),
    (2, re.compile(r"^((?:問|[QＱ])\s*[0-9０-９]{1,3})(?:[\s　.．:：]+|$)")),
    (3, re.compile(r"^(?:[（(]([0-9０-９]{1,2})[）)]|([⑴-⒇]))[\s　]*")),
    (4, re.compile(r"^([" + _KANA + r"])[\s　]+")),
    (5, re.compile(r"^[（(]([" + _KANA + r"])[）)][\s　]*")),
)
# a section path inside running text (citations): 第2の1の(1)ア(ア)
_COMPONENT = (
    r"(?:問[0-9０-９]{1,3}|第"
    + _NUM
    + r"(?![条項号章節款目編])|[（(][0-9０-９]{1,2}[）)]|[⑴-⒇]|[（(]["
    + _KANA
    + r"][）)]|["
    + _KANA
    + r"](?!["
    + _KANA
    + r"ー])|[0-9０-９]{1,2}(?![0-9０-９年月日条項号頁ページ.．]))"
)
_SECTION_RE = re.compile(r"(?:" + _COMPONENT + r")(?:の?(?:" + _COMPONENT + r"))*")
_PAGE_RE = re.compile(
    r"[（(]?\s*(?:[pPｐＰ]{1,2}[.．]\s*([0-9０-９]{1,4})|([0-9０-９]{1,4})\s*(?:頁|ページ))(?:\s*[）)])?"
)
_DOCNUM = r"(?:[一-龥ァ-ヶＡ-Ｚａ-ｚA-Za-z]{1,12}第" + NUMERAL_CLASS + r"{1,6}号(?:の[0-9０-９]{1,3})?)"
_DOCNUM_RE = re.compile(_DOCNUM)
_DATE = "(?:" + ERA_DATE_RE.pattern + ")"  # the one 和暦 date pattern (govrag.text.eras)
_NUMBERED_RE = re.compile(
    r"(?:"
    + _DATE
    + r"\s*付け?(?:で)?\s*)?(?P<num>"
    + _DOCNUM
    + r")(?:の)?(?P<what>依命通知|通知|通達|事務連絡)?"
)
_SAME_RE = re.compile(r"同(?:依命通知|通知|通達|要領|要綱|事務連絡|Q&A|Ｑ＆Ａ|マニュアル|手引|資料)")
_STATUTE_NUM = re.compile(r"(?:法律|政令|府令|省令|規則|条例|告示|訓令)第")


@dataclass(frozen=True, slots=True)
class HeadingMark:
    """A heading number at a line start: ``level`` 1 (第1) to 5 ((ア)), canonical ``component``."""

    level: int
    component: str
    rest: str


def _int(s: str) -> int:
    s = unicodedata.normalize("NFKC", s)
    return int(s) if s.isdigit() else kanji_to_int(s)


def canonical_component(raw: str) -> str:
    """``第二`` -> ``第2``, ``（１）``/``⑴`` -> ``(1)``, ``（ア）`` -> ``(ア)``.

    >>> canonical_component("（１）"), canonical_component("第二"), canonical_component("⑶")
    ('(1)', '第2', '(3)')
    """
    raw = raw.strip()
    if raw in _CIRCLED:
        return f"({_CIRCLED[raw]})"
    s = unicodedata.normalize("NFKC", raw)
    if s[:1] in ("問", "Q"):
        return f"問{int(s[1:].strip())}"
    if s.startswith("第"):
        return f"第{_int(s[1:])}"
    if s.startswith("(") and s.endswith(")"):
        inner = s[1:-1]
        return f"({int(inner)})" if inner.isdigit() else f"({inner})"
    if s.isdigit():
        return str(int(s))
    return s


def heading_of(line: str) -> HeadingMark | None:
    """The heading number that starts ``line`` (None for body text)."""
    stripped = line.strip()
    for level, rx in _HEADINGS:
        m = rx.match(stripped)
        if m:
            body = stripped[m.end() :].strip()
            comp = canonical_component(stripped[: m.end()].strip().rstrip(".．"))
            if level == 2 and not body:
                return None  # a bare number line (a page number, a cell) is not a heading
            return HeadingMark(level, comp, body)
    return None


def split_section(path: str) -> tuple[str, ...]:
    """The canonical components of a section path written in text (``第2の(1)`` -> ``('第2', '(1)')``)."""
    parts = re.findall(_COMPONENT, path)
    return tuple(canonical_component(p) for p in parts)


def render_section(components: tuple[str, ...] | list[str]) -> str:
    """Canonical rendering: の after 第N, everything else concatenated (``第2の1(1)ア``)."""
    out = ""
    for i, c in enumerate(components):
        if i and components[i - 1].startswith("第"):
            out += "の"
        out += c
    return out


def section_contains(outer: str, inner: str) -> bool:
    """True when section ``inner`` is ``outer`` or lies under it.

    >>> section_contains("第2", "第2の(1)"), section_contains("第2の(1)", "第2"), section_contains("3", "第3")
    (True, False, False)
    """
    a, b = split_section(outer), split_section(inner)
    return bool(a) and b[: len(a)] == a


def document_number_of(text: str) -> str | None:
    """The first 文書番号 (``総行行第45号``) in ``text`` that is not a statute's law number.

    >>> document_number_of("総行行第４５号　令和7年3月31日")
    '総行行第45号'
    >>> document_number_of("平成五年法律第八十八号") is None
    True
    """
    for m in _DOCNUM_RE.finditer(text):
        if _STATUTE_NUM.search(m.group(0)):
            continue
        return unicodedata.normalize("NFKC", m.group(0))
    return None


@dataclass(frozen=True, slots=True)
class DocRef:
    """One document citation: span, the designator as written, resolved ``doc_id`` (None: no
    known document has that number or title), canonical ``section`` and ``page``."""

    text: str
    start: int
    end: int
    designator: str
    doc_id: str | None
    section: str | None
    page: int | None


def _tail(text: str, pos: int) -> tuple[str | None, int | None, int]:
    """Section path and page right after a designator at ``pos``; returns the end offset."""
    j = pos
    while j < len(text) and text[j] in " 　のにおけるで":
        if text[j] in "におけるで" and not text.startswith(("における", "の"), j):
            break
        j += 4 if text.startswith("における", j) else 1
    section: str | None = None
    end = pos
    m = _SECTION_RE.match(text, j)
    if m and split_section(m.group(0)):
        section = render_section(split_section(m.group(0)))
        end = j = m.end()
    page: int | None = None
    pm = _PAGE_RE.match(text, j)
    if pm:
        page = _int(pm.group(1) or pm.group(2))
        end = pm.end()
    return section, page, end


def find_document_refs(text: str, names: Mapping[str, str]) -> list[DocRef]:
    """Document citations in ``text``. ``names`` maps 文書番号 and titles to document ids; a
    numbered designator (``…付け…第N号通知``) is reported even when unknown (``doc_id`` None),
    a title only when known. Only references with a section or a page are citations."""
    found: list[DocRef] = []
    taken: list[tuple[int, int]] = []
    norm_names = {unicodedata.normalize("NFKC", k): v for k, v in names.items()}
    for m in _NUMBERED_RE.finditer(text):
        num = unicodedata.normalize("NFKC", m.group("num"))
        if _STATUTE_NUM.search(num):
            continue
        known = norm_names.get(num)
        dated = m.group(0) != m.group("num") + (m.group("what") or "")
        if known is None and not (dated or m.group("what")):
            continue
        section, page, end = _tail(text, m.end())
        if section is None and page is None:
            continue
        found.append(DocRef(text[m.start() : end], m.start(), end, num, known, section, page))
        taken.append((m.start(), end))
    titles = sorted(
        (n for n in norm_names if "第" not in n or not _DOCNUM_RE.fullmatch(n)), key=len, reverse=True
    )
    for title in titles:
        if len(title) < 3:
            continue
        for m in re.finditer(re.escape(title), text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            section, page, end = _tail(text, m.end())
            if section is None and page is None:
                continue
            found.append(
                DocRef(text[m.start() : end], m.start(), end, title, norm_names[title], section, page)
            )
            taken.append((m.start(), end))
    found.sort(key=lambda r: r.start)
    # 同通知 / 同要領 …: the document cited last before it
    for m in _SAME_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        before = [r for r in found if r.end <= m.start()]
        if not before:
            continue
        section, page, end = _tail(text, m.end())
        if section is None and page is None:
            continue
        last = before[-1]
        found.append(
            DocRef(text[m.start() : end], m.start(), end, last.designator, last.doc_id, section, page)
        )
    found.sort(key=lambda r: r.start)
    return found


def merge_document_citations(statute: list[Citation], documents: list[Citation]) -> list[Citation]:
    """Both lists in text order; a statute reading inside a document citation's span is dropped
    (「総行行第45号」 is a document number, not 第四十五号 of some law)."""
    kept = [c for c in statute if not any(d.start < c.end and c.start < d.end for d in documents)]
    return sorted(kept + documents, key=lambda c: (c.start, c.end))


def document_citations(text: str, names: Mapping[str, str], titles: Mapping[str, str]) -> list[Citation]:
    """:class:`Citation` values (``kind="document"``) for the document references in ``text``.
    ``names``: 文書番号/title/citation name -> document id; ``titles``: id -> display name."""
    out: list[Citation] = []
    for n, r in enumerate(find_document_refs(text, names)):
        out.append(
            Citation(
                text=r.text,
                start=r.start,
                end=r.end,
                law_title=titles.get(r.doc_id, r.designator) if r.doc_id else r.designator,
                law_id=r.doc_id,
                article=doc_article(r.section, r.page),
                paragraph=None,
                item=None,
                group=1_000_000 + n,
                problem=None if r.doc_id else f"no indexed document is {r.designator}",
                kind="document",
                page=r.page,
            )
        )
    return out
