"""The retry policy as data, and the transports that apply it (sync and async).

`RetryOptions` holds node's knobs; `RetryTransport` / `AsyncRetryTransport` wrap another httpx
transport and replay a request when the policy says so: on the listed statuses, on network
errors and on timeouts. Each attempt, body included, is bounded as a whole by its deadline
(`_deadline`). Backoff is `min(max_timeout_ms, (random() + 1) * min_timeout_ms * 2**n)`
unless the answer carries a usable `Retry-After`. The sum of the sleeps never exceeds
`max_total_backoff_ms`: the last answer (or error) is returned instead. The n-th replay carries
`X-Retry-Count: n` and the same body bytes. Clock, sleep and random source are injectable.
A request carrying a rate limiter (a client's `rate_limit=`) waits for its turn before each
attempt, outside the attempt's deadline.
"""

from __future__ import annotations

import logging
import math
import random as _random
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

import attrs
import httpx

from ._deadline import send_async, send_sync
from ._errors import InvalidArgumentError, InvalidArgumentTypeError
from ._rate_limit import RATE_LIMITER, async_sleep

__all__ = ["AsyncRetryTransport", "RetryOptions", "RetryTransport", "retry_options"]

logger = logging.getLogger("customerio")

RETRYABLE_ERRORS = (httpx.TransportError,)


def _status_codes(value: Iterable[int]) -> tuple[int, ...]:
    try:
        return tuple(int(code) for code in value)
    except (TypeError, ValueError):
        raise InvalidArgumentTypeError("retry_status_codes must be an iterable of integer statuses") from None


