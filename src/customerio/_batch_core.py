"""The engine behind the batchers: lanes of queued items, the send thresholds, workers, fork and exit.

`BatchQueue` decides, under its owner's lock, when a batch is due and which queued items it
carries: the queue is split into `max_in_flight` lanes by the items' ordering keys (whom they are
about), and each lane has at most one batch on its way, so up to `max_in_flight` batches travel at
once while one person's items keep their order. `SyncBatcherCore` drives it from daemon threads,
`AsyncBatcherCore` from asyncio tasks; both send with the client's own `batch(...)` (whose
transport applies the retry policy) and hand whatever still fails to `on_error(exc, items)`. The
public classes in `_batching` put the API's call names on top: what one item is, whom it is
about, and which items of an answered batch were refused.

Sizes are those of the encoded JSON: a batch body is `{"batch":[item,item,...]}`, so it weighs
`BATCH_OVERHEAD + sum(len(item)) + (n - 1)` bytes; each queued item carries `len(item) + 1`.
Each item is encoded once, when it is queued: unless the client's `batch` is replaced (a subclass
or a patched method), the worker joins those bytes into the body and sends it through the
client's own transport (`_execute`: the same request, retries and error handling as
`client.batch(items)`, whose envelope leaves such items unchanged). An item of kind `OWN_REQUEST`
(a Track anonymous event, which v2 cannot batch) is sent as a request of its own.

Every live batcher is kept in a weak set: one `atexit` hook closes them all (flushing what
they hold; the worker threads are daemons, so they never keep the process alive), and one
`os.register_at_fork` hook gives each batcher in a forked child an empty queue and no worker.
A pid check on each call catches forks made outside Python (uWSGI without `lazy-apps`).
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import math
import os
import threading
import time
import weakref
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any, Final, Self

from _customerio_gen import _runtime as _rt

from ._errors import CustomerIOError, InvalidArgumentError, InvalidArgumentTypeError, QueueFullError
from ._rate_limit import RateLimit, RateLimiter
from ._serialize import EncodedJSON, dumps

__all__ = [
    "BATCH_OVERHEAD",
    "DEFAULT_MAX_IN_FLIGHT",
    "MAX_IN_FLIGHT",
    "MAX_BATCH_BYTES",
    "MAX_CALL_BYTES",
    "AsyncBatcherCore",
    "BatchQueue",
    "BatcherClosedError",
    "PartialBatchError",
    "SyncBatcherCore",
]

logger = logging.getLogger("customerio")

BATCH_OVERHEAD: Final = len(b'{"batch":[]}')
MAX_BATCH_BYTES: Final = 500_000
"""The API's limit on one batch request (Track v2 `/batch` and Pipelines `/batch`)."""
MAX_CALL_BYTES: Final = 32_000
"""The API's limit on one call inside a batch ("32KB"; Pipelines drops a larger call silently)."""
MAX_IN_FLIGHT: Final = 64
"""The most batch requests one batcher may have on their way at once."""
DEFAULT_MAX_IN_FLIGHT: Final = 16
"""How many batch requests a batcher keeps on their way at once unless told otherwise."""

OnError = Callable[[Exception, list[Any]], object]
SyncWait = Callable[[threading.Condition, "float | None"], object]
AsyncWait = Callable[[asyncio.Event, "float | None"], Awaitable[object]]
Failures = list[tuple[Exception, list[Any]]]
Keys = str | tuple[str, ...]


class BatcherClosedError(CustomerIOError, RuntimeError):
    """A call reached a batcher after `close()`; the item was not accepted."""

    __module__ = "customerio"


class PartialBatchError(CustomerIOError):
    """Customer.io took a batch but refused some of its operations (Track v2 answers 207).

    `on_error` receives this exception with the refused items only. `errors` holds the API's
    entries (`reason`, `field`, `message`), their `batch_index` renumbered to point into that
    list of items; `batch_size` is the size of the batch that was sent.
    """

    __module__ = "customerio"

    def __init__(self, errors: list[dict[str, Any]], failed: int, batch_size: int) -> None:
        super().__init__(f"{failed} of the {batch_size} operations in a batch were refused")
        self.errors = errors
        self.batch_size = batch_size


