"""An MCP server (stdio) that gives an assistant govrag's statute tools.

Tools: ``search_statutes``, ``get_provision``, ``verify_citations``, ``check_answer``
(groundedness against statute sources), ``scan_pii``, ``redact`` and ``classify``. Resources:
``law://laws`` (the laws of the corpus), ``law://{law_id}`` (a law's main provisions as text) and
``law://{law_id}/{article}`` (one article). Everything runs in this process: no text leaves the
machine. DLP results carry entity types and offsets, never the detected values; ``redact``
returns the redacted text and its placeholders, never the values behind them.

Run with ``govrag mcp --corpus PATH [--index DIR]``; needs the ``serve`` extra (the ``mcp`` SDK).
:class:`StatuteTools` holds the tool logic and is usable without the SDK:

>>> from govrag.corpus import Corpus
>>> from govrag.corpus.model import Law, Provision
>>> p = Provision(law_id="405AC0000000088", law_title="行政手続法", article="7", paragraph=None, item=None,
...               caption="（申請に対する審査、応答）", text="行政庁は、申請がその事務所に到達したときは"
...               "遅滞なく当該申請の審査を開始しなければならない。")
>>> law = Law(law_id="405AC0000000088", law_num="平成五年法律第八十八号", title="行政手続法",
...           revision_id=None, provisions=(p,))
>>> tools = StatuteTools(Corpus.from_laws([law]))
>>> tools.get_provision(reference="行政手続法第七条")["citation"]
'行政手続法第七条'
>>> tools.law_index()[0]["uri"]
'law://405AC0000000088'
"""

from __future__ import annotations

import functools
import json
import os
import threading
import urllib.parse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from govrag.errors import ConfigError, GovragError, InputError

if TYPE_CHECKING:
    from mcp.server.mcpserver import MCPServer

    from govrag.corpus import Corpus
    from govrag.corpus.model import Law, Provision
    from govrag.retrieval import StatuteIndex

__all__ = ["StatuteTools", "build_server", "serve_stdio"]

_INSTALL_HINT = 'the MCP server needs the mcp SDK: pip install "govrag[serve]"'
_MAX_TEXT = 200_000  # characters accepted by a text tool (answers, documents to scan)
_F = TypeVar("_F", bound=Callable[..., Any])


def _text_arg(name: str, value: str, *, empty_ok: bool = False) -> str:
    if not isinstance(value, str):
        raise InputError(f"{name} must be a string")
    if not empty_ok and not value.strip():
        raise InputError(f"{name} is empty")
    if len(value) > _MAX_TEXT:
        raise InputError(f"{name} is too long ({len(value)} characters, limit {_MAX_TEXT})")
    return value


def _provision_dict(p: Provision) -> dict[str, Any]:
    return {"citation": p.citation, "law_id": p.law_id, "law_title": p.law_title, "article": p.article,
            "paragraph": p.paragraph, "item": p.item, "caption": p.caption, "suppl": p.suppl,
            "revision_id": p.revision_id, "text": p.text, "uri": f"law://{p.law_id}/{p.article}"}


