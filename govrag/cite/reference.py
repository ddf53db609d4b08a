"""One reference typed by a user (``govrag corpus show``), read with the one citation grammar.

>>> parse_reference("地方自治法第二百五十二条の十九第一項第一号")
Reference(law='地方自治法', suppl=False, article='252_19', paragraph=1, item='1')
>>> parse_reference("行政手続法附則第二項")
Reference(law='行政手続法', suppl=True, article=None, paragraph=2, item=None)
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from govrag.cite.grammar import parse_citations
from govrag.errors import ConfigError

__all__ = ["Reference", "parse_reference"]


@dataclass(frozen=True, slots=True)
class Reference:
    """A statute reference: law name + 附則? + 第N条(のM) + 第N項 + 第N号(のM)."""

    law: str
    suppl: bool
    article: str | None
    paragraph: int | None
    item: str | None


def parse_reference(text: str, law_names: Mapping[str, str] | Iterable[str] = ()) -> Reference:
    """Split ``行政手続法第七条第一項`` into its parts with :func:`govrag.cite.parse_citations`.

    ``law_names`` (names, or names -> law ids) are the titles and abbreviations to match longest
    first, since titles may contain 第N条 themselves. The whole text must be one reference that
    names a law; anything else is a :class:`~govrag.errors.ConfigError`.
    """
    ref = "".join(unicodedata.normalize("NFKC", text).split())
    names = dict(law_names) if isinstance(law_names, Mapping) else dict.fromkeys(law_names, "")
    found = parse_citations(ref, law_names={n: i for n, i in names.items() if n}) if ref else []
    if len(found) == 1 and found[0].end == len(ref) and not found[0].relative:
        c = found[0]
        # a prefix the grammar does not know as a law name is still the name the user typed
        # (the corpus then says it is unknown and offers close matches)
        law = c.law_title if c.start == 0 else ref[: c.start]
        if law and (c.start == 0 or not c.law_title):
            return Reference(law=law, suppl=c.suppl, article=c.article or None,
                             paragraph=c.paragraph, item=c.item)
    raise ConfigError(f"not a statute reference: {text!r} (expected e.g. 行政手続法第七条第一項)")
