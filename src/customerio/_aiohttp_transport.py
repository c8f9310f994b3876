"""An httpx async transport that sends through aiohttp, used by the async clients when aiohttp is installed.

httpx's own async pool (httpcore over anyio) spends several times more CPU per request than aiohttp,
and gets slower under concurrency: on loopback, 32 concurrent `AsyncTrackClient.identify` calls made
about 4,300 calls/s through this transport against about 430 through httpx's pool (docs/performance.md).
The rest of the stack (retries, redirects, request building, response reading) is unchanged: this
only replaces the innermost connection pool.

What goes on the wire is what `httpx.AsyncHTTPTransport` would send: the request's own headers and
URL bytes (no re-quoting), no `Accept`/`Accept-Encoding`/`User-Agent` added by aiohttp, no cookie jar,
no redirects followed here and no hidden replay of a request (retries are the retry layer's). The one
difference: a body-less DELETE carries `Content-Length: 0`. The raw (still encoded) answer is handed
back to httpx, which decodes it. Timeouts come from the request's `timeout` extension; aiohttp's
errors are raised as the matching `httpx.TransportError` subclasses, so the retry policy and the
error mapping treat both pools alike.

aiohttp is imported only when the first request is sent (importing `customerio` never loads it), and
only under asyncio: under another async library (trio) the transport sends through
`httpx.AsyncHTTPTransport` instead. One aiohttp session is kept per event loop in use (the
clients put one transport per loop anyway, see `_loop_pools`).
"""

from __future__ import annotations

import importlib
import importlib.util
import ssl
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

import httpx

from ._errors import CustomerIOError

if TYPE_CHECKING:  # asyncio is not imported at run time until a loop runs (keeps `import customerio` lean)
    import asyncio

__all__ = ["AiohttpTransport", "TransportClosedError", "aiohttp_available", "default_async_transport"]

_SKIP_AUTO_HEADERS = ("Accept", "Accept-Encoding", "User-Agent", "Content-Type")
_DROP_HEADERS = frozenset({b"transfer-encoding"})


class TransportClosedError(CustomerIOError, RuntimeError):
    """A request reached an `AiohttpTransport` after its `aclose()`."""


def aiohttp_available() -> bool:
    """Whether aiohttp can be imported (checked without importing it)."""
    return importlib.util.find_spec("aiohttp") is not None


def default_async_transport(limits: httpx.Limits, verify: ssl.SSLContext | bool = True) -> httpx.AsyncBaseTransport:
    """The async clients' connection pool: aiohttp's when it is installed, else httpx's."""
    if aiohttp_available():
        return AiohttpTransport(limits=limits, verify=verify)
    return httpx.AsyncHTTPTransport(limits=limits, verify=verify)


class _Aiohttp:
    """The aiohttp module and the pieces of it the transport uses, loaded on first use."""

    def __init__(self, module: ModuleType) -> None:
        self.module = module
        self.url = importlib.import_module("yarl").URL
        errors = module
        # Most specific first: the first matching class decides the httpx error raised.
        self.error_map: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
            (errors.ConnectionTimeoutError, httpx.ConnectTimeout),
            (errors.ServerTimeoutError, httpx.ReadTimeout),
            (errors.ClientConnectorError, httpx.ConnectError),
            (errors.ServerDisconnectedError, httpx.RemoteProtocolError),
            (errors.ClientPayloadError, httpx.RemoteProtocolError),
            (errors.ClientResponseError, httpx.RemoteProtocolError),
            (errors.InvalidURL, httpx.UnsupportedProtocol),
            (errors.NonHttpUrlClientError, httpx.UnsupportedProtocol),
            (errors.ClientConnectionError, httpx.ReadError),
            (TimeoutError, httpx.ReadTimeout),
            (errors.ClientError, httpx.TransportError),
            (OSError, httpx.NetworkError),
        )


_loaded: _Aiohttp | None = None


def _load() -> _Aiohttp:
    global _loaded
    if _loaded is None:
        _loaded = _Aiohttp(importlib.import_module("aiohttp"))
    return _loaded


def _asyncio_loop() -> asyncio.AbstractEventLoop | None:
    """The running asyncio loop, or None under another async library."""
    module = sys.modules.get("asyncio")
    if module is None:  # no asyncio loop can be running before asyncio is imported
        return None
    try:
        loop: asyncio.AbstractEventLoop = module.get_running_loop()
    except RuntimeError:
        return None
    return loop


