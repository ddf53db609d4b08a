"""The offline extractive provider on real statute text: relevant, verbatim, verifiable."""

from __future__ import annotations

import re

import pytest

from govrag import __version__
from govrag.corpus.model import Law, Provision
from govrag.errors import ConfigError
from govrag.providers import build_messages, get_provider
from govrag.providers.extractive import ExtractiveProvider

QUOTED_LINE = re.compile(r"^(?:\d+　)?(?P<cit>\S+?)(?:は、|：)「(?P<quote>.+)」(?:と定めています。)?$")

CASES = [
    # (question, retrieved citations, citation that must be quoted, phrase the quotes must contain)
    ("申請書に不備があったら役所はどうしないといけない？",
     ["行政手続法第五条", "行政手続法第七条", "行政手続法第六条"], "行政手続法第七条", "補正を求め"),
    ("審査基準は公にしなければならないか",
     ["行政手続法第七条第一項", "行政手続法第五条第一項", "行政手続法第五条第三項"], "行政手続法第五条第三項",
     "審査基準を公にしておかなければならない"),
    ("不利益処分をするときに理由を示す必要はあるか",
     ["行政手続法第八条", "行政手続法第十四条"], "行政手続法第十四条", "理由を示さなければならない"),
    ("行政文書ファイルの保存期間が満了したらどうなる？",
     ["公文書等の管理に関する法律第五条", "公文書等の管理に関する法律第八条"],
     "公文書等の管理に関する法律第八条", "移管し、又は廃棄しなければならない"),
    ("標準処理期間を定める努力義務はあるか",
     ["行政手続法第七条", "行政手続法第六条"], "行政手続法第六条", "定めるよう努める"),
]


@pytest.fixture(scope="module")
def extractive() -> ExtractiveProvider:
    provider = get_provider("extractive")
    assert isinstance(provider, ExtractiveProvider)
    return provider


def _quoted(text: str) -> list[tuple[str, str]]:
    out = []
    for line in text.splitlines():
        m = QUOTED_LINE.match(line)
        if m and "「" in line:
            out.append((m.group("cit"), m.group("quote")))
    return out


@pytest.mark.parametrize(("question", "cited", "expected", "phrase"), CASES)
@pytest.mark.parametrize("task", ["qa", "drafting"])
def test_quotes_are_verbatim_relevant_and_cited(
    extractive: ExtractiveProvider, provisions: dict[str, Provision], question: str, cited: list[str],
    expected: str, phrase: str, task: str,
) -> None:
    sources = [provisions[c] for c in cited]
    c = extractive.complete(build_messages(question, sources, task=task))  # type: ignore[arg-type]
    quotes = _quoted(c.text)
    assert quotes, c.text
    by_citation = {s.citation: s for s in sources}
    for citation, quote in quotes:
        assert citation in by_citation, f"{citation} is not one of the sources"
        assert quote in by_citation[citation].text, f"not verbatim from {citation}: {quote}"
    assert expected in {cit for cit, _ in quotes}
    assert any(phrase in q for cit, q in quotes if cit == expected)
    if task == "drafting":
        assert "根拠条文" in c.text
        tail = c.text.split("根拠条文", 1)[1]
        assert expected in tail


@pytest.mark.parametrize(("question", "cited", "expected", "phrase"), CASES)
def test_citations_verify_against_the_corpus(
    extractive: ExtractiveProvider, provisions: dict[str, Provision], laws: list[Law], question: str,
    cited: list[str], expected: str, phrase: str,
) -> None:
    from govrag.cite import verify_citations
    from govrag.corpus.corpus import Corpus

    sources = [provisions[c] for c in cited]
    for task in ("qa", "drafting"):
        text = extractive.complete(build_messages(question, sources, task=task)).text  # type: ignore[arg-type]
        report = verify_citations(text, sources=sources, corpus=Corpus.from_laws(laws))
        assert report.items and report.ok, [(i.citation.text, i.status, i.explanation) for i in report.items]


