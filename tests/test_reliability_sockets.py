"""Real sockets: whole-attempt deadlines, credentials on redirects, clients across event loops.

Every server is a loopback `ThreadingHTTPServer` the test starts (TLS ones with a certificate from
a throwaway `trustme` authority); names under `customer.io` resolve to 127.0.0.1 for the test.
The clients keep their real pools: httpx's (sync), and for the async clients both aiohttp's and
httpx's (`async_pool`). The elapsed-time bounds are generous correctness checks: without a
whole-attempt deadline the dripping server holds a call for 20 s.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import socket
import ssl
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
import trustme

import customerio._aiohttp_transport as aiohttp_transport
import customerio._base_client as base_client
from customerio import (
    APITimeoutError,
    AsyncTrackClient,
    CustomerIOError,
    EventLoopError,
    RetryOptions,
    SecretHeader,
    TrackClient,
)
from customerio._aiohttp_transport import aiohttp_available
from customerio._loop_pools import LoopPools

DRIP_BYTES = 100  # at one byte per 0.2 s: a 20 s body


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Behaviour = Callable[["Server", BaseHTTPRequestHandler], None]


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gives up mid-answer (a timed-out attempt) resets the connection


@dataclass
class Server:
    behaviour: Behaviour
    tls: ssl.SSLContext | None = None
    seen: list[Seen] = field(default_factory=list)
    stopping: threading.Event = field(default_factory=threading.Event)

    def start(self) -> Server:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def handle_one(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                owner.seen.append(Seen(self.command, self.path, headers, body))
                owner.behaviour(owner, self)

            do_GET = do_PUT = do_POST = do_DELETE = handle_one

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        if self.tls is not None:
            self.httpd.socket = self.tls.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()
        return self

    def url(self, host: str = "127.0.0.1") -> str:
        scheme = "https" if self.tls is not None else "http"
        return f"{scheme}://{host}:{self.port}"

    def close(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=2)


def answer(handler: BaseHTTPRequestHandler, status: int, payload: Any = None, **headers: str) -> None:
    body = json.dumps({} if payload is None else payload).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.end_headers()
    handler.wfile.write(body)


def ok(server: Server, handler: BaseHTTPRequestHandler) -> None:
    answer(handler, 200)


def drip(server: Server, handler: BaseHTTPRequestHandler) -> None:
    """Headers at once, then one body byte every 0.2 s."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(DRIP_BYTES))
    handler.end_headers()
    handler.wfile.flush()
    with contextlib.suppress(OSError):
        for _ in range(DRIP_BYTES):
            if server.stopping.wait(0.2):
                return
            handler.wfile.write(b" ")
            handler.wfile.flush()
    handler.close_connection = True


def slow_but_in_time(server: Server, handler: BaseHTTPRequestHandler) -> None:
    """A 4-byte JSON body over 0.3 s."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", "4")
    handler.end_headers()
    for byte in b"{ } ":
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(0.1)


@pytest.fixture
def servers() -> Iterator[Callable[..., Server]]:
    started: list[Server] = []

    def start(behaviour: Behaviour, tls: ssl.SSLContext | None = None) -> Server:
        server = Server(behaviour, tls).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.close()


@pytest.fixture(params=["aiohttp", "httpx"])
def async_pool(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Which pool the async clients make: aiohttp's (when installed) or httpx's own."""
    name: str = request.param
    if name == "aiohttp" and not aiohttp_available():
        pytest.skip("aiohttp is not installed")
    if name == "httpx":
        monkeypatch.setattr(aiohttp_transport, "aiohttp_available", lambda: False)
    return name


