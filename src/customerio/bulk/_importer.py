"""`import_file`: rows of a CSV or NDJSON file into Track or Pipelines, through a batcher."""

from __future__ import annotations

import json
import threading
from collections import defaultdict, deque
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Literal, TypeAlias

import attrs

from _customerio_gen.params.track import TrackEventParam, TrackPersonIdentifiersParam

from .._batching import PipelinesBatcher, TrackBatcher
from .._errors import CustomerIOError, InvalidArgumentError
from .._pipelines import PipelinesClient
from .._regions import RegionArg
from .._track import TrackClient
from ._checkpoint import Checkpoint
from ._progress import Progress, make_progress
from ._rows import Call, Columns, Format, Row, RowError, detect_format, read_rows, to_call

API: TypeAlias = Literal["track", "pipelines"]
Pending: TypeAlias = tuple[int, Row]


@attrs.frozen
class ImportResult:
    """What an import did. The counts include earlier runs resumed from the same checkpoint."""

    rows_done: int  # rows handled: accepted or rejected
    accepted: int
    rejected: int
    skipped: int  # rows this run did not read again, done before per the checkpoint

    @property
    def ok(self) -> bool:
        """Every row was accepted (the command line's exit status 0)."""
        return self.rejected == 0


class _Rejects:
    """The rejects file, NDJSON: one `{"row", "reason", "data"}` object per row that was not accepted."""

    def __init__(self, path: Path | None, resume_after: int) -> None:
        self._path = path
        self._handle: IO[str] | None = None
        if path is not None and path.exists():
            self._drop_after(path, resume_after)

    @staticmethod
    def _drop_after(path: Path, rows_done: int) -> None:
        """On a resume, forget entries for rows past the checkpoint: those rows are read again."""
        kept = []
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                number = json.loads(line)["row"]
            except (ValueError, KeyError, TypeError):
                number = 0  # not ours: keep it
            if not isinstance(number, int) or number <= rows_done:
                kept.append(line + "\n")
        path.write_text("".join(kept), encoding="utf-8")

    def write(self, number: int, reason: str, data: Any) -> None:
        if self._path is None:
            return
        if self._handle is None:
            self._handle = self._path.open("a", encoding="utf-8")
        line = json.dumps({"row": number, "reason": reason, "data": data}, ensure_ascii=False, default=str)
        self._handle.write(line + "\n")

    def sync(self) -> None:
        if self._handle is not None:
            self._handle.flush()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


def _track_key(action: str, person: str | TrackPersonIdentifiersParam) -> tuple[str, str]:
    if isinstance(person, str):
        return action, person
    ((kind, value),) = person.items()
    return action, f"{kind}:{value}"


def _track_item_key(item: Any) -> tuple[str, str]:
    """The `_track_key` of a v2 operation the batcher reports as failed."""
    ids = item.get("identifiers") or {}
    action = "identify" if item.get("action") == "identify" else "event"
    if "id" in ids:
        return action, str(ids["id"])
    if "cio_id" in ids:
        return action, f"cio_{ids['cio_id']}"
    ((kind, value),) = ids.items()
    return action, f"{kind}:{value}"


