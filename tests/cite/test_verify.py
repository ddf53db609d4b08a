"""Verification on real provisions (../shared/corpora/egov-xml): every status, coverage rules,
quote matching and the claim checks."""

from __future__ import annotations

from typing import Any

import pytest

from govrag.cite import verify_citations
from govrag.cite.claims import modalities, quantities
from govrag.cite.sources import source_units
from govrag.errors import ConfigError, InputError

GYO = "行政手続法第七条"

CASES: list[tuple[str, list[str], list[str]]] = [
    # --- valid
    (
        "行政手続法第7条によれば、行政庁は申請が事務所に到達したときは遅滞なく審査を開始しなければなりません"
        "。",
        [GYO],
        ["valid"],
    ),
    (
        "情報公開法第10条第1項により、開示決定等は開示請求があった日から30日以内にしなければなりません。",
        ["行政機関の保有する情報の公開に関する法律第十条"],
        ["valid"],
    ),
    (
        "行政手続法第12条第1項は、行政庁は処分基準を定め、これを公にしておくよう努めなければならないと定めて"
        "いま"
        "す。",
        ["行政手続法第十二条"],
        ["valid"],
    ),
    (
        "行政手続法第8条及び第14条は、いずれも処分の理由を示さなければならないと定めています。",
        ["行政手続法第八条", "行政手続法第十四条"],
        ["valid", "valid"],
    ),
    (
        "行政手続法第39条第3項により、意見提出期間は公示の日から起算して三十日以上でなければなりません。",
        ["行政手続法第三十九条第三項"],
        ["valid"],
    ),
    (
        "行政手続法第15条第3項では、掲示を始めた日から2週間を経過したときに通知が到達したものとみなされます。",
        ["行政手続法第十五条"],
        ["valid"],
    ),
    (
        "国家賠償法第1条第1項は「国又は公共団体が、これを賠償する責に任ずる」と定めています。",
        ["国家賠償法第一条"],
        ["valid"],
    ),
    (
        "行政手続法第7条は「申請者」に対し「相当の期間を定めて当該申請の補正を求め」ることを定めています。",
        [GYO],
        ["valid"],
    ),
    (
        "情報公開法第10条第1項は「開示請求があった日から30日以内にしなければならない」と定めています。",
        ["行政機関の保有する情報の公開に関する法律第十条"],
        ["valid"],
    ),
    (
        "行政手続法第7条は「速やかに、申請をした者に対し相当の期間を定めて当該申請の補正を求め」ると規定して"
        "いま"
        "す。",
        [GYO],
        ["valid"],
    ),  # a parenthetical （以下「申請者」という。） left out of the quote
    (
        "行政手続法第7条は「行政庁は、申請がその事務所に到達したときは…審査を開始しなければならず」としていま"
        "す"
        "。",
        [GYO],
        ["valid"],
    ),  # ellipsis inside the quote
    ("「行政手続法第7条」は申請に対する審査について定めています。", [GYO], ["valid"]),
    (  # quote announced in the previous sentence, punctuation differences ignored
        "行政手続法第7条は次のように定めています。「行政庁は申請がその事務所に到達したときは遅滞なく"
        "当該申請の審査を開始しなければならず」",
        [GYO],
        ["valid"],
    ),
    (  # a figure that belongs to the other citation of the sentence is not held against 第5条
        "行政手続法第5条の審査基準とは別に、情報公開法第10条第1項は開示決定等を30日以内にしなければ"
        "ならないと定めています。",
        ["行政手続法第五条", "行政機関の保有する情報の公開に関する法律第十条"],
        ["valid", "valid"],
    ),
    (  # a prohibition is a duty: 守秘義務を負う restates 漏らしてはならない
        "地方公務員法第34条第1項により、職員は職務上知り得た秘密について守秘義務を負います。",
        ["地方公務員法第三十四条"],
        ["valid"],
    ),
    (  # a figure describing the user's situation is not a claim about the law
        "申請から2週間経っても連絡がない場合でも、行政手続法第7条により、行政庁は遅滞なく審査を開始しなければ"
        "なりません。",
        [GYO],
        ["valid"],
    ),
    # --- nonexistent
    ("行政手続法第99条により、申請は審査されます。", [GYO], ["nonexistent"]),
    ("行政手続法第8条第3項により、理由を示さなければなりません。", ["行政手続法第八条"], ["nonexistent"]),
    ("行政手続法第15条第1項第9号に掲げる事項を通知します。", ["行政手続法第十五条"], ["nonexistent"]),
    ("国家賠償法第7条によれば、国は賠償しなければなりません。", ["国家賠償法第一条"], ["nonexistent"]),
    ("民法第38条は法人について定めています。", ["民法第三十七条"], ["nonexistent"]),
    ("国家公務員法第26条は削除されています。", [], ["nonexistent"]),
    ("行政手続法第7条ただし書により、審査しないことができます。", [GYO], ["nonexistent"]),
    ("行政手続法第36条の4によれば、申出ができます。", ["行政手続法第三十六条の三"], ["nonexistent"]),
    # --- not_in_sources
    ("行政手続法第8条によれば、拒否処分には理由を示さなければなりません。", [GYO], ["not_in_sources"]),
    (
        "行政手続法第8条第2項により、書面で理由を示さなければなりません。",
        ["行政手続法第八条第一項"],
        ["not_in_sources"],
    ),
    ("行政手続法第7条では審査を開始しなければなりません。", [], ["not_in_sources"]),
    # --- misquoted
    (
        "行政手続法第7条は「行政庁は、申請がその事務所に到達したときは速やかに当該申請の審査を開始しなければ"
        "なら"
        "ず」と定めています。",
        [GYO],
        ["misquoted"],
    ),
    (
        "地方公務員法第34条第1項は「職員は、職務上知り得た秘密を漏らしてはならない。ただし、退職後はこの限り"
        "でな"
        "い。」と規定しています。",
        ["地方公務員法第三十四条"],
        ["misquoted"],
    ),
    (
        "個人情報保護法第27条第1項は「あらかじめ本人に通知すれば、個人データを第三者に提供することができる」"
        "と定"
        "めています。",
        ["個人情報の保護に関する法律第二十七条"],
        ["misquoted"],
    ),
    # --- unsupported
    (
        "情報公開法第10条第1項により、開示決定等は開示請求があった日から14日以内にしなければなりません。",
        ["行政機関の保有する情報の公開に関する法律第十条"],
        ["unsupported"],
    ),
    (
        "行政手続法第39条第3項により、意見提出期間は公示の日から起算して30日以内とされています。",
        ["行政手続法第三十九条"],
        ["unsupported"],
    ),
    (
        "行政手続法第12条第1項により、行政庁は処分基準を定めなければなりません。",
        ["行政手続法第十二条"],
        ["unsupported"],
    ),
    (
        "個人情報保護法第27条第1項によれば、個人データは本人の同意なく第三者に提供することができます。",
        ["個人情報の保護に関する法律第二十七条"],
        ["unsupported"],
    ),
    (
        "行政手続法第32条第2項によれば、行政指導に従わなかった相手方に不利益な取扱いをすることができます。",
        ["行政手続法第三十二条"],
        ["unsupported"],
    ),
    (
        "行政手続法第7条は、命令等制定機関が命令等の案を公示して広く一般の意見を求める手続を定めています。",
        [GYO, "行政手続法第三十九条"],
        ["unsupported"],
    ),
    (
        "行政手続法第7条は次のように定めています。「行政庁は、申請を直ちに却下しなければならない」",
        [GYO],
        ["misquoted"],
    ),
    # --- unresolved
    ("架空基本法第3条によれば、手続は不要です。", [GYO], ["unresolved"]),
    ("第5条によれば、手続は不要です。", [GYO], ["unresolved"]),
    ("民法別表第一を参照してください。", [], ["unresolved"]),
    # --- precedence: nonexistent over not_in_sources, misquoted over unsupported
    ("行政手続法第99条は「審査しなければならない」と定めています。", [], ["nonexistent"]),
    (
        "情報公開法第10条第1項は「十四日以内にしなければならない」として、14日以内の決定を求めています。",
        ["行政機関の保有する情報の公開に関する法律第十条"],
        ["misquoted"],
    ),
]