class _Stop:
    """`BatchState.next_action`'s answer when the batcher is closed and nothing is left."""


STOP: Final = _Stop()


BATCHED: Final = 0
"""An entry that travels in a batch with the other entries of its lane."""
ALONE: Final = 1
"""An entry that travels in a batch of its own (it names people of several lanes)."""
OWN_REQUEST: Final = 2
"""An entry that is not a batch item: it is sent as a request of its own."""


class Entry:
    """One accepted item: its encoded JSON, its `cost` (encoded size + 1 for its comma), when it
    was queued (`at`, on the batcher's clock), its acceptance number `seq`, the lanes that carry
    it (the first is its home; several when it names people of several lanes) and its `kind`."""

    __slots__ = ("at", "cost", "encoded", "item", "kind", "lanes", "seq")

    def __init__(self, item: Any, encoded: bytes, at: float, seq: int, lanes: tuple[int, ...], kind: int) -> None:
        self.item = item
        self.encoded = encoded
        self.cost = len(encoded) + 1
        self.at = at
        self.seq = seq
        self.lanes = lanes
        self.kind = kind


class Lane:
    """A queue of entries with at most one batch in flight: entries of one lane are sent in order."""

    __slots__ = ("cost", "inflight", "queue")

    def __init__(self) -> None:
        self.queue: deque[Entry] = deque()
        self.cost = 0  # the summed cost of the entries whose home this lane is
        self.inflight: Batch | None = None


class Batch:
    """Entries taken to be sent together, and the lanes that wait for their outcome."""

    __slots__ = ("entries", "lanes")

    def __init__(self, lanes: tuple[int, ...], entries: list[Entry]) -> None:
        self.lanes = lanes
        self.entries = entries

    @property
    def items(self) -> list[Any]:
        return [entry.item for entry in self.entries]


