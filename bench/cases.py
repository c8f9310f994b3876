"""Benchmark workers, one measurement per process: `python bench/cases.py <case> <impl> --port N [...]`.

Cases:
  sync    <impl>  per-call microseconds of a blocking identify; impl: sdk | httpx
  async   <impl>  calls per second of identify at --concurrency; impl: sdk | sdk-httpx | sdk-aiohttp |
                  httpx | httpx-aiohttp | aiohttp
  batcher sdk     PipelinesBatcher: events/s delivered and peak RSS for --events events
The result is one JSON line on stdout. `--profile` runs the measured loop under cProfile and adds
where the time went.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import resource
import sys
import time
import urllib.request
from collections.abc import Awaitable, Callable
from typing import Any

from _common import API_KEY, ATTRIBUTES, CUSTOMER_ID, SITE_ID, emit, profile_summary, profiled, time_calls


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
    return json.dumps(ATTRIBUTES, separators=(",", ":"), ensure_ascii=False).encode()


# --- sync -------------------------------------------------------------------------------------------


def sync_call(impl: str, port: int) -> tuple[Callable[[], object], Callable[[], None]]:
    if impl == "sdk":
        import customerio

        client = customerio.TrackClient(SITE_ID, API_KEY, url=_track_url(port))
        return (lambda: client.identify(CUSTOMER_ID, ATTRIBUTES)), client.close
    if impl == "httpx":
        import httpx

        url, headers = _bare_request(port)
        bare = httpx.Client(timeout=10.0)

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
        import customerio
        from customerio._aiohttp_transport import AiohttpTransport
        from customerio._base_client import _POOL_LIMITS
        from customerio._redirects import AsyncRedirectTransport
        from customerio._retry import AsyncRetryTransport

        client = customerio.AsyncTrackClient(SITE_ID, API_KEY, url=_track_url(port))
        if impl != "sdk":
            await client._pool.aclose()
            pool: Any = AiohttpTransport(limits=_POOL_LIMITS) if impl == "sdk-aiohttp" else None
            if pool is None:
                import httpx

                pool = httpx.AsyncHTTPTransport(limits=_POOL_LIMITS)
            client._pool = pool
            client._transport = AsyncRetryTransport(AsyncRedirectTransport(pool), client._config.retry)
        return (lambda: client.identify(CUSTOMER_ID, ATTRIBUTES)), client.aclose, type(client._pool).__name__
    url, headers = _bare_request(port)
    if impl in ("httpx", "httpx-aiohttp"):
        import httpx

        transport = None
        if impl == "httpx-aiohttp":
            from customerio._aiohttp_transport import AiohttpTransport

            transport = AiohttpTransport(limits=httpx.Limits(max_connections=100, max_keepalive_connections=20))
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


async def _drive(call: Callable[[], Awaitable[object]], concurrency: int, total: int) -> float:
    """Seconds to make `total` calls with `concurrency` workers."""
    per_worker = total // concurrency

    async def worker() -> None:
        for _ in range(per_worker):
            await call()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - start


async def run_async_main(args: argparse.Namespace) -> dict[str, Any]:
    call, close, pool = await async_call(args.impl, args.port)
    concurrency = args.concurrency
    total = (args.calls // concurrency) * concurrency
    try:
        await _drive(call, concurrency, max(args.warmup, concurrency) // concurrency * concurrency)
        if args.profile:
            profile = cProfile.Profile()
            profile.enable()
            await _drive(call, concurrency, total)
            profile.disable()
            return {"profile": profile_summary(profile), "pool": pool}
        rates = []
        for _ in range(args.repeats):
            seconds = await _drive(call, concurrency, total)
            rates.append(total / seconds)
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


def run_batcher(args: argparse.Namespace) -> dict[str, Any]:
    rss_before_import = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        import customerio
        from customerio import PipelinesClient  # type: ignore[attr-defined]

        PipelinesBatcher = getattr(customerio, "PipelinesBatcher", None)
        if PipelinesBatcher is None:
            from customerio._batching import PipelinesBatcher
    except ImportError as error:
        return {"available": False, "reason": f"{type(error).__name__}: {error}"}
    _reset_server(args.port)
    client = PipelinesClient("bench-write-key", url=f"http://127.0.0.1:{args.port}/v1")
    rss_after_import = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    batcher = PipelinesBatcher(client)
    events = args.events
    properties = {"plan": "pro", "amount": 42.5, "currency": "EUR", "items": 3}
    enqueue = batcher.track

    def run() -> float:
        start = time.perf_counter()
        for index in range(events):
            enqueue(user_id=f"user-{index % 1000}", event="Order Completed", properties=properties, block=True)
        batcher.close()
        return time.perf_counter() - start

    profile = None
    if args.profile:
        holder: dict[str, float] = {}
        profile = profiled(lambda: holder.setdefault("seconds", run()))
        seconds = holder["seconds"]
    else:
        seconds = run()
    client.close()
    stats = _server_stats(args.port)
    result: dict[str, Any] = {
        "available": True,
        "events": events,
        "delivered": stats["events"],
        "requests": stats["requests"],
        "seconds": seconds,
        "events_per_second": stats["events"] / seconds,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_before_import_mb": rss_before_import / 1024,
        "rss_after_import_mb": rss_after_import / 1024,
    }
    if profile is not None:
        result["profile"] = profile
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("case", choices=["sync", "async", "batcher"])
    parser.add_argument("impl")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    runner = {"sync": run_sync, "async": run_async, "batcher": run_batcher}[args.case]
    emit(runner(args))


if __name__ == "__main__":
    sys.exit(main())
