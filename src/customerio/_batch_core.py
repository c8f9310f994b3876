"""The engine behind the batchers: a bounded queue, the send thresholds, a worker, fork and exit.

`BatchState` decides, under its owner's lock, when a batch is due and which queued items it
carries. `SyncBatcherCore` drives it from a daemon thread, `AsyncBatcherCore` from an asyncio
task; both send with the client's own `batch(...)` (whose transport applies the retry policy)
and hand whatever still fails to `on_error(exc, items)`. The public classes in `_batching` put
the API's call names on top: what one item is, its encoded size, and which items of an answered
batch were refused.

Sizes are those of the encoded JSON: a batch body is `{"batch":[item,item,...]}`, so it weighs
`BATCH_OVERHEAD + sum(len(item)) + (n - 1)` bytes; each queued item carries `len(item) + 1`.
Each item is encoded once, when it is queued: unless the client's `batch` is replaced (a subclass
or a patched method), the worker joins those bytes into the body and sends it through the
client's own transport (`_execute`: the same request, retries and error handling as
`client.batch(items)`, whose envelope leaves such items unchanged).

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
from ._serialize import EncodedJSON, dumps

__all__ = [
    "BATCH_OVERHEAD",
    "MAX_BATCH_BYTES",
    "MAX_CALL_BYTES",
    "AsyncBatcherCore",
    "BatchState",
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

OnError = Callable[[Exception, list[Any]], object]
SyncWait = Callable[[threading.Condition, "float | None"], object]
AsyncWait = Callable[[asyncio.Event, "float | None"], Awaitable[object]]
# (item, cost = encoded size + 1 for its comma, clock() when queued, the item's encoded JSON)
Entry = tuple[Any, int, float, bytes]
Failures = list[tuple[Exception, list[Any]]]


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


class BatchState:
    """The queue and its counters. Not thread-safe: the owner holds its lock around every call.

    `accepted` counts items taken in, `taken` items moved into a batch, `done` items whose batch
    was sent or handed to `on_error`; `flush_target` is the `accepted` count a flush waits for.
    """

    __slots__ = (
        "accepted",
        "capacity",
        "closing",
        "done",
        "flush_target",
        "interval",
        "max_items",
        "min_gap",
        "next_send",
        "queue",
        "queued_cost",
        "taken",
    )

    def __init__(self, max_items: int, max_bytes: int, interval: float, min_gap: float) -> None:
        self.max_items = max_items
        self.capacity = max_bytes - BATCH_OVERHEAD + 1  # the summed cost one batch can carry
        self.interval = interval
        self.min_gap = min_gap
        self.queue: deque[Entry] = deque()
        self.queued_cost = 0
        self.accepted = 0
        self.taken = 0
        self.done = 0
        self.flush_target = 0
        self.closing = False
        self.next_send = -math.inf

    def add(self, item: Any, encoded: bytes, now: float) -> bool:
        """Queue an accepted item and its encoded JSON. True when the worker must be woken: the queue
        was empty (a new time window starts) or the item makes a full batch by count or by bytes."""
        queue = self.queue
        was_empty = not queue
        before = self.queued_cost
        cost = len(encoded) + 1
        queue.append((item, cost, now, encoded))
        self.queued_cost = before + cost
        self.accepted += 1
        return was_empty or len(queue) == self.max_items or before < self.capacity <= self.queued_cost

    def next_action(self, now: float) -> list[Entry] | float | _Stop | None:
        """A batch to send now, else how long to wait (None: until woken), else STOP."""
        queue = self.queue
        if not queue:
            return STOP if self.closing else None
        due = (
            self.closing
            or self.taken < self.flush_target
            or len(queue) >= self.max_items
            or self.queued_cost >= self.capacity
        )
        if not due:
            remaining = queue[0][2] + self.interval - now
            if remaining > 0:
                return remaining
        if self.next_send > now:  # the client-side rate limit
            return self.next_send - now
        if self.min_gap:
            self.next_send = now + self.min_gap
        return self._take()

    def _take(self) -> list[Entry]:
        queue = self.queue
        batch: list[Entry] = []
        cost = 0
        while queue and len(batch) < self.max_items:
            entry_cost = queue[0][1]
            if batch and cost + entry_cost > self.capacity:
                break
            batch.append(queue.popleft())
            cost += entry_cost
        self.queued_cost -= cost
        self.taken += len(batch)
        return batch

    def put_back(self, batch: list[Entry]) -> None:
        """Return a batch that was taken but not delivered to the head of the queue."""
        self.queue.extendleft(reversed(batch))
        self.queued_cost += sum(entry[1] for entry in batch)
        self.taken -= len(batch)

    def drop_all(self) -> list[Any]:
        """Empty the queue, counting its items as done; returns them."""
        items = [entry[0] for entry in self.queue]
        self.queue.clear()
        self.queued_cost = 0
        self.taken += len(items)
        self.done += len(items)
        return items


def encoded_batch(entries: list[Entry]) -> EncodedJSON:
    """`{"batch":[...]}` from the entries' encoded items: the bytes `dumps({"batch": items})` makes."""
    return EncodedJSON(b'{"batch":[' + b",".join([entry[3] for entry in entries]) + b"]}")


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
        clock: Callable[[], float],
    ) -> None:
        self._client = client
        self._max_items = _positive_int("max_batch_items", max_batch_items)
        self._max_bytes = _positive_int("max_batch_bytes", max_batch_bytes, MAX_BATCH_BYTES)
        if self._max_bytes <= BATCH_OVERHEAD:
            raise InvalidArgumentError(f"max_batch_bytes must be more than {BATCH_OVERHEAD}")
        self._interval = _positive_number("flush_interval", flush_interval)
        self._max_queue = _positive_int("max_queue_size", max_queue_size)
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

    def _new_state(self) -> BatchState:
        return BatchState(self._max_items, self._max_bytes, self._interval, self._min_gap)

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
        """The batch request for these queued entries, from their encoded JSON; None when it must
        be made by calling the client's `batch(items)` (the default)."""
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

    def _enqueue(self, item: Any, encoded: bytes) -> None:
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
            f"{type(self).__name__}(client={self._client!r}, queued={len(self._state.queue)},"
            f" max_batch_items={self._max_items}, max_batch_bytes={self._max_bytes},"
            f" flush_interval={self._interval})"
        )