class BatchQueue:
    """The lanes and their counters. Not thread-safe: the owner holds its lock around every call.

    An item is queued in the lane of its ordering key (a person); a lane has at most one batch in
    flight, so what one person does is delivered in the order it was done, while up to one batch
    per lane travels at once. An item naming people of several lanes (a merge, an alias) is queued
    in each of them and sent on its own once it heads all of them: after everything queued before
    it for those people, before anything queued after it.

    `accepted` counts items taken in (each entry's `seq` is its place in that count), `queued`
    those waiting in a lane, `done` those whose batch was sent or handed to `on_error`;
    `flush_target` is the `accepted` count a flush waits for.
    """

    __slots__ = (
        "accepted",
        "capacity",
        "closing",
        "done",
        "flush_target",
        "interval",
        "lanes",
        "limiter",
        "max_items",
        "min_gap",
        "queued",
        "rotate",
    )

    def __init__(self, max_items: int, max_bytes: int, interval: float, min_gap: float, lanes: int = 1) -> None:
        self.max_items = max_items
        self.capacity = max_bytes - BATCH_OVERHEAD + 1  # the summed cost one batch can carry
        self.interval = interval
        self.min_gap = min_gap
        self.lanes = [Lane() for _ in range(lanes)]
        self.queued = 0
        self.accepted = 0
        self.done = 0
        self.flush_target = 0
        self.closing = False
        # `max_requests_per_second`, kept by the clients' limiter class (taken only when a batch goes)
        self.limiter = RateLimiter(RateLimit(1, per=min_gap)) if min_gap else None
        self.rotate = 0  # where the next look for a due lane starts, so that every lane gets its turn

    def lanes_of(self, keys: Keys) -> tuple[int, ...]:
        count = len(self.lanes)
        if count == 1:
            return (0,)
        if isinstance(keys, str):
            return (hash(keys) % count,)
        if not keys:
            return (self.accepted % count,)  # nobody to keep in order: any lane
        return tuple(dict.fromkeys(hash(key) % count for key in keys))

    def add(self, item: Any, encoded: bytes, now: float, lanes: tuple[int, ...], kind: int = BATCHED) -> bool:
        """Queue an accepted item. True when a worker should look: the item starts its lane's time
        window, makes a full batch by count or by bytes, or travels alone."""
        if len(lanes) > 1 and kind == BATCHED:
            kind = ALONE
        entry = Entry(item, encoded, now, self.accepted, lanes, kind)
        self.accepted += 1
        self.queued += 1
        home = self.lanes[lanes[0]]
        queue = home.queue
        was_empty = not queue
        before = home.cost
        queue.append(entry)
        home.cost = before + entry.cost
        for other in lanes[1:]:
            self.lanes[other].queue.append(entry)
        return was_empty or kind != BATCHED or len(queue) == self.max_items or before < self.capacity <= home.cost

    def _due(self, index: int, now: float) -> bool | float:
        """Whether lane `index` can send a batch now; if not, how long until its oldest item is due
        (0.0: not before something else happens — it is empty, on its way, or waiting for another lane)."""
        lanes = self.lanes
        lane = lanes[index]
        queue = lane.queue
        if lane.inflight is not None or not queue:
            return 0.0
        head = queue[0]
        if head.kind == ALONE:
            # it waits for the other people's earlier calls; their lanes will look again
            return all(lanes[i].inflight is None and lanes[i].queue[0] is head for i in head.lanes) or 0.0
        if head.kind == BATCHED and not (
            self.closing or head.seq < self.flush_target or len(queue) >= self.max_items or lane.cost >= self.capacity
        ):
            remaining = head.at + self.interval - now
            if remaining > 0:
                return remaining
        return True

    def any_due(self, now: float) -> bool:
        """Whether some lane could send a batch now (the rate limit aside)."""
        return any(self._due(index, now) is True for index in range(len(self.lanes)))

    def next_action(self, now: float) -> Batch | float | _Stop | None:
        """A batch to send now, else how long to wait (None: until woken), else STOP."""
        count = len(self.lanes)
        wait: float | None = None
        for offset in range(count):
            index = (self.rotate + offset) % count
            due = self._due(index, now)
            if due is not True:
                if due:
                    wait = due if wait is None else min(wait, due)
                continue
            if self.limiter is not None:  # the client-side rate limit
                wait = self.limiter.try_acquire(now)
                if wait > 0:
                    return wait
            self.rotate = index + 1
            return self._take(index)
        if wait is None and self.closing and not self.queued:
            return STOP
        return wait

    def _take(self, index: int) -> Batch:
        lanes = self.lanes
        queue = lanes[index].queue
        head = queue[0]
        if head.kind != BATCHED:
            for i in head.lanes:
                lanes[i].queue.popleft()
            lanes[head.lanes[0]].cost -= head.cost
            self.queued -= 1
            batch = Batch(head.lanes, [head])
        else:
            entries: list[Entry] = []
            cost = 0
            while queue and len(entries) < self.max_items:
                entry = queue[0]
                if entry.kind != BATCHED or (entries and cost + entry.cost > self.capacity):
                    break
                entries.append(queue.popleft())
                cost += entry.cost
            lanes[index].cost -= cost
            self.queued -= len(entries)
            batch = Batch((index,), entries)
        for i in batch.lanes:
            lanes[i].inflight = batch
        return batch

    def finish(self, batch: Batch) -> None:
        """The batch was sent or handed to `on_error`: its lanes may send again."""
        for i in batch.lanes:
            self.lanes[i].inflight = None
        self.done += len(batch.entries)

    def put_back(self, batch: Batch) -> None:
        """Return a batch that was taken but not delivered to the head of its lanes."""
        entries = batch.entries
        for i in batch.lanes:
            lane = self.lanes[i]
            lane.queue.extendleft(reversed(entries))
            lane.inflight = None
        home = self.lanes[batch.lanes[0]]
        home.cost += sum(entry.cost for entry in entries)
        self.queued += len(entries)

    def in_flight(self) -> list[Batch]:
        return list({id(lane.inflight): lane.inflight for lane in self.lanes if lane.inflight is not None}.values())

    def settled_below(self) -> int:
        """Every item whose `seq` is below this was sent or handed to `on_error`."""
        floor = self.accepted
        for lane in self.lanes:
            if lane.inflight is not None:
                floor = min(floor, lane.inflight.entries[0].seq)
            elif lane.queue:
                floor = min(floor, lane.queue[0].seq)
        return floor

    def drop_all(self) -> list[Any]:
        """Empty every lane, counting its items as done; returns them in the order they were accepted."""
        unique = {id(entry): entry for lane in self.lanes for entry in lane.queue}
        entries = sorted(unique.values(), key=lambda entry: entry.seq)
        for lane in self.lanes:
            lane.queue.clear()
            lane.cost = 0
        self.queued = 0
        self.done += len(entries)
        return [entry.item for entry in entries]


