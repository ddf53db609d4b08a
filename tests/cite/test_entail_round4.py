"""Round 4 of issue 12: citation styles and several-source summaries in ``verify_citations``,
and the actor / modality slots of the claim-support core, on real provisions of laws the earlier
tests did not use. Every sentence is written for this test (not taken from an evaluation set);
each case that must pass stands next to the same sentence made wrong.
"""

from __future__ import annotations

from typing import Any

import pytest

from govrag.cite import verify_citations
from govrag.cite.actors import unattested_organ
from govrag.text.modality import modal_clauses
from tests.cite.conftest import assert_slot, latest_laws

TETSUZUKI = "405AC0000000088"  # 行政手続法

DOKUHO = "413AC0000000140"  # 独立行政法人等の保有する情報の公開に関する法律
SHOMEI = "412AC0000000102"  # 電子署名及び認証業務に関する法律
SHINSA = "415AC0000000060"  # 情報公開・個人情報保護審査会設置法
CYBER = "426AC1000000104"  # サイバーセキュリティ基本法
KANMIN = "428AC1000000103"  # 官民データ活用推進基本法
DIGI = "503AC0000000036"  # デジタル庁設置法


@pytest.fixture(scope="module")
def laws() -> Any:
    return latest_laws((DOKUHO, SHOMEI, SHINSA, CYBER, KANMIN, DIGI, TETSUZUKI))


def _status(laws: Any, answer: str, law: str, articles: list[str]) -> list[str]:
    srcs = [laws.provision(law, a, None) for a in articles]
    return [c.status for c in verify_citations(answer, sources=srcs, corpus=laws).items]


# A citation after the full stop belongs to the sentence before it, whatever the style.
@pytest.mark.parametrize(("answer", "status"), [
    ("特定認証業務を行おうとする者は、主務大臣の認定を受けることができます。（電子署名法第4条）", "valid"),
    ("特定認証業務を行おうとする者は、主務大臣の認定を受けなければなりません。（電子署名法第4条）",
     "unsupported"),
    ("特定認証業務を行おうとする者は、主務大臣の認定を受けなければなりません。（電子署名法第四条第一項）",
     "unsupported"),
    ("特定認証業務を行おうとする者は、主務大臣の認定を受けなければなりません（電子署名法4条）。",
     "unsupported"),
])
def test_citation_after_the_full_stop(laws: Any, answer: str, status: str) -> None:
    assert _status(laws, answer, SHOMEI, ["4"]) == [status]


def test_citation_after_the_full_stop_is_not_the_next_sentences() -> None:
    from govrag.cite.verify import _sentences

    text = "認定を受けることができます。（電子署名法第4条）次に、主務大臣は公示します。"
    spans = [text[a:b] for a, b in _sentences(text)]
    assert spans == ["認定を受けることができます。（電子署名法第4条）", "次に、主務大臣は公示します。"]


# Two chains in one sentence: each is checked with its own side of the sentence.
@pytest.mark.parametrize(("answer", "law", "articles", "statuses"), [
    ("審査会は、必要があると認めるときは諮問庁に行政文書等の提示を求めることができ（審査会設置法第9条）、"
     "審査請求人等は審査会に意見書を出すことができます（同法第11条）。",
     SHINSA, ["9", "11"], ["valid", "valid"]),
    ("審査会設置法第9条により審査会は諮問庁に行政文書等の提示を求めることができ、"
     "同法第11条により審査請求人等は審査会に意見書を出すことができます。",
     SHINSA, ["9", "11"], ["valid", "valid"]),
    ("審査会設置法第9条により審査会は諮問庁に行政文書等の提示を求めることができ、"
     "同法第11条により審査請求人等は審査会に意見書を出さなければなりません。",
     SHINSA, ["9", "11"], ["valid", "unsupported"]),
    ("国は総合的な施策を策定し実施する責務を負い（サイバーセキュリティ基本法第4条）、地方公共団体は"
     "自主的な施策を策定し実施する責務を負い（第5条）、重要社会基盤事業者は国の施策に協力するよう努める"
     "ものとされています（第6条）。",
     CYBER, ["4", "5", "6"], ["valid", "valid", "valid"]),
    ("国は総合的な施策を策定し実施する責務を負い（サイバーセキュリティ基本法第4条）、地方公共団体は"
     "自主的な施策を策定し実施する責務を負い（第5条）、重要社会基盤事業者は国の施策に協力しなければ"
     "なりません（第6条）。",
     CYBER, ["4", "5", "6"], ["valid", "valid", "unsupported"]),
])
def test_each_chain_has_its_own_claim(laws: Any, answer: str, law: str, articles: list[str],
                                      statuses: list[str]) -> None:
    assert _status(laws, answer, law, articles) == statuses