def _condition_wait(condition: threading.Condition, timeout: float | None) -> object:
    return condition.wait(timeout)


class SyncBatcherCore(BatcherCore):
    """Sends from a daemon thread, started on first use (again in a forked child)."""

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
            clock=clock or time.monotonic,
        )

    def _init_primitives(self) -> None:
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)  # the worker waits here
        self._space = threading.Condition(self._lock)  # producers blocked on a full queue
        self._settled = threading.Condition(self._lock)  # flush() callers
        self._blocked = 0
        self._worker: threading.Thread | None = None

    def _enqueue(self, item: Any, encoded: bytes) -> None:
        self._check_pid()
        with self._lock:
            state = self._state
            if state.closing:
                raise self._closed()
            if len(state.queue) >= self._max_queue:
                if not self._block or threading.current_thread() is self._worker:
                    raise self._queue_full()  # (the worker, in on_error, would wait for itself)
                self._blocked += 1
                try:
                    while len(state.queue) >= self._max_queue and not state.closing:
                        self._space.wait()
                finally:
                    self._blocked -= 1
                if state.closing:
                    raise self._closed()
            if self._worker is None:
                self._start_worker()  # before the item is accepted: a failure refuses it
            if state.add(item, encoded, self._clock()):
                self._wake.notify()

    def _start_worker(self) -> None:
        worker = threading.Thread(target=self._run, name="customerio-batcher", daemon=True)
        worker.start()
        self._worker = worker

    def _run(self) -> None:
        """The worker's loop; also run by `close()` in the caller's thread when there is no worker."""
        # bound once: a worker keeps to the primitives and the queue it started with
        lock, wake, space, settled, state = self._lock, self._wake, self._space, self._settled, self._state
        while True:
            with lock:
                while True:
                    action = state.next_action(self._clock())
                    if isinstance(action, list):
                        break
                    if isinstance(action, _Stop):
                        return
                    self._wait(wake, action)
                if self._blocked:
                    space.notify_all()
            items = [entry[0] for entry in action]
            try:
                prepared = self._batch_request(action)
                if prepared is None:
                    result, error = self._client.batch(items), None
                else:
                    result, error = self._client._execute(prepared, _rt.NOT_GIVEN, None), None
            except Exception as exc:
                result, error = None, exc
            self._outcome(result, error, items)
            with lock:
                state.done += len(action)
                settled.notify_all()

    def flush(self, timeout: float | None = None) -> bool:
        """Send everything accepted so far; return once each item was sent or handed to `on_error`.

        Returns False only when `timeout` (seconds) ran out first, or when called from `on_error`
        (the worker cannot wait for itself).
        """
        self._check_pid()
        with self._lock:
            state = self._state
            target = state.accepted
            if state.done >= target:
                return True
            if threading.current_thread() is self._worker:
                return False
            if target > state.flush_target:
                state.flush_target = target
                self._wake.notify()
            return self._settled.wait_for(lambda: state.done >= target, timeout)

    def close(self, timeout: float | None = None) -> None:
        """Flush, then stop the worker. Later calls raise `BatcherClosedError`.

        `timeout` bounds the wait (seconds); the worker goes on draining in the background if it
        runs out.
        """
        self._check_pid()
        with self._lock:
            self._state.closing = True
            self._wake.notify()
            self._space.notify_all()
            worker = self._worker
        if worker is None or not worker.is_alive():
            self._run()  # nothing runs the queue (none was started, or the interpreter is exiting)
        elif worker is not threading.current_thread():
            worker.join(timeout)

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
    """Sends from an asyncio task, started by the first call made inside a running event loop.

    The calls themselves are plain functions (they never wait); `flush()` and `aclose()` are
    coroutines. When the loop shuts down with items still queued (`asyncio.run` cancels leftover
    tasks), the task sends them before it ends.
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
            clock=clock or time.monotonic,
        )

    def _init_primitives(self) -> None:
        self._lock = threading.Lock()  # calls may come from other threads than the loop's
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._event: asyncio.Event | None = None
        self._inflight: list[Entry] | None = None  # the batch being sent, until its outcome is known
        self._waiters: list[tuple[int, asyncio.Future[None]]] = []

    def _enqueue(self, item: Any, encoded: bytes) -> None:
        self._check_pid()
        with self._lock:
            state = self._state
            if state.closing:
                raise self._closed()
            if len(state.queue) >= self._max_queue:
                raise self._queue_full()
            self._ensure_worker()
            wake = state.add(item, encoded, self._clock())
        if wake:
            self._wake_worker()

    def _ensure_worker(self) -> None:
        """Start the worker task in the running loop unless one is alive (lock held)."""
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
        if self._inflight is not None:
            # the previous loop ended while a batch was on its way: its outcome is unknown, so send it again
            self._state.put_back(self._inflight)
            self._inflight = None
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
        while True:
            if os.getpid() != pid:
                return  # this task was copied into a forked child: the parent sends its items
            with self._lock:
                state = self._state
                action = state.next_action(self._clock())
                if not isinstance(action, list):
                    event.clear()
            if isinstance(action, _Stop):
                return
            if not isinstance(action, list):
                await self._wait(event, action)
                continue
            items = [entry[0] for entry in action]
            self._inflight = action
            try:
                prepared = self._batch_request(action)
                if prepared is None:
                    result, error = await self._client.batch(items), None
                else:
                    result, error = await self._client._execute(prepared, _rt.NOT_GIVEN, None), None
            except asyncio.CancelledError:
                with self._lock:
                    state.put_back(action)  # cancelled mid-request: it goes again while draining
                    self._inflight = None
                raise
            except Exception as exc:
                result, error = None, exc
            self._inflight = None
            self._outcome(result, error, items)
            with self._lock:
                state.done += len(action)
                done = state.done
            self._settle(done)

    def _settle(self, done: int) -> None:
        waiting = []
        for target, future in self._waiters:
            if target > done:
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
            if state.done >= target:
                return
            self._ensure_worker()
            state.flush_target = max(state.flush_target, target)
            future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.append((target, future))
        self._wake_worker()
        await future

    async def aclose(self) -> None:
        """Flush, then stop the worker task. Later calls raise `BatcherClosedError`."""
        self._check_pid()
        with self._lock:
            self._state.closing = True
            if self._state.queue or self._inflight is not None:
                self._ensure_worker()
            task = self._task
        if task is not None and not task.done():
            self._wake_worker()
            await task

    def _at_exit(self) -> None:
        loop = self._loop
        with self._lock:
            self._state.closing = True
            if not self._state.queue and self._inflight is None:
                return
        if loop is not None and loop.is_running():
            # the loop lives on in another thread: let the worker drain there
            asyncio.run_coroutine_threadsafe(self.aclose(), loop).result()
            return
        with self._lock:
            if self._inflight is not None:
                self._state.put_back(self._inflight)
                self._inflight = None
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
