"""Track API code as a user writes it. `mypy --strict` must accept this module (tests/test_typing.py).

It is type-checked, not run: the functions are never called.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from decimal import Decimal
from typing import Any, Literal, assert_type

import httpx

from customerio import (
    APIConnectionError,
    AsyncTrackClient,
    CustomerIORequestError,
    MissingParamError,
    Region,
    RegionEU,
    RetryOptions,
    TrackClient,
)
from customerio.types import TrackEntityOperationParam

IdType = Literal["id", "email", "cio_id"]


def people(client: TrackClient) -> dict[str, Any]:
    created = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    person: dict[str, Any] = client.identify("cust-1", {"email": "a@example.com", "created_at": created})
    client.identify(42)
    client.identify("cust-2", None, timeout=2.5, extra_headers={"X-Request-Id": "r-1"})
    client.destroy("cust-1")
    client.suppress(42)
    client.unsuppress("cust-1", timeout=None)
    primary: IdType = "email"
    client.merge_customers(primary, "a@example.com", "cio_id", "03000001")
    client.submit_form("signup", {"email": "a@example.com", "plan": "pro"})
    client.unsubscribe("dlv-1", False)
    return person


def events(client: TrackClient) -> None:
    client.track("cust-1", {"name": "purchase", "data": {"price": Decimal("23.45")}})
    client.track_anonymous("anon-1", {"name": "viewed", "data": {"page": "/pricing"}})
    client.track_anonymous("", {"name": "invite", "data": {"recipient": "a@example.com"}})
    client.track_page_view("cust-1", "/home", timeout=httpx.Timeout(5.0, connect=1.0))
    client.track_push({"delivery_id": "dlv-1", "event": "opened", "device_id": "tok", "timestamp": 1613063089})
    client.track_push()
    client.report_metric({"delivery_id": "dlv-1", "metric": "clicked"})


def devices_and_segments(client: TrackClient) -> None:
    client.add_device("cust-1", "tok-1", "ios", {"last_used": 1613063089, "primary": True})
    client.add_device(7, "tok-2", "android")
    client.delete_device("cust-1", "tok-1")
    client.add_customers_to_segment(7, ["1", 2], "email")
    client.remove_customers_from_segment("7", ("cio_1",), id_type="cio_id")
    operations: list[TrackEntityOperationParam] = [
        {"type": "person", "identifiers": {"id": "1"}, "action": "identify", "attributes": {"a": 1}}
    ]
    outcome = client.batch(operations)
    errors = outcome.errors
    print(errors)
    client.entity(operations[0])


def account(client: TrackClient) -> str | None:
    region = client.get_account_region()
    environment = region.environment_id
    if isinstance(environment, int):
        assert_type(environment, int)
    unknown: Any = region.additional_properties.get("shard")
    print(unknown, region.to_dict())
    return region.url if isinstance(region.url, str) else None


def raw_and_options(client: TrackClient) -> int:
    raw = client.with_raw_response.get_account_region()
    status: int = raw.status_code
    request_id: str | None = raw.headers.get("x-request-id")
    print(request_id, raw.parsed.region)
    raw_identify = client.with_raw_response.identify("cust-1", {"plan": "pro"})
    assert_type(raw_identify.parsed, dict[str, Any])
    quick = client.with_options(timeout=1.0, retry=RetryOptions(max_retries=0), headers={"X-Tenant": "t"})
    assert_type(quick, TrackClient)
    quick.identify("cust-1")
    client.with_options(retry={"max_retries": 1, "min_timeout_ms": 50}).destroy("cust-1")
    return status


def errors(client: TrackClient) -> str:
    try:
        client.identify("", {})
    except MissingParamError as error:
        return str(error)
    except CustomerIORequestError as error:
        code: int = error.status_code
        body: str = error.body
        retry_after: str | None = error.response.headers.get("retry-after")
        return f"{code} {body} {retry_after}"
    except APIConnectionError as error:
        return repr(error.__cause__)
    return "ok"


def construction() -> list[TrackClient]:
    custom = Region(
        track_url="https://track.example.test/api/v1",
        api_url="https://api.example.test/v1",
        pipelines_url="https://cdp.example.test/v1",
    )
    track_v2: str = custom.track_v2_url
    print(track_v2)
    return [
        TrackClient("site", "key"),
        TrackClient(),
        TrackClient("site", "key", region=RegionEU, timeout=30, retry={"max_retries": 5}),
        TrackClient("site", "key", url="https://proxy.example.com/api/v1", headers={"X-A": "1"}),
        TrackClient("site", "key", region=custom, http_client=httpx.Client(http2=False)),
    ]


async def async_usage() -> dict[str, Any]:
    async with AsyncTrackClient("site", "key", region=RegionEU) as client:
        person = await client.identify("cust-1", {"email": "a@example.com"})
        assert_type(person, dict[str, Any])
        await client.track("cust-1", {"name": "purchase"}, extra_headers={"X-A": "1"})
        await client.track_page_view("cust-1", "/home")
        region = await client.get_account_region()
        print(region.region)
        raw = await client.with_raw_response.destroy("cust-1")
        print(raw.status_code)
        faster = client.with_options(timeout=1.0)
        assert_type(faster, AsyncTrackClient)
        results = await asyncio.gather(faster.suppress("a"), faster.unsuppress("b"))
        print(results)
        return person


def main() -> None:
    print(asyncio.run(async_usage()))
