"""Redirects as node follows them: 301/302/307/308 replayed with the same method and body.

The credentials — `Authorization` and every header whose value the caller wrapped in
`SecretHeader` — are dropped from a hop that leaves `*.customer.io` (as node does) or that goes
from https to anything else, whatever the host (as httpx and requests do): a credential never
travels in clear text, nor to another party. Once dropped they stay dropped for the later hops.
A redirect without a Location header is an error. Hops do not consume retries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import httpx

from ._errors import RedirectError

__all__ = ["SECRET_HEADERS", "AsyncRedirectTransport", "RedirectTransport", "SecretHeader", "secret_names"]

REDIRECT_STATUSES = frozenset({301, 302, 307, 308})
MAX_HOPS = 20
SECRET_HEADERS = "customerio.secret_headers"
"""The request extension listing the names of the caller's secret headers (see `SecretHeader`)."""


class SecretHeader(str):
    """A header value to treat as a credential: `headers={"X-Partner-Token": SecretHeader(token)}`.

    It is sent like any other value, kept out of `repr()`, and dropped, like `Authorization`, from
    a redirect that leaves `*.customer.io` or downgrades https to http.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "SecretHeader('***')"


def secret_names(*headers: Mapping[str, str] | None) -> tuple[str, ...]:
    """The names of the headers, in these mappings, whose value is a `SecretHeader`."""
    return tuple(
        name for mapping in headers if mapping for name, value in mapping.items() if isinstance(value, SecretHeader)
    )


def _drops_credentials(before: httpx.URL, after: httpx.URL) -> bool:
    downgrade = before.scheme == "https" and after.scheme != "https"
    return downgrade or not (after.host or "").endswith(".customer.io")


def _next_request(request: httpx.Request, response: httpx.Response) -> httpx.Request:
    location = response.headers.get("location")
    if not location:
        raise RedirectError(f"Received a {response.status_code} status, but no Location header was present")
    url = request.url.join(location)
    headers = request.headers.copy()
    if _drops_credentials(request.url, url):
        secret: Iterable[str] = request.extensions.get(SECRET_HEADERS, ())
        for name in ("Authorization", *secret):
            headers.pop(name, None)
    headers["Host"] = url.netloc.decode("ascii")
    extensions: dict[str, Any] = request.extensions
    return httpx.Request(request.method, url, headers=headers, content=request.content, extensions=extensions)


class RedirectTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for _ in range(MAX_HOPS):
            response = self.inner.handle_request(request)
            if response.status_code not in REDIRECT_STATUSES:
                return response
            response.read()
            response.close()
            request = _next_request(request, response)
        raise RedirectError(f"more than {MAX_HOPS} redirects")

    def close(self) -> None:
        self.inner.close()


class AsyncRedirectTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for _ in range(MAX_HOPS):
            response = await self.inner.handle_async_request(request)
            if response.status_code not in REDIRECT_STATUSES:
                return response
            await response.aread()
            await response.aclose()
            request = _next_request(request, response)
        raise RedirectError(f"more than {MAX_HOPS} redirects")

    async def aclose(self) -> None:
        await self.inner.aclose()
