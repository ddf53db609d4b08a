"""The groundedness set's citation check: each sentence cites every source it relies on (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from govrag.eval.guards import GroundednessItem, _cited, evaluate_citations
from tests.conftest import EGOV_XML

GYO, KOKUBAI, MINPO = "405AC0000000088", "322AC0000000125", "129AC0000000089"


@pytest.fixture(scope="module")
def corpus() -> Any:
    from govrag.corpus import Corpus, load_law

    laws = [load_law(sorted(EGOV_XML.glob(f"{i}_*.xml"))[-1]) for i in (GYO, KOKUBAI, MINPO)]
    return Corpus.from_laws(laws)


def _item(sentence: str, sources: tuple[tuple[str, str, int | None], ...],
          label: str = "supported") -> GroundednessItem:
    kind = "paraphrase" if label == "supported" else "number"
    return GroundednessItem("t", sentence, sources, label, kind)  # type: ignore[arg-type]


_LIABILITY = "公務員が職務上違法に他人に損害を加えたときは、国又は公共団体が賠償する責任を負います。"


@pytest.mark.parametrize(("sentence", "sources", "cited"), [
    (_LIABILITY, ((KOKUBAI, "1", 1), (MINPO, "709", None)),
     f"国家賠償法第一条第一項及び民法第七百九条によれば、{_LIABILITY}"),
    ("行政庁は審査を開始します。", ((GYO, "7", None), (GYO, "8", None)),
     "行政手続法第七条及び第八条によれば、行政庁は審査を開始します。"),
    # a sentence that cites its source already is left as it is
    ("行政手続法7条により、行政庁は審査を開始します。", ((GYO, "7", None),),
     "行政手続法7条により、行政庁は審査を開始します。"),
])
def test_every_source_is_cited(corpus: Any, sentence: str, sources: Any, cited: str) -> None:
    assert _cited(_item(sentence, sources), corpus) == cited


def test_a_sentence_is_as_bad_as_its_worst_citation(corpus: Any) -> None:
    two = ((KOKUBAI, "1", None), (MINPO, "709", None))
    items = [_item(_LIABILITY, two),
             _item(_LIABILITY.replace("賠償する", "三年以内に賠償する"), two, "unsupported")]
    m = evaluate_citations(items, corpus)
    assert m.valid == (1, 1) and m.unsupported == (1, 1)