class StatuteTools:
    """The MCP tools as plain methods over a corpus and (optionally) a search index.

    ``index``: an open :class:`~govrag.retrieval.StatuteIndex`; None builds an in-memory BM25
    index of ``corpus`` on the first search (seconds for a few laws, minutes for all of them:
    pass a prebuilt index for large corpora).
    """

    def __init__(self, corpus: Corpus, *, index: StatuteIndex | None = None) -> None:
        self.corpus = corpus
        self._index = index
        self._index_lock = threading.Lock()

    # -- retrieval ---------------------------------------------------------------------------
    def index(self) -> StatuteIndex:
        """The search index, built on first use when none was given."""
        with self._index_lock:
            if self._index is None:
                from govrag.retrieval import StatuteIndex

                self._index = StatuteIndex.build(self.corpus, embedder=None, progress=False)
            return self._index

    def close(self) -> None:
        """Close the search index (a given one too: the tools own it from here on)."""
        with self._index_lock:
            if self._index is not None:
                self._index.close()
                self._index = None

    def search_statutes(self, query: str, *, k: int = 5, laws: Sequence[str] | None = None) -> dict[str, Any]:
        """The ``k`` best provisions for a question or keywords."""
        if not 1 <= k <= 50:
            raise InputError(f"k must be between 1 and 50, not {k}")
        hits = self.index().search(_text_arg("query", query), k=k, laws=list(laws) if laws else None)
        return {"hits": [{"rank": i, "citation": h.citation, "law_id": h.law_id, "law_title": h.law_title,
                          "article": h.article, "paragraph": h.paragraph, "caption": h.caption,
                          "score": round(h.score, 6), "text": h.text, "uri": f"law://{h.law_id}/{h.article}"}
                         for i, h in enumerate(hits, 1)]}

    # -- provisions --------------------------------------------------------------------------
    def _resolve(self, reference: str) -> Provision:
        from govrag.cite import parse_citations

        ref = _text_arg("reference", reference)
        found = [c for c in parse_citations(ref, corpus=self.corpus) if c.law_id and c.article]
        if not found:
            raise InputError(f"{ref!r} is not a statute reference to a law of this corpus "
                             "(e.g. 行政手続法第七条第一項)")
        c = found[0]
        prov = self.corpus.provision(c.law_id or "", c.article or "", c.paragraph, c.item, suppl=c.suppl)
        if prov is None:
            raise InputError(f"{c.text} does not exist in {c.law_title or c.law_id} (this corpus' revision)")
        return prov

    def get_provision(self, *, reference: str = "", law: str = "", article: str = "",
                      paragraph: int | None = None, item: str | None = None) -> dict[str, Any]:
        """One provision by ``reference`` (「行政手続法第七条第一項」) or by ``law`` + ``article``
        (+ ``paragraph``, ``item``)."""
        if reference:
            return _provision_dict(self._resolve(reference))
        if not law or not article:
            raise InputError("give reference= (e.g. 行政手続法第七条) or law= and article=")
        target = self.corpus.get_law(law)
        prov = self.corpus.provision(target, article, paragraph, item)
        if prov is None:
            where = f"article {article}" + (f" paragraph {paragraph}" if paragraph else "") + \
                (f" item {item}" if item else "")
            raise InputError(f"{target.title} has no {where}")
        return _provision_dict(prov)

    # -- checks ------------------------------------------------------------------------------
    def verify_citations(self, answer: str, *, sources: Sequence[str] | None = None) -> dict[str, Any]:
        """Status of every statute citation in ``answer`` (valid, nonexistent, not_in_sources, …).
        ``sources``: citations of the provisions the answer was based on (None: skip that check)."""
        from govrag.cite import verify_citations

        report = verify_citations(_text_arg("answer", answer), corpus=self.corpus,
                                  sources=list(sources) if sources is not None else None)
        return report.to_dict()

    def check_answer(self, answer: str, *, sources: Sequence[str] | None = None,
                     query: str | None = None, k: int = 5) -> dict[str, Any]:
        """Groundedness of ``answer`` against statute ``sources`` (references such as
        「行政手続法第七条」), or against the top ``k`` provisions retrieved for ``query``; plus the
        status of each citation in the answer."""
        from govrag.cite import verify_citations
        from govrag.guard import GroundednessGuard

        text = _text_arg("answer", answer)
        if sources:
            provs: list[Any] = [self._resolve(s) for s in sources]
        elif query:
            provs = list(self.index().search(_text_arg("query", query), k=k))
        else:
            raise InputError("check_answer needs sources= (statute references) or query= to retrieve them")
        guard = GroundednessGuard()
        verdict = guard.validate(text, sources=provs)
        sentences = guard.sentences(text, sources=provs)
        report = verify_citations(text, corpus=self.corpus, sources=provs)
        return {
            "grounded": verdict.passed, "risk": round(verdict.score, 4), "explanation": verdict.explanation,
            "sentences": [{"start": s.start, "end": s.end, "supported": s.supported, "reason": s.reason,
                           "lemma_overlap": s.lemma_overlap, "ngram_overlap": s.ngram_overlap}
                          for s in sentences],
            "sources": [p.citation for p in provs],
            "citations": {"ok": report.ok, "counts": dict(report.counts),
                          "items": [{"text": i.citation.text, "start": i.citation.start,
                                     "end": i.citation.end, "status": i.status,
                                     "explanation": i.explanation} for i in report.items]},
        }

    # -- DLP (types and offsets only) --------------------------------------------------------
    def scan_pii(self, text: str) -> dict[str, Any]:
        """Personal data found in ``text``: entity type, offsets, score, recognizer — no values."""
        from govrag import dlp

        findings = dlp.scan(_text_arg("text", text))
        return {"count": len(findings),
                "findings": [{"entity_type": f.entity_type, "start": f.start, "end": f.end,
                              "score": round(f.score, 4), "recognizer": f.recognizer} for f in findings]}

    def redact(self, text: str) -> dict[str, Any]:
        """``text`` with personal data replaced by ``<TYPE_n>`` placeholders. The values behind
        the placeholders are not returned (they stay with the caller's original text)."""
        from govrag import dlp

        red = dlp.redact(_text_arg("text", text))
        return {"text": red.text, "placeholders": sorted(red.mapping),
                "findings": [{"entity_type": f.entity_type, "start": f.start, "end": f.end}
                             for f in red.findings]}

    def classify(self, text: str) -> dict[str, Any]:
        """機密性 level (1 public, 2 personal/limited, 3 秘密文書相当) with its evidence."""
        from govrag import dlp

        c = dlp.classify(_text_arg("text", text))
        return {"level": c.level, "types": list(c.types),
                "reasons": [{"kind": r.kind, "type": r.type, "start": r.start, "end": r.end, "level": r.level}
                            for r in c.reasons]}

    # -- resources ---------------------------------------------------------------------------
    def law_index(self) -> list[dict[str, Any]]:
        """Every law of the corpus: id, title, number, revision and its resource URI."""
        return [{"law_id": law.law_id, "title": law.title, "law_num": law.law_num,
                 "revision_id": law.revision_id, "articles": len(law.main_articles),
                 "uri": f"law://{law.law_id}"} for law in self.corpus.laws]

    def _law(self, law_id: str) -> Law:
        return self.corpus.get_law(urllib.parse.unquote(law_id))

    def law_text(self, law_id: str) -> str:
        """A law's main provisions as plain text (title, number, then each article)."""
        law = self._law(law_id)
        parts = [f"{law.title}（{law.law_num}）"]
        parts.extend(_article_text(p) for p in law.main_articles)
        return "\n\n".join(parts) + "\n"

    def article_text(self, law_id: str, article: str) -> str:
        """One article of a law as plain text."""
        law = self._law(law_id)
        prov = self.corpus.provision(law, urllib.parse.unquote(article))
        if prov is None:
            raise InputError(f"{law.title} has no article {article!r}")
        return _article_text(prov) + "\n"


