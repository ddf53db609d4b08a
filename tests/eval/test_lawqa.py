"""lawqa_jp adapter on the real dataset and the real statute corpora."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from govrag.errors import InputError
from govrag.eval.lawqa import load_lawqa, parse_context, title_index
from govrag.eval.questions import QuestionSetError
from tests.conftest import EGOV_TEXT, EGOV_XML, LAWQA

KINSHO = "323AC0000000025"  # 金融商品取引法 (text corpus)
YAKKI = "335AC0000000145"  # 薬機法 (XML corpus)
SHAKUCHI = "403AC0000000090"  # 借地借家法 (XML corpus)


@pytest.fixture(scope="module")
def xml_and_text() -> Any:
    from govrag.corpus import Corpus

    xml, text = Corpus.from_path(EGOV_XML), Corpus.from_path(EGOV_TEXT)
    return Corpus.from_laws([*xml.laws, *text.laws])


def test_at_least_100_questions_with_gold_over_xml_and_text(xml_and_text: Any) -> None:
    qs = load_lawqa(LAWQA, corpus=xml_and_text)
    assert len(qs) >= 100
    assert len({q.id for q in qs}) == len(qs)
    for q in qs:
        assert q.gold and q.split is None and q.question.strip()
        for g in q.gold:
            prov = xml_and_text.provision(g.law_id, g.article)
            assert prov is not None and not prov.deleted, (q.id, g)
            assert g.law_title == xml_and_text.law(g.law_id).title
    laws = Counter(g.law_id for q in qs for g in q.gold)
    assert {KINSHO, YAKKI, SHAKUCHI} <= set(laws)
    kinds = Counter(q.kind for q in qs)
    assert kinds["explicit"] > 0 and kinds["paraphrase"] > 0


def test_core_corpus_limits_gold_to_its_laws(core_corpus: Any) -> None:
    qs = load_lawqa(LAWQA / "selection.json", corpus=core_corpus)
    assert {g.law_id for q in qs for g in q.gold} == {YAKKI, SHAKUCHI}
    assert 40 <= len(qs) < 100


def test_law_ids_filter_without_a_corpus() -> None:
    qs = load_lawqa(LAWQA, law_ids={SHAKUCHI})
    assert qs and all(g.law_id == SHAKUCHI for q in qs for g in q.gold)


def test_known_record() -> None:
    by_id = {q.id: q for q in load_lawqa(LAWQA)}
    q = by_id["金商法_第2章_選択式_関連法令_問題番号57"]
    assert [g.key for g in q.gold] == [(KINSHO, "5")]
    assert q.kind == "explicit" and q.question.startswith("金融商品取引法第5条第6項により")


def test_choices_can_be_appended_to_the_query() -> None:
    plain = {q.id: q for q in load_lawqa(LAWQA, law_ids={SHAKUCHI})}
    with_choices = {q.id: q for q in load_lawqa(LAWQA, law_ids={SHAKUCHI}, include_choices=True)}
    assert plain.keys() == with_choices.keys()
    for qid, q in plain.items():
        assert with_choices[qid].question.startswith(q.question)
        assert "\na " in with_choices[qid].question


def test_title_index_maps_only_egov_laws() -> None:
    titles = title_index(LAWQA / "law_list.json")
    assert titles["借地借家法"] == SHAKUCHI
    assert all(len(v) == 15 for v in titles.values())
    assert not any("ガイドライン" in t for t in titles)


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ("## 借地借家法\n### 第28条\n本文", [("借地借家法", "28")]),
        ("## 金融商品取引法\n### 第二十七条の二十三\n#### 第1項\n##### 第2号", [("金融商品取引法", "27_23")]),
        ("## 金融商品取引法施行令\n### 第２条の１２\n", [("金融商品取引法施行令", "2_12")]),
        ("## A法\n### 第3条の2の2\n## B法\n### 第3条の2の2", [("A法", "3_2_2"), ("B法", "3_2_2")]),
        ("## A法\n### 第1条\n### 第1条\n", [("A法", "1")]),
        # non-article headings and articles before any law heading give no gold
        ("### 第5条\n## ガイドライン\n### (問1)\n### 第2章 情報開示制度", []),
        # level-4/5 headings (項/号) are not articles
        ("## A法\n#### 第3条\n##### 第4条", []),
    ],
)
def test_parse_context(context: str, expected: list[tuple[str, str]]) -> None:
    assert parse_context(context) == expected


def _write(tmp_path: Path, samples: Any) -> Path:
    path = tmp_path / "selection.json"
    path.write_text(json.dumps(samples, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "law_list.json").write_text(
        json.dumps([{"title": "借地借家法", "url": f"https://laws.e-gov.go.jp/law/{SHAKUCHI}"}],
                   ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("samples", "error", "message"),
    [
        ([], QuestionSetError, "'samples' list"),
        ({"samples": [1]}, QuestionSetError, "not an object"),
        ({"samples": [{"ファイル名": "a", "問題文": "q"}]}, QuestionSetError, "lacks field 'コンテキスト'"),
        ({"samples": [{"ファイル名": "a", "問題文": "q", "コンテキスト": "## 借地借家法\n### 第28条"}] * 2},
         QuestionSetError, "duplicate"),
        ({"samples": [{"ファイル名": "a", "問題文": "q", "コンテキスト": "## 架空法\n### 第1条"}]},
         InputError, "no lawqa_jp question has gold"),
    ],
)
def test_bad_datasets(tmp_path: Path, samples: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        load_lawqa(_write(tmp_path, samples))


def test_missing_dataset(tmp_path: Path) -> None:
    with pytest.raises(QuestionSetError, match="no such file"):
        load_lawqa(tmp_path)
