"""Real sockets: the Track clients against a loopback server the test starts.

The clients keep their real connection pool (`httpx.HTTPTransport`); only the retry layer's sleep
is injected, so failures are retried at once. Every wait is bounded: client timeouts of at most
2 s (0.3 s where the server stays silent) and server sockets that give up after 5 s.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from customerio import APIConnectionError, APITimeoutError, AsyncTrackClient, RetryOptions, TrackClient
from customerio._loop_pools import LoopPools
from customerio._redirects import AsyncRedirectTransport, RedirectTransport
from customerio._retry import AsyncRetryTransport, RetryTransport

AUTHORIZATION = "Basic c2l0ZTprZXk="  # site:key
SERVER_WAIT = 5.0


@dataclass
class Received:
    request_line: str
    headers: dict[str, str]
    body: bytes
    connection: int


class Connection:
    """One accepted socket, read as a sequence of HTTP/1.1 requests."""

    def __init__(self, sock: socket.socket, number: int) -> None:
        self.sock = sock
        self.number = number
        self.buffer = b""

    def read_request(self) -> Received | None:
        while b"\r\n\r\n" not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self.buffer += chunk
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        request_line, *lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(self.buffer) < length:
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self.buffer += chunk
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return Received(request_line, headers, body, self.number)

    def answer(self, status: int, payload: Any) -> None:
        body = json.dumps(payload).encode()
        head = f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        self.sock.sendall(head.encode() + body)

    def reset(self) -> None:
        """Close with an RST instead of a FIN."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()


Behaviour = Callable[["Loopback", Connection], None]


def serve_json(server: Loopback, conn: Connection) -> None:
    """Answer every request on the connection with 200 and a JSON echo of its request line (keep-alive)."""
    while (request := conn.read_request()) is not None:
        server.received.append(request)
        conn.answer(200, {"request": request.request_line, "connection": conn.number})


