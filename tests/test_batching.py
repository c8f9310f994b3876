"""PipelinesBatcher / TrackBatcher (and the async twins): thresholds, back-pressure, failures,
flush / close, concurrency, fork safety, interpreter exit and the client-side rate limit.

The clients are wired to an in-memory `Recorder` (httpx.MockTransport under the real retry and
redirect transports, with the retry sleep injected). Time-based behaviour runs on a `FakeTime`
clock handed to the batcher (`clock=` / `wait=`): the worker never sleeps on the real clock in
those tests. Real sockets appear only in `LoopbackServer`, started by the test on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import re
import subprocess
import sys
import textwrap
import threading
import warnings
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from customerio import (
    AsyncPipelinesBatcher,
    AsyncPipelinesClient,
    AsyncTrackBatcher,
    AsyncTrackClient,
    BatcherClosedError,
    CustomerIORequestError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    MissingParamError,
    PartialBatchError,
    PipelinesBatcher,
    PipelinesClient,
    QueueFullError,
    RetryOptions,
    ServerError,
    TrackBatcher,
    TrackClient,
)
from customerio._batch_core import BATCH_OVERHEAD, MAX_CALL_BYTES
from customerio._overrides import PipelinesBodies, pipelines_batch_item
from customerio._redirects import AsyncRedirectTransport, RedirectTransport
from customerio._retry import AsyncRetryTransport, RetryTransport
from customerio._serialize import dumps
from customerio.types import TrackObjectRelationshipParam

ROOT = Path(__file__).resolve().parent.parent
BOUND = 10.0  # real-time bound on waiting for another thread; never reached when things work
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
ULID_RE = re.compile(r"^[0-7][0-9A-HJKMNP-TV-Z]{25}$")
FIXED_TS = "2026-01-01T00:00:00.000Z"

Answer = Callable[[int, dict[str, Any]], httpx.Response]


def ok(_: int, __: dict[str, Any]) -> httpx.Response:
    return httpx.Response(200, json={})


class Recorder:
    """Customer.io in memory, safe to call from worker threads: records every request body."""

    def __init__(self, answer: Answer = ok) -> None:
        self.answer = answer
        self.cond = threading.Condition()
        self.bodies: list[dict[str, Any]] = []
        self.raw: list[bytes] = []
        self.stamps: list[float] = []
        self.sleeps: list[float] = []
        self.clock: Callable[[], float] = lambda: 0.0

    def handle(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        with self.cond:
            index = len(self.bodies)
            self.bodies.append(body)
            self.raw.append(request.content)
            self.stamps.append(self.clock())
            self.cond.notify_all()
        return self.answer(index, body)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def wait_for(self, count: int) -> None:
        with self.cond:
            assert self.cond.wait_for(lambda: len(self.bodies) >= count, BOUND), f"{len(self.bodies)} < {count}"

    @property
    def count(self) -> int:
        with self.cond:
            return len(self.bodies)

    def items(self) -> list[dict[str, Any]]:
        return [item for body in self.bodies for item in body["batch"]]

    def message_ids(self) -> list[str]:
        return [item["messageId"] for item in self.items()]


def wire(client: Any, recorder: Recorder, retry: RetryOptions | None = None) -> None:
    """Route a client through its real retry/redirect transports to `recorder` (no real sleeping)."""
    client._pool = httpx.MockTransport(recorder.handle)
    options = retry or client._config.retry
    if isinstance(client, PipelinesClient | TrackClient):
        client._transport = RetryTransport(
            RedirectTransport(client._pool), options, sleep=recorder.sleep, random=lambda: 0.5
        )
    else:
        client._transport = AsyncRetryTransport(
            AsyncRedirectTransport(client._pool), options, sleep=recorder.async_sleep, random=lambda: 0.5
        )


def pipelines(recorder: Recorder, retry: RetryOptions | None = None) -> PipelinesClient:
    client = PipelinesClient("wk", url="http://cdp.test/v1")
    wire(client, recorder, retry)
    return client


def track_client(recorder: Recorder) -> TrackClient:
    client = TrackClient("site", "key", url="http://track.test/api/v1")
    wire(client, recorder)
    return client


class FakeTime:
    """The worker's clock and wait hook. With a deadline the worker only polls the fake clock (or,
    `virtual=True`, jumps it to the deadline); without one it waits to be woken, as usual."""

    def __init__(self, *, virtual: bool = False) -> None:
        self.now = 0.0
        self.virtual = virtual
        self.ticks = threading.Condition()
        self.waits: list[float | None] = []

    def clock(self) -> float:
        return self.now

    def wait(self, cond: threading.Condition, timeout: float | None) -> object:
        with self.ticks:
            self.waits.append(timeout)
            self.ticks.notify_all()
        if timeout is None:
            return cond.wait()
        if self.virtual:
            self.now += timeout
            return cond.wait(0)
        return cond.wait(0.001)

    def wait_for(self, predicate: Callable[[list[float | None]], bool]) -> None:
        with self.ticks:
            assert self.ticks.wait_for(lambda: predicate(self.waits), BOUND), self.waits[-5:]

    def settle(self, rounds: int = 3) -> None:
        """Let the worker look at the (fake) clock a few more times."""
        start = len(self.waits)
        self.wait_for(lambda waits: len(waits) >= start + rounds)


def deadline_wait(seconds: float) -> Callable[[list[float | None]], bool]:
    return lambda waits: bool(waits) and waits[-1] is not None and abs(waits[-1] - seconds) < 1e-6


def wait_until(predicate: Callable[[], bool]) -> None:
    pause = threading.Event()
    for _ in range(int(BOUND * 1000)):
        if predicate():
            return
        pause.wait(0.001)
    raise AssertionError("condition not reached")


# --- thresholds -----------------------------------------------------------------------------------


def test_count_threshold_sends_full_batches_and_keeps_the_rest() -> None:
    recorder = Recorder()
    time = FakeTime()
    batcher = PipelinesBatcher(
        pipelines(recorder), max_batch_items=3, flush_interval=60.0, clock=time.clock, wait=time.wait
    )
    ids = [batcher.track(user_id="u1", event=f"e{i}") for i in range(7)]
    recorder.wait_for(2)
    time.wait_for(deadline_wait(60.0))  # the seventh item waits for its interval
    assert recorder.count == 2
    assert [len(body["batch"]) for body in recorder.bodies] == [3, 3]
    assert batcher.flush() is True
    assert [len(body["batch"]) for body in recorder.bodies] == [3, 3, 1]
    assert recorder.message_ids() == ids
    assert [item["event"] for item in recorder.items()] == [f"e{i}" for i in range(7)]
    batcher.close()


def _same_size_items(client: PipelinesClient, count: int) -> tuple[list[dict[str, Any]], int]:
    """`count` track calls whose encoded items all have the same size; returns (kwargs, size)."""
    calls = [
        {"user_id": f"user-{i:03d}", "event": "Viewed", "message_id": f"m-{i:04d}", "timestamp": FIXED_TS}
        for i in range(count)
    ]
    bodies = client._bodies
    assert isinstance(bodies, PipelinesBodies)
    sizes = {len(dumps(pipelines_batch_item(bodies, "track", **call))) for call in calls}
    assert len(sizes) == 1
    return calls, sizes.pop()


def test_byte_threshold_fills_batches_exactly_to_the_limit() -> None:
    recorder = Recorder()
    client = pipelines(recorder)
    calls, size = _same_size_items(client, 6)
    limit = BATCH_OVERHEAD + 2 * size + 1  # exactly two items and their comma
    time = FakeTime()
    batcher = PipelinesBatcher(
        client, max_batch_bytes=limit, flush_interval=60.0, max_in_flight=1, clock=time.clock, wait=time.wait
    )
    for call in calls[:2]:
        batcher.track(**call)
    recorder.wait_for(1)  # the byte limit was reached: no count threshold, no time passed
    for call in calls[2:]:
        batcher.track(**call)
    recorder.wait_for(3)
    assert batcher.flush()
    assert [len(body["batch"]) for body in recorder.bodies] == [2, 2, 2]
    assert [len(raw) for raw in recorder.raw] == [limit, limit, limit]  # the measure is the encoded body
    assert recorder.message_ids() == [call["message_id"] for call in calls]
    batcher.close()


def test_byte_threshold_one_byte_short_sends_single_items() -> None:
    recorder = Recorder()
    client = pipelines(recorder)
    calls, size = _same_size_items(client, 3)
    limit = BATCH_OVERHEAD + 2 * size  # two items need one byte more
    with PipelinesBatcher(client, max_batch_bytes=limit, flush_interval=60.0) as batcher:
        for call in calls:
            batcher.track(**call)
        batcher.flush()
    assert [len(body["batch"]) for body in recorder.bodies] == [1, 1, 1]
    assert all(len(raw) == BATCH_OVERHEAD + size <= limit for raw in recorder.raw)


def test_byte_threshold_with_mixed_sizes_is_greedy_and_never_exceeds_the_limit() -> None:
    recorder = Recorder()
    limit = 2_000
    with PipelinesBatcher(pipelines(recorder), max_batch_bytes=limit, flush_interval=60.0, max_in_flight=1) as batcher:
        for i in range(40):
            batcher.identify(user_id=f"u{i}", traits={"pad": "x" * (37 * i % 500)})
        batcher.flush()
    sizes = [[len(dumps(item)) for item in body["batch"]] for body in recorder.bodies]
    for raw, batch in zip(recorder.raw, sizes, strict=True):
        assert len(raw) == BATCH_OVERHEAD + sum(batch) + len(batch) - 1 <= limit
    for raw, following in zip(recorder.raw, sizes[1:], strict=False):
        assert len(raw) + 1 + following[0] > limit  # the next item did not fit
    assert len(recorder.items()) == 40


def test_time_threshold_uses_the_oldest_item_and_the_injected_clock() -> None:
    recorder = Recorder()
    time = FakeTime()
    batcher = PipelinesBatcher(pipelines(recorder), flush_interval=5.0, clock=time.clock, wait=time.wait)
    first = batcher.track(user_id="u1", event="first")
    time.wait_for(deadline_wait(5.0))
    time.now = 2.0
    second = batcher.track(user_id="u1", event="second")
    time.wait_for(deadline_wait(3.0))  # the window is the oldest item's
    time.now = 4.999
    time.settle()
    assert recorder.count == 0
    time.now = 5.0
    recorder.wait_for(1)
    assert recorder.message_ids() == [first, second]
    time.wait_for(lambda waits: waits[-1] is None)  # empty again: nothing to time
    assert recorder.count == 1
    batcher.close()


# --- the queue --------------------------------------------------------------------------------------


class Gate:
    """An answer that holds the first request until released."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

    def answer(self, index: int, body: dict[str, Any]) -> httpx.Response:
        if index == 0:
            self.entered.set()
            assert self.release.wait(BOUND)
        return httpx.Response(200, json={})


