"""The fast content-lemma path (MeCab nodes classified by feature string) gives exactly the
reference output (built from :class:`Token` objects) on real statute text and edge cases."""

from __future__ import annotations

import pytest

from govrag.text.normalization import normalize
from govrag.text.tokenizer import _content_lemmas_of_tokens, content_lemmas, default_tokenizer
from tests.conftest import EGOV_XML


def _reference(text: str) -> list[str]:
    return _content_lemmas_of_tokens(default_tokenizer().iter_tokens(normalize(text)))


@pytest.mark.parametrize(
    "text",
    [
        "第二百五十二条の十九に規定するＤＸ推進",
        "三十日以内に審査を開始しなければならない。",
        "一 二 三",  # numerals split by white space are separate runs
        "令和五年四月一日から施行する。",
        "グーグルとＡＰＩサービスのｘｙｚ１２３",  # loanwords, latin, unknown words
        "",
        "　\n",
    ],
)
def test_fast_path_equals_reference(text: str) -> None:
    assert content_lemmas(text) == _reference(text)


def test_fast_path_equals_reference_on_a_real_law() -> None:
    from govrag.corpus import load_law

    law = load_law(next(EGOV_XML.glob("405AC0000000088_*.xml")))
    texts = [p.text for p in law.provisions if p.paragraph is None and p.text][:60]
    assert len(texts) == 60
    assert [content_lemmas(t) for t in texts] == [_reference(t) for t in texts]
