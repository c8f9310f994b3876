"""Helpers shared by the benchmark workers; standard library only (the official package's venv imports it too)."""

from __future__ import annotations

import cProfile
import json
import pstats
import sys
import time
from collections.abc import Callable
from typing import Any

SITE_ID = "bench-site"
API_KEY = "bench-key"
CUSTOMER_ID = "42"
ATTRIBUTES: dict[str, Any] = {
    "email": "ada@example.com",
    "first_name": "Ada",
    "last_name": "Lovelace",
    "plan": "pro",
    "created_at": 1700000000,
}

# Where a profiled function's time is counted: the first matching path fragment wins.
_BUCKETS = (
    ("/customerio/", "customerio (SDK)"),
    ("/_customerio_gen/", "customerio (SDK)"),
    ("/httpx/", "httpx"),
    ("/httpcore/", "httpcore (httpx pool)"),
    ("/h11/", "h11 (HTTP/1.1 parser)"),
    ("/anyio/", "anyio"),
    ("/sniffio/", "anyio"),
    ("/aiohttp/", "aiohttp"),
    ("/yarl/", "aiohttp"),
    ("/multidict/", "aiohttp"),
    ("/propcache/", "aiohttp"),
    ("/requests/", "requests"),
    ("/urllib3/", "urllib3"),
    ("/asyncio/", "asyncio event loop"),
    ("/selectors.py", "asyncio event loop"),
    ("/json/", "json"),
    ("/http/", "http.client"),
    ("/socket.py", "socket"),
    ("/attr/", "attrs"),
    ("/attrs/", "attrs"),
)


def emit(result: dict[str, Any]) -> None:
    """Hand a worker's result to the orchestrator (the last stdout line is JSON)."""
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


def time_calls(call: Callable[[], object], calls: int, repeats: int, warmup: int) -> list[float]:
    """Microseconds per call, one figure per repeat of `calls` back-to-back calls."""
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            call()
        samples.append((time.perf_counter() - start) / calls * 1e6)
    return samples


def _bucket(filename: str, name: str) -> str:
    if filename == "~":  # a builtin: name its kind
        if "socket" in name or "select" in name or "epoll" in name or "poll" in name:
            return "socket / poll syscalls"
        if "json" in name or "encode" in name or "decode" in name:
            return "json"
        return "builtins"
    for fragment, bucket in _BUCKETS:
        if fragment in filename:
            return bucket
    return "other"


def profile_summary(profile: cProfile.Profile, top: int = 8) -> dict[str, Any]:
    """Own time per library (percent) and the functions with the most own time."""
    stats = pstats.Stats(profile)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values()) or 1.0
    buckets: dict[str, float] = {}
    functions = []
    for (filename, line, name), (_, calls, tottime, _, _) in raw.items():
        bucket = _bucket(filename, name)
        buckets[bucket] = buckets.get(bucket, 0.0) + tottime
        short = filename.split("site-packages/")[-1].split("/src/")[-1].split("/generated/")[-1]
        functions.append((tottime, f"{short}:{line}({name})", calls))
    functions.sort(reverse=True)
    return {
        "buckets": {k: round(100 * v / total, 1) for k, v in sorted(buckets.items(), key=lambda kv: -kv[1])},
        "top": [{"function": f, "percent": round(100 * t / total, 1), "calls": c} for t, f, c in functions[:top]],
    }


def profiled(run: Callable[[], object]) -> dict[str, Any]:
    profile = cProfile.Profile()
    profile.enable()
    run()
    profile.disable()
    return profile_summary(profile)