def test_full_queue_raises_queue_full_error() -> None:
    gate = Gate()
    recorder = Recorder(gate.answer)
    batcher = PipelinesBatcher(pipelines(recorder), max_batch_items=1, max_queue_size=2)
    sent = [batcher.track(user_id="u", event="a")]
    assert gate.entered.wait(BOUND)  # the worker is busy with "a"; the queue is empty
    sent += [batcher.track(user_id="u", event="b"), batcher.track(user_id="u", event="c")]
    with pytest.raises(QueueFullError, match=r"max_queue_size \(2\)"):
        batcher.track(user_id="u", event="d")
    gate.release.set()
    batcher.close()
    assert recorder.message_ids() == sent
    assert [item["event"] for item in recorder.items()] == ["a", "b", "c"]


def test_block_true_waits_for_room() -> None:
    gate = Gate()
    recorder = Recorder(gate.answer)
    batcher = PipelinesBatcher(pipelines(recorder), max_batch_items=1, max_queue_size=2, block=True)
    batcher.track(user_id="u", event="a")
    assert gate.entered.wait(BOUND)
    batcher.track(user_id="u", event="b")
    batcher.track(user_id="u", event="c")
    done = threading.Event()

    def produce() -> None:
        batcher.track(user_id="u", event="d")
        done.set()

    producer = threading.Thread(target=produce)
    producer.start()
    wait_until(lambda: batcher._blocked == 1)
    assert not done.is_set()
    gate.release.set()
    producer.join(BOUND)
    assert done.is_set()
    batcher.close()
    assert [item["event"] for item in recorder.items()] == ["a", "b", "c", "d"]