class _Sender:
    """Sends calls through one batcher and follows what it settled: which rows are done, which failed.

    Every row sent is one batcher item; the batcher settles items as a prefix of the order they were
    accepted in (`settled_count`), reporting failures to `on_error` first. So the rows before the
    first unsettled item are done, and a checkpoint can move on as each batch comes back, without
    stopping to flush."""

    def __init__(self, api: API, client: TrackClient | PipelinesClient, max_in_flight: int | None) -> None:
        self._lock = threading.Lock()
        self._failures: list[tuple[Exception, list[Any]]] = []
        options: dict[str, Any] = {"on_error": self._on_error, "block": True}
        if max_in_flight is not None:
            options["max_in_flight"] = max_in_flight
        self.batcher: TrackBatcher | PipelinesBatcher
        if api == "track":
            assert isinstance(client, TrackClient)
            self.batcher = TrackBatcher(client, **options)
        else:
            assert isinstance(client, PipelinesClient)
            self.batcher = PipelinesBatcher(client, **options)
        self._unsettled: deque[tuple[int, int, Any]] = deque()  # (item number, row number, match key)
        self._by_message_id: dict[str, Pending] = {}
        self._by_person: defaultdict[tuple[str, str], deque[Pending]] = defaultdict(deque)
        self._sent = 0

    def _on_error(self, error: Exception, items: list[Any]) -> None:
        with self._lock:
            self._failures.append((error, items))

    def send(self, number: int, row: Row, call: Call) -> None:
        batcher = self.batcher
        key: Any
        if isinstance(batcher, TrackBatcher):
            if call.kind == "track":
                assert call.event is not None
                event: TrackEventParam = {"name": call.event, "data": call.values}
                if call.timestamp is not None:
                    event["timestamp"] = call.timestamp
                batcher.track(call.person, event)
                key = _track_key("event", call.person)
            else:
                batcher.identify(call.person, call.values, timestamp=call.timestamp)
                key = _track_key("identify", call.person)
            self._by_person[key].append((number, row))
        else:
            if not isinstance(call.person, str):
                raise RowError("Pipelines calls need a user id")
            timestamp = None if call.timestamp is None else _iso(call.timestamp)
            if call.kind == "track":
                assert call.event is not None
                key = batcher.track(user_id=call.person, event=call.event, properties=call.values, timestamp=timestamp)
            else:
                key = batcher.identify(user_id=call.person, traits=call.values, timestamp=timestamp)
            self._by_message_id[key] = (number, row)
        self._unsettled.append((self._sent, number, key))
        self._sent += 1

    def first_unsettled_row(self) -> int | None:
        """The row number of the oldest row still travelling (None: every row sent is settled)."""
        return self._unsettled[0][1] if self._unsettled else None

    def collect(self) -> tuple[int, list[tuple[int, str, Row]]]:
        """Rows settled since the last call: (how many, the failed ones with their reason)."""
        settled = self.batcher.settled_count()  # before the failures: every failure below it is reported
        with self._lock:
            failures, self._failures = self._failures, []
        failed: list[tuple[int, str, Row]] = []
        for error, items in failures:
            reason = f"{type(error).__name__}: {error}"
            for item in items:
                found = self._match(item)
                if found is not None:
                    failed.append((found[0], reason, found[1]))
        count = 0
        while self._unsettled and self._unsettled[0][0] < settled:
            _, number, key = self._unsettled.popleft()
            count += 1
            if isinstance(key, str):
                self._by_message_id.pop(key, None)
            else:
                queue = self._by_person.get(key)
                if queue and queue[0][0] == number:
                    queue.popleft()
                if not queue:
                    self._by_person.pop(key, None)
        return count, sorted(failed, key=lambda failure: failure[0])

    def _match(self, item: Any) -> Pending | None:
        if not isinstance(item, dict):
            return None
        if "messageId" in item:
            return self._by_message_id.pop(str(item["messageId"]), None)
        queue = self._by_person.get(_track_item_key(item))
        return queue.popleft() if queue else None

    def flush(self, timeout: float | None = None) -> None:
        self.batcher.flush(timeout)

    def close(self) -> None:
        self.batcher.close()


def _iso(seconds: int) -> str:
    import datetime as _dt

    return _dt.datetime.fromtimestamp(seconds, _dt.UTC).isoformat().replace("+00:00", "Z")


def _make_client(api: API, url: str | None, region: RegionArg | None) -> TrackClient | PipelinesClient:
    if api == "track":
        return TrackClient(url=url, region=region)  # CUSTOMERIO_SITE_ID / CUSTOMERIO_API_KEY
    return PipelinesClient(url=url, region=region)  # CUSTOMERIO_WRITE_KEY


