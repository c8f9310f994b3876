"""Building a client's configuration from constructor arguments and the environment."""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from typing import Any

from ._base_client import ClientConfig, TimeoutArg, to_timeout
from ._errors import InvalidArgumentTypeError, MissingParamError
from ._rate_limit import API, RateLimitArg, client_limits
from ._regions import Region, RegionArg, check_region, region_from_env
from ._retry import RetryOptions, retry_options


def credential(value: str | None, env: str, param: str) -> str:
    """The argument, else the environment variable, else MissingParamError(param)."""
    if value is None:
        value = os.environ.get(env)
    if value is None or value == "":
        raise MissingParamError(param, f"pass it or set {env}")
    if not isinstance(value, str):
        raise InvalidArgumentTypeError(f"{param} must be a str")
    return value


def basic_auth(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def resolve_region(region: RegionArg | None) -> Region:
    return region_from_env() if region is None else check_region(region)


def make_config(
    authorization: str,
    roots: Mapping[str, str],
    timeout: TimeoutArg,
    retry: RetryOptions | Mapping[str, Any] | None,
    headers: Mapping[str, str] | None,
    *,
    api: API,
    rate_limit: RateLimitArg = None,
) -> ClientConfig:
    if headers is not None and not isinstance(headers, Mapping):
        raise InvalidArgumentTypeError("headers must be a mapping of header names to values")
    return ClientConfig(
        authorization=authorization,
        roots=dict(roots),
        timeout=to_timeout(timeout),
        retry=retry_options(retry),
        headers=dict(headers or {}),
        rate_limits=client_limits(api, rate_limit),
    )


def track_roots(region: Region, url: str | None) -> dict[str, str]:
    """Node's rule: `url` replaces the v1 root; v2 and the host root are derived from it."""
    track = url or region.track_url
    track_v2 = url.replace("/api/v1", "/api/v2", 1) if url else region.track_v2_url
    return {"track": track, "track_v2": track_v2, "track_host": track.replace("/api/v1", "", 1)}


def api_roots(region: Region, url: str | None) -> dict[str, str]:
    """Node's rule for the App API: `url` replaces the region's API root."""
    return {"api": url or region.api_url}