def _boolean(attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise InvalidArgumentTypeError(f"retry option {attribute.name} must be True or False, not {value!r}")


def _non_negative(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise InvalidArgumentError(f"retry option {attribute.name} must be a number >= 0, not {value!r}")


@attrs.frozen(kw_only=True)
class RetryOptions:
    """How failed requests are retried. `RetryOptions(max_retries=0)` turns retrying off."""

    max_retries: int = attrs.field(default=3, validator=_non_negative)
    min_timeout_ms: float = attrs.field(default=200, validator=_non_negative)
    max_timeout_ms: float = attrs.field(default=5000, validator=_non_negative)
    retry_status_codes: tuple[int, ...] = attrs.field(
        default=(408, 429, 500, 502, 503, 504, 522, 524), converter=_status_codes
    )
    respect_retry_after: bool = attrs.field(default=True, validator=lambda _, a, v: _boolean(a, v))
    retry_after_max_seconds: float = attrs.field(default=300, validator=_non_negative)
    max_total_backoff_ms: float = attrs.field(default=30000, validator=_non_negative)

    def backoff_ms(self, attempt: int, rand: float) -> float:
        """The pause before replay `attempt + 1`, without `Retry-After`."""
        return float(min(self.max_timeout_ms, (rand + 1) * self.min_timeout_ms * 2**attempt))

    def retry_after_ms(self, header: str | None, now: float) -> float | None:
        """`Retry-After` as seconds or an HTTP-date, clamped to [0, retry_after_max_seconds]."""
        if not self.respect_retry_after or header is None:
            return None
        value = header.strip()
        try:
            seconds = float(value)
            if not math.isfinite(seconds):
                return None
        except ValueError:
            import email.utils  # only needed for the rare HTTP-date form

            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return None
            seconds = when.timestamp() - now
        return max(0.0, min(seconds, self.retry_after_max_seconds)) * 1000


def retry_options(value: RetryOptions | Mapping[str, Any] | None) -> RetryOptions:
    """`retry=` accepts options, a mapping of some of their fields, or None for the defaults."""
    if value is None:
        return RetryOptions()
    if isinstance(value, RetryOptions):
        return value
    if isinstance(value, Mapping):
        unknown = set(value) - {f.name for f in attrs.fields(RetryOptions)}
        if unknown:
            raise InvalidArgumentTypeError(f"unknown retry option(s): {', '.join(sorted(unknown))}")
        return RetryOptions(**value)
    raise InvalidArgumentTypeError("retry must be a RetryOptions, a mapping of its fields, or None")


@attrs.define
class _Attempts:
    """The bookkeeping of one call's attempts, shared by the sync and async transports."""

    options: RetryOptions
    random: Callable[[], float]
    clock: Callable[[], float]
    attempt: int = 0
    total_ms: float = 0.0

    def delay_after_status(self, response: httpx.Response) -> float | None:
        if response.status_code not in self.options.retry_status_codes:
            return None
        header_delay = self.options.retry_after_ms(response.headers.get("retry-after"), self.clock())
        return self._delay(header_delay)

    def delay_after_error(self) -> float | None:
        return self._delay(None)

    def _delay(self, header_delay: float | None) -> float | None:
        if self.attempt >= self.options.max_retries:
            return None
        delay = header_delay if header_delay is not None else self.options.backoff_ms(self.attempt, self.random())
        if self.total_ms + delay > self.options.max_total_backoff_ms:
            return None
        self.total_ms += delay
        self.attempt += 1
        return delay

    def request(self, original: httpx.Request) -> httpx.Request:
        if self.attempt == 0:
            return original
        headers = original.headers.copy()
        headers["X-Retry-Count"] = str(self.attempt)
        return httpx.Request(
            original.method, original.url, headers=headers, content=original.content, extensions=original.extensions
        )


def _log_retry(request: httpx.Request, attempt: int, delay_ms: float, reason: str) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "retrying %s %s (%s); replay %d in %.0f ms", request.method, request.url, reason, attempt, delay_ms
        )


def _log_wait(request: httpx.Request, seconds: float) -> None:
    if seconds > 0 and logger.isEnabledFor(logging.DEBUG):
        logger.debug("%s %s waited %.0f ms for its rate-limit turn", request.method, request.url, seconds * 1000)


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and retries per `RetryOptions`."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        options: RetryOptions,
        *,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = _random.random,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.inner = inner
        self.options = options
        self._sleep = sleep
        self._random = random
        self._clock = clock
        self._monotonic = monotonic  # measures each attempt against its deadline (see `_deadline`)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        state = _Attempts(self.options, self._random, self._clock)
        limiter = request.extensions.get(RATE_LIMITER)
        while True:
            attempt_request = state.request(request)
            if limiter is not None:
                _log_wait(request, limiter.acquire())
            try:
                # the whole attempt, body included, within its deadline; a connection lost
                # mid-body is retried like one lost before the answer
                response = send_sync(self.inner, attempt_request, self._monotonic)
            except RETRYABLE_ERRORS as error:
                delay = state.delay_after_error()
                if delay is None:
                    raise
                _log_retry(request, state.attempt, delay, type(error).__name__)
                self._sleep(delay / 1000)
                continue
            delay = state.delay_after_status(response)
            if delay is None:
                return response
            response.close()
            _log_retry(request, state.attempt, delay, f"status {response.status_code}")
            self._sleep(delay / 1000)

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps an async transport and retries per `RetryOptions`."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        options: RetryOptions,
        *,
        sleep: Callable[[float], Awaitable[None]] = async_sleep,
        random: Callable[[], float] = _random.random,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.inner = inner
        self.options = options
        self._sleep = sleep
        self._random = random
        self._clock = clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        state = _Attempts(self.options, self._random, self._clock)
        limiter = request.extensions.get(RATE_LIMITER)
        while True:
            attempt_request = state.request(request)
            if limiter is not None:
                _log_wait(request, await limiter.acquire_async())
            try:
                # the whole attempt, body included, within its deadline; a connection lost
                # mid-body is retried like one lost before the answer
                response = await send_async(self.inner, attempt_request)
            except RETRYABLE_ERRORS as error:
                delay = state.delay_after_error()
                if delay is None:
                    raise
                _log_retry(request, state.attempt, delay, type(error).__name__)
                await self._sleep(delay / 1000)
                continue
            delay = state.delay_after_status(response)
            if delay is None:
                return response
            await response.aclose()
            _log_retry(request, state.attempt, delay, f"status {response.status_code}")
            await self._sleep(delay / 1000)

    async def aclose(self) -> None:
        await self.inner.aclose()