def test_deterministic_and_usage(extractive: ExtractiveProvider, provisions: dict[str, Provision]) -> None:
    sources = [provisions["行政手続法第五条"], provisions["行政手続法第七条"]]
    msgs = build_messages("審査基準とは何か", sources)
    a, b = extractive.complete(msgs), extractive.complete(msgs)
    assert a.text == b.text
    assert (a.model, a.model_version, a.cost_jpy) == ("extractive", __version__, 0.0)
    assert a.usage.estimated and a.usage.input_tokens > 50 and a.usage.output_tokens > 10
    assert extractive.sends_data is False and extractive.max_level == 3


@pytest.mark.parametrize("max_quotes", [1, 2, 3])
def test_max_quotes(extractive: ExtractiveProvider, provisions: dict[str, Provision],
                    max_quotes: int) -> None:
    msgs = build_messages("行政文書の保存期間と移管・廃棄", [provisions["公文書等の管理に関する法律第五条"],
                                                 provisions["公文書等の管理に関する法律第八条"]])
    # at most max_quotes: the rule, one condition, a second source only when it is as relevant
    n = len(_quoted(extractive.complete(msgs, max_quotes=max_quotes).text))
    assert 1 <= n <= max_quotes and (max_quotes > 1 or n == 1)


def test_no_sources_refuses_to_answer(extractive: ExtractiveProvider) -> None:
    for msgs in (build_messages("マイナンバーとは？", []), [{"role": "user", "content": "こんにちは"}]):
        text = extractive.complete(msgs).text
        assert "回答できません" in text and "「" not in text


@pytest.mark.parametrize("question", ["ｘｙｚ", "今日の天気はどうですか", "庁舎の駐車場は何台停められるか"])
def test_unrelated_question_says_so_and_quotes_nothing(extractive: ExtractiveProvider,
                                                       provisions: dict[str, Provision],
                                                       question: str) -> None:
    sources = [provisions["行政手続法第五条第一項"], provisions["行政手続法第七条"]]
    text = extractive.complete(build_messages(question, sources)).text
    assert "見当たりませんでした" in text
    assert "「" not in text


def test_paragraph_number_prefix_is_not_quoted(extractive: ExtractiveProvider,
                                               provisions: dict[str, Provision]) -> None:
    msgs = build_messages("審査基準を公にする方法", [provisions["行政手続法第五条"]])
    text = extractive.complete(msgs).text
    assert "「３" not in text and "「行政庁は、行政上特別の支障があるときを除き" in text


def test_stream_yields_the_same_text(extractive: ExtractiveProvider,
                                     provisions: dict[str, Provision]) -> None:
    msgs = build_messages("審査の開始", [provisions["行政手続法第七条"]])
    s = extractive.stream(msgs)
    assert "".join(s) == s.completion.text == extractive.complete(msgs).text


@pytest.mark.parametrize("kwargs", [{"base_url": "http://127.0.0.1:1/v1"}, {"api_key": "k"}])
def test_offline_takes_no_endpoint(kwargs: dict[str, str]) -> None:
    with pytest.raises(ConfigError, match="offline"):
        get_provider("extractive", **kwargs)  # type: ignore[arg-type]


def _cited(text: str) -> list[str]:
    return text.rstrip().splitlines()[-1].removeprefix("根拠条文：").split("、")


# (question, sources in rerank order with their relevance, the citations the answer must give)
SELECTION = [
    # a second source only when its relevance is within 0.9 of the best (0.8 for the same law)
    ("行政文書ファイルの保存期間はどう扱うか",
     [("公文書等の管理に関する法律第五条", 1.0), ("公文書等の管理に関する法律第八条", 0.95)],
     ["公文書等の管理に関する法律第五条", "公文書等の管理に関する法律第八条"]),
    ("行政文書ファイルの保存期間はどう扱うか",
     [("公文書等の管理に関する法律第五条", 1.0), ("公文書等の管理に関する法律第八条", 0.85)],
     ["公文書等の管理に関する法律第五条", "公文書等の管理に関する法律第八条"]),
    ("行政文書ファイルの保存期間はどう扱うか",
     [("公文書等の管理に関する法律第五条", 1.0), ("公文書等の管理に関する法律第八条", 0.75)],
     ["公文書等の管理に関する法律第五条"]),
    # another law's source at the same share is not cited; within 0.9 it is
    ("申請に対する処分の理由と行政文書の保存期間はどうなるか",
     [("公文書等の管理に関する法律第五条", 1.0), ("行政手続法第八条", 0.85)],
     ["公文書等の管理に関する法律第五条"]),
    ("申請に対する処分の理由と行政文書の保存期間はどうなるか",
     [("公文書等の管理に関する法律第五条", 1.0), ("行政手続法第八条", 0.95)],
     ["公文書等の管理に関する法律第五条", "行政手続法第八条"]),
    # three close sources: all three cited, in the prompt's order (the first's condition gives way)
    ("行政文書ファイルの保存期間はどう扱うか",
     [("公文書等の管理に関する法律第五条", 1.0), ("公文書等の管理に関する法律第八条", 0.95),
      ("公文書等の管理に関する法律第六条", 0.92)],
     ["公文書等の管理に関する法律第五条", "公文書等の管理に関する法律第八条",
      "公文書等の管理に関する法律第六条"]),
    # the first source defines the term asked about: a close source that only uses it is not cited
    ("行政手続法でいう「行政指導」とは何か",
     [("行政手続法第二条", 1.0), ("行政手続法第三十二条", 0.95)], ["行政手続法第二条"]),
]


