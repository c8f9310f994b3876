"""`AiohttpTransport`: the async clients' aiohttp-backed connection pool, against loopback servers.

Each test runs its own asyncio loop with a scripted HTTP/1.1 server on 127.0.0.1 and is bounded by
`asyncio.wait_for`; client timeouts are at most 2 s (0.3 s where the server stays silent). The
retry layer's sleep is injected, so retries happen at once. The tests that send through aiohttp
are skipped where it is not installed (it is optional; `pip install 'customerio-sdk[aiohttp]'` brings it).
"""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from customerio import APIConnectionError, APITimeoutError, AsyncTrackClient, NotFoundError, RetryOptions
from customerio._aiohttp_transport import AiohttpTransport, aiohttp_available, default_async_transport
from customerio._base_client import _POOL_LIMITS
from customerio._redirects import AsyncRedirectTransport
from customerio._retry import AsyncRetryTransport

requires_aiohttp = pytest.mark.skipif(not aiohttp_available(), reason="aiohttp is not installed")

TEST_LIMIT = 10.0
OK_EMPTY = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"


@dataclass
class Seen:
    request_line: str
    headers: list[tuple[str, str]]
    body: bytes
    connection: int
    raw: bytes

    def header(self, name: str) -> str | None:
        values = [v for k, v in self.headers if k.lower() == name.lower()]
        return values[0] if values else None


Reply = bytes | str  # raw response bytes, or "close" (hang up) / "silent" (never answer)


@dataclass
class Server:
    """Answers each request with the next scripted reply (the last one repeats)."""

    replies: list[Reply]
    seen: list[Seen] = field(default_factory=list)
    connections: int = 0
    port: int = 0
    _server: asyncio.Server | None = None

    async def __aenter__(self) -> Server:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *_: object) -> None:
        assert self._server is not None
        self._server.close()

    def url(self, path: str = "/api/v1") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        number = self.connections
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                request_line, *lines = head[:-4].decode("latin-1").split("\r\n")
                headers = [(k.strip(), v.strip()) for k, _, v in (line.partition(":") for line in lines)]
                length = int(next((v for k, v in headers if k.lower() == "content-length"), "0"))
                body = await reader.readexactly(length) if length else b""
                self.seen.append(Seen(request_line, headers, body, number, head + body))
                reply = self.replies[min(len(self.seen) - 1, len(self.replies) - 1)]
                if reply == "close":
                    return
                if reply == "silent":
                    await asyncio.sleep(TEST_LIMIT)
                    return
                assert isinstance(reply, bytes)
                writer.write(reply)
                await writer.drain()
        finally:
            writer.close()


def run(test: Callable[[], Coroutine[Any, Any, None]]) -> None:
    asyncio.run(asyncio.wait_for(test(), TEST_LIMIT))


async def _no_sleep(_: float) -> None:
    return None


def aiohttp_client(server: Server, retry: RetryOptions | None = None, timeout: float = 2.0) -> AsyncTrackClient:
    """An AsyncTrackClient whose pool is an AiohttpTransport (whatever the default is)."""
    client = AsyncTrackClient("site", "key", url=server.url(), timeout=timeout, retry=retry)
    client._pool = AiohttpTransport(limits=_POOL_LIMITS)
    client._transport = AsyncRetryTransport(
        AsyncRedirectTransport(client._pool), client._config.retry, sleep=_no_sleep, random=lambda: 0.5
    )
    return client


def response(status: str, body: bytes, *headers: str) -> bytes:
    head = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}", *headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


# --- what goes on the wire ----------------------------------------------------------------------


@requires_aiohttp
def test_the_request_bytes_match_httpx_own_transport() -> None:
    async def send_with(pool: httpx.AsyncBaseTransport, server: Server) -> None:
        request = httpx.Request(
            "PUT",
            server.url("/api/v1/customers/a%20b%2F'(?x=%27(&y=1"),
            headers={"Authorization": "Basic c2l0ZTprZXk=", "Content-Type": "application/json", "X-A": "1"},
            content=b'{"email":"x@y"}',
            extensions={"timeout": httpx.Timeout(2.0).as_dict()},
        )
        answer = await pool.handle_async_request(request)
        await answer.aread()
        await pool.aclose()

    async def test() -> None:
        async with Server([OK_EMPTY]) as server:
            await send_with(httpx.AsyncHTTPTransport(), server)
            await send_with(AiohttpTransport(), server)
        reference, ours = server.seen
        assert ours.request_line == reference.request_line == "PUT /api/v1/customers/a%20b%2F'(?x=%27(&y=1 HTTP/1.1"
        assert ours.headers == reference.headers
        assert ours.body == reference.body == b'{"email":"x@y"}'
        for name in ("Accept", "Accept-Encoding", "Cookie"):
            assert ours.header(name) is None

    run(test)


