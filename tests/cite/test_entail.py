"""The claim-support core shared by verify_citations and GroundednessGuard: each slot both ways
on real provisions, through check_claim and through verify_citations' ``unsupported`` status."""

from __future__ import annotations

from typing import Any

import pytest

from govrag.cite import verify_citations
from govrag.cite.entail import check_claim, is_claim
from tests.cite.conftest import assert_slot

JOHO = "行政機関の保有する情報の公開に関する法律"
FUFUKU = "行政不服審査法"

# (law, article, claim, expected slot or None when supported)
CASES: list[tuple[str, str, str, str | None]] = [
    (JOHO, "10", "開示決定等は、開示請求があった日から三十日以内にしなければならない。", None),
    (JOHO, "10", "開示決定等は、開示請求があった日から二週間以内にしなければならない。", "number"),
    (FUFUKU, "18", "審査請求は、処分を知った日の翌日から起算して三か月を経過するとできなくなる。", None),
    (FUFUKU, "18", "審査請求は、処分があった日の翌日から起算して一年を経過するとできなくなる。", None),
    (FUFUKU, "18", "審査請求は、処分を知った日の翌日から起算して二年以内にしなければならない。", "number"),
    ("地方公務員法", "34", "職員は、職務上知り得た秘密を漏らしてはならない。", None),
    ("地方公務員法", "34", "職員は、職務上知り得た秘密を漏らさないよう努めなければならない。", "modality"),
    ("行政手続法", "12", "行政庁は、処分基準を定め、これを公にしておくよう努めなければならない。", None),
    ("行政手続法", "12", "行政庁は、処分基準を定め、これを公にしておくことができる。", "modality"),
    (FUFUKU, "31", "審理員は、申立人に口頭で意見を述べる機会を与えなければならない。", None),
    (FUFUKU, "31", "処分庁は、申立人に口頭で意見を述べる機会を与えなければならない。", "actor"),
    (JOHO, "5", "行政機関の長は、不開示情報が記録されている場合を除き、行政文書を開示しなければならない。",
     None),
    (JOHO, "5", "行政機関の長は、いかなる場合であっても行政文書を開示しなければならない。", "scope"),
    ("行政手続法", "7", "行政庁は、遅滞なく申請の審査を開始しなければならない。", None),
    ("行政手続法", "7", "行政庁は、電子申請の場合に限り、遅滞なく審査を開始しなければならない。", "scope"),
    ("行政手続法", "7", "行政庁は、申請者に審査手数料を請求しなければならない。", "content"),
]


