"""Corpus manifests: a named statute set (which laws, which revisions, which bytes) in TOML.

A manifest pins a corpus so that evaluation numbers can be reproduced: every law has its e-Gov
law id, title, revision id, file (relative to the manifest's ``root``) and SHA-256::

    name = "core-29"
    description = "…"
    root = "../shared/corpora/egov-xml"   # relative to the project folder holding corpora/
    format = "egov-xml"

    [[laws]]
    law_id = "405AC0000000088"
    title = "行政手続法"
    revision_id = "405AC0000000088_20240926_506AC0000000065"
    file = "405AC0000000088_20240926_506AC0000000065.xml"
    sha256 = "462c…"

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "m.toml").write_text('name = "t"\\nroot = "."\\nformat = "egov-xml"\\n[[laws]]\\n'
...     'law_id = "405AC0000000088"\\ntitle = "行政手続法"\\n'
...     'revision_id = "405AC0000000088_20240926_506AC0000000065"\\nfile = "a.xml"\\n', encoding="utf-8")
>>> m = load_manifest(d / "m.toml")
>>> m.name, m.law_ids, m.verify()
('t', ('405AC0000000088',), ['a.xml: missing'])
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

from govrag.corpus.ids import is_law_id
from govrag.errors import ManifestError

__all__ = ["CorpusManifest", "ManifestError", "ManifestLaw", "load_manifest"]

#: Source layout of a manifest's files.
Format = Literal["egov-xml", "egov-text", "mixed"]
_FORMATS: tuple[str, ...] = get_args(Format)
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_TOP = frozenset({"name", "description", "root", "format", "laws"})
_LAW = frozenset({"law_id", "title", "revision_id", "file", "sha256", "law_num"})


@dataclass(frozen=True, slots=True)
class ManifestLaw:
    """One law of a named set."""

    law_id: str
    title: str
    revision_id: str
    file: str
    sha256: str | None = None
    law_num: str | None = None


@dataclass(frozen=True, slots=True)
class CorpusManifest:
    """A named statute set; ``root`` as written, ``path`` is the manifest file itself."""

    name: str
    description: str
    root: str
    format: Format
    laws: tuple[ManifestLaw, ...]
    path: Path

    @property
    def law_ids(self) -> tuple[str, ...]:
        """Law ids in manifest order."""
        return tuple(law.law_id for law in self.laws)

    def resolve_root(self, base: str | Path | None = None) -> Path:
        """The folder holding the files.

        ``base`` given: ``base / root``. Otherwise ``root`` is taken relative to the manifest's
        folder, and when that does not exist, relative to its parent (the project folder when the
        manifest lives in ``corpora/``), so ``root = "../shared/corpora/egov-xml"`` works from a
        checkout next to ``shared/``. Raises :class:`ManifestError` when neither exists.
        """
        root = Path(self.root)
        if root.is_absolute():
            candidates = [root]
        elif base is not None:
            candidates = [Path(base) / root]
        else:
            candidates = [self.path.parent / root, self.path.parent.parent / root]
        for c in candidates:
            if c.is_dir():
                return c.resolve()
        tried = ", ".join(str(c) for c in candidates)
        raise ManifestError(f"corpus root {self.root!r} not found (tried {tried})", path=self.path)

    def files(self, base: str | Path | None = None) -> list[Path]:
        """Absolute paths of the manifest's files (existence is checked by :meth:`verify`)."""
        root = self.resolve_root(base)
        return [root / law.file for law in self.laws]

    def verify(self, base: str | Path | None = None, *, hashes: bool = True) -> list[str]:
        """Problems found on disk: missing files and (``hashes=True``) SHA-256 mismatches.

        An empty list means the corpus on disk is exactly the pinned one.
        """
        try:
            root = self.resolve_root(base)
        except ManifestError as exc:
            return [str(exc)]
        problems: list[str] = []
        for law in self.laws:
            f = root / law.file
            if not f.is_file():
                problems.append(f"{law.file}: missing")
                continue
            if hashes and law.sha256 is not None:
                digest = hashlib.sha256(f.read_bytes()).hexdigest()
                if digest != law.sha256:
                    problems.append(f"{law.file}: sha256 {digest[:12]}… != pinned {law.sha256[:12]}…")
        return problems


def _opt(table: dict[str, Any], key: str, where: str, path: Path) -> str | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ManifestError(f"{where}: {key!r} must be a non-empty string", path=path)
    return value


def _str(table: dict[str, Any], key: str, where: str, path: Path) -> str:
    value = _opt(table, key, where, path)
    if value is None:
        raise ManifestError(f"{where}: missing {key!r}", path=path)
    return value


def load_manifest(path: str | Path) -> CorpusManifest:
    """Read and validate a manifest TOML file (unknown keys, bad ids and repeats are errors)."""
    p = Path(path)
    if not p.is_file():
        raise ManifestError("no such manifest file", path=p)
    try:
        data = tomllib.loads(p.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ManifestError(f"not valid UTF-8 (byte {exc.start})", path=p) from None
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"invalid TOML: {exc}", path=p) from None
    unknown = set(data) - _TOP
    if unknown:
        raise ManifestError(f"unknown key(s) {sorted(unknown)}; allowed: {sorted(_TOP)}", path=p)
    name = _str(data, "name", "manifest", p)
    root = _str(data, "root", "manifest", p)
    fmt = data.get("format", "egov-xml")
    if fmt not in _FORMATS:
        raise ManifestError(f"format {fmt!r} is not one of {list(_FORMATS)}", path=p)
    description = data.get("description", "")
    if not isinstance(description, str):
        raise ManifestError("'description' must be a string", path=p)
    raw_laws = data.get("laws")
    if not isinstance(raw_laws, list) or not raw_laws:
        raise ManifestError("'laws' must be a non-empty array of tables ([[laws]])", path=p)
    laws: list[ManifestLaw] = []
    seen: set[str] = set()
    for i, t in enumerate(raw_laws):
        where = f"laws[{i}]"
        if not isinstance(t, dict):
            raise ManifestError(f"{where} must be a table", path=p)
        extra = set(t) - _LAW
        if extra:
            raise ManifestError(f"{where}: unknown key(s) {sorted(extra)}; allowed: {sorted(_LAW)}", path=p)
        law_id = _str(t, "law_id", where, p)
        if not is_law_id(law_id):
            raise ManifestError(f"{where}: {law_id!r} is not an e-Gov law id", path=p)
        if law_id in seen:
            raise ManifestError(f"{where}: law {law_id} listed twice", path=p)
        seen.add(law_id)
        revision = _str(t, "revision_id", where, p)
        if not revision.startswith(law_id):
            raise ManifestError(f"{where}: revision {revision!r} does not belong to law {law_id}", path=p)
        sha = _opt(t, "sha256", where, p)
        if sha is not None and not _SHA_RE.match(sha):
            raise ManifestError(f"{where}: sha256 must be 64 lower-case hex digits", path=p)
        file = _str(t, "file", where, p)
        if Path(file).is_absolute() or ".." in Path(file).parts:
            raise ManifestError(f"{where}: file {file!r} must be relative to root, without '..'", path=p)
        title = _str(t, "title", where, p)
        laws.append(ManifestLaw(law_id=law_id, title=title, revision_id=revision, file=file,
                                sha256=sha, law_num=_opt(t, "law_num", where, p)))
    return CorpusManifest(name=name, description=description, root=root, format=fmt,
                          laws=tuple(laws), path=p.resolve())