@requires_aiohttp
def test_a_bodyless_get_sends_no_body_and_no_aiohttp_headers() -> None:
    async def test() -> None:
        async with Server([OK_EMPTY]) as server:
            client = aiohttp_client(server)
            assert await client.get_account_region() is not None
            await client.aclose()
        (seen,) = server.seen
        assert seen.request_line == "GET /api/v1/accounts/region HTTP/1.1"
        assert seen.body == b""
        assert seen.header("Content-Length") is None
        assert (seen.header("User-Agent") or "").startswith("Customer.io Python Client/")
        assert seen.header("Accept-Encoding") is None

    run(test)


@requires_aiohttp
def test_identify_goes_through_one_kept_alive_connection() -> None:
    async def test() -> None:
        async with Server([OK_EMPTY]) as server:
            client = aiohttp_client(server)
            for index in range(5):
                assert await client.identify(str(index), {"plan": "pro"}) == {}
            await client.aclose()
        assert [json.loads(s.body) for s in server.seen] == [{"plan": "pro"}] * 5
        assert {s.connection for s in server.seen} == {1}
        assert server.seen[0].header("Authorization") == "Basic c2l0ZTprZXk="

    run(test)


@requires_aiohttp
def test_a_streamed_body_is_sent_whole_with_a_content_length() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"a":'
        yield b"1}"

    async def test() -> None:
        async with Server([OK_EMPTY]) as server:
            pool = AiohttpTransport()
            request = httpx.Request(
                "POST", server.url("/x"), content=chunks(), extensions={"timeout": httpx.Timeout(2.0).as_dict()}
            )
            assert request.headers["Transfer-Encoding"] == "chunked"
            await (await pool.handle_async_request(request)).aread()
            await pool.aclose()
        (seen,) = server.seen
        assert seen.body == b'{"a":1}'
        assert seen.header("Content-Length") == "7"
        assert seen.header("Transfer-Encoding") is None

    run(test)


@requires_aiohttp
def test_concurrent_calls_share_a_pool_bounded_by_max_connections() -> None:
    async def test() -> None:
        async with Server([OK_EMPTY]) as server:
            client = AsyncTrackClient("site", "key", url=server.url(), timeout=2.0)
            client._pool = AiohttpTransport(limits=httpx.Limits(max_connections=3))
            client._transport = AsyncRetryTransport(AsyncRedirectTransport(client._pool), client._config.retry)
            answers = await asyncio.gather(*(client.identify(str(i), {"i": i}) for i in range(30)))
            await client.aclose()
        assert answers == [{}] * 30
        assert sorted(json.loads(s.body)["i"] for s in server.seen) == list(range(30))
        assert 1 <= server.connections <= 3

    run(test)


# --- what comes back ----------------------------------------------------------------------------


@requires_aiohttp
def test_status_headers_and_a_gzip_body_reach_httpx_undecoded_then_decoded() -> None:
    body = gzip.compress(b'{"region":"eu","url":"https://track-eu.customer.io"}')
    reply = response("200 OK", body, "Content-Type: application/json", "Content-Encoding: gzip", "X-Thing: 1")

    async def test() -> None:
        async with Server([reply]) as server:
            pool = AiohttpTransport()
            request = httpx.Request("GET", server.url("/x"), extensions={"timeout": httpx.Timeout(2.0).as_dict()})
            answer = await pool.handle_async_request(request)
            await answer.aread()
            await pool.aclose()
        assert answer.status_code == 200
        assert answer.headers["x-thing"] == "1"
        assert answer.headers["content-encoding"] == "gzip"
        assert answer.json() == {"region": "eu", "url": "https://track-eu.customer.io"}
        assert answer.http_version == "HTTP/1.1"
        assert answer.reason_phrase == "OK"

    run(test)


