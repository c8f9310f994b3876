"""`timeout=` per call: left out or `USE_CLIENT_DEFAULT`, the client's timeout; a value replaces it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import customerio

CLIENT_TIMEOUT = {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}


def _seen_timeouts(calls: list[dict[str, Any]]) -> list[Any]:
    seen: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions.get("timeout"))
        return httpx.Response(200, json={})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with customerio.TrackClient("site", "key", timeout=7.0, http_client=http) as cio:
        for options in calls:
            cio.identify("u1", {"plan": "pro"}, **options)
    return seen


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, CLIENT_TIMEOUT),
        ({"timeout": customerio.USE_CLIENT_DEFAULT}, CLIENT_TIMEOUT),
        ({"timeout": 2.0}, {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0}),
        ({"timeout": None}, {"connect": None, "read": None, "write": None, "pool": None}),
    ],
)
def test_the_per_call_timeout(options: dict[str, Any], expected: dict[str, Any]) -> None:
    assert _seen_timeouts([options]) == [expected]


def test_with_options_left_at_the_default_keeps_the_client_timeout() -> None:
    seen: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions.get("timeout"))
        return httpx.Response(200, json={})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with customerio.TrackClient("site", "key", timeout=7.0, http_client=http) as cio:
        cio.with_options(retry={"max_retries": 0}).identify("u1", {"plan": "pro"})
        cio.with_options(timeout=3.0).identify("u1", {"plan": "pro"})
    assert seen == [CLIENT_TIMEOUT, {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}]


def test_the_marker_is_falsy_and_names_itself() -> None:
    assert not customerio.USE_CLIENT_DEFAULT
    assert repr(customerio.USE_CLIENT_DEFAULT) == "USE_CLIENT_DEFAULT"
