"""One connection pool per event loop, for the async clients' own pools.

Pooled connections belong to the event loop that opened them: reused from another loop they fail
(`RuntimeError: Event loop is closed`, or a future "attached to a different loop"). A client that
outlives its loop — two `asyncio.run()` in a script, a notebook, a test suite — therefore gets a
new pool in each loop (`LoopPools`), whatever pool it is (aiohttp's or httpx's).

Each pool is closed while its loop still runs: next to it lives a suspended async generator (the
"keeper"), and both asyncio (`asyncio.run`, through `loop.shutdown_asyncgens()`) and trio (at the
end of `trio.run`) finalise every live async generator before the loop goes; the keeper's
`finally` closes the pool then. A loop closed without that step (`loop.close()` by hand, with the
client still open) leaves its pool to be dropped: it is forgotten when another loop next uses the
client, and the operating system closes its sockets. `aclose()` closes the current loop's pool and
asks every other running asyncio loop to close its own.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx

__all__ = ["LoopPools", "current_loop"]

_NO_LOOP = object()  # an async library that is neither asyncio nor trio: one pool for all


def current_loop() -> Any:
    """What identifies the running event loop: the asyncio loop, or the trio run's token."""
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None:
        loop = asyncio._get_running_loop()
        if loop is not None:
            return loop
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            return trio.lowlevel.current_trio_token()
        except RuntimeError:
            pass
    return _NO_LOOP


class _Entry:
    __slots__ = ("keeper", "pool")

    def __init__(self, pool: httpx.AsyncBaseTransport) -> None:
        self.pool = pool
        self.keeper: Any = None


class LoopPools(httpx.AsyncBaseTransport):
    """An async transport that sends through one pool (`make()`) per event loop."""

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._make = make
        self._entries: dict[Any, _Entry] = {}
        self._last: tuple[Any, httpx.AsyncBaseTransport] | None = None
        self._lock = threading.Lock()

    def pool_for(self, loop: Any) -> httpx.AsyncBaseTransport | None:
        """The pool serving `loop`, if it has one (for tests and diagnostics)."""
        entry = self._entries.get(loop)
        return None if entry is None else entry.pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        loop = current_loop()
        last = self._last
        if last is not None and last[0] is loop:
            pool = last[1]
        else:
            pool = await self._pool_of(loop)
        return await pool.handle_async_request(request)

    async def _pool_of(self, loop: Any) -> httpx.AsyncBaseTransport:
        with self._lock:
            entry = self._entries.get(loop)
            if entry is None:
                self._forget_closed_loops()
                entry = self._entries[loop] = _Entry(self._make())
                fresh = True
            else:
                fresh = False
            self._last = (loop, entry.pool)
        if fresh and loop is not _NO_LOOP:
            entry.keeper = self._keeper(loop, entry)
            await entry.keeper.__anext__()  # registers it with the loop's async-generator hooks
        return entry.pool

    async def _keeper(self, loop: Any, entry: _Entry) -> AsyncIterator[None]:
        try:
            yield
        finally:
            self._drop(loop, entry)
            await entry.pool.aclose()

    def _drop(self, loop: Any, entry: _Entry) -> None:
        with self._lock:
            if self._entries.get(loop) is entry:
                del self._entries[loop]
            if self._last is not None and self._last[0] is loop:
                self._last = None

    def _forget_closed_loops(self) -> None:
        for loop in [loop for loop in self._entries if _is_closed(loop)]:
            del self._entries[loop]

    async def aclose(self) -> None:
        loop = current_loop()
        with self._lock:
            entries = list(self._entries.items())
            self._entries.clear()
            self._last = None
        for owner, entry in entries:
            if owner is loop:
                if entry.keeper is not None:
                    await entry.keeper.aclose()  # its `finally` closes the pool
                else:
                    await entry.pool.aclose()
            elif not _is_closed(owner):
                _close_elsewhere(owner, entry)


def _is_closed(loop: Any) -> bool:
    is_closed = getattr(loop, "is_closed", None)
    return bool(is_closed()) if callable(is_closed) else False


def _close_elsewhere(loop: Any, entry: _Entry) -> None:
    """Ask another thread's running asyncio loop to close its pool (a trio run closes its own at its end)."""
    call_soon = getattr(loop, "call_soon_threadsafe", None)
    if call_soon is None or entry.keeper is None:
        return

    async def close() -> None:
        await entry.keeper.aclose()

    with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: its pool is dropped
        call_soon(lambda: loop.create_task(close()))
