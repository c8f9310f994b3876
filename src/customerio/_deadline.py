"""One deadline per attempt: the client's `timeout` bounds an attempt's whole time.

httpx applies its timeouts phase by phase (`connect`, `write`, `pool`, and `read` to *each* read),
so a server that drips its body one byte at a time holds a request as long as it likes. Here
every attempt — waiting for a pooled connection, connecting, TLS, sending, waiting for the
answer, every redirect hop, reading the whole body — must end within the attempt's limit: the
largest of the request's phase timeouts (all equal for a plain `timeout=1.0`); none when a phase
is unbounded (`None`). The phase timeouts still apply underneath. An attempt that runs out raises
`AttemptTimeout`, an `httpx.TimeoutException`, which the retry layer retries like any timeout.

Async, the attempt runs inside a cancel scope (`asyncio.timeout`, or anyio's under trio): whatever
the pool waits on is cancelled at the deadline.

Sync, nothing can interrupt a blocking call, so no blocking call may outlast the deadline:
- each phase timeout that httpcore reads from the request (`pool`, `connect`, `write`, `read`;
  it reads them as each phase starts) is cut to the time left (`_BoundedTimeouts`);
- the SDK's own pool goes further: its network backend cuts the timeout of every single socket
  operation to the time left (`_deadline_pool.bound_sync_pool`), the attempt's deadline being found in a
  context variable, so each thread sees its own;
- the body is checked between chunks: a chunk that arrives after the deadline ends the attempt.
With the SDK's pool an attempt thus ends within a few milliseconds of its deadline. Through a
caller's `http_client` the network backend is not ours: a server that stalls in the middle of a
body can hold the attempt past its deadline by up to one (cut) read timeout. Name resolution
(`getaddrinfo`) is a blocking call no timeout reaches, in httpx as here.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any

import httpx

__all__ = ["AttemptTimeout", "attempt_limit", "configured_timeout", "send_async", "send_sync"]

_PHASES = frozenset({"connect", "read", "write", "pool"})
# A cut timeout never reaches 0, which a socket would take as "non-blocking" rather than "expired".
_MIN_WAIT = 0.001

Clock = Callable[[], float]


class AttemptTimeout(httpx.TimeoutException):
    """The attempt took longer than its whole-attempt limit."""


def attempt_limit(spec: Mapping[str, Any] | None) -> float | None:
    """The whole-attempt limit for a request's `timeout` extension (see the module docstring)."""
    if not spec:
        return None
    limit = 0.0
    for phase in _PHASES:
        value = spec.get(phase)
        if value is None:
            return None
        limit = max(limit, value)
    return limit


class _Deadline:
    __slots__ = ("at", "clock", "limit")

    def __init__(self, limit: float, clock: Clock) -> None:
        self.limit = limit
        self.clock = clock
        self.at = clock() + limit

    def left(self) -> float:
        return self.at - self.clock()

    def cut(self, timeout: float | None) -> float:
        left = max(self.at - self.clock(), _MIN_WAIT)
        return left if timeout is None or timeout > left else timeout

    def expired(self, request: httpx.Request) -> AttemptTimeout:
        return _expired(self.limit, request)


_current: ContextVar[_Deadline | None] = ContextVar("customerio_attempt_deadline", default=None)


class _BoundedTimeouts(dict[str, Any]):
    """A request's `timeout` extension whose phase timeouts are cut to the time left when read."""

    __slots__ = ("_deadline",)

    def __init__(self, spec: Mapping[str, Any], deadline: _Deadline) -> None:
        super().__init__(spec)
        self._deadline = deadline

    def get(self, key: str, default: Any = None) -> Any:
        value = dict.get(self, key, default)
        return self._deadline.cut(value) if key in _PHASES else value

    def __getitem__(self, key: str) -> Any:
        value = dict.__getitem__(self, key)
        return self._deadline.cut(value) if key in _PHASES else value


def configured_timeout(spec: Mapping[str, Any] | None, phase: str) -> Any:
    """A phase's timeout as the request was given it, not cut to the attempt's time left (for
    transports that simulate time, such as the testing fake, whose clock is not the deadline's)."""
    if spec is None:
        return None
    return dict.get(spec, phase) if isinstance(spec, dict) else spec.get(phase)


class _CheckedBody(httpx.SyncByteStream):
    """A response body that ends the attempt when a chunk arrives after the deadline."""

    def __init__(self, inner: Any, deadline: _Deadline, request: httpx.Request) -> None:
        self._inner = inner
        self._deadline = deadline
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if self._deadline.left() <= 0:
                self._inner.close()  # the connection is mid-body: the pool must not reuse it
                raise self._deadline.expired(self._request)
            yield chunk

    def close(self) -> None:
        self._inner.close()


def send_sync(inner: httpx.BaseTransport, request: httpx.Request, clock: Clock = time.monotonic) -> httpx.Response:
    """One attempt through `inner`, body read, within the request's whole-attempt limit."""
    saved = request.extensions
    limit = attempt_limit(saved.get("timeout"))
    if limit is None:
        response = inner.handle_request(request)
        response.read()
        return response
    deadline = _Deadline(limit, clock)
    request.extensions = {**saved, "timeout": _BoundedTimeouts(saved["timeout"], deadline)}
    token = _current.set(deadline)
    try:
        response = inner.handle_request(request)
        response.stream = _CheckedBody(response.stream, deadline, request)
        response.read()
        return response
    except httpx.TimeoutException as error:
        if isinstance(error, AttemptTimeout) or deadline.left() > _MIN_WAIT:
            raise
        raise deadline.expired(request) from error  # a phase timeout that was cut to the deadline
    finally:
        _current.reset(token)
        request.extensions = saved


async def _exchange(inner: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
    response = await inner.handle_async_request(request)
    await response.aread()
    return response


async def send_async(inner: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
    """One attempt through `inner`, body read, cancelled at the request's whole-attempt limit."""
    limit = attempt_limit(request.extensions.get("timeout"))
    if limit is None:
        return await _exchange(inner, request)
    asyncio = _running_asyncio()
    if asyncio is not None:
        scope = asyncio.timeout(limit)
        try:
            async with scope:
                return await _exchange(inner, request)
        except TimeoutError as error:
            if not scope.expired():
                raise
            raise _expired(limit, request) from error
    import anyio  # only under trio (or another anyio backend): asyncio takes the branch above

    try:
        with anyio.fail_after(limit):  # trio (or any other anyio backend)
            return await _exchange(inner, request)
    except TimeoutError as error:
        raise _expired(limit, request) from error


def _expired(limit: float, request: httpx.Request) -> AttemptTimeout:
    return AttemptTimeout(f"the attempt took longer than its {limit:g} s limit", request=request)


def _running_asyncio() -> Any:
    """The asyncio module when an asyncio loop runs this code, else None (asyncio is not imported
    by this module: `import customerio` stays lean)."""
    module = sys.modules.get("asyncio")
    if module is None:
        return None
    try:
        module.get_running_loop()
    except RuntimeError:
        return None
    return module
