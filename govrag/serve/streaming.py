"""Streamed chat completions: SSE chunks restored on the fly (split placeholders held back), the
audit row written before the final chunk (the usage row after it), an error event instead of
``[DONE]`` on failure.

With ``output: block`` restored text goes through a :class:`~govrag.serve.gate.SentenceGate`: a
sentence is released only after its checks pass; on a failure the stream stops there and ends
with ``finish_reason: "content_filter"`` and ``govrag.blocked``.

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
from govrag.serve.checks import answer_block
from govrag.serve.gate import Blocked, SentenceGate
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
    gate = None
    if route.output == "block":
        gate = SentenceGate(gw.sentence_check(req.sources if upstream is not None else None))
    blocked: Blocked | None = None
    raw: list[str] = []
    try:
        yield chunk(delta={"role": "assistant", "content": ""})
        for delta in deltas:
            raw.append(delta)
            out = restorer.feed(delta)
            if gate is not None:
                out, blocked = gate.feed(out)
            if out:
                yield content(out)
            if blocked is not None:
                break  # nothing of the failing sentence, nor anything after it, goes out
        if blocked is None:
            tail = restorer.flush()
            if gate is not None:
                tail, blocked = gate.feed(tail)
                if blocked is None:
                    rest, blocked = gate.flush()
                    tail += rest
            if tail:
                yield content(tail)
        if upstream is not None:
            if blocked is None:
                gw.account(run, upstream.completion)
            else:
                upstream.close()  # stop the generation; its usage is estimated
                _estimate_usage(gw, run, route, restore, "".join(raw))
            run.content["output"] = "".join(raw)
            if restore is None:  # fail closed: never commit an answer that was not restored
                raise AuditError("internal: the stream has no redaction to restore from")
            if blocked is None:
                gw.check_answer(run, restore.restore(run.content["output"]), sources=req.sources)
        if gate is not None and blocked is None:
            blocked = answer_block(run.verdicts, run.citations)
        if blocked is not None:
            gw.block(run, blocked)
        else:
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


def _estimate_usage(gw: Any, run: Run, route: RouteConfig, screened: Screened | None, raw: str) -> None:
    """Tokens and yen of a stream cut short by the output policy (the upstream sent no usage)."""
    from govrag.providers.base import estimate_tokens

    prompt = "".join(m["content"] for m in screened.messages) if screened is not None else ""
    run.input_tokens, run.output_tokens = estimate_tokens(prompt), estimate_tokens(raw)
    run.tokens_estimated = True
    profile = getattr(gw.providers[route.name], "profile", None)
    run.yen = profile.cost_jpy(run.input_tokens, run.output_tokens) if profile is not None else None


def _commit_quietly(gw: Any, run: Run, *, status: str, http_status: int, reason: str) -> None:
    try:
        gw.commit(run, status=status, http_status=http_status, reason=reason)
    except AuditError:
        pass
