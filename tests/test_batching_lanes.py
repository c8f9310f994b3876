"""Batches in flight: up to `max_in_flight` batch requests travel at once, one per lane, and the
calls for one person never travel in two batches at the same time.

Customer.io is played by `Holding`, an in-memory transport that keeps every request waiting until
the test releases it, so which requests are on their way at once is decided by the test, never by
timing. Lanes are picked by hashing a person's key (`BatchQueue.lanes_of`); the tests look up the
lane of each person they use instead of assuming a hash.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from test_batching import BOUND

from customerio import (
    AsyncPipelinesBatcher,
    AsyncPipelinesClient,
    InvalidArgumentError,
    PipelinesBatcher,
    PipelinesClient,
    TrackBatcher,
    TrackClient,
)
from customerio._batch_core import DEFAULT_MAX_IN_FLIGHT, MAX_IN_FLIGHT, BatcherCore


class Holding:
    """Customer.io in memory, holding each request (numbered by arrival) until it is released."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.arrived: list[dict[str, Any]] = []
        self.answered: list[int] = []
        self.released: set[int] = set()
        self.everything = False
        self.open_at_once = 0  # the most requests waiting for their answer at the same time

    def _arrive(self, request: httpx.Request) -> int:
        with self.cond:
            index = len(self.arrived)
            self.arrived.append(json.loads(request.content))
            self.open_at_once = max(self.open_at_once, len(self.arrived) - len(self.answered))
            self.cond.notify_all()
            return index

    def _answer(self, index: int) -> httpx.Response:
        with self.cond:
            self.answered.append(index)
            self.cond.notify_all()
        return httpx.Response(200, json={})

    def handle(self, request: httpx.Request) -> httpx.Response:
        index = self._arrive(request)
        with self.cond:
            assert self.cond.wait_for(lambda: self.everything or index in self.released, BOUND)
        return self._answer(index)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        index = self._arrive(request)
        for _ in range(100_000):
            with self.cond:
                if self.everything or index in self.released:
                    break
            await asyncio.sleep(0)
        else:
            raise AssertionError(f"request {index} was never released")
        return self._answer(index)

    def release(self, index: int) -> None:
        with self.cond:
            self.released.add(index)
            self.cond.notify_all()

    def release_all(self) -> None:
        with self.cond:
            self.everything = True
            self.cond.notify_all()

    def wait_arrived(self, count: int) -> None:
        with self.cond:
            assert self.cond.wait_for(lambda: len(self.arrived) >= count, BOUND), f"{len(self.arrived)} < {count}"

    def wait_answered(self, index: int) -> None:
        with self.cond:
            assert self.cond.wait_for(lambda: index in self.answered, BOUND)

    def sleep(self, seconds: float) -> None:
        pass

    async def async_sleep(self, seconds: float) -> None:
        pass

    def items(self) -> list[dict[str, Any]]:
        with self.cond:
            return [item for body in self.arrived for item in body["batch"]]


def pipelines(holding: Holding) -> PipelinesClient:
    client = PipelinesClient("wk", url="http://cdp.test/v1")
    wire_pool(client, holding)
    return client


def wire_pool(client: Any, holding: Holding) -> None:
    """`wire` with the holding handler as the pool under the client's retry and redirect transports."""
    from customerio._redirects import AsyncRedirectTransport, RedirectTransport
    from customerio._retry import AsyncRetryTransport, RetryTransport

    if isinstance(client, PipelinesClient | TrackClient):
        client._pool = httpx.MockTransport(holding.handle)
        client._transport = RetryTransport(RedirectTransport(client._pool), client._config.retry, sleep=holding.sleep)
    else:
        client._pool = httpx.MockTransport(holding.handle_async)
        client._transport = AsyncRetryTransport(
            AsyncRedirectTransport(client._pool), client._config.retry, sleep=holding.async_sleep
        )


def people_in_distinct_lanes(batcher: BatcherCore, count: int, key: Callable[[str], str]) -> list[str]:
    """`count` person ids whose keys fall in `count` different lanes of `batcher`."""
    found: dict[int, str] = {}
    for number in range(10_000):
        person = f"p{number}"
        (lane,) = batcher._state.lanes_of(key(person))
        found.setdefault(lane, person)
        if len(found) == count:
            return list(found.values())
    raise AssertionError("not enough lanes")


