"""The modality slot compares the SAME act in claim and source, clause by clause, over every
paragraph of the sources, with negation folded in — plain-language equivalents pass, flips fail."""

from __future__ import annotations

from typing import Any

import pytest

from govrag.cite.entail import check_claim
from tests.cite.conftest import assert_slot

# (law, article, claim, expected slot or None when supported)
CASES: list[tuple[str, str, str, str | None]] = [
    # 拒むことができない ≡ an obligation to accept ≡ 拒んではならない; its flip is a permission
    (CHIKO := "地方公務員法", "34",
     "任命権者は、職員が証人として職務上の秘密を発表する許可を拒むことはできない。",
     None),
    (CHIKO, "34", "任命権者は、職員が証人として職務上の秘密を発表する許可を拒むことができる。", "modality"),
    # ≡ 拒むことができない
    ("地方自治法", "136", "議会は、除名された後に再び当選した議員を受け入れなければならない。", None),
    ("地方自治法", "136", "議会は、除名された後に再び当選した議員を拒んではならない。", None),
    ("地方自治法", "136", "議会は、除名された後に再び当選した議員を拒むことができる。", "modality"),
    # the act of the claim is in another paragraph than the best aligned one
    ("民法", "5", "法定代理人の同意がない未成年者の法律行為は、取り消すことができる。", None),
    ("民法", "5", "法定代理人の同意がない未成年者の法律行為は、取り消してはならない。", "modality"),
    # できなくなる (loss of a right) and 「…が、…は例外」
    (FUFUKU := "行政不服審査法", "18",
     "審査請求は、処分を知った日の翌日から三か月を過ぎるとできなくなるが、"
     "正当な理由があるときは例外である。", None),
    (FUFUKU, "18", "審査請求は、処分を知った日の翌日から三か月を過ぎても、することができる。", "modality"),
    # a verbal noun before できる/できない, and a permission that restates the ただし書
    ("民法", "423", "債権の期限が到来しない間は、債権者は被代位権利を行使できないが、"
                    "保存行為は例外である。", None),
    ("民法", "423", "債権の期限が到来しない間でも、債権者は被代位権利を行使できる。", "modality"),
    ("民法", "298", "留置権者は、債務者の承諾なしに留置物を賃貸してはならないが、"
                    "保存に必要な使用は許される。", None),
    ("民法", "298", "留置権者は、債務者の承諾がなくても留置物を賃貸することができる。", "modality"),
    # しなくてもよい ≡ 開示しないことができる (the ただし書), and ものとする vs 努める
    ("個人情報の保護に関する法律", "33",
     "事業者は、本人の権利利益を害するおそれがある場合は、"
     "保有個人データの全部又は一部を開示しなくてもよい。", None),
    ("国家公務員法", "36", "職員の採用は、競争試験によるものとする。", None),
    ("国家公務員法", "36", "職員の採用は、競争試験によるよう努めるものとする。", "modality"),
]


@pytest.mark.parametrize(("law", "article", "claim", "slot"), CASES,
                         ids=[f"{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_modality_by_act(few_laws: Any, law: str, article: str, claim: str, slot: str | None) -> None:
    prov, r = assert_slot(few_laws, law, article, claim, slot)
    if slot == "modality":
        ev = r.evidence
        assert ev is not None and r.claim_span is not None
        assert 0 <= ev.start < ev.end <= len(prov.text)


def test_act_in_a_second_source(few_laws: Any) -> None:
    """Clauses of one claim may each be stated by a different source (the union of their paragraphs)."""
    a = few_laws.provision("地方自治法", "136").text
    b = few_laws.provision("民法", "5").text
    claim = "議会は、再び当選した議員を拒むことができず、同意のない未成年者の法律行為は取り消すことができる。"
    assert check_claim(claim, [a, b]).slot != "modality"
    flipped = ("議会は、再び当選した議員を拒むことができるが、"
               "同意のない未成年者の法律行為は取り消すことができる。")
    assert check_claim(flipped, [a, b]).slot == "modality"
