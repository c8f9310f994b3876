"""`PipelinesClient` and `AsyncPipelinesClient`: the Data Pipelines (CDP) API (HTTP Basic write key : "")."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from _customerio_gen.pipelines.client import (
    AsyncPipelinesOperations,
    AsyncPipelinesRawOperations,
    PipelinesOperations,
    PipelinesRawOperations,
)

from ._base_client import AsyncClientCore, ClientConfig, SyncClientCore, TimeoutArg
from ._config import basic_auth, credential, make_config, resolve_region
from ._errors import MissingParamError
from ._overrides import PipelinesBodies
from ._rate_limit import RateLimitArg
from ._regions import RegionArg
from ._request_checks import SizeLimit
from ._retry import RetryOptions

__all__ = ["AsyncPipelinesClient", "PipelinesClient"]

STRICT_MODE_HEADER = "X-Strict-Mode"


@functools.cache
def size_limits() -> dict[tuple[str, str], SizeLimit]:
    """Customer.io answers 200 to a call (or batch) over its published size limit and drops it. The
    numbers are the batchers' (one source); imported on first use, as that module loads asyncio."""
    from ._batch_core import MAX_BATCH_BYTES, MAX_CALL_BYTES

    calls = ("identify", "track", "page", "screen", "group", "alias")
    return {
        **{("pipelines", call): SizeLimit(MAX_CALL_BYTES, "call") for call in calls},
        ("pipelines", "batch"): SizeLimit(MAX_BATCH_BYTES, "batch request", item_bytes=MAX_CALL_BYTES),
    }


def _config(
    write_key: str | None,
    region: RegionArg | None,
    url: str | None,
    timeout: TimeoutArg,
    retry: RetryOptions | Mapping[str, Any] | None,
    headers: Mapping[str, str] | None,
    strict_mode: bool,
    rate_limit: RateLimitArg,
) -> ClientConfig:
    write_key = credential(write_key, "CUSTOMERIO_WRITE_KEY", "write_key")
    if write_key.strip() == "":  # node's isEmpty: a blank key is missing too
        raise MissingParamError("write_key", "pass it or set CUSTOMERIO_WRITE_KEY")
    resolved = resolve_region(region)  # checked even when `url` replaces it, as node does
    roots = {"pipelines": url or resolved.pipelines_url}
    config = make_config(
        basic_auth(write_key, ""), roots, timeout, retry, headers, api="pipelines", rate_limit=rate_limit
    )
    config = attrs.evolve(config, size_limits=size_limits())
    if strict_mode:
        # node puts the header in defaults.headers: the caller's other headers stay, the SDK's wins
        config = attrs.evolve(config, headers={**config.headers, STRICT_MODE_HEADER: "1"})
    return config


class PipelinesClient(PipelinesOperations, SyncClientCore):
    """Blocking client for the Data Pipelines API: identify, track, page, screen, group, alias, batch.

    The write key defaults to `CUSTOMERIO_WRITE_KEY`, the region to `CUSTOMERIO_REGION` (`us`).
    `strict_mode=True` sends `X-Strict-Mode: 1`, asking the API to validate each call and answer
    with real HTTP errors. `default_context` is merged under every call's `context`.
    `rate_limit=True` spaces requests within the published 3,000 per 3 seconds.
    """

    def __init__(
        self,
        write_key: str | None = None,
        *,
        region: RegionArg | None = None,
        url: str | None = None,
        timeout: float | httpx.Timeout | None = 10.0,
        retry: RetryOptions | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        rate_limit: RateLimitArg = None,
        strict_mode: bool = False,
        default_context: Mapping[str, Any] | None = None,
    ) -> None:
        config = _config(write_key, region, url, timeout, retry, headers, strict_mode, rate_limit)
        bodies = PipelinesBodies(default_context)
        SyncClientCore.__init__(self, config, http_client)
        self._bodies = bodies

    @property
    def with_raw_response(self) -> PipelinesRawOperations:
        """The same methods, returning a `RawResponse` (status, headers, parsed)."""
        return PipelinesRawOperations(self)


class AsyncPipelinesClient(AsyncPipelinesOperations, AsyncClientCore):
    """Async client for the Data Pipelines API; the same methods as `PipelinesClient`, as coroutines."""

    def __init__(
        self,
        write_key: str | None = None,
        *,
        region: RegionArg | None = None,
        url: str | None = None,
        timeout: float | httpx.Timeout | None = 10.0,
        retry: RetryOptions | Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        rate_limit: RateLimitArg = None,
        strict_mode: bool = False,
        default_context: Mapping[str, Any] | None = None,
    ) -> None:
        config = _config(write_key, region, url, timeout, retry, headers, strict_mode, rate_limit)
        bodies = PipelinesBodies(default_context)
        AsyncClientCore.__init__(self, config, http_client)
        self._bodies = bodies

    @property
    def with_raw_response(self) -> AsyncPipelinesRawOperations:
        """The same methods, returning a `RawResponse` (status, headers, parsed)."""
        return AsyncPipelinesRawOperations(self)