# A paragraph cited for a claim that reads with the paragraph before it: the article as a whole
# supports it; a wrong body against the cited paragraph stays unsupported.
@pytest.mark.parametrize(("answer", "status"), [
    ("独立行政法人等情報公開法第十条第二項によれば、開示決定等は開示請求から三十日以内にしなければ"
     "なりませんが、正当な理由があれば独立行政法人等はさらに三十日以内に限り延長できます。", "valid"),
    ("独立行政法人等情報公開法第十条第二項によれば、開示決定等は開示請求から九十日以内にしなければ"
     "なりませんが、正当な理由があれば独立行政法人等はさらに三十日以内に限り延長できます。", "unsupported"),
    ("独立行政法人等情報公開法第十条第二項によれば、正当な理由があるときは、開示請求者が、開示決定等の"
     "期間を三十日以内に限り延長することができます。", "unsupported"),
])
def test_paragraph_read_with_its_article(laws: Any, answer: str, status: str) -> None:
    assert _status(laws, answer, DOKUHO, ["10"]) == [status]


# (law, article, claim, expected slot or None when supported) through check_claim
CASES: list[tuple[str, str, str, str | None]] = [
    # an organ the sources never name
    (SHINSA, "2", "情報公開・個人情報保護審査会は、審査請求を調査審議するため、総務省に置かれます。", None),
    (SHINSA, "2", "情報公開・個人情報保護審査会は、審査請求を調査審議するため、内閣府に置かれます。",
     "actor"),
    (DIGI, "6", "デジタル庁の長は内閣総理大臣です。", None),
    (DIGI, "6", "デジタル庁の長はデジタル大臣です。", "actor"),
    # a summary with two topics: each against the sources
    (CYBER, "7", "サイバー関連事業者はサイバーセキュリティの確保に努め、情報システム等の供給者は、"
                 "利用者が講ずる措置に配慮した設計や開発に努めるものとされています。", None),
    (CYBER, "7", "サイバー関連事業者はサイバーセキュリティの確保に努め、内閣総理大臣は、"
                 "利用者が講ずる措置に配慮した設計や開発に努めるものとされています。", "actor"),
    # 「Xも…」 is the topic of what follows; another body's が does not reach past it
    (KANMIN, "11", "国は官民データを国民が容易に利用できるよう必要な措置を講じ、事業者も公益の増進に資する"
                   "データについて同様の措置を講ずるよう努めます。", None),
    # 「三十日の延長ができ」: 延長 is no head of a body (…長)
    (DOKUHO, "10", "開示決定等は、正当な理由があれば三十日の延長ができ、独立行政法人等はその理由を書面で"
                   "通知しなければなりません。", None),
    (DOKUHO, "10", "開示決定等は、正当な理由があれば三十日の延長ができ、開示請求者はその理由を書面で"
                   "通知しなければなりません。", "actor"),
    # the proviso's case has a rule of its own in the next paragraph (「前項ただし書の場合においては」)
    (TETSUZUKI, "14", "差し迫った必要があって理由を示さずに不利益処分をしたときも、行政庁は"
                      "処分後相当の期間内に理由を示さなければなりません。", None),
    (TETSUZUKI, "14", "差し迫った必要があるときも、行政庁は不利益処分をする場合には、同時にその理由を"
                      "示さなければなりません。", "scope"),
    # 「必要があると認めるときは」 is a condition; 「必要があり、」 an obligation
    (SHINSA, "9", "審査会は、必要があると認めるときは、諮問庁に行政文書等の提示を求めることができます。",
     None),
    (SHINSA, "9", "審査会は、諮問庁に行政文書等の提示を求める必要があり、必ず求めます。", "modality"),
]


@pytest.mark.parametrize(("law", "article", "claim", "slot"), CASES)
def test_round4_slots(laws: Any, law: str, article: str, claim: str, slot: str | None) -> None:
    assert_slot(laws, law, article, claim, slot)


@pytest.mark.parametrize(("text", "modalities"), [
    ("審査会は、必要があると認めるときは、諮問庁に対し、提示を求めることができる。", ["permission"]),
    ("審査会は、必要があると判断すれば、提示を求めることができ、", ["permission"]),
    ("事業者は、認定を受ける必要があり、", ["obligation"]),
])
def test_modal_clauses_round4(text: str, modalities: list[str]) -> None:
    assert [c.modality for c in modal_clauses(text)] == modalities


@pytest.mark.parametrize(("claim", "found"), [
    ("審査会は内閣府に置かれています。", "内閣府"),
    ("審査会は総務省に置かれています。", None),
    ("総理大臣が案を作ります。", None),  # a part of 内閣総理大臣
])
def test_unattested_organ(claim: str, found: str | None) -> None:
    src = ["情報公開・個人情報保護審査会は、総務省に置く。内閣総理大臣は、案を作成する。"]
    got = unattested_organ(claim, src)
    assert (got[0] if got else None) == found
