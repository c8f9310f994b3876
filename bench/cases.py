"""Benchmark workers, one measurement per process: `python bench/cases.py <case> <impl> --port N [...]`.

Cases:
  sync    <impl>  microseconds per blocking identify call; impl: sdk | httpx | sdk-inmemory | httpx-inmemory
  async   <impl>  identify calls per second with --concurrency workers for --seconds; impl: sdk (as
                  constructed) | sdk-httpx | sdk-aiohttp (the SDK with that pool forced) | httpx |
                  httpx-aiohttp | aiohttp | sdk-inmemory
  batcher <impl>  events per second delivered and peak RSS for --events events; impl: pipelines (or
                  sdk) | track (PipelinesBatcher / TrackBatcher with --max-in-flight, default: the
                  batcher's default); the server checks per-person order (`out_of_order`)
  ratelimit <impl> a burst of --calls App API lookups from --concurrency threads against the loopback
                  fake (`serve --rate-limits --latency-ms 20` on --port); impl: paced
                  (`rate_limit=True`) | unpaced (no rate_limit, no retries); counts the 429 answers
The `*-inmemory` impls answer from an in-process transport (no socket): they measure the client's own
CPU cost per call. The result is one JSON line on stdout; `--profile` runs the measured loop under
cProfile instead and reports where the time went.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import resource
import sys
import threading
import time
import urllib.request
from collections.abc import Awaitable, Callable
from typing import Any

from _common import API_KEY, ATTRIBUTES, CUSTOMER_ID, SITE_ID, emit, profile_summary, profiled, time_calls

_CANNED_HEADERS = [(b"Content-Type", b"application/json"), (b"Content-Length", b"2")]


def _track_url(port: int) -> str:
    return f"http://127.0.0.1:{port}/api/v1"


def _bare_request(port: int) -> tuple[str, dict[str, str]]:
    """The URL and headers the SDK sends for identify, for the bare-client baselines."""
    import customerio

    client = customerio.TrackClient(SITE_ID, API_KEY, url=_track_url(port))
    authorization = client._config.authorization
    client.close()
    headers = {
        "Authorization": authorization,
        "Content-Type": "application/json",
        "User-Agent": f"Customer.io Python Client/{customerio.__version__}",
    }
    return f"{_track_url(port)}/customers/{CUSTOMER_ID}", headers


def _body() -> bytes:
    """What a hand-written client does per call: encode the attributes as compact JSON."""
    return json.dumps(ATTRIBUTES, separators=(",", ":"), ensure_ascii=False).encode()


def _canned_transports() -> tuple[Any, Any]:
    """A sync and an async httpx transport answering `200 {}` in-process."""
    import httpx

    class Canned(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, headers=_CANNED_HEADERS, content=b"{}", request=request)

    class AsyncCanned(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, headers=_CANNED_HEADERS, content=b"{}", request=request)

    return Canned(), AsyncCanned()


# --- sync -------------------------------------------------------------------------------------------


def sync_call(impl: str, port: int) -> tuple[Callable[[], object], Callable[[], None]]:
    if impl in ("sdk", "sdk-inmemory"):
        import customerio

        client = customerio.TrackClient(SITE_ID, API_KEY, url=_track_url(port))
        if impl == "sdk-inmemory":
            from customerio._redirects import RedirectTransport
            from customerio._retry import RetryTransport

            client.close()
            client._pool = _canned_transports()[0]
            client._transport = RetryTransport(RedirectTransport(client._pool), client._config.retry)
        return (lambda: client.identify(CUSTOMER_ID, ATTRIBUTES)), client.close
    if impl in ("httpx", "httpx-inmemory"):
        import httpx

        url, headers = _bare_request(port)
        bare = httpx.Client(timeout=10.0, transport=_canned_transports()[0] if impl == "httpx-inmemory" else None)

        def call() -> object:
            response = bare.put(url, content=_body(), headers=headers)
            response.raise_for_status()
            return response.json()

        return call, bare.close
    raise SystemExit(f"unknown sync impl {impl}")


def run_sync(args: argparse.Namespace) -> dict[str, Any]:
    call, close = sync_call(args.impl, args.port)
    try:
        if args.profile:
            time_calls(call, 1, 1, args.warmup)
            return {"profile": profiled(lambda: time_calls(call, args.calls, 1, 0))}
        return {"us_per_call": time_calls(call, args.calls, args.repeats, args.warmup)}
    finally:
        close()


# --- async ------------------------------------------------------------------------------------------


async def async_call(
    impl: str, port: int
) -> tuple[Callable[[], Awaitable[object]], Callable[[], Awaitable[None]], str]:
    """A coroutine function making one identify call, its cleanup, and the name of the pool used."""
    if impl.startswith("sdk"):
        import httpx

        import customerio
        from customerio._aiohttp_transport import AiohttpTransport
        from customerio._base_client import _POOL_LIMITS
        from customerio._redirects import AsyncRedirectTransport
        from customerio._retry import AsyncRetryTransport

        client = customerio.AsyncTrackClient(SITE_ID, API_KEY, url=_track_url(port))
        if impl != "sdk":
            await client._pool.aclose()
            pool: httpx.AsyncBaseTransport
            if impl == "sdk-aiohttp":
                pool = AiohttpTransport(limits=_POOL_LIMITS)
            elif impl == "sdk-httpx":
                pool = httpx.AsyncHTTPTransport(limits=_POOL_LIMITS)
            elif impl == "sdk-inmemory":
                pool = _canned_transports()[1]
            else:
                raise SystemExit(f"unknown async impl {impl}")
            client._pool = pool
            client._transport = AsyncRetryTransport(AsyncRedirectTransport(pool), client._config.retry)
        return (lambda: client.identify(CUSTOMER_ID, ATTRIBUTES)), client.aclose, type(client._pool).__name__
    url, headers = _bare_request(port)
    if impl in ("httpx", "httpx-aiohttp"):
        import httpx

        from customerio._aiohttp_transport import AiohttpTransport

        transport = AiohttpTransport(limits=httpx.Limits()) if impl == "httpx-aiohttp" else None
        bare = httpx.AsyncClient(timeout=10.0, transport=transport)

        async def call() -> object:
            response = await bare.put(url, content=_body(), headers=headers)
            response.raise_for_status()
            return response.json()

        return call, bare.aclose, type(bare._transport).__name__
    if impl == "aiohttp":
        import aiohttp

        session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10.0))

        async def call() -> object:
            async with session.put(url, data=_body(), headers=headers) as response:
                response.raise_for_status()
                return json.loads(await response.read())

        return call, session.close, "aiohttp.TCPConnector"
    raise SystemExit(f"unknown async impl {impl}")


async def _drive(call: Callable[[], Awaitable[object]], concurrency: int, seconds: float) -> float:
    """Calls per second of `concurrency` workers calling back-to-back for about `seconds`."""
    done = 0
    start = time.perf_counter()
    deadline = start + seconds

    async def worker() -> None:
        nonlocal done
        while time.perf_counter() < deadline:
            await call()
            done += 1

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return done / (time.perf_counter() - start)


async def run_async_main(args: argparse.Namespace) -> dict[str, Any]:
    call, close, pool = await async_call(args.impl, args.port)
    try:
        await _drive(call, args.concurrency, args.warmup_seconds)
        if args.profile:
            profile = cProfile.Profile()
            profile.enable()
            await _drive(call, args.concurrency, args.seconds)
            profile.disable()
            return {"profile": profile_summary(profile), "pool": pool}
        rates = [await _drive(call, args.concurrency, args.seconds) for _ in range(args.repeats)]
        return {"calls_per_second": rates, "pool": pool}
    finally:
        await close()


def run_async(args: argparse.Namespace) -> dict[str, Any]:
    return asyncio.run(run_async_main(args))


# --- batcher ----------------------------------------------------------------------------------------


def _server_stats(port: int) -> dict[str, int]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/__stats", timeout=10) as response:
        stats: dict[str, int] = json.loads(response.read())
        return stats


def _reset_server(port: int) -> None:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/__reset", data=b"", method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        response.read()


PEOPLE = 1000  # the bench's events go to this many people, round robin


def run_batcher(args: argparse.Namespace) -> dict[str, Any]:
    rss_start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        from customerio import PipelinesBatcher, PipelinesClient, TrackBatcher, TrackClient
        from customerio._batch_core import DEFAULT_MAX_IN_FLIGHT
    except ImportError as error:
        return {"available": False, "reason": f"{type(error).__name__}: {error}"}
    _reset_server(args.port)
    in_flight = args.max_in_flight or DEFAULT_MAX_IN_FLIGHT
    events = args.events
    client: Any
    # block=True: a producer faster than the network waits for room instead of getting QueueFullError.
    if args.impl == "track":
        client = TrackClient(SITE_ID, API_KEY, url=_track_url(args.port))
        track_batcher = TrackBatcher(client, block=True, max_in_flight=in_flight)
        batcher: Any = track_batcher

        def run_events() -> None:
            track = track_batcher.track
            for index in range(events):
                data = {"plan": "pro", "amount": 42.5, "currency": "EUR", "n": index // PEOPLE}
                track(f"user-{index % PEOPLE}", {"name": "Order Completed", "data": data})

    else:
        client = PipelinesClient("bench-write-key", url=f"http://127.0.0.1:{args.port}/v1")
        pipelines_batcher = PipelinesBatcher(client, block=True, max_in_flight=in_flight)
        batcher = pipelines_batcher

        def run_events() -> None:
            track = pipelines_batcher.track
            for index in range(events):
                properties = {"plan": "pro", "amount": 42.5, "currency": "EUR", "n": index // PEOPLE}
                track(user_id=f"user-{index % PEOPLE}", event="Order Completed", properties=properties)

    rss_ready = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    timings: dict[str, float] = {}

    def run() -> None:
        start = time.perf_counter()
        run_events()
        timings["enqueued"] = time.perf_counter() - start
        batcher.close()
        timings["seconds"] = time.perf_counter() - start

    profile = sender_profile = None
    cpu_start = resource.getrusage(resource.RUSAGE_SELF)
    if args.profile:
        # The sender thread starts on the first call: have it profile itself from its first event on.
        sender = cProfile.Profile()
        threading.setprofile(lambda *_: sender.enable())
        profile = profiled(run)
        threading.setprofile(None)
        sender_profile = profile_summary(sender)
    else:
        run()
    cpu_end = resource.getrusage(resource.RUSAGE_SELF)
    client.close()
    stats = _server_stats(args.port)
    seconds = timings["seconds"]
    result: dict[str, Any] = {
        "available": True,
        "events": events,
        "delivered": stats["events"],
        "out_of_order": stats.get("out_of_order", 0),
        "requests": stats["requests"],
        "impl": args.impl,
        "max_in_flight": in_flight,
        "seconds": seconds,
        "enqueue_seconds": timings["enqueued"],
        "cpu_seconds": (cpu_end.ru_utime + cpu_end.ru_stime) - (cpu_start.ru_utime + cpu_start.ru_stime),
        "events_per_second": stats["events"] / seconds,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_at_start_mb": rss_start / 1024,
        "rss_after_import_mb": rss_ready / 1024,
    }
    if profile is not None:
        result["profile"] = profile
        result["sender_profile"] = sender_profile
    return result


def run_rate_limit(args: argparse.Namespace) -> dict[str, Any]:
    import customerio

    base = f"http://127.0.0.1:{args.port}"
    urllib.request.urlopen(urllib.request.Request(base + "/__reset__", data=b"", method="POST"), timeout=10).read()
    paced = args.impl == "paced"
    options: dict[str, Any] = {"rate_limit": True} if paced else {"retry": {"max_retries": 0}}
    client = customerio.APIClient("bench-app-key", url=base + "/app/v1", timeout=30.0, **options)
    errors: list[str] = []

    def lookups(first: int) -> None:
        for index in range(first, args.calls, args.concurrency):
            try:
                client.get_customers_by_email(f"person{index}@example.com")
            except customerio.RateLimitError:
                pass  # counted from the server's record below
            except customerio.CustomerIOError as error:
                errors.append(f"{type(error).__name__}: {error}")

    threads = [threading.Thread(target=lookups, args=(i,)) for i in range(args.concurrency)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - start
    client.close()
    with urllib.request.urlopen(base + "/__calls__", timeout=30) as response:
        calls = json.loads(response.read())
    statuses = [call["status"] for call in calls]
    return {
        "impl": args.impl,
        "calls": args.calls,
        "threads": args.concurrency,
        "requests": len(statuses),
        "answered_429": statuses.count(429),
        "answered_200": statuses.count(200),
        "seconds": seconds,
        "accepted_per_second": statuses.count(200) / seconds,
        "errors": errors[:5],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("case", choices=["sync", "async", "batcher", "ratelimit"])
    parser.add_argument("impl")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--calls", type=int, default=1000, help="sync: calls per repeat")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=200, help="sync: calls before measuring")
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=0.6, help="async: length of one repeat")
    parser.add_argument("--warmup-seconds", type=float, default=0.2)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--max-in-flight", type=int, default=0, help="batcher: 0 for the batcher's default")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    runner = {"sync": run_sync, "async": run_async, "batcher": run_batcher, "ratelimit": run_rate_limit}[args.case]
    emit(runner(args))


if __name__ == "__main__":
    sys.exit(main())