def encoded_batch(entries: list[Entry]) -> EncodedJSON:
    """`{"batch":[...]}` from the entries' encoded items: the bytes `dumps({"batch": items})` makes."""
    return EncodedJSON(b'{"batch":[' + b",".join([entry.encoded for entry in entries]) + b"]}")


def _positive_int(name: str, value: object, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentTypeError(f"{name} must be an int")
    if value < 1 or (maximum is not None and value > maximum):
        bound = f" and at most {maximum}" if maximum is not None else ""
        raise InvalidArgumentError(f"{name} must be at least 1{bound}")
    return value


def _positive_number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidArgumentTypeError(f"{name} must be a number")
    if not math.isfinite(value) or value <= 0:
        raise InvalidArgumentError(f"{name} must be a positive, finite number")
    return float(value)


_live: weakref.WeakSet[BatcherCore] = weakref.WeakSet()


def _close_all_at_exit() -> None:
    for batcher in list(_live):
        try:
            batcher._at_exit()
        except Exception:
            logger.exception("customerio: a batcher failed to flush at exit")


def _reset_all_after_fork() -> None:
    for batcher in list(_live):
        batcher._after_fork()


atexit.register(_close_all_at_exit)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_all_after_fork)


class BatcherCore:
    """What both workers share: options, the state, sizing and refusing items, reporting failures."""

    _client: Any

    def __init__(
        self,
        client: Any,
        *,
        max_batch_items: int,
        max_batch_bytes: int,
        flush_interval: float,
        max_queue_size: int,
        on_error: OnError | None,
        max_requests_per_second: float | None,
        max_in_flight: int,
        clock: Callable[[], float],
    ) -> None:
        self._client = client
        self._max_items = _positive_int("max_batch_items", max_batch_items)
        self._max_bytes = _positive_int("max_batch_bytes", max_batch_bytes, MAX_BATCH_BYTES)
        if self._max_bytes <= BATCH_OVERHEAD:
            raise InvalidArgumentError(f"max_batch_bytes must be more than {BATCH_OVERHEAD}")
        self._interval = _positive_number("flush_interval", flush_interval)
        self._max_queue = _positive_int("max_queue_size", max_queue_size)
        self._max_in_flight = _positive_int("max_in_flight", max_in_flight, MAX_IN_FLIGHT)
        if on_error is not None and not callable(on_error):
            raise InvalidArgumentTypeError("on_error must be a callable taking (exception, items)")
        self._on_error = on_error
        self._min_gap = (
            0.0
            if max_requests_per_second is None
            else 1.0 / _positive_number("max_requests_per_second", max_requests_per_second)
        )
        self._clock = clock
        self._pid = os.getpid()
        self._state = self._new_state()
        _live.add(self)

    def _new_state(self) -> BatchQueue:
        return BatchQueue(self._max_items, self._max_bytes, self._interval, self._min_gap, self._max_in_flight)

    def _encode(self, item: Any) -> bytes:
        """The item's encoded JSON; refuses an item no batch could carry."""
        encoded = dumps(item)
        size = len(encoded)
        if size > MAX_CALL_BYTES:
            raise InvalidArgumentError(
                f"the item is {size} bytes as JSON; Customer.io takes at most {MAX_CALL_BYTES} bytes per call"
            )
        if BATCH_OVERHEAD + size > self._max_bytes:
            raise InvalidArgumentError(
                f"the item is {size} bytes as JSON; a batch holding it would exceed max_batch_bytes ({self._max_bytes})"
            )
        return encoded

    def _batch_request(self, entries: list[Entry]) -> _rt.Prepared[Any] | None:
        """The request for these queued entries, from their encoded JSON; None when it must be made
        by calling the client's `batch(items)` (the default)."""
        return None

    def _custom_batch(self, *stock: Callable[..., Any]) -> bool:
        """Whether the client's `batch` is not one of the `stock` methods (a subclass's or a patched one)."""
        client = self._client
        return "batch" in getattr(client, "__dict__", {}) or getattr(type(client), "batch", None) not in stock

    def _queue_full(self) -> QueueFullError:
        return QueueFullError(f"the batcher's queue holds max_queue_size ({self._max_queue}) items")

    def _closed(self) -> BatcherClosedError:
        return BatcherClosedError(f"{type(self).__name__} is closed")

    def _failures(self, result: Any, items: list[Any]) -> Failures:
        """Items of an answered batch that the API refused (none by default)."""
        return []

    def _outcome(self, result: Any, error: Exception | None, items: list[Any]) -> None:
        if error is not None:
            failures: Failures = [(error, items)]
        else:
            try:
                failures = self._failures(result, items)
            except Exception as unreadable:  # an answer that cannot be read: its items are not known to be in
                failures = [(unreadable, items)]
        for exc, failed in failures:
            self._report(exc, failed)

    def _report(self, exc: Exception, items: list[Any]) -> None:
        if self._on_error is None:
            # the message names the count and the error, never the items (personal data)
            logger.error("customerio: %d item(s) of a batch were not delivered: %s", len(items), exc)
            return
        try:
            self._on_error(exc, items)
        except Exception:
            logger.exception("customerio: the batcher's on_error callback raised")

    def _enqueue(self, item: Any, encoded: bytes, keys: Keys = (), kind: int = BATCHED) -> None:
        """Accept an item; `keys` name whom it is about (its calls keep their order), `kind` how it travels."""
        raise NotImplementedError

    def _check_pid(self) -> None:
        if self._pid != os.getpid():
            self._after_fork()

    def _init_primitives(self) -> None:
        """(Re)create the locks, conditions and worker handles of the sync or async flavour."""
        raise NotImplementedError

    def _after_fork(self) -> None:
        # The child owns none of the parent's items (the parent sends them) and no worker; the
        # parent's lock may have been held at the fork, so every primitive is new.
        closing = self._state.closing
        self._init_primitives()
        self._state = self._new_state()
        self._state.closing = closing
        self._pid = os.getpid()

    def _at_exit(self) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(client={self._client!r}, queued={self._state.queued},"
            f" max_batch_items={self._max_items}, max_batch_bytes={self._max_bytes},"
            f" flush_interval={self._interval}, max_in_flight={self._max_in_flight})"
        )