def test_blocked_producer_is_refused_when_the_batcher_closes() -> None:
    gate = Gate()
    recorder = Recorder(gate.answer)
    batcher = PipelinesBatcher(pipelines(recorder), max_batch_items=1, max_queue_size=1, block=True)
    batcher.track(user_id="u", event="a")
    assert gate.entered.wait(BOUND)
    batcher.track(user_id="u", event="b")
    errors: list[BaseException] = []

    def produce() -> None:
        try:
            batcher.track(user_id="u", event="c")
        except BaseException as exc:
            errors.append(exc)

    producer = threading.Thread(target=produce)
    producer.start()
    wait_until(lambda: batcher._blocked == 1)
    closer = threading.Thread(target=batcher.close)
    closer.start()
    producer.join(BOUND)
    assert len(errors) == 1 and isinstance(errors[0], BatcherClosedError)
    gate.release.set()
    closer.join(BOUND)
    assert [item["event"] for item in recorder.items()] == ["a", "b"]


def test_oversized_items_are_refused_at_enqueue() -> None:
    recorder = Recorder()
    batcher = PipelinesBatcher(pipelines(recorder), max_batch_bytes=1_000)
    with pytest.raises(InvalidArgumentError, match=r"exceed max_batch_bytes \(1000\)") as info:
        batcher.identify(user_id="secret-user", traits={"pad": "x" * 1_000})
    assert "secret-user" not in str(info.value)
    big = PipelinesBatcher(pipelines(recorder))
    with pytest.raises(InvalidArgumentError, match=f"at most {MAX_CALL_BYTES} bytes per call"):
        big.identify(user_id="u", traits={"pad": "x" * MAX_CALL_BYTES})
    big.identify(user_id="u", traits={"pad": "x" * (MAX_CALL_BYTES - 300)})  # under the limit: taken
    assert batcher.flush() and big.flush()
    assert recorder.count == 1
    batcher.close()
    big.close()


def test_unencodable_item_is_refused_at_enqueue() -> None:
    recorder = Recorder()
    with PipelinesBatcher(pipelines(recorder)) as batcher:
        with pytest.raises(ValueError, match="NaN"):
            batcher.track(user_id="u", event="e", properties={"x": float("nan")})
        assert batcher.flush()
    assert recorder.count == 0


# --- failures -----------------------------------------------------------------------------------------


def test_on_error_receives_exactly_the_failed_items() -> None:
    def answer(index: int, body: dict[str, Any]) -> httpx.Response:
        if any(item["event"] == "bad" for item in body["batch"]):
            return httpx.Response(400, json={"meta": {"error": "malformed batch"}})
        return httpx.Response(200, json={})

    recorder = Recorder(answer)
    failures: list[tuple[Exception, list[Any]]] = []
    batcher = PipelinesBatcher(
        pipelines(recorder), max_batch_items=2, on_error=lambda exc, items: failures.append((exc, items))
    )
    for event in ("ok1", "ok2", "bad", "ok3", "ok4", "ok5"):
        batcher.track(user_id="u", event=event)
    batcher.close()
    assert len(failures) == 1
    error, items = failures[0]
    assert isinstance(error, CustomerIORequestError) and error.status_code == 400
    assert error.message == "malformed batch"
    assert items == recorder.bodies[1]["batch"]  # exactly that batch's items, as sent
    assert [item["event"] for item in items] == ["bad", "ok3"]


def test_retryable_failures_go_through_the_retry_policy_first() -> None:
    recorder = Recorder(lambda index, body: httpx.Response(503, json={}))
    failures: list[tuple[Exception, list[Any]]] = []
    client = pipelines(recorder, RetryOptions(max_retries=2))
    with PipelinesBatcher(client, on_error=lambda exc, items: failures.append((exc, items))) as batcher:
        message_id = batcher.track(user_id="u", event="e")
    assert recorder.count == 3 and len(recorder.sleeps) == 2
    assert recorder.raw[0] == recorder.raw[1] == recorder.raw[2]  # the same messageId and timestamp each time
    [(error, items)] = failures
    assert isinstance(error, ServerError) and error.status_code == 503
    assert [item["messageId"] for item in items] == [message_id]


def test_message_id_and_timestamp_are_fixed_at_enqueue() -> None:
    recorder = Recorder(lambda index, body: httpx.Response(503 if index == 0 else 200, json={}))
    with PipelinesBatcher(pipelines(recorder)) as batcher:
        message_id = batcher.track(user_id="u", event="e")
        given = batcher.identify(user_id="u", message_id="mine", timestamp=dt.datetime(2025, 5, 1, tzinfo=dt.UTC))
    assert recorder.count == 2 and recorder.raw[0] == recorder.raw[1]
    first, second = recorder.bodies[1]["batch"]
    assert first["messageId"] == message_id and uuid_like(message_id)
    assert ISO_RE.match(first["timestamp"])
    assert given == "mine"
    assert second["messageId"] == "mine" and second["timestamp"] == "2025-05-01T00:00:00.000Z"


def uuid_like(value: str) -> bool:
    return re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", value) is not None