@pytest.mark.parametrize(("answer", "sources", "expected"), CASES, ids=[a[:30] for a, _, _ in CASES])
def test_statuses(answer: str, sources: list[str], expected: list[str], few_laws: Any) -> None:
    report = verify_citations(answer, sources=sources, corpus=few_laws)
    assert [i.status for i in report.items] == expected, report.to_text()
    assert report.ok == all(s == "valid" for s in expected)
    for item in report.items:
        assert item.explanation
        assert item.spans and item.spans[0].role == "citation"
        assert answer[item.spans[0].start : item.spans[0].end] == item.citation.text


def test_deleted_article_is_explained(few_laws: Any) -> None:
    (item,) = verify_citations("民法第38条によれば。", sources=[], corpus=few_laws).items
    assert item.status == "nonexistent" and "削除" in item.explanation


def test_misquote_points_at_the_quote(few_laws: Any) -> None:
    answer = "行政手続法第7条は「行政庁は、申請を直ちに却下しなければならない」と定めています。"
    (item,) = verify_citations(answer, sources=[GYO], corpus=few_laws).items
    quote = [s for s in item.spans if s.role == "quote"]
    assert item.status == "misquoted" and quote
    assert answer[quote[0].start : quote[0].end] == "「行政庁は、申請を直ちに却下しなければならない」"