@pytest.fixture(params=["sync", "async-aiohttp", "async-httpx"])
def pool(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """A client flavour with its default pool."""
    name: str = request.param
    if name == "async-aiohttp" and not aiohttp_available():
        pytest.skip("aiohttp is not installed")
    if name == "async-httpx":
        monkeypatch.setattr(aiohttp_transport, "aiohttp_available", lambda: False)
    return name


def call(pool: str, client_options: dict[str, Any], method: str, *args: Any, **kwargs: Any) -> Any:
    """`method(*args)` on a fresh client of the flavour, closed afterwards."""
    if pool == "sync":
        with TrackClient("site", "key", **client_options) as client:
            return getattr(client, method)(*args, **kwargs)

    async def run() -> Any:
        async with AsyncTrackClient("site", "key", **client_options) as client:
            return await getattr(client, method)(*args, **kwargs)

    return asyncio.run(run())


# --- 1. one deadline per attempt -------------------------------------------------------------------


def test_a_dripping_server_times_out_per_attempt(pool: str, servers: Callable[..., Server]) -> None:
    server = servers(drip)
    options = {"url": server.url() + "/api/v1", "timeout": 1.0, "retry": RetryOptions(max_retries=1)}
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        call(pool, options, "identify", "1", {"a": 1})
    elapsed = time.monotonic() - started
    assert len(server.seen) == 2  # the timed-out attempt was retried once
    assert server.seen[1].headers["x-retry-count"] == "1"
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)
    assert 2.0 <= elapsed < 3.0  # two 1 s attempts and a 0.2-0.4 s pause; the drip lasts 20 s


def test_a_dripping_server_times_out_through_a_callers_http_client(
    flavour: str, servers: Callable[..., Server]
) -> None:
    server = servers(drip)
    url = server.url() + "/api/v1"
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        if flavour == "sync":
            with httpx.Client() as http_client:
                TrackClient(
                    "site", "key", url=url, timeout=1.0, retry=RetryOptions(max_retries=1), http_client=http_client
                ).identify("1", {})
        else:

            async def run() -> None:
                async with httpx.AsyncClient() as http_client:
                    client = AsyncTrackClient(
                        "site", "key", url=url, timeout=1.0, retry=RetryOptions(max_retries=1), http_client=http_client
                    )
                    await client.identify("1", {})

            asyncio.run(run())
    assert 2.0 <= time.monotonic() - started < 3.0
    assert len(server.seen) == 2


def test_a_slow_answer_within_the_limit_is_read(pool: str, servers: Callable[..., Server]) -> None:
    server = servers(slow_but_in_time)
    options = {"url": server.url() + "/api/v1", "timeout": 2.0, "retry": RetryOptions(max_retries=0)}
    assert call(pool, options, "identify", "1", {"a": 1}) == {}
    assert len(server.seen) == 1


def test_the_deadline_covers_every_redirect_hop(pool: str, servers: Callable[..., Server]) -> None:
    # each hop answers at once, but a hop to the dripping server cannot extend the attempt
    dripping = servers(drip)

    def redirect(server: Server, handler: BaseHTTPRequestHandler) -> None:
        answer(handler, 307, Location=dripping.url() + "/api/v1/customers/1")

    first = servers(redirect)
    options = {"url": first.url() + "/api/v1", "timeout": 1.0, "retry": RetryOptions(max_retries=0)}
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        call(pool, options, "identify", "1", {"a": 1})
    assert time.monotonic() - started < 2.0
    assert len(first.seen) == len(dripping.seen) == 1


# --- 2. credentials on redirects -------------------------------------------------------------------

SECRET = "partner-token-123"


@pytest.fixture
def customer_io_on_loopback(monkeypatch: pytest.MonkeyPatch) -> ssl.SSLContext:
    """Names under customer.io resolve to 127.0.0.1; the SDK's pools trust a throwaway authority.
    Returns the servers' TLS context (a certificate for tls.customer.io)."""
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(host, bytes):
            host = host.decode()
        if isinstance(host, str) and host.endswith(".customer.io"):
            host = "127.0.0.1"
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    authority = trustme.CA()
    client_context = ssl.create_default_context()
    authority.configure_trust(client_context)
    monkeypatch.setattr(base_client, "default_ssl_context", lambda: client_context)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("tls.customer.io").configure_cert(server_context)
    return server_context


def redirect_to(target: Callable[[], str]) -> Behaviour:
    def behaviour(server: Server, handler: BaseHTTPRequestHandler) -> None:
        answer(handler, 307, Location=target() + handler.path)

    return behaviour


def identify_from(pool: str, start: str) -> None:
    """identify("1", {"a": 1}) through a client rooted at `start`, with a secret and a plain header."""
    options = {
        "url": start + "/api/v1",
        "headers": {"X-Partner": SecretHeader(SECRET), "X-Plain": "visible"},
        "retry": RetryOptions(max_retries=0),
    }
    call(pool, options, "identify", "1", {"a": 1})


