"""Client-side rate limiting: the policy as data (`RateLimit`), the shared limiter (`RateLimiter`),
and the limits Customer.io publishes per API and endpoint class (`PUBLISHED_LIMITS`).

A `RateLimiter` hands out send times spaced `limit.per / limit.requests` seconds apart (the
generic cell rate algorithm: a token bucket of `burst` tokens, kept as one "next free time").
Each caller reserves its slot under a lock and then waits for it outside the lock, so threads
and tasks sharing a limiter queue up in the order they asked, without polling. Clock and sleep
are injectable, so tests run in simulated time.
"""

from __future__ import annotations

import math
import os
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Literal

import attrs

from ._errors import InvalidArgumentError, InvalidArgumentTypeError

__all__ = [
    "PUBLISHED_LIMITS",
    "EndpointLimit",
    "RateLimit",
    "RateLimiter",
    "endpoint_limit",
]

API = Literal["track", "app", "pipelines"]
# Which API each of the clients' roots belongs to (`Prepared.base`).
API_OF_BASE: Mapping[str, API] = {
    "track": "track",
    "track_v2": "track",
    "track_host": "track",
    "api": "app",
    "pipelines": "pipelines",
}
# The request extension that carries an attempt's limiter to the retry layer, which waits on it
# before each attempt starts (so the wait is not part of the attempt's timeout).
RATE_LIMITER = "customerio.rate_limiter"


async def async_sleep(seconds: float) -> None:
    """`anyio.sleep` (asyncio or trio), imported on first use: `import customerio` does not load anyio."""
    import anyio

    await anyio.sleep(seconds)


_EPSILON = 1e-9


