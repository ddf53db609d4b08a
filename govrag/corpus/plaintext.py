"""Parser for the e-Gov plain-text statute layout (``egov-text/*.md``) into :class:`Law`.

The layout keeps the statute's structure only as line structure::

    # 行政手続法施行令                 <- title (Markdown heading)
    平成六年政令第二百六十五号          <- law number
    第一章 総則                        <- chapter / section headings (編章節款目)
    （定義）                           <- caption of the next article
    第一条 この政令において…           <- article, first paragraph
    ２ …  /  ② …                      <- further paragraphs (full-width or circled digits)
    一 …                              <- items (kanji numerals, 一の二 …)
    イ … / （１） …                    <- sub-items, folded into the item text
    第三条から第五条まで 削除           <- range article ``"3:5"``
    附 則 （平成一〇年…政令第三五二号） 抄 <- 附則, label = the amending law in parentheses
    a | b | c                          <- table rows, kept as lines

Provisions come out exactly as from :mod:`govrag.corpus.egov_xml` (same keys, same line layout
with an ideographic space after numbers and titles). The law id and revision id come from the
file name (``<law_id>_<date>_<amendment>.md``).

>>> text = ("# 行政手続法施行令\\n\\n平成六年政令第二百六十五号\\n\\n（定義）\\n\\n"
...         "第一条 この政令は、…とする。\\n\\n２ 前項の…による。\\n")
>>> law = parse_plaintext(text, source="406CO0000000265_20250401_507CO0000000140.md")
>>> [p.citation for p in law.provisions]
['行政手続法施行令第一条', '行政手続法施行令第一条第一項', '行政手続法施行令第一条第二項']
>>> law.provisions[0].text
'この政令は、…とする。\\n２\\u3000前項の…による。'
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from govrag.corpus.ids import FileId, parse_file_name
from govrag.corpus.model import Law, Provision
from govrag.errors import CorpusError
from govrag.text.eras import ERA_NAMES
from govrag.text.numerals import KANJI_NUMERAL_CHARS, item_key, kanji_to_int

__all__ = ["parse_plaintext"]

_SEP = "　"
_NUM = f"[{KANJI_NUMERAL_CHARS}]+"  # statute line heads are kanji (「１」 starts a paragraph)
_ART = rf"第({_NUM})条((?:の{_NUM})*)"
_ARTICLE_RE = re.compile(rf"^{_ART}(?:から{_ART}まで)?[ 　]+(.*)$")
_HEADING_RE = re.compile(rf"^第{_NUM}(編|章|節|款|目)(?:の{_NUM})*(?:[ 　]+.*)?$")
_SUPPL_RE = re.compile(r"^附[ 　]?則(?:[ 　]*（([^）]*)）)?(?:[ 　]*抄)?[ 　]*$")
_CAPTION_RE = re.compile(r"^（[^（）]*(?:（[^（）]*）[^（）]*)*）$")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿"
_PARA_RE = re.compile(rf"^([０-９]+|[{_CIRCLED}])[ 　]+(.*)$")
_ITEM_RE = re.compile(rf"^({_NUM}(?:の{_NUM})*)[ 　]+(.*)$")
_SUBITEM_RE = re.compile(
    r"^([イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン]"
    rf"(?:の{_NUM})?|[（(][０-９0-9ａ-ｚa-z]+[）)]|[ｉｖｘ]+)[ 　]+(.*)$")
_TABLE_RE = re.compile(r"(?:^\|)|(?: \| )|(?:^-{3,}(?:\|-{3,})+\s*$)")
_LAW_NUM_RE = re.compile(rf"^(?:{'|'.join(ERA_NAMES)})[元{KANJI_NUMERAL_CHARS}]+年.*(?:号|憲法)$")
_DELETED = "削除"
_LEVELS = {"編": 0, "章": 1, "節": 2, "款": 3, "目": 4}


@dataclass(slots=True)
class _Item:
    key: str
    title: str
    lines: list[str]


@dataclass(slots=True)
class _Para:
    num: int
    label: str
    caption: str | None
    lines: list[str] = field(default_factory=list)
    items: list[_Item] = field(default_factory=list)


@dataclass(slots=True)
class _Art:
    num: str  # "" for paragraphs outside articles
    caption: str | None
    chapter_path: tuple[str, ...]
    suppl: bool
    suppl_label: str | None
    paras: list[_Para] = field(default_factory=list)


def _article_num(m: re.Match[str], first: int) -> str:
    parts = [str(kanji_to_int(m.group(first)))]
    parts += [str(kanji_to_int(b)) for b in m.group(first + 1).split("の") if b]
    return "_".join(parts)


def _para_num(label: str) -> int:
    if label in _CIRCLED:
        return _CIRCLED.index(label) + 1
    return kanji_to_int(label)


def parse_plaintext(text: str, *, source: str | Path | None = None, content: bytes | None = None,
                    file_id: FileId | None = None) -> Law:
    """Parse a statute in the e-Gov plain-text layout.

    ``content`` (the file bytes) feeds ``content_hash``; by default the UTF-8 encoding of ``text``.
    ``file_id`` gives the law id / revision id when the file name does not carry them.
    Raises :class:`~govrag.errors.CorpusError` (with the line) when the text is not a statute.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    numbered = [(i + 1, line.rstrip()) for i, line in enumerate(lines)]
    body = [(n, line) for n, line in numbered if line.strip()]
    if not body:
        raise CorpusError("empty file", path=source)
    first_no, first = body[0]
    if not first.startswith("# "):
        raise CorpusError("not a statute in the e-Gov text layout: the first line must be "
                          "'# <law title>'", path=source, line=first_no)
    title = first[2:].strip()
    if len(body) < 2 or not _LAW_NUM_RE.match(body[1][1].strip()):
        line_no = body[1][0] if len(body) > 1 else first_no
        raise CorpusError("not a statute in the e-Gov text layout: the line after the title must be "
                          "a law number such as 平成五年法律第八十八号", path=source, line=line_no)
    law_num = body[1][1].strip()
    if file_id is None and source is not None:
        file_id = parse_file_name(source)
    if file_id is None:
        raise CorpusError("cannot determine the law id of a plain-text statute: name the file "
                          "<law_id>_<date>_<amendment>.md or list it in an index.csv next to it",
                          path=source)

    articles = _structure(body[2:], source)
    if not articles:
        raise CorpusError("no articles or paragraphs found: not a statute", path=source,
                          line=first_no)
    provisions = _provisions(articles, law_id=file_id.law_id, title=title,
                             revision_id=file_id.revision_id)
    data = content if content is not None else text.encode("utf-8")
    return Law(law_id=file_id.law_id, law_num=law_num, title=title,
               revision_id=file_id.revision_id, provisions=tuple(provisions),
               law_type=_law_type(file_id.law_id), abbreviations=(),
               source_path=str(source) if source is not None else None,
               content_hash=hashlib.sha256(data).hexdigest())