@pytest.mark.parametrize(("law", "article", "claim", "slot"), CASES,
                         ids=[f"{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_slots(few_laws: Any, law: str, article: str, claim: str, slot: str | None) -> None:
    prov, r = assert_slot(few_laws, law, article, claim, slot)
    ev = r.evidence
    assert ev is not None and ev.source == 0 and 0 <= ev.start < ev.end <= len(prov.text)
    if slot is not None:
        assert r.claim_span is not None and r.risk >= 0.5


@pytest.mark.parametrize(("text", "expected"), [("以上です。", False), ("根拠条文：", False),
                                                 ("詳しくは担当窓口にご相談ください。", False),
                                                 ("行政庁は、審査を開始しなければならない。", True)])
def test_is_claim(text: str, expected: bool) -> None:
    assert is_claim(text) is expected


@pytest.mark.parametrize(
    ("answer", "source", "status", "role"),
    [
        ("行政不服審査法第31条第1項により、審理員は申立人に口頭で意見を述べる機会を与えなければなりません。",
         "行政不服審査法第三十一条", "valid", None),
        ("行政不服審査法第31条第1項により、処分庁は申立人に口頭で意見を述べる機会を与えなければなりません。",
         "行政不服審査法第三十一条", "unsupported", "actor"),
        ("情報公開法第5条により、行政機関の長は、いかなる場合であっても行政文書を開示しなければなりません。",
         f"{JOHO}第五条", "unsupported", "scope"),
        ("情報公開法第5条により、行政機関の長は、不開示情報が記録されている場合を除いて行政文書を開示しなければなりません。",
         f"{JOHO}第五条", "valid", None),
    ],
)
def test_verify_citations_uses_the_same_core(few_laws: Any, answer: str, source: str, status: str,
                                             role: str | None) -> None:
    (item,) = verify_citations(answer, sources=[source], corpus=few_laws).items
    assert item.status == status, item.explanation
    if role is not None:
        assert role in item.explanation and any(s.role == role for s in item.spans)


# --- the encoder runs only where it can change the verdict (issue 12, speed) ---------------------

_SEVENTH = ("行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならず、"
            "かつ、申請書の記載事項に不備がないこと、申請書に必要な書類が添付されていること、"
            "申請をすることができる期間内にされたものであることその他の法令に定められた申請の形式上の"
            "要件に適合しない申請については、速やかに、申請をした者に対し相当の期間を定めて当該申請の"
            "補正を求め、又は当該申請により求められた許認可等を拒否しなければならない。")


class _Counting:
    """A dense scorer that records what it is asked (real similarity is not the point here)."""

    def __init__(self, sim: float) -> None:
        self.sim = sim
        self.calls: list[str] = []
        self.prefetched: list[str] = []

    def __call__(self, claim: str, sources: Any) -> list[float]:
        self.calls.append(claim)
        return [self.sim for _ in sources]

    def prefetch(self, texts: Any) -> None:
        self.prefetched.extend(texts)


@pytest.mark.parametrize(("claim", "encoded", "status"), [
    # verbatim: the overlap alone decides
    ("行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならない。", False,
     "supported"),
    # a structural slot failed: the verdict is certain
    ("行政庁は、申請がその事務所に到達したときは三十日以内に当該申請の審査を開始しなければならない。", False,
     "unsupported"),
    # a plain paraphrase whose content support is undecided without the encoder
    ("役所は、書類が届いたらすぐに中身のチェックを開始しなければなりません。", True, "supported"),
])
def test_the_encoder_runs_only_when_it_can_change_the_verdict(claim: str, encoded: bool, status: str) -> None:
    dense = _Counting(0.99)
    r = check_claim(claim, [_SEVENTH], dense=dense)
    assert (bool(dense.calls), r.dense is not None, r.status) == (encoded, encoded, status)


def test_claims_needing_the_encoder_are_prefetched_in_one_batch() -> None:
    from govrag.cite.entail import check_claims

    dense = _Counting(0.99)
    claims = ["行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならない。",
              "役所は、書類が届いたらすぐに中身のチェックを開始しなければなりません。"]
    checks = check_claims(claims, [_SEVENTH], dense=dense)
    assert [c.status for c in checks] == ["supported", "supported"]
    assert dense.prefetched[0] == claims[1] and len(dense.prefetched) == 2  # the claim and its best sentence
    assert dense.calls == [claims[1]]


# --- plain-language paraphrase (issue 12): supported, while the changed twin is still caught ---

@pytest.mark.parametrize(("claim", "slot"), [
    ("役所は、書類が届いたらすぐに審査を始めなければなりません。", None),
    ("行政庁は、申請が届いたら遅滞なく審査に取りかかる義務があります。", None),
    ("役所は、書類が届いたら三十日以内に審査を始めなければなりません。", "number"),
    ("役所は、書類が届いても審査を始めるかどうかを自由に決めることができます。", "modality"),
])
def test_plain_paraphrases_of_a_provision(claim: str, slot: str | None) -> None:
    r = check_claim(claim, [_SEVENTH])
    assert (r.status, r.slot) == ("supported" if slot is None else "unsupported", slot)


def test_older_spelling_of_small_tsu_is_folded() -> None:
    src = ["取消訴訟は、処分又は裁決があつたことを知つた日から六箇月を経過したときは、"
           "提起することができない。"]
    claim = "取消訴訟は、処分を知った日から六か月が過ぎると起こせません。"
    assert check_claim(claim, src).status == "supported"
