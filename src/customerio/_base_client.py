"""The transport core every client shares: configuration, request building, sending, reading.

The generated operations classes (`_customerio_gen.<api>.client`) describe each call as a
`Prepared` request; `SyncClientCore` / `AsyncClientCore` turn it into an `httpx.Request`, send it
through the retry and redirect transports, and read the answer into the operation's type or a
`CustomerIORequestError`.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import ssl
import weakref
from collections.abc import Callable, Mapping
from typing import Any, Generic, Self, TypeVar
from urllib.parse import quote

import attrs
import httpx

from _customerio_gen import _runtime as _rt
from _customerio_gen._runtime import USE_CLIENT_DEFAULT, UseClientDefault

from . import __version__
from ._aiohttp_transport import default_async_transport
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    CustomerIORequestError,
    EventLoopError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    InvalidResponseError,
    MissingParamError,
    ResponseInfo,
    request_error_for,
)
from ._loop_pools import LoopPools
from ._rate_limit import RATE_LIMITER, ClientLimits
from ._redirects import SECRET_HEADERS, AsyncRedirectTransport, RedirectTransport, secret_names
from ._request_checks import SizeLimit, check_headers
from ._retry import AsyncRetryTransport, RetryOptions, RetryTransport, retry_options
from ._serialize import EncodedJSON, dumps

T = TypeVar("T")
P = TypeVar("P", httpx.BaseTransport, httpx.AsyncBaseTransport)
logger = logging.getLogger("customerio")

USER_AGENT = f"Customer.io Python Client/{__version__}"
DEFAULT_TIMEOUT = 10.0
_QUERY_SAFE = "!~*'()"
_POOL_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=30.0)

TimeoutArg = float | httpx.Timeout | None


def _keep_dot_segments(path: str) -> str:
    """Escape path segments that are exactly `.` or `..` (an id such as ".."), which URL
    normalisation would otherwise resolve, sending the request to another endpoint."""
    return "/".join(_DOT_SEGMENTS.get(segment, segment) for segment in path.split("/"))


_DOT_SEGMENTS = {".": "%2E", "..": "%2E%2E"}


@functools.cache
def default_ssl_context() -> ssl.SSLContext:
    """One TLS context per process: loading the CA bundle costs ~20 ms, too much for every client."""
    return httpx.create_ssl_context()


def to_timeout(value: TimeoutArg) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float) or value <= 0):
        raise InvalidArgumentError("timeout must be a positive number of seconds, an httpx.Timeout, or None")
    return httpx.Timeout(value)


def _checked_headers(instance: object, attribute: Any, value: Mapping[str, str]) -> None:
    check_headers(value, "headers")


@attrs.frozen(repr=False)
class ClientConfig:
    """What a client sends with every request. `authorization` is secret and never shown."""

    authorization: str
    roots: Mapping[str, str]
    timeout: httpx.Timeout
    retry: RetryOptions
    headers: Mapping[str, str] = attrs.field(validator=_checked_headers)
    # (base, operation) -> the most bytes Customer.io processes in that request's body (see `check_size`)
    size_limits: Mapping[tuple[str, str], SizeLimit] = attrs.field(factory=dict, kw_only=True)
    # the client's limiters (`rate_limit=`): the same object in every `with_options` copy
    rate_limits: ClientLimits | None = attrs.field(default=None, kw_only=True, eq=False)
    # per-root request templates, made on first use (see `_template`)
    _templates: dict[str, _Template | None] = attrs.field(init=False, factory=dict, eq=False, repr=False)

    def __repr__(self) -> str:
        limits = "" if self.rate_limits is None else f", rate_limits={self.rate_limits!r}"
        return f"ClientConfig(roots={dict(self.roots)!r}, timeout={self.timeout!r}, retry={self.retry!r}{limits})"


def check_size(config: ClientConfig, prepared: _rt.Prepared[Any], content: bytes) -> None:
    """Refuse a body over its API's limit before sending it: Customer.io would take it and drop it."""
    limit = config.size_limits.get((prepared.base, prepared.operation))
    if limit is not None:
        limit.check(prepared.operation, content, prepared.body)


