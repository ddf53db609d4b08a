"""Ranking metrics against hand-computed tables."""

from __future__ import annotations

import pytest

from govrag.errors import ConfigError
from govrag.eval.metrics import aggregate, coverage_at, first_relevant_rank, validate_ks

TE = "405AC0000000088"  # 行政手続法
JK = "411AC0000000042"  # 情報公開法


@pytest.mark.parametrize(
    ("ranked", "gold", "rank"),
    [
        ([(TE, "7"), (TE, "8")], {(TE, "7")}, 1),
        ([(TE, "8"), (TE, "7")], {(TE, "7")}, 2),
        # a second paragraph of the same wrong article still takes a rank position
        ([(TE, "8"), (TE, "8"), (TE, "7")], {(TE, "7")}, 3),
        # same article number in another law is not a hit
        ([(JK, "7"), (TE, "6")], {(TE, "7")}, None),
        # alternatives: the first of any gold article counts
        ([(JK, "5"), (TE, "36_2"), (TE, "36")], {(TE, "36"), (TE, "36_2")}, 2),
        # 36 and 36_2 are different articles
        ([(TE, "36")], {(TE, "36_2")}, None),
        ([], {(TE, "7")}, None),
    ],
)
def test_first_relevant_rank(
    ranked: list[tuple[str, str]], gold: set[tuple[str, str]], rank: int | None
) -> None:
    assert first_relevant_rank(ranked, gold) == rank


def test_aggregate_hand_computed_table() -> None:
    # ranks of four questions: 1, 3, 7, missed
    m = aggregate([1, 3, 7, None], ks=(1, 5, 10))
    assert m.n == 4
    assert m.recall == {1: 0.25, 5: 0.5, 10: 0.75}
    assert m.mrr[1] == pytest.approx(1 / 4)
    assert m.mrr[5] == pytest.approx((1 + 1 / 3) / 4)
    assert m.mrr[10] == pytest.approx((1 + 1 / 3 + 1 / 7) / 4)
    assert m.to_dict()["recall@5"] == 0.5


@pytest.mark.parametrize(
    ("ranks", "k", "recall", "mrr"),
    [
        ([1, 1, 1], 1, 1.0, 1.0),
        ([2, 2], 1, 0.0, 0.0),
        ([2, 2], 5, 1.0, 0.5),
        ([5, None], 5, 0.5, 0.1),
        ([6, None], 5, 0.0, 0.0),
        ([10, 4, 2, None, None], 10, 0.6, (0.1 + 0.25 + 0.5) / 5),
    ],
)
def test_recall_and_mrr_cutoffs(ranks: list[int | None], k: int, recall: float, mrr: float) -> None:
    m = aggregate(ranks, ks=(k,))
    assert m.recall[k] == pytest.approx(recall)
    assert m.mrr[k] == pytest.approx(mrr)


def test_empty_subset_gives_zeros() -> None:
    m = aggregate([], ks=(1, 5))
    assert m.n == 0 and m.recall == {1: 0.0, 5: 0.0} and m.mrr == {1: 0.0, 5: 0.0}


@pytest.mark.parametrize(
    ("ranked", "gold", "k", "expected"),
    [
        ([(TE, "7"), (TE, "8")], {(TE, "7"), (TE, "8")}, 1, 0.5),
        ([(TE, "7"), (TE, "8")], {(TE, "7"), (TE, "8")}, 2, 1.0),
        ([(TE, "7"), (TE, "7")], {(TE, "7"), (TE, "8")}, 2, 0.5),
        ([(JK, "5")], {(TE, "5")}, 5, 0.0),
    ],
)
def test_coverage(ranked: list[tuple[str, str]], gold: set[tuple[str, str]], k: int, expected: float) -> None:
    assert coverage_at(ranked, gold, k) == expected


@pytest.mark.parametrize("ks", [(), (0,), (-1, 5), (1.5,), (True,)])
def test_bad_cutoffs_are_config_errors(ks: tuple[object, ...]) -> None:
    with pytest.raises(ConfigError):
        validate_ks(ks)  # type: ignore[arg-type]


def test_coverage_rows_must_match_questions() -> None:
    with pytest.raises(ConfigError, match="coverage rows"):
        aggregate([1, 2], ks=(1,), coverages=[{1: 1.0}])
