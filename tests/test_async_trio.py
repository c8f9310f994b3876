"""The async clients under both async libraries anyio supports: asyncio and trio.

Every test here runs once per backend through anyio's pytest plugin (`@pytest.mark.anyio` and the
`anyio_backend` fixture below). The clients send through httpx's async stack and sleep between
retries with `anyio.sleep`, so they work under either; the tests check the requests that go out
and record which async library was running at each retry's sleep.

The batchers (`AsyncPipelinesBatcher`, `AsyncTrackBatcher`) are asyncio-only: their worker is an
`asyncio.Task` of the running loop. Under trio their first call raises `RuntimeError` before
anything is queued or sent; trio programs use the thread-based `PipelinesBatcher`/`TrackBatcher`
or call `batch()` on the async client themselves.
"""

from __future__ import annotations

import base64
import functools
import json
import threading
from collections.abc import Awaitable, Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import anyio
import httpx
import pytest
import sniffio

from customerio import (
    AsyncAPIClient,
    AsyncPipelinesBatcher,
    AsyncPipelinesClient,
    AsyncTrackBatcher,
    AsyncTrackClient,
    RetryOptions,
    ServerError,
)
from customerio._base_client import AsyncClientCore
from customerio._redirects import AsyncRedirectTransport
from customerio._retry import AsyncRetryTransport

pytestmark = pytest.mark.anyio

LIMIT = 5.0  # seconds: an upper bound on any test here (nothing waits on a real clock otherwise)


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    backend: str = request.param
    return backend


class Recorder:
    """A scripted server behind `httpx.MockTransport`: answers in order (the last repeats), records
    the requests, and the async library running at each retry sleep."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers) or [httpx.Response(200, json={})]
        self.requests: list[httpx.Request] = []
        self.sleeps: list[tuple[float, str]] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    async def sleep(self, seconds: float) -> None:
        """Stands in for `anyio.sleep`: yields to the loop without waiting."""
        self.sleeps.append((seconds, sniffio.current_async_library()))
        await anyio.lowlevel.checkpoint()

    def bodies(self) -> list[Any]:
        return [json.loads(request.content) if request.content else None for request in self.requests]


def route(
    client: AsyncClientCore,
    recorder: Recorder,
    retry: RetryOptions | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> Recorder:
    """Send `client`'s requests to `recorder` through the real retry and redirect transports."""
    client._pool = httpx.MockTransport(recorder.handle)
    client._transport = AsyncRetryTransport(
        AsyncRedirectTransport(client._pool),
        retry or client._config.retry,
        sleep=sleep or recorder.sleep,
        random=lambda: 0.5,
        clock=lambda: 1_700_000_000.0,
    )
    return recorder


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


async def test_the_test_runs_under_the_requested_backend(anyio_backend: str) -> None:
    assert sniffio.current_async_library() == anyio_backend


async def test_track_identify_and_track(anyio_backend: str) -> None:
    async with AsyncTrackClient("site", "key") as client:
        wire = route(client, Recorder())
        with anyio.fail_after(LIMIT):
            assert await client.identify("user 1", {"email": "a@example.com"}) == {}
            await client.track("user 1", {"name": "purchase", "data": {"price": 23.45}})
    first, second = wire.requests
    assert (first.method, str(first.url)) == ("PUT", "https://track.customer.io/api/v1/customers/user%201")
    assert (second.method, str(second.url)) == ("POST", "https://track.customer.io/api/v1/customers/user%201/events")
    assert wire.bodies() == [{"email": "a@example.com"}, {"name": "purchase", "data": {"price": 23.45}}]
    assert {request.headers["authorization"] for request in wire.requests} == {basic("site", "key")}
    assert wire.sleeps == []


async def test_track_retries_sleep_through_the_injected_sleep(anyio_backend: str) -> None:
    """503, 503, then 200: two replays, numbered, after 300 ms and 600 ms (random fixed at 0.5)."""
    async with AsyncTrackClient("site", "key") as client:
        wire = route(client, Recorder(httpx.Response(503), httpx.Response(503), httpx.Response(200, json={"ok": 1})))
        with anyio.fail_after(LIMIT):
            assert await client.identify("u1", {"plan": "pro"}) == {"ok": 1}
    assert wire.sleeps == [(0.3, anyio_backend), (0.6, anyio_backend)]
    assert [request.headers.get("x-retry-count") for request in wire.requests] == [None, "1", "2"]
    assert wire.bodies() == [{"plan": "pro"}] * 3


async def test_track_gives_up_after_max_retries(anyio_backend: str) -> None:
    async with AsyncTrackClient("site", "key") as client:
        wire = route(
            client, Recorder(httpx.Response(500, json={"meta": {"error": "down"}})), RetryOptions(max_retries=2)
        )
        with anyio.fail_after(LIMIT), pytest.raises(ServerError) as caught:
            await client.track("u1", {"name": "ev"})
    assert caught.value.status_code == 500
    assert len(wire.requests) == 3
    assert [backend for _, backend in wire.sleeps] == [anyio_backend] * 2


