"""GroundednessGuard on real statute sources: each slot both ways, citations stripped, verdicts."""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest

from govrag.errors import ConfigError
from govrag.guard import GroundednessGuard

GUARD = GroundednessGuard(dense="off")

GYO = "行政手続法"
JOHO = "行政機関の保有する情報の公開に関する法律"
FUFUKU = "行政不服審査法"


def _sources(corpus: Any, refs: list[tuple[str, str]]) -> list[Any]:
    out = [corpus.provision(law, art) for law, art in refs]
    assert all(p is not None for p in out), refs
    return out


@pytest.fixture(scope="module")
def sources(core_corpus: Any) -> list[Any]:
    return _sources(core_corpus, [(GYO, "7"), (JOHO, "10")])


# (sentence, sources, expected status, failing slot) — every slot both ways on real provisions
SLOT_CASES: list[tuple[str, list[tuple[str, str]], str, str | None]] = [
    # number
    ("開示決定等は、開示請求があった日から30日以内にしなければなりません。", [(JOHO, "10")],
     "supported", None),
    ("開示決定等は、開示請求があった日から六十日以内にしなければなりません。", [(JOHO, "10")], "unsupported",
     "number"),
    ("処分についての審査請求は、処分があったことを知った日の翌日から起算して三か月を経過するとできません。",
     [(FUFUKU, "18")], "supported", None),
    ("処分についての審査請求は、処分があったことを知った日の翌日から起算して六か月以内であればできます。",
     [(FUFUKU, "18")], "unsupported", "number"),
    # modality
    ("行政庁は、審査基準を定めるものとされています。", [(GYO, "5")], "supported", None),
    ("行政庁は、処分基準を定めて公にしておくよう努めなければなりません。", [(GYO, "12")], "supported", None),
    ("行政庁は、処分基準を定めて公にしておかなければなりません。", [(GYO, "12")], "unsupported", "modality"),
    ("職員は、職務上知り得た秘密を漏らしてはなりません。", [("地方公務員法", "34")], "supported", None),
    ("職員は、職務上知り得た秘密を漏らすことができます。", [("地方公務員法", "34")],
     "unsupported", "modality"),
    ("行政機関の長は、開示請求に係る行政文書を開示するよう努めなければなりません。", [(JOHO, "5")],
     "unsupported", "modality"),
    # actor
    ("審理員は、申立てがあれば、申立人に口頭で意見を述べる機会を与えなければなりません。", [(FUFUKU, "31")],
     "supported", None),
    ("審査庁は、申立てがあれば、申立人に口頭で意見を述べる機会を与えなければなりません。", [(FUFUKU, "31")],
     "unsupported", "actor"),
    ("行政機関の長は、正当な理由があるときは、この期間を三十日以内に限り延長することができます。",
     [(JOHO, "10")], "supported", None),
    ("情報公開・個人情報保護審査会は、正当な理由があるときは、この期間を三十日以内に限り延長することができます。",
     [(JOHO, "10")], "unsupported", "actor"),
    # scope
    ("職員は、退職した後も、職務上知り得た秘密を漏らしてはなりません。", [("地方公務員法", "34")],
     "supported", None),
    ("審理員は、例外なく、申立人に口頭で意見を述べる機会を与えなければなりません。", [(FUFUKU, "31")],
     "unsupported", "scope"),
    ("行政庁は、書面による申請に限り、遅滞なく審査を開始しなければなりません。", [(GYO, "7")],
     "unsupported", "scope"),
    # content
    ("行政庁は、申請が事務所に到達したときは遅滞なく審査を開始しなければなりません。", [(GYO, "7")],
     "supported", None),
    ("なお、電子申請の場合はマイナンバーカードによる本人確認が必須です。", [(GYO, "7")], "unsupported",
     "content"),
    # not a claim
    ("以上です。", [(GYO, "7")], "not_a_claim", None),
    ("根拠条文：行政手続法第七条、行政機関の保有する情報の公開に関する法律第十条第一項。",
     [(GYO, "7"), (JOHO, "10")], "not_a_claim", None),
]


@pytest.mark.parametrize(("sentence", "refs", "status", "slot"), SLOT_CASES,
                         ids=[f"{c[2]}-{c[3]}-{i}" for i, c in enumerate(SLOT_CASES)])
def test_slots_on_real_provisions(core_corpus: Any, sentence: str, refs: list[tuple[str, str]], status: str,
                                  slot: str | None) -> None:
    srcs = _sources(core_corpus, refs)
    (s,) = GUARD.sentences(sentence, sources=srcs)
    assert (s.status, s.slot) == (status, slot), s.reason
    v = GUARD.validate(sentence, sources=srcs)
    assert v.passed == (status != "unsupported"), v.explanation
    if status == "unsupported":
        assert f"sentence 1 [{slot}]" in v.explanation and v.spans == ((0, len(sentence)),)
        assert s.evidence is not None and 0 <= s.evidence.start < s.evidence.end


@pytest.mark.parametrize(
    "answer",
    [
        "行政手続法7条により、行政庁は、申請が事務所に到達したら遅滞なく審査を開始しなければなりません。",
        "行政手続法第七条によれば、行政庁は、申請が事務所に到達したときは遅滞なく審査を開始しなければなりません。",
        "7条により、行政庁は、申請が事務所に到達したら遅滞なく審査を開始しなければなりません。",
        "行政庁は、申請が事務所に到達したら遅滞なく審査を開始しなければなりません（行政手続法第7条）。",
        "情報公開法10条1項によれば、開示決定等は開示請求があった日から三十日以内にしなければなりません。",
    ],
)
def test_citation_numbers_are_not_claims_regression(sources: list[Any], answer: str) -> None:
    """Issue 11: a correct answer citing 「行政手続法7条」 failed (7 was read as a figure)."""
    v = GUARD.validate(answer, sources=sources)
    assert v.passed, v.explanation


def test_number_evidence_points_at_the_contradicting_figure(core_corpus: Any) -> None:
    (src,) = _sources(core_corpus, [(JOHO, "10")])
    claim = "開示決定等は、開示請求があった日から六十日以内にしなければなりません。"
    (s,) = GUARD.sentences(claim, sources=[src])
    assert s.evidence is not None and src.text[s.evidence.start:s.evidence.end] == "三十日以内"


def test_only_the_unsupported_sentence_is_flagged(sources: list[Any]) -> None:
    good = "行政庁は、申請が事務所に到達したときは遅滞なく審査を開始しなければなりません。"
    bad = "審査には原則として九十日以内の期間を要します。"
    answer = good + bad + "根拠条文：行政手続法第七条。"
    v = GUARD.validate(answer, sources=sources)
    assert not v.passed and v.spans == ((len(good), len(good) + len(bad)),)
    assert "sentence 2 [number]" in v.explanation
    assert "九十" not in v.explanation and "90" not in v.explanation and "審査" not in v.explanation
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


@pytest.mark.parametrize("kwargs", [{"min_support": 0}, {"min_support": 1.2}, {"max_unsupported": -1},
                                    {"top_sources": 0}, {"dense": "maybe"}])
def test_bad_options_are_config_errors(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        GroundednessGuard(**kwargs)