@pytest.mark.parametrize("host", ["track.customer.io", "elsewhere.customer.io"])
def test_https_to_http_drops_the_credentials_whatever_the_host(
    pool: str, servers: Callable[..., Server], customer_io_on_loopback: ssl.SSLContext, host: str
) -> None:
    plain = servers(ok)
    tls = servers(redirect_to(lambda: plain.url(host)), customer_io_on_loopback)
    identify_from(pool, tls.url("tls.customer.io"))
    (first,) = tls.seen
    (second,) = plain.seen
    assert first.headers["authorization"] == "Basic c2l0ZTprZXk="
    assert first.headers["x-partner"] == SECRET
    assert "authorization" not in second.headers
    assert "x-partner" not in second.headers
    assert second.headers["x-plain"] == "visible"
    assert second.headers["host"] == f"{host}:{plain.port}"
    assert (second.method, second.path, second.body) == ("PUT", "/api/v1/customers/1", b'{"a":1}')


def test_https_to_https_within_customer_io_keeps_the_credentials(
    pool: str, servers: Callable[..., Server], customer_io_on_loopback: ssl.SSLContext
) -> None:
    final = servers(ok, customer_io_on_loopback)
    tls = servers(redirect_to(lambda: final.url("tls.customer.io")), customer_io_on_loopback)
    identify_from(pool, tls.url("tls.customer.io"))
    (second,) = final.seen
    assert second.headers["authorization"] == "Basic c2l0ZTprZXk="
    assert second.headers["x-partner"] == SECRET


def test_http_within_customer_io_keeps_the_credentials_and_leaving_drops_them(
    pool: str, servers: Callable[..., Server], customer_io_on_loopback: ssl.SSLContext
) -> None:
    outside = servers(ok)
    inside = servers(redirect_to(lambda: outside.url("127.0.0.1")))
    start = servers(redirect_to(lambda: inside.url("track.customer.io")))
    identify_from(pool, start.url("track.customer.io"))
    assert inside.seen[0].headers["authorization"] == "Basic c2l0ZTprZXk="
    assert inside.seen[0].headers["x-partner"] == SECRET
    assert "authorization" not in outside.seen[0].headers
    assert "x-partner" not in outside.seen[0].headers


def test_a_secret_header_value_is_not_shown() -> None:
    assert SECRET not in repr(SecretHeader(SECRET))
    assert SecretHeader(SECRET) == SECRET


# --- 4. one client, successive event loops ---------------------------------------------------------


@dataclass
class Peers:
    """Which client port each request came from, and which connections the client closed."""

    ports: list[int] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def peer_server(servers: Callable[..., Server], peers: Peers) -> Server:
    def behaviour(server: Server, handler: BaseHTTPRequestHandler) -> None:
        peers.ports.append(handler.client_address[1])
        answer(handler, 200)
        if not hasattr(handler, "_watched"):
            handler._watched = True  # type: ignore[attr-defined]
            original = handler.finish

            def finish() -> None:
                original()
                with peers.lock:
                    peers.closed.append(handler.client_address[1])

            handler.finish = finish  # type: ignore[method-assign]

    return servers(behaviour)


def wait_until(condition: Callable[[], bool], limit: float = 3.0) -> bool:
    ends = time.monotonic() + limit
    while not condition():
        if time.monotonic() > ends:
            return False
        time.sleep(0.01)
    return True


def test_one_client_in_successive_asyncio_runs(
    async_pool: str, servers: Callable[..., Server], caplog: pytest.LogCaptureFixture
) -> None:
    peers = Peers()
    server = peer_server(servers, peers)
    client = AsyncTrackClient("site", "key", url=server.url() + "/api/v1", retry=RetryOptions(max_retries=0))
    pools = client._pool
    assert isinstance(pools, LoopPools)
    loops: list[Any] = []

    async def calls() -> list[Any]:
        loops.append(asyncio.get_running_loop())
        return [await client.identify("1", {"n": 1}), await client.identify("2", {"n": 2})]

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert asyncio.run(calls()) == [{}, {}]
        # the run's pool was closed while its loop still ran: its connection is closed, not left open
        assert pools.pool_for(loops[0]) is None
        assert wait_until(lambda: peers.closed == [peers.ports[0]])
        assert asyncio.run(calls()) == [{}, {}]
        assert asyncio.run(calls()) == [{}, {}]
        gc.collect()
    assert len(set(peers.ports)) == 3  # one connection per loop, kept alive within it
    assert peers.ports[0] == peers.ports[1]
    assert wait_until(lambda: len(peers.closed) == 3)
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []
    assert "Unclosed" not in caplog.text and "Event loop is closed" not in caplog.text


