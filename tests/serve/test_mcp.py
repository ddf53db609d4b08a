"""``govrag mcp`` over stdio, driven by the official MCP SDK client (the server is a subprocess) on
real e-Gov statutes: 行政手続法, 国家賠償法 and 行政代執行法 from ../shared/corpora/egov-xml."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EGOV_XML

LAW_IDS = ("405AC0000000088", "322AC0000000125", "323AC0000000043")
TOOLS = {"search_statutes", "get_provision", "verify_citations", "check_answer", "scan_pii", "redact",
         "classify"}
# Personal values planted in DLP inputs: none may appear anywhere in a response.
NAME, PHONE, MY_NUMBER = "山田太郎", "090-1234-5678", "123456789018"
PII_TEXT = f"申請者{NAME}（電話{PHONE}、個人番号{MY_NUMBER}）から開示請求があった。"


def govrag_command(*args: str) -> list[str]:
    """``govrag ARGS`` with this interpreter (the console script may not be installed)."""
    return [sys.executable, "-c", "import sys; from govrag.cli import main; sys.exit(main())", *args]


@pytest.fixture(scope="module")
def laws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of real statute files (links into the shared corpus, nothing copied)."""
    folder = tmp_path_factory.mktemp("laws")
    for law_id in LAW_IDS:
        src = next(EGOV_XML.glob(f"{law_id}_*.xml"))
        (folder / src.name).symlink_to(src)
    return folder


