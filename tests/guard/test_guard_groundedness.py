"""GroundednessGuard on real statute sources: supported paraphrases pass, invented claims fail."""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest

from govrag.errors import ConfigError
from govrag.guard import GroundednessGuard, modalities

GUARD = GroundednessGuard()


@pytest.fixture(scope="module")
def sources(core_corpus: Any) -> list[Any]:
    p7 = core_corpus.provision("行政手続法", "7")
    p10 = core_corpus.provision("行政機関の保有する情報の公開に関する法律", "10")
    assert p7 is not None and p10 is not None
    return [p7, p10]


@pytest.mark.parametrize(
    "answer",
    [
        "行政手続法第七条によれば、行政庁は、申請が事務所に到達したときは遅滞なく審査を開始しなければなりません。",
        "形式上の要件に適合しない申請については、速やかに、申請者に対し相当の期間を定めて補正を求め、"
        "又は許認可等を拒否しなければなりません。",
        "開示決定等は、開示請求があった日から三十日以内にしなければなりません。",
        "行政機関の長は、正当な理由があるときは、この期間を三十日以内に限り延長することができます。",
        "根拠条文：行政手続法第七条、行政機関の保有する情報の公開に関する法律第十条第一項。",
        "以上です。",
        "ご質問に関係する条文の規定は次のとおりです（検索された条文からの抜粋）。",
        "詳しくは担当窓口にご相談ください。",
    ],
)
def test_supported_answers_pass(sources: list[Any], answer: str) -> None:
    v = GUARD.validate(answer, sources=sources)
    assert v.passed, v.explanation
    assert v.spans == () and v.guard == "groundedness"


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        ("開示決定等は、開示請求があった日から六十日以内にしなければなりません。", "number"),
        ("行政庁は、不備のある申請を受理せずに返戻することができます。", "modality"),
        ("行政庁は、申請の補正を求めなくてもよいとされています。", "modality"),
        ("行政庁は、申請の審査を開始してはなりません。", "modality"),
        ("申請者は手数料として五千円を納付する必要があります。", "overlap"),
        ("なお、電子申請の場合はマイナンバーカードによる本人確認が必須です。", "overlap"),
        # framing words do not exempt a claim:
        ("次のとおり、申請から九十日以内に審査を終えなければなりません。", "unsupported"),
    ],
)
def test_unsupported_sentences_fail_with_a_reason(sources: list[Any], answer: str, reason: str) -> None:
    v = GUARD.validate(answer, sources=sources)
    assert not v.passed and v.score == 1.0
    assert reason in v.explanation
    assert v.spans == ((0, len(answer)),)


def test_only_the_unsupported_sentence_is_flagged(sources: list[Any]) -> None:
    good = "行政庁は、申請が事務所に到達したときは遅滞なく審査を開始しなければなりません。"
    bad = "審査には原則として九十日を要します。"
    answer = good + bad + "根拠条文：行政手続法第七条。"
    v = GUARD.validate(answer, sources=sources)
    assert not v.passed and v.spans == ((len(good), len(good) + len(bad)),)
    assert v.score == pytest.approx(0.5)
    assert "九十" not in v.explanation and "90" not in v.explanation
    assert GroundednessGuard(max_unsupported=1).validate(answer, sources=sources).passed


def test_sources_as_plain_strings_and_no_sources(sources: list[Any]) -> None:
    answer = "開示決定等は、開示請求があった日から三十日以内にしなければなりません。"
    assert GUARD.validate(answer, sources=[s.text for s in sources]).passed
    v = GUARD.validate(answer, sources=[])
    assert not v.passed and "no sources" in v.explanation


def test_statute_text_supports_itself_and_not_other_provisions(core_corpus: Any) -> None:
    paragraphs = [p for p in core_corpus.provisions(level="paragraph") if len(p.text) > 20]
    sample = random.Random(7).sample(paragraphs, 120)
    for p in sample:
        assert GUARD.validate(p.text, sources=[p]).passed, p.citation
    crossed = [a.citation for a, b in itertools.pairwise(sample)
               if GUARD.validate(a.text, sources=[b]).passed]
    assert crossed == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("審査を開始しなければならない。", {"obligation"}),
        ("開示しないことができる。", {"permission"}),
        ("拒んではならない。", {"prohibition"}),
        ("提出することができない。", {"prohibition"}),
        ("補正を求めなくてもよい。", {"exemption"}),
        ("通知を要しない。", {"exemption"}),
        ("公表するよう努めなければならない。", {"effort"}),
        ("申請をすることができる期間内にされたもの", set()),
        ("提出しなければなりません。ただし、省略することができます。", {"obligation", "permission"}),
    ],
)
def test_modalities(text: str, expected: set[str]) -> None:
    assert modalities(text) == expected


@pytest.mark.parametrize("kwargs", [{"min_support": 0}, {"min_support": 1.2}, {"max_unsupported": -1},
                                    {"top_sources": 0}])
def test_bad_options_are_config_errors(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        GroundednessGuard(**kwargs)