async def test_retry_transport_sleeps_with_anyio_by_default(anyio_backend: str) -> None:
    """The default sleep is anyio's (imported on first use), which runs under either library (zero delays: no waiting)."""
    from customerio._rate_limit import async_sleep

    async with AsyncTrackClient("site", "key") as client:
        assert isinstance(client._transport, AsyncRetryTransport)
        assert client._transport._sleep is async_sleep
        recorder = Recorder(httpx.Response(503), httpx.Response(200, json={}))
        client._pool = httpx.MockTransport(recorder.handle)
        client._transport = AsyncRetryTransport(
            AsyncRedirectTransport(client._pool), RetryOptions(min_timeout_ms=0, max_timeout_ms=0)
        )
        with anyio.fail_after(LIMIT):
            await client.identify("u1", {})
    assert [request.headers.get("x-retry-count") for request in recorder.requests] == [None, "1"]


async def test_api_client_iterates_over_every_page(anyio_backend: str) -> None:
    pages = [
        httpx.Response(200, json={"newsletters": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}], "next": "c2"}),
        httpx.Response(200, json={"newsletters": [{"id": 3, "name": "c"}], "next": ""}),
    ]
    async with AsyncAPIClient("app-key") as client:
        wire = route(client, Recorder(*pages))
        with anyio.fail_after(LIMIT):
            items = [item async for item in client.iter_list_newsletters(limit=2)]
    assert [(item.id, item.name) for item in items] == [(1, "a"), (2, "b"), (3, "c")]
    assert [str(request.url) for request in wire.requests] == [
        "https://api.customer.io/v1/newsletters?limit=2",
        "https://api.customer.io/v1/newsletters?start=c2&limit=2",
    ]
    assert {request.headers["authorization"] for request in wire.requests} == {"Bearer app-key"}


async def test_pipelines_identify(anyio_backend: str) -> None:
    async with AsyncPipelinesClient("write-key") as client:
        wire = route(client, Recorder())
        with anyio.fail_after(LIMIT):
            await client.identify(
                user_id="u1", traits={"plan": "pro"}, message_id="m-1", timestamp="2024-01-02T03:04:05Z"
            )
    (request,) = wire.requests
    assert (request.method, str(request.url)) == ("POST", "https://cdp.customer.io/v1/identify")
    assert request.headers["authorization"] == basic("write-key", "")
    body = json.loads(request.content)
    assert body["userId"] == "u1" and body["traits"] == {"plan": "pro"} and body["messageId"] == "m-1"
    assert body["timestamp"] == "2024-01-02T03:04:05Z"
    assert body["context"]["library"]["name"] == "customerio-python"


@pytest.fixture
def loopback() -> Iterator[tuple[str, list[tuple[str, str, bytes]]]]:
    """A real HTTP/1.1 server on 127.0.0.1 (its own thread) answering `{}` and recording requests."""
    seen: list[tuple[str, str, bytes]] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = LIMIT

        def do_PUT(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            seen.append((self.command, self.path, body))
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/v1", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(LIMIT)


async def test_default_connection_pool_over_a_real_socket(
    anyio_backend: str, loopback: tuple[str, list[tuple[str, str, bytes]]]
) -> None:
    """No mock: the client's own pool opens a TCP connection under the running library."""
    url, seen = loopback
    async with AsyncTrackClient("site", "key", url=url, timeout=LIMIT, retry=RetryOptions(max_retries=0)) as client:
        with anyio.fail_after(LIMIT):
            await client.identify("u1", {"n": 1})
            await client.identify("u2", {"n": 2})  # over the kept-alive connection
    assert seen == [("PUT", "/api/v1/customers/u1", b'{"n":1}'), ("PUT", "/api/v1/customers/u2", b'{"n":2}')]


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_pipelines_batcher_sends_under_asyncio(anyio_backend: str) -> None:
    async with AsyncPipelinesClient("write-key") as client:
        wire = route(client, Recorder())
        with anyio.fail_after(LIMIT):
            async with AsyncPipelinesBatcher(client, flush_interval=60) as batcher:
                batcher.identify(user_id="u1", traits={"plan": "pro"})
                batcher.track(user_id="u1", event="signed_up")
                await batcher.flush()
                assert len(wire.requests) == 1
    (request,) = wire.requests
    assert str(request.url) == "https://cdp.customer.io/v1/batch"
    items = json.loads(request.content)["batch"]
    assert [(item["type"], item["userId"]) for item in items] == [("identify", "u1"), ("track", "u1")]


@pytest.mark.parametrize("anyio_backend", ["trio"])
@pytest.mark.parametrize("kind", ["pipelines", "track"])
async def test_batchers_refuse_to_run_under_trio(anyio_backend: str, kind: str) -> None:
    """asyncio-only: the first call under trio raises, nothing is queued, and closing is clean."""
    wire = Recorder()
    client: AsyncClientCore
    batcher: AsyncPipelinesBatcher | AsyncTrackBatcher
    enqueue: Callable[[], object]
    if kind == "pipelines":
        pipelines = AsyncPipelinesClient("write-key")
        pipelines_batcher = AsyncPipelinesBatcher(pipelines)
        client, batcher = pipelines, pipelines_batcher
        enqueue = functools.partial(pipelines_batcher.identify, user_id="u1")
    else:
        track = AsyncTrackClient("site", "key")
        track_batcher = AsyncTrackBatcher(track)
        client, batcher = track, track_batcher
        enqueue = functools.partial(track_batcher.identify, "u1")
    route(client, wire)
    with anyio.fail_after(LIMIT):
        with pytest.raises(
            RuntimeError, match=f"{type(batcher).__name__} runs its worker as a task of the running asyncio"
        ):
            enqueue()
        await batcher.flush()  # nothing was accepted: returns at once
        await batcher.aclose()
        await client.aclose()
    assert wire.requests == []
