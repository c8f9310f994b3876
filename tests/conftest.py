"""Shared test helpers: import paths, the node catalogue, and a scripted in-memory Customer.io.

`Wire` answers a client's requests from a script (responses, transport exceptions or callables)
and records what it saw and how long the retry layer asked to sleep. `mock_sync` / `mock_async`
put it under a client's real retry and redirect transports, with a fixed random source (0.5) and
an injected clock, so nothing ever really sleeps.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for _sub in ("generated", "src"):
    if str(ROOT / _sub) not in sys.path:
        sys.path.insert(0, str(ROOT / _sub))

import httpx  # noqa: E402
import pytest  # noqa: E402

from customerio import AsyncTrackClient, RetryOptions, TrackClient  # noqa: E402
from customerio._redirects import AsyncRedirectTransport, RedirectTransport  # noqa: E402
from customerio._retry import AsyncRetryTransport, RetryTransport  # noqa: E402

# The node example requests are recorded with site id "site" and API key "key".
SITE_ID = "site"
API_KEY = "key"
NOW = 1_700_000_000.0

Answer = httpx.Response | BaseException | Callable[[httpx.Request], httpx.Response]

_CATALOGUE_NAME = "node-5.2.0-surface.json"


def strict_mypy(*paths: Path | str, options: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    """One `mypy --strict` run of the venv's mypy over `paths`, uncached (a clean verdict), from the repo root."""
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "generated")])}
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, *options]
    return subprocess.run(
        [*command, *(str(path) for path in paths)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def catalogue_path() -> Path:
    """The node catalogue: `$CUSTOMERIO_NODE_CATALOGUE`, else `../shared/reference/` beside the repository."""
    candidates = [
        os.environ.get("CUSTOMERIO_NODE_CATALOGUE", ""),
        str(ROOT.parent / "shared" / "reference" / _CATALOGUE_NAME),
        str(Path("/work/shared/reference") / _CATALOGUE_NAME),
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise FileNotFoundError(
        f"the node catalogue {_CATALOGUE_NAME} was not found; set CUSTOMERIO_NODE_CATALOGUE to its path"
    )


@cache
def catalogue() -> dict[str, Any]:
    with catalogue_path().open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def catalogue_methods(client: str) -> list[dict[str, Any]]:
    return [method for method in catalogue()["methods"] if method["client"] == client]


def copy_response(template: httpx.Response) -> httpx.Response:
    """A fresh response with the template's status, headers and body (responses are single-use)."""
    return httpx.Response(template.status_code, headers=template.headers, content=template.content)


def json_response(status: int = 200, payload: Any = None, headers: Mapping[str, str] | None = None) -> httpx.Response:
    content = b"" if payload is None else json.dumps(payload).encode()
    all_headers = {"content-type": "application/json", **(headers or {})}
    return httpx.Response(status, headers=all_headers, content=content)


class Wire:
    """A scripted Customer.io: answers in order, the last one repeating; records requests and sleeps."""

    def __init__(self, *answers: Answer) -> None:
        self.answers: list[Answer] = list(answers) or [json_response(200, {})]
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []
        self.now = NOW

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, BaseException):
            raise answer
        if isinstance(answer, httpx.Response):
            return copy_response(answer)
        return answer(request)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def clock(self) -> float:
        return self.now

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request was sent"
        return self.requests[-1]


def mock_sync(client: TrackClient, wire: Wire, retry: RetryOptions | None = None) -> Wire:
    """Route a blocking client's requests to `wire` through its real retry/redirect transports."""
    client._pool = httpx.MockTransport(wire.handle)
    client._transport = RetryTransport(
        RedirectTransport(client._pool),
        retry or client._config.retry,
        sleep=wire.sleep,
        random=lambda: 0.5,
        clock=wire.clock,
    )
    return wire


def mock_async(client: AsyncTrackClient, wire: Wire, retry: RetryOptions | None = None) -> Wire:
    """Route an async client's requests to `wire` through its real retry/redirect transports."""
    client._pool = httpx.MockTransport(wire.handle)
    client._transport = AsyncRetryTransport(
        AsyncRedirectTransport(client._pool),
        retry or client._config.retry,
        sleep=wire.async_sleep,
        random=lambda: 0.5,
        clock=wire.clock,
    )
    return wire


@pytest.fixture(autouse=True)
def _no_customerio_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never pick up credentials or a region from the developer's environment."""
    for name in (
        "CUSTOMERIO_SITE_ID",
        "CUSTOMERIO_API_KEY",
        "CUSTOMERIO_APP_API_KEY",
        "CUSTOMERIO_WRITE_KEY",
        "CUSTOMERIO_REGION",
    ):
        monkeypatch.delenv(name, raising=False)


class Harness:
    """A Track client of one flavour (blocking or async) wired to a `Wire`, called the same way."""

    def __init__(
        self,
        flavour: str,
        wire: Wire | None = None,
        *,
        site_id: str | None = SITE_ID,
        api_key: str | None = API_KEY,
        **options: Any,
    ) -> None:
        self.flavour = flavour
        self.wire = wire or Wire()
        self.client: TrackClient | AsyncTrackClient
        if flavour == "sync":
            sync_client = TrackClient(site_id, api_key, **options)
            mock_sync(sync_client, self.wire)
            self.client = sync_client
        else:
            async_client = AsyncTrackClient(site_id, api_key, **options)
            mock_async(async_client, self.wire)
            self.client = async_client

    def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """`client.<method>(*args, **kwargs)`, awaited on the async flavour."""
        return invoke(self.client, method, *args, **kwargs)

    def raw(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """`client.with_raw_response.<method>(*args, **kwargs)`, awaited on the async flavour."""
        return invoke(self.client.with_raw_response, method, *args, **kwargs)


def invoke(target: object, method: str, *args: Any, **kwargs: Any) -> Any:
    """Call a method; run the coroutine to completion if it returns one."""
    result = getattr(target, method)(*args, **kwargs)
    if asyncio.iscoroutine(result):
        return asyncio.run(result)
    return result


FLAVOURS = ("sync", "async")


@pytest.fixture(params=FLAVOURS)
def flavour(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value