def test_unsupported_number_points_at_the_number(few_laws: Any) -> None:
    answer = "情報公開法第10条第1項により、開示決定等は開示請求があった日から14日以内にしなければなりません。"
    (item,) = verify_citations(
        answer, sources=["行政機関の保有する情報の公開に関する法律第十条"], corpus=few_laws
    ).items
    (num,) = [s for s in item.spans if s.role == "number"]
    assert answer[num.start : num.end] == "14日以内"
    assert "30日" in item.explanation


# --- sources: kinds and coverage ----------------------------------------------------------


def _answer() -> str:
    return (
        "行政手続法第8条第1項によれば、許認可等を拒否する処分をする場合は、"
        "申請者に対し、同時に理由を示さなければなりません。"
    )


@pytest.mark.parametrize(
    ("make_source", "expected"),
    [
        (lambda c: c.provision("行政手続法", "8"), "valid"),  # article-level Provision
        (lambda c: c.provision("行政手続法", "8", 1), "valid"),  # same paragraph
        (lambda c: c.provision("行政手続法", "8", 2), "not_in_sources"),  # another paragraph
        (lambda c: c.provision("行政手続法", "7"), "not_in_sources"),  # another article
        (lambda c: {"law_id": "405AC0000000088", "article": "8", "paragraph": None}, "valid"),  # JSON hit
        (lambda c: {"law_title": "行政手続法", "article": "8", "paragraph": 1}, "valid"),
        (lambda c: "行手法第8条", "valid"),  # citation string, abbreviation
    ],
)
def test_source_kinds_and_coverage(make_source: Any, expected: str, few_laws: Any) -> None:
    report = verify_citations(_answer(), sources=[make_source(few_laws)], corpus=few_laws)
    assert [i.status for i in report.items] == [expected]


def test_paragraph_source_covers_article_citation(few_laws: Any) -> None:
    answer = "行政手続法第8条により、拒否処分の際は申請者に同時に理由を示さなければなりません。"
    report = verify_citations(answer, sources=[few_laws.provision("行政手続法", "8", 1)], corpus=few_laws)
    assert report.items[0].status == "valid"


def test_sources_none_skips_coverage(few_laws: Any) -> None:
    report = verify_citations(_answer(), sources=None, corpus=few_laws)
    assert report.items[0].status == "valid"


def test_retrieval_hit_objects(few_laws: Any) -> None:
    hit_cls = pytest.importorskip("govrag.retrieval.index").Hit
    prov = few_laws.provision("行政手続法", "8")
    hit = hit_cls(
        law_id=prov.law_id,
        law_title=prov.law_title,
        article="8",
        paragraph=None,
        text=prov.text,
        score=1.0,
        citation=prov.citation,
    )
    assert verify_citations(_answer(), sources=[hit], corpus=few_laws).ok


@pytest.mark.parametrize("bad", ["架空法第3条", "第3条", {"article": "3"}, 42])
def test_bad_sources_raise(bad: Any, few_laws: Any) -> None:
    with pytest.raises(InputError):
        source_units([bad], corpus=few_laws)


