"""Run a blocking request handler in a worker thread and relay its streamed bytes to the event loop.

One thread does the whole request: the handler, then (for SSE) every event of the stream. Each
event crosses to the event loop with one ``call_soon_threadsafe`` (not one thread-pool round trip
per event, as ``StreamingResponse`` over a sync iterator does); events queued meanwhile go out in
one write. When the client goes away the thread closes the stream at the next event, so its
``GeneratorExit`` handler (the aborted audit row) runs in the worker thread, never in the loop.

>>> import asyncio
>>> from govrag.serve.outcome import Outcome
>>> def handler(n: int) -> Outcome:
...     return Outcome(status=200, stream=iter([b"a", b"b"] * n))
>>> async def main() -> tuple[int, bytes]:
...     relay = ThreadRelay(threads=2)
...     out, body = await relay.run(handler, 2)
...     data = b"".join([piece async for piece in body]) if body is not None else b""
...     relay.close()
...     return out.status, data
>>> asyncio.run(main())
(200, b'abab')
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from govrag.errors import ConfigError
from govrag.serve.outcome import Outcome

__all__ = ["ThreadRelay"]

_END = object()


class _Channel:
    """Events from one worker thread to the loop; ``cancel`` asks the thread to stop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.queue: asyncio.Queue[Any] = asyncio.Queue()
        self.stopped = threading.Event()

    def put(self, item: Any) -> bool:
        """Hand ``item`` to the loop; False when the loop is gone (server shutting down)."""
        try:
            self.loop.call_soon_threadsafe(self.queue.put_nowait, item)
        except RuntimeError:
            return False
        return True

    def pump(self, stream: Iterator[bytes]) -> None:
        """Worker side: forward every event, then the end mark; close the stream when cancelled."""
        error: BaseException | None = None
        try:
            for item in stream:
                if self.stopped.is_set() or not self.put(item):
                    break
        except BaseException as exc:  # the stream's own handlers turn failures into error events
            error = exc
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()  # a stream cut short: its GeneratorExit handler audits the abort, here
        self.put(error if error is not None else _END)

    async def events(self) -> AsyncIterator[bytes]:
        """Loop side: the events, those that arrived together joined into one write."""
        try:
            while True:
                parts = [await self.queue.get()]
                while not self.queue.empty():
                    parts.append(self.queue.get_nowait())
                data = [p for p in parts if isinstance(p, bytes)]
                if data:
                    yield b"".join(data)
                end = parts[-1]
                if end is _END:
                    return
                if isinstance(end, BaseException):
                    raise end
        finally:
            self.stopped.set()


class ThreadRelay:
    """A pool of worker threads for chat requests (``threads`` at once; more wait for one)."""

    def __init__(self, *, threads: int = 64) -> None:
        if threads < 1:
            raise ConfigError(f"threads must be at least 1, got {threads}")
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="govrag-chat")

    async def run(self, handler: Callable[..., Outcome], *args: Any,
                  ) -> tuple[Outcome, AsyncIterator[bytes] | None]:
        """``handler(*args)`` in a worker thread; for a streamed outcome, its events as an async
        iterator (the thread keeps producing them)."""
        loop = asyncio.get_running_loop()
        channel = _Channel(loop)
        first: asyncio.Future[Outcome] = loop.create_future()

        def settle(result: Outcome | None, error: BaseException | None) -> None:
            if first.done():
                return
            if error is not None:
                first.set_exception(error)
            else:
                first.set_result(result)  # type: ignore[arg-type]

        def job() -> None:
            try:
                out = handler(*args)
            except BaseException as exc:
                loop.call_soon_threadsafe(settle, None, exc)
                return
            try:
                loop.call_soon_threadsafe(settle, out, None)
            except RuntimeError:
                channel.stopped.set()
            if out.stream is not None:
                channel.pump(out.stream)

        self._pool.submit(job)
        try:
            out = await first
        except asyncio.CancelledError:
            channel.stopped.set()  # nobody will read the stream: the worker closes it
            raise
        if out.stream is None:
            return out, None
        return out, channel.events()

    def close(self) -> None:
        """Stop taking requests; running ones finish in their threads."""
        self._pool.shutdown(wait=False, cancel_futures=True)
