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
import ssl
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from urllib.parse import quote

import attrs
import httpx

from _customerio_gen import _runtime as _rt

from . import __version__
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    InvalidResponseError,
    MissingParamError,
    ResponseInfo,
    request_error_for,
)
from ._redirects import AsyncRedirectTransport, RedirectTransport
from ._retry import AsyncRetryTransport, RetryOptions, RetryTransport, retry_options
from ._serialize import dumps

T = TypeVar("T")
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
        raise ValueError("timeout must be a positive number of seconds, an httpx.Timeout, or None")
    return httpx.Timeout(value)


@attrs.frozen(repr=False)
class ClientConfig:
    """What a client sends with every request. `authorization` is secret and never shown."""

    authorization: str
    roots: Mapping[str, str]
    timeout: httpx.Timeout
    retry: RetryOptions
    headers: Mapping[str, str]

    def __repr__(self) -> str:
        return f"ClientConfig(roots={dict(self.roots)!r}, timeout={self.timeout!r}, retry={self.retry!r})"


def build_request(
    config: ClientConfig,
    prepared: _rt.Prepared[Any],
    timeout: TimeoutArg | _rt.NotGiven,
    extra_headers: Mapping[str, str] | None,
) -> httpx.Request:
    url = config.roots[prepared.base] + _keep_dot_segments(prepared.path)
    if prepared.query:
        url += "?" + "&".join(f"{quote(k, safe=_QUERY_SAFE)}={quote(v, safe=_QUERY_SAFE)}" for k, v in prepared.query)
    # httpx.Headers compares names case-insensitively, so the SDK's own headers replace any spelling of them.
    headers = httpx.Headers(config.headers)
    if extra_headers:
        headers.update(extra_headers)
    headers["Authorization"] = config.authorization
    effective = config.timeout if isinstance(timeout, _rt.NotGiven) else to_timeout(timeout)
    extensions = {"timeout": effective.as_dict()}
    body = prepared.body
    if isinstance(body, _rt.Multipart):
        headers.pop("content-type", None)
        headers["User-Agent"] = USER_AGENT
        return httpx.Request(
            prepared.method, url, headers=headers, files=list(body.files), data=dict(body.fields), extensions=extensions
        )
    headers["Content-Type"] = "application/json"
    headers["User-Agent"] = USER_AGENT
    content = None if isinstance(body, _rt.NoBody) else dumps(body)
    return httpx.Request(prepared.method, url, headers=headers, content=content, extensions=extensions)


def read_response(prepared: _rt.Prepared[T], response: httpx.Response) -> T:
    """The parsed answer of a 2xx response, or the error the status calls for."""
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


def transport_error(error: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    where = f"{request.method} {request.url.copy_with(query=None)}"
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"request timed out: {where}")
    return APIConnectionError(f"connection failed ({type(error).__name__}): {where}")


def _log(request: httpx.Request, response: httpx.Response) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s %s -> %d", request.method, request.url, response.status_code)


class _ClientSendTransport(httpx.BaseTransport):
    """Sends through a caller's configured `httpx.Client` (proxies, mTLS, HTTP/2, limits)."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.client.send(request, follow_redirects=False)


class _AsyncClientSendTransport(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, follow_redirects=False)


class _CoreMixin:
    """Configuration handling shared by the sync and async cores."""

    _config: ClientConfig

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
            config = attrs.evolve(config, headers={**config.headers, **headers})
        return config

    def _argument_error(self, error: _rt.ArgumentError) -> Exception:
        return argument_error(error)


class SyncClientCore(_CoreMixin, _rt.SyncOperationsBase):
    """Sends prepared requests with a blocking httpx transport stack."""

    def __init__(self, config: ClientConfig, http_client: httpx.Client | None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("http_client must be an httpx.Client (use the Async client for httpx.AsyncClient)")
        self._config = config
        self._owns_pool = http_client is None
        self._pool: httpx.BaseTransport = (
            httpx.HTTPTransport(verify=default_ssl_context(), limits=_POOL_LIMITS)
            if http_client is None
            else _ClientSendTransport(http_client)
        )
        self._transport: httpx.BaseTransport = RetryTransport(RedirectTransport(self._pool), config.retry)

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
        timeout: TimeoutArg | _rt.NotGiven = _rt.NOT_GIVEN,
        retry: RetryOptions | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other defaults that shares this client's connection pool."""
        return self._derive(self._copy_config(timeout, retry, headers))

    def _send_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = self._transport.handle_request(request)
            response.read()
        except httpx.TransportError as error:
            raise transport_error(error, request) from error
        _log(request, response)
        return response

    def _execute(self, prepared: _rt.Prepared[T], timeout: _rt.Timeout, extra_headers: Mapping[str, str] | None) -> T:
        request = build_request(self._config, prepared, timeout, extra_headers)
        return read_response(prepared, self._send_request(request))

    def _execute_raw(
        self, prepared: _rt.Prepared[T], timeout: _rt.Timeout, extra_headers: Mapping[str, str] | None
    ) -> _rt.RawResponse[T]:
        request = build_request(self._config, prepared, timeout, extra_headers)
        response = self._send_request(request)
        return _rt.RawResponse(response.status_code, response.headers, read_response(prepared, response))

    def close(self) -> None:
        """Close the connection pool (a caller's `http_client` is left to its owner)."""
        if self._owns_pool:
            self._pool.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class AsyncClientCore(_CoreMixin, _rt.AsyncOperationsBase):
    """Sends prepared requests with an async httpx transport stack."""

    def __init__(self, config: ClientConfig, http_client: httpx.AsyncClient | None) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError("http_client must be an httpx.AsyncClient (use the sync client for httpx.Client)")
        self._config = config
        self._owns_pool = http_client is None
        self._pool: httpx.AsyncBaseTransport = (
            httpx.AsyncHTTPTransport(verify=default_ssl_context(), limits=_POOL_LIMITS)
            if http_client is None
            else _AsyncClientSendTransport(http_client)
        )
        self._transport: httpx.AsyncBaseTransport = AsyncRetryTransport(
            AsyncRedirectTransport(self._pool), config.retry
        )

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
        timeout: TimeoutArg | _rt.NotGiven = _rt.NOT_GIVEN,
        retry: RetryOptions | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other defaults that shares this client's connection pool."""
        return self._derive(self._copy_config(timeout, retry, headers))

    async def _send_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._transport.handle_async_request(request)
            await response.aread()
        except httpx.TransportError as error:
            raise transport_error(error, request) from error
        _log(request, response)
        return response

    async def _execute(
        self, prepared: _rt.Prepared[T], timeout: _rt.Timeout, extra_headers: Mapping[str, str] | None
    ) -> T:
        request = build_request(self._config, prepared, timeout, extra_headers)
        return read_response(prepared, await self._send_request(request))

    async def _execute_raw(
        self, prepared: _rt.Prepared[T], timeout: _rt.Timeout, extra_headers: Mapping[str, str] | None
    ) -> _rt.RawResponse[T]:
        request = build_request(self._config, prepared, timeout, extra_headers)
        response = await self._send_request(request)
        return _rt.RawResponse(response.status_code, response.headers, read_response(prepared, response))

    async def aclose(self) -> None:
        """Close the connection pool (a caller's `http_client` is left to its owner)."""
        if self._owns_pool:
            await self._pool.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()
