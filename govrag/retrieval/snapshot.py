"""A parsed-corpus snapshot in the cache folder, so a warm ``govrag ask`` does not parse the
statute XML again (measured: parsing is most of a warm ask once presidio loads lean).

The snapshot is a JSON file of every ``Law``/``Provision`` field (data only: no pickle, nothing is
executed when it is read), keyed by the corpus paths with each file's size and mtime, and checked
against a SHA-256 of the files' bytes before use: a file edited in place with its mtime restored
still misses. Any mismatch or unreadable snapshot means parsing again (and rewriting it).

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
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from govrag.corpus import Corpus

__all__ = ["load_corpus"]

_VERSION = "govrag-corpus-snapshot-v1"


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


def _stat_key(files: Sequence[Path], paths: Sequence[Path]) -> str:
    from govrag.corpus.model import Law, Provision

    h = hashlib.sha256(_VERSION.encode())
    h.update(repr((tuple(Law.__dataclass_fields__), tuple(Provision.__dataclass_fields__))).encode())
    for p in paths:
        h.update(f"root\t{p.resolve()}\n".encode())
    for f in files:
        st = f.stat()
        h.update(f"{f.resolve()}\t{st.st_size}\t{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:32]


def _bytes_digest(files: Sequence[Path]) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


def load_corpus(paths: Iterable[str | os.PathLike[str]], *, cache_dir: str | os.PathLike[str]) -> Corpus:
    """``Corpus.from_paths(paths)``, from a snapshot under ``cache_dir/corpus`` when the files are
    unchanged (size, mtime, then content hash), else parsed and snapshotted."""
    from govrag.corpus import Corpus

    roots = [Path(p) for p in paths]
    files = _files(roots)
    if not roots or not files:
        return Corpus.from_paths(roots)  # the loader's own error for a missing/empty path
    snap = Path(cache_dir) / "corpus" / f"{_stat_key(files, roots)}.json"
    digest = _bytes_digest(files)
    corpus = _read(snap, digest)
    if corpus is not None:
        return corpus
    corpus = Corpus.from_paths(roots)
    _write(snap, digest, corpus)
    return corpus


def _loads(raw: bytes) -> Any:
    try:
        import orjson  # optional: ~3x faster than json on a 16 MB snapshot
    except ImportError:
        return json.loads(raw)
    return orjson.loads(raw)


def _read(snap: Path, digest: str) -> Corpus | None:
    from govrag.corpus import Corpus
    from govrag.corpus.corpus import LoadProblem
    from govrag.corpus.model import Law, Provision

    try:
        data = _loads(snap.read_bytes())
        if data.get("version") != _VERSION or data.get("digest") != digest:
            return None
        laws = []
        for row in data["laws"]:
            # positional, in Provision's field order (the field names are part of the snapshot key)
            provs = tuple(
                Provision(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], tuple(p[9]), p[10], p[11])
                for p in row["provisions"]
            )
            laws.append(
                Law(
                    law_id=row["law_id"], law_num=row["law_num"], title=row["title"],
                    revision_id=row["revision_id"], provisions=provs, law_type=row["law_type"],
                    abbreviations=tuple(row["abbreviations"]), source_path=row["source_path"],
                    content_hash=row["content_hash"],
                )
            )
        problems = [LoadProblem(**p) for p in data["problems"]]
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None
    corpus = Corpus(laws, problems=problems)
    return corpus if corpus.content_hash == data.get("content_hash") else None


def _write(snap: Path, digest: str, corpus: Corpus) -> None:
    laws: list[dict[str, Any]] = []
    for law in corpus.laws:
        laws.append(
            {
                "law_id": law.law_id, "law_num": law.law_num, "title": law.title,
                "revision_id": law.revision_id, "law_type": law.law_type,
                "abbreviations": list(law.abbreviations), "source_path": law.source_path,
                "content_hash": law.content_hash,
                "provisions": [
                    [p.law_id, p.law_title, p.article, p.paragraph, p.item, p.caption, p.text, p.suppl,
                     p.revision_id, list(p.chapter_path), p.suppl_label, p.deleted]
                    for p in law.provisions
                ],
            }
        )
    data = {
        "version": _VERSION,
        "digest": digest,
        "content_hash": corpus.content_hash,
        "laws": laws,
        "problems": [
            {"path": p.path, "message": p.message, "line": p.line, "kind": p.kind} for p in corpus.problems
        ],
    }
    try:
        snap.parent.mkdir(parents=True, exist_ok=True)
        tmp = snap.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, snap)
    except OSError:
        pass  # a read-only cache only costs the next run a parse
