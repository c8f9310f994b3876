"""`VirtualClock`: simulated time, so that tests of pacing and latency never really wait."""

from __future__ import annotations

import heapq
import threading
from collections.abc import Callable
from typing import TypeVar

import anyio

__all__ = ["VirtualClock"]

T = TypeVar("T")


class VirtualClock:
    """Simulated monotonic seconds: `now()`, `sleep(seconds)`, `await async_sleep(seconds)`.

    Hand `now` and `sleep` to what takes a clock (`FakeCustomerIO(clock=..., sleep=...)`, a
    `RateLimiter`): a sleep moves the simulated time forward instead of waiting.

    From one thread, a sleep just advances the time; the tasks of one event loop wait in
    simulated-time order with `async_sleep`. Threads
    started with `run_in_threads` share the time as a discrete-event simulation: a sleeping
    thread waits until every other one is asleep too (or done), then the time jumps to the
    earliest wake-up and that thread runs on. So things happen in simulated-time order, whatever
    the operating system's scheduling, and the result is the same on every run. Such a thread
    must not block on anything but this clock while another holds what it waits for, and while
    they run, only they may sleep on the clock.
    """

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)
        self._cond = threading.Condition()
        self._participants = 0  # threads of `run_in_threads` still running
        self._running = 0  # of those, the ones not asleep on the clock
        self._sleepers: list[tuple[float, int]] = []
        self._task_sleepers: list[tuple[float, int]] = []
        self._woken: set[int] = set()
        self._tickets = 0

    def __repr__(self) -> str:
        return f"VirtualClock(now={self._now:g})"

    def now(self) -> float:
        """The simulated time, in seconds."""
        return self._now

    def sleep(self, seconds: float) -> None:
        """Let `seconds` of simulated time pass for the caller."""
        if seconds <= 0:
            return
        with self._cond:
            target = self._now + seconds
            if self._participants == 0:
                self._now = target
                return
            self._tickets += 1
            ticket = self._tickets
            heapq.heappush(self._sleepers, (target, ticket))
            self._running -= 1
            self._advance()
            while ticket not in self._woken:
                self._cond.wait()
            self._woken.discard(ticket)

    async def async_sleep(self, seconds: float) -> None:
        """`sleep` for the tasks of one event loop, which share one simulated time: a sleeping task
        yields to the loop until it is the earliest sleeper and every task ready to run has had
        its turn, then moves the time to its wake-up."""
        if seconds <= 0:
            await anyio.sleep(0)
            return
        target = self._now + seconds
        self._tickets += 1
        entry = (target, self._tickets)
        heapq.heappush(self._task_sleepers, entry)
        try:
            while self._now < target:
                await anyio.sleep(0)
                if self._task_sleepers[0] == entry:
                    self._now = max(self._now, target)
        finally:
            self._task_sleepers.remove(entry)
            heapq.heapify(self._task_sleepers)

    def _advance(self) -> None:
        if self._running > 0 or not self._sleepers:
            return
        self._now = max(self._now, self._sleepers[0][0])
        while self._sleepers and self._sleepers[0][0] <= self._now:
            _, ticket = heapq.heappop(self._sleepers)
            self._woken.add(ticket)
            self._running += 1
        self._cond.notify_all()

    def run_in_threads(self, count: int, target: Callable[[int], T], *, timeout: float = 60.0) -> list[T]:
        """Run `target(0)` … `target(count - 1)` in `count` threads sharing this simulated time
        (see the class); their results in order. The first exception a thread raised is raised
        here; `timeout` (real seconds) bounds the wait for them all."""
        results: list[T | None] = [None] * count
        errors: list[BaseException] = []

        def run(index: int) -> None:
            try:
                results[index] = target(index)
            except BaseException as error:  # reported to the caller below
                errors.append(error)
            finally:
                with self._cond:
                    self._participants -= 1
                    self._running -= 1
                    self._advance()

        with self._cond:
            self._participants += count
            self._running += count
        threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout)
            if thread.is_alive():
                raise TimeoutError(f"a thread of run_in_threads did not end within {timeout:g} s")
        if errors:
            raise errors[0]
        return results  # type: ignore[return-value]