# A path httpx leaves exactly as it is (no character to percent-encode, only well-formed `%XX`
# escapes, nothing that ends the path): such a URL can skip httpx's parser, see `_Template`.
_PLAIN_PATH = re.compile(r"/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*")
_MAX_PLAIN_URL = 8192
# Headers that `httpx.Request` would add or treat specially: a config naming one takes the general path.
_AUTO_HEADERS = frozenset({"host", "content-length", "transfer-encoding"})


class _Template:
    """What every JSON request to one root shares, worked out once per client configuration.

    `httpx.Request(method, url_string, content=...)` parses the URL (about a third of the SDK's
    CPU per call) and rebuilds the headers twice. For a root that parses back to itself and a
    path of plain characters, the parsed root with the path appended *is* what httpx's parser
    returns, and the headers come out in the order httpx would put them (`Host`, the client's,
    `Content-Length` last; a body-less POST/PUT/PATCH gets `Content-Length: 0` after `Host`).
    `_check()` compares both with what httpx builds, once per template: any difference (another
    httpx version) and the general path is used instead.
    """

    __slots__ = ("headers", "host", "parsed", "secret", "timeout")

    def __init__(self, config: ClientConfig, root: str) -> None:
        self.parsed: Any = httpx.URL(root)._uri_reference
        self.host = (b"Host", httpx.URL(root).netloc)
        headers = httpx.Headers(config.headers)
        headers["Authorization"] = config.authorization
        headers["Content-Type"] = "application/json"
        headers["User-Agent"] = USER_AGENT
        self.headers: list[tuple[bytes, bytes]] = headers.raw
        self.timeout = config.timeout.as_dict()
        self.secret = secret_names(config.headers)

    def url(self, path: str, query: str | None) -> httpx.URL:
        url = httpx.URL.__new__(httpx.URL)
        parsed = self.parsed
        url._uri_reference = parsed._replace(path=parsed.path + path, query=query)
        return url

    def request(self, method: str, url: httpx.URL, content: bytes | None, extensions: dict[str, Any]) -> httpx.Request:
        if content is not None:
            raw = [self.host, *self.headers, (b"Content-Length", str(len(content)).encode())]
        elif method in ("POST", "PUT", "PATCH"):
            raw = [self.host, (b"Content-Length", b"0"), *self.headers]
        else:
            raw = [self.host, *self.headers]
        request = httpx.Request(
            method, url, headers=httpx.Headers(raw), stream=httpx.ByteStream(content or b""), extensions=extensions
        )
        request.read()
        return request

    @staticmethod
    def make(config: ClientConfig, root: str) -> _Template | None:
        if any(name.lower() in _AUTO_HEADERS for name in config.headers):
            return None
        try:
            parsed = httpx.URL(root)
            if str(parsed) != root or parsed.query or parsed.fragment or not parsed.host:
                return None
            template = _Template(config, root)
            if not template._check(config, root):
                return None
        except Exception:  # an unusual root (or httpx internals other than expected): the general path
            return None
        return template

    def _check(self, config: ClientConfig, root: str) -> bool:
        for method, content in (("PUT", b"{}"), ("POST", None), ("GET", None)):
            expected = _general_request(config, root + "/a/b%2F", "x=1", None, method, content, self.timeout)
            actual = self.request(method, self.url("/a/b%2F", "x=1"), content, {"timeout": self.timeout})
            if (
                actual.url != expected.url
                or actual.url.raw_path != expected.url.raw_path
                or actual.headers.raw != expected.headers.raw
                or actual.content != expected.content
            ):
                return False
        return True


def _general_request(
    config: ClientConfig,
    url: str,
    query: str | None,
    extra_headers: Mapping[str, str] | None,
    method: str,
    content: bytes | None,
    timeout: dict[str, Any],
) -> httpx.Request:
    if query is not None:
        url += "?" + query
    # httpx.Headers compares names case-insensitively, so the SDK's own headers replace any spelling of them.
    headers = httpx.Headers(config.headers)
    if extra_headers:
        headers.update(extra_headers)
    headers["Authorization"] = config.authorization
    headers["Content-Type"] = "application/json"
    headers["User-Agent"] = USER_AGENT
    extensions: dict[str, Any] = {"timeout": timeout}
    secret = secret_names(config.headers, extra_headers)
    if secret:
        extensions[SECRET_HEADERS] = secret
    return httpx.Request(method, url, headers=headers, content=content, extensions=extensions)


