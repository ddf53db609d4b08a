"""Documents next to statutes in one index: the 機密性 ceiling is a Qdrant payload filter on every
backend, ``kind=`` separates the two sources, re-indexing follows file hashes."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govrag.documents.index import add_documents, indexed_documents
from govrag.retrieval import StatuteIndex
from tests.documents.conftest import CONFIDENTIAL, DOCS

CONFIDENTIAL_FILES = {CONFIDENTIAL, "shinsa_jido_teate.pdf"}
# queries that match the level-2 files (and the 取扱注意 section) best
SECRET_QUERIES = [
    "保有個人情報の開示請求に対する開示決定",
    "請求者の住民票の異動履歴",
    "児童手当の支給開始月",
    "所得制限限度額を下回るため認定",
    "ＤＶ等支援措置の加害者からの請求",
]


def _backends() -> list[Any]:
    return ["edge", "qdrant-local", pytest.param("server", marks=pytest.mark.server)]


@pytest.fixture(scope="module", params=_backends())
def mixed_index(request: Any, tmp_path_factory: Any) -> Iterator[StatuteIndex]:
    from govrag.corpus import Corpus, load_law
    from tests.retrieval.conftest import TINY_LAW_IDS, law_files

    corpus = Corpus.from_laws([load_law(f) for f in law_files(TINY_LAW_IDS)])
    kind = request.param
    if kind == "server":
        url = os.environ.get("QDRANT_URL")
        if not url:
            pytest.skip("QDRANT_URL not set")
        index = StatuteIndex.build(
            corpus, url=url, collection=f"govrag_docs_{uuid.uuid4().hex[:8]}", embedder=None, progress=False
        )
    else:
        path = tmp_path_factory.mktemp(kind) / "index"
        index = StatuteIndex.build(corpus, path=path, backend=kind, embedder=None, progress=False)
    result = add_documents(index, [DOCS], progress=False)
    assert len(result.documents) == 8 and not result.skipped
    with index:
        yield index


def _file(hit: Any) -> str:
    return Path(hit.source).name if hit.source else ""


@pytest.mark.parametrize("query", SECRET_QUERIES)
def test_level_1_ceiling_never_returns_a_level_2_passage(mixed_index: StatuteIndex, query: str) -> None:
    open_hits = mixed_index.search(query, k=3)
    assert any(h.level == 2 for h in open_hits)  # without a ceiling the marked passage ranks first
    hits = mixed_index.search(query, k=100, max_level=1)
    assert hits and all(h.level in (None, 1) for h in hits)
    assert not any(_file(h) in CONFIDENTIAL_FILES for h in hits)
    assert mixed_index.withheld(query, k=3, max_level=1) >= 1


@pytest.mark.parametrize("query", SECRET_QUERIES)
def test_the_filter_runs_in_qdrant_not_after_it(mixed_index: StatuteIndex, query: str) -> None:
    # with k=1 a post-filter would return nothing when the best match is level 2
    assert len(mixed_index.search(query, k=1, max_level=1)) == 1


def test_level_2_ceiling_returns_the_marked_file_redacted(mixed_index: StatuteIndex) -> None:
    hits = mixed_index.search("開示請求の請求者の住所と電話", k=5, max_level=2, kind="document")
    mine = [h for h in hits if _file(h) == CONFIDENTIAL]
    assert mine and all(h.level == 2 for h in mine)
    assert any("<DOC_PERSON_1>" in h.text for h in mine)
    assert not any("山田太郎" in h.text or "03-5253-5111" in h.text for h in hits)


@pytest.mark.parametrize(
    ("query", "kind", "kinds"),
    [
        ("国家賠償法第一条", None, {"statute"}),
        ("公務員が違法に他人に損害を加えたとき", "statute", {"statute"}),
        ("コンビニ交付の利用時間", "document", {"document"}),
        ("国家賠償法第一条", "document", {"document"}),
    ],
)
def test_kind_filter(mixed_index: StatuteIndex, query: str, kind: Any, kinds: set[str]) -> None:
    hits = mixed_index.search(query, k=5, kind=kind)
    assert hits and {h.kind for h in hits} == kinds


def test_statute_shortcut_intact(mixed_index: StatuteIndex) -> None:
    top = mixed_index.search("国家賠償法第一条", k=3, max_level=1)[0]
    assert (top.match, top.citation) == ("citation", "国家賠償法第一条")


def test_document_hit_carries_its_citation(mixed_index: StatuteIndex) -> None:
    top = mixed_index.search("コンビニ交付の利用時間は何時から何時まで", k=1, kind="document")[0]
    assert (top.citation, top.page, top.level) == ("証明書交付事務処理要領 3(2)ア", 2, 1)


@pytest.mark.parametrize("bad", [0, 4, "2"])
def test_bad_ceiling_is_a_config_error(mixed_index: StatuteIndex, bad: Any) -> None:
    from govrag.errors import ConfigError

    with pytest.raises(ConfigError):
        mixed_index.search("手数料", max_level=bad)


def test_incremental_reindex_and_deletion(tmp_path: Path) -> None:
    from govrag.corpus import Corpus, load_law
    from tests.retrieval.conftest import law_files

    folder = tmp_path / "docs"
    shutil.copytree(DOCS, folder)
    corpus = Corpus.from_laws([load_law(law_files(("322AC0000000125",))[0])])
    with StatuteIndex.build(corpus, path=tmp_path / "ix", embedder=None, progress=False) as index:
        statutes = len(index)
        first = add_documents(index, [folder], progress=False)
        assert len(first.documents) == 8
        again = add_documents(index, [folder], progress=False)
        assert (len(again.documents), len(again.unchanged)) == (0, 8)
        md = folder / "faq_tetsuzuki.md"
        md.write_text(
            md.read_text(encoding="utf-8")
            + "\n## 問4 住民票の写しは何日で届きますか\n\n郵送請求は1週間程度で届きます。\n",
            encoding="utf-8",
        )
        (folder / "renraku_nendomatsu.txt").unlink()
        third = add_documents(index, [folder], progress=False)
        assert [Path(d.meta.source).name for d in third.documents] == ["faq_tetsuzuki.md"]
        assert [Path(s).name for s in third.removed] == ["renraku_nendomatsu.txt"]
        assert len(indexed_documents(index)) == 7
        assert any(h.article == "問4" for h in index.search("郵送請求は何日で届く", k=3, kind="document"))
        assert not any(_file(h) == "renraku_nendomatsu.txt" for h in index.search("臨時窓口の開設", k=10))
    # a statute rebuild of the same folder keeps the documents
    with StatuteIndex.build(corpus, path=tmp_path / "ix", embedder=None, progress=False) as index:
        assert len(indexed_documents(index)) == 7 and len(index) > statutes


class _CharHashEmbedder:
    """A small real Embedder: L2-normalised counts of hashed character bigrams (no model)."""

    name = "charhash-test-v1"
    dim = 64

    def _vec(self, text: str) -> Any:
        import zlib
        from itertools import pairwise

        import numpy as np

        v = np.zeros(self.dim, dtype=np.float32)
        for a, b in pairwise(text):
            v[zlib.crc32((a + b).encode()) % self.dim] += 1.0
        n = float(np.linalg.norm(v))
        return v / n if n else v

    def embed_documents(self, texts: Any) -> Any:
        import numpy as np

        return np.stack([self._vec(t) for t in texts])

    def embed_query(self, text: str) -> Any:
        return self._vec(text)


def test_documents_get_dense_vectors_when_the_index_has_an_embedder(tmp_path: Path) -> None:
    from govrag.corpus import Corpus, load_law
    from tests.retrieval.conftest import law_files

    corpus = Corpus.from_laws([load_law(law_files(("322AC0000000125",))[0])])
    emb = _CharHashEmbedder()
    with StatuteIndex.build(corpus, path=tmp_path / "ix", embedder=emb, progress=False) as index:
        add_documents(index, [DOCS / "yoryo_shomeisho.pdf"], progress=False)
        hits = index.search("コンビニ交付の利用時間", k=3, kind="document", max_level=1)
        assert hits and any(h.dense_rank is not None for h in hits)
        assert hits[0].article == "3(2)ア"
