"""Round AX: the learned lay→statute word association (IBM Model 1) — scoring, the packaged table
with its SHA-256 check, and the trees' two association features."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from govrag.errors import ConfigError
from govrag.retrieval.rerank_assoc import (
    ASSOC_FILE,
    NULL,
    AssocTable,
    article_lemmas,
    load_assoc,
    question_lemmas,
)
from govrag.retrieval.rerank_model import FEATURES, GAP_SIGNALS, features

DATA = Path(str(resources.files("govrag.retrieval").joinpath("data")))


def _table(**t: float) -> AssocTable:
    """A hand-made table (tests only): ``t`` maps "question word|article word" to t(q | a)."""
    pairs = [k.split("|") for k in t]
    qv = sorted({q for q, _ in pairs})
    av = [NULL, *sorted({a for _, a in pairs if a != NULL})]
    return AssocTable(qv=tuple(qv), av=tuple(av), q=[qv.index(q) for q, _ in pairs],
                      a=[av.index(a) for _, a in pairs], t=list(t.values()), bg=[1.0 / len(qv)] * len(qv),
                      smooth=0.2)


# (case, table, question, candidates' lemmas, min-max association per candidate)
CASES = [
    ("the lay word's statute word wins", _table(**{"大家|賃貸人": 0.8, "大家|<NULL>": 0.1}),
     "大家に言われた", [["賃貸人", "修繕"], ["申請", "審査"]], [1.0, 0.0]),
    ("a stronger association wins", _table(**{"給料|賃金": 0.6, "給料|報酬": 0.1}),
     # log(0.2 + 0.8 * 0.1 / 2), log(0.2 + 0.8 * 0.6 / 2), log(0.2) (background 1.0, λ 0.2)
     "給料が払われない", [["報酬"], ["賃金"], ["申請"]],
     [pytest.approx(float(np.log(0.24 / 0.2) / np.log(0.44 / 0.2))), 1.0, 0.0]),
    ("the same match in a longer article counts less", _table(**{"大家|賃貸人": 0.8}),
     "大家", [["賃貸人", "修繕", "費用", "負担"], ["賃貸人"]], [0.0, 1.0]),
    ("no known question word: all zero", _table(**{"大家|賃貸人": 0.8}),
     "申請の審査", [["賃貸人"], ["申請"]], [0.0, 0.0]),
    ("a tie: all zero", _table(**{"大家|賃貸人": 0.8}),
     "大家", [["賃貸人"], ["賃貸人"]], [0.0, 0.0]),
    ("no candidates", _table(**{"大家|賃貸人": 0.8}), "大家", [], []),
]


@pytest.mark.parametrize(("case", "table", "question", "articles", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_association_cases(case: str, table: AssocTable, question: str, articles: list[list[str]],
                           expected: list[Any]) -> None:
    got = table.normalised(question, articles)
    assert got == expected, case
    if len(set(got)) > 1:  # the raw log-likelihoods order the candidates as the min-max does
        raw = table.loglik(question_lemmas(question), articles)
        assert np.argsort(raw).tolist() == np.argsort(got).tolist()


def test_lemmas_drop_question_words_numbers_and_repeats() -> None:
    # 何 is a question word; 日, 以内 stay (the statute says 三十日以内)
    assert question_lemmas("大家は何日以内に修繕しなければならないか") == ["大家", "日", "以内", "修繕"]
    assert question_lemmas("第三条の規定はどうなるか") == ["条"]
    # 三十 is a number (dropped), 賃貸人 two lemmas, each once, sorted
    assert article_lemmas("（修繕義務）", "賃貸人は、三十日以内に修繕をする。賃貸人は") == (
        "人", "以内", "修繕", "日", "義務", "賃貸")


def test_the_packaged_table_loads_with_its_recorded_hash_and_is_small() -> None:
    meta = json.loads((DATA / "rerank_assoc.json").read_text("utf-8"))
    table = load_assoc()
    assert meta["sha256"] and "fit_rerank_assoc.py write" in meta["command"]
    assert meta["pairs"] > 5000 and len(table.t) > 10000 and float(np.min(table.t)) >= meta["prune"]
    assert (DATA / ASSOC_FILE).stat().st_size + (DATA / "rerank_assoc.json").stat().st_size < 2_000_000
    assert table.av[0] == NULL and abs(float(np.sum(table.bg)) - 1.0) < 1e-9


def test_a_changed_table_fails_closed(tmp_path: Path) -> None:
    for name in (ASSOC_FILE, "rerank_assoc.json"):
        shutil.copy(DATA / name, tmp_path / name)
    load_assoc(tmp_path)  # the copy loads
    load_assoc.cache_clear()
    raw = (tmp_path / ASSOC_FILE).read_bytes()
    (tmp_path / ASSOC_FILE).write_bytes(raw[:-8] + b"\0" * 8)
    with pytest.raises(ConfigError, match="SHA-256"):
        load_assoc(tmp_path)
    load_assoc.cache_clear()


# (question written for this test, the statute article that answers it, an unrelated one):
# everyday words the packaged table learned to map to the statute's terms
LEARNED = [
    ("大家さんが家賃を上げると言ってきた",
     ("（借賃増減請求権）", "建物の借賃が土地又は建物に対する租税その他の負担の増減により"
                          "不相当となったときは、当事者は、将来に向かって建物の借賃の額の増減を請求することができる。"),
     ("（申請に対する審査、応答）",
      "行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならない。")),
    ("市の職員のせいでけがをした。市にお金を払ってもらえるか", ("（公務員の不法行為と賠償責任）",
     "国又は公共団体の公権力の行使に当る公務員が、その職務を行うについて、故意又は過失によつて違法に他人に損害を"
     "加えたときは、国又は公共団体が、これを賠償する責に任ずる。"),
     ("（理由の提示）",
      "行政庁は、許認可等を拒否する処分をする場合は、申請者に対し、同時に、当該処分の理由を示さなければならない。")),
]


@pytest.mark.parametrize(("question", "answer", "other"), LEARNED)
def test_the_packaged_table_prefers_the_answering_article(question: str, answer: tuple[str, str],
                                                           other: tuple[str, str]) -> None:
    got = load_assoc().normalised(question, [article_lemmas(*answer), article_lemmas(*other)])
    assert got == [1.0, 0.0]


def test_the_trees_see_the_association_and_its_gap_to_the_best_of_the_law() -> None:
    args = ([2.0, 1.5, 1.0], np.zeros((3, len(GAP_SIGNALS))), ["A", "A", "B"], ["7", "8", "3"], [1, 2, 3])
    x = features(*args, [0.25, 1.0, 0.5])
    col = {name: x[:, i].tolist() for i, name in enumerate(FEATURES)}
    assert col["assoc"] == [0.25, 1.0, 0.5] and col["assoc_law_gap"] == [-0.75, 0.0, 0.0]
    none = features(*args)  # no association (no question): zero columns, the rest unchanged
    assert none[:, -2:].tolist() == [[0.0, 0.0]] * 3 and np.array_equal(none[:, :-2], x[:, :-2])
