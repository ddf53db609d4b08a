"""Round 13: the learned rerank model — packaged trees with a SHA-256 check, numpy inference on
features that compare a candidate with its same-law competitors, and the stage using it."""

from __future__ import annotations

import dataclasses
import json
import shutil
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from govrag.errors import ConfigError
from govrag.pipeline.stages import RerankStage
from govrag.retrieval.rerank import Reranker, RerankWeights
from govrag.retrieval.rerank_model import (
    FEATURES,
    GAP_SIGNALS,
    MODEL_FILE,
    RerankModel,
    features,
    load_model,
    rescore,
)
from tests.retrieval.conftest import provision_hits

DATA = Path(str(resources.files("govrag.retrieval").joinpath("data")))


def _copy(tmp_path: Path) -> Path:
    for name in (MODEL_FILE, "rerank_model.json"):
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


def test_the_packaged_model_loads_with_its_recorded_hash() -> None:
    meta = json.loads((DATA / "rerank_model.json").read_text("utf-8"))
    model = load_model()
    assert meta["features"] == list(FEATURES) and len(model.roots) == len(meta["roots"]) > 10
    # fitted on top of the packaged weights: the signals it records are the stage's
    fitted = RerankWeights.fitted()
    assert meta["signals"] == {k: v for k, v in dataclasses.asdict(fitted).items()
                               if k in meta["signals"]}
    assert "--write" in meta["command"] and meta["features_dump"]["questions"] > 2000


@pytest.mark.parametrize(("edit", "message"), [
    (lambda d: (d / MODEL_FILE).write_bytes((d / MODEL_FILE).read_bytes()[:-8] + b"\0" * 8), "SHA-256"),
    (lambda d: (d / "rerank_model.json").write_text(
        (d / "rerank_model.json").read_text("utf-8").replace('"rank_in_law"', '"rank_of_law"'), "utf-8"),
     "other features"),
])
def test_a_changed_model_file_fails_closed(tmp_path: Path, edit: Any, message: str) -> None:
    data = _copy(tmp_path)
    load_model(data)  # the copy loads
    load_model.cache_clear()
    edit(data)
    with pytest.raises(ConfigError, match=message):
        load_model(data)
    load_model.cache_clear()


def _stump(feature: int, threshold: float, low: float, high: float) -> RerankModel:
    """One tree: feature <= threshold -> low, else high."""
    nodes = np.array([[feature, threshold, 1, 2, 0.0], [-1, -2, 1, 1, low], [-1, -2, 2, 2, high]])
    return RerankModel(nodes, np.array([0]), 1, 2.0, {})


# (feature, threshold, expected correction per candidate: scores 2.0, 1.5, 1.0; laws A, A, B)
STUMPS = [
    (FEATURES.index("score"), 1.2, [1.0, 1.0, -1.0]),  # split on the linear score
    (FEATURES.index("rank_in_law"), 1.0, [-1.0, 1.0, -1.0]),  # the best of each law
    (FEATURES.index("top_law"), 0.5, [1.0, 1.0, -1.0]),  # the first candidate's law
    (FEATURES.index("adjacent_top"), 0.5, [-1.0, 1.0, -1.0]),  # 第八条 beside the top 第七条
]


@pytest.mark.parametrize(("feature", "threshold", "expected"), STUMPS)
def test_tree_inference_follows_the_node_table(feature: int, threshold: float,
                                                 expected: list[float]) -> None:
    model = _stump(feature, threshold, -2.0, 2.0)
    x = features([2.0, 1.5, 1.0], np.zeros((3, len(GAP_SIGNALS))), ["A", "A", "B"],
                 ["7", "8", "3"], [1, 2, 3])
    assert model.correction(x).tolist() == expected  # leaf value / temperature 2.0


