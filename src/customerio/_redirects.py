"""Redirects as node follows them: 301/302/307/308 replayed with the same method and body.

Authorization is dropped when the new host is not under `.customer.io`; a redirect without a
Location header is an error. Hops do not consume retries.
"""

from __future__ import annotations

import httpx

from ._errors import RedirectError

__all__ = ["AsyncRedirectTransport", "RedirectTransport"]

REDIRECT_STATUSES = frozenset({301, 302, 307, 308})
MAX_HOPS = 20


def _next_request(request: httpx.Request, response: httpx.Response) -> httpx.Request:
    location = response.headers.get("location")
    if not location:
        raise RedirectError(f"Received a {response.status_code} status, but no Location header was present")
    url = request.url.join(location)
    headers = request.headers.copy()
    if not (url.host or "").endswith(".customer.io"):
        headers.pop("Authorization", None)
    headers["Host"] = url.netloc.decode("ascii")
    return httpx.Request(request.method, url, headers=headers, content=request.content, extensions=request.extensions)


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
