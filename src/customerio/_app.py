"""`APIClient` and `AsyncAPIClient`: the App API (Bearer App API key)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from _customerio_gen.app.client import (
    AppOperations,
    AppRawOperations,
    AsyncAppOperations,
    AsyncAppRawOperations,
)

from ._base_client import AsyncClientCore, ClientConfig, SyncClientCore, TimeoutArg
from ._config import api_roots, credential, make_config, resolve_region
from ._overrides import AppBodies
from ._rate_limit import RateLimitArg
from ._regions import RegionArg
from ._retry import RetryOptions

__all__ = ["APIClient", "AsyncAPIClient"]


def _config(
    app_key: str | None,
    region: RegionArg | None,
    url: str | None,
    timeout: TimeoutArg,
    retry: RetryOptions | Mapping[str, Any] | None,
    headers: Mapping[str, str] | None,
    rate_limit: RateLimitArg,
) -> ClientConfig:
    app_key = credential(app_key, "CUSTOMERIO_APP_API_KEY", "app_key")
    roots = api_roots(resolve_region(region), url)
    return make_config(f"Bearer {app_key}", roots, timeout, retry, headers, api="app", rate_limit=rate_limit)


class APIClient(AppOperations, SyncClientCore):
    """Blocking client for the App API: transactional messages, broadcasts, campaigns,
    newsletters, people lookups, exports, segments, assets, Design Studio and more.

    The key defaults to `CUSTOMERIO_APP_API_KEY`, the region to `CUSTOMERIO_REGION` (`us`).
    List operations paged with a `start` cursor also have `iter_<name>`, which yields the items
    of every page, fetching pages as they are needed. `rate_limit=True` spaces requests within
    the published limits (10/s; transactional sends 100/s; broadcast triggers 1 per 10 s).
    """

    def __init__(
        self,
        app_key: str | None = None,
        *,
        region: RegionArg | None = None,
        url: str | None = None,
        timeout: float | httpx.Timeout | None = 10.0,
        retry: RetryOptions | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        rate_limit: RateLimitArg = None,
    ) -> None:
        SyncClientCore.__init__(self, _config(app_key, region, url, timeout, retry, headers, rate_limit), http_client)
        self._bodies = AppBodies()

    @property
    def with_raw_response(self) -> AppRawOperations:
        """The same methods, returning a `RawResponse` (status, headers, parsed)."""
        return AppRawOperations(self)


class AsyncAPIClient(AsyncAppOperations, AsyncClientCore):
    """Async client for the App API; the same methods as `APIClient`, as coroutines, and
    `iter_<name>` as async iterators (`async for`)."""

    def __init__(
        self,
        app_key: str | None = None,
        *,
        region: RegionArg | None = None,
        url: str | None = None,
        timeout: float | httpx.Timeout | None = 10.0,
        retry: RetryOptions | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        rate_limit: RateLimitArg = None,
    ) -> None:
        AsyncClientCore.__init__(self, _config(app_key, region, url, timeout, retry, headers, rate_limit), http_client)
        self._bodies = AppBodies()

    @property
    def with_raw_response(self) -> AsyncAppRawOperations:
        """The same methods, returning a `RawResponse` (status, headers, parsed)."""
        return AsyncAppRawOperations(self)
