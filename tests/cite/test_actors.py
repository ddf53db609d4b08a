"""The actor slot (who does, receives or grants each act) and the exception scope checks, on real
statute text: each case both ways, through check_claim."""

from __future__ import annotations

from typing import Any

import pytest

from govrag.cite.actors import act_roles, is_body, role_mismatch, same_body
from tests.cite.conftest import assert_slot

KOJIN = "個人情報の保護に関する法律"
JICHI = "地方自治法"
KOKKO = "国家公務員法"
MINPO = "民法"
BAISHO = "国家賠償法"

# (law, article, claim, expected slot or None when supported)
CASES: list[tuple[str, str, str, str | None]] = [
    # agent of the act
    (KOJIN, "26", "個人情報取扱事業者は、漏えい等の事態が生じたときは、"
                  "その旨を個人情報保護委員会に報告しなければならない。",
     None),
    (KOJIN, "26", "漏えい等の事態が生じたときは、"
                  "個人情報保護委員会が本人に報告しなければならない。", "actor"),
    (KOJIN, "26", "事業者は、漏えいなどの事態が起きたときは、"
                  "個人情報保護委員会にその旨を報告しなければならない。",
     None),
    (BAISHO, "1", "公務員が職務を行うについて違法に他人に損害を加えたときは、"
                  "国又は公共団体がこれを賠償する。",
     None),
    (BAISHO, "1", "公務員が職務を行うについて違法に他人に損害を加えたときは、当該公務員がこれを賠償する。",
     "actor"),
    (JICHI, "176", "議会の議決について異議があるときは、長は、理由を示して再議に付することができる。", None),
    (JICHI, "176", "議会の議決について異議があるときは、市長は、"
                   "理由を示して再議に付することができる。", None),
    (JICHI, "176", "議会の議決について異議があるときは、議長は、"
                   "理由を示して再議に付することができる。", "actor"),
    # recipient
    (KOJIN, "33", "本人は、個人情報取扱事業者に対し、保有個人データの開示を請求することができる。", None),
    (KOJIN, "33", "本人は、会社に対して、保有個人データの開示を求めることができる。", None),
    (KOJIN, "33", "本人は、市町村長に対し、保有個人データの開示を請求することができる。", "actor"),
    # grantor of a permission
    (KOKKO, "100", "証人として職務上の秘密に属する事項を発表するには、所轄庁の長の許可を要する。", None),
    (KOKKO, "100", "証人として職務上の秘密に属する事項を発表するには、内閣総理大臣の許可を要する。", "actor"),
    (MINPO, "5", "未成年者が法律行為をするには、その法定代理人の同意を得なければならない。", None),
    (MINPO, "5", "未成年者が法律行為をするには、市町村長の同意を得なければならない。", "actor"),
    # exceptions: universalised, or the excepted case put under the rule
    (MINPO, "5", "未成年者が法律行為をするには、例外なく法定代理人の同意を得なければならない。", "scope"),
    (MINPO, "5", "未成年者は、単に義務を免れる法律行為であっても、法定代理人の同意を得なければならない。",
     "scope"),
    (MINPO, "5", "未成年者が法律行為をするには、単に権利を得る行為を除き、"
                 "法定代理人の同意を得なければならない。", None),
    (KOJIN, "33", "個人情報取扱事業者は、開示の請求を受けたときは、"
                  "必ず保有個人データを開示しなければならない。",
     "scope"),
]


@pytest.mark.parametrize(("law", "article", "claim", "slot"), CASES,
                         ids=[f"{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_actor_and_exception_slots(few_laws: Any, law: str, article: str, claim: str,
                                   slot: str | None) -> None:
    prov, r = assert_slot(few_laws, law, article, claim, slot)
    if slot == "actor":
        ev = r.evidence
        assert ev is not None and r.claim_span is not None
        assert is_body(prov.text[ev.start:ev.end])


@pytest.mark.parametrize(("claimed", "stated", "same"), [
    ("役所", "行政庁", True), ("市", "市町村", True), ("国の機関", "行政機関", True),
    ("会社", "個人情報取扱事業者", True), ("自治体の長", "普通地方公共団体の長", True),
    ("大臣", "主務大臣", True), ("行政機関", "行政機関の長", True), ("他の会社", "第三者", True),
    ("市町村長", "都道府県知事", False), ("委員会", "大臣", False), ("任命権者", "職員", False),
    ("国", "地方公共団体", False), ("個人情報取扱事業者", "行政機関の長", False), ("議長", "長", False),
    ("申請者", "行政庁", False),
])
def test_same_body(claimed: str, stated: str, same: bool) -> None:
    assert same_body(claimed, stated) is same


def test_roles_of_a_statute_sentence(few_laws: Any) -> None:
    text = few_laws.provision(KOJIN, "33", 1).text
    roles = {(r.act, r.role, r.name) for r in act_roles(text)}
    assert ("請求", "agent", "本人") in roles
    assert ("請求", "recipient", "個人情報取扱事業者") in roles
    mis = role_mismatch("本人は、行政機関の長に対し、開示を請求することができる。", [(0, 0, text)])
    assert mis is not None
    assert (mis.role, mis.claimed, mis.stated) == ("recipient", "行政機関の長", "個人情報取扱事業者")
    assert text[mis.start:mis.end] == "個人情報取扱事業者"