@pytest.fixture(scope="module")
def index_dir(laws: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A BM25-only index of the three laws, as `govrag index build --embedder none` writes it."""
    from govrag.corpus import Corpus
    from govrag.retrieval import StatuteIndex

    path = tmp_path_factory.mktemp("index") / "idx"
    StatuteIndex.build(Corpus.from_path(laws), path=path, embedder=None, progress=False).close()
    return path


class McpSession:
    """One SDK client connected to a spawned ``govrag mcp``, usable from synchronous tests: a
    single task owns the connection (anyio scopes must open and close in one task) and runs
    the requests it is sent."""

    def __init__(self, args: list[str]) -> None:
        from mcp import Client, StdioServerParameters

        params = StdioServerParameters(command=args[0], args=args[1:], env=dict(os.environ))
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._queue: asyncio.Queue[Any] | None = None
        ready: asyncio.Future[None] = self._loop.create_future()

        async def owner() -> None:
            self._queue = asyncio.Queue()
            async with AsyncExitStack() as stack:
                try:
                    self.client = await stack.enter_async_context(Client(params, read_timeout_seconds=120))
                except BaseException as exc:
                    ready.set_exception(exc)
                    return
                ready.set_result(None)
                while (job := await self._queue.get()) is not None:
                    make, done = job
                    try:
                        done.set_result(await make(self.client))
                    except Exception as exc:  # handed to the waiting test
                        done.set_exception(exc)

        self._task = asyncio.run_coroutine_threadsafe(owner(), self._loop)
        asyncio.run_coroutine_threadsafe(asyncio.wait_for(asyncio.shield(ready), 180), self._loop).result()

    def run(self, make: Callable[[Any], Awaitable[Any]]) -> Any:
        async def submit() -> Any:
            done: asyncio.Future[Any] = self._loop.create_future()
            assert self._queue is not None
            await self._queue.put((make, done))
            return await done

        return asyncio.run_coroutine_threadsafe(submit(), self._loop).result(timeout=300)

    def call(self, tool: str, arguments: dict[str, Any]) -> Any:
        return self.run(lambda c: c.call_tool(tool, arguments))

    def close(self) -> None:
        async def stop() -> None:
            assert self._queue is not None
            await self._queue.put(None)

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(timeout=30)
        self._task.result(timeout=60)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=30)


@pytest.fixture(scope="module")
def mcp(laws: Path, index_dir: Path) -> Iterator[McpSession]:
    session = McpSession(govrag_command("mcp", "--corpus", str(laws), "--index", str(index_dir)))
    yield session
    session.close()


def _ok(result: Any) -> dict[str, Any]:
    assert not result.is_error, result.content
    data: dict[str, Any] = result.structured_content
    return data


def _error_text(result: Any) -> str:
    assert result.is_error, result.structured_content
    return " ".join(getattr(block, "text", "") for block in result.content)


# -- discovery ----------------------------------------------------------------------------------

def test_tools_and_resources_are_listed(mcp: McpSession) -> None:
    tools = mcp.run(lambda c: c.list_tools()).tools
    assert {t.name for t in tools} == TOOLS
    schemas = {t.name: t.input_schema for t in tools}
    assert schemas["search_statutes"]["required"] == ["query"]
    assert set(schemas["get_provision"]["properties"]) == {"reference", "law", "article", "paragraph", "item"}
    assert all(t.annotations.read_only_hint for t in tools)
    resources = mcp.run(lambda c: c.list_resources()).resources
    templates = mcp.run(lambda c: c.list_resource_templates()).resource_templates
    assert [str(r.uri) for r in resources] == ["law://laws"]
    assert {t.uri_template for t in templates} == {"law://{law_id}", "law://{law_id}/{article}"}


# -- tools on the real statutes ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("arguments", "expected", "rank_one", "all_from"),
    [
        ({"query": "申請の書類に形式上の不備があるとき行政庁は何をするか", "k": 3},
         "行政手続法第七条", True, None),
        ({"query": "公務員が職務中に違法に損害を与えたときの賠償責任"}, "国家賠償法第一条", True, None),
        ({"query": "義務を履行しないときの代執行の要件", "laws": ["行政代執行法"]},
         "行政代執行法第二条", False, "323AC0000000043"),
    ],
)
def test_search_statutes(mcp: McpSession, arguments: dict[str, Any], expected: str, rank_one: bool,
                         all_from: str | None) -> None:
    hits = _ok(mcp.call("search_statutes", arguments))["hits"]
    citations = [h["citation"] for h in hits]
    assert (citations[0] == expected) if rank_one else (expected in citations), citations
    assert len(hits) == arguments.get("k", 5) and [h["rank"] for h in hits] == list(range(1, len(hits) + 1))
    assert all(h["text"] and h["uri"] == f"law://{h['law_id']}/{h['article']}" for h in hits)
    if all_from:
        assert {h["law_id"] for h in hits} == {all_from}


@pytest.mark.parametrize(
    ("arguments", "citation", "snippet"),
    [
        ({"reference": "国家賠償法第一条第一項"}, "国家賠償法第一条第一項", "公権力の行使"),
        ({"reference": "行政手続法7条"}, "行政手続法第七条", "遅滞なく当該申請の審査を開始"),
        ({"law": "行政代執行法", "article": "第二条"}, "行政代執行法第二条", "義務者がこれを履行しない"),
        ({"law": "405AC0000000088", "article": "7", "paragraph": 1}, "行政手続法第七条", "審査"),
    ],
)
def test_get_provision(mcp: McpSession, arguments: dict[str, Any], citation: str, snippet: str) -> None:
    prov = _ok(mcp.call("get_provision", arguments))
    assert prov["citation"].startswith(citation) and snippet in prov["text"]


@pytest.mark.parametrize(
    ("tool", "arguments", "message"),
    [
        ("get_provision", {"reference": "行政手続法第九百条"}, "does not exist"),
        ("get_provision", {"reference": "民法第七百九条"}, "not a statute reference to a law of this corpus"),
        ("get_provision", {"law": "存在しない法律", "article": "1"}, "unknown law"),
        ("get_provision", {}, "reference="),
        ("search_statutes", {"query": "   "}, "empty"),
        ("search_statutes", {"query": "代執行", "k": 0}, "between 1 and 50"),
        ("check_answer", {"answer": "行政手続法第七条による。"}, "sources= "),
    ],
)
def test_bad_arguments_are_tool_errors_with_a_reason(mcp: McpSession, tool: str, arguments: dict[str, Any],
                                                     message: str) -> None:
    text = _error_text(mcp.call(tool, arguments))
    assert message in text and ("InputError" in text or "ConfigError" in text)


@pytest.mark.parametrize(
    ("answer", "sources", "statuses"),
    [
        ("行政手続法第七条により、行政庁は遅滞なく申請の審査を開始しなければならない。", None, ["valid"]),
        ("行政手続法第九百条により審査する。", None, ["nonexistent"]),
        ("国家賠償法第一条により国が賠償する。", ["行政手続法第七条"], ["not_in_sources"]),
    ],
)
def test_verify_citations(mcp: McpSession, answer: str, sources: list[str] | None,
                          statuses: list[str]) -> None:
    args: dict[str, Any] = {"answer": answer} | ({"sources": sources} if sources is not None else {})
    report = _ok(mcp.call("verify_citations", args))
    assert [i["status"] for i in report["items"]] == statuses
    assert report["ok"] is (statuses == ["valid"])


@pytest.mark.parametrize(
    ("arguments", "grounded"),
    [
        ({"answer": "国家賠償法第一条により、国又は公共団体が、これを賠償する責に任ずる。",
          "sources": ["国家賠償法第一条"]}, True),
        ({"answer": "行政手続法第七条により、行政庁は三十日以内に審査を開始すればよい。",
          "sources": ["行政手続法第七条"]}, False),
        ({"answer": "行政庁は、申請が事務所に到達したときは遅滞なく審査を開始しなければならない。",
          "query": "申請が届いたら審査はいつ始めるか"}, True),
    ],
)
def test_check_answer_groundedness(mcp: McpSession, arguments: dict[str, Any], grounded: bool) -> None:
    out = _ok(mcp.call("check_answer", arguments))
    assert out["grounded"] is grounded, out["explanation"]
    assert out["sources"] and out["sentences"]
    assert any(not s["supported"] for s in out["sentences"]) is (not grounded)


def test_dlp_tools_return_types_and_offsets_never_values(mcp: McpSession) -> None:
    scan = _ok(mcp.call("scan_pii", {"text": PII_TEXT}))
    redact = _ok(mcp.call("redact", {"text": PII_TEXT}))
    classify = _ok(mcp.call("classify", {"text": PII_TEXT}))
    types = {f["entity_type"] for f in scan["findings"]}
    assert {"PERSON", "PHONE_NUMBER", "JP_MY_NUMBER"} <= types
    for f in scan["findings"]:
        assert PII_TEXT[f["start"]:f["end"]] in (NAME, PHONE, MY_NUMBER)
    assert NAME not in redact["text"]
    assert "<PERSON_1>" in redact["text"] and "<JP_MY_NUMBER_1>" in redact["text"]
    assert set(redact["placeholders"]) >= {"<PERSON_1>", "<PHONE_NUMBER_1>", "<JP_MY_NUMBER_1>"}
    assert classify["level"] == 2 and "JP_MY_NUMBER" in classify["types"]
    for result in (scan, redact, classify):
        dumped = json.dumps(result, ensure_ascii=False)
        assert not any(v in dumped for v in (NAME, PHONE, MY_NUMBER)), dumped


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("【極秘】来年度予算案の査定方針について", 3),
        (f"連絡先は{PHONE}です。", 2),
        ("行政手続法第七条の審査開始義務について教えてください。", 1),
    ],
)
def test_classify_levels(mcp: McpSession, text: str, level: int) -> None:
    assert _ok(mcp.call("classify", {"text": text}))["level"] == level


# -- resources -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("law://405AC0000000088/7", "第七条（申請に対する審査、応答）"),
        ("law://322AC0000000125", "国家賠償法（昭和二十二年法律第百二十五号）"),
        ("law://323AC0000000043/2", "第二条"),
    ],
)
def test_law_resources(mcp: McpSession, uri: str, expected: str) -> None:
    contents = mcp.run(lambda c: c.read_resource(uri)).contents
    assert contents[0].text.startswith(expected) or expected in contents[0].text


def test_law_index_resource_lists_the_corpus(mcp: McpSession) -> None:
    laws = json.loads(mcp.run(lambda c: c.read_resource("law://laws")).contents[0].text)
    assert sorted(law["law_id"] for law in laws) == sorted(LAW_IDS)
    assert {law["title"] for law in laws} == {"行政手続法", "国家賠償法", "行政代執行法"}


def test_unknown_law_resource_is_an_error(mcp: McpSession) -> None:
    from mcp import MCPError

    with pytest.raises(MCPError, match="unknown law"):
        mcp.run(lambda c: c.read_resource("law://999AC0000000999"))


# -- command line --------------------------------------------------------------------------------

def test_without_an_index_the_server_builds_one_on_first_search(laws: Path) -> None:
    session = McpSession(govrag_command("mcp", "--corpus", str(laws)))
    try:
        hits = _ok(session.call("search_statutes", {"query": "損害賠償の責任と公務員の故意又は過失", "k": 2}))
        assert hits["hits"][0]["law_id"] == "322AC0000000125"
    finally:
        session.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--corpus", "/nonexistent/laws"], "nonexistent"),
        (["--corpus", str(EGOV_XML / "index.csv")], "not a statute"),  # a named non-statute file
    ],
)
def test_bad_corpus_exits_2_with_a_message(args: list[str], message: str) -> None:
    proc = subprocess.run(govrag_command("mcp", *args), capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr and "Traceback" not in proc.stderr


def test_missing_sdk_is_a_config_error_naming_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from govrag.corpus import Corpus
    from govrag.errors import ConfigError
    from govrag.serve.mcp import StatuteTools, build_server

    monkeypatch.setitem(sys.modules, "mcp.server.mcpserver", None)
    with pytest.raises(ConfigError, match=r'pip install "govrag\[serve\]"'):
        build_server(StatuteTools(Corpus.from_laws([])))
