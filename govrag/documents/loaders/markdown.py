"""Markdown: ``#`` headings keep their depth, pipe tables become rows, the rest are lines.

>>> from pathlib import Path
>>> import tempfile
>>> p = Path(tempfile.mkdtemp(), "a.md")
>>> text = "# 要領\\n\\n## 1 目的\\n\\n| 項目 | 内容 |\\n|---|---|\\n| 期限 | 30日 |\\n"
>>> _ = p.write_text(text, encoding="utf-8")
>>> [(b.kind, b.text) for b in read_markdown(p, Limits()).blocks]
[('heading', '要領'), ('heading', '1 目的'), ('row', '項目 | 内容'), ('row', '期限 | 30日')]
"""

from __future__ import annotations

import re
from pathlib import Path

from govrag.documents.limits import Limits, decode_text, read_bytes
from govrag.documents.loaders.base import Extracted
from govrag.documents.model import Block
from govrag.errors import HostileDocument

__all__ = ["read_markdown"]

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_EMPH = re.compile(r"(\*\*|__|\*|`)")


def read_markdown(path: Path, limits: Limits) -> Extracted:
    """Blocks of a Markdown file (front matter ``title:`` becomes the title property)."""
    text = decode_text(read_bytes(path, limits), path)
    if len(text) > limits.max_chars:
        raise HostileDocument(f"{len(text)} characters, over {limits.max_chars}", path=path)
    props: dict[str, str] = {}
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            for line in lines[1:end]:
                key, _, value = line.partition(":")
                if value.strip():
                    props[key.strip()] = value.strip().strip("\"'")
            lines = lines[end + 1 :]
    blocks: list[Block] = []
    table = 0
    in_table = False
    for raw in lines:
        line = raw.strip()
        if not line:
            in_table = False
            continue
        m = _HEADING.match(line)
        if m:
            blocks.append(Block(_EMPH.sub("", m.group(2)), kind="heading", depth=len(m.group(1))))
            in_table = False
            continue
        if line.startswith("|"):
            if _RULE.match(line):
                continue
            if not in_table:
                table += 1
                in_table = True
            cells = [_EMPH.sub("", c.strip()) for c in line.strip("|").split("|")]
            blocks.append(Block(" | ".join(cells), kind="row", table=f"表{table}"))
            continue
        in_table = False
        line = re.sub(r"^(?:[-*+]\s+|>\s*)", "", line)
        blocks.append(Block(_EMPH.sub("", line)))
    return Extracted(blocks=blocks, properties=props)