def _law_type(law_id: str) -> str | None:
    code = law_id[3:]
    if code.startswith("CONSTITUTION"):
        return "Constitution"
    return {"AC": "Act", "CO": "CabinetOrder", "IO": "ImperialOrdinance", "DF": "DajokanFukoku"}.get(
        code[:2], "MinisterialOrdinance" if code.startswith("M") else None)


@dataclass(slots=True)
class _Walk:
    """Where the line walk stands: the part (本則 or a 附則), the headings above, the pending
    caption and the article being filled."""

    source: str | Path | None
    arts: list[_Art] = field(default_factory=list)
    path: list[tuple[int, str]] = field(default_factory=list)
    suppl: bool = False
    suppl_label: str | None = None
    caption: str | None = None
    art: _Art | None = None  # current article (or paragraph holder)
    seen_keys: set[tuple[bool, str | None, str]] = field(default_factory=set)
    in_toc: bool = False

    def new_holder(self, num: str, cap: str | None) -> _Art:
        holder = _Art(num=num, caption=cap, chapter_path=tuple(t for _, t in self.path), suppl=self.suppl,
                      suppl_label=self.suppl_label)
        self.arts.append(holder)
        return holder

    def loose_holder(self) -> _Art:
        # Paragraphs outside articles: one holder per (附則) part, even if headings interrupt it.
        for holder in reversed(self.arts):
            if holder.suppl != self.suppl or holder.suppl_label != self.suppl_label:
                break
            if not holder.num:
                return holder
        return self.new_holder("", None)

    def enter_heading(self, m: re.Match[str], line: str) -> None:
        level = _LEVELS[m.group(1)]
        self.path = [(lv, t) for lv, t in self.path if lv < level] + [(level, line.replace(" ", _SEP, 1))]


def _structure(lines: list[tuple[int, str]], source: str | Path | None) -> list[_Art]:
    w = _Walk(source)
    for line_no, raw in lines:
        line = raw.strip()
        if not _frame_line(w, line):
            _body_line(w, line_no, line)
    return w.arts


def _frame_line(w: _Walk, line: str) -> bool:
    """Handle a line of the frame around the provisions (table of contents, tables, 附則 and
    chapter headings, captions); whether the line was one."""
    if not w.arts and ((line.endswith("目次") and len(line) < 80) or _SUPPL_RE.match(line)):
        w.in_toc = True
        return True
    if w.in_toc and not _ARTICLE_RE.match(line):
        m = _HEADING_RE.match(line)
        if m:  # the real heading right before the first article overrides the TOC's
            w.enter_heading(m, line)
        return True
    w.in_toc = False
    if _TABLE_RE.search(line):
        if w.art is not None and w.art.paras:
            _append(w.art, line)
        return True
    m = _SUPPL_RE.match(line)
    if m:
        w.suppl, w.suppl_label, w.art, w.caption, w.path = True, (m.group(1) or None), None, None, []
        return True
    m = _HEADING_RE.match(line)
    if m and not _ARTICLE_RE.match(line):
        w.enter_heading(m, line)
        w.art, w.caption = None, None
        return True
    if _CAPTION_RE.match(line):
        w.caption = line
        return True
    return False


