"""What every format loader returns: blocks in reading order and the file's own properties.

>>> Extracted(blocks=[], properties={"title": "要領"}).properties["title"]
'要領'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from govrag.documents.model import Block

__all__ = ["Extracted"]


@dataclass(slots=True)
class Extracted:
    """Blocks plus properties stored in the file (``title``, ``revision``, ``author``…; may be
    empty) and the page count where the format has pages."""

    blocks: list[Block]
    properties: dict[str, str] = field(default_factory=dict)
    pages: int | None = None
