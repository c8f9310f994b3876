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
import json
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
import trustme

import customerio._aiohttp_transport as aiohttp_transport
import customerio._base_client as base_client
from customerio import APITimeoutError, AsyncTrackClient, RetryOptions, SecretHeader, TrackClient
from customerio._aiohttp_transport import aiohttp_available

DRIP_BYTES = 100  # at one byte per 0.2 s: a 20 s body


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Behaviour = Callable[["Server", BaseHTTPRequestHandler], None]


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

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
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