def _body_line(w: _Walk, line_no: int, line: str) -> None:
    """Handle a line of the provisions: an article, a paragraph, an item or sub-item, or text."""
    m = _ARTICLE_RE.match(line)
    if m:
        _start_article(w, m, line_no)
        return
    m = _PARA_RE.match(line)
    if m and (w.art is not None or w.suppl):
        _start_paragraph(w, m, line)
        return
    if w.art is None:
        if w.suppl:  # unnumbered first paragraph of a 附則 without articles
            w.art = w.loose_holder()
            if w.art.paras:
                _append(w.art, line)
            else:
                w.art.paras.append(_Para(num=1, label="", caption=w.caption, lines=[line]))
            w.caption = None
        return  # enact statement, preamble, table of contents
    if not _item_line(w.art.paras[-1], line):
        _append(w.art, line)


def _start_article(w: _Walk, m: re.Match[str], line_no: int) -> None:
    num = _article_num(m, 1)
    if m.group(3):
        num += ":" + _article_num(m, 3)
    key = (w.suppl, w.suppl_label, num)
    if key in w.seen_keys:
        raise CorpusError(f"article {num} appears twice in the same part", path=w.source, line=line_no)
    w.seen_keys.add(key)
    w.art = w.new_holder(num, w.caption)
    w.art.paras.append(_Para(num=1, label="", caption=None, lines=[m.group(5)]))
    w.caption = None


def _start_paragraph(w: _Walk, m: re.Match[str], line: str) -> None:
    n = _para_num(m.group(1))
    if w.art is None:
        w.art = w.loose_holder()
    if w.art.paras and n <= w.art.paras[-1].num:
        _append(w.art, line)  # a numbered line inside a paragraph, not a new paragraph
        return
    w.art.paras.append(_Para(num=n, label=m.group(1), caption=w.caption, lines=[m.group(2)]))
    w.caption = None


def _item_line(para: _Para, line: str) -> bool:
    """Add ``line`` to ``para`` as a new item or a sub-item line; whether it was one."""
    m = _ITEM_RE.match(line)
    if m:
        try:
            ikey = item_key(m.group(1))
        except ValueError:
            ikey = ""
        if ikey and all(it.key != ikey for it in para.items):
            para.items.append(_Item(key=ikey, title=m.group(1), lines=[m.group(2)]))
            return True
    m = _SUBITEM_RE.match(line)
    if m and para.items:
        para.items[-1].lines.append(f"{m.group(1)}{_SEP}{m.group(2)}")
        return True
    return False


def _append(art: _Art, line: str) -> None:
    para = art.paras[-1]
    if para.items:
        para.items[-1].lines.append(line)
    else:
        para.lines.append(line)


def _provisions(arts: list[_Art], *, law_id: str, title: str,
                revision_id: str | None) -> list[Provision]:
    out: list[Provision] = []

    def prov(art: _Art, *, paragraph: int | None, item: str | None, caption: str | None,
             text: str) -> Provision:
        return Provision(law_id=law_id, law_title=title, article=art.num, paragraph=paragraph,
                         item=item, caption=caption, text=text, suppl=art.suppl,
                         revision_id=revision_id, chapter_path=art.chapter_path,
                         suppl_label=art.suppl_label, deleted=text == _DELETED)

    for art in arts:
        para_texts: list[tuple[_Para, list[str]]] = []
        for para in art.paras:
            lines = list(para.lines)
            for it in para.items:
                lines.append(f"{it.title}{_SEP}{it.lines[0]}")
                lines.extend(it.lines[1:])
            para_texts.append((para, lines))
        if art.num:
            art_lines: list[str] = []
            for para, lines in para_texts:
                head = f"{para.label}{_SEP}{lines[0]}" if para.label else lines[0]
                art_lines.extend([head, *lines[1:]])
            out.append(prov(art, paragraph=None, item=None, caption=art.caption,
                            text="\n".join(art_lines)))
        for para, lines in para_texts:
            cap = para.caption or art.caption
            out.append(prov(art, paragraph=para.num, item=None, caption=cap, text="\n".join(lines)))
            for it in para.items:
                out.append(prov(art, paragraph=para.num, item=it.key, caption=cap,
                                text="\n".join(it.lines)))
    return out