def _template(config: ClientConfig, base: str) -> _Template | None:
    templates = config._templates
    try:
        return templates[base]
    except KeyError:
        template = templates[base] = _Template.make(config, config.roots[base])
        return template


def build_request(
    config: ClientConfig,
    prepared: _rt.Prepared[Any],
    timeout: TimeoutArg | _rt.NotGiven,
    extra_headers: Mapping[str, str] | None,
) -> httpx.Request:
    root = config.roots[prepared.base]
    path = _keep_dot_segments(prepared.path)
    query = (
        "&".join(f"{quote(k, safe=_QUERY_SAFE)}={quote(v, safe=_QUERY_SAFE)}" for k, v in prepared.query)
        if prepared.query
        else None
    )
    body = prepared.body
    if extra_headers is not None:
        check_headers(extra_headers, "extra_headers")
    effective = None if isinstance(timeout, _rt.NotGiven) else to_timeout(timeout).as_dict()
    if isinstance(body, _rt.Multipart):
        url = root + path if query is None else f"{root}{path}?{query}"
        headers = httpx.Headers(config.headers)
        if extra_headers:
            headers.update(extra_headers)
        headers["Authorization"] = config.authorization
        headers.pop("content-type", None)
        headers["User-Agent"] = USER_AGENT
        extensions: dict[str, Any] = {"timeout": config.timeout.as_dict() if effective is None else effective}
        secret = secret_names(config.headers, extra_headers)
        if secret:
            extensions[SECRET_HEADERS] = secret
        return httpx.Request(
            prepared.method, url, headers=headers, files=list(body.files), data=dict(body.fields), extensions=extensions
        )
    if isinstance(body, _rt.NoBody):
        content = None
    elif isinstance(body, EncodedJSON):
        content = body.data
    else:
        content = dumps(body)
    if config.size_limits and content is not None:
        check_size(config, prepared, content)
    if not extra_headers and _PLAIN_PATH.fullmatch(path) and len(path) + len(query or "") < _MAX_PLAIN_URL:
        template = _template(config, prepared.base)
        if template is not None:
            extensions = {"timeout": dict(template.timeout) if effective is None else effective}
            if template.secret:
                extensions[SECRET_HEADERS] = template.secret
            return template.request(prepared.method, template.url(path, query), content, extensions)
    return _general_request(
        config,
        root + path,
        query,
        extra_headers,
        prepared.method,
        content,
        config.timeout.as_dict() if effective is None else effective,
    )


def paced_request(
    config: ClientConfig,
    prepared: _rt.Prepared[Any],
    timeout: TimeoutArg | _rt.NotGiven,
    extra_headers: Mapping[str, str] | None,
) -> httpx.Request:
    """`build_request`, carrying the limiter of the request's endpoint class when the client has
    `rate_limit=`: the retry layer waits for a turn before each attempt (see `_retry`)."""
    request = build_request(config, prepared, timeout, extra_headers)
    limits = config.rate_limits
    if limits is not None:
        request.extensions[RATE_LIMITER] = limits.limiter_for(prepared.base, prepared.operation)
    return request


def _utf8_text(response: httpx.Response) -> bool:
    """Whether `response.text` decodes the body as UTF-8 (no other charset, and httpx's default)."""
    content_type = response.headers.get("content-type")
    if content_type is None or "charset" not in content_type.lower():
        return response.default_encoding == "utf-8"
    return (response.encoding or "").lower() in ("utf-8", "utf8")


def read_response(prepared: _rt.Prepared[T], response: httpx.Response) -> T:
    """The parsed answer of a 2xx response, or the error the status calls for."""
    # Valid UTF-8 decodes alike strictly or with httpx's replacement: skip `response.text` (its
    # charset detection). Anything else (bad bytes, an empty or non-JSON body) is read below.
    if 200 <= response.status_code <= 299 and _utf8_text(response):
        try:
            payload = json.loads(response.content.decode("utf-8"))
        except ValueError:
            pass
        else:
            return prepared.parse(payload)
    text = response.text
    if not 200 <= response.status_code <= 299:
        raise request_error_for(response.status_code, text, response.headers)
    if not text.strip():
        return prepared.parse({})
    try:
        payload = json.loads(text)
    except ValueError:
        info = ResponseInfo(response.status_code, response.headers)
        raise InvalidResponseError(
            response.status_code, text, info, f"the {response.status_code} answer was not JSON"
        ) from None
    return prepared.parse(payload)