def _condition_wait(condition: threading.Condition, timeout: float | None) -> object:
    return condition.wait(timeout)


class SyncBatcherCore(BatcherCore):
    """Sends from daemon threads: one is started on first use (again in a forked child), and more,
    up to `max_in_flight`, while batches are due and every worker is busy sending."""

    def __init__(
        self,
        client: Any,
        *,
        max_batch_items: int,
        max_batch_bytes: int,
        flush_interval: float,
        max_queue_size: int,
        on_error: OnError | None,
        max_requests_per_second: float | None,
        max_in_flight: int,
        block: bool,
        clock: Callable[[], float] | None,
        wait: SyncWait | None,
    ) -> None:
        self._block = bool(block)
        self._wait = wait or _condition_wait
        self._init_primitives()
        super().__init__(
            client,
            max_batch_items=max_batch_items,
            max_batch_bytes=max_batch_bytes,
            flush_interval=flush_interval,
            max_queue_size=max_queue_size,
            on_error=on_error,
            max_requests_per_second=max_requests_per_second,
            max_in_flight=max_in_flight,
            clock=clock or time.monotonic,
        )

    def _init_primitives(self) -> None:
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)  # idle workers wait here
        self._space = threading.Condition(self._lock)  # producers blocked on a full queue
        self._settled = threading.Condition(self._lock)  # flush() callers
        self._blocked = 0
        self._idle = 0  # workers not sending (waiting on `_wake`, or about to look at the queue)
        self._workers: list[threading.Thread] = []

    def _enqueue(self, item: Any, encoded: bytes, keys: Keys = (), kind: int = BATCHED) -> None:
        self._check_pid()
        with self._lock:
            state = self._state
            if state.closing:
                raise self._closed()
            if state.queued >= self._max_queue:
                if not self._block or threading.current_thread() in self._workers:
                    raise self._queue_full()  # (a worker, in on_error, would wait for itself)
                self._blocked += 1
                try:
                    while state.queued >= self._max_queue and not state.closing:
                        self._space.wait()
                finally:
                    self._blocked -= 1
                if state.closing:
                    raise self._closed()
            if not self._workers:
                self._start_worker()  # before the item is accepted: a failure refuses it
            now = self._clock()
            if state.add(item, encoded, now, state.lanes_of(keys), kind):
                if self._idle:
                    self._wake.notify()
                elif len(self._workers) < self._max_in_flight and state.any_due(now):
                    self._grow()

    def _grow(self) -> None:
        """Start one more worker (lock held); without one, the running workers carry on."""
        try:
            self._start_worker()
        except RuntimeError:
            logger.debug("customerio: could not start another batcher worker", exc_info=True)

    def _start_worker(self) -> None:
        worker = threading.Thread(target=self._run, name="customerio-batcher", daemon=True)
        worker.start()
        self._workers.append(worker)
        self._idle += 1

    def _run(self) -> None:
        """A worker's loop; also run by `close()` in the caller's thread when no worker is alive."""
        # bound once: a worker keeps to the primitives and the queue it started with
        lock, wake, space, settled, state = self._lock, self._wake, self._space, self._settled, self._state
        while True:
            with lock:
                while True:
                    action = state.next_action(self._clock())
                    if isinstance(action, Batch):
                        break
                    if isinstance(action, _Stop):
                        if threading.current_thread() in self._workers:
                            self._idle -= 1
                        wake.notify_all()  # the other workers stop too
                        return
                    self._wait(wake, action)
                self._idle -= 1
                if self._blocked:
                    space.notify_all()
                if not self._idle and len(self._workers) < self._max_in_flight and state.any_due(self._clock()):
                    self._grow()  # more is due than there are workers to send it
            items = action.items
            try:
                prepared = self._batch_request(action.entries)
                if prepared is None:
                    result, error = self._client.batch(items), None
                else:
                    result, error = self._client._execute(prepared, _rt.NOT_GIVEN, None), None
            except Exception as exc:
                result, error = None, exc
            self._outcome(result, error, items)
            with lock:
                state.finish(action)
                self._idle += 1
                settled.notify_all()
                if state.closing or state.queued:
                    wake.notify()  # a lane this batch held (or the last of the queue) may be due now

    def settled_count(self) -> int:
        """How many items, counted in the order they were accepted, are settled: every one before this
        count was sent or handed to `on_error` (a bulk import checkpoints on it without a `flush()`)."""
        self._check_pid()
        with self._lock:
            return self._state.settled_below()

    def flush(self, timeout: float | None = None) -> bool:
        """Send everything accepted so far; return once each item was sent or handed to `on_error`.

        Returns False only when `timeout` (seconds) ran out first, or when called from `on_error`
        (a worker cannot wait for itself).
        """
        self._check_pid()
        with self._lock:
            state = self._state
            target = state.accepted
            if state.settled_below() >= target:
                return True
            if threading.current_thread() in self._workers:
                return False
            if target > state.flush_target:
                state.flush_target = target
                self._wake.notify_all()
            return self._settled.wait_for(lambda: state.settled_below() >= target, timeout)

    def close(self, timeout: float | None = None) -> None:
        """Flush, then stop the workers. Later calls raise `BatcherClosedError`.

        `timeout` bounds the wait (seconds); the workers go on draining in the background if it
        runs out.
        """
        self._check_pid()
        with self._lock:
            self._state.closing = True
            self._wake.notify_all()
            self._space.notify_all()
            workers = [worker for worker in self._workers if worker.is_alive()]
        current = threading.current_thread()
        if not workers:
            self._run()  # nothing runs the queue (none was started, or the interpreter is exiting)
            return
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            for worker in workers:
                if worker is not current:
                    worker.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
            if deadline is not None and time.monotonic() >= deadline:
                return
            with self._lock:  # a worker may have started another while draining: wait for it too
                workers = [w for w in self._workers if w.is_alive() and w is not current]
            if not workers:
                return

    def _at_exit(self) -> None:
        self.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