def _positive(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not (value > 0 and math.isfinite(value)):
        raise InvalidArgumentError(f"rate limit {attribute.name} must be a positive number, not {value!r}")


def _burst(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError(f"rate limit burst must be a positive integer, not {value!r}")


@attrs.frozen
class RateLimit:
    """A request rate: at most `requests` every `per` seconds, of which up to `burst` may go at
    once after a quiet spell (`burst=1`, the default, spaces every request evenly)."""

    requests: float = attrs.field(validator=_positive)
    per: float = attrs.field(default=1.0, validator=_positive, kw_only=True)
    burst: int = attrs.field(default=1, validator=_burst, kw_only=True)

    @property
    def interval(self) -> float:
        """Seconds between two requests at the sustained rate."""
        return self.per / self.requests

    def __str__(self) -> str:
        per = "second" if self.per == 1 else f"{self.per:g} seconds"
        return f"{self.requests:g} request{'' if self.requests == 1 else 's'} per {per}"


class RateLimiter:
    """Spaces requests to stay within a `RateLimit`; one instance is shared by everything it paces.

    Thread-safe, and usable from any number of asyncio (or trio) tasks at once. `acquire()` /
    `await acquire_async()` wait for the caller's turn and return how long they waited;
    `try_acquire()` takes a turn only when one is free now and otherwise says how long until
    the next one (it never waits). `clock` is monotonic seconds; `sleep` / `async_sleep` are how
    waits pass (inject simulated ones in tests).
    """

    def __init__(
        self,
        limit: RateLimit | float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
        async_sleep: Callable[[float], Awaitable[object]] = async_sleep,
    ) -> None:
        self.limit = limit if isinstance(limit, RateLimit) else RateLimit(limit)
        self._interval = self.limit.interval
        self._tolerance = (self.limit.burst - 1) * self._interval
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._lock = threading.Lock()
        self._next = -math.inf  # the theoretical time of the next request at the sustained rate
        _live.add(self)

    def __repr__(self) -> str:
        return f"RateLimiter({self.limit})"

    def _delay(self, now: float) -> float:
        delay = max(self._next, now) - self._tolerance - now
        return delay if delay > _EPSILON else 0.0  # not a turn lost to the rounding of summed intervals

    def reserve(self) -> float:
        """Take the next turn and return how many seconds from now it starts (0: at once)."""
        with self._lock:
            now = self._clock()
            delay = self._delay(now)
            self._next = max(self._next, now) + self._interval
            return delay

    def try_acquire(self, now: float | None = None) -> float:
        """Take a turn if one is free at `now` (default: the clock) and return 0; else take nothing
        and return the seconds until one is."""
        with self._lock:
            if now is None:
                now = self._clock()
            delay = self._delay(now)
            if delay <= 0:
                self._next = max(self._next, now) + self._interval
            return delay

    def acquire(self) -> float:
        """Wait (blocking this thread only) for the caller's turn; the seconds waited."""
        delay = self.reserve()
        if delay > 0:
            self._sleep(delay)
        return delay

    async def acquire_async(self) -> float:
        """Wait (without blocking the event loop) for the caller's turn; the seconds waited."""
        delay = self.reserve()
        if delay > 0:
            await self._async_sleep(delay)
        return delay


_live: weakref.WeakSet[RateLimiter] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    # a thread of the parent may have held a lock at the fork: the child's copy would stay locked
    for limiter in list(_live):
        limiter._lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


@attrs.frozen
class EndpointLimit:
    """One published limit: the API, the endpoint class's name, its rate, and the operations it
    covers (None: every operation of the API that no other class of it names)."""

    api: API
    name: str
    limit: RateLimit
    operations: frozenset[str] | None = None

    def covers(self, api: str, operation: str | None) -> bool:
        if api != self.api:
            return False
        return self.operations is None or operation in self.operations


TRANSACTIONAL_SENDS = frozenset(
    {"send_email", "send_push", "send_sms", "send_whatsapp", "send_inbox_message", "send_in_app"}
)

PUBLISHED_LIMITS: tuple[EndpointLimit, ...] = (
    EndpointLimit("app", "broadcast triggers", RateLimit(1, per=10.0), frozenset({"trigger_broadcast"})),
    EndpointLimit("app", "transactional sends", RateLimit(100), TRANSACTIONAL_SENDS),
    EndpointLimit("app", "App API", RateLimit(10)),
    EndpointLimit("track", "Track API", RateLimit(1000)),
    EndpointLimit("pipelines", "Pipelines API", RateLimit(3000, per=3.0)),
)
"""The request rates Customer.io publishes, per API and endpoint class (see docs/scaling.md).

Classes naming their operations come before their API's catch-all; the first that covers a
request is the one that counts it."""


def endpoint_limit(
    api: str, operation: str | None, table: tuple[EndpointLimit, ...] = PUBLISHED_LIMITS
) -> EndpointLimit:
    """The class of `table` that counts a request of `api`'s `operation`."""
    for entry in table:
        if entry.covers(api, operation):
            return entry
    raise LookupError(f"no rate limit is listed for the {api} API")


RateLimitArg = bool | float | RateLimit | RateLimiter | None


class ClientLimits:
    """The limiters of one client (and of its `with_options` copies, which share this object):
    one per endpoint class of the API for `rate_limit=True`, else one for every request."""

    def __init__(
        self,
        api: API,
        setting: bool | float | RateLimit | RateLimiter,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
        async_sleep: Callable[[float], Awaitable[object]] = async_sleep,
    ) -> None:
        self.api = api
        self._single: RateLimiter | None = None
        self._by_class: dict[str, RateLimiter] = {}
        if isinstance(setting, RateLimiter):
            self._single = setting
        elif setting is True:
            self._by_class = {
                entry.name: RateLimiter(entry.limit, clock=clock, sleep=sleep, async_sleep=async_sleep)
                for entry in PUBLISHED_LIMITS
                if entry.api == api
            }
        else:
            self._single = RateLimiter(setting, clock=clock, sleep=sleep, async_sleep=async_sleep)

    def __repr__(self) -> str:
        if self._single is not None:
            return f"ClientLimits({self._single!r})"
        return f"ClientLimits({ {name: str(limiter.limit) for name, limiter in self._by_class.items()} })"

    def limiter_for(self, base: str, operation: str) -> RateLimiter:
        if self._single is not None:
            return self._single
        return self._by_class[endpoint_limit(API_OF_BASE.get(base, self.api), operation).name]


def client_limits(
    api: API,
    rate_limit: RateLimitArg,
    **injected: Any,
) -> ClientLimits | None:
    """What a client's `rate_limit=` asks for: None (off), True (the published limits), requests
    per second, a `RateLimit`, or a `RateLimiter` to share with other clients."""
    if rate_limit is None or rate_limit is False:
        return None
    if rate_limit is True or isinstance(rate_limit, RateLimit | RateLimiter):
        return ClientLimits(api, rate_limit, **injected)
    if isinstance(rate_limit, int | float) and not isinstance(rate_limit, bool):
        if not (rate_limit > 0 and math.isfinite(rate_limit)):
            raise InvalidArgumentError(
                f"rate_limit must be a positive number of requests per second, not {rate_limit!r}"
            )
        return ClientLimits(api, RateLimit(rate_limit), **injected)
    raise InvalidArgumentTypeError(
        "rate_limit must be True (Customer.io's published limits), requests per second, a RateLimit, "
        "a RateLimiter or None"
    )
