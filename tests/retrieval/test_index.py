"""StatuteIndex on real laws: search quality smoke checks, filters, citations, durability.

Backends share one suite: the embedded qdrant-edge shard (default), qdrant-client's local mode and,
when ``QDRANT_URL`` is set, a real Qdrant server (``-m server``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from govrag.errors import ConfigError, InputError
from govrag.retrieval import FusionConfig, Hit, IndexLocked, StatuteIndex

from .conftest import qdrant_url

# (query, law_id, article): paraphrased questions whose article BM25 + thesaurus finds in the small corpus
QUERIES = [
    ("申請書に不備があったら役所はどうしないといけない？", "405AC0000000088", "7"),
    ("不利益処分をしようとする場合の意見陳述のための手続", "405AC0000000088", "13"),
    ("行政指導に従わなかったことを理由に不利益な取扱いをしてはならない", "405AC0000000088", "32"),
    ("公務員が違法に他人に損害を加えたとき国が賠償する責任", "322AC0000000125", "1"),
    ("義務を履行しない者に代わって行政庁が自ら行う代執行", "323AC0000000043", "2"),
    ("審査請求をすることができる期間は処分があったことを知った日から", "426AC0000000068", "18"),
]


def _rank(hits: Sequence[Hit], law_id: str, article: str) -> int | None:
    return next((i + 1 for i, h in enumerate(hits) if (h.law_id, h.article) == (law_id, article)), None)


@pytest.mark.parametrize(("query", "law_id", "article"), QUERIES)
def test_bm25_finds_the_article_in_top5(sparse_index: Any, query: str, law_id: str, article: str) -> None:
    hits = sparse_index.search(query, k=5)
    rank = _rank(hits, law_id, article)
    assert rank is not None, [h.citation for h in hits]
    hit = hits[rank - 1]
    assert hit.sparse_rank is not None and hit.dense_rank is None and hit.match == "fused"
    assert hit.citation.startswith(hit.law_title) and hit.text


@pytest.mark.parametrize(
    ("query", "law_id", "article", "paragraph"),
    [
        ("行政手続法第七条第一項", "405AC0000000088", "7", 1),
        ("行手法13条の聴聞とは", "405AC0000000088", "13", None),
        ("行政代執行法第二条の要件", "323AC0000000043", "2", None),
        ("国賠法1条", "322AC0000000125", "1", None),
        ("行政不服審査法第九条第二項", "426AC0000000068", "9", 2),
    ],
)
def test_explicit_citation_comes_first(
    sparse_index: Any, query: str, law_id: str, article: str, paragraph: int | None
) -> None:
    top = sparse_index.search(query, k=3)[0]
    assert (top.law_id, top.article, top.match) == (law_id, article, "citation")
    if paragraph is not None:
        assert top.paragraph == paragraph


def test_ambiguous_law_name_returns_every_candidate(sparse_index: Any) -> None:
    hits = sparse_index.search("情報公開法第5条の不開示情報とは", k=5)
    cited = {(h.law_id, h.article) for h in hits if h.match == "citation"}
    assert cited == {("411AC0000000042", "5"), ("413AC0000000140", "5")}
    assert hits[0].law_id == "411AC0000000042"  # the older law owns the short name


@pytest.mark.parametrize("law", ["行政手続法", "行手法", "405AC0000000088"])
def test_law_filter_by_title_abbreviation_or_id(sparse_index: Any, law: str) -> None:
    hits = sparse_index.search("審査請求", k=10, laws=[law])
    assert hits and {h.law_id for h in hits} == {"405AC0000000088"}


def test_unknown_law_filter_is_a_config_error(sparse_index: Any) -> None:
    with pytest.raises(ConfigError, match="unknown law '存在しない法'"):
        sparse_index.search("審査", laws=["存在しない法"])


def test_suppl_only_on_request(sparse_index: Any) -> None:
    assert not any(h.suppl for h in sparse_index.search("施行期日 この法律は公布の日から施行する", k=20))
    hits = sparse_index.search("施行期日 この法律は公布の日から施行する", k=20, include_suppl=True)
    assert any(h.suppl and "附則" in h.citation for h in hits)


@pytest.mark.parametrize(
    ("query", "kwargs", "error"),
    [
        ("", {}, InputError),
        ("   ", {}, InputError),
        ("審査", {"k": 0}, ConfigError),
        ("あ" * 10_001, {}, InputError),
    ],
)
def test_bad_queries_fail_closed(sparse_index: Any, query: str, kwargs: dict[str, Any], error: type) -> None:
    with pytest.raises(error):
        sparse_index.search(query, **kwargs)


def test_one_hit_per_article(sparse_index: Any) -> None:
    hits = sparse_index.search("審理員 審査請求 審理手続", k=30)
    keys = [(h.law_id, h.suppl, h.article) for h in hits]
    assert len(keys) == len(set(keys))


# ------------------------------------------------------------------------------ durability


def _law_without_article(law: Any, article: str) -> Any:
    provs = tuple(
        replace(p, revision_id="test-revision") for p in law.provisions if p.article != article or p.suppl
    )
    return replace(law, provisions=provs, revision_id="test-revision")


def _law_with_changed_article(law: Any, article: str, extra: str) -> Any:
    provs = tuple(
        replace(p, text=p.text + extra)
        if (p.article == article and not p.suppl and p.paragraph is None)
        else p
        for p in law.provisions
    )
    return replace(law, provisions=provs)


def test_reopen_and_incremental_update_on_tiny_laws(tmp_path: Path, tiny_corpus: Any) -> None:
    laws = list(tiny_corpus.laws)
    path = tmp_path / "idx"
    with StatuteIndex.build(laws, path=path, embedder=None, progress=False) as index:
        total = index.stats["units"]
        assert index.stats["changed"] == total and len(index) == total
    # unchanged corpus: nothing written
    with StatuteIndex.build(laws, path=path, embedder=None, progress=False) as index:
        assert (index.stats["changed"], index.stats["deleted"]) == (0, 0)
    # one article changed, one removed (a new revision of 国家賠償法)
    kokubai = next(law for law in laws if law.law_id == "322AC0000000125")
    new = _law_with_changed_article(_law_without_article(kokubai, "6"), "1", "（改正）")
    laws2 = [new if law is kokubai else law for law in laws]
    with StatuteIndex.build(laws2, path=path, embedder=None, progress=False) as index:
        assert index.stats["deleted"] == 1
        assert index.stats["changed"] == sum(1 for u in index_units(new)), (
            "revision id change rewrites that law"
        )
        assert len(index) == total - 1
        assert all(h.article != "6" for h in index.search("相互の保証", k=10, laws=["国家賠償法"]))
        top = index.search("国家賠償法第一条", k=1)[0]
        assert top.text.endswith("（改正）") and top.revision_id == "test-revision"
    with StatuteIndex.open(path=path) as index:
        assert len(index) == total - 1


def index_units(law: Any) -> list[Any]:
    from govrag.retrieval.units import units_from_provisions

    return units_from_provisions(law.provisions)


def test_second_writer_gets_a_clear_error(tmp_path: Path, tiny_corpus: Any) -> None:
    path = tmp_path / "idx"
    with StatuteIndex.build(tiny_corpus, path=path, embedder=None, progress=False):
        with pytest.raises(IndexLocked, match="second writer"):
            StatuteIndex.build(tiny_corpus, path=path, embedder=None, progress=False)
        with pytest.raises(IndexLocked):
            StatuteIndex.open(path=path)
    with StatuteIndex.open(path=path) as reader, pytest.raises(IndexLocked):
        StatuteIndex.build(tiny_corpus, path=path, embedder=None, progress=False)
    assert reader is not None


class _CrashingEmbedder:
    """A real Embedder implementation that dies after ``n`` documents (simulates a crash/kill)."""

    name = "crash-test-v1"
    dim = 4

    def __init__(self, n: int) -> None:
        self.left = n

    def embed_documents(self, texts: Sequence[str]) -> Any:
        import numpy as np

        if self.left < len(texts):
            raise KeyboardInterrupt("simulated crash")
        self.left -= len(texts)
        return np.asarray(
            [[len(t) % 7 + 1.0, 1.0, float(i % 3), 0.5] for i, t in enumerate(texts)], dtype=np.float32
        )

    def embed_query(self, text: str) -> Any:
        import numpy as np

        return np.asarray([1.0, 1.0, 0.0, 0.5], dtype=np.float32)


def test_crash_mid_build_is_marked_and_resumes(tmp_path: Path, tiny_corpus: Any) -> None:
    path = tmp_path / "idx"
    with pytest.raises(KeyboardInterrupt):
        StatuteIndex.build(
            tiny_corpus, path=path, embedder=_CrashingEmbedder(8), progress=False, batch_size=4
        )
    # the sparse half was written whole before embedding began; the dense half is recorded missing
    manifest = json.loads((path / "manifest.json").read_text())
    assert (manifest["status"], manifest["dense_complete"]) == ("complete", False)
    with StatuteIndex.open(path=path, embedder=_CrashingEmbedder(0)) as index:
        assert (index.retrieval_mode, index.signals_complete) == ("sparse", ["bm25"])
        hit = index.search("代執行", k=3)[0]
        assert (hit.dense_rank, hit.retrieval_mode, hit.signals) == (None, "sparse", ("bm25",))
    # resuming writes no point again and embeds only what the crash did not cache
    with StatuteIndex.build(
        tiny_corpus, path=path, embedder=_CrashingEmbedder(10_000), progress=False, batch_size=4
    ) as index:
        dense = [u for u in index_units_of(tiny_corpus) if not u.suppl]
        assert index.stats["changed"] == 0
        assert (index.stats["embedded"], index.stats["cached"]) == (len(dense) - 8, 8)
    with StatuteIndex.open(path=path, embedder=_CrashingEmbedder(0)) as index:
        assert len(index) == len(index_units_of(tiny_corpus))
        assert index.retrieval_mode == "hybrid"
        assert index.search("代執行", k=3)[0].dense_rank is not None


def index_units_of(corpus: Any) -> list[Any]:
    return [u for law in corpus.laws for u in index_units(law)]


def test_open_without_index_and_wrong_embedder_fail(tmp_path: Path, tiny_corpus: Any) -> None:
    with pytest.raises(ConfigError, match="no govrag index"):
        StatuteIndex.open(path=tmp_path / "nothing")
    path = tmp_path / "idx"
    StatuteIndex.build(tiny_corpus, path=path, embedder=_CrashingEmbedder(10_000), progress=False).close()
    with pytest.raises(ConfigError, match="built with embedder 'crash-test-v1'"):
        StatuteIndex.open(path=path)
    with pytest.raises(InputError, match="empty corpus"):
        StatuteIndex.build([], embedder=None, progress=False)


# ------------------------------------------------------------------------ shared backend suite


def _backends() -> list[Any]:
    out: list[Any] = ["edge", "qdrant-local"]
    out.append(pytest.param("server", marks=pytest.mark.server))
    return out


@pytest.fixture(params=_backends())
def backend_index(request: Any, tmp_path: Path, tiny_corpus: Any) -> Iterator[StatuteIndex]:
    kind = request.param
    if kind == "server":
        url = qdrant_url()
        if url is None:
            pytest.skip("QDRANT_URL not set")
        import os

        index = StatuteIndex.build(
            tiny_corpus,
            url=url,
            api_key=os.environ.get("QDRANT_API_KEY"),
            collection=f"govrag_test_{uuid.uuid4().hex[:8]}",
            embedder=None,
            progress=False,
        )
    else:
        index = StatuteIndex.build(
            tiny_corpus, path=tmp_path / kind, backend=kind, embedder=None, progress=False
        )
    with index:
        yield index


TINY_EXPECTED = [
    ("公務員が違法に他人に損害を加えたとき国が賠償する責任", "322AC0000000125", "1"),
    ("義務を履行しない者に代わって行政庁が自ら行う代執行", "323AC0000000043", "2"),
    ("代執行をなすには相当の履行期限を定め戒告しなければならない", "323AC0000000043", "3"),
]


def test_backends_share_one_suite(backend_index: StatuteIndex) -> None:
    """Same schema, same answers on every backend (edge, qdrant-local, server)."""
    for query, law_id, article in TINY_EXPECTED:
        top = backend_index.search(query, k=3)
        assert (law_id, article) in [(h.law_id, h.article) for h in top], (query, [h.citation for h in top])
    assert backend_index.search("国家賠償法第一条", k=1)[0].match == "citation"
    hits = backend_index.search("代執行に要した費用", k=5, laws=["行政代執行法"])
    assert hits and {h.law_id for h in hits} == {"323AC0000000043"}
    assert not any(h.suppl for h in backend_index.search("施行", k=10))
    assert any(h.suppl for h in backend_index.search("施行", k=10, include_suppl=True))
    assert len(backend_index) > 0


def test_in_memory_index_cleans_up(tiny_corpus: Any) -> None:
    index = StatuteIndex.build(
        tiny_corpus, embedder=None, progress=False, fusion=FusionConfig(expansion_weight=0)
    )
    tmp = index._tempdir.name  # type: ignore[union-attr]
    assert Path(tmp).is_dir()
    index.close()
    index.close()
    assert not Path(tmp).exists()


def test_server_manifest_lives_in_collection_metadata() -> None:
    """What ``url=`` uses instead of manifest.json (exercised on qdrant-client's in-memory mode)."""
    from govrag.retrieval.backends import ClientBackend

    store = ClientBackend(collection="govrag_meta_test", dense_dim=4, create=True)
    assert store.read_meta() is None
    store.write_meta({"status": "building", "format": 1})
    assert store.read_meta() == {"status": "building", "format": 1}
    store.close()


class _RecordingEmbedder(_CrashingEmbedder):
    """Remembers the texts embedded as queries."""

    def __init__(self) -> None:
        super().__init__(10_000)
        self.queries: list[str] = []

    def embed_query(self, text: str) -> Any:
        self.queries.append(text)
        return super().embed_query(text)


def test_dense_query_carries_thesaurus_terms(tiny_corpus: Any) -> None:
    emb = _RecordingEmbedder()
    with StatuteIndex.build(tiny_corpus, embedder=emb, progress=False) as index:
        index.search("役所に申請を断られた", k=3)
        index.search("今日は晴れ", k=3)
        index._fusion = replace(index.fusion, dense_expansion=False)
        index.search("役所に申請を断られた", k=3)
    expanded, plain, off = emb.queries
    assert expanded.startswith("役所に申請を断られた（") and "行政庁" in expanded and "拒否" in expanded
    assert plain == "今日は晴れ"  # no thesaurus phrase: the query is embedded unchanged
    assert off == "役所に申請を断られた"


def test_rank_fuses_extra_signals_by_their_weight(sparse_index: Any) -> None:
    """``extra_weights`` lets a further ranking (another embedder, a reranker) join the RRF."""
    from govrag.retrieval.backends import FilterSpec

    query = "申請書に不備があったら役所はどうしないといけない？"
    rankings, units = sparse_index.signals(query, spec=FilterSpec(), limit=100)
    last = rankings["bm25"][-1]  # the weakest BM25 candidate
    rankings["extra"] = [last]
    plain = sparse_index.rank(query, rankings, units)
    assert plain == sparse_index.rank(query, rankings, units, extra_weights={"extra": 0.0})
    boosted = sparse_index.rank(query, rankings, units, extra_weights={"extra": 10.0})
    assert boosted[0].unit_id == last[0] != plain[0].unit_id
    assert boosted[0].sparse_rank is not None and plain[0].unit_id == boosted[1].unit_id