def test_features_compare_with_the_best_of_the_same_law() -> None:
    raw = np.zeros((3, len(GAP_SIGNALS)))
    raw[:, GAP_SIGNALS.index("lexical")] = [0.9, 0.4, 0.7]
    x = features([2.0, 1.5, 1.0], raw, ["A", "A", "B"], ["7", "8", "3"], [2, 1, 3])
    col = {name: x[:, i].tolist() for i, name in enumerate(FEATURES)}
    assert col["gap_law_best"] == [0.0, -0.5, 0.0]
    assert col["lexical_law_gap"] == [0.0, pytest.approx(-0.5), 0.0]
    assert col["law_share"] == [pytest.approx(2 / 3)] * 2 + [pytest.approx(1 / 3)]
    assert col["rank_before"] == [2.0, 1.0, 3.0] and col["branch"] == [0.0, 0.0, 0.0]


LAWS = {"民法": "129AC0000000089", "刑法": "140AC0000000045", "行政手続法": "405AC0000000088"}


def _dense_hits(core_corpus: Any, *addresses: str) -> list[Any]:
    """Real provisions as hybrid hits (dense scores falling with the retrieval rank)."""
    hits = provision_hits(core_corpus, *addresses, laws=LAWS)
    return [dataclasses.replace(h, dense_score=0.9 - 0.02 * i) for i, h in enumerate(hits)]


def test_rescore_is_deterministic_and_keeps_the_signals_summing(core_corpus: Any) -> None:
    hits = _dense_hits(core_corpus, "行政手続法:8", "行政手続法:7", "行政手続法:6")
    linear = Reranker(model="linear", law_names={k: [v] for k, v in LAWS.items()})
    ranked = sorted(linear.rerank("申請の審査はいつ開始しなければならないか", hits),
                    key=lambda r: r.rank_before)
    first, second = rescore(ranked, linear.weights), rescore(ranked, linear.weights)
    assert [r.score for r in first] == [r.score for r in second]
    for r, old in zip(first, ranked, strict=True):
        assert r.signals["learned"] == pytest.approx(r.score - old.score)
        assert sum(r.signals.values()) == pytest.approx(r.score)


def test_the_stage_defaults_to_the_learned_model_and_keeps_a_linear_option(core_corpus: Any) -> None:
    hits = _dense_hits(core_corpus, "行政手続法:8", "行政手続法:7")
    learned = RerankStage(corpus=core_corpus).rank("申請の審査はいつ開始しなければならないか", hits)
    linear = RerankStage(corpus=core_corpus, model="linear").rank(
        "申請の審査はいつ開始しなければならないか", hits)
    assert all("learned" in r.signals for r in learned)
    assert not any("learned" in r.signals for r in linear)
    assert RerankStage(corpus=core_corpus, model="linear").options()["model"] == "linear"
    with pytest.raises(ConfigError, match="model"):
        Reranker(model="trees")  # type: ignore[arg-type]


# (a question written for this test, the answering article: law id, article)
REAL = [
    ("市の職員が仕事中の違法な行為で住民にけがをさせたら、市が賠償しなければならないか",
     ("322AC0000000125", "1")),
    ("県の管理する橋が壊れていて車が落ちた。県に損害の賠償を求められるか", ("322AC0000000125", "2")),
    ("命じられた工事をしない者に代わって役所が工事をし、費用を取り立てることはできるか",
     ("323AC0000000043", "2")),
    ("代わりに工事をする前に、役所はその者に文書で何を知らせるのか", ("323AC0000000043", "3")),
]


@pytest.mark.parametrize(("question", "answer"), REAL)
def test_the_stage_puts_the_answering_article_first_on_a_real_index(
        tiny_hybrid: Any, tiny_corpus: Any, question: str, answer: tuple[str, str]) -> None:
    stage = RerankStage(corpus=tiny_corpus)
    hits = list(tiny_hybrid.search(question, k=20))
    ranked = stage.rank_pooled(question, hits, tiny_hybrid)
    assert (ranked[0].hit.law_id, ranked[0].hit.article) == answer, [
        (r.hit.citation, round(r.score, 3)) for r in ranked[:4]]
    assert all("learned" in r.signals for r in ranked)  # the trees acted (hybrid candidates)
