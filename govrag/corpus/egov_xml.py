"""Parser for e-Gov 法令標準XML (``<Law>`` documents) into :class:`~govrag.corpus.model.Law`.

Parsing goes through :mod:`defusedxml` with DTDs forbidden (e-Gov XML never has one), so
entity-expansion bombs and external entities fail at the ``<!DOCTYPE`` before any expansion.

Layout conventions of the produced provisions (document order):

* per ``<Article>``: an article-level provision (``paragraph=None``) whose text is the whole
  article -- paragraphs on separate lines, paragraph numbers (``２``) and item titles (``一``)
  kept, separated from the text by an ideographic space -- then each paragraph (the unnumbered
  single paragraph is ``paragraph=1``; its text includes its items' lines), then each item
  (``item="1_2"``; sub-items ``Subitem1``… folded into the item text as indented lines);
* a range article (``Num="38:84"``) is one provision with ``article="38:84"``;
  削除 articles and items have ``deleted=True`` and text ``削除``;
* paragraphs placed directly under ``MainProvision`` or ``SupplProvision`` (laws without articles)
  become paragraph provisions with ``article=""``; ``.citation`` then renders ``…第一項``;
* tables (``TableStruct``) become one line per row, cells joined by `` | ``; ``Ruby`` keeps the
  base text only; the preamble, 別表 (``AppdxTable``) and figures are not provisions.

>>> xml = '''<Law Era="Heisei" Year="05" LawType="Act" Num="088"><LawNum>平成五年法律第八十八号</LawNum>
... <LawBody><LawTitle Abbrev="行手法">行政手続法</LawTitle><MainProvision>
... <Article Num="7"><ArticleCaption>（審査）</ArticleCaption><ArticleTitle>第七条</ArticleTitle>
... <Paragraph Num="1"><ParagraphNum/><ParagraphSentence>
... <Sentence>行政庁は、審査を開始しなければならない。</Sentence></ParagraphSentence></Paragraph>
... </Article></MainProvision></LawBody></Law>'''
>>> law = parse_egov_xml(xml.encode())
>>> law.law_id, law.title, law.abbreviations, len(law.provisions)
('405AC0000000088', '行政手続法', ('行手法',), 2)
>>> law.provisions[1].citation, law.provisions[1].text
('行政手続法第七条第一項', '行政庁は、審査を開始しなければならない。')
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from govrag.corpus.ids import ERA_CODES, FileId, law_id_from_attributes, parse_file_name
from govrag.corpus.model import Law, Provision
from govrag.errors import CorpusError
from govrag.text.numerals import item_key

__all__ = ["parse_egov_xml"]

_SEP = "　"  # between a number/title and its text, as e-Gov lays it out
_CELL_SEP = " | "
_DELETED = "削除"
_STRUCT_TAGS = frozenset({"Part", "Chapter", "Section", "Subsection", "Division"})
_SUBITEM_RE = re.compile(r"^Subitem(\d+)$")
_SUBLIST_RE = re.compile(r"^Sublist(\d+)$")
_LAYOUT_WS = re.compile(r"[ \t]*\n\s*")


def parse_egov_xml(data: bytes, *, source: str | Path | None = None,
                   file_id: FileId | None = None) -> Law:
    """Parse one e-Gov XML document (bytes) into a :class:`Law`.

    ``source`` (a path) names the file in errors and provides the law id / revision id through
    its name (``<law_id>_<date>_<amendment>.xml``) unless ``file_id`` gives them (e.g. from an
    ``index.csv`` next to the file); the document attributes are the fallback.
    Raises :class:`~govrag.errors.CorpusError` for hostile, malformed or non-law XML.
    """
    root = _parse_bytes(data, source)
    law_el = _find_law(root, source)
    body = law_el.find("LawBody")
    law_num_el = law_el.find("LawNum")
    title_el = body.find("LawTitle") if body is not None else None
    if body is None or title_el is None or law_num_el is None:
        raise CorpusError("not an e-Gov law: <Law> lacks LawNum, LawBody or LawTitle", path=source)
    try:
        title = _inline_text(title_el).strip()
    except RecursionError:
        raise CorpusError("elements nested too deeply for a statute", path=source) from None
    if not title:
        raise CorpusError("not an e-Gov law: empty LawTitle", path=source)
    law_num = _inline_text(law_num_el).strip()

    if file_id is None and source is not None:
        file_id = parse_file_name(source)
    law_id = file_id.law_id if file_id else None
    revision_id = file_id.revision_id if file_id else None
    era, year = law_el.get("Era"), law_el.get("Year")
    if law_id is not None and era in ERA_CODES and year and year.isdigit() and not law_id.startswith(
            f"{ERA_CODES[era]}{int(year):02d}"):
        raise CorpusError(f"file name says law {law_id}, but the document is of {era} {year}: "
                          "the file is misnamed", path=source)
    if law_id is None:
        law_id = law_id_from_attributes(
            era=law_el.get("Era"), year=law_el.get("Year"), law_type=law_el.get("LawType"),
            num=law_el.get("Num"))
    if law_id is None:
        raise CorpusError(
            "cannot determine the law id: name the file <law_id>_<date>_<amendment>.xml "
            f"(LawType={law_el.get('LawType')!r} has no derivable id)", path=source)

    abbrev = tuple(a.strip() for a in (title_el.get("Abbrev") or "").split(",") if a.strip())
    builder = _Builder(law_id=law_id, law_title=title, revision_id=revision_id)
    main = body.find("MainProvision")
    if main is None:
        raise CorpusError("not an e-Gov law: no MainProvision", path=source)
    try:
        builder.walk_container(main, chapter_path=(), suppl=False, suppl_label=None)
        for suppl_el in body.iterfind("SupplProvision"):
            label = (suppl_el.get("AmendLawNum") or "").strip() or None
            builder.walk_container(suppl_el, chapter_path=(), suppl=True, suppl_label=label)
    except RecursionError:
        raise CorpusError("elements nested too deeply for a statute", path=source) from None
    if not any(not p.suppl for p in builder.out):
        raise CorpusError("not an e-Gov law: MainProvision has no articles or paragraphs", path=source)
    return Law(
        law_id=law_id,
        law_num=law_num,
        title=title,
        revision_id=revision_id,
        provisions=tuple(builder.out),
        law_type=law_el.get("LawType"),
        abbreviations=abbrev,
        source_path=str(source) if source is not None else None,
        content_hash=hashlib.sha256(data).hexdigest(),
    )


def _parse_bytes(data: bytes, source: str | Path | None) -> Element:
    import defusedxml.ElementTree as det
    from defusedxml import DefusedXmlException

    try:
        root: Element = det.fromstring(data, forbid_dtd=True, forbid_entities=True,
                                       forbid_external=True)
    except DefusedXmlException as exc:
        raise CorpusError(f"hostile XML refused ({type(exc).__name__}: DTDs and entities are not "
                          "allowed in statute files)", path=source) from None
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise CorpusError(f"malformed XML: {exc.msg if hasattr(exc, 'msg') else exc}",
                          path=source, line=line) from None
    except LookupError as exc:  # an encoding declaration Python does not know
        raise CorpusError(f"unreadable XML: {exc} (statute files are UTF-8)", path=source) from None
    except (ValueError, UnicodeError) as exc:
        raise CorpusError(f"unreadable XML: {exc}", path=source) from None
    return root


def _find_law(root: Element, source: str | Path | None) -> Element:
    if root.tag == "Law":
        return root
    # API responses wrap the document (e.g. <DataRoot>…<LawFullText><Law>): accept one <Law>.
    found = [el for el in root.iter("Law") if el.find("LawBody") is not None]
    if len(found) == 1:
        return found[0]
    raise CorpusError(f"not an e-Gov law XML: root element <{root.tag}>", path=source)


# ---------------------------------------------------------------------------------------------
# text extraction


def _inline_text(el: Element) -> str:
    """Text of an inline element (Sentence, titles): Ruby readings (Rt) dropped."""
    parts: list[str] = []
    _collect(el, parts)
    text = "".join(parts)
    # Sentence content has no meaningful line breaks: drop pretty-printing (newline + indent).
    return _LAYOUT_WS.sub("", text) if "\n" in text else text


def _collect(el: Element, parts: list[str]) -> None:
    if el.text and not (el.text.isspace() and "\n" in el.text):
        parts.append(el.text)
    for child in el:
        tag = child.tag
        if tag == "QuoteStruct" and _has_blocks(child):
            parts.append(_SEP.join(line for line in _block_lines(child) if line))
        elif tag != "Rt":
            _collect(child, parts)
        tail = child.tail
        if tail and not (tail.isspace() and "\n" in tail):
            parts.append(tail)


def _has_blocks(el: Element) -> bool:
    return any(c.tag not in ("Ruby", "Sup", "Sub", "Line", "ArithFormula") for c in el)


def _sentences(container: Element) -> str:
    """Text of a *Sentence container: sentences concatenated, Columns joined by a space."""
    columns = container.findall("Column")
    if columns:
        return _SEP.join(_sentences(c) for c in columns)
    texts = [_inline_text(s) for s in container.iterfind("Sentence")]
    if not texts and len(container) == 0:
        return (container.text or "").strip()
    return "".join(texts)


def _block_lines(el: Element) -> list[str]:
    """Lines of a block element (item, sub-item, table, list, remarks…) as laid out in the law."""
    tag = el.tag
    if tag == "Item" or _SUBITEM_RE.match(tag):
        head, rest = _numbered_block(el)
        return [head, *rest]
    if tag == "TableStruct":
        lines: list[str] = []
        for child in el:
            if child.tag == "TableStructTitle":
                lines.append(_inline_text(child).strip())
            elif child.tag == "Table":
                lines.extend(_table_lines(child))
            elif child.tag == "Remarks":
                lines.extend(_block_lines(child))
        return [line for line in lines if line]
    if tag == "Table":
        return _table_lines(el)
    if tag == "List" or _SUBLIST_RE.match(tag):
        lines = []
        for child in el:
            if child.tag.endswith("Sentence"):
                lines.append(_sentences(child))
            else:
                lines.extend(_block_lines(child))
        return lines
    if tag == "Remarks":
        lines = []
        for child in el:
            if child.tag == "RemarksLabel":
                lines.append(_inline_text(child).strip())
            elif child.tag == "Sentence":
                lines.append(_inline_text(child))
            else:
                lines.extend(_block_lines(child))
        return lines
    if tag == "FigStruct":
        title = el.find("FigStructTitle")
        return [_inline_text(title).strip()] if title is not None else []
    if tag == "Sentence":
        return [_inline_text(el)]
    if tag.endswith("Sentence"):
        return [_sentences(el)]
    if tag.endswith("Title") or tag.endswith("Label") or tag in ("ArticleCaption", "ParagraphNum"):
        text = _inline_text(el).strip()
        return [text] if text else []
    if tag in ("Rt", "Fig"):
        return []
    # Generic container (AmendProvision, NewProvision, QuoteStruct, Paragraph inside a quote…)
    lines = []
    for child in el:
        lines.extend(_block_lines(child))
    return lines


def _table_lines(table: Element) -> list[str]:
    lines = []
    for row in table.iterfind("TableRow"):
        cells = []
        for col in row.iterfind("TableColumn"):
            cell_lines = []
            for child in col:
                cell_lines.extend(_block_lines(child))
            if not len(col) and col.text and col.text.strip():
                cell_lines.append(col.text.strip())
            cells.append(_SEP.join(x for x in cell_lines if x))
        lines.append(_CELL_SEP.join(cells).strip())
    return lines


def _numbered_block(el: Element) -> tuple[str, list[str]]:
    """``(first line with title, following lines)`` of an Item / SubitemN."""
    title = ""
    sentence = ""
    rest: list[str] = []
    for child in el:
        tag = child.tag
        if tag.endswith("Title"):
            title = _inline_text(child).strip()
        elif tag.endswith("Sentence"):
            sentence = _sentences(child)
        else:
            rest.extend(_block_lines(child))
    head = f"{title}{_SEP}{sentence}" if title and sentence else (title or sentence)
    return head, rest


# ---------------------------------------------------------------------------------------------
# provision building


class _Builder:
    __slots__ = ("law_id", "law_title", "out", "revision_id")

    def __init__(self, *, law_id: str, law_title: str, revision_id: str | None) -> None:
        self.law_id = law_id
        self.law_title = law_title
        self.revision_id = revision_id
        self.out: list[Provision] = []

    def _prov(self, *, article: str, paragraph: int | None, item: str | None, caption: str | None,
              text: str, suppl: bool, chapter_path: tuple[str, ...], suppl_label: str | None,
              deleted: bool) -> Provision:
        return Provision(
            law_id=self.law_id, law_title=self.law_title, article=article, paragraph=paragraph,
            item=item, caption=caption, text=text, suppl=suppl, revision_id=self.revision_id,
            chapter_path=chapter_path, suppl_label=suppl_label, deleted=deleted)

    def walk_container(self, el: Element, *, chapter_path: tuple[str, ...], suppl: bool,
                       suppl_label: str | None) -> None:
        loose_paragraphs = 0
        for child in el:
            tag = child.tag
            if tag == "Article":
                self.article(child, chapter_path=chapter_path, suppl=suppl, suppl_label=suppl_label)
            elif tag in _STRUCT_TAGS:
                title_el = child.find(f"{tag}Title")
                title = _inline_text(title_el).strip() if title_el is not None else ""
                path = (*chapter_path, title) if title else chapter_path
                self.walk_container(child, chapter_path=path, suppl=suppl, suppl_label=suppl_label)
            elif tag == "Paragraph":
                # Paragraphs without an enclosing article (short Acts, 附則 of paragraphs).
                loose_paragraphs += 1
                self.paragraph(child, article="", default_num=loose_paragraphs, caption=None,
                               chapter_path=chapter_path, suppl=suppl, suppl_label=suppl_label)

    def article(self, el: Element, *, chapter_path: tuple[str, ...], suppl: bool,
                suppl_label: str | None) -> None:
        num = (el.get("Num") or "").strip()
        title_el = el.find("ArticleTitle")
        if not num:
            if title_el is None:
                return
            num = _article_num_from_title(_inline_text(title_el))
        caption_el = el.find("ArticleCaption")
        caption = _inline_text(caption_el).strip() or None if caption_el is not None else None
        start = len(self.out)
        self.out.append(self._prov(article=num, paragraph=None, item=None, caption=caption, text="",
                                   suppl=suppl, chapter_path=chapter_path, suppl_label=suppl_label,
                                   deleted=False))
        lines: list[str] = []
        for index, para in enumerate(el.iterfind("Paragraph"), start=1):
            _, para_lines = self.paragraph(
                para, article=num, default_num=index, caption=caption, chapter_path=chapter_path,
                suppl=suppl, suppl_label=suppl_label)
            if any(para_lines):  # an omitted (抄) paragraph has no text: no empty line
                num_el = para.find("ParagraphNum")
                label = _inline_text(num_el).strip() if num_el is not None else ""
                first = f"{label}{_SEP}{para_lines[0]}" if label else para_lines[0]
                lines.append(first)
                lines.extend(para_lines[1:])
        text = "\n".join(lines)
        deleted = el.get("Delete") == "true" or text == _DELETED
        self.out[start] = self._prov(article=num, paragraph=None, item=None, caption=caption,
                                     text=text, suppl=suppl, chapter_path=chapter_path,
                                     suppl_label=suppl_label, deleted=deleted)

    def paragraph(self, el: Element, *, article: str, default_num: int, caption: str | None,
                  chapter_path: tuple[str, ...], suppl: bool,
                  suppl_label: str | None) -> tuple[int, list[str]]:
        num_attr = el.get("Num")
        number = int(num_attr) if num_attr and num_attr.isdigit() else default_num
        pcap_el = el.find("ParagraphCaption")
        pcaption = (_inline_text(pcap_el).strip() or None) if pcap_el is not None else None
        start = len(self.out)
        self.out.append(self._prov(article=article, paragraph=number, item=None,
                                   caption=pcaption or caption, text="", suppl=suppl,
                                   chapter_path=chapter_path, suppl_label=suppl_label,
                                   deleted=False))
        lines: list[str] = []
        for child in el:
            tag = child.tag
            if tag in ("ParagraphNum", "ParagraphCaption"):
                continue
            if tag == "ParagraphSentence":
                lines.append(_sentences(child))
            elif tag == "Item":
                head, rest = _numbered_block(child)
                lines.append(head)
                lines.extend(rest)
                self.item(child, head, rest, article=article, paragraph=number,
                          caption=pcaption or caption, chapter_path=chapter_path, suppl=suppl,
                          suppl_label=suppl_label)
            else:
                lines.extend(_block_lines(child))
        text = "\n".join(lines)
        deleted = text == _DELETED
        self.out[start] = self._prov(article=article, paragraph=number, item=None,
                                     caption=pcaption or caption, text=text, suppl=suppl,
                                     chapter_path=chapter_path, suppl_label=suppl_label,
                                     deleted=deleted)
        return number, lines

    def item(self, el: Element, head: str, rest: list[str], *, article: str, paragraph: int,
             caption: str | None, chapter_path: tuple[str, ...], suppl: bool,
             suppl_label: str | None) -> None:
        key = (el.get("Num") or "").strip()
        title_el = el.find("ItemTitle")
        title = _inline_text(title_el).strip() if title_el is not None else ""
        if not key:
            try:
                key = item_key(title)
            except ValueError:
                key = str(sum(1 for p in self.out if p.article == article
                              and p.paragraph == paragraph and p.item is not None) + 1)
        body = (head[len(title) + len(_SEP):] if title and head.startswith(title + _SEP)
                else "" if head == title else head)
        text = "\n".join([body, *rest] if body else rest)
        deleted = el.get("Delete") == "true" or text == _DELETED
        self.out.append(self._prov(article=article, paragraph=paragraph, item=key, caption=caption,
                                   text=text, suppl=suppl, chapter_path=chapter_path,
                                   suppl_label=suppl_label, deleted=deleted))


def _article_num_from_title(title: str) -> str:
    from govrag.text.numerals import article_key

    try:
        return article_key(title.strip())
    except ValueError:
        return title.strip()

