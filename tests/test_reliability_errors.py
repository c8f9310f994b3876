"""Client arguments that cannot work are the SDK's own errors, raised before any request."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from customerio import (
    AsyncTrackClient,
    CustomerIOError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    PipelinesClient,
    TrackClient,
)


class NoRequests(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request may be sent")


@pytest.mark.parametrize(
    ("headers", "error", "message"),
    [
        ({"X-Name": "中文"}, InvalidArgumentError, "the value of 'X-Name' must be ASCII text without line breaks"),
        ({"X-Name": "a\r\nX-Injected: 1"}, InvalidArgumentError, "must be ASCII text without line breaks"),
        ({"X Name": "a"}, InvalidArgumentError, "'X Name' is not a valid header name"),
        ({"X-Name": 1}, InvalidArgumentTypeError, "header names and values must be str"),
        ([("X-Name", "a")], InvalidArgumentTypeError, "must be a mapping of header names to values"),
    ],
    ids=["non-ascii", "line-break", "bad-name", "int-value", "not-a-mapping"],
)
def test_bad_headers_are_refused(headers: Any, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        TrackClient("site", "key", headers=headers)
    with pytest.raises(error, match=message):
        PipelinesClient("key", strict_mode=True, headers=headers)
    client = TrackClient("site", "key")
    with pytest.raises(error, match=message):
        client.with_options(headers=headers)
    client._transport = NoRequests()
    with pytest.raises(error, match=message.replace("headers", "extra_headers")):
        client.identify("1", {}, extra_headers=headers)


def test_bad_extra_headers_fail_when_the_coroutine_runs() -> None:
    import asyncio

    client = AsyncTrackClient("site", "key")
    with pytest.raises(InvalidArgumentError, match="extra_headers"):
        asyncio.run(client.identify("1", {}, extra_headers={"X-A": "é"}))


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"region": "mars"}, InvalidArgumentError),
        ({"region": 3}, InvalidArgumentTypeError),
        ({"timeout": "1"}, InvalidArgumentError),
        ({"timeout": -1}, InvalidArgumentError),
        ({"retry": {"max_retries": -1}}, InvalidArgumentError),
        ({"retry": {"max_retries": "3"}}, InvalidArgumentError),
        ({"retry": {"respect_retry_after": "yes"}}, InvalidArgumentTypeError),
        ({"retry": {"retry_status_codes": ["x"]}}, InvalidArgumentTypeError),
        ({"retry": {"retries": 2}}, InvalidArgumentTypeError),
        ({"retry": "3"}, InvalidArgumentTypeError),
        ({"http_client": httpx.AsyncClient()}, InvalidArgumentTypeError),
    ],
)
def test_bad_client_options_are_sdk_errors(options: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        TrackClient("site", "key", **options)
    assert isinstance(caught.value, CustomerIOError)


def test_a_bad_region_in_the_environment_is_an_sdk_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUSTOMERIO_REGION", "mars")
    with pytest.raises(InvalidArgumentError, match="CUSTOMERIO_REGION"):
        TrackClient("site", "key")


def test_an_answer_that_cannot_be_decoded_is_an_sdk_error(flavour: str) -> None:
    import asyncio

    from customerio import APIConnectionError

    sent: list[httpx.Request] = []

    def garbled(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip"))

    client: Any = TrackClient("site", "key") if flavour == "sync" else AsyncTrackClient("site", "key")
    client._pool = httpx.MockTransport(garbled)
    client._transport = client._stack(client._pool)
    with pytest.raises(APIConnectionError, match="could not be decoded") as caught:
        result = client.identify("1", {})
        if flavour == "async":
            asyncio.run(result)
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    assert len(sent) == 1  # the same answer would come again: not retried