def argument_error(error: _rt.ArgumentError) -> Exception:
    if isinstance(error, _rt.ArgumentMissing):
        return MissingParamError(error.param)
    if isinstance(error, _rt.ArgumentWrongType):
        return InvalidArgumentTypeError(str(error))
    return InvalidArgumentError(str(error))


def transport_error(error: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    """The SDK's error for a transport failure, or an answer whose body could not be decoded
    (`httpx.DecodingError`, not retried); the request (and its payload) is kept as `.request`,
    the message names only the method and the URL without query or userinfo."""
    where = f"{request.method} {request.url.copy_with(query=None, userinfo=b'')}"
    result: APIConnectionError
    if isinstance(error, httpx.TimeoutException):
        result = APITimeoutError(f"request timed out: {where}")
    elif isinstance(error, httpx.DecodingError):
        result = APIConnectionError(f"the answer's body could not be decoded (its Content-Encoding): {where}")
    else:
        result = APIConnectionError(f"connection failed ({type(error).__name__}): {where}")
    result.request = request
    return result


def read_response_for(request: httpx.Request, prepared: _rt.Prepared[T], response: httpx.Response) -> T:
    """`read_response`, with the request that was sent kept on the error it raises (as `.request`)."""
    try:
        return read_response(prepared, response)
    except CustomerIORequestError as error:
        error.request = request
        raise


class _OwnedPool(Generic[P]):
    """The connection pool a client made itself, shared with its `with_options` copies, and the
    process it was made in.

    Keep-alive connections must not be shared by two processes: after `os.fork()` the first
    request in the child makes a new pool (`fresh`). The parent's pools are kept referenced here,
    never closed nor finalised in the child: closing them (or letting a finaliser close them) could
    send a TLS close_notify or a FIN on sockets the parent still uses. A caller's `http_client` is
    not handled here: after a fork it is the caller's to replace.
    """

    def __init__(self, make: Callable[[], P]) -> None:
        self._make: Callable[[], P] = make
        self.pool: P = make()
        self.pid = os.getpid()
        self._made: weakref.WeakSet[P] = weakref.WeakSet([self.pool])
        self._inherited: list[P] = []

    def made(self, pool: object) -> bool:
        """Whether `pool` is one of this holder's (not a transport a test or caller put in its place)."""
        return pool in self._made

    def fresh(self, pid: int) -> P:
        """This process's pool, made on first use after a fork."""
        if self.pid != pid:
            self._inherited.append(self.pool)
            self.pool = self._make()
            self._made.add(self.pool)
            self.pid = pid
        return self.pool


def _restack(transport: Any, stale: Any, fresh: Any) -> Any:
    """`transport` (a retry layer over a redirect layer over `stale`) rebuilt over `fresh`, keeping
    the retry options and the injected sleep, random source and clock; None when it is not built so."""
    redirect = getattr(transport, "inner", None)
    if not isinstance(transport, RetryTransport | AsyncRetryTransport) or getattr(redirect, "inner", None) is not stale:
        return None
    if isinstance(transport, RetryTransport):
        return RetryTransport(
            RedirectTransport(fresh),
            transport.options,
            sleep=transport._sleep,
            random=transport._random,
            clock=transport._clock,
            monotonic=transport._monotonic,
        )
    return AsyncRetryTransport(
        AsyncRedirectTransport(fresh),
        transport.options,
        sleep=transport._sleep,
        random=transport._random,
        clock=transport._clock,
    )


def _log(request: httpx.Request, response: httpx.Response) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s %s -> %d", request.method, request.url, response.status_code)


def _new_sync_pool() -> httpx.BaseTransport:
    pool = httpx.HTTPTransport(verify=default_ssl_context(), limits=_POOL_LIMITS)
    from ._deadline_pool import bound_sync_pool  # httpcore: loaded with the pool, not at import

    bound_sync_pool(pool)  # every socket wait within the attempt's deadline
    return pool


def _new_async_pool() -> httpx.AsyncBaseTransport:
    # one pool per event loop: a client may outlive the loop it first ran in (see `_loop_pools`)
    return LoopPools(lambda: default_async_transport(_POOL_LIMITS, verify=default_ssl_context()))


class _ClientSendTransport(httpx.BaseTransport):
    """Sends through a caller's configured `httpx.Client` (proxies, mTLS, HTTP/2, limits)."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # stream=True: the retry layer reads the body itself, within the attempt's deadline
        return self.client.send(request, follow_redirects=False, stream=True)


class _AsyncClientSendTransport(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self.client.send(request, follow_redirects=False, stream=True)
        except RuntimeError as error:
            if not _LOOP_MISMATCH.search(str(error)):
                raise
            raise EventLoopError(
                "the http_client passed to this client holds connections of another event loop (or of one "
                "that has ended): an httpx.AsyncClient cannot move between loops. Make it in the loop that "
                "uses it, or leave http_client out: the SDK's own pool makes one pool per loop"
            ) from error


_LOOP_MISMATCH = re.compile(r"[Ee]vent loop is closed|attached to a different loop|different event loop")


class _CoreMixin:
    """Configuration handling shared by the sync and async cores."""

    def __repr__(self) -> str:
        # the first root is the API's own (track_roots, api_roots and the Pipelines roots put it first)
        return f"{type(self).__name__}(url={next(iter(self._config.roots.values()))!r})"

    _config: ClientConfig
    _owned: _OwnedPool[Any] | None
    _pid: int
    _pool: Any
    _transport: Any

    def _check_fork(self) -> None:
        """After `os.fork()`, move off the parent's pooled connections (see `_OwnedPool`)."""
        pid = os.getpid()
        if self._pid == pid:
            return
        self._pid = pid
        owned = self._owned
        if owned is None or not owned.made(self._pool):
            return  # a caller's http_client, or a transport put in the pool's place: left as it is
        stale = self._pool
        fresh = owned.fresh(pid)
        if fresh is stale:
            return
        self._pool = fresh
        transport = _restack(self._transport, stale, fresh)
        if transport is None:
            transport = self._stack(fresh)
        self._transport = transport

    def _stack(self, pool: Any) -> Any:
        raise NotImplementedError

    def _copy_config(
        self,
        timeout: TimeoutArg | _rt.NotGiven,
        retry: RetryOptions | Mapping[str, Any] | None,
        headers: Mapping[str, str] | None,
    ) -> ClientConfig:
        config = self._config
        if not isinstance(timeout, _rt.NotGiven):
            config = attrs.evolve(config, timeout=to_timeout(timeout))
        if retry is not None:
            config = attrs.evolve(config, retry=retry_options(retry))
        if headers is not None:
            check_headers(headers, "headers")
            config = attrs.evolve(config, headers={**config.headers, **headers})
        return config

    def _argument_error(self, error: _rt.ArgumentError) -> Exception:
        return argument_error(error)


class SyncClientCore(_CoreMixin, _rt.SyncOperationsBase):
    """Sends prepared requests with a blocking httpx transport stack."""

    def __init__(self, config: ClientConfig, http_client: httpx.Client | None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise InvalidArgumentTypeError(
                "http_client must be an httpx.Client (use the Async client for httpx.AsyncClient)"
            )
        self._config = config
        self._owns_pool = http_client is None
        # A pool made here is replaced in a forked child (`_check_fork`); a caller's http_client is not.
        self._owned = _OwnedPool(_new_sync_pool) if http_client is None else None
        self._pid = os.getpid()
        self._pool: httpx.BaseTransport = (
            self._owned.pool if self._owned is not None else _ClientSendTransport(http_client)  # type: ignore[arg-type]
        )
        self._transport: httpx.BaseTransport = RetryTransport(RedirectTransport(self._pool), config.retry)

    def _stack(self, pool: Any) -> Any:
        return RetryTransport(RedirectTransport(pool), self._config.retry)

    def _derive(self, config: ClientConfig) -> Self:
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._config = config
        clone._owns_pool = False
        clone._transport = RetryTransport(RedirectTransport(self._pool), config.retry)
        clone._after_derive()
        return clone

    def _after_derive(self) -> None:
        """Hook for clients that keep per-instance helpers bound to `self`."""

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | UseClientDefault | None = USE_CLIENT_DEFAULT,
        retry: RetryOptions | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other defaults that shares this client's connection pool."""
        return self._derive(self._copy_config(timeout, retry, headers))

    def _send_request(self, request: httpx.Request) -> httpx.Response:
        if self._pid != os.getpid():
            self._check_fork()
        try:
            response = self._transport.handle_request(request)
            response.read()
        except httpx.RequestError as error:  # transport failures, and bodies that cannot be decoded
            raise transport_error(error, request) from error
        _log(request, response)
        return response

    def _execute(self, prepared: _rt.Prepared[T], timeout: _rt.Timeout, extra_headers: Mapping[str, str] | None) -> T:
        request = paced_request(self._config, prepared, timeout, extra_headers)
        return read_response_for(request, prepared, self._send_request(request))

    def _execute_raw(
        self, prepared: _rt.Prepared[T], timeout: _rt.Timeout, extra_headers: Mapping[str, str] | None
    ) -> _rt.RawResponse[T]:
        request = paced_request(self._config, prepared, timeout, extra_headers)
        response = self._send_request(request)
        return _rt.RawResponse(response.status_code, response.headers, read_response_for(request, prepared, response))

    def close(self) -> None:
        """Close the connection pool (a caller's `http_client` is left to its owner). In a forked
        child, the parent's connections are left open (they are the parent's)."""
        if self._owns_pool:
            self._check_fork()
            self._pool.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class AsyncClientCore(_CoreMixin, _rt.AsyncOperationsBase):
    """Sends prepared requests with an async httpx transport stack."""

    def __init__(self, config: ClientConfig, http_client: httpx.AsyncClient | None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise InvalidArgumentTypeError(
                "http_client must be an httpx.AsyncClient (use the sync client for httpx.Client)"
            )
        self._config = config
        self._owns_pool = http_client is None
        # A pool made here is replaced in a forked child (`_check_fork`); a caller's http_client is not.
        self._owned = _OwnedPool(_new_async_pool) if http_client is None else None
        self._pid = os.getpid()
        self._pool: httpx.AsyncBaseTransport = (
            self._owned.pool if self._owned is not None else _AsyncClientSendTransport(http_client)  # type: ignore[arg-type]
        )
        self._transport: httpx.AsyncBaseTransport = AsyncRetryTransport(
            AsyncRedirectTransport(self._pool), config.retry
        )

    def _stack(self, pool: Any) -> Any:
        return AsyncRetryTransport(AsyncRedirectTransport(pool), self._config.retry)

    def _derive(self, config: ClientConfig) -> Self:
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._config = config
        clone._owns_pool = False
        clone._transport = AsyncRetryTransport(AsyncRedirectTransport(self._pool), config.retry)
        clone._after_derive()
        return clone

    def _after_derive(self) -> None:
        """Hook for clients that keep per-instance helpers bound to `self`."""

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | UseClientDefault | None = USE_CLIENT_DEFAULT,
        retry: RetryOptions | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other defaults that shares this client's connection pool."""
        return self._derive(self._copy_config(timeout, retry, headers))

    async def _send_request(self, request: httpx.Request) -> httpx.Response:
        if self._pid != os.getpid():
            self._check_fork()
        try:
            response = await self._transport.handle_async_request(request)
            await response.aread()
        except httpx.RequestError as error:  # transport failures, and bodies that cannot be decoded
            raise transport_error(error, request) from error
        _log(request, response)
        return response

    async def _execute(
        self, prepared: _rt.Prepared[T], timeout: _rt.Timeout, extra_headers: Mapping[str, str] | None
    ) -> T:
        request = paced_request(self._config, prepared, timeout, extra_headers)
        return read_response_for(request, prepared, await self._send_request(request))

    async def _execute_raw(
        self, prepared: _rt.Prepared[T], timeout: _rt.Timeout, extra_headers: Mapping[str, str] | None
    ) -> _rt.RawResponse[T]:
        request = paced_request(self._config, prepared, timeout, extra_headers)
        response = await self._send_request(request)
        return _rt.RawResponse(response.status_code, response.headers, read_response_for(request, prepared, response))

    async def aclose(self) -> None:
        """Close the connection pool (a caller's `http_client` is left to its owner). In a forked
        child, the parent's connections are left open (they are the parent's)."""
        if self._owns_pool:
            self._check_fork()
            await self._pool.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()
