"""Query expansion with an everyday-to-statutory vocabulary (``data/thesaurus.txt``).

Civil servants and citizens ask 「役所に断られた」; statutes say 「行政庁が拒否」. A phrase of the
thesaurus found in the query adds its statutory terms to the BM25 query with a reduced weight.

>>> th = Thesaurus.from_lines(["役所\\t行政庁", "断る\\t拒否"])
>>> th.expansions("役所に申請を断るといわれた")
['行政庁', '拒否']

A second packaged vocabulary, the lay glossary (``data/lay_terms.txt``, issue 13 round 7), maps
everyday phrases (見せてほしい, 任せる) to statutory terms (開示, 閲覧; 委任, 委託). It was written
from the statute XML alone by a session that saw no question set; :func:`resolve_thesaurus`
merges it into the search's vocabulary unless ``lay_terms=False`` (or replaces it with your own).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from govrag.errors import ConfigError

__all__ = [
    "LayTerms",
    "Thesaurus",
    "ThesaurusMode",
    "default_lay_terms",
    "default_thesaurus",
    "default_vocabulary",
    "resolve_thesaurus",
]

ThesaurusMode = Literal["merge", "replace"]


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

    @classmethod
    def from_path(cls, path: str | Path) -> Thesaurus:
        """Read a ``phrase<TAB>terms`` file (UTF-8)."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read thesaurus {path}: {type(exc).__name__}: {exc}") from None
        return cls.from_lines(text.splitlines(), source=str(path))

    def merged(self, other: Thesaurus) -> Thesaurus:
        """This thesaurus with ``other``'s entries added (terms of a shared phrase are joined).

        >>> a = Thesaurus.from_lines(["役所\\t行政庁"])
        >>> a.merged(Thesaurus.from_lines(["役所\\t地方公共団体", "窓口\\t行政庁"])).expansions("役所の窓口")
        ['行政庁', '地方公共団体']
        """
        entries = dict(self._entries)
        for phrase, terms in other._entries.items():
            entries[phrase] = tuple(dict.fromkeys((*entries.get(phrase, ()), *terms)))
        return Thesaurus(entries)

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


def _packaged(name: str) -> Thesaurus:
    text = resources.files("govrag.retrieval").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return Thesaurus.from_lines(text.splitlines(), source=f"govrag/retrieval/data/{name}")


@lru_cache(maxsize=1)
def default_thesaurus() -> Thesaurus:
    """The thesaurus shipped with govrag (frozen: tuned on the project's own questions)."""
    return _packaged("thesaurus.txt")


@lru_cache(maxsize=1)
def default_lay_terms() -> Thesaurus:
    """The lay glossary shipped with govrag (``data/lay_terms.txt``): everyday phrases to the
    statutes' terms, written from the statute XML alone.

    >>> default_lay_terms().expansions("代わりの人に任せる")[:1]
    ['委任']
    """
    return _packaged("lay_terms.txt")


@lru_cache(maxsize=1)
def default_vocabulary() -> Thesaurus:
    """The packaged thesaurus merged with the packaged lay glossary (what a search expands with)."""
    return default_thesaurus().merged(default_lay_terms())


LayTerms = Thesaurus | str | Path | bool


def resolve_thesaurus(
    thesaurus: Thesaurus | str | Path | None,
    *,
    mode: ThesaurusMode = "merge",
    lay_terms: LayTerms = True,
) -> Thesaurus:
    """The vocabulary a search uses: the packaged thesaurus and lay glossary, merged with or
    replaced by the caller's.

    ``thesaurus`` is a :class:`Thesaurus` or the path of a ``phrase<TAB>terms`` file; ``None``
    keeps the packaged ones. ``mode="replace"`` drops the packaged entries (both files).
    ``lay_terms``: ``True`` the packaged lay glossary, ``False`` none, or your own glossary in
    its place (a :class:`Thesaurus` or a file).

    >>> own = Thesaurus.from_lines(["ふるさと納税\\t寄附金"])
    >>> len(resolve_thesaurus(own, mode="replace"))
    1
    >>> len(resolve_thesaurus(None, lay_terms=False)) == len(default_thesaurus())
    True
    >>> "寄附金" in resolve_thesaurus(own).expansions("ふるさと納税の使い道")
    True
    """
    if mode not in ("merge", "replace"):
        raise ConfigError(f"thesaurus mode must be 'merge' or 'replace', not {mode!r}")
    own = None if thesaurus is None else (
        thesaurus if isinstance(thesaurus, Thesaurus) else Thesaurus.from_path(thesaurus))
    if own is not None and mode == "replace":
        return own
    if lay_terms is True:
        base = default_vocabulary()
    elif lay_terms is False:
        base = default_thesaurus()
    else:
        lay = lay_terms if isinstance(lay_terms, Thesaurus) else Thesaurus.from_path(lay_terms)
        base = default_thesaurus().merged(lay)
    return base if own is None else base.merged(own)
