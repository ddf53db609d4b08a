"""OpenAI chat-completions wire format: parse a request body, build responses, chunks and errors.

>>> body = '{"model": "m", "messages": [{"role": "user", "content": "こんにちは"}]}'.encode()
>>> req = parse_chat_request(body)
>>> req.model, req.messages, req.stream
('m', ({'role': 'user', 'content': 'こんにちは'},), False)
>>> error_body("No such model", type="invalid_request_error", code="model_not_found", param="model")["error"]
{'message': 'No such model', 'type': 'invalid_request_error', 'param': 'model', 'code': 'model_not_found'}
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from govrag.errors import InvalidRequest

__all__ = [
    "ChatRequest",
    "Source",
    "chunk_event",
    "completion_body",
    "error_body",
    "new_completion_id",
    "parse_chat_request",
    "sse",
]

#: Options forwarded to the provider as they are.
FORWARDED = frozenset({"temperature", "top_p", "max_tokens", "stop", "seed", "presence_penalty",
                       "frequency_penalty", "response_format", "logit_bias"})
#: Accepted and not forwarded (client-side bookkeeping).
IGNORED = frozenset({"user", "metadata", "store", "parallel_tool_calls", "service_tier", "logprobs",
                     "top_logprobs"})
_ROLES = {"system": "system", "developer": "system", "user": "user", "assistant": "assistant"}


#: Most sources one request may carry in ``govrag.sources``.
MAX_SOURCES = 64


@dataclass(frozen=True, slots=True)
class Source:
    """A text the answer should rest on (``govrag.sources``), optionally with its citation
    (``"行政手続法第七条"``). Used for checks only: never forwarded, never audited."""

    text: str
    citation: str | None = None


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """The parts of a request the gateway uses; ``sources`` from the ``govrag`` extension."""

    model: str
    messages: tuple[dict[str, str], ...]
    stream: bool = False
    include_usage: bool = False
    options: dict[str, Any] = field(default_factory=dict)
    sources: tuple[Source, ...] | None = None


def _sources(ext: Any, messages: list[dict[str, str]]) -> tuple[Source, ...] | None:
    """``govrag: {"sources": [...] | "system"}``: texts, ``{"text", "citation"}`` objects, or the
    system messages."""
    if not isinstance(ext, Mapping):
        raise InvalidRequest("'govrag' must be an object like {\"sources\": [...]}", param="govrag")
    extra = sorted(set(ext) - {"sources"})
    if extra:
        raise InvalidRequest(f"unknown govrag option(s) {extra}; valid: sources", param="govrag")
    raw = ext.get("sources")
    if raw is None:
        return None
    if raw == "system":
        return tuple(Source(m["content"]) for m in messages if m["role"] == "system" and m["content"].strip())
    if not isinstance(raw, list) or len(raw) > MAX_SOURCES:
        raise InvalidRequest(f"govrag.sources must be \"system\" or a list of at most {MAX_SOURCES} texts "
                             "or {\"text\", \"citation\"} objects", param="govrag.sources")
    out: list[Source] = []
    for i, item in enumerate(raw):
        if isinstance(item, str):
            out.append(Source(item))
            continue
        text = item.get("text") if isinstance(item, Mapping) else None
        cite = item.get("citation") if isinstance(item, Mapping) else None
        if not isinstance(text, str) or not (cite is None or isinstance(cite, str)) or \
                set(item) - {"text", "citation"}:
            raise InvalidRequest(f"govrag.sources[{i}] must be a string or "
                                 "{\"text\": str, \"citation\": str}", param=f"govrag.sources[{i}]")
        out.append(Source(text, cite or None))
    return tuple(out)


def _content(value: Any, i: int) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts: list[str] = []
        for j, part in enumerate(value):
            is_text = isinstance(part, Mapping) and part.get("type") == "text"
            if not is_text or not isinstance(part.get("text"), str):
                raise InvalidRequest(f"messages[{i}].content[{j}]: only text parts are supported",
                                param=f"messages[{i}].content")
            parts.append(part["text"])
        return "".join(parts)
    raise InvalidRequest(f"messages[{i}].content must be a string or a list of text parts",
                    param=f"messages[{i}].content")


def parse_chat_request(body: bytes) -> ChatRequest:
    """Validate a ``POST /v1/chat/completions`` body; InvalidRequest (400) names the bad field."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise InvalidRequest("We could not parse the JSON body of your request. The body must be valid JSON.",
                        code="invalid_json") from None
    if not isinstance(data, dict):
        raise InvalidRequest("the request body must be a JSON object")
    model = data.get("model")
    if not isinstance(model, str) or not model:
        raise InvalidRequest("you must provide a model parameter", param="model")
    raw = data.get("messages")
    if not isinstance(raw, list) or not raw:
        raise InvalidRequest("'messages' must be a non-empty array", param="messages")
    messages: list[dict[str, str]] = []
    for i, m in enumerate(raw):
        if not isinstance(m, Mapping):
            raise InvalidRequest(f"messages[{i}] must be an object", param=f"messages[{i}]")
        role = _ROLES.get(str(m.get("role")))
        if role is None:
            raise InvalidRequest(f"messages[{i}].role {m.get('role')!r} is not supported; valid: "
                            f"{', '.join(_ROLES)}", param=f"messages[{i}].role")
        if m.get("tool_calls") or m.get("function_call"):
            raise InvalidRequest(f"messages[{i}]: tool calls are not supported", param=f"messages[{i}]")
        messages.append({"role": role, "content": _content(m.get("content"), i)})
    stream = data.get("stream", False)
    if not isinstance(stream, bool):
        raise InvalidRequest("'stream' must be a boolean", param="stream")
    stream_options = data.get("stream_options") or {}
    if not isinstance(stream_options, Mapping):
        raise InvalidRequest("'stream_options' must be an object", param="stream_options")
    n = data.get("n", 1)
    if n != 1:
        raise InvalidRequest("only n=1 is supported", param="n")
    options: dict[str, Any] = {}
    for key, value in data.items():
        if key in ("model", "messages", "stream", "stream_options", "n", "govrag") or key in IGNORED:
            continue
        if key == "max_completion_tokens":
            options["max_tokens"] = value
        elif key in FORWARDED:
            options[key] = value
        elif key in ("tools", "tool_choice", "functions", "function_call"):
            raise InvalidRequest(f"'{key}' is not supported by this gateway", param=key)
        else:
            raise InvalidRequest(f"Unrecognized request argument supplied: {key}", param=key)
    if any(v is None for v in options.values()):
        options = {k: v for k, v in options.items() if v is not None}
    sources = _sources(data["govrag"], messages) if "govrag" in data else None
    return ChatRequest(model=model, messages=tuple(messages), stream=stream,
                       include_usage=bool(stream_options.get("include_usage")), options=options,
                       sources=sources)


