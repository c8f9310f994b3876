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
    for byte in b'{ } ':
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
