"""Progress on a terminal (rich, the `progress` extra) or as plain periodic lines elsewhere."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any, Protocol, TextIO


class Progress(Protocol):
    def advance(self, done: int) -> None: ...
    def close(self) -> None: ...


class Silent:
    def advance(self, done: int) -> None:
        pass

    def close(self) -> None:
        pass


class PlainLines:
    """One line every `every` seconds: rows done, percentage, rate and ETA (for logs and CI)."""

    def __init__(
        self, total: int, stream: TextIO, every: float = 5.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._total, self._stream, self._every, self._clock = total, stream, every, clock
        self._start = self._last = clock()
        self._done = 0
        self._printed = -1

    def advance(self, done: int) -> None:
        self._done = done
        now = self._clock()
        if now - self._last >= self._every:
            self._last = now
            self._print(now)

    def line(self, now: float) -> str:
        elapsed = max(now - self._start, 1e-9)
        rate = self._done / elapsed
        share = f" ({100 * self._done / self._total:.0f}%)" if self._total else ""
        eta = f", ETA {max(self._total - self._done, 0) / rate:.0f} s" if rate and self._total else ""
        return f"import: {self._done:,}/{self._total:,} rows{share}, {rate:,.0f} rows/s{eta}"

    def _print(self, now: float) -> None:
        self._printed = self._done
        self._stream.write(self.line(now) + "\n")
        self._stream.flush()

    def close(self) -> None:
        if self._printed != self._done:  # the final figures, unless the last line already showed them
            self._print(self._clock())


class RichBar:
    """rich's progress bar with rate and ETA, on stderr."""

    def __init__(self, total: int, rich_progress: Any) -> None:
        columns = rich_progress
        self._bar = columns.Progress(
            columns.TextColumn("import"),
            columns.BarColumn(),
            columns.MofNCompleteColumn(),
            columns.TaskProgressColumn(),
            columns.TextColumn("[progress.data.speed]{task.fields[rate]}"),
            columns.TimeRemainingColumn(),
            transient=False,
        )
        self._start = time.monotonic()
        self._task = self._bar.add_task("import", total=total or None, rate="")
        self._bar.start()

    def advance(self, done: int) -> None:
        rate = done / max(time.monotonic() - self._start, 1e-9)
        self._bar.update(self._task, completed=done, rate=f"{rate:,.0f} rows/s")

    def close(self) -> None:
        self._bar.stop()


def make_progress(total: int, enabled: bool | None, stream: TextIO | None = None) -> Progress:
    """`enabled=None`: a bar on a terminal, plain lines otherwise; `False`: nothing."""
    stream = sys.stderr if stream is None else stream
    if enabled is False:
        return Silent()
    if stream.isatty():
        try:
            import rich.progress
        except ImportError:
            pass  # plain lines: `pip install 'customerio-sdk[progress]'` for the bar
        else:
            return RichBar(total, rich.progress)
    return PlainLines(total, stream)