def people_in_one_lane(batcher: BatcherCore, count: int, key: Callable[[str], str]) -> list[str]:
    by_lane: dict[int, list[str]] = {}
    for number in range(10_000):
        person = f"p{number}"
        (lane,) = batcher._state.lanes_of(key(person))
        by_lane.setdefault(lane, []).append(person)
        if len(by_lane[lane]) == count:
            return by_lane[lane]
    raise AssertionError("unreachable")


def user(person: str) -> str:
    return f"user:{person}"


def person(person: str) -> str:
    return f"person:id={person}"


# --- sync -------------------------------------------------------------------------------------------


def test_batches_of_different_people_travel_at_once() -> None:
    holding = Holding()
    batcher = PipelinesBatcher(pipelines(holding), max_batch_items=2, max_in_flight=4, flush_interval=60.0)
    people = people_in_distinct_lanes(batcher, 4, user)
    for who in people:
        for step in range(2):
            batcher.track(user_id=who, event="e", properties={"n": step})
    holding.wait_arrived(4)  # four full batches, none answered yet: all four are on their way
    assert holding.open_at_once == 4
    assert sorted(body["batch"][0]["userId"] for body in holding.arrived) == sorted(people)
    holding.release_all()
    batcher.close()
    assert len(batcher._workers) == 4


def test_workers_are_started_only_for_batches_that_are_due() -> None:
    holding = Holding()
    batcher = PipelinesBatcher(pipelines(holding), max_batch_items=2, max_in_flight=4, flush_interval=60.0)
    people = people_in_distinct_lanes(batcher, 4, user)
    for who in people:  # one item per lane: nothing is due before the interval
        batcher.track(user_id=who, event="first")
    assert len(batcher._workers) == 1
    for who in people[:2]:  # two lanes full: two batches on their way, two workers
        batcher.track(user_id=who, event="second")
    holding.wait_arrived(2)
    assert len(batcher._workers) == 2
    holding.release_all()
    batcher.close()
    assert len(holding.items()) == 6


def test_max_in_flight_bounds_the_requests_on_their_way() -> None:
    holding = Holding()
    batcher = PipelinesBatcher(pipelines(holding), max_batch_items=1, max_in_flight=2, flush_interval=60.0)
    people = people_in_distinct_lanes(batcher, 2, user)
    for who in people * 3:
        batcher.track(user_id=who, event="e")
    holding.wait_arrived(2)
    assert batcher.flush(timeout=0) is False
    holding.release(0)
    holding.release(1)
    holding.wait_arrived(4)
    holding.release_all()
    assert batcher.flush(timeout=BOUND)
    batcher.close()
    assert holding.open_at_once == 2 and len(holding.arrived) == 6


def test_a_persons_next_batch_waits_for_the_one_on_its_way() -> None:
    holding = Holding()
    batcher = PipelinesBatcher(pipelines(holding), max_batch_items=2, max_in_flight=4, flush_interval=60.0)
    slow, other = people_in_distinct_lanes(batcher, 2, user)
    for step in range(4):  # two full batches for `slow`
        batcher.track(user_id=slow, event="e", properties={"n": step})
    holding.wait_arrived(1)
    for step in range(2):  # a full batch for someone else: it travels while `slow`'s first is held
        batcher.track(user_id=other, event="e", properties={"n": step})
    holding.wait_arrived(2)
    assert [item["userId"] for item in holding.arrived[1]["batch"]] == [other, other]
    holding.release(1)
    holding.wait_answered(1)
    assert len(holding.arrived) == 2  # `slow`'s second batch is still waiting for its first
    holding.release(0)
    holding.wait_arrived(3)
    holding.release_all()
    batcher.close()
    sent = [item["properties"]["n"] for item in holding.items() if item["userId"] == slow]
    assert sent == [0, 1, 2, 3]


