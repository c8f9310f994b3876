"""The whole-attempt deadline, with injected clocks: a fake monotonic clock for the sync clients,
trio's MockClock (virtual time) for the async ones. No real waiting."""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from customerio import APITimeoutError, AsyncTrackClient, RetryOptions, TrackClient
from customerio._deadline import (
    AttemptTimeout,
    _current,
    _Deadline,
    attempt_limit,
    send_sync,
)
from customerio._deadline_pool import _BoundedBackend
from customerio._redirects import AsyncRedirectTransport, RedirectTransport
from customerio._retry import AsyncRetryTransport, RetryTransport


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_attempt_limit_is_the_largest_phase_timeout() -> None:
    assert attempt_limit(httpx.Timeout(1.0).as_dict()) == 1.0
    assert attempt_limit(httpx.Timeout(10.0, connect=2.0).as_dict()) == 10.0
    assert attempt_limit(httpx.Timeout(2.0, read=30.0).as_dict()) == 30.0
    assert attempt_limit(httpx.Timeout(None).as_dict()) is None
    assert attempt_limit(httpx.Timeout(5.0, pool=None).as_dict()) is None  # a phase left unbounded
    assert attempt_limit(None) is None


# --- sync ------------------------------------------------------------------------------------------


class ChunkedBody(httpx.SyncByteStream):
    """Body chunks, each arriving `gap` seconds (of the fake clock) after the previous one."""

    def __init__(self, clock: FakeClock, chunks: list[bytes], gap: float) -> None:
        self.clock = clock
        self.chunks = chunks
        self.gap = gap
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.clock.now += self.gap
            yield chunk

    def close(self) -> None:
        self.closed = True


class Scripted(httpx.BaseTransport):
    """Answers each request at once with a body that drips by the fake clock; records the phase
    timeouts the pool would read, `wait` seconds into the attempt."""

    def __init__(self, clock: FakeClock, chunks: list[bytes], gap: float, wait: float = 0.0) -> None:
        self.clock = clock
        self.chunks = chunks
        self.gap = gap
        self.wait = wait
        self.requests: list[httpx.Request] = []
        self.bodies: list[ChunkedBody] = []
        self.seen_timeouts: list[dict[str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.clock.now += self.wait
        spec = request.extensions["timeout"]
        self.seen_timeouts.append({phase: spec.get(phase) for phase in ("connect", "read", "write", "pool")})
        body = ChunkedBody(self.clock, self.chunks, self.gap)
        self.bodies.append(body)
        return httpx.Response(200, headers={"Content-Type": "application/json"}, stream=body)


def sync_client(inner: httpx.BaseTransport, clock: FakeClock, sleeps: list[float], **options: Any) -> TrackClient:
    client = TrackClient("site", "key", url="http://127.0.0.1:9/api/v1", **options)
    client._transport = RetryTransport(
        RedirectTransport(inner), client._config.retry, sleep=sleeps.append, random=lambda: 0.5, monotonic=clock
    )
    return client


def test_a_dripping_body_ends_the_attempt_at_its_deadline() -> None:
    clock = FakeClock()
    inner = Scripted(clock, [b" "] * 100, gap=0.3)
    sleeps: list[float] = []
    client = sync_client(inner, clock, sleeps, timeout=1.0, retry=RetryOptions(max_retries=1))
    started = clock.now
    with pytest.raises(APITimeoutError) as caught:
        client.identify("1", {"a": 1})
    assert isinstance(caught.value.__cause__, AttemptTimeout)
    assert str(caught.value.__cause__) == "the attempt took longer than its 1 s limit"
    assert len(inner.requests) == 2  # retried once, like any timeout
    assert inner.requests[1].headers["x-retry-count"] == "1"
    assert sleeps == pytest.approx([0.3])
    # each attempt read three 0.3 s chunks, and the fourth (at 1.2 s, past the deadline) ended it
    assert clock.now - started == pytest.approx(2 * 1.2)
    assert all(body.closed for body in inner.bodies)  # the half-read connection is not reused


def test_a_body_that_ends_in_time_is_read() -> None:
    clock = FakeClock()
    inner = Scripted(clock, [b"{", b'"ok"', b":1", b"}"], gap=0.2)
    client = sync_client(inner, clock, [], timeout=1.0)
    assert client.identify("1", {}) == {"ok": 1}


def test_an_unbounded_timeout_has_no_deadline() -> None:
    clock = FakeClock()
    inner = Scripted(clock, [b"{", b"}"], gap=1000.0)
    client = sync_client(inner, clock, [], timeout=None)
    assert client.identify("1", {}) == {}


def test_the_phase_timeouts_are_cut_to_the_time_left() -> None:
    clock = FakeClock()
    inner = Scripted(clock, [b"{}"], gap=0.0, wait=0.75)
    client = sync_client(inner, clock, [], timeout=httpx.Timeout(2.0, connect=0.5))
    assert client.identify("1", {}) == {}
    # 0.75 s into a 2 s attempt: what is left (1.25 s) caps every phase; a shorter one stays
    assert inner.seen_timeouts == [
        pytest.approx({"connect": 0.5, "read": 1.25, "write": 1.25, "pool": 1.25}),
    ]
    # the caller's request keeps its own extension
    assert inner.requests[0].extensions["timeout"] == httpx.Timeout(2.0, connect=0.5).as_dict()


def test_a_phase_timeout_before_the_deadline_is_left_as_it_is() -> None:
    clock = FakeClock()

    def refuse(request: httpx.Request) -> httpx.Response:
        clock.now += 0.5
        raise httpx.ConnectTimeout("slow connect", request=request)

    request = httpx.Request("GET", "http://127.0.0.1:9/", extensions={"timeout": httpx.Timeout(2.0).as_dict()})
    with pytest.raises(httpx.ConnectTimeout):
        send_sync(httpx.MockTransport(refuse), request, clock)

    def cut(request: httpx.Request) -> httpx.Response:
        clock.now += 2.0  # the cut read timeout ran out with the attempt
        raise httpx.ReadTimeout("read", request=request)

    with pytest.raises(AttemptTimeout) as caught:
        send_sync(httpx.MockTransport(cut), request, clock)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


class RecordingStream:
    def __init__(self) -> None:
        self.timeouts: list[float | None] = []

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.timeouts.append(timeout)
        return b""

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.timeouts.append(timeout)

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        self.timeouts.append(timeout)
        return self

    def close(self) -> None:
        pass

    def get_extra_info(self, info: str) -> Any:
        return None


class RecordingBackend:
    def __init__(self) -> None:
        self.stream = RecordingStream()
        self.timeouts: list[float | None] = []

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, *args: Any) -> Any:
        self.timeouts.append(timeout)
        return self.stream

    def sleep(self, seconds: float) -> None:
        pass


def test_the_sdk_pool_cuts_every_socket_operation_to_the_time_left() -> None:
    clock = FakeClock()
    inner = RecordingBackend()
    backend = _BoundedBackend(inner)  # type: ignore[arg-type]
    # outside an attempt: the timeouts pass unchanged
    stream = backend.connect_tcp("example", 80, timeout=5.0)
    stream.read(10, timeout=5.0)
    token = _current.set(_Deadline(1.0, clock))
    try:
        backend.connect_tcp("example", 80, timeout=5.0)
        clock.now += 0.4
        stream.write(b"x", timeout=5.0)
        tls = stream.start_tls(ssl.create_default_context(), "example", timeout=0.2)
        clock.now += 0.5
        tls.read(10, timeout=None)
        clock.now += 1.0  # past the deadline: the next wait is as short as can be
        stream.read(10, timeout=5.0)
    finally:
        _current.reset(token)
    assert inner.timeouts == [5.0, 1.0]
    assert inner.stream.timeouts == pytest.approx([5.0, 0.6, 0.2, 0.1, 0.001])


def test_the_default_sync_pool_has_the_bounded_backend() -> None:
    client = TrackClient("site", "key")
    assert isinstance(client._pool._pool._network_backend, _BoundedBackend)  # type: ignore[attr-defined]


# --- async, in trio's virtual time ---------------------------------------------------------------


class TrioDrip(httpx.AsyncByteStream):
    def __init__(self, gap: float, count: int) -> None:
        self.gap = gap
        self.count = count

    async def __aiter__(self) -> AsyncIterator[bytes]:
        import trio

        for _ in range(self.count):
            await trio.sleep(self.gap)
            yield b" "


class AsyncScripted(httpx.AsyncBaseTransport):
    def __init__(self, gap: float, count: int) -> None:
        self.gap = gap
        self.count = count
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, stream=TrioDrip(self.gap, self.count))


