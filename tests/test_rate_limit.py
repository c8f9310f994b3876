"""Client-side rate limiting: the policy, the shared limiter, and the clients' `rate_limit=`.

Everything runs in simulated time (an injected clock, or `VirtualClock`): nothing sleeps.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import threading
from typing import Any

import httpx
import pytest

from customerio import (
    APIClient,
    APITimeoutError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    PipelinesClient,
    RateLimit,
    RateLimiter,
    RetryOptions,
    SendEmailRequest,
    TrackClient,
)
from customerio._rate_limit import PUBLISHED_LIMITS, RATE_LIMITER, endpoint_limit
from customerio._redirects import RedirectTransport
from customerio._retry import RetryTransport
from customerio.testing import FakeCustomerIO, VirtualClock


class Clock:
    """A clock that moves only when something sleeps on it; records the sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


# -- the policy ---------------------------------------------------------------------------------


def test_rate_limit_is_data_with_checked_fields() -> None:
    limit = RateLimit(3000, per=3.0)
    assert limit.interval == pytest.approx(0.001)
    assert str(limit) == "3000 requests per 3 seconds"
    assert str(RateLimit(10)) == "10 requests per second"
    assert str(RateLimit(1, per=10.0)) == "1 request per 10 seconds"
    assert RateLimit(10) == RateLimit(10.0, per=1, burst=1)
    for bad in ({"requests": 0}, {"requests": -1}, {"requests": float("inf")}, {"requests": True}):
        with pytest.raises(InvalidArgumentError):
            RateLimit(**bad)
    with pytest.raises(InvalidArgumentError, match="per"):
        RateLimit(1, per=0)
    with pytest.raises(InvalidArgumentError, match="burst"):
        RateLimit(1, burst=0)
    with pytest.raises(InvalidArgumentError, match="burst"):
        RateLimit(1, burst=1.5)  # type: ignore[arg-type]


def test_published_limits_table() -> None:
    table = {(entry.api, entry.name): (entry.limit.requests, entry.limit.per) for entry in PUBLISHED_LIMITS}
    assert table == {
        ("app", "broadcast triggers"): (1, 10.0),
        ("app", "transactional sends"): (100, 1.0),
        ("app", "App API"): (10, 1.0),
        ("track", "Track API"): (1000, 1.0),
        ("pipelines", "Pipelines API"): (3000, 3.0),
    }
    assert endpoint_limit("app", "trigger_broadcast").name == "broadcast triggers"
    assert endpoint_limit("app", "send_email").name == "transactional sends"
    assert endpoint_limit("app", "send_in_app").name == "transactional sends"
    assert endpoint_limit("app", "get_customers_by_email").name == "App API"
    assert endpoint_limit("track", "identify").name == "Track API"
    assert endpoint_limit("pipelines", "batch").name == "Pipelines API"
    with pytest.raises(LookupError):
        endpoint_limit("nowhere", "x")


# -- the limiter --------------------------------------------------------------------------------


def test_limiter_spaces_turns_evenly_and_queues_callers_in_order() -> None:
    clock = Clock()
    limiter = RateLimiter(RateLimit(10), clock=clock, sleep=clock.sleep)
    assert [round(limiter.reserve(), 9) for _ in range(4)] == [0.0, 0.1, 0.2, 0.3]
    clock.now = 10.0  # a quiet spell: the next turn is free at once, and only one
    assert limiter.reserve() == 0.0
    assert limiter.reserve() == pytest.approx(0.1)


def test_limiter_burst_lets_that_many_go_at_once_then_the_rate() -> None:
    clock = Clock()
    limiter = RateLimiter(RateLimit(2, burst=3), clock=clock)
    assert [limiter.reserve() for _ in range(5)] == pytest.approx([0.0, 0.0, 0.0, 0.5, 1.0])


