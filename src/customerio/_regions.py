"""Customer.io's data-centre regions and the API roots each one serves."""

from __future__ import annotations

import os
from typing import Literal, TypeAlias

import attrs

from ._errors import InvalidArgumentError, InvalidArgumentTypeError

__all__ = ["Region", "RegionArg", "RegionEU", "RegionUS", "region_from_env"]


@attrs.frozen
class Region:
    """The roots of the three APIs in one region. `track_v2_url` is derived from `track_url`."""

    track_url: str
    api_url: str
    pipelines_url: str

    @property
    def track_v2_url(self) -> str:
        return self.track_url.replace("/api/v1", "/api/v2", 1)


RegionUS = Region(
    track_url="https://track.customer.io/api/v1",
    api_url="https://api.customer.io/v1",
    pipelines_url="https://cdp.customer.io/v1",
)
RegionEU = Region(
    track_url="https://track-eu.customer.io/api/v1",
    api_url="https://api-eu.customer.io/v1",
    pipelines_url="https://cdp-eu.customer.io/v1",
)


RegionArg: TypeAlias = Region | Literal["us", "eu"]
"""What a client's `region=` takes: a `Region`, or its name as `CUSTOMERIO_REGION` spells it."""

_BY_NAME = {"us": RegionUS, "eu": RegionEU}


def region_from_env() -> Region:
    """`CUSTOMERIO_REGION` (`us` or `eu`, default `us`)."""
    value = os.environ.get("CUSTOMERIO_REGION", "us").strip().lower()
    if value == "":
        return RegionUS
    if value in _BY_NAME:
        return _BY_NAME[value]
    raise InvalidArgumentError(f"CUSTOMERIO_REGION must be 'us' or 'eu', not {value!r}")


def check_region(region: object) -> Region:
    if isinstance(region, Region):
        return region
    if isinstance(region, str):
        try:
            return _BY_NAME[region.strip().lower()]
        except KeyError:
            raise InvalidArgumentError(f"region must be 'us', 'eu' or a customerio.Region, not {region!r}") from None
    raise InvalidArgumentTypeError("region must be 'us', 'eu' or a customerio.Region (RegionUS, RegionEU)")