class AiohttpTransport(httpx.AsyncBaseTransport):
    """`httpx.AsyncBaseTransport` over an `aiohttp.ClientSession` (HTTP/1.1, keep-alive pool).

    `limits.max_connections` bounds the connections (aiohttp has no separate keep-alive count) and
    `limits.keepalive_expiry` is how long an idle connection is kept. `verify` is as for httpx:
    True (certifi's CA bundle, as httpx uses), False, or an `ssl.SSLContext`.
    """

    def __init__(self, *, limits: httpx.Limits | None = None, verify: ssl.SSLContext | bool = True) -> None:
        limits = limits if limits is not None else httpx.Limits()
        self._limits = limits
        self._verify = verify
        self._session: Any = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._fallback: httpx.AsyncHTTPTransport | None = None
        self._timeouts: dict[tuple[float | None, ...], Any] = {}
        self._closed = False

    def _new_session(self) -> Any:
        aiohttp = _load().module
        limits = self._limits
        verify = self._verify
        context = verify if isinstance(verify, ssl.SSLContext) or verify is False else httpx.create_ssl_context()
        connector = aiohttp.TCPConnector(
            limit=limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=limits.keepalive_expiry if limits.keepalive_expiry is not None else 15.0,
            ssl=context,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            skip_auto_headers=_SKIP_AUTO_HEADERS,
            auto_decompress=False,
            raise_for_status=False,
            timeout=aiohttp.ClientTimeout(total=None),
        )
        if hasattr(session, "_retry_connection"):
            # aiohttp silently replays an idempotent request once when the connection drops; the SDK's
            # retry policy does that (counted, with X-Retry-Count, and not at all with max_retries=0).
            session._retry_connection = False
        return session

    async def _session_for(self, loop: asyncio.AbstractEventLoop) -> Any:
        """The session of the running loop (a client moved to another loop gets a new one)."""
        await self._discard_session()
        if self._session is None or self._loop is not loop:  # another task may have made it meanwhile
            self._session = self._new_session()
            self._loop = loop
        return self._session

    async def _discard_session(self) -> None:
        session, old_loop = self._session, self._loop
        self._session = self._loop = None
        if session is None or old_loop is None:
            return
        if old_loop is _asyncio_loop() or old_loop.is_closed():
            # On a closed loop aiohttp only marks the connections closed; their sockets went with it.
            await session.close()
        else:  # the loop still runs (in another thread): close the session there
            old_loop.call_soon_threadsafe(lambda: old_loop.create_task(session.close()))

    def _timeout(self, request: httpx.Request) -> Any:
        spec = request.extensions.get("timeout") or {}
        connect, read, pool = spec.get("connect"), spec.get("read"), spec.get("pool")
        key = (connect, read, pool)
        timeout = self._timeouts.get(key)
        if timeout is None:
            acquire = None if connect is None or pool is None else connect + pool
            timeout = _load().module.ClientTimeout(total=None, connect=acquire, sock_connect=connect, sock_read=read)
            if len(self._timeouts) < 64:
                self._timeouts[key] = timeout
        return timeout

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._closed:
            raise TransportClosedError("the transport is closed")
        loop = _asyncio_loop()
        if loop is None:  # not asyncio (e.g. trio): httpx's own pool works everywhere anyio does
            if self._fallback is None:
                self._fallback = httpx.AsyncHTTPTransport(limits=self._limits, verify=self._verify)
            return await self._fallback.handle_async_request(request)
        loaded = _load()
        session = self._session
        if session is None or self._loop is not loop:
            session = await self._session_for(loop)
        body = await request.aread()
        headers = [
            (k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw if k.lower() not in _DROP_HEADERS
        ]
        try:
            async with session.request(
                request.method,
                loaded.url(str(request.url), encoded=True),
                headers=headers,
                data=body or None,
                allow_redirects=False,
                timeout=self._timeout(request),
            ) as response:
                content = await response.read()
                status = response.status
                raw_headers = list(response.raw_headers)
                reason = response.reason or ""
        except Exception as error:
            for source, target in loaded.error_map:
                if isinstance(error, source):
                    raise target(f"{type(error).__name__}: {error}", request=request) from error
            raise
        return httpx.Response(
            status,
            headers=raw_headers,
            content=content,
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": reason.encode("latin-1", "replace")},
        )

    async def aclose(self) -> None:
        self._closed = True
        await self._discard_session()
        if self._fallback is not None:
            await self._fallback.aclose()
