"""Query expansion with an everyday-to-statutory vocabulary (``data/thesaurus.txt``).

Civil servants and citizens ask 「役所に断られた」; statutes say 「行政庁が拒否」. A phrase of the
thesaurus found in the query adds its statutory terms to the BM25 query with a reduced weight.

>>> th = Thesaurus.from_lines(["役所\\t行政庁", "断る\\t拒否"])
>>> th.expansions("役所に申請を断るといわれた")
['行政庁', '拒否']
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from govrag.errors import ConfigError

__all__ = ["Thesaurus", "default_thesaurus"]


class Thesaurus:
    """Phrase -> statutory terms; phrases match as substrings of the NFKC-normalized query."""

    def __init__(self, entries: dict[str, tuple[str, ...]]) -> None:
        self._entries = dict(sorted(entries.items(), key=lambda kv: -len(kv[0])))

    @classmethod
    def from_lines(cls, lines: Iterable[str], *, source: str = "<lines>") -> Thesaurus:
        """Parse ``phrase<TAB>term term ...`` lines (``#`` comments, blank lines skipped)."""
        entries: dict[str, tuple[str, ...]] = {}
        for no, raw in enumerate(lines, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            phrase, sep, terms = line.partition("\t")
            if not sep or not phrase.strip() or not terms.split():
                raise ConfigError(f"bad thesaurus line {no} in {source}: expected 'phrase<TAB>terms'")
            key = unicodedata.normalize("NFKC", phrase.strip())
            entries[key] = tuple(dict.fromkeys((*entries.get(key, ()), *terms.split())))
        return cls(entries)

    def __len__(self) -> int:
        return len(self._entries)

    def expansions(self, query: str) -> list[str]:
        """Statutory terms for the phrases in ``query`` (longest phrases first, no duplicates)."""
        text = unicodedata.normalize("NFKC", query)
        out: list[str] = []
        for phrase, terms in self._entries.items():
            if phrase in text:
                out.extend(t for t in terms if t not in out)
        return out


@lru_cache(maxsize=1)
def default_thesaurus() -> Thesaurus:
    """The thesaurus shipped with govrag."""
    text = resources.files("govrag.retrieval").joinpath("data/thesaurus.txt").read_text(encoding="utf-8")
    return Thesaurus.from_lines(text.splitlines(), source="govrag/retrieval/data/thesaurus.txt")