def new_completion_id() -> str:
    return "chatcmpl-" + uuid.uuid4().hex


def error_body(message: str, *, type: str, code: str | None = None,
               param: str | None = None) -> dict[str, Any]:
    """OpenAI's error object."""
    return {"error": {"message": message, "type": type, "param": param, "code": code}}


def _usage(input_tokens: int, output_tokens: int) -> dict[str, int]:
    return {"prompt_tokens": input_tokens, "completion_tokens": output_tokens,
            "total_tokens": input_tokens + output_tokens}


def completion_body(*, id: str, model: str, text: str, finish_reason: str | None, input_tokens: int,
                    output_tokens: int, govrag: Mapping[str, Any],
                    created: int | None = None) -> dict[str, Any]:
    """A ``chat.completion`` object with the gateway's ``govrag`` field."""
    return {
        "id": id, "object": "chat.completion", "created": created or int(time.time()), "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text, "refusal": None},
                     "logprobs": None, "finish_reason": finish_reason or "stop"}],
        "usage": _usage(input_tokens, output_tokens),
        "govrag": dict(govrag),
    }


def chunk_event(*, id: str, model: str, created: int, delta: Mapping[str, Any] | None = None,
                finish_reason: str | None = None, usage: tuple[int, int] | None = None,
                govrag: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A ``chat.completion.chunk``; with ``usage`` the final usage-only chunk (empty choices)."""
    obj: dict[str, Any] = {"id": id, "object": "chat.completion.chunk", "created": created, "model": model}
    if usage is not None:
        obj["choices"] = []
        obj["usage"] = _usage(*usage)
    else:
        obj["choices"] = [{"index": 0, "delta": dict(delta or {}), "logprobs": None,
                           "finish_reason": finish_reason}]
    if govrag is not None:
        obj["govrag"] = dict(govrag)
    return obj


def sse(obj: Any) -> bytes:
    """One server-sent event carrying ``obj`` as JSON (or the literal ``[DONE]``)."""
    data = obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return b"data: " + data.encode("utf-8") + b"\n\n"