def reset_mid_body(server: Loopback, conn: Connection) -> None:
    """Send the status line, headers and part of the body, then reset the connection."""
    request = conn.read_request()
    if request is None:
        return
    server.received.append(request)
    conn.sock.sendall(b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"par')
    time.sleep(0.05)
    conn.reset()


def reset_before_answer(server: Loopback, conn: Connection) -> None:
    request = conn.read_request()
    if request is not None:
        server.received.append(request)
    conn.reset()


def stay_silent(server: Loopback, conn: Connection) -> None:
    """Read the request and never answer (until the test ends)."""
    request = conn.read_request()
    if request is not None:
        server.received.append(request)
    server.stopping.wait(SERVER_WAIT)


@dataclass
class Loopback:
    """A TCP server on 127.0.0.1; connection n is served by behaviours[n] (the last one repeats)."""

    behaviours: list[Behaviour]
    port: int = 0
    received: list[Received] = field(default_factory=list)
    connections: int = 0
    stopping: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)
    _sockets: list[socket.socket] = field(default_factory=list)

    def start(self) -> Loopback:
        self.listener = socket.create_server(("127.0.0.1", self.port))
        self.listener.settimeout(0.05)
        self.port = self.listener.getsockname()[1]
        self._spawn(self._accept_loop)
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def _spawn(self, target: Callable[..., None], *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        while not self.stopping.is_set():
            try:
                sock, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            sock.settimeout(SERVER_WAIT)
            self._sockets.append(sock)
            behaviour = self.behaviours[min(self.connections, len(self.behaviours) - 1)]
            self.connections += 1
            self._spawn(self._run, behaviour, Connection(sock, self.connections))

    def _run(self, behaviour: Behaviour, conn: Connection) -> None:
        try:
            behaviour(self, conn)
        except OSError:
            pass
        finally:
            conn.sock.close()

    def close(self) -> None:
        self.stopping.set()
        self.listener.close()
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(timeout=2)


@pytest.fixture
def loopback() -> Iterator[Callable[..., Loopback]]:
    servers: list[Loopback] = []

    def start(*behaviours: Behaviour, port: int = 0) -> Loopback:
        server = Loopback(list(behaviours), port=port).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def free_port() -> int:
    """A port nothing listens on: bound, then released."""
    with socket.create_server(("127.0.0.1", 0)) as sock:
        port: int = sock.getsockname()[1]
    return port


# --- clients with the real pool and an injected sleep --------------------------------------------


def sync_client(
    url: str,
    sleeps: list[float],
    *,
    timeout: float = 2.0,
    retry: RetryOptions | None = None,
    on_sleep: Callable[[], None] | None = None,
) -> TrackClient:
    client = TrackClient("site", "key", url=url, timeout=timeout, retry=retry)
    assert isinstance(client._pool, httpx.HTTPTransport)

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if on_sleep is not None:
            on_sleep()

    client._transport = RetryTransport(
        RedirectTransport(client._pool), client._config.retry, sleep=sleep, random=lambda: 0.5
    )
    return client


def async_client(
    url: str,
    sleeps: list[float],
    *,
    timeout: float = 2.0,
    retry: RetryOptions | None = None,
    on_sleep: Callable[[], None] | None = None,
) -> AsyncTrackClient:
    client = AsyncTrackClient("site", "key", url=url, timeout=timeout, retry=retry)
    # The default pool: one per event loop, aiohttp's when it is installed, else httpx's own.
    assert isinstance(client._pool, LoopPools)

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if on_sleep is not None:
            on_sleep()

    client._transport = AsyncRetryTransport(
        AsyncRedirectTransport(client._pool), client._config.retry, sleep=sleep, random=lambda: 0.5
    )
    return client


def identify_once(flavour: str, url: str, sleeps: list[float], **options: Any) -> Any:
    """identify("cust 1/ä", {"a": 1}) on a fresh client of the flavour, closing it afterwards."""
    if flavour == "sync":
        with sync_client(url, sleeps, **options) as client:
            return client.identify("cust 1/ä", {"a": 1})

    async def run() -> Any:
        async with async_client(url, sleeps, **options) as client:
            return await client.identify("cust 1/ä", {"a": 1})

    return asyncio.run(run())


# --- tests ---------------------------------------------------------------------------------------


def test_the_request_on_the_wire(flavour: str, loopback: Callable[..., Loopback]) -> None:
    server = loopback(serve_json)
    sleeps: list[float] = []
    result = identify_once(flavour, server.url, sleeps)
    assert result == {"request": "PUT /api/v1/customers/cust%201%2F%C3%A4 HTTP/1.1", "connection": 1}
    (received,) = server.received
    assert received.headers["authorization"] == AUTHORIZATION
    assert received.headers["content-type"] == "application/json"
    assert received.headers["user-agent"].startswith("Customer.io Python Client/")
    assert received.headers["content-length"] == "7"
    assert received.body == b'{"a":1}'
    assert "x-retry-count" not in received.headers
    assert sleeps == []


def test_connection_refused_is_retried_then_raised(flavour: str) -> None:
    sleeps: list[float] = []
    started = time.monotonic()
    with pytest.raises(APIConnectionError) as caught:
        identify_once(flavour, f"http://127.0.0.1:{free_port()}/api/v1", sleeps)
    assert type(caught.value) is APIConnectionError
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert sleeps == pytest.approx([0.3, 0.6, 1.2])
    assert time.monotonic() - started < 5


def test_connection_refused_then_the_server_comes_up(flavour: str, loopback: Callable[..., Loopback]) -> None:
    port = free_port()
    sleeps: list[float] = []
    servers: list[Loopback] = []

    def bring_up() -> None:
        if not servers:
            servers.append(loopback(serve_json, port=port))

    result = identify_once(flavour, f"http://127.0.0.1:{port}/api/v1", sleeps, on_sleep=bring_up)
    assert result["connection"] == 1
    assert sleeps == pytest.approx([0.3])
    (received,) = servers[0].received
    assert received.headers["x-retry-count"] == "1"
    assert received.body == b'{"a":1}'


@pytest.mark.parametrize("reset", [reset_mid_body, reset_before_answer], ids=["mid-body", "before-answer"])
def test_a_reset_connection_is_retried(flavour: str, loopback: Callable[..., Loopback], reset: Behaviour) -> None:
    server = loopback(reset, serve_json)
    sleeps: list[float] = []
    result = identify_once(flavour, server.url, sleeps)
    assert result["connection"] == 2
    assert sleeps == pytest.approx([0.3])
    first, second = server.received
    assert "x-retry-count" not in first.headers
    assert second.headers["x-retry-count"] == "1"
    assert first.body == second.body == b'{"a":1}'


@pytest.mark.parametrize("reset", [reset_mid_body, reset_before_answer], ids=["mid-body", "before-answer"])
def test_a_connection_that_keeps_resetting(flavour: str, loopback: Callable[..., Loopback], reset: Behaviour) -> None:
    server = loopback(reset)
    sleeps: list[float] = []
    with pytest.raises(APIConnectionError) as caught:
        identify_once(flavour, server.url, sleeps)
    assert type(caught.value) is APIConnectionError
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    assert len(server.received) == 4
    assert sleeps == pytest.approx([0.3, 0.6, 1.2])


def test_no_answer_times_out_then_succeeds_on_retry(flavour: str, loopback: Callable[..., Loopback]) -> None:
    server = loopback(stay_silent, serve_json)
    sleeps: list[float] = []
    started = time.monotonic()
    result = identify_once(flavour, server.url, sleeps, timeout=0.3)
    elapsed = time.monotonic() - started
    assert result["connection"] == 2
    assert sleeps == pytest.approx([0.3])
    assert 0.25 < elapsed < 3
    assert server.received[1].headers["x-retry-count"] == "1"


def test_no_answer_at_all_is_a_timeout(flavour: str, loopback: Callable[..., Loopback]) -> None:
    server = loopback(stay_silent)
    sleeps: list[float] = []
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        identify_once(flavour, server.url, sleeps, timeout=0.3, retry=RetryOptions(max_retries=1))
    # the read wait was cut to the attempt's deadline: the attempt's limit is what ran out
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)
    assert len(server.received) == 2
    assert sleeps == pytest.approx([0.3])
    assert time.monotonic() - started < 3


def test_keep_alive_reuses_one_connection(flavour: str, loopback: Callable[..., Loopback]) -> None:
    server = loopback(serve_json)
    sleeps: list[float] = []
    if flavour == "sync":
        with sync_client(server.url, sleeps) as client:
            results = [client.identify(str(n), {"n": n}) for n in range(4)]
            results.append(client.with_options(timeout=1.0).identify("4", {"n": 4}))
    else:

        async def run() -> list[Any]:
            async with async_client(server.url, sleeps) as client:
                out = [await client.identify(str(n), {"n": n}) for n in range(4)]
                out.append(await client.with_options(timeout=1.0).identify("4", {"n": 4}))
                return out

        results = asyncio.run(run())
    assert [r["request"] for r in results] == [f"PUT /api/v1/customers/{n} HTTP/1.1" for n in range(5)]
    assert server.connections == 1
    assert {r.connection for r in server.received} == {1}
    assert [r.body for r in server.received] == [f'{{"n":{n}}}'.encode() for n in range(5)]