@requires_aiohttp
def test_an_error_status_becomes_the_sdk_error() -> None:
    reply = response("404 Not Found", b'{"meta":{"error":"no such person"}}', "Content-Type: application/json")

    async def test() -> None:
        async with Server([reply]) as server:
            client = aiohttp_client(server)
            with pytest.raises(NotFoundError, match="no such person"):
                await client.identify("1", {})
            await client.aclose()

    run(test)


@requires_aiohttp
def test_retries_and_redirects_work_over_the_transport() -> None:
    busy = response("503 Service Unavailable", b"{}")

    async def test() -> None:
        async with Server([busy, OK_EMPTY]) as target:
            moved = response("307 Temporary Redirect", b"", f"Location: {target.url('/api/v1/customers/9')}")
            async with Server([moved]) as origin:
                client = aiohttp_client(origin, retry=RetryOptions(max_retries=2))
                assert await client.identify("9", {"a": 1}) == {}
                await client.aclose()
        # The 503 is retried from the start (the retry layer wraps the redirect layer): origin, target, twice.
        assert [s.request_line for s in origin.seen] == ["PUT /api/v1/customers/9 HTTP/1.1"] * 2
        assert [s.body for s in target.seen] == [b'{"a":1}', b'{"a":1}']
        assert [s.header("X-Retry-Count") for s in origin.seen] == [None, "1"]
        assert [s.header("X-Retry-Count") for s in target.seen] == [None, "1"]

    run(test)


# --- failures -----------------------------------------------------------------------------------


@requires_aiohttp
def test_connection_refused_is_a_connect_error() -> None:
    async def test() -> None:
        async with Server([OK_EMPTY]) as server:
            port = server.port
        pool = AiohttpTransport()
        request = httpx.Request(
            "GET", f"http://127.0.0.1:{port}/", extensions={"timeout": httpx.Timeout(2.0).as_dict()}
        )
        with pytest.raises(httpx.ConnectError) as caught:
            await pool.handle_async_request(request)
        assert caught.value.request is request
        await pool.aclose()

        client = AsyncTrackClient("site", "key", url=f"http://127.0.0.1:{port}/api/v1", retry={"max_retries": 0})
        client._pool = AiohttpTransport()
        client._transport = AsyncRetryTransport(AsyncRedirectTransport(client._pool), client._config.retry)
        with pytest.raises(APIConnectionError) as error:
            await client.identify("1", {})
        assert isinstance(error.value.__cause__, httpx.ConnectError)
        assert "key" not in str(error.value)
        await client.aclose()

    run(test)


@requires_aiohttp
def test_a_silent_server_is_a_read_timeout() -> None:
    async def test() -> None:
        async with Server(["silent"]) as server:
            client = aiohttp_client(server, retry=RetryOptions(max_retries=1), timeout=0.3)
            with pytest.raises(APITimeoutError) as error:
                await client.identify("1", {})
            # the attempt's deadline (as long as the read timeout) is what ran out
            assert isinstance(error.value.__cause__, httpx.TimeoutException)
            await client.aclose()
        assert len(server.seen) == 2  # the timeout was retried once

    run(test)


@requires_aiohttp
def test_a_hang_up_is_a_protocol_error_and_is_retried() -> None:
    async def test() -> None:
        async with Server(["close", OK_EMPTY]) as server:
            client = aiohttp_client(server, retry=RetryOptions(max_retries=2))
            assert await client.identify("1", {"a": 1}) == {}
            await client.aclose()
        assert len(server.seen) == 2
        assert server.seen[1].header("X-Retry-Count") == "1"

        async with Server(["close"]) as server:
            pool = AiohttpTransport()
            request = httpx.Request(
                "POST", server.url("/x"), content=b"{}", extensions={"timeout": httpx.Timeout(2.0).as_dict()}
            )
            with pytest.raises(httpx.TransportError) as caught:
                await pool.handle_async_request(request)
            assert isinstance(caught.value, httpx.RemoteProtocolError | httpx.ReadError)
            await pool.aclose()

        # No hidden replay by aiohttp: with retries off, an idempotent PUT is sent exactly once.
        async with Server(["close", OK_EMPTY]) as server:
            client = aiohttp_client(server, retry=RetryOptions(max_retries=0))
            with pytest.raises(APIConnectionError):
                await client.identify("1", {"a": 1})
            await client.aclose()
        assert len(server.seen) == 1

    run(test)