def _article_text(p: Provision) -> str:
    from govrag.text.numerals import article_label

    head = (article_label(p.article) if p.article else "") + (p.caption or "")
    return f"{head}\n{p.text}" if head else p.text


def _reported_as(error: type[Exception], fn: _F) -> _F:
    """``fn`` with govrag's typed errors re-raised as ``error`` carrying their type and message."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except GovragError as exc:
            raise error(f"{type(exc).__name__}: {exc}") from None

    return wrapper  # type: ignore[return-value]


def _tool_errors(fn: _F) -> _F:
    """Report govrag's typed errors to the client as tool errors with their message (the SDK
    would otherwise hide them behind a generic "Error executing tool")."""
    from mcp.server.mcpserver.exceptions import ToolError

    return _reported_as(ToolError, fn)


def build_server(tools: StatuteTools, *, name: str = "govrag") -> MCPServer:
    """An :class:`mcp.server.mcpserver.MCPServer` exposing ``tools`` and the law resources."""
    try:
        from mcp.server.mcpserver import MCPServer
        from mcp.server.mcpserver.exceptions import ResourceError
    except ImportError:
        raise ConfigError(_INSTALL_HINT) from None

    server: MCPServer = MCPServer(
        name, instructions="Japanese statute tools: search provisions, fetch their text, verify statute "
                           "citations and the groundedness of answers, and find, redact or classify "
                           "personal data (types and offsets only).", log_level="WARNING")
    _register_tools(server, tools)

    def resource(fn: Callable[..., str]) -> Callable[..., str]:
        return _reported_as(ResourceError, fn)

    @server.resource("law://laws", name="laws", mime_type="application/json",
                     description="The laws of this corpus (id, title, number, revision, URI).")
    def laws() -> str:
        return json.dumps(tools.law_index(), ensure_ascii=False)

    @server.resource("law://{law_id}", name="law", mime_type="text/plain",
                     description="A law's main provisions as text (law id, title or abbreviation).")
    @resource
    def law(law_id: str) -> str:
        return tools.law_text(law_id)

    @server.resource("law://{law_id}/{article}", name="article", mime_type="text/plain",
                     description="One article of a law (article key: 7, 2_2 for 第二条の二).")
    @resource
    def article(law_id: str, article: str) -> str:
        return tools.article_text(law_id, article)

    return server


def _register_tools(server: MCPServer, tools: StatuteTools) -> None:
    from mcp.types import ToolAnnotations

    ro = ToolAnnotations(read_only_hint=True, open_world_hint=False)

    @server.tool(annotations=ro)
    @_tool_errors
    def search_statutes(query: str, k: int = 5, laws: list[str] | None = None) -> dict[str, Any]:
        """Search Japanese statutes for a question or keywords (e.g. 申請書に不備があった場合).
        Returns the k best provisions with citation, text and score; `laws` restricts the search
        to laws given by title, abbreviation or law id."""
        return tools.search_statutes(query, k=k, laws=laws)

    @server.tool(annotations=ro)
    @_tool_errors
    def get_provision(reference: str = "", law: str = "", article: str = "", paragraph: int | None = None,
                      item: str | None = None) -> dict[str, Any]:
        """The text of one provision, by `reference` such as 行政手続法第七条第一項, or by `law`
        (title, abbreviation or id) and `article` (7, 第七条, 2_2), optionally `paragraph` and `item`."""
        return tools.get_provision(reference=reference, law=law, article=article, paragraph=paragraph,
                                   item=item)

    @server.tool(annotations=ro)
    @_tool_errors
    def verify_citations(answer: str, sources: list[str] | None = None) -> dict[str, Any]:
        """Check every statute citation in `answer`: valid, nonexistent, not_in_sources, misquoted,
        unsupported or unresolved, with an explanation. `sources`: citations of the provisions the
        answer was based on (omit to skip the not_in_sources check)."""
        return tools.verify_citations(answer, sources=sources)

    @server.tool(annotations=ro)
    @_tool_errors
    def check_answer(answer: str, sources: list[str] | None = None, query: str | None = None,
                     k: int = 5) -> dict[str, Any]:
        """Is `answer` grounded in the statutes? Compares each claim sentence with `sources`
        (statute references) or with the top `k` provisions retrieved for `query`; reports
        unsupported sentences (offsets and reason) and the status of each citation."""
        return tools.check_answer(answer, sources=sources, query=query, k=k)

    @server.tool(annotations=ro)
    @_tool_errors
    def scan_pii(text: str) -> dict[str, Any]:
        """Find Japanese personal data (names, My Number, phone, address, …) in `text`. Returns
        entity types and character offsets only, never the values."""
        return tools.scan_pii(text)

    @server.tool(annotations=ro)
    @_tool_errors
    def redact(text: str) -> dict[str, Any]:
        """Replace personal data in `text` with placeholders such as <PERSON_1>. Returns the
        redacted text, the placeholders and the types/offsets of what was replaced."""
        return tools.redact(text)

    @server.tool(annotations=ro)
    @_tool_errors
    def classify(text: str) -> dict[str, Any]:
        """機密性 classification of `text` (1 public, 2 personal or limited, 3 秘密文書相当) with the
        markings and personal-data types that decided it."""
        return tools.classify(text)


def serve_stdio(corpus_paths: Sequence[str | os.PathLike[str]], *, index: str | os.PathLike[str] | None = None
                ) -> None:
    """Load the corpus (and open ``index``), then serve MCP over stdin/stdout until EOF."""
    from govrag.corpus import Corpus

    corpus = Corpus.from_paths(corpus_paths)
    if not corpus.laws:
        raise ConfigError(f"no statutes found in {', '.join(map(str, corpus_paths))}")
    opened = None
    if index is not None:
        from govrag.retrieval import StatuteIndex

        opened = StatuteIndex.open(path=os.fspath(index))
    tools = StatuteTools(corpus, index=opened)
    try:
        build_server(tools).run("stdio")
    finally:
        tools.close()
