"""A parsed-corpus snapshot in the cache folder, so a warm ``govrag ask`` neither parses the statute
XML again nor builds every provision object: laws are decoded when first looked up.

The snapshot (``cache_dir/corpus/<key>.jsonl``, data only: no pickle, nothing is executed when it is
read) is JSON Lines: line 1 a header with each law's metadata (id, title, number, names, content
hash, where its line is), the load problems, the corpus content hash, the SHA-256 of the files'
bytes and each file's stat identity; then one line per law with its provisions. ``<key>`` hashes the
snapshot version, the ``Law``/``Provision`` field names and the corpus paths.

**Unchanged files.** The snapshot is used only when the files are unchanged: when every file's stat
identity (path, device, inode, size, ``mtime_ns``, ``ctime_ns``) equals the recorded one, the bytes
are not hashed again; on any difference all files are hashed and compared with the recorded digest
(equal: the snapshot is used and the new identities recorded; different: parse and rewrite).
Trade-off: a stat match trusts that the bytes did not change. An edit in place moves ``ctime``,
which no user process can set back (``os.utime`` sets only atime/mtime), and a replacement changes
the inode; what slips through is a change made with the system clock set back, or a same-size
edit within the file system's timestamp granularity of the recorded stat -- the latter is closed
by not recording the identity of a file modified less than :data:`_SETTLE_S` before it was read
(that file is hashed on the next run), as git does with "racily clean" entries. Hashing all bytes
every time instead costs ~25 ms per warm ask for the 29 core laws.

**Lazy laws.** ``load_corpus`` returns a :class:`~govrag.corpus.Corpus` whose name lookups,
``law_names()`` and ``content_hash`` come from the header; ``law()``, ``provision()`` and
``get_law()`` decode only the law they need, and ``laws``, iteration and ``provisions()`` decode
all (same values as a parse). The header's content hash is recomputed from its per-law hashes;
a law line that does not decode is parsed again from its file and must have the recorded hash.

>>> import tempfile, pathlib
>>> corpora = pathlib.Path(__file__).resolve().parents[3] / "shared" / "corpora"
>>> law = next((corpora / "egov-xml").glob("322AC0000000125_*.xml"))  # 国家賠償法
>>> cache = pathlib.Path(tempfile.mkdtemp())
>>> first = load_corpus([law], cache_dir=cache)
>>> second = load_corpus([law], cache_dir=cache)
>>> (second.content_hash == first.content_hash, second.laws == first.laws)
(True, True)
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from govrag.corpus import Corpus
from govrag.corpus.corpus import LoadProblem
from govrag.corpus.model import Law, Provision
from govrag.errors import CorpusError

__all__ = ["load_corpus"]

_VERSION = "govrag-corpus-snapshot-v2"
#: A file modified less than this many seconds before it was read is hashed again next time.
_SETTLE_S = 2.0
_LAW_META = ("law_id", "law_num", "title", "revision_id", "law_type", "source_path", "content_hash")


def _files(paths: Sequence[Path]) -> list[Path]:
    out: list[Path] = []
    for root in paths:
        if root.is_file():
            out.append(root)
        elif root.is_dir():
            for folder, dirs, names in os.walk(root):
                dirs.sort()
                out.extend(Path(folder) / n for n in sorted(names))
    return out


def _name_key(files: Sequence[Path], paths: Sequence[Path]) -> str:
    h = hashlib.sha256(_VERSION.encode())
    h.update(repr((tuple(Law.__dataclass_fields__), tuple(Provision.__dataclass_fields__))).encode())
    for p in paths:
        h.update(f"root\t{p.resolve()}\n".encode())
    for f in files:
        h.update(f"{f.resolve()}\n".encode())
    return h.hexdigest()[:32]


def _identities(files: Sequence[Path]) -> list[list[int] | None]:
    """Each file's (device, inode, size, mtime_ns, ctime_ns); None for a file modified in the
    last :data:`_SETTLE_S` seconds (its timestamps may not yet tell a later same-size edit)."""
    now = time.time_ns()
    out: list[list[int] | None] = []
    for f in files:
        st = f.stat()
        recent = now - max(st.st_mtime_ns, st.st_ctime_ns) < _SETTLE_S * 1e9
        out.append(None if recent else [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns])
    return out


def _bytes_digest(files: Sequence[Path]) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def load_corpus(paths: Iterable[str | os.PathLike[str]], *, cache_dir: str | os.PathLike[str]) -> Corpus:
    """``Corpus.from_paths(paths)``, from the snapshot under ``cache_dir/corpus`` when the files are
    unchanged (stat identity, else content hash), else parsed and snapshotted."""
    roots = [Path(p) for p in paths]
    files = _files(roots)
    if not roots or not files:
        return Corpus.from_paths(roots)  # the loader's own error for a missing/empty path
    snap = Path(cache_dir) / "corpus" / f"{_name_key(files, roots)}.jsonl"
    idents = _identities(files)
    raw = _read_bytes(snap)
    header = _header(raw)
    digest: str | None = None
    if raw is not None and header is not None and (None in idents or header.get("stat") != idents):
        digest = _bytes_digest(files)
        if header.get("digest") != digest:
            header = None
        elif header.get("stat") != idents:  # same bytes, new identities (a checkout): record them
            header["stat"] = idents
            raw = _rewrite_header(snap, raw, header)
    corpus = _SnapshotCorpus.open(raw, header) if raw is not None and header is not None else None
    if corpus is not None:
        return corpus
    digest = digest or _bytes_digest(files)
    parsed = Corpus.from_paths(roots)
    _write(snap, digest, idents, parsed)
    return parsed


def _loads(raw: bytes) -> Any:
    try:
        import orjson  # optional: ~3x faster than json
    except ImportError:
        return json.loads(raw)
    return orjson.loads(raw)


def _read_bytes(snap: Path) -> bytes | None:
    try:
        return snap.read_bytes()
    except OSError:
        return None


def _header(raw: bytes | None) -> dict[str, Any] | None:
    if raw is None:
        return None
    try:
        data = _loads(raw[: raw.index(b"\n")])
    except ValueError:
        return None
    return data if isinstance(data, dict) and data.get("version") == _VERSION else None


def _dump(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _replace_file(snap: Path, data: bytes) -> None:
    try:
        snap.parent.mkdir(parents=True, exist_ok=True)
        tmp = snap.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, snap)
    except OSError:
        pass  # a read-only cache only costs the next run a hash or a parse


def _rewrite_header(snap: Path, raw: bytes, header: dict[str, Any]) -> bytes:
    new = _dump(header) + raw[raw.index(b"\n"):]
    _replace_file(snap, new)
    return new


def _provision_rows(law: Law) -> list[list[Any]]:
    return [[p.law_id, p.law_title, p.article, p.paragraph, p.item, p.caption, p.text, p.suppl,
             p.revision_id, list(p.chapter_path), p.suppl_label, p.deleted] for p in law.provisions]


def _write(snap: Path, digest: str, idents: list[list[int] | None], corpus: Corpus) -> None:
    lines: list[bytes] = []
    metas: list[dict[str, Any]] = []
    at = 0
    for law in corpus.laws:
        line = _dump(_provision_rows(law))
        meta: dict[str, Any] = {k: getattr(law, k) for k in _LAW_META}
        meta["abbreviations"] = list(law.abbreviations)
        meta["at"] = [at, at + len(line)]
        metas.append(meta)
        lines.append(line)
        at += len(line) + 1
    header = {
        "version": _VERSION, "digest": digest, "stat": idents, "content_hash": corpus.content_hash,
        "laws": metas,
        "problems": [{"path": p.path, "message": p.message, "line": p.line, "kind": p.kind}
                     for p in corpus.problems],
    }
    _replace_file(snap, b"\n".join([_dump(header), *lines]) + b"\n")


class _SnapshotCorpus(Corpus):
    """A :class:`Corpus` over a snapshot whose laws are decoded on first lookup (see the module)."""

    __slots__ = ("_body", "_loaded", "_lock", "_spans", "_stubs")

    _body: bytes
    _loaded: set[str]
    _lock: threading.Lock
    _spans: dict[str, tuple[int, int]]
    _stubs: tuple[Law, ...]

    @classmethod
    def open(cls, raw: bytes, header: dict[str, Any]) -> _SnapshotCorpus | None:
        """The lazy corpus, or None when the header is malformed or its hashes disagree."""
        try:
            stubs = [Law(provisions=(), abbreviations=tuple(m["abbreviations"]),
                         **{k: m[k] for k in _LAW_META}) for m in header["laws"]]
            spans = {m["law_id"]: (int(m["at"][0]), int(m["at"][1])) for m in header["laws"]}
            problems = [LoadProblem(**p) for p in header["problems"]]
        except (KeyError, TypeError, ValueError, IndexError):
            return None
        if not stubs or any(not s.content_hash for s in stubs) or len(spans) != len(stubs):
            return None  # the corpus hash could not be checked without every provision
        # names, abbreviations and the corpus hash as Corpus computes them, from the metadata alone
        plain = Corpus(stubs, problems=problems)
        if plain.content_hash != header.get("content_hash") or len(plain.laws) != len(stubs):
            return None
        self = cls.__new__(cls)
        for slot in ("_ambiguous", "_by_law", "_display", "_names", "problems"):
            setattr(self, slot, getattr(plain, slot))
        self._by_key = {}
        self._ranges = {}
        self._content_hash = plain.content_hash
        self._stubs = plain.laws
        self._spans = spans
        self._body = raw[raw.index(b"\n") + 1:]
        self._loaded = set()
        self._lock = threading.Lock()
        return self

    # -- decoding ------------------------------------------------------------------------------
    def _materialize(self, law_id: str) -> Law:
        if law_id in self._loaded:
            return self._by_law[law_id]
        with self._lock:
            if law_id not in self._loaded:
                stub = self._by_law[law_id]
                law = self._decode(stub)
                self._index_provisions(law)
                self._by_law[law_id] = law
                self._loaded.add(law_id)
        return self._by_law[law_id]

    def _decode(self, stub: Law) -> Law:
        start, end = self._spans[stub.law_id]
        try:
            rows = _loads(self._body[start:end])
            provs = tuple(
                Provision(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], tuple(p[9]), p[10], p[11])
                for p in rows
            )
            return replace(stub, provisions=provs)
        except (ValueError, TypeError, IndexError, KeyError):
            pass
        from govrag.corpus.loader import load_law

        if stub.source_path is None:
            raise CorpusError(f"corpus snapshot entry for {stub.law_id} is unreadable; delete the "
                              "cache's corpus folder and run again")
        law = load_law(stub.source_path)
        if law.content_hash != stub.content_hash:
            raise CorpusError("changed since the corpus snapshot was checked; run again",
                              path=stub.source_path)
        return replace(law, abbreviations=stub.abbreviations)

    # -- Corpus API that needs provisions ------------------------------------------------------
    @property
    def laws(self) -> tuple[Law, ...]:  # type: ignore[override]  # every law decoded, in order
        return tuple(self._materialize(s.law_id) for s in self._stubs)

    def law(self, name_or_id: str) -> Law | None:
        found = super().law(name_or_id)
        return None if found is None else self._materialize(found.law_id)

    def provision(self, law: Law | str, article: str | int, paragraph: int | str | None = None,
                  item: str | int | None = None, *, suppl: bool = False,
                  suppl_label: str | None = None) -> Provision | None:
        target = law if isinstance(law, Law) else self.law(law)
        if target is None:
            return None
        if target.law_id in self._spans:
            self._materialize(target.law_id)
        return super().provision(target, article, paragraph, item, suppl=suppl, suppl_label=suppl_label)

    def law_titles(self) -> dict[str, str]:
        return {s.law_id: s.title for s in self._stubs}

    def __len__(self) -> int:
        return len(self._stubs)

    def __iter__(self) -> Iterator[Law]:
        return iter(self.laws)

    def __repr__(self) -> str:
        return f"Corpus({len(self._stubs)} laws, {len(self.problems)} problems)"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_plain_corpus, (self.laws, self.problems))


def _plain_corpus(laws: Sequence[Law], problems: Sequence[LoadProblem]) -> Corpus:
    return Corpus(laws, problems=problems)