@pytest.mark.parametrize(("question", "ranked", "expected"), SELECTION)
def test_which_sources_the_answer_cites(extractive: ExtractiveProvider,
                                        provisions: dict[str, Provision], question: str,
                                        ranked: list[tuple[str, float]], expected: list[str]) -> None:
    sources = [provisions[c] for c, _ in ranked]
    msgs = build_messages(question, sources, relevance=[r for _, r in ranked])  # type: ignore[arg-type]
    text = extractive.complete(msgs).text
    assert _cited(text) == expected, text
    quotes = _quoted(text)
    assert len(quotes) <= 3 and quotes[0][0] == expected[0]
    assert list(dict.fromkeys(c for c, _ in quotes)) == expected


@pytest.mark.parametrize(("sentence", "machinery"), [
    ("第四項及び第五項の規定は、官民データ活用推進基本計画の変更について準用する。", True),
    ("前三項に定めるもののほか、第一項又は第二項の規定による通知に関し必要な事項は、"
     "総務省令で定める。", True),
    ("この場合において、同条第五項中「前項」とあるのは「総務省令」と読み替えるものとする。", True),
    ("前項の場合において、公務員に故意又は重大な過失があつたときは、国又は公共団体は、"
     "その公務員に対して求償権を有する。", False),
    ("前項の規定により公示する命令等の案は、具体的かつ明確な内容のものでなければならない。", False),
])
def test_machinery_is_not_quoted_as_a_condition(sentence: str, machinery: bool) -> None:
    from govrag.providers.extractive import _MACHINERY

    assert bool(_MACHINERY.search(sentence)) is machinery


# (sources in rerank order with their relevance, the citations the answer gives; [] = it says that
# nothing matched). 行政手続法第八条第二項 opens with 前項: alone it holds no rule to quote.
WITHOUT_RULE = [
    ([("行政手続法第八条第二項", 1.0), ("行政手続法第十四条", 0.95)], ["行政手続法第十四条"]),
    ([("行政手続法第八条第二項", 1.0), ("行政手続法第十四条", 0.5)], []),
    ([("行政手続法第八条第二項", 1.0)], []),
    ([("行政手続法第十四条", 1.0), ("行政手続法第八条第二項", 0.95)], ["行政手続法第十四条"]),
]


@pytest.mark.parametrize(("ranked", "expected"), WITHOUT_RULE)
def test_a_source_without_its_rule_does_not_lead(extractive: ExtractiveProvider,
                                                  provisions: dict[str, Provision],
                                                  ranked: list[tuple[str, float]],
                                                  expected: list[str]) -> None:
    sources = [provisions[c] for c, _ in ranked]
    msgs = build_messages("処分の理由は書面で示さなければならないか", sources,  # type: ignore[arg-type]
                          relevance=[r for _, r in ranked])
    text = extractive.complete(msgs).text
    if not expected:  # never an answer that cites nothing under 「根拠条文」
        assert "根拠条文" not in text and "見当たりませんでした" in text, text
        return
    assert _cited(text) == expected, text
    assert all(c in expected for c, _ in _quoted(text))