def test_acquire_waits_through_the_injected_sleep() -> None:
    clock = Clock()
    limiter = RateLimiter(4, clock=clock, sleep=clock.sleep)
    waited = [limiter.acquire() for _ in range(5)]
    assert waited == pytest.approx([0.0, 0.25, 0.25, 0.25, 0.25])
    assert clock.now == pytest.approx(1.0)
    assert repr(limiter) == "RateLimiter(4 requests per second)"


def test_try_acquire_takes_a_turn_only_when_one_is_free() -> None:
    clock = Clock()
    limiter = RateLimiter(RateLimit(1, per=10.0), clock=clock)
    assert limiter.try_acquire() == 0.0
    assert limiter.try_acquire() == pytest.approx(10.0)
    assert limiter.try_acquire(now=4.0) == pytest.approx(6.0)  # nothing taken by the refusals
    assert limiter.try_acquire(now=10.0) == 0.0
    assert limiter.try_acquire(now=10.0) == pytest.approx(10.0)


def test_threads_sharing_a_limiter_get_distinct_evenly_spaced_turns() -> None:
    clock = VirtualClock()
    limiter = RateLimiter(RateLimit(50), clock=clock.now, sleep=clock.sleep)
    lock = threading.Lock()
    started: list[float] = []

    def worker(_: int) -> None:
        for _ in range(25):
            limiter.acquire()
            with lock:
                started.append(clock.now())

    clock.run_in_threads(8, worker)
    assert len(started) == 200
    assert started == sorted(started)  # simulated time runs forwards for every thread
    gaps = [b - a for a, b in itertools.pairwise(started)]
    assert min(gaps) == pytest.approx(0.02)
    assert started[-1] == pytest.approx(199 * 0.02)


def test_tasks_sharing_a_limiter_get_evenly_spaced_turns() -> None:
    clock = VirtualClock()
    limiter = RateLimiter(RateLimit(10), clock=clock.now, async_sleep=clock.async_sleep)
    started: list[float] = []

    async def worker() -> None:
        for _ in range(5):
            await limiter.acquire_async()
            started.append(clock.now())

    async def main() -> None:
        await asyncio.gather(*(worker() for _ in range(6)))

    asyncio.run(main())
    assert sorted(started) == pytest.approx([round(i * 0.1, 9) for i in range(30)])
    assert clock.now() == pytest.approx(2.9)


# -- the clients' option ------------------------------------------------------------------------


def _limiter_of(client: Any, operation: str, base: str) -> RateLimiter:
    limiter: RateLimiter = client._config.rate_limits.limiter_for(base, operation)
    return limiter


def test_rate_limit_true_is_one_limiter_per_endpoint_class() -> None:
    app = APIClient("key", rate_limit=True)
    general = _limiter_of(app, "get_customers_by_email", "api")
    assert general.limit == RateLimit(10)
    assert _limiter_of(app, "list_segments", "api") is general
    assert _limiter_of(app, "send_email", "api").limit == RateLimit(100)
    assert _limiter_of(app, "send_sms", "api") is _limiter_of(app, "send_email", "api")
    assert _limiter_of(app, "trigger_broadcast", "api").limit == RateLimit(1, per=10.0)
    track = TrackClient("site", "key", rate_limit=True)
    assert _limiter_of(track, "identify", "track").limit == RateLimit(1000)
    assert _limiter_of(track, "batch", "track_v2") is _limiter_of(track, "identify", "track")
    pipelines = PipelinesClient("key", rate_limit=True)
    assert _limiter_of(pipelines, "track", "pipelines").limit == RateLimit(3000, per=3.0)
    assert "rate_limits=" in repr(app._config)
    assert APIClient("key")._config.rate_limits is None
    assert APIClient("key", rate_limit=False)._config.rate_limits is None