def import_file(
    path: str | Path,
    *,
    api: API,
    format: Format | None = None,
    id_column: str = "id",
    email_column: str | None = None,
    event_column: str | None = None,
    timestamp_column: str | None = None,
    url: str | None = None,
    region: RegionArg | None = None,
    checkpoint: str | Path | None = None,
    rejects: str | Path | None = None,
    checkpoint_every: int = 100,
    max_in_flight: int | None = None,
    progress: bool | None = None,
    client: TrackClient | PipelinesClient | None = None,
    on_progress: Callable[[int], object] | None = None,
) -> ImportResult:
    """Import a CSV or NDJSON file, one row per person (identify) or per event (track).

    `api="track"` sends through a `TrackBatcher` (credentials `CUSTOMERIO_SITE_ID` /
    `CUSTOMERIO_API_KEY`), `api="pipelines"` through a `PipelinesBatcher` (`CUSTOMERIO_WRITE_KEY`),
    unless `client` is given. A row names its person in `id_column` (Track also takes
    `email_column` alone); a row with a value in `event_column` is an event named by it, the others
    are identifies; `timestamp_column` holds Unix seconds or ISO 8601. Every other column is an
    attribute (identify) or an event property; empty CSV cells are left out.

    Rows that cannot be sent (no id, a bad timestamp, a value the batcher refuses) and rows
    Customer.io refuses are written to `rejects` (NDJSON: `row`, `reason`, `data`). With
    `checkpoint`, progress is saved after every `checkpoint_every` rows once they are confirmed
    (accepted or rejected): run again with the same file and checkpoint to resume. After a kill,
    the rows since the last checkpoint — at most `checkpoint_every`, plus the batches in flight —
    are sent again (Customer.io treats a repeated identify as the same update). `progress`: a bar
    on a terminal (with the `progress` extra), plain lines otherwise, `False` for none.
    """
    source = Path(path)
    fmt = detect_format(source, format)
    if checkpoint_every < 1:
        raise InvalidArgumentError("checkpoint_every must be at least 1")
    if api not in ("track", "pipelines"):
        raise InvalidArgumentError(f"api must be 'track' or 'pipelines', not {api!r}")
    columns = Columns(id=id_column, email=email_column, event=event_column, timestamp=timestamp_column)
    checkpoint_path = None if checkpoint is None else Path(checkpoint)
    state = Checkpoint(str(source.resolve()), api)
    if checkpoint_path is not None:
        state = Checkpoint.load(checkpoint_path, source, api)
    skipped = state.rows_done
    total = 0 if progress is False else _total(source, fmt)
    bar: Progress = make_progress(total, progress)
    owned = client is None
    active = _make_client(api, url, region) if client is None else client
    sender = _Sender(api, active, max_in_flight)
    rejects_file = _Rejects(None if rejects is None else Path(rejects), state.rows_done)
    accepted, rejected = state.accepted, state.rejected
    last_read = state.rows_done  # the last row read (and sent or rejected)

    def advance() -> None:
        """Count what settled, write its rejects, move the checkpoint to the last row before anything unsettled."""
        nonlocal accepted, rejected, state
        settled, failed = sender.collect()
        for number, reason, row in failed:
            rejects_file.write(number, reason, row)
        accepted += settled - len(failed)
        rejected += len(failed)
        oldest = sender.first_unsettled_row()
        done = last_read if oldest is None else oldest - 1
        if done == state.rows_done and not failed and not settled:
            return
        rejects_file.sync()  # the rejects reach the file before the checkpoint says their rows are done
        state = attrs.evolve(state, rows_done=max(done, state.rows_done), accepted=accepted, rejected=rejected)
        if checkpoint_path is not None:
            state.save(checkpoint_path)
        bar.advance(state.rows_done)
        if on_progress is not None:
            on_progress(state.rows_done)

    try:
        for number, row in read_rows(source, fmt):
            if number <= skipped:
                continue
            try:
                if isinstance(row, RowError):
                    raise row
                sender.send(number, row, to_call(row, columns, allow_email_only=api == "track"))
            except CustomerIOError as error:
                rejects_file.write(number, str(error), None if isinstance(row, RowError) else row)
                rejected += 1
            last_read = number
            if number % checkpoint_every == 0:
                advance()
        while sender.first_unsettled_row() is not None:  # the queue drains: keep the checkpoint moving
            sender.flush(timeout=0.25)
            advance()
    finally:
        try:
            sender.close()  # sends what is queued, also when the loop stopped early (Ctrl-C, an error)
            advance()  # and records it, so a resume does not send it again
        finally:
            rejects_file.close()
            bar.close()
            if owned:
                active.close()
    return ImportResult(rows_done=state.rows_done, accepted=accepted, rejected=rejected, skipped=skipped)


def _total(source: Path, fmt: Format) -> int:
    from ._rows import count_rows

    return count_rows(source, fmt)
