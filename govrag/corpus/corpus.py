"""``Corpus``: a set of parsed laws with lookups by id, title, abbreviation and article.

>>> from govrag.corpus.model import Law, Provision
>>> p = Provision(law_id="405AC0000000088", law_title="行政手続法", article="7", paragraph=None,
...               item=None, caption=None, text="行政庁は、…", suppl=False)
>>> law = Law(law_id="405AC0000000088", law_num="平成五年法律第八十八号", title="行政手続法",
...           revision_id=None, provisions=(p,))
>>> corpus = Corpus.from_laws([law])
>>> corpus.law("行手法").title, corpus.provision("行政手続法", "第七条").text
('行政手続法', '行政庁は、…')
>>> corpus.law("行政不服審査法") is None
True
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from govrag.corpus.abbreviations import AbbreviationSource, builtin_abbreviations, load_abbreviations
from govrag.corpus.loader import DEFAULT_MAX_BYTES, load_law
from govrag.corpus.model import Law, Provision
from govrag.errors import ConfigError, CorpusError
from govrag.text.numerals import article_key, item_key, kanji_to_int

__all__ = ["STATUTE_SUFFIXES", "Corpus", "Level", "LoadProblem"]

#: File suffixes ``Corpus.from_path`` picks up in a folder (other files, e.g. index.csv, are skipped).
STATUTE_SUFFIXES: tuple[str, ...] = (".xml", ".md", ".txt")

Level = Literal["article", "paragraph", "item"]
ProblemKind = Literal["error", "duplicate"]


@dataclass(frozen=True, slots=True)
class LoadProblem:
    """A file that did not become a law of the corpus, and why.

    ``kind`` is ``"error"`` (the file could not be parsed) or ``"duplicate"`` (another file of the
    same law id was kept: the later revision, then XML over text, then the first path).
    """

    path: str
    message: str
    line: int | None = None
    kind: ProblemKind = "error"


def _name_key(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split())


def _load_path(path: str | os.PathLike[str], *, recursive: bool, strict: bool, workers: int | None,
               max_bytes: int) -> tuple[list[Law], list[LoadProblem]]:
    """Parse one statute file or every statute file under a folder (see :meth:`Corpus.from_path`)."""
    root = Path(path)
    if root.is_file():
        # one named file must be a statute: its CorpusError (binary, HTML, ...) is raised as is
        return [load_law(root, max_bytes=max_bytes)], []
    elif root.is_dir():
        pattern = "**/*" if recursive else "*"
        files = sorted(p for p in root.glob(pattern)
                       if p.suffix.lower() in STATUTE_SUFFIXES and p.is_file()
                       and p.name.lower() not in ("readme.md", "license.md", "manifest.md"))
    else:
        raise CorpusError("no such file or folder", path=root)
    if not files:
        raise CorpusError(f"no statute files ({', '.join(STATUTE_SUFFIXES)}) found", path=root)
    jobs = [(str(f), max_bytes) for f in files]
    n_workers = 1 if workers is None else workers
    if n_workers < 1:
        raise ConfigError(f"workers must be >= 1, not {n_workers}")
    results: list[Law | LoadProblem]
    if n_workers == 1 or strict:
        results = []
        for job in jobs:
            if strict:
                results.append(load_law(job[0], max_bytes=max_bytes))
            else:
                results.append(_load_one(job))
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=n_workers) as pool:
            results = list(pool.map(_load_one, jobs, chunksize=max(1, len(jobs) // (n_workers * 8))))
    laws = [r for r in results if isinstance(r, Law)]
    problems = [r for r in results if isinstance(r, LoadProblem)]
    if not laws and problems:
        # a folder of nothing but bad files is not a corpus: fail instead of an empty corpus
        raise CorpusError(f"none of the {len(problems)} statute files could be loaded; first: "
                          f"{problems[0].message}", path=root)
    return laws, problems


def _load_one(args: tuple[str, int]) -> Law | LoadProblem:
    path, max_bytes = args
    try:
        return load_law(path, max_bytes=max_bytes)
    except CorpusError as exc:
        return LoadProblem(path=path, message=str(exc), line=exc.line)


class Corpus:
    """Laws in a stable order, with the lookups the retriever and the citation checker need.

    * ``law(name_or_id)`` -> ``Law | None`` (law id, revision id, full title, law number or
      abbreviation); ``get_law`` is the same but raises :class:`ConfigError` listing close matches.
    * ``provision(law, article, paragraph=None, item=None, *, suppl=False, suppl_label=None)``.
    * ``law_names()`` -> every known name (titles, abbreviations) -> law id.
    * ``law_titles()`` -> law id -> title.
    * ``laws`` (tuple, file-path order) and ``problems`` (tuple of :class:`LoadProblem`): files
      that failed to load or duplicated a law id -- never silently dropped.
    * ``provisions(*, suppl=False, level="article")``, ``content_hash``, ``len()``, iteration.
    """

    __slots__ = ("_ambiguous", "_by_key", "_by_law", "_content_hash", "_display", "_names", "_ranges",
                 "laws", "problems")

    def __init__(self, laws: Iterable[Law], *, problems: Sequence[LoadProblem] = (),
                 abbreviations: AbbreviationSource | None = None) -> None:
        extra = builtin_abbreviations()
        user = load_abbreviations(abbreviations) if abbreviations is not None else {}
        merged: list[Law] = []
        seen: dict[str, Law] = {}
        problem_list = list(problems)
        for law in laws:
            if law.law_id in seen:
                kept, dropped = _prefer(seen[law.law_id], law)
                seen[law.law_id] = kept
                problem_list.append(LoadProblem(
                    path=dropped.source_path or dropped.law_id,
                    message=f"skipped {dropped.source_path or dropped.revision_id}: same law "
                            f"{law.law_id} as {kept.source_path or kept.revision_id}, which was kept "
                            "(later revision, then XML over text, then the first path)",
                    kind="duplicate"))
                continue
            seen[law.law_id] = law
        for law in seen.values():
            names = tuple(dict.fromkeys((*law.abbreviations, *extra.get(law.law_id, ()),
                                         *user.get(law.law_id, ()))))
            merged.append(replace(law, abbreviations=names) if names != law.abbreviations else law)
        self.laws: tuple[Law, ...] = tuple(merged)
        self.problems: tuple[LoadProblem, ...] = tuple(problem_list)
        self._by_law: dict[str, Law] = {law.law_id: law for law in self.laws}
        self._by_key: dict[tuple[str, bool, str | None, str, int | None, str | None], Provision] = {}
        # range articles ("38:84") by (law_id, suppl, suppl_label): (first, last, article key)
        self._ranges: dict[tuple[str, bool, str | None], list[tuple[int, int, str]]] = {}
        for law in self.laws:
            self._index_provisions(law)
        self._names, self._display, self._ambiguous = _build_names(self.laws, extra, user)
        self._content_hash: str | None = None

    def _index_provisions(self, law: Law) -> None:
        """Add ``law``'s provisions to the key lookup and its range articles ("38:84") to ``_ranges``."""
        for p in law.provisions:
            self._by_key.setdefault(p.key, p)
            if p.paragraph is None and ":" in p.article:
                first, last = p.article.split(":", 1)
                if first.isdigit() and last.isdigit():
                    self._ranges.setdefault((p.law_id, p.suppl, p.suppl_label), []).append(
                        (int(first), int(last), p.article))

    # -- construction ----------------------------------------------------------------------

    @classmethod
    def from_laws(cls, laws: Iterable[Law], *,
                  abbreviations: AbbreviationSource | None = None) -> Corpus:
        """A corpus over already parsed laws (order kept; duplicates of a law id resolved)."""
        return cls(laws, abbreviations=abbreviations)

    @classmethod
    def from_path(cls, path: str | os.PathLike[str], *, recursive: bool = True, strict: bool = False,
                  workers: int | None = None, abbreviations: AbbreviationSource | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
        """Load a statute file or every ``*.xml``/``*.md``/``*.txt`` file under a folder.

        Bad files are recorded in ``problems`` (``strict=True``: the first one raises its
        :class:`CorpusError`). ``workers`` > 1 parses in that many processes; the default (None)
        is 1 because shipping parsed laws back from worker processes costs more than it saves
        on small machines (see docs/benchmarks/corpus.md).
        """
        laws, problems = _load_path(path, recursive=recursive, strict=strict, workers=workers,
                                    max_bytes=max_bytes)
        return cls(laws, problems=problems, abbreviations=abbreviations)

    @classmethod
    def from_paths(cls, paths: Iterable[str | os.PathLike[str]], *, recursive: bool = True,
                   strict: bool = False, workers: int | None = None,
                   abbreviations: AbbreviationSource | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
        """One corpus from several files or folders (loaded like :meth:`from_path`, in order; a law
        found in more than one place is kept once, as in the constructor).

        >>> Corpus.from_paths([])
        Traceback (most recent call last):
        ...
        govrag.errors.ConfigError: from_paths needs at least one file or folder
        """
        todo = list(paths)
        if not todo:
            raise ConfigError("from_paths needs at least one file or folder")
        laws: list[Law] = []
        problems: list[LoadProblem] = []
        for path in todo:
            found, bad = _load_path(path, recursive=recursive, strict=strict, workers=workers,
                                    max_bytes=max_bytes)
            laws.extend(found)
            problems.extend(bad)
        return cls(laws, problems=problems, abbreviations=abbreviations)

    # -- container protocol ----------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.laws)

    def __iter__(self) -> Iterator[Law]:
        return iter(self.laws)

    def __contains__(self, name_or_id: object) -> bool:
        return isinstance(name_or_id, str) and self.law(name_or_id) is not None

    def __repr__(self) -> str:
        return f"Corpus({len(self.laws)} laws, {len(self.problems)} problems)"

    # -- lookups ---------------------------------------------------------------------------

    def law(self, name_or_id: str) -> Law | None:
        """The law for a law id, revision id, title, law number or abbreviation; None if unknown
        or ambiguous (see :meth:`get_law` for an explaining error)."""
        if name_or_id in self._by_law:
            return self._by_law[name_or_id]
        key = _name_key(name_or_id)
        law_id = self._names.get(key)
        if law_id is not None:
            return self._by_law[law_id]
        if "_" in name_or_id:
            head = name_or_id.split("_", 1)[0]
            law = self._by_law.get(head)
            if law is not None and law.revision_id == name_or_id:
                return law
        return None

    def get_law(self, name_or_id: str) -> Law:
        """Like :meth:`law` but raises :class:`ConfigError` naming close matches or candidates."""
        law = self.law(name_or_id)
        if law is not None:
            return law
        import difflib

        key = _name_key(name_or_id)
        if key in self._ambiguous:
            ids = ", ".join(self._ambiguous[key])
            raise ConfigError(f"law name {name_or_id!r} is ambiguous in this corpus: {ids} "
                              "(use the law id or the full title)")
        close = difflib.get_close_matches(key, list(self._names), n=5, cutoff=0.6)
        hint = f"; close matches: {', '.join(close)}" if close else ""
        raise ConfigError(f"unknown law {name_or_id!r} ({len(self.laws)} laws loaded){hint}")

    def law_names(self) -> dict[str, str]:
        """Every unambiguous name -> law id: full titles, law numbers, XML ``Abbrev`` values,
        data-file and user abbreviations, spelled as in their source (lookups through
        :meth:`law` also accept NFKC variants and ignore spaces)."""
        return dict(self._display)

    def law_titles(self) -> dict[str, str]:
        """Law id -> title, in corpus order."""
        return {law.law_id: law.title for law in self.laws}

    @property
    def ambiguous_names(self) -> dict[str, tuple[str, ...]]:
        """Names that several laws share at the same priority (left out of :meth:`law_names`)."""
        return dict(self._ambiguous)

    def provision(self, law: Law | str, article: str | int, paragraph: int | str | None = None,
                  item: str | int | None = None, *, suppl: bool = False,
                  suppl_label: str | None = None) -> Provision | None:
        """Look up one provision; None when the law or the provision does not exist.

        ``law``: a Law, law id, title or abbreviation. ``article``: ``"7"``, ``"2_2"``,
        ``"第七条"``, ``"第二条の二"``, ``7`` (``""`` for paragraphs outside articles). An article
        inside a range (``第三条から第五条まで　削除``) resolves to the range provision.
        ``paragraph``: 1, ``"第一項"``; ``item``: ``"1_2"``, ``"第一号の二"``, ``"一"``, 1 (an item
        without a paragraph, 第五条第一号, is looked up in paragraph 1).
        ``suppl=True`` reaches 附則; ``suppl_label`` picks an amendment's 附則 by its law number.
        """
        target = law if isinstance(law, Law) else self.law(law)
        if target is None:
            return None
        try:
            a = _article(article)
            p = _paragraph(paragraph)
            i = _item(item)
        except ValueError:
            return None
        if p is None and i is not None:
            p = 1  # 第五条第一号: items of an article cited without 項 belong to its first paragraph
        found = self._by_key.get((target.law_id, suppl, suppl_label, a, p, i))
        if found is not None or not a.isdigit():
            return found
        for first, last, key in self._ranges.get((target.law_id, suppl, suppl_label), ()):
            if first <= int(a) <= last:  # 第五十条 inside 第三十八条から第八十四条まで
                return self._by_key.get((target.law_id, suppl, suppl_label, key, p, i))
        return None

    def provisions(self, *, suppl: bool | None = False,
                   level: Level | None = "article") -> Iterator[Provision]:
        """Provisions in corpus order. ``suppl``: False main only, True 附則 only, None both.
        ``level``: ``"article"``, ``"paragraph"``, ``"item"`` or None for all levels; paragraphs
        outside articles (``article == ""``) count as both article and paragraph level."""
        if level not in ("article", "paragraph", "item", None):
            raise ConfigError(f"level must be 'article', 'paragraph', 'item' or None, not {level!r}")
        for law in self.laws:
            for p in law.provisions:
                if suppl is not None and p.suppl != suppl:
                    continue
                if level is None or level in _levels(p):
                    yield p

    @property
    def content_hash(self) -> str:
        """sha256 over the laws' ids, revisions and content hashes (sorted by law id): stable
        across load order, file locations and worker counts."""
        if self._content_hash is None:
            h = hashlib.sha256(b"govrag-corpus-v1\n")
            for law in sorted(self.laws, key=lambda x: x.law_id):
                digest = law.content_hash or _law_digest(law)
                h.update(f"{law.law_id}\t{law.revision_id or ''}\t{digest}\n".encode())
            self._content_hash = h.hexdigest()
        return self._content_hash


def _levels(p: Provision) -> tuple[Level, ...]:
    if p.item is not None:
        return ("item",)
    if p.paragraph is None:
        return ("article",)
    if p.article == "":  # a paragraph outside any article stands in for an article too
        return ("article", "paragraph")
    return ("paragraph",)


def _law_digest(law: Law) -> str:
    h = hashlib.sha256()
    for p in law.provisions:
        h.update(repr(p.key).encode())
        h.update(p.text.encode())
    return h.hexdigest()


def _prefer(a: Law, b: Law) -> tuple[Law, Law]:
    """(kept, dropped) of two laws with the same id."""
    def rank(x: Law) -> tuple[str, int]:
        date = x.revision_id.split("_")[1] if x.revision_id and x.revision_id.count("_") >= 2 else ""
        return (date, 1 if (x.source_path or "").lower().endswith(".xml") else 0)

    return (b, a) if rank(b) > rank(a) else (a, b)


def _build_names(laws: Sequence[Law], extra: dict[str, tuple[str, ...]],
                 user: dict[str, tuple[str, ...]]
                 ) -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, ...]]]:
    """(normalized name -> id, name as written -> id, ambiguous normalized name -> ids)."""
    # Priority: title and law number (0) > user table (1) > packaged table (2) > XML Abbrev (3).
    tiers: dict[str, tuple[int, set[str]]] = {}
    spellings: dict[str, set[str]] = {}
    ids = {law.law_id for law in laws}

    def add(name: str, law_id: str, tier: int) -> None:
        key = _name_key(name)
        if not key:
            return
        spellings.setdefault(key, set()).add(name.strip())
        current = tiers.get(key)
        if current is None or tier < current[0]:
            tiers[key] = (tier, {law_id})
        elif tier == current[0]:
            current[1].add(law_id)

    for law in laws:
        add(law.title, law.law_id, 0)
        add(law.law_num, law.law_id, 0)
        for n in user.get(law.law_id, ()):
            add(n, law.law_id, 1)
        for n in extra.get(law.law_id, ()):
            add(n, law.law_id, 2)
        for n in law.abbreviations:
            add(n, law.law_id, 3)
    names: dict[str, str] = {}
    display: dict[str, str] = {}
    ambiguous: dict[str, tuple[str, ...]] = {}
    for key, (_tier, owners) in tiers.items():
        owners &= ids
        if len(owners) == 1:
            names[key] = next(iter(owners))
            for spelling in sorted(spellings[key]):
                display[spelling] = names[key]
        elif owners:
            ambiguous[key] = tuple(sorted(owners))
    return names, display, ambiguous


def _article(article: str | int) -> str:
    if isinstance(article, int):
        return str(article)
    text = unicodedata.normalize("NFKC", article).strip()
    if text == "":
        return ""
    if ":" in text:
        return ":".join(_article(part) for part in text.split(":", 1))
    text = text.replace("の", "_") if all(c.isdigit() or c == "の" for c in text) else text
    return article_key(text)


def _paragraph(paragraph: int | str | None) -> int | None:
    if paragraph is None or isinstance(paragraph, int):
        return paragraph
    text = unicodedata.normalize("NFKC", paragraph).strip()
    if text.startswith("第"):
        text = text[1:]
    if text.endswith("項"):
        text = text[:-1]
    return kanji_to_int(text)


def _item(item: str | int | None) -> str | None:
    if item is None:
        return None
    if isinstance(item, int):
        return str(item)
    text = unicodedata.normalize("NFKC", item).strip()
    if all(c.isdigit() or c in "の_" for c in text):
        return text.replace("の", "_")
    return item_key(text)