def test_default_on_error_logs_the_count_not_the_items(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(lambda index, body: httpx.Response(400, json={"meta": {"error": "nope"}}))
    with caplog.at_level(logging.ERROR, logger="customerio"), PipelinesBatcher(pipelines(recorder)) as batcher:
        batcher.identify(user_id="secret-user", traits={"email": "secret@example.com"})
        batcher.identify(user_id="secret-user", traits={"email": "secret@example.com"})
    [record] = [r for r in caplog.records if r.name == "customerio" and r.levelno == logging.ERROR]
    text = record.getMessage()
    assert "2 item(s)" in text and "nope" in text
    assert "secret" not in text


def test_a_raising_on_error_does_not_stop_the_worker() -> None:
    recorder = Recorder(lambda index, body: httpx.Response(400 if index == 0 else 200, json={}))
    calls: list[int] = []

    def on_error(exc: Exception, items: list[Any]) -> None:
        calls.append(len(items))
        raise RuntimeError("callback bug")

    with PipelinesBatcher(pipelines(recorder), max_batch_items=1, on_error=on_error) as batcher:
        batcher.track(user_id="u", event="a")
        batcher.flush()
        batcher.track(user_id="u", event="b")
        batcher.flush()
    assert calls == [1]
    assert recorder.count == 2


def test_track_207_hands_only_the_refused_operations_to_on_error() -> None:
    errors = [
        {"batch_index": 2, "reason": "required", "field": "name", "message": "name is required"},
        {"batch_index": 0, "reason": "invalid", "field": "identifiers", "message": "bad id"},
    ]
    recorder = Recorder(lambda index, body: httpx.Response(207, json={"errors": errors}))
    failures: list[tuple[Exception, list[Any]]] = []
    with TrackBatcher(
        track_client(recorder), max_in_flight=1, on_error=lambda exc, items: failures.append((exc, items))
    ) as batcher:
        for i in range(4):
            batcher.identify(f"p{i}", {"n": i})
    [(error, items)] = failures
    assert isinstance(error, PartialBatchError)
    assert str(error) == "2 of the 4 operations in a batch were refused"
    sent = recorder.bodies[0]["batch"]
    assert items == [sent[0], sent[2]]
    assert [entry["batch_index"] for entry in error.errors] == [1, 0]  # positions in `items`
    assert error.errors[0]["message"] == "name is required" and error.batch_size == 4


def test_track_207_without_usable_indexes_reports_the_whole_batch() -> None:
    recorder = Recorder(lambda index, body: httpx.Response(207, json={"errors": [{"reason": "unknown"}]}))
    failures: list[tuple[Exception, list[Any]]] = []
    with TrackBatcher(
        track_client(recorder), max_in_flight=1, on_error=lambda exc, items: failures.append((exc, items))
    ) as batcher:
        batcher.destroy("a")
        batcher.destroy("b")
    [(error, items)] = failures
    assert isinstance(error, PartialBatchError) and items == recorder.bodies[0]["batch"]


# --- flush and close --------------------------------------------------------------------------------


def test_flush_returns_once_everything_is_sent() -> None:
    recorder = Recorder()
    time = FakeTime()
    batcher = PipelinesBatcher(pipelines(recorder), flush_interval=60.0, clock=time.clock, wait=time.wait)
    assert batcher.flush() is True  # nothing accepted: at once
    ids = [batcher.page(user_id="u", name=f"p{i}") for i in range(5)]
    time.wait_for(deadline_wait(60.0))
    assert recorder.count == 0
    assert batcher.flush() is True
    assert recorder.message_ids() == ids
    batcher.close()


def test_flush_waits_for_on_error_too() -> None:
    recorder = Recorder(lambda index, body: httpx.Response(401, json={}))
    failures: list[list[Any]] = []
    batcher = PipelinesBatcher(pipelines(recorder), on_error=lambda exc, items: failures.append(items))
    batcher.alias(user_id="u", previous_id="anon")
    assert batcher.flush() is True
    assert len(failures) == 1 and failures[0][0]["previousId"] == "anon"
    batcher.close()


def test_flush_timeout_returns_false_while_a_batch_is_stuck() -> None:
    gate = Gate()
    recorder = Recorder(gate.answer)
    batcher = PipelinesBatcher(pipelines(recorder))
    batcher.track(user_id="u", event="a")
    assert batcher.flush(timeout=0.05) is False
    gate.release.set()
    assert batcher.flush(timeout=BOUND) is True
    batcher.close()


def test_close_flushes_stops_and_refuses_later_calls() -> None:
    recorder = Recorder()
    time = FakeTime()
    batcher = PipelinesBatcher(pipelines(recorder), flush_interval=60.0, clock=time.clock, wait=time.wait)
    batcher.group(user_id="u", group_id="g1")
    [worker] = batcher._workers
    batcher.close()
    assert recorder.count == 1 and not worker.is_alive()
    with pytest.raises(BatcherClosedError):
        batcher.track(user_id="u", event="late")
    batcher.close()  # idempotent
    assert recorder.count == 1


def test_close_during_traffic_loses_nothing() -> None:
    recorder = Recorder()
    batcher = PipelinesBatcher(pipelines(recorder), max_batch_items=50)
    accepted: list[list[str]] = [[] for _ in range(4)]
    enough = threading.Event()

    def produce(slot: int) -> None:
        while True:
            try:
                accepted[slot].append(batcher.track(user_id=f"u{slot}", event="e"))
            except BatcherClosedError:
                return
            if sum(len(ids) for ids in accepted) >= 2_000:
                enough.set()

    producers = [threading.Thread(target=produce, args=(slot,)) for slot in range(4)]
    for thread in producers:
        thread.start()
    assert enough.wait(BOUND)
    batcher.close()
    for thread in producers:
        thread.join(BOUND)
    delivered = recorder.message_ids()
    expected = [message_id for ids in accepted for message_id in ids]
    assert len(delivered) == len(set(delivered)) == len(expected)
    assert set(delivered) == set(expected)


def test_eight_producer_threads_at_once() -> None:
    recorder = Recorder()
    batcher = PipelinesBatcher(pipelines(recorder), max_batch_items=50)
    start = threading.Barrier(8)
    accepted: list[list[str]] = [[] for _ in range(8)]

    def produce(slot: int) -> None:
        start.wait(BOUND)
        for i in range(500):
            accepted[slot].append(batcher.track(user_id=f"u{slot}", event="e", properties={"i": i}))

    threads = [threading.Thread(target=produce, args=(slot,)) for slot in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(BOUND)
    assert batcher.flush(timeout=BOUND)
    delivered = recorder.message_ids()
    assert len(delivered) == len(set(delivered)) == 4_000
    assert set(delivered) == {message_id for ids in accepted for message_id in ids}
    assert all(len(body["batch"]) <= 50 for body in recorder.bodies)
    for slot in range(8):  # each producer's items keep their order
        mine = [item["properties"]["i"] for item in recorder.items() if item["userId"] == f"u{slot}"]
        assert mine == list(range(500))
    batcher.close()


# --- rate limit -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("rate", "expected"), [(4.0, [0.0, 0.25, 0.5, 0.75, 1.0]), (None, [0.0] * 5)])
def test_rate_limit_spaces_batch_requests(rate: float | None, expected: list[float]) -> None:
    recorder = Recorder()
    time = FakeTime(virtual=True)  # a wait with a deadline jumps the clock to it
    recorder.clock = time.clock
    batcher = PipelinesBatcher(
        pipelines(recorder),
        max_batch_items=1,
        flush_interval=3_600.0,
        max_requests_per_second=rate,
        clock=time.clock,
        wait=time.wait,
    )
    for i in range(5):
        batcher.track(user_id="u", event=f"e{i}")
    assert batcher.flush()
    assert recorder.stamps == pytest.approx(expected)
    batcher.close()


# --- arguments ------------------------------------------------------------------------------------------


def test_pipelines_calls_check_their_arguments_like_the_client() -> None:
    recorder = Recorder()
    with PipelinesBatcher(pipelines(recorder)) as batcher:
        with pytest.raises(MissingParamError, match=r"^user_id or anonymous_id is required$"):
            batcher.identify(traits={"a": 1})
        with pytest.raises(MissingParamError, match=r"^event is required$"):
            batcher.track(user_id="u", event="")
        with pytest.raises(MissingParamError, match=r"^group_id is required$"):
            batcher.group(anonymous_id="a", group_id=" ")
        with pytest.raises(MissingParamError, match=r"^previous_id is required$"):
            batcher.alias(user_id="u", previous_id=None)  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentTypeError):
            batcher.screen(user_id="u", context="not a mapping")  # type: ignore[arg-type]
        assert batcher.flush()
    assert recorder.count == 0


def test_pipelines_items_are_the_client_batch_items() -> None:
    recorder = Recorder()
    client = PipelinesClient("wk", url="http://cdp.test/v1", default_context={"locale": "en-US"})
    wire(client, recorder)
    with PipelinesBatcher(client) as batcher:
        batcher.screen(user_id="u", name="Home", category="app", message_id="m1", timestamp=FIXED_TS)
        batcher.alias(user_id="u", previous_id="a", message_id="m2", timestamp=FIXED_TS)
    sent = recorder.raw[0]
    direct = Recorder()
    wire(client, direct)
    client.batch(recorder.bodies[0]["batch"])  # re-sending the items changes nothing
    assert direct.raw[0] == sent
    first = recorder.bodies[0]["batch"][0]
    assert list(first) == ["type", "userId", "name", "category", "messageId", "timestamp", "context"]
    assert first["context"]["locale"] == "en-US" and first["context"]["library"]["name"] == "customerio-python"


def test_batchers_refuse_the_wrong_client() -> None:
    recorder = Recorder()
    with pytest.raises(InvalidArgumentTypeError, match="PipelinesBatcher needs a PipelinesClient"):
        PipelinesBatcher(AsyncPipelinesClient("wk"))  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentTypeError, match="needs a TrackClient"):
        TrackBatcher(pipelines(recorder))  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentTypeError, match=r"AsyncTrackBatcher needs an? AsyncTrackClient"):
        AsyncTrackBatcher(track_client(recorder))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"max_batch_items": 0}, InvalidArgumentError),
        ({"max_batch_bytes": 500_001}, InvalidArgumentError),
        ({"max_batch_bytes": BATCH_OVERHEAD}, InvalidArgumentError),
        ({"flush_interval": 0}, InvalidArgumentError),
        ({"flush_interval": float("inf")}, InvalidArgumentError),
        ({"max_queue_size": 0}, InvalidArgumentError),
        ({"max_requests_per_second": -1}, InvalidArgumentError),
        ({"max_batch_items": "10"}, InvalidArgumentTypeError),
        ({"on_error": "log"}, InvalidArgumentTypeError),
    ],
)
def test_options_are_checked(options: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        PipelinesBatcher(pipelines(Recorder()), **options)


def test_repr_shows_no_credentials() -> None:
    batcher = PipelinesBatcher(PipelinesClient("secret-write-key", url="http://cdp.test/v1"))
    assert "secret" not in repr(batcher) and "PipelinesBatcher(" in repr(batcher)


# --- Track v2 operations --------------------------------------------------------------------------------


def test_track_operations_have_the_v2_shapes() -> None:
    recorder = Recorder()
    stamp = dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    rel: list[TrackObjectRelationshipParam] = [
        {"identifiers": {"object_type_id": "1", "object_id": "acme"}, "relationship_attributes": {"r": 1}}
    ]
    with TrackBatcher(track_client(recorder), max_in_flight=1) as batcher:
        batcher.identify(42, {"plan": "pro"}, timestamp=stamp)
        batcher.identify({"email": "a@example.com"})
        batcher.identify("cio_c9", {"plan": "free"})
        batcher.track(
            "u1",
            {"name": "purchased", "data": {"total": 9}, "timestamp": 1_700_000_000, "id": "01HZZZZZZZZZZZZZZZZZZZZZZZ"},
        )
        batcher.track({"cio_id": "c1"}, {"name": "/home", "type": "page", "timestamp": 1, "id": "E1"})
        batcher.track("u1", {"name": "Settings", "type": "screen", "data": {"tab": 2}, "timestamp": 2, "id": "E2"})
        batcher.destroy("u1")
        batcher.suppress("u2")
        batcher.unsuppress("u2")
        batcher.add_device("u1", "tok", "ios", {"last_used": 1_700_000_000, "app_version": "1.2"})
        batcher.delete_device("u1", "tok")
        batcher.merge_customers("email", "a@example.com", "id", "old")
        batcher.add_relationships("u1", rel)
        batcher.delete_relationships("u1", rel)
        batcher.add({"type": "object", "identifiers": {"object_type_id": "1", "object_id": "acme"}, "action": "delete"})
    items = recorder.items()
    person = {"type": "person"}
    assert items == [
        {
            **person,
            "identifiers": {"id": "42"},
            "action": "identify",
            "timestamp": 1735787045,
            "attributes": {"plan": "pro"},
        },
        {**person, "identifiers": {"email": "a@example.com"}, "action": "identify"},
        {**person, "identifiers": {"cio_id": "c9"}, "action": "identify", "attributes": {"plan": "free"}},
        {
            **person,
            "identifiers": {"id": "u1"},
            "action": "event",
            "id": "01HZZZZZZZZZZZZZZZZZZZZZZZ",
            "name": "purchased",
            "timestamp": 1_700_000_000,
            "attributes": {"total": 9},
        },
        {**person, "identifiers": {"cio_id": "c1"}, "action": "page", "id": "E1", "name": "/home", "timestamp": 1},
        {
            **person,
            "identifiers": {"id": "u1"},
            "action": "screen",
            "id": "E2",
            "name": "Settings",
            "timestamp": 2,
            "attributes": {"tab": 2},
        },
        {**person, "identifiers": {"id": "u1"}, "action": "delete"},
        {**person, "identifiers": {"id": "u2"}, "action": "suppress"},
        {**person, "identifiers": {"id": "u2"}, "action": "unsuppress"},
        {
            **person,
            "identifiers": {"id": "u1"},
            "action": "add_device",
            "device": {
                "token": "tok",
                "platform": "ios",
                "last_used": 1_700_000_000,
                "attributes": {"app_version": "1.2"},
            },
        },
        {**person, "identifiers": {"id": "u1"}, "action": "delete_device", "device": {"token": "tok"}},
        {**person, "action": "merge", "primary": {"email": "a@example.com"}, "secondary": {"id": "old"}},
        {**person, "identifiers": {"id": "u1"}, "action": "add_relationships", "cio_relationships": rel},
        {**person, "identifiers": {"id": "u1"}, "action": "delete_relationships", "cio_relationships": rel},
        {"type": "object", "identifiers": {"object_type_id": "1", "object_id": "acme"}, "action": "delete"},
    ]


def test_track_page_view_is_a_page_event() -> None:
    recorder = Recorder()
    with TrackBatcher(track_client(recorder)) as batcher:
        batcher.track_page_view("u1", "/pricing")
    [item] = recorder.items()
    assert item["action"] == "page" and item["name"] == "/pricing" and item["identifiers"] == {"id": "u1"}
    assert ULID_RE.match(item["id"]) and isinstance(item["timestamp"], int)


def test_track_anonymous_goes_to_the_v1_endpoint_with_its_id_and_time_fixed() -> None:
    seen: list[tuple[str, dict[str, Any]]] = []
    recorder = Recorder()
    client = track_client(recorder)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append((f"{request.method} {request.url}", json.loads(request.content)))
        return recorder.handle(request) if request.url.path.endswith("/batch") else httpx.Response(200, json={})

    client._pool = httpx.MockTransport(handle)
    client._transport = RetryTransport(RedirectTransport(client._pool), client._config.retry)
    with TrackBatcher(client) as batcher:
        batcher.track_anonymous("anon-1", {"name": "viewed", "data": {"sku": "b1"}})
        batcher.track_anonymous("anon-1", {"name": "added", "id": "D1", "timestamp": 5})
        batcher.identify("u1")
    v1 = [body for line, body in seen if line == "POST http://track.test/api/v1/events"]
    assert [body["name"] for body in v1] == ["viewed", "added"]  # one request each, in order
    first, second = v1
    assert first["anonymous_id"] == "anon-1" and first["data"] == {"sku": "b1"}
    assert ULID_RE.match(first["id"]) and isinstance(first["timestamp"], int)
    assert second == {"name": "added", "id": "D1", "timestamp": 5, "anonymous_id": "anon-1"}
    assert recorder.items() == [{"type": "person", "identifiers": {"id": "u1"}, "action": "identify"}]


def test_track_anonymous_items_given_to_on_error_resend_unchanged() -> None:
    bodies: list[bytes] = []

    def handle(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        return httpx.Response(400 if len(bodies) == 1 else 200, json={"meta": {"error": "bad"}})

    client = TrackClient("site", "key", url="http://track.test/api/v1", retry=RetryOptions(max_retries=0))
    client._pool = httpx.MockTransport(handle)
    client._transport = RetryTransport(RedirectTransport(client._pool), client._config.retry)
    failures: list[list[Any]] = []
    with TrackBatcher(client, on_error=lambda exc, items: failures.append(items)) as batcher:
        batcher.track_anonymous("anon-1", {"name": "viewed"})
    [[item]] = failures
    client.track_anonymous(item.get("anonymous_id"), item)
    assert bodies[0] == bodies[1]


def test_track_events_get_a_ulid_and_a_timestamp_at_enqueue() -> None:
    recorder = Recorder(lambda index, body: httpx.Response(503 if index == 0 else 200, json={}))
    with TrackBatcher(track_client(recorder)) as batcher:
        before = int(dt.datetime.now(dt.UTC).timestamp())
        for _ in range(3):
            batcher.track("u1", {"name": "clicked"})
    assert recorder.raw[0] == recorder.raw[1]  # the retry carries the same ids and times
    events = recorder.bodies[1]["batch"]
    ids = [event["id"] for event in events]
    assert all(ULID_RE.match(value) for value in ids) and len(set(ids)) == 3
    assert ids == sorted(ids)  # monotonic
    assert all(isinstance(e["timestamp"], int) and abs(e["timestamp"] - before) <= 5 for e in events)


def test_track_batch_goes_to_the_v2_endpoint() -> None:
    seen: list[str] = []
    recorder = Recorder()
    client = track_client(recorder)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url}")
        return recorder.handle(request)

    client._pool = httpx.MockTransport(handle)
    client._transport = RetryTransport(RedirectTransport(client._pool), client._config.retry)
    with TrackBatcher(client) as batcher:
        batcher.destroy("u1")
    assert seen == ["POST http://track.test/api/v2/batch"]


TRACK_CALLS: list[tuple[str, tuple[Any, ...]]] = [
    ("identify", (None, {"a": 1})),
    ("identify", ("  ", None)),
    ("track", ("u1", {"data": {}})),
    ("track", ("u1", None)),
    ("track", ("", {"name": "e"})),
    ("track_anonymous", ("a1", {"data": {}})),
    ("track_page_view", ("u1", "")),
    ("track_page_view", (None, "/")),
    ("destroy", (None,)),
    ("suppress", ("",)),
    ("unsuppress", (float("nan"),)),
    ("add_device", ("u1", "", "ios")),
    ("add_device", ("u1", "tok", None)),
    ("add_device", (None, "tok", "ios")),
    ("delete_device", ("u1", None)),
    ("delete_device", ("", "tok")),
    ("merge_customers", ("id", "", "id", "b")),
    ("merge_customers", ("id", "a", "email", None)),
    ("merge_customers", ("phone", "1", "id", "2")),
]


@pytest.mark.parametrize(("method", "args"), TRACK_CALLS)
def test_track_calls_refuse_what_the_client_refuses_with_the_same_error(method: str, args: tuple[Any, ...]) -> None:
    recorder = Recorder()
    with pytest.raises(Exception) as from_client:
        getattr(track_client(recorder), method)(*args)
    with TrackBatcher(track_client(recorder)) as batcher, pytest.raises(Exception) as from_batcher:
        getattr(batcher, method)(*args)
    assert type(from_batcher.value) is type(from_client.value)
    assert str(from_batcher.value) == str(from_client.value)
    assert recorder.count == 0


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda b: b.identify({"email": " "}), "customer_id is required"),
        (lambda b: b.track({}, {"name": "e"}), "customer_id is required"),
        (lambda b: b.add_relationships("u1", []), "relationships is required"),
        (lambda b: b.add_relationships("", [{"identifiers": {}}]), "customer_id is required"),
        (lambda b: b.add({}), "operation is required"),
        (lambda b: b.add({"type": "person"}), "operation.action is required"),
    ],
)
def test_track_batcher_only_calls_check_their_arguments(call: Callable[[TrackBatcher], None], message: str) -> None:
    recorder = Recorder()
    with (
        TrackBatcher(track_client(recorder)) as batcher,
        pytest.raises(MissingParamError, match=f"^{re.escape(message)}$"),
    ):
        call(batcher)
    assert recorder.count == 0


