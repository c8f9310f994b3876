"""Which headers cross which redirects (in memory; the TLS loopback version is in test_reliability_sockets)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from customerio import SecretHeader, TrackClient
from customerio._redirects import RedirectTransport
from customerio._retry import RetryOptions, RetryTransport


def follow(chain: list[str], **call: Any) -> list[httpx.Request]:
    """identify("1") against chain[0], each URL answering 307 to the next; the last answers 200."""
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        url = str(request.url.copy_with(path="/api/v1/customers/1"))
        position = [link.rstrip("/") + "/api/v1/customers/1" for link in chain].index(url)
        if position + 1 < len(chain):
            return httpx.Response(307, headers={"Location": chain[position + 1].rstrip("/") + "/api/v1/customers/1"})
        return httpx.Response(200, json={})

    client = TrackClient("site", "key", url=chain[0] + "/api/v1", headers={"X-Config-Token": SecretHeader("c")})
    client._transport = RetryTransport(RedirectTransport(httpx.MockTransport(handle)), RetryOptions(max_retries=0))
    client.identify("1", {}, **call)
    return seen


SECRET_HEADERS = ("authorization", "x-config-token", "x-call-token")


def credentials(request: httpx.Request) -> list[str]:
    return [name for name in SECRET_HEADERS if name in request.headers]


@pytest.mark.parametrize(
    ("chain", "kept"),
    [
        (["https://track.customer.io", "https://track-eu.customer.io"], [True, True]),
        (["http://track.customer.io", "http://track-eu.customer.io"], [True, True]),
        (["https://track.customer.io", "http://track.customer.io"], [True, False]),
        (["https://track.customer.io", "https://customer.io"], [True, False]),
        (["https://track.customer.io", "https://example.com"], [True, False]),
        # once dropped, they stay dropped, even back on https within customer.io
        (
            ["https://track.customer.io", "http://track.customer.io", "https://track.customer.io:8443"],
            [True, False, False],
        ),
    ],
    ids=["https-within", "http-within", "downgrade-same-host", "apex", "other-host", "downgrade-then-back"],
)
def test_credentials_on_each_hop(chain: list[str], kept: list[bool]) -> None:
    seen = follow(chain, extra_headers={"X-Call-Token": SecretHeader("x"), "X-Plain": "p"})
    assert [credentials(request) == list(SECRET_HEADERS) for request in seen] == kept
    assert [credentials(request) == [] for request in seen] == [not k for k in kept]
    assert all(request.headers["x-plain"] == "p" for request in seen)
    assert all(request.content == b"{}" and request.method == "PUT" for request in seen)