def test_an_async_attempt_is_cancelled_at_its_deadline() -> None:
    trio = pytest.importorskip("trio")
    from trio.testing import MockClock

    inner = AsyncScripted(gap=0.2, count=100)
    client = AsyncTrackClient("site", "key", timeout=1.0, retry=RetryOptions(max_retries=1))
    client._transport = AsyncRetryTransport(AsyncRedirectTransport(inner), client._config.retry, random=lambda: 0.5)
    elapsed: list[float] = []

    async def main() -> None:
        started = trio.current_time()
        with pytest.raises(APITimeoutError) as caught:
            await client.identify("1", {})
        elapsed.append(trio.current_time() - started)
        assert isinstance(caught.value.__cause__, AttemptTimeout)

    trio.run(main, clock=MockClock(autojump_threshold=0))
    assert len(inner.requests) == 2
    assert inner.requests[1].headers["x-retry-count"] == "1"
    assert elapsed == [pytest.approx(1.0 + 0.3 + 1.0)]  # two 1 s attempts and one 0.3 s pause


def test_an_async_body_that_ends_in_time_is_read() -> None:
    trio = pytest.importorskip("trio")
    from trio.testing import MockClock

    inner = AsyncScripted(gap=0.2, count=4)
    client = AsyncTrackClient("site", "key", timeout=1.0, retry=RetryOptions(max_retries=0))
    client._transport = AsyncRetryTransport(AsyncRedirectTransport(inner), client._config.retry)

    async def main() -> Any:
        return await client.with_raw_response.identify("1", {})

    # four spaces: an empty (blank) 2xx body reads as {}
    assert trio.run(main, clock=MockClock(autojump_threshold=0)).parsed == {}
