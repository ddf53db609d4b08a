"""Users bring their own vocabulary (issue 11 §4): merged with or replacing the packaged thesaurus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from govrag import Corpus, StatuteIndex
from govrag.errors import ConfigError
from govrag.retrieval.thesaurus import Thesaurus, default_thesaurus, default_vocabulary, resolve_thesaurus

from ..conftest import linked_corpus

LAWS = ["322AC0000000125_19471027_000000000000000.xml",  # 国家賠償法
        "405AC0000000088_20240926_506AC0000000065.xml"]  # 行政手続法
#: an office's own jargon, nowhere in the statutes nor in the packaged thesaurus
JARGON = "ぽんこつ案件"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return linked_corpus(tmp_path_factory, LAWS)


@pytest.fixture(scope="module")
def index(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> Iterator[StatuteIndex]:
    path = tmp_path_factory.mktemp("idx")
    StatuteIndex.build(corpus, path=path, embedder=None, progress=False).close()
    own = tmp_path_factory.mktemp("voc") / "office.tsv"
    own.write_text(f"# office jargon\n{JARGON}\t公権力 公務員 損害 賠償\n", encoding="utf-8")
    with StatuteIndex.open(path=path, embedder=None, thesaurus=own) as idx:
        yield idx


def test_the_users_vocabulary_reaches_the_statute(index: StatuteIndex) -> None:
    assert JARGON not in "".join(default_thesaurus().expansions(JARGON))
    top = index.search(f"{JARGON}で市民に迷惑をかけた", k=3)
    assert top and (top[0].law_id, top[0].article) == ("322AC0000000125", "1")


def test_merge_keeps_the_packaged_entries_and_replace_drops_them(tmp_path: Path) -> None:
    own = Thesaurus.from_lines([f"{JARGON}\t損害"])
    packaged = default_thesaurus()
    phrase = next(iter(packaged._entries))
    assert resolve_thesaurus(own, lay_terms=False).expansions(phrase) == packaged.expansions(phrase)
    # by default the packaged lay glossary (round 7) is merged in too
    assert resolve_thesaurus(own).expansions(phrase) == default_vocabulary().expansions(phrase)
    assert resolve_thesaurus(own, mode="replace").expansions(phrase) == []
    assert resolve_thesaurus(own, mode="replace").expansions(JARGON) == ["損害"]


@pytest.mark.parametrize(("content", "match"), [
    ("no tab here\n", "bad thesaurus line 1"),
    (b"\xff\xfe\x00binary", "cannot read thesaurus"),
])
def test_a_bad_thesaurus_file_is_a_config_error(tmp_path: Path, content: str | bytes, match: str) -> None:
    path = tmp_path / "bad.tsv"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=match):
        resolve_thesaurus(path)
    with pytest.raises(ConfigError, match="'merge' or 'replace'"):
        resolve_thesaurus(None, mode="append")  # type: ignore[arg-type]