# --- lifecycle ----------------------------------------------------------------------------------


@requires_aiohttp
def test_aclose_closes_the_pool_and_later_use_is_refused() -> None:
    async def test() -> None:
        async with Server([OK_EMPTY]) as server:
            pool = AiohttpTransport()
            request = httpx.Request("GET", server.url("/x"), extensions={"timeout": httpx.Timeout(2.0).as_dict()})
            await (await pool.handle_async_request(request)).aread()
            session = pool._session
            await pool.aclose()
            assert session is not None and session.closed
            with pytest.raises(RuntimeError, match="closed"):
                await pool.handle_async_request(request)

    run(test)


@requires_aiohttp
def test_one_transport_serves_successive_event_loops() -> None:
    pool = AiohttpTransport()
    sessions: list[Any] = []

    async def once() -> None:
        async with Server([OK_EMPTY]) as server:
            request = httpx.Request("GET", server.url("/x"), extensions={"timeout": httpx.Timeout(2.0).as_dict()})
            answer = await pool.handle_async_request(request)
            assert answer.status_code == 200
            sessions.append(pool._session)

    run(once)
    run(once)
    assert sessions[0] is not sessions[1]

    async def close() -> None:
        await pool.aclose()

    run(close)


@requires_aiohttp
def test_the_timeout_extension_becomes_aiohttp_timeouts() -> None:
    pool = AiohttpTransport()
    request = httpx.Request(
        "GET", "http://127.0.0.1:1/", extensions={"timeout": httpx.Timeout(5.0, connect=1.5, pool=2.0).as_dict()}
    )
    timeout = pool._timeout(request)
    assert (timeout.total, timeout.connect, timeout.sock_connect, timeout.sock_read) == (None, 3.5, 1.5, 5.0)
    unbounded = pool._timeout(
        httpx.Request("GET", "http://127.0.0.1:1/", extensions={"timeout": httpx.Timeout(None).as_dict()})
    )
    assert (unbounded.total, unbounded.connect, unbounded.sock_connect, unbounded.sock_read) == (None, None, None, None)
    assert pool._timeout(request) is timeout  # cached


def test_default_async_transport_follows_whether_aiohttp_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = AiohttpTransport if aiohttp_available() else httpx.AsyncHTTPTransport
    assert isinstance(default_async_transport(_POOL_LIMITS), expected)
    monkeypatch.setattr("customerio._aiohttp_transport.aiohttp_available", lambda: False)
    assert isinstance(default_async_transport(_POOL_LIMITS), httpx.AsyncHTTPTransport)
    monkeypatch.setattr("customerio._aiohttp_transport.aiohttp_available", lambda: True)
    transport = default_async_transport(_POOL_LIMITS, verify=False)
    assert isinstance(transport, AiohttpTransport)
    assert transport._verify is False and transport._limits is _POOL_LIMITS


def test_importing_the_module_does_not_import_aiohttp() -> None:
    import subprocess
    import sys

    code = "import sys, customerio._aiohttp_transport as t; print('aiohttp' in sys.modules, hasattr(t, 'asyncio'))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "False False"  # nor does it import asyncio itself


@requires_aiohttp
def test_outside_asyncio_the_transport_sends_through_httpx_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under trio (no asyncio loop) aiohttp cannot run: httpx's own pool is used instead."""
    monkeypatch.setattr("customerio._aiohttp_transport._asyncio_loop", lambda: None)

    async def test() -> None:
        async with Server([OK_EMPTY]) as server:
            pool = AiohttpTransport()
            request = httpx.Request("GET", server.url("/x"), extensions={"timeout": httpx.Timeout(2.0).as_dict()})
            answer = await pool.handle_async_request(request)
            await answer.aread()
            assert answer.json() == {}
            assert pool._session is None
            assert isinstance(pool._fallback, httpx.AsyncHTTPTransport)
            await pool.aclose()

    run(test)