def test_bad_arguments(few_laws: Any) -> None:
    with pytest.raises(ConfigError):
        verify_citations("行政手続法第7条", sources=[], corpus=None)  # type: ignore[arg-type]  # the wrong type is the case
    with pytest.raises(ConfigError):
        verify_citations("行政手続法第7条", sources=[], corpus=few_laws, min_overlap=2.0)
    with pytest.raises(InputError):
        verify_citations(b"x", sources=[], corpus=few_laws)  # type: ignore[arg-type]


def test_semantic_check_can_be_disabled(few_laws: Any) -> None:
    answer = (
        "行政手続法第7条は、命令等制定機関が命令等の案を公示して広く一般の意見を求める手続を定めています。"
    )
    on = verify_citations(answer, sources=[GYO], corpus=few_laws)
    off = verify_citations(answer, sources=[GYO], corpus=few_laws, semantic=False)
    assert (on.items[0].status, off.items[0].status) == ("unsupported", "valid")


# --- claim extraction ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三十日以内に", [(30, "日", "le")]),
        ("30日以内に", [(30, "日", "le")]),
        ("３０日以上", [(30, "日", "ge")]),
        ("二週間を経過", [(2, "週", None)]),
        ("三月を経過したとき", [(3, "月", None)]),
        ("六箇月以内", [(6, "月", "le")]),
        ("1か月以内", [(1, "月", "le")]),
        ("5万円以下の罰金", [(50000, "円", "le")]),
        ("十八歳未満", [(18, "歳", "lt")]),
        ("令和6年4月1日から", []),
        ("2024年に改正", []),
        ("2021年9月に発足", []),
        ("毎年4月に", []),
        ("第三十条", []),
    ],
)
def test_quantities(text: str, expected: list[tuple[int, str, str | None]]) -> None:
    assert [(q.value, q.unit, q.bound) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("審査を開始しなければならない。", {"obligation"}),
        ("審査を開始しなければなりません。", {"obligation"}),
        ("報告する義務があります。", {"obligation"}),
        ("請求することができる。", {"permission"}),
        ("請求することができます。", {"permission"}),
        ("秘密を漏らしてはならない。", {"prohibition"}),
        ("提供してはなりません。", {"prohibition"}),
        ("提供することはできません。", {"prohibition"}),
        ("公にしておくよう努めなければならない。", {"effort"}),
        ("定めるよう努めなければなりません。", {"effort"}),
        ("これは努力義務です。", {"effort"}),
        ("提起することができる処分をする場合", set()),
        ("識別することができるもの", set()),
        ("定めるものとする。", {"obligation"}),
        ("審査基準について定めています。", set()),
    ],
)
def test_modalities(text: str, expected: set[str]) -> None:
    assert modalities(text) == expected


# --- citations that share one claim (issue 12): each is checked against all their provisions ---

_STATE_LIABILITY = ("公務員が職務上故意又は過失によって違法に他人に損害を加えたときは、"
                    "国又は公共団体がこれを賠償する責任を負います")
_THREE_YEARS = _STATE_LIABILITY.replace("これを", "三年以内にこれを")


@pytest.mark.parametrize(("answer", "expected"), [
    # co-cited laws in front: the first chain's own part (「及び」) holds no claim
    (f"国家賠償法第一条及び民法第七百九条によれば、{_STATE_LIABILITY}。", ["valid", "valid"]),
    (f"国家賠償法第一条及び民法第七百九条によれば、{_THREE_YEARS}。", ["unsupported", "unsupported"]),
    # co-cited at the end: the last chain's own part (「）。」) holds no claim
    (f"{_STATE_LIABILITY}（国家賠償法第1条第1項、民法第709条）。", ["valid", "valid"]),
    (f"{_THREE_YEARS}（国家賠償法第1条第1項、民法第709条）。",
     ["unsupported", "unsupported"]),
    # the same article cited twice in front of the claim: both speak about it
    ("行政手続法第七条によれば、行政手続法7条により、行政庁は申請が到達したら二週間以内に審査を"
     "開始しなければなりません。", ["unsupported", "unsupported"]),
])
def test_citations_without_a_claim_of_their_own_share_the_next_one(few_laws: Any, answer: str,
                                                                    expected: list[str]) -> None:
    report = verify_citations(answer, sources=["国家賠償法第一条", "民法第七百九条", GYO], corpus=few_laws)
    assert [i.status for i in report.items] == expected