def test_rate_limit_number_or_policy_or_limiter_paces_every_request_together() -> None:
    app = APIClient("key", rate_limit=25)
    assert _limiter_of(app, "send_email", "api") is _limiter_of(app, "list_segments", "api")
    assert _limiter_of(app, "send_email", "api").limit == RateLimit(25)
    assert _limiter_of(APIClient("key", rate_limit=RateLimit(5, burst=2)), "x", "api").limit == RateLimit(5, burst=2)
    shared = RateLimiter(RateLimit(50))
    one, two = TrackClient("s", "k", rate_limit=shared), PipelinesClient("w", rate_limit=shared)
    assert _limiter_of(one, "identify", "track") is shared is _limiter_of(two, "track", "pipelines")


@pytest.mark.parametrize("bad", [0, -2, float("nan"), float("inf")])
def test_rate_limit_refuses_a_rate_that_is_not_positive(bad: float) -> None:
    with pytest.raises(InvalidArgumentError, match="rate_limit"):
        APIClient("key", rate_limit=bad)


def test_rate_limit_refuses_other_types() -> None:
    with pytest.raises(InvalidArgumentTypeError, match="rate_limit"):
        TrackClient("s", "k", rate_limit="10")  # type: ignore[arg-type]


def test_with_options_copies_and_raw_variants_share_the_clients_limiters() -> None:
    clock = Clock()
    fake = FakeCustomerIO(clock=clock, sleep=clock.sleep)
    client = fake.api_client(rate_limit=True)
    copy = client.with_options(timeout=3.0, headers={"X-Team": "a"}).with_options(retry={"max_retries": 0})
    assert copy._config.rate_limits is client._config.rate_limits
    client.get_customers_by_email("a@example.com")
    copy.get_customers_by_email("a@example.com")
    client.with_raw_response.get_customers_by_email("a@example.com")
    copy.with_raw_response.get_customers_by_email("a@example.com")
    assert clock.sleeps == pytest.approx([0.1, 0.1, 0.1])
    client.send_email(SendEmailRequest(to="a@example.com", identifiers={"id": "u1"}, transactional_message_id=1))
    assert clock.sleeps == pytest.approx([0.1, 0.1, 0.1])  # another class, its own budget
    assert [c.status for c in fake.calls] == [200] * 5


def test_every_attempt_waits_for_a_turn_before_its_deadline_starts() -> None:
    clock = Clock()
    seen: list[tuple[float, Any]] = []
    limiter = RateLimiter(RateLimit(2), clock=clock, sleep=clock.sleep)
    slow_exchange = [0.0]

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((clock.now, request.extensions.get(RATE_LIMITER)))
        clock.now += slow_exchange[0]
        status = 503 if len(seen) < 3 else 200
        return httpx.Response(status, headers={"Content-Type": "application/json"}, stream=httpx.ByteStream(b"{}"))

    client = TrackClient("s", "k", rate_limit=limiter, timeout=0.3, http_client=httpx.Client())
    # the attempts' deadlines measured on the same simulated clock; the retry backoff passes at once
    client._transport = RetryTransport(
        RedirectTransport(httpx.MockTransport(answer)), RetryOptions(), sleep=lambda _: None, monotonic=clock
    )
    client.identify("u1", {})
    # three attempts (two retries), each paced 0.5 s apart: longer than the 0.3 s timeout, which
    # they would exhaust if the wait were part of the attempt
    assert [at for at, _ in seen] == pytest.approx([0.0, 0.5, 1.0])
    assert all(carried is limiter for _, carried in seen)
    slow_exchange[0] = 0.4  # the control: time spent inside the attempt does count
    seen.clear()
    client._transport.options = RetryOptions(max_retries=0)
    with pytest.raises(APITimeoutError):
        client.identify("u1", {})


def test_async_client_paces_its_tasks_together() -> None:
    clock = VirtualClock()
    fake = FakeCustomerIO(rate_limits=True, clock=clock.now, sleep=clock.sleep)

    async def main() -> None:
        async with fake.async_api_client(rate_limit=True) as client:
            copy = client.with_options(timeout=5.0)

            async def worker(index: int) -> None:
                for _ in range(10):
                    await (client if index % 2 else copy).get_customers_by_email("a@example.com")

            await asyncio.gather(*(worker(i) for i in range(8)))

    asyncio.run(main())
    assert len(fake.calls) == 80
    assert [c for c in fake.calls if c.status == 429] == []
    assert clock.now() == pytest.approx(7.9)


