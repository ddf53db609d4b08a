"""HTML with lxml (no network, no entity expansion beyond HTML's, scripts and styles dropped):
``<h1>``-``<h6>`` keep their depth, table rows become rows, other block elements lines.

>>> from pathlib import Path
>>> import tempfile
>>> p = Path(tempfile.mkdtemp(), "a.html")
>>> _ = p.write_text("<html><head><title>Q&amp;A</title><script>x()</script></head><body>"
...     "<h2>問1 手数料</h2><p>無料です。</p><table><tr><th>区分</th><td>額</td></tr></table>"
...     "</body></html>", encoding="utf-8")
>>> got = read_html(p, Limits())
>>> got.properties["title"], [(b.kind, b.text) for b in got.blocks]
('Q&A', [('heading', '問1 手数料'), ('line', '無料です。'), ('row', '区分 | 額')])
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from govrag.documents.limits import Limits, decode_text, read_bytes
from govrag.documents.loaders.base import Extracted
from govrag.documents.model import Block
from govrag.errors import HostileDocument, UnsupportedDocument

__all__ = ["read_html"]

_BLOCK_TAGS = frozenset({"p", "div", "li", "dd", "dt", "pre", "blockquote", "address", "caption", "td", "th"})
_SKIP = frozenset({"script", "style", "noscript", "template", "iframe", "object", "embed", "head"})


def read_html(path: Path, limits: Limits) -> Extracted:
    """Blocks of an HTML page; ``<title>`` is the title property."""
    import lxml.html
    from lxml import etree

    text = decode_text(read_bytes(path, limits), path)
    if len(text) > limits.max_chars:
        raise HostileDocument(f"{len(text)} characters, over {limits.max_chars}", path=path)
    parser = lxml.html.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        recover=True,
    )
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise UnsupportedDocument(f"cannot parse HTML: {exc}", path=path) from None
    props: dict[str, str] = {}
    title = root.find(".//title")
    if title is not None and (title.text_content() or "").strip():
        props["title"] = " ".join(title.text_content().split())
    blocks: list[Block] = []
    tables = [0]
    body = root.find("body")
    _walk(body if body is not None else root, blocks, tables)
    return Extracted(blocks=blocks, properties=props)


def _text(el: Any) -> str:
    return " ".join(str(el.text_content()).split())


def _walk(el: Any, out: list[Block], tables: list[int]) -> None:
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        tag = tag.lower()
        if not tag or tag in _SKIP:
            continue
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            if t := _text(child):
                out.append(Block(t, kind="heading", depth=int(tag[1])))
        elif tag == "table":
            tables[0] += 1
            for tr in child.iter("tr"):
                cells = [_text(c) for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
                if any(cells):
                    out.append(Block(" | ".join(cells), kind="row", table=f"表{tables[0]}"))
        elif tag in ("header", "footer"):
            if t := _text(child):
                out.append(Block(t, kind="margin"))
        elif tag in _BLOCK_TAGS and not any(
            isinstance(c.tag, str) and c.tag.lower() in _BLOCK_TAGS | {"table", "ul", "ol", "dl"}
            for c in child
        ):
            for line in str(child.text_content()).splitlines():
                if line.strip():
                    out.append(Block(" ".join(line.split())))
        else:
            if child.text and child.text.strip() and tag not in ("ul", "ol", "dl", "tr"):
                out.append(Block(" ".join(child.text.split())))
            _walk(child, out, tables)
        if child.tail and child.tail.strip() and el.tag in ("body", "div", "section", "article", "main"):
            out.append(Block(" ".join(child.tail.split())))
