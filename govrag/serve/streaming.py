"""Streamed chat completions: SSE chunks restored on the fly (split placeholders held back), the
audit row written before the final chunk (the usage row after it), an error event instead of
``[DONE]`` on failure.

The first upstream delta is fetched before the HTTP status is sent, so an unreachable or failing
upstream is an ordinary OpenAI error (502/504), not a broken stream.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from govrag.errors import AuditError
from govrag.serve.outcome import Outcome, error_outcome
from govrag.serve.restore import StreamRestorer
from govrag.serve.screen import Screened
from govrag.serve.wire import ChatRequest, chunk_event, new_completion_id, sse

if TYPE_CHECKING:
    from govrag.serve.config import RouteConfig
    from govrag.serve.runstate import Run

__all__ = ["ContentChunks", "start_stream"]

_RAG_CHUNK_CHARS = 24


def start_stream(gw: Any, run: Run, route: RouteConfig, req: ChatRequest, screened: Screened) -> Outcome:
    """Open the upstream stream (or run the RAG pipeline) and return the SSE outcome."""
    if route.rag:
        answer = gw.rag().answer(gw, run, route, req, screened)
        step = _RAG_CHUNK_CHARS
        pieces: Iterable[str] = (answer[i:i + step] for i in range(0, len(answer), step))
        events = _events(gw, run, route, req, pieces, restore=None, upstream=None)
        return Outcome(status=200, headers=run.headers(), stream=events)
    started = time.perf_counter()
    provider = gw.providers[route.name]
    options = gw.options_for(route, req)
    if getattr(provider, "sends_data", True):
        options["stream_options"] = {"include_usage": True}  # real token counts for usage and yen
    upstream = provider.stream(list(screened.messages), level=screened.level, **options)
    it = iter(upstream)
    first: list[str] = []
    try:
        first.append(next(it))
    except StopIteration:
        pass
    except BaseException:
        upstream.close()
        raise
    run.upstream_ms = (time.perf_counter() - started) * 1000
    events = _events(gw, run, route, req, itertools.chain(first, it), restore=screened, upstream=upstream)
    return Outcome(status=200, headers=run.headers(), stream=events)


class ContentChunks:
    """SSE bytes of content-only chunks: the JSON around the text is encoded once per stream,
    each chunk encodes only its text (the same bytes as ``sse(chunk_event(...))``).

    >>> enc = ContentChunks(id="c1", model="chat", created=7)
    >>> enc("電話") == sse(chunk_event(id="c1", model="chat", created=7, delta={"content": "電話"}))
    True
    """

    def __init__(self, *, id: str, model: str, created: int) -> None:
        marker = "\x00"
        whole = sse(chunk_event(id=id, model=model, created=created, delta={"content": marker}))
        self._head, self._tail = whole.split(json.dumps(marker).encode("ascii"), 1)

    def __call__(self, text: str) -> bytes:
        return self._head + json.dumps(text, ensure_ascii=False).encode("utf-8") + self._tail


def _events(gw: Any, run: Run, route: RouteConfig, req: ChatRequest, deltas: Iterable[str], *,
            restore: Screened | None, upstream: Any | None) -> Iterator[bytes]:
    cid, created = new_completion_id(), int(time.time())

    def chunk(**kw: Any) -> bytes:
        return sse(chunk_event(id=cid, model=route.name, created=created, **kw))

    content = ContentChunks(id=cid, model=route.name, created=created)
    restorer = StreamRestorer(restore.restore if restore is not None else (lambda s: s))
    raw: list[str] = []
    try:
        yield chunk(delta={"role": "assistant", "content": ""})
        for delta in deltas:
            raw.append(delta)
            out = restorer.feed(delta)
            if out:
                yield content(out)
        tail = restorer.flush()
        if tail:
            yield content(tail)
        if upstream is not None:
            gw.account(run, upstream.completion)
            run.content["output"] = "".join(raw)
            if restore is None:  # fail closed: never commit an answer that was not restored
                raise AuditError("internal: the stream has no redaction to restore from")
            gw.check_answer(run, restore.restore(run.content["output"]), sources=req.sources)
        gw.commit(run, status="ok", http_status=200, defer_usage=True)
        yield chunk(delta={}, finish_reason=run.finish_reason or "stop", govrag=run.govrag())
        if req.include_usage:
            yield chunk(usage=(run.input_tokens, run.output_tokens))
        yield sse("[DONE]")
        gw.flush_usage(run)  # after the last event: the usage row is not on the client's clock
    except GeneratorExit:
        run.content.setdefault("output", "".join(raw))
        _commit_quietly(gw, run, status="aborted", http_status=499, reason="client_disconnected")
        raise
    except Exception as exc:
        err = error_outcome(exc)
        run.content.setdefault("output", "".join(raw))
        if not run.committed:
            _commit_quietly(gw, run, status="error", http_status=err.status, reason=err.reason or "error")
        yield sse(err.body)
    finally:
        if upstream is not None:
            upstream.close()
        if not run.committed:
            _commit_quietly(gw, run, status="aborted", http_status=499, reason="stream_not_finished")
        gw.flush_usage(run)


def _commit_quietly(gw: Any, run: Run, *, status: str, http_status: int, reason: str) -> None:
    try:
        gw.commit(run, status=status, http_status=http_status, reason=reason)
    except AuditError:
        pass