def test_aclose_inside_a_run_then_another_run(async_pool: str, servers: Callable[..., Server]) -> None:
    peers = Peers()
    server = peer_server(servers, peers)
    client = AsyncTrackClient("site", "key", url=server.url() + "/api/v1", retry=RetryOptions(max_retries=0))

    async def calls() -> Any:
        async with client:
            return await client.identify("1", {})

    assert asyncio.run(calls()) == {}
    assert asyncio.run(calls()) == {}
    assert wait_until(lambda: len(peers.closed) == 2)


def test_two_threads_with_their_own_loops_share_one_client(async_pool: str, servers: Callable[..., Server]) -> None:
    peers = Peers()
    server = peer_server(servers, peers)
    client = AsyncTrackClient("site", "key", url=server.url() + "/api/v1", retry=RetryOptions(max_retries=0))
    both_running = threading.Barrier(2, timeout=5)
    results: list[Any] = []

    async def calls() -> None:
        results.append(await client.identify("1", {}))
        await asyncio.to_thread(both_running.wait)  # each loop is alive while the other sends
        results.append(await client.identify("2", {}))

    threads = [threading.Thread(target=asyncio.run, args=(calls(),)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert results == [{}, {}, {}, {}]
    assert len(set(peers.ports)) == 2


def test_one_client_in_successive_trio_runs(async_pool: str, servers: Callable[..., Server]) -> None:
    trio = pytest.importorskip("trio")
    peers = Peers()
    server = peer_server(servers, peers)
    client = AsyncTrackClient("site", "key", url=server.url() + "/api/v1", retry=RetryOptions(max_retries=0))

    async def calls() -> list[Any]:
        return [await client.identify("1", {}), await client.identify("2", {})]

    assert trio.run(calls) == [{}, {}]
    assert trio.run(calls) == [{}, {}]
    assert len(set(peers.ports)) == 2 and peers.ports[0] == peers.ports[1]
    assert wait_until(lambda: len(peers.closed) == 2)  # each run's pool closed at the run's end


def test_a_callers_async_client_from_an_ended_loop_is_a_clear_error(servers: Callable[..., Server]) -> None:
    server = servers(ok)
    http_client = httpx.AsyncClient()
    client = AsyncTrackClient(
        "site", "key", url=server.url() + "/api/v1", http_client=http_client, retry=RetryOptions(max_retries=0)
    )
    assert asyncio.run(client.identify("1", {})) == {}
    with pytest.raises(EventLoopError, match="cannot move between loops") as caught:
        asyncio.run(client.identify("2", {}))
    assert isinstance(caught.value, CustomerIOError)


EXIT_SCRIPT = """
import asyncio, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import customerio._aiohttp_transport as transport
if sys.argv[1] == "httpx":
    transport.aiohttp_available = lambda: False
from customerio import AsyncTrackClient

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_PUT(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")
    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
threading.Thread(target=server.serve_forever, daemon=True).start()
client = AsyncTrackClient("site", "key", url=f"http://127.0.0.1:{server.server_address[1]}/api/v1")
print(asyncio.run(client.identify("1", {})), asyncio.run(client.identify("2", {})))
"""


def test_nothing_is_reported_at_exit_after_successive_runs(async_pool: str) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-W", "always", "-c", EXIT_SCRIPT, async_pool],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "{} {}"
    # -X dev reports unclosed sockets, transports and sessions; "Executing <Task ...> took" lines are
    # dev mode's slow-callback notes (the first request imports the pool)
    problems = [line for line in done.stderr.splitlines() if line.strip() and "took" not in line]
    assert problems == []
