"""Fail closed on arbitrary input: every file either parses or raises CorpusError — never another
exception (the folder loader relies on this to record bad files instead of crashing)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govrag.corpus import Law, parse_law_bytes
from govrag.corpus.plaintext import parse_plaintext
from govrag.errors import CorpusError
from tests.conftest import EGOV_TEXT, EGOV_XML

GYOTE_BYTES = (EGOV_XML / "405AC0000000088_20240926_506AC0000000065.xml").read_bytes()
TEXT_BYTES = next(EGOV_TEXT.glob("406CO0000000265_*.md")).read_bytes()
NAME = "405AC0000000088_20240926_506AC0000000065.xml"
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _parses_or_corpus_error(data: bytes, source: str) -> None:
    try:
        law = parse_law_bytes(data, source=source)
    except CorpusError as exc:
        assert exc.path == source
        return
    assert isinstance(law, Law) and law.provisions


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    _parses_or_corpus_error(data, NAME)


@SETTINGS
@given(st.integers(min_value=0, max_value=len(GYOTE_BYTES)))
def test_truncated_real_xml(cut: int) -> None:
    _parses_or_corpus_error(GYOTE_BYTES[:cut], NAME)


@SETTINGS
@given(st.integers(min_value=0, max_value=len(GYOTE_BYTES) - 1), st.binary(min_size=1, max_size=8))
def test_corrupted_real_xml(at: int, junk: bytes) -> None:
    _parses_or_corpus_error(GYOTE_BYTES[:at] + junk + GYOTE_BYTES[at + len(junk):], NAME)


@SETTINGS
@given(st.integers(min_value=0, max_value=len(TEXT_BYTES)), st.text(max_size=40))
def test_edited_real_text(at: int, insert: str) -> None:
    data = TEXT_BYTES[:at] + insert.encode("utf-8", "surrogatepass") + TEXT_BYTES[at:]
    _parses_or_corpus_error(data, "406CO0000000265_20250401_507CO0000000140.md")


@SETTINGS
@given(st.lists(st.sampled_from([
    "# 行政手続法", "平成五年法律第八十八号", "第一条 本文。", "第二条 本文。", "２ 第二項。", "② 第二項。",
    "一 第一号", "一の二 枝番", "イ 細目", "（１） 細目", "附 則", "附 則 （平成一〇年政令第一号） 抄",
    "（見出し）", "第一章 総則", "目次", "a | b | c", "---|---", "第三条から第五条まで 削除", "",
    "本文の続き。"]), max_size=30))
def test_line_soup(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        law = parse_plaintext(text, source="405AC0000000088_20240926_506AC0000000065.md")
    except CorpusError:
        return
    keys = [p.key for p in law.provisions]
    assert len(keys) == len(set(keys))
