"""Bodies over a limit Customer.io enforces by dropping them are refused before any request."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from customerio import (
    APIClient,
    AsyncPipelinesClient,
    AsyncTrackClient,
    InvalidArgumentError,
    PipelinesClient,
    TrackClient,
)
from customerio._batch_core import MAX_BATCH_BYTES, MAX_CALL_BYTES

Client = PipelinesClient | TrackClient | AsyncPipelinesClient | AsyncTrackClient


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={})


def recorded(client: Any) -> Recorder:
    recorder = Recorder()
    client._transport = httpx.MockTransport(recorder.handle)
    return recorder


def run(client: Any, call: Callable[[Any, str], Any], padding: str) -> Any:
    result = call(client, padding)
    if asyncio.iscoroutine(result):
        return asyncio.run(result)
    return result


def pipelines_track(client: Any, padding: str) -> Any:
    return client.track(user_id="u1", event="e", properties={"p": padding})


def pipelines_identify(client: Any, padding: str) -> Any:
    return client.identify(user_id="u1", traits={"p": padding})


def pieces(padding: str, count: int = 30) -> list[str]:
    """The padding cut into `count` strings (some may be empty): the same total, a fixed overhead."""
    size = -(-len(padding) // count)
    return [padding[i * size : (i + 1) * size] for i in range(count)]


def pipelines_batch(client: Any, padding: str) -> Any:
    # calls each under the per-call limit, together the size of the padding
    calls = [{"type": "track", "userId": "u1", "event": "e", "properties": {"p": piece}} for piece in pieces(padding)]
    return client.batch(calls)


def track_entity(client: Any, padding: str) -> Any:
    return client.entity(
        {"type": "person", "action": "identify", "identifiers": {"id": "u1"}, "attributes": {"p": padding}}
    )


def track_batch(client: Any, padding: str) -> Any:
    operations = [
        {
            "type": "person",
            "action": "identify",
            "identifiers": {"id": "u1"},
            "attributes": {"p": piece},
        }
        for piece in pieces(padding)
    ]
    return client.batch(operations)


CASES = [
    ("pipelines", pipelines_track, MAX_CALL_BYTES, "per call"),
    ("pipelines", pipelines_identify, MAX_CALL_BYTES, "per call"),
    ("pipelines", pipelines_batch, MAX_BATCH_BYTES, "per batch request"),
    ("track", track_entity, MAX_CALL_BYTES, "per call"),
    ("track", track_batch, MAX_BATCH_BYTES, "per batch request"),
]


def make(api: str, flavour: str) -> Any:
    if api == "pipelines":
        return PipelinesClient("key") if flavour == "sync" else AsyncPipelinesClient("key")
    return TrackClient("site", "key") if flavour == "sync" else AsyncTrackClient("site", "key")


@pytest.mark.parametrize(("api", "call", "limit", "unit"), CASES, ids=[c[1].__name__ for c in CASES])
def test_a_body_at_the_limit_is_sent_one_byte_more_is_refused(
    flavour: str, api: str, call: Callable[[Any, str], Any], limit: int, unit: str
) -> None:
    client = make(api, flavour)
    recorder = recorded(client)
    run(client, call, "x" * 1000)
    overhead = len(recorder.requests[0].content) - 1000
    run(client, call, "x" * (limit - overhead))
    assert len(recorder.requests[1].content) == limit

    with pytest.raises(InvalidArgumentError) as caught:
        run(client, call, "x" * (limit - overhead + 1))
    assert str(caught.value).startswith(f"the {call.__name__.split('_')[1]} body is {limit + 1} bytes as JSON;")
    assert f"at most {limit} bytes {unit}" in str(caught.value)
    assert "xxx" not in str(caught.value)
    assert len(recorder.requests) == 2  # nothing sent


def test_with_options_copies_keep_the_limits() -> None:
    client = PipelinesClient("key").with_options(timeout=3.0)
    recorder = recorded(client)
    with pytest.raises(InvalidArgumentError):
        pipelines_track(client, "x" * MAX_CALL_BYTES)
    assert recorder.requests == []


def test_other_endpoints_have_no_client_side_limit() -> None:
    # the v1 Track API and the App API answer an oversized body with a 4xx of their own
    track = TrackClient("site", "key")
    recorder = recorded(track)
    track.identify("u1", {"p": "x" * (MAX_CALL_BYTES + 10)})
    app = APIClient("key")
    app_recorder = recorded(app)
    app.trigger_broadcast(1, {"p": "x" * (MAX_BATCH_BYTES + 10)})
    assert len(recorder.requests) == len(app_recorder.requests) == 1


@pytest.mark.parametrize("api", ["pipelines", "track"])
def test_a_batch_carrying_one_call_over_the_per_call_limit_is_refused(flavour: str, api: str) -> None:
    client = make(api, flavour)
    recorder = recorded(client)
    call = pipelines_batch if api == "pipelines" else track_batch

    def one_big(client: Any, padding: str) -> Any:
        # two small calls and, third, one whose own JSON is over 32 000 bytes
        if api == "pipelines":
            calls = [
                {"type": "track", "userId": "u1", "event": "e", "properties": {"p": p}} for p in ("a", "b", padding)
            ]
            return client.batch(calls)
        operations = [
            {"type": "person", "action": "identify", "identifiers": {"id": "u1"}, "attributes": {"p": p}}
            for p in ("a", "b", padding)
        ]
        return client.batch(operations)

    with pytest.raises(
        InvalidArgumentError, match=r"^batch\[2\] is 32\d{3} bytes as JSON; .* at most 32000 bytes per call"
    ):
        run(client, one_big, "x" * MAX_CALL_BYTES)
    assert recorder.requests == []
    run(client, one_big, "x" * (MAX_CALL_BYTES - 1000))  # each call under the limit (with its envelope): sent
    run(client, call, "x" * 100_000)  # many calls, each small: sent
    assert len(recorder.requests) == 2