def test_people_sharing_a_lane_share_its_order() -> None:
    holding = Holding()
    batcher = PipelinesBatcher(pipelines(holding), max_batch_items=2, max_in_flight=4, flush_interval=60.0)
    first, second = people_in_one_lane(batcher, 2, user)
    batcher.track(user_id=first, event="a")
    batcher.track(user_id=second, event="b")  # the lane's batch is full
    batcher.track(user_id=second, event="c")
    batcher.track(user_id=first, event="d")
    holding.wait_arrived(1)
    holding.release_all()
    batcher.close()
    assert [[item["event"] for item in body["batch"]] for body in holding.arrived] == [["a", "b"], ["c", "d"]]


def test_many_producers_many_people_each_persons_order_kept_nothing_lost_or_twice() -> None:
    holding = Holding()
    holding.release_all()
    batcher = PipelinesBatcher(pipelines(holding), max_batch_items=7, max_in_flight=8, max_queue_size=500, block=True)
    producers, people_each, steps = 6, 5, 40
    accepted: list[list[str]] = [[] for _ in range(producers)]

    def produce(slot: int) -> None:
        for step in range(steps):
            for number in range(people_each):
                who = f"u{slot}-{number}"
                accepted[slot].append(batcher.track(user_id=who, event="e", properties={"n": step}))

    threads = [threading.Thread(target=produce, args=(slot,)) for slot in range(producers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(BOUND)
    batcher.close()
    items = holding.items()
    ids = [item["messageId"] for item in items]
    assert len(ids) == len(set(ids)) == producers * people_each * steps
    assert set(ids) == {message_id for slot in accepted for message_id in slot}
    by_person: dict[str, list[int]] = {}
    for item in items:  # in the order the requests arrived
        by_person.setdefault(item["userId"], []).append(item["properties"]["n"])
    assert all(steps_seen == list(range(steps)) for steps_seen in by_person.values())
    assert len(by_person) == producers * people_each


def test_a_merge_waits_for_both_people_and_they_wait_for_it() -> None:
    holding = Holding()
    client = TrackClient("site", "key", url="http://track.test/api/v1")
    wire_pool(client, holding)
    batcher = TrackBatcher(client, max_batch_items=1, max_in_flight=4, flush_interval=60.0)
    primary, secondary, bystander = people_in_distinct_lanes(batcher, 3, person)
    batcher.identify(secondary, {"step": "before"})  # request 0, held
    holding.wait_arrived(1)
    batcher.identify(primary, {"step": "before"})  # request 1, held
    holding.wait_arrived(2)
    batcher.merge_customers("id", primary, "id", secondary)
    batcher.identify(secondary, {"step": "after"})
    batcher.identify(bystander, {"step": "any"})  # a third person's lane is free
    holding.wait_arrived(3)
    assert holding.arrived[2]["batch"][0]["identifiers"] == {"id": bystander}
    holding.release(2)
    holding.release(1)
    holding.wait_answered(1)
    holding.wait_answered(2)
    assert len(holding.arrived) == 3  # the merge still waits for the secondary's identify
    holding.release(0)
    holding.wait_arrived(4)
    assert holding.arrived[3]["batch"] == [
        {"type": "person", "action": "merge", "primary": {"id": primary}, "secondary": {"id": secondary}}
    ]
    holding.wait_answered(0)
    assert len(holding.arrived) == 4  # the secondary's later call waits for the merge
    holding.release(3)
    holding.wait_arrived(5)
    assert holding.arrived[4]["batch"][0]["attributes"] == {"step": "after"}
    holding.release_all()
    batcher.close()


def test_an_alias_is_ordered_with_both_ids() -> None:
    holding = Holding()
    holding.release_all()
    batcher = PipelinesBatcher(pipelines(holding), max_in_flight=8, flush_interval=60.0)
    batcher.track(anonymous_id="anon", event="browsed")
    batcher.alias(user_id="u1", previous_id="anon")
    batcher.track(user_id="u1", event="bought")
    batcher.close()
    assert [item["type"] for body in holding.arrived for item in body["batch"]] == ["track", "alias", "track"]


def test_close_waits_for_every_batch_on_its_way() -> None:
    holding = Holding()
    batcher = PipelinesBatcher(pipelines(holding), max_batch_items=1, max_in_flight=3, flush_interval=60.0)
    for who in people_in_distinct_lanes(batcher, 3, user):
        batcher.track(user_id=who, event="e")
    holding.wait_arrived(3)
    closer = threading.Thread(target=batcher.close)
    closer.start()
    holding.release_all()
    closer.join(BOUND)
    assert not closer.is_alive() and sorted(holding.answered) == [0, 1, 2]
    assert not any(worker.is_alive() for worker in batcher._workers)


@pytest.mark.parametrize("value", [0, MAX_IN_FLIGHT + 1])
def test_max_in_flight_is_checked(value: int) -> None:
    with pytest.raises(InvalidArgumentError, match="max_in_flight must be at least 1"):
        PipelinesBatcher(PipelinesClient("wk", url="http://cdp.test/v1"), max_in_flight=value)


def test_the_default_and_the_repr() -> None:
    batcher = PipelinesBatcher(PipelinesClient("wk", url="http://cdp.test/v1"))
    assert f"max_in_flight={DEFAULT_MAX_IN_FLIGHT})" in repr(batcher)
    assert len(batcher._state.lanes) == DEFAULT_MAX_IN_FLIGHT


# --- async ------------------------------------------------------------------------------------------


def test_async_batches_travel_at_once_and_a_persons_calls_stay_in_order() -> None:
    holding = Holding()

    async def main() -> None:
        client = AsyncPipelinesClient("wk", url="http://cdp.test/v1")
        wire_pool(client, holding)
        batcher = AsyncPipelinesBatcher(client, max_batch_items=2, max_in_flight=3, flush_interval=60.0)
        slow, other = people_in_distinct_lanes(batcher, 2, user)
        for step in range(4):
            batcher.track(user_id=slow, event="e", properties={"n": step})
        for step in range(2):
            batcher.track(user_id=other, event="e", properties={"n": step})
        for _ in range(10_000):
            if len(holding.arrived) >= 2:
                break
            await asyncio.sleep(0)
        assert len(holding.arrived) == 2 and holding.open_at_once == 2  # slow's first, other's
        [others] = [index for index, body in enumerate(holding.arrived) if body["batch"][0]["userId"] == other]
        holding.release(others)
        for _ in range(100):
            await asyncio.sleep(0)
        assert len(holding.arrived) == 2  # slow's second batch waits for its first
        holding.release_all()
        await batcher.aclose()

    asyncio.run(main())
    by_person: dict[str, list[int]] = {}
    for item in holding.items():
        by_person.setdefault(item["userId"], []).append(item["properties"]["n"])
    assert sorted(by_person.values()) == [[0, 1], [0, 1, 2, 3]]


def test_async_loop_shutdown_with_batches_on_their_way_loses_nothing() -> None:
    holding = Holding()
    holding.release_all()

    async def main() -> None:
        client = AsyncPipelinesClient("wk", url="http://cdp.test/v1")
        wire_pool(client, holding)
        batcher = AsyncPipelinesBatcher(client, max_batch_items=1, max_in_flight=4, flush_interval=3_600.0)
        for number in range(12):
            batcher.track(user_id=f"u{number % 5}", event="e", message_id=f"m{number}")
        await asyncio.sleep(0)  # some batches leave; asyncio.run then cancels the rest mid-way

    asyncio.run(main())
    ids = [item["messageId"] for item in holding.items()]
    answered = {holding.arrived[index]["batch"][0]["messageId"] for index in holding.answered}
    assert answered == {f"m{number}" for number in range(12)}
    assert len(holding.answered) == 12  # each accepted once; a request cut off by the shutdown went again
    assert len(ids) >= 12


# --- the example ------------------------------------------------------------------------------------


def test_the_track_batcher_example_runs_against_the_fake(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    from pathlib import Path

    from customerio.testing import serve_in_thread

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))
    try:
        import track_batcher
    finally:
        sys.path.pop(0)
    with serve_in_thread() as server:
        monkeypatch.setenv("CUSTOMERIO_SITE_ID", "site")
        monkeypatch.setenv("CUSTOMERIO_API_KEY", "key")
        monkeypatch.setenv("CUSTOMERIO_TRACK_URL", server.url_for("track"))
        assert track_batcher.main(["u1", "u2", "u3"]) == 0
        server.fake.assert_all_valid()
        items = [item for call in server.fake.calls_for("batch", api="track") for item in call.json["batch"]]
    for who in ("u1", "u2", "u3"):
        mine = [item for item in items if item["identifiers"] == {"id": who}]
        assert [item["action"] for item in mine] == ["identify", "event"]
        assert mine[1]["name"] == "upgraded" and mine[1]["attributes"] == {"plan": "pro"}


# --- the queue itself -------------------------------------------------------------------------------


def _queue(lanes: int, max_items: int = 10) -> Any:
    from customerio._batch_core import BatchQueue

    return BatchQueue(max_items, 500_000, 60.0, 0.0, lanes)


def test_queue_flush_target_makes_only_earlier_items_due() -> None:
    from customerio._batch_core import Batch

    queue = _queue(2)
    queue.add("a1", b'"a1"', 0.0, (0,))
    queue.flush_target = queue.accepted
    queue.add("b1", b'"b1"', 0.0, (1,))
    batch = queue.next_action(0.0)
    assert isinstance(batch, Batch) and batch.items == ["a1"]
    assert queue.next_action(0.0) == pytest.approx(60.0)  # b1 came after the flush: it waits its interval
    assert queue.settled_below() == 0
    queue.finish(batch)
    assert queue.settled_below() == 1 and queue.done == 1


def test_queue_an_item_of_two_lanes_goes_alone_after_both_heads() -> None:
    from customerio._batch_core import Batch

    queue = _queue(3)
    queue.flush_target = 10**9  # everything due
    queue.add("s1", b'"s1"', 0.0, (1,))
    first = queue.next_action(0.0)
    assert isinstance(first, Batch) and first.items == ["s1"]  # lane 1 busy now
    queue.add("p1", b'"p1"', 0.0, (0,))
    queue.add("merge", b'"merge"', 0.0, (0, 1))
    queue.add("p2", b'"p2"', 0.0, (0,))
    second = queue.next_action(0.0)
    assert isinstance(second, Batch) and second.items == ["p1"]  # stops before the merge
    queue.finish(second)
    assert queue.next_action(0.0) is None  # the merge heads lane 0 but lane 1 is busy; p2 waits behind it
    queue.finish(first)
    merge = queue.next_action(0.0)
    assert isinstance(merge, Batch) and merge.items == ["merge"] and merge.lanes == (0, 1)
    assert queue.next_action(0.0) is None  # both lanes wait for the merge
    queue.put_back(merge)  # e.g. the loop ended mid-request: it goes again, first
    again = queue.next_action(0.0)
    assert isinstance(again, Batch) and again.items == ["merge"]
    queue.finish(again)
    last = queue.next_action(0.0)
    assert isinstance(last, Batch) and last.items == ["p2"]
    queue.finish(last)
    queue.closing = True
    assert queue.queued == 0 and queue.settled_below() == queue.accepted == 4
    assert type(queue.next_action(0.0)).__name__ == "_Stop"


def test_queue_drop_all_returns_each_item_once_in_acceptance_order() -> None:
    queue = _queue(3)
    queue.add("x", b'"x"', 0.0, (2,))
    queue.add("joint", b'"joint"', 0.0, (0, 2))
    queue.add("y", b'"y"', 0.0, (0,))
    assert queue.drop_all() == ["x", "joint", "y"]
    assert queue.queued == 0 and queue.done == 3 and all(not lane.queue for lane in queue.lanes)


def test_queue_rate_limit_spaces_batches_of_all_lanes() -> None:
    from customerio._batch_core import Batch, BatchQueue

    queue = BatchQueue(10, 500_000, 60.0, 0.5, 2)  # at most one batch per 0.5 s, whichever lane
    queue.flush_target = 10**9
    queue.add("a", b'"a"', 0.0, (0,))
    queue.add("b", b'"b"', 0.0, (1,))
    assert isinstance(queue.next_action(0.0), Batch)
    assert queue.next_action(0.1) == pytest.approx(0.4)
    assert isinstance(queue.next_action(0.5), Batch)
