"""`TrackClient` and `AsyncTrackClient`: the Track API (HTTP Basic site id : API key)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from _customerio_gen import _runtime as _rt
from _customerio_gen._runtime import USE_CLIENT_DEFAULT, UseClientDefault
from _customerio_gen.track.client import (
    AsyncTrackOperations,
    AsyncTrackRawOperations,
    TrackOperations,
    TrackRawOperations,
)

from ._base_client import AsyncClientCore, ClientConfig, SyncClientCore, TimeoutArg
from ._config import basic_auth, credential, make_config, resolve_region, track_roots
from ._overrides import TrackBodies, page_view_event
from ._rate_limit import RateLimitArg
from ._regions import RegionArg
from ._request_checks import SizeLimit
from ._retry import RetryOptions

__all__ = ["AsyncTrackClient", "TrackClient"]


@functools.cache
def size_limits() -> dict[tuple[str, str], SizeLimit]:
    """Past these published limits the v2 API takes the request and drops its data. The numbers are
    the batchers' (one source); imported on first use, as the batchers' module loads asyncio."""
    from ._batch_core import MAX_BATCH_BYTES, MAX_CALL_BYTES

    return {
        ("track_v2", "entity"): SizeLimit(MAX_CALL_BYTES, "call"),
        ("track_v2", "batch"): SizeLimit(MAX_BATCH_BYTES, "batch request", item_bytes=MAX_CALL_BYTES),
    }


def _config(
    site_id: str | None,
    api_key: str | None,
    region: RegionArg | None,
    url: str | None,
    timeout: TimeoutArg,
    retry: RetryOptions | Mapping[str, Any] | None,
    headers: Mapping[str, str] | None,
    rate_limit: RateLimitArg,
) -> ClientConfig:
    site_id = credential(site_id, "CUSTOMERIO_SITE_ID", "site_id")
    api_key = credential(api_key, "CUSTOMERIO_API_KEY", "api_key")
    roots = track_roots(resolve_region(region), url)
    config = make_config(
        basic_auth(site_id, api_key), roots, timeout, retry, headers, api="track", rate_limit=rate_limit
    )
    return attrs.evolve(config, size_limits=size_limits())


class TrackClient(TrackOperations, SyncClientCore):
    """Blocking client for the Track API: people, events, devices, segments.

    Credentials default to `CUSTOMERIO_SITE_ID` / `CUSTOMERIO_API_KEY`, the region to
    `CUSTOMERIO_REGION` (`us`). `rate_limit=True` spaces requests within the published 1,000/s.
    """

    def __init__(
        self,
        site_id: str | None = None,
        api_key: str | None = None,
        *,
        region: RegionArg | None = None,
        url: str | None = None,
        timeout: float | httpx.Timeout | None = 10.0,
        retry: RetryOptions | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        rate_limit: RateLimitArg = None,
    ) -> None:
        SyncClientCore.__init__(
            self, _config(site_id, api_key, region, url, timeout, retry, headers, rate_limit), http_client
        )
        self._bodies = TrackBodies()

    def track_page_view(
        self,
        customer_id: str | int,
        path: str,
        *,
        timeout: float | httpx.Timeout | UseClientDefault | None = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Record that a person viewed a page (`path`), as a `page` event."""
        event = self._prepare(page_view_event, customer_id, path)
        return self.track(customer_id, event, timeout=timeout, extra_headers=extra_headers)

    @property
    def with_raw_response(self) -> TrackRawClient:
        """The same methods, returning a `RawResponse` (status, headers, parsed)."""
        return TrackRawClient(self)


class TrackRawClient(TrackRawOperations):
    def track_page_view(
        self,
        customer_id: str | int,
        path: str,
        *,
        timeout: float | httpx.Timeout | UseClientDefault | None = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Record that a person viewed a page (`path`), as a `page` event."""
        event = self._client._prepare(page_view_event, customer_id, path)
        return self.track(customer_id, event, timeout=timeout, extra_headers=extra_headers)


class AsyncTrackClient(AsyncTrackOperations, AsyncClientCore):
    """Async client for the Track API; the same methods as `TrackClient`, as coroutines."""

    def __init__(
        self,
        site_id: str | None = None,
        api_key: str | None = None,
        *,
        region: RegionArg | None = None,
        url: str | None = None,
        timeout: float | httpx.Timeout | None = 10.0,
        retry: RetryOptions | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        rate_limit: RateLimitArg = None,
    ) -> None:
        AsyncClientCore.__init__(
            self, _config(site_id, api_key, region, url, timeout, retry, headers, rate_limit), http_client
        )
        self._bodies = TrackBodies()

    async def track_page_view(
        self,
        customer_id: str | int,
        path: str,
        *,
        timeout: float | httpx.Timeout | UseClientDefault | None = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Record that a person viewed a page (`path`), as a `page` event."""
        event = self._prepare(page_view_event, customer_id, path)
        return await self.track(customer_id, event, timeout=timeout, extra_headers=extra_headers)

    @property
    def with_raw_response(self) -> AsyncTrackRawClient:
        """The same methods, returning a `RawResponse` (status, headers, parsed)."""
        return AsyncTrackRawClient(self)


class AsyncTrackRawClient(AsyncTrackRawOperations):
    async def track_page_view(
        self,
        customer_id: str | int,
        path: str,
        *,
        timeout: float | httpx.Timeout | UseClientDefault | None = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Record that a person viewed a page (`path`), as a `page` event."""
        event = self._client._prepare(page_view_event, customer_id, path)
        return await self.track(customer_id, event, timeout=timeout, extra_headers=extra_headers)