def test_without_rate_limit_a_burst_gets_429s_from_the_rate_limited_fake() -> None:
    clock = VirtualClock()
    fake = FakeCustomerIO(rate_limits=True, clock=clock.now, sleep=clock.sleep)
    client = fake.api_client(retry={"max_retries": 0})
    statuses: list[int] = []
    for _ in range(15):
        try:
            client.get_customers_by_email("a@example.com")
            statuses.append(200)
        except Exception as error:
            statuses.append(getattr(error, "status_code", 0))
    assert statuses == [200] * 10 + [429] * 5  # the bucket holds one second's worth


def test_burst_of_500_app_calls_from_16_threads_with_rate_limit_gets_no_429() -> None:
    clock = VirtualClock()
    fake = FakeCustomerIO(rate_limits=True, latency=0.02, clock=clock.now, sleep=clock.sleep)
    client = fake.api_client(rate_limit=True)

    def worker(index: int) -> None:
        for call in range(index, 500, 16):
            client.get_customers_by_email(f"person{call}@example.com")

    clock.run_in_threads(16, worker)
    assert len(fake.calls) == 500
    assert [c.status for c in fake.calls if c.status != 200] == []
    throughput = 500 / clock.now()
    assert 9.0 <= throughput <= 10.0 * 1.1  # within 10% of the published 10 requests per second


def test_burst_of_500_app_calls_from_16_threads_without_rate_limit_is_refused() -> None:
    clock = VirtualClock()
    fake = FakeCustomerIO(rate_limits=True, latency=0.02, clock=clock.now, sleep=clock.sleep)
    client = fake.api_client(retry={"max_retries": 0})
    refused = []

    def worker(index: int) -> None:
        for call in range(index, 500, 16):
            try:
                client.get_customers_by_email(f"person{call}@example.com")
            except Exception as error:
                refused.append(error)

    clock.run_in_threads(16, worker)
    assert len(refused) > 400
    assert {getattr(error, "status_code", None) for error in refused} == {429}


def test_batchers_pace_their_requests_with_the_same_limiter_class() -> None:
    from customerio import PipelinesBatcher

    fake = FakeCustomerIO()
    with fake.pipelines_client() as client:
        batcher = PipelinesBatcher(client, max_requests_per_second=4)
        try:
            limiter = batcher._state.limiter
            assert isinstance(limiter, RateLimiter)
            assert limiter.limit.interval == pytest.approx(0.25)
        finally:
            batcher.close()
        unpaced = PipelinesBatcher(client)
        assert unpaced._state.limiter is None
        unpaced.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_gets_a_usable_limiter_even_if_a_thread_held_its_lock() -> None:
    limiter = RateLimiter(RateLimit(1000))
    limiter._lock.acquire()  # as if another thread were inside reserve() at the fork
    try:
        pid = os.fork()
        if pid == 0:  # the child: exit 0 only if the limiter still hands out turns
            os._exit(0 if not limiter._lock.locked() and limiter.try_acquire(now=0.0) == 0.0 else 1)
    finally:
        limiter._lock.release()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_a_wait_for_a_turn_is_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    fake = FakeCustomerIO(clock=clock, sleep=clock.sleep)
    client = fake.track_client(rate_limit=4)
    with caplog.at_level(logging.DEBUG, logger="customerio"):
        client.identify("u1", {})
        client.identify("u2", {})
    waits = [r.getMessage() for r in caplog.records if "rate-limit turn" in r.getMessage()]
    assert waits == ["PUT https://track.customer.io/api/v1/customers/u2 waited 250 ms for its rate-limit turn"]
    assert "fake-api-key" not in caplog.text