async def _event_wait(event: asyncio.Event, timeout: float | None) -> object:
    try:
        return await asyncio.wait_for(event.wait(), timeout)
    except TimeoutError:
        return False


class AsyncBatcherCore(BatcherCore):
    """Sends from asyncio tasks, started by the first call made inside a running event loop.

    A dispatcher task takes due batches and sends each in a task of its own, up to
    `max_in_flight` at once. The calls themselves are plain functions (they never wait);
    `flush()` and `aclose()` are coroutines. When the loop shuts down with items still queued
    (`asyncio.run` cancels leftover tasks), the dispatcher sends them before it ends.
    """

    def __init__(
        self,
        client: Any,
        *,
        max_batch_items: int,
        max_batch_bytes: int,
        flush_interval: float,
        max_queue_size: int,
        on_error: OnError | None,
        max_requests_per_second: float | None,
        max_in_flight: int,
        clock: Callable[[], float] | None,
        wait: AsyncWait | None,
    ) -> None:
        self._wait = wait or _event_wait
        self._init_primitives()
        super().__init__(
            client,
            max_batch_items=max_batch_items,
            max_batch_bytes=max_batch_bytes,
            flush_interval=flush_interval,
            max_queue_size=max_queue_size,
            on_error=on_error,
            max_requests_per_second=max_requests_per_second,
            max_in_flight=max_in_flight,
            clock=clock or time.monotonic,
        )

    def _init_primitives(self) -> None:
        self._lock = threading.Lock()  # calls may come from other threads than the loop's
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._event: asyncio.Event | None = None
        self._sending: set[asyncio.Task[None]] = set()
        self._waiters: list[tuple[int, asyncio.Future[None]]] = []

    def _enqueue(self, item: Any, encoded: bytes, keys: Keys = (), kind: int = BATCHED) -> None:
        self._check_pid()
        with self._lock:
            state = self._state
            if state.closing:
                raise self._closed()
            if state.queued >= self._max_queue:
                raise self._queue_full()
            self._ensure_worker()
            wake = state.add(item, encoded, self._clock(), state.lanes_of(keys), kind)
        if wake:
            self._wake_worker()

    def _ensure_worker(self) -> None:
        """Start the dispatcher task in the running loop unless one is alive (lock held)."""
        task, loop = self._task, self._loop
        if task is not None and not task.done() and loop is not None and not loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            raise RuntimeError(
                f"{type(self).__name__} runs its worker as a task of the running asyncio event loop: call it inside"
                " one (trio is not supported: use the thread-based PipelinesBatcher / TrackBatcher there)"
            ) from None
        # batches of a previous loop that ended while they were on their way: their outcome is
        # unknown, so they are sent again
        for batch in self._state.in_flight():
            self._state.put_back(batch)
        self._sending = set()
        self._loop = running
        self._event = asyncio.Event()
        self._task = running.create_task(self._run(), name="customerio-batcher")

    def _wake_worker(self) -> None:
        loop, event = self._loop, self._event
        if loop is None or event is None:
            return
        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            event.set()
        elif not loop.is_closed():
            loop.call_soon_threadsafe(event.set)

    async def _run(self) -> None:
        event = self._event
        assert event is not None
        pid = os.getpid()
        try:
            await self._work(event, pid)
        except asyncio.CancelledError:
            # The loop is ending (asyncio.run cancels the tasks left over): deliver what is queued.
            with self._lock:
                self._state.closing = True
            await self._work(event, pid)
            raise

    async def _work(self, event: asyncio.Event, pid: int) -> None:
        sending = self._sending
        while True:
            if os.getpid() != pid:
                return  # this task was copied into a forked child: the parent sends its items
            with self._lock:
                state = self._state
                action = state.next_action(self._clock())
                if not isinstance(action, Batch):
                    event.clear()
            if isinstance(action, Batch):
                task = asyncio.get_running_loop().create_task(self._send(state, action, event))
                sending.add(task)
                task.add_done_callback(sending.discard)
                continue
            if isinstance(action, _Stop):
                if not sending:
                    return
                await asyncio.wait(set(sending))  # the last batches are on their way
                continue
            await self._wait(event, action)

    async def _send(self, state: BatchQueue, batch: Batch, event: asyncio.Event) -> None:
        items = batch.items
        try:
            prepared = self._batch_request(batch.entries)
            if prepared is None:
                result, error = await self._client.batch(items), None
            else:
                result, error = await self._client._execute(prepared, _rt.NOT_GIVEN, None), None
        except asyncio.CancelledError:
            with self._lock:
                state.put_back(batch)  # cancelled mid-request: it goes again while draining
            event.set()
            raise
        except Exception as exc:
            result, error = None, exc
        self._outcome(result, error, items)
        with self._lock:
            state.finish(batch)
            settled = state.settled_below()
        self._settle(settled)
        event.set()

    def _settle(self, settled: int) -> None:
        waiting = []
        for target, future in self._waiters:
            if target > settled:
                waiting.append((target, future))
            elif not future.done():
                future.set_result(None)
        self._waiters = waiting

    async def flush(self) -> None:
        """Send everything accepted so far; return once each item was sent or handed to `on_error`."""
        self._check_pid()
        with self._lock:
            state = self._state
            target = state.accepted
            if state.settled_below() >= target:
                return
            self._ensure_worker()
            state.flush_target = max(state.flush_target, target)
            future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.append((target, future))
        self._wake_worker()
        await future

    async def aclose(self) -> None:
        """Flush, then stop the worker tasks. Later calls raise `BatcherClosedError`."""
        self._check_pid()
        with self._lock:
            self._state.closing = True
            if self._state.queued or self._state.in_flight():
                self._ensure_worker()
            task = self._task
        if task is not None and not task.done():
            self._wake_worker()
            await task

    def _at_exit(self) -> None:
        loop = self._loop
        with self._lock:
            self._state.closing = True
            if not self._state.queued and not self._state.in_flight():
                return
        if loop is not None and loop.is_running():
            # the loop lives on in another thread: let the worker drain there
            asyncio.run_coroutine_threadsafe(self.aclose(), loop).result()
            return
        with self._lock:
            for batch in self._state.in_flight():
                self._state.put_back(batch)
            items = self._state.drop_all()
        self._report(
            BatcherClosedError(
                f"the event loop of {type(self).__name__} ended before these items were sent;"
                " await aclose() before it ends"
            ),
            items,
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()