def test_track_merge_checks_the_id_types_like_the_client() -> None:
    with TrackBatcher(track_client(Recorder())) as batcher, pytest.raises(InvalidArgumentError, match="must be one of"):
        batcher.merge_customers("phone", "1", "id", "2")  # type: ignore[arg-type]


# --- fork, exit -----------------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX only")
def test_forked_child_sends_only_its_own_items() -> None:
    recorder = Recorder()
    time = FakeTime()
    batcher = PipelinesBatcher(pipelines(recorder), flush_interval=60.0, clock=time.clock, wait=time.wait)
    parent_ids = [batcher.track(user_id="parent", event=f"p{i}") for i in range(3)]
    time.wait_for(deadline_wait(60.0))  # the parent's worker is running, its items are queued
    read_end, write_end = os.pipe()
    with warnings.catch_warnings(action="ignore", category=DeprecationWarning):  # 3.12+: fork with threads
        pid = os.fork()
    if pid == 0:  # the child: report what it sent through the pipe, then leave without pytest's teardown
        code = 1
        try:
            os.close(read_end)
            child_ids = [batcher.track(user_id="child", event=f"c{i}") for i in range(2)]
            flushed = batcher.flush(timeout=BOUND)
            report = {"flushed": flushed, "ids": child_ids, "sent": recorder.message_ids(), "requests": recorder.count}
            os.write(write_end, json.dumps(report).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        report = json.loads(pipe.read() or b"{}")
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    assert report["flushed"] is True
    assert report["sent"] == report["ids"]  # the child never sent the parent's items
    assert report["requests"] == 1
    assert recorder.count == 0  # nor did anything of the child's reach the parent
    assert batcher.flush()
    assert recorder.message_ids() == parent_ids  # the parent still sends its own, once
    batcher.close()


def test_a_fork_outside_python_is_caught_by_the_pid_check() -> None:
    recorder = Recorder()
    time = FakeTime()
    batcher = PipelinesBatcher(pipelines(recorder), flush_interval=60.0, clock=time.clock, wait=time.wait)
    batcher.track(user_id="parent", event="p")
    time.wait_for(deadline_wait(60.0))
    [parent_worker], parent_state, parent_wake = batcher._workers, batcher._state, batcher._wake
    batcher._pid = -1  # as if this process were a child forked without Python's at-fork hooks
    mine = batcher.track(user_id="child", event="c")
    assert batcher._workers and parent_worker not in batcher._workers
    assert batcher._state is not parent_state and batcher._state.accepted == 1
    assert batcher.flush()
    assert recorder.message_ids() == [mine]
    batcher.close()
    # in a real child the parent's worker thread does not exist; here it is stopped by hand
    with parent_wake:
        parent_state.drop_all()
        parent_state.closing = True
        parent_wake.notify()
    parent_worker.join(BOUND)
    assert not parent_worker.is_alive() and recorder.count == 1


class LoopbackServer:
    """An HTTP/1.1 server on 127.0.0.1 (a daemon thread) that records each request it answers.

    `status(index, body)` picks each answer's status; `accepted` lists the items answered 2xx.
    """

    def __init__(self, status: Callable[[int, dict[str, Any]], int] = lambda index, body: 200) -> None:
        self.status = status
        self.lock = threading.Lock()
        self.answers: list[tuple[int, dict[str, Any]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out in two writes

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with server.lock:
                    code = server.status(len(server.answers), body)
                    server.answers.append((code, body))
                payload = b"{}"
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def accepted(self) -> list[dict[str, Any]]:
        with self.lock:
            return [item for code, body in self.answers if 200 <= code < 300 for item in body["batch"]]

    def __enter__(self) -> LoopbackServer:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(BOUND)


@pytest.fixture
def loopback() -> Iterator[LoopbackServer]:
    with LoopbackServer() as server:
        yield server


def run_script(script: str) -> subprocess.CompletedProcess[str]:
    """Run `script` in a fresh interpreter that imports this checkout's package (bounded in time)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "generated")])}
    return subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=30, check=False
    )


def test_queued_items_are_sent_at_interpreter_exit(loopback: LoopbackServer) -> None:
    script = textwrap.dedent(
        f"""
        from customerio import PipelinesBatcher, PipelinesClient

        batcher = PipelinesBatcher(PipelinesClient("wk", url={loopback.url + "/v1"!r}), flush_interval=3600)
        for i in range(3):
            batcher.track(user_id="u", event="e", message_id=f"exit-{{i}}")
        assert batcher._workers and batcher._workers[0].is_alive()
        print("queued", flush=True)
        """
    )
    done = run_script(script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "queued"
    assert [item["messageId"] for item in loopback.accepted()] == ["exit-0", "exit-1", "exit-2"]


def test_an_idle_batcher_does_not_keep_the_process_alive(loopback: LoopbackServer) -> None:
    script = textwrap.dedent(
        f"""
        from customerio import TrackBatcher, TrackClient

        batcher = TrackBatcher(TrackClient("s", "k", url={loopback.url + "/api/v1"!r}))
        batcher.destroy("u1")
        assert batcher.flush(timeout=10)
        """
    )
    done = run_script(script)
    assert done.returncode == 0, done.stderr
    assert loopback.accepted() == [{"type": "person", "identifiers": {"id": "u1"}, "action": "delete"}]


# --- async ----------------------------------------------------------------------------------------------


def async_pipelines(recorder: Recorder) -> AsyncPipelinesClient:
    client = AsyncPipelinesClient("wk", url="http://cdp.test/v1")
    wire(client, recorder)
    return client


def test_async_batcher_sends_from_a_task() -> None:
    recorder = Recorder()

    async def main() -> list[str]:
        async with AsyncPipelinesBatcher(async_pipelines(recorder), max_batch_items=2) as batcher:
            ids = [batcher.track(user_id="u", event=f"e{i}") for i in range(5)]
            await batcher.flush()
            assert [len(body["batch"]) for body in recorder.bodies] == [2, 2, 1]
            ids.append(batcher.identify(user_id="u"))
        with pytest.raises(BatcherClosedError):
            batcher.identify(user_id="u")
        return ids

    ids = asyncio.run(main())
    assert recorder.message_ids() == ids


async def until(predicate: Callable[[], bool]) -> None:
    """Let the loop run until `predicate` holds (a bounded number of turns)."""
    for _ in range(100_000):
        if predicate():
            return
        await asyncio.sleep(0)
    raise AssertionError("condition not reached")


def test_async_batcher_time_threshold_with_injected_clock() -> None:
    recorder = Recorder()
    now = [0.0]
    waits: list[float | None] = []

    async def wait(event: asyncio.Event, timeout: float | None) -> object:
        waits.append(timeout)
        if timeout is None:
            return await event.wait()
        await asyncio.sleep(0)  # poll the fake clock
        return False

    async def main() -> None:
        batcher = AsyncPipelinesBatcher(async_pipelines(recorder), flush_interval=2.0, clock=lambda: now[0], wait=wait)
        batcher.track(user_id="u", event="e")
        await until(lambda: bool(waits))
        assert waits[0] == pytest.approx(2.0)
        now[0] = 1.9
        seen = len(waits)
        await until(lambda: len(waits) >= seen + 3)
        assert recorder.count == 0
        now[0] = 2.0
        await until(lambda: recorder.count == 1)
        await batcher.aclose()

    asyncio.run(main())
    assert len(recorder.items()) == 1


def test_async_batcher_delivers_when_the_loop_shuts_down() -> None:
    recorder = Recorder()

    async def main() -> AsyncPipelinesBatcher:
        batcher = AsyncPipelinesBatcher(async_pipelines(recorder), flush_interval=3_600.0)
        for i in range(3):
            batcher.track(user_id="u", event="e", message_id=f"m{i}")
        return batcher  # no flush, no aclose: asyncio.run cancels the worker, which drains first

    asyncio.run(main())
    assert recorder.message_ids() == ["m0", "m1", "m2"]


def test_async_items_left_behind_by_a_dead_loop_go_to_on_error_at_exit() -> None:
    recorder = Recorder()
    failures: list[tuple[Exception, list[Any]]] = []
    batcher = AsyncPipelinesBatcher(
        async_pipelines(recorder), flush_interval=3_600.0, on_error=lambda exc, items: failures.append((exc, items))
    )

    async def enqueue() -> None:
        batcher.track(user_id="u", event="e", message_id="left")
        await asyncio.sleep(0)

    loop = asyncio.new_event_loop()
    loop.run_until_complete(enqueue())  # the loop stops without cancelling the worker task
    batcher._at_exit()
    [(error, items)] = failures
    assert isinstance(error, BatcherClosedError) and [item["messageId"] for item in items] == ["left"]
    assert recorder.count == 0
    task = batcher._task
    assert task is not None
    task.cancel()
    loop.run_until_complete(asyncio.gather(task, return_exceptions=True))
    loop.close()


def test_async_batcher_needs_a_running_loop_for_its_first_call() -> None:
    batcher = AsyncPipelinesBatcher(async_pipelines(Recorder()))
    with pytest.raises(RuntimeError, match="running asyncio event loop"):
        batcher.track(user_id="u", event="e")
    assert batcher._state.accepted == 0


def test_async_track_batcher_reports_refused_operations() -> None:
    recorder = Recorder(lambda index, body: httpx.Response(207, json={"errors": [{"batch_index": 1}]}))
    failures: list[list[Any]] = []

    async def main() -> None:
        client = AsyncTrackClient("site", "key", url="http://track.test/api/v1")
        wire(client, recorder)
        async with AsyncTrackBatcher(
            client, max_in_flight=1, on_error=lambda exc, items: failures.append(items)
        ) as batcher:
            batcher.identify("a")
            batcher.identify("b")

    asyncio.run(main())
    assert failures == [[{"type": "person", "identifiers": {"id": "b"}, "action": "identify"}]]


def test_ulids_are_crockford_base32_of_time_and_randomness_and_increase() -> None:
    from customerio._batching import _base32, new_ulid

    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

    def reference(value: int) -> str:
        return "".join(alphabet[(value >> shift) & 31] for shift in range(125, -1, -5))

    for millis, randomness in [(0, 0), ((1 << 48) - 1, (1 << 80) - 1), (1_700_000_000_123, 0x0123456789ABCDEF0123)]:
        assert _base32(millis, 5) + _base32(randomness, 8) == reference((millis << 80) | randomness)
    before = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    ids = [new_ulid() for _ in range(5_000)]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert (
        abs(int(ids[0][:10].translate(str.maketrans(alphabet, "0123456789abcdefghijklmnopqrstuv")), 32) - before)
        < 60_000
    )


@pytest.mark.parametrize(
    "method",
    [
        "identify",
        "track",
        "track_page_view",
        "track_anonymous",
        "destroy",
        "suppress",
        "unsuppress",
        "add_device",
        "delete_device",
        "merge_customers",
    ],
)
def test_track_batcher_calls_have_the_client_calls_parameters(method: str) -> None:
    import inspect
    import typing

    def parameters(function: Any) -> list[tuple[str, Any, Any]]:
        hints = typing.get_type_hints(function)
        return [
            (name, hints.get(name), parameter.default)
            for name, parameter in inspect.signature(function).parameters.items()
            if parameter.kind is not parameter.KEYWORD_ONLY and name != "self"
        ]

    from customerio._batching import CustomerRef

    client_side = parameters(getattr(TrackClient, method))
    batcher_side = parameters(getattr(TrackBatcher, method))
    # the same names, defaults and types; a batcher's person may also be a mapping of v2 identifiers
    widened = [(name, CustomerRef if name == "customer_id" else hint, default) for name, hint, default in client_side]
    assert batcher_side == widened


def test_track_batcher_calls_take_the_client_keywords() -> None:
    recorder = Recorder()
    with TrackBatcher(track_client(recorder), max_in_flight=1) as batcher:
        batcher.identify(customer_id="u1", data={"plan": "pro"})
        batcher.track(customer_id="u1", data={"name": "e", "id": "E", "timestamp": 1})
        batcher.add_device(customer_id="u1", device_id="tok", platform="ios", data={"last_used": 5})
        batcher.delete_device(customer_id="u1", device_token="tok")
    assert [item["action"] for item in recorder.items()] == ["identify", "event", "add_device", "delete_device"]
