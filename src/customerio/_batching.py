"""Background batching: `PipelinesBatcher` / `TrackBatcher` and their async twins.

A batcher's calls check their arguments as the client's own calls do, queue the item and return
at once; a worker (a daemon thread, or a task of the running event loop for the async ones)
sends a batch with the client's `batch(...)` when `max_batch_items` items are queued, when
they reach `max_batch_bytes` as encoded JSON (500 000, the API's limit, counting the
`{"batch":[...]}` around them), or when the oldest has waited `flush_interval` seconds.
Failed batches are retried by the client's transport (its `RetryOptions`); what still fails goes
to `on_error(exception, items)` with exactly the items that were not delivered (default: a log
line on the `customerio` logger, without the items). Nothing accepted is dropped silently.

    from customerio import PipelinesBatcher, PipelinesClient

    client = PipelinesClient("write key")
    with PipelinesBatcher(client, on_error=lambda exc, items: requeue(items)) as batcher:
        batcher.track(user_id="u1", event="Signed Up", properties={"plan": "pro"})

Each Pipelines item is enveloped when it is queued: its `messageId` (returned by the call) and
`timestamp` are fixed then, so a retried or re-sent batch carries the same ones. The items given
to `on_error` are those enveloped wire items; `client.batch(items)` sends them again unchanged.
Track v2 `event` / `page` / `screen` operations get their `timestamp` and a ULID `id` (which
Customer.io uses to de-duplicate events) the same way.

The queue holds `max_queue_size` items: a call on a full queue raises `QueueFullError`, or waits
for room with `block=True` (sync batchers). An item whose encoded JSON exceeds 32 000 bytes (the
API's limit per call) or cannot fit in one batch is refused with `InvalidArgumentError`.
`flush()` returns once everything accepted so far is sent or handed to `on_error`; `close()`
(also at interpreter exit, and on leaving a `with` block) flushes and stops the worker, after
which calls raise `BatcherClosedError`. A process forked from one with a running batcher gets an
empty queue and starts its own worker on first use; it never sends its parent's items.
`max_requests_per_second` (off by default) spaces the batch requests to stay within
Customer.io's fair-use limits (as published: Track API 1000 requests/s, Pipelines API
3000 requests per 3 s).
"""

from __future__ import annotations

import datetime as _dt
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal

from _customerio_gen import _runtime as _rt
from _customerio_gen.pipelines.client import AsyncPipelinesOperations, PipelinesOperations
from _customerio_gen.track.api.customers import merge_customers as _merge_customers
from _customerio_gen.track.client import AsyncTrackOperations, TrackOperations

from ._batch_core import (
    MAX_BATCH_BYTES,
    AsyncBatcherCore,
    AsyncWait,
    BatcherClosedError,
    BatcherCore,
    Entry,
    Failures,
    OnError,
    PartialBatchError,
    SyncBatcherCore,
    SyncWait,
    encoded_batch,
)
from ._errors import InvalidArgumentTypeError, MissingParamError
from ._overrides import PipelinesCall, pipelines_batch_item
from ._overrides import _new_message_id as _default_message_id

# imported at run time (not for type checkers only) so that get_type_hints() resolves the batchers
from ._pipelines import AsyncPipelinesClient, PipelinesClient
from ._serialize import unix_seconds
from ._track import AsyncTrackClient, TrackClient

__all__ = [
    "AsyncPipelinesBatcher",
    "AsyncTrackBatcher",
    "BatcherClosedError",
    "PartialBatchError",
    "PipelinesBatcher",
    "TrackBatcher",
]

IdType = Literal["id", "email", "cio_id"]
Identifiers = str | int | Mapping[str, Any]
Timestamp = int | _dt.datetime | None


def _check_client(client: object, expected: type, name: str, client_name: str, other: str) -> None:
    if not isinstance(client, expected):
        raise InvalidArgumentTypeError(
            f"{name} needs a {client_name}, not {type(client).__name__} (an async client goes with {other})"
        )


# --- Pipelines -----------------------------------------------------------------------------------


_ID_POOL_BYTES = 4096  # 256 ids
_id_lock = threading.Lock()
_id_pool = b""
_id_at = 0
_id_pid = 0


def new_uuid4() -> str:
    """A random UUID 4, as `str(uuid.uuid4())` writes it, cut from a pool of `os.urandom` bytes.

    `uuid.uuid4()` makes one `os.urandom(16)` call per id, and each call lets go of the GIL: with
    the batcher's sender thread busy, the caller then waits for the GIL again on every event (a
    quarter of its time in the batcher benchmark). One call per 256 ids draws the same random
    bytes. A process forked from this one (checked by pid) draws a new pool, so it never repeats
    its parent's ids.
    """
    global _id_pool, _id_at, _id_pid
    with _id_lock:
        pool, at = _id_pool, _id_at
        if at >= len(pool) or _id_pid != os.getpid():
            pool, at, _id_pid = os.urandom(_ID_POOL_BYTES), 0, os.getpid()
            _id_pool = pool
        _id_at = at + 16
    h = pool[at : at + 16].hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


class _PipelinesCalls(BatcherCore):
    """The Pipelines calls, queued. Each returns the call's `messageId`."""

    def identify(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        traits: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        integrations: Mapping[str, Any] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
    ) -> str:
        """Queue an identify call (`user_id` or `anonymous_id`, `traits`)."""
        return self._call(
            "identify",
            user_id=user_id,
            anonymous_id=anonymous_id,
            traits=traits,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
        )

    def track(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        event: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        integrations: Mapping[str, Any] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
    ) -> str:
        """Queue a track call (`event` with its `properties`)."""
        return self._call(
            "track",
            user_id=user_id,
            anonymous_id=anonymous_id,
            event=event,
            properties=properties,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
        )

    def page(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        name: str | None = None,
        category: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        integrations: Mapping[str, Any] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
    ) -> str:
        """Queue a page view."""
        return self._call(
            "page",
            user_id=user_id,
            anonymous_id=anonymous_id,
            name=name,
            category=category,
            properties=properties,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
        )

    def screen(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        name: str | None = None,
        category: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        integrations: Mapping[str, Any] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
    ) -> str:
        """Queue a mobile screen view."""
        return self._call(
            "screen",
            user_id=user_id,
            anonymous_id=anonymous_id,
            name=name,
            category=category,
            properties=properties,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
        )

    def group(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        group_id: str | None = None,
        traits: Mapping[str, Any] | None = None,
        context: Mapping[str, Any] | None = None,
        integrations: Mapping[str, Any] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
    ) -> str:
        """Queue a group call (the person joins `group_id`; `traits` describe the group)."""
        return self._call(
            "group",
            user_id=user_id,
            anonymous_id=anonymous_id,
            group_id=group_id,
            traits=traits,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
        )

    def alias(
        self,
        *,
        user_id: str | None = None,
        previous_id: str | None = None,
        context: Mapping[str, Any] | None = None,
        integrations: Mapping[str, Any] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
    ) -> str:
        """Queue an alias call (`previous_id` merged into `user_id`)."""
        return self._call(
            "alias",
            user_id=user_id,
            previous_id=previous_id,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
        )

    def _call(self, call: PipelinesCall, /, **fields: Any) -> str:
        # the client's own checks and envelope; messageId and timestamp are fixed here, once
        if fields.get("message_id") is None and self._client._bodies._uuid_factory is _default_message_id:
            fields["message_id"] = new_uuid4()
        item = pipelines_batch_item(self._client._bodies, call, **fields)
        self._enqueue(item, self._encode(item))
        return str(item["messageId"])

    def _batch_request(self, entries: list[Entry]) -> _rt.Prepared[Any] | None:
        if self._custom_batch(PipelinesOperations.batch, AsyncPipelinesOperations.batch):
            return None
        # imported when first used, as `client.batch` does (the models are large)
        from _customerio_gen.pipelines.api.pipelines import batch as _pipelines_batch

        return _rt.Prepared(
            method="POST",
            base="pipelines",
            path="/batch",
            query=(),
            body=encoded_batch(entries),
            parse=_pipelines_batch.parse,
            operation="batch",
        )


class PipelinesBatcher(_PipelinesCalls, SyncBatcherCore):
    """Queues Pipelines calls and sends them in batches from a background thread.

    `identify`, `track`, `page`, `screen`, `group` and `alias` take the `PipelinesClient` call's
    keyword arguments, raise its argument errors at once, and return the call's `messageId`.
    `clock` (monotonic seconds) and `wait(condition, timeout)` (how the worker waits on its
    condition) are hooks for tests.
    """

    def __init__(
        self,
        client: PipelinesClient,
        *,
        max_batch_items: int = 100,
        max_batch_bytes: int = MAX_BATCH_BYTES,
        flush_interval: float = 1.0,
        max_queue_size: int = 10_000,
        on_error: OnError | None = None,
        max_requests_per_second: float | None = None,
        block: bool = False,
        clock: Callable[[], float] | None = None,
        wait: SyncWait | None = None,
    ) -> None:
        _check_client(client, PipelinesOperations, "PipelinesBatcher", "PipelinesClient", "AsyncPipelinesBatcher")
        SyncBatcherCore.__init__(
            self,
            client,
            max_batch_items=max_batch_items,
            max_batch_bytes=max_batch_bytes,
            flush_interval=flush_interval,
            max_queue_size=max_queue_size,
            on_error=on_error,
            max_requests_per_second=max_requests_per_second,
            block=block,
            clock=clock,
            wait=wait,
        )


class AsyncPipelinesBatcher(_PipelinesCalls, AsyncBatcherCore):
    """`PipelinesBatcher` for an `AsyncPipelinesClient`: the worker is a task of the running loop.

    The calls are plain (non-async) methods that never wait; a full queue raises
    `QueueFullError`. `await flush()`, `await aclose()`, `async with`. `clock` and
    `wait(event, timeout)` are hooks for tests.
    """

    def __init__(
        self,
        client: AsyncPipelinesClient,
        *,
        max_batch_items: int = 100,
        max_batch_bytes: int = MAX_BATCH_BYTES,
        flush_interval: float = 1.0,
        max_queue_size: int = 10_000,
        on_error: OnError | None = None,
        max_requests_per_second: float | None = None,
        clock: Callable[[], float] | None = None,
        wait: AsyncWait | None = None,
    ) -> None:
        _check_client(
            client, AsyncPipelinesOperations, "AsyncPipelinesBatcher", "AsyncPipelinesClient", "PipelinesBatcher"
        )
        AsyncBatcherCore.__init__(
            self,
            client,
            max_batch_items=max_batch_items,
            max_batch_bytes=max_batch_bytes,
            flush_interval=flush_interval,
            max_queue_size=max_queue_size,
            on_error=on_error,
            max_requests_per_second=max_requests_per_second,
            clock=clock,
            wait=wait,
        )


# --- Track v2 --------------------------------------------------------------------------------------

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_ulid_lock = threading.Lock()
_ulid_last = (0, 0)


def new_ulid() -> str:
    """A ULID (milliseconds since the epoch, then 80 random bits), monotonic within a millisecond."""
    global _ulid_last
    millis = time.time_ns() // 1_000_000
    with _ulid_lock:
        last_millis, last_random = _ulid_last
        if millis <= last_millis:
            millis, randomness = last_millis, (last_random + 1) % (1 << 80)
        else:
            randomness = int.from_bytes(os.urandom(10), "big")
        _ulid_last = (millis, randomness)
    value = (millis << 80) | randomness
    return "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(125, -1, -5))


def _require(name: str, value: object) -> None:
    if _rt.is_empty(value):
        raise MissingParamError(name)


def _mapping(name: str, value: object) -> None:
    if value is not None and not isinstance(value, Mapping):
        raise InvalidArgumentTypeError(f"{name} must be a mapping")


def _identifiers(value: object) -> dict[str, Any]:
    """A person's v2 `identifiers`: a mapping (`{"email": ...}`, `{"cio_id": ...}`) or an id."""
    if isinstance(value, Mapping):
        if all(_rt.is_empty(item) for item in value.values()):
            raise MissingParamError("identifiers")
        return dict(value)
    _require("identifiers", value)
    return {"id": _rt.js_string(value)}


def _timestamp(value: Timestamp) -> int:
    if value is None:
        return int(time.time())
    if isinstance(value, _dt.datetime | _dt.date):
        return int(unix_seconds(value))
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentTypeError("timestamp must be Unix seconds (int) or a datetime")
    return value


def _person(identifiers: Identifiers, action: str, **fields: Any) -> dict[str, Any]:
    operation: dict[str, Any] = {"type": "person", "identifiers": _identifiers(identifiers), "action": action}
    operation.update((key, value) for key, value in fields.items() if value is not None)
    return operation


def _relationships(value: object) -> list[Any]:
    if not isinstance(value, list | tuple) or not value:
        raise MissingParamError("relationships")
    if not all(isinstance(item, Mapping) for item in value):
        raise InvalidArgumentTypeError("relationships must be mappings, each with `identifiers`")
    return list(value)


class _TrackCalls(BatcherCore):
    """Track v2 operations on people, queued; `add` takes any v2 operation as it is."""

    def identify(
        self,
        identifiers: Identifiers,
        attributes: Mapping[str, Any] | None = None,
        *,
        cio_relationships: Sequence[Mapping[str, Any]] | None = None,
        timestamp: Timestamp = None,
    ) -> None:
        """Create or update a person. `identifiers`: an id, or `{"email": ...}` / `{"cio_id": ...}`."""
        _mapping("attributes", attributes)
        relationships = None if cio_relationships is None else _relationships(cio_relationships)
        stamp = None if timestamp is None else _timestamp(timestamp)
        self._add(
            _person(
                identifiers,
                "identify",
                timestamp=stamp,
                attributes=None if attributes is None else dict(attributes),
                cio_relationships=relationships,
            )
        )

    def track(
        self,
        identifiers: Identifiers,
        name: str,
        data: Mapping[str, Any] | None = None,
        *,
        timestamp: Timestamp = None,
        event_id: str | None = None,
    ) -> None:
        """Record event `name` for a person, with `data` as its attributes."""
        self._queue_event("event", identifiers, name, data, timestamp, event_id)

    def page(
        self,
        identifiers: Identifiers,
        name: str,
        data: Mapping[str, Any] | None = None,
        *,
        timestamp: Timestamp = None,
        event_id: str | None = None,
    ) -> None:
        """Record a page view (`name` is the page, usually its URL)."""
        self._queue_event("page", identifiers, name, data, timestamp, event_id)

    def screen(
        self,
        identifiers: Identifiers,
        name: str,
        data: Mapping[str, Any] | None = None,
        *,
        timestamp: Timestamp = None,
        event_id: str | None = None,
    ) -> None:
        """Record a mobile screen view."""
        self._queue_event("screen", identifiers, name, data, timestamp, event_id)

    def delete(self, identifiers: Identifiers) -> None:
        """Delete a person."""
        self._add(_person(identifiers, "delete"))

    def suppress(self, identifiers: Identifiers) -> None:
        """Delete a person and refuse their identifiers from now on."""
        self._add(_person(identifiers, "suppress"))

    def unsuppress(self, identifiers: Identifiers) -> None:
        """Accept a suppressed person's identifiers again."""
        self._add(_person(identifiers, "unsuppress"))

    def add_device(
        self, identifiers: Identifiers, device_id: str, platform: str, data: Mapping[str, Any] | None = None
    ) -> None:
        """Add or update a person's device (push token). `data.last_used` is taken out; the rest of
        `data` becomes the device's `attributes` (as `TrackClient.add_device` does)."""
        ids = _identifiers(identifiers)
        _require("device_id", device_id)
        _require("platform", platform)
        _mapping("data", data)
        # the v1 body builder splits `data` the same way (it does not use the person's id)
        device = dict(self._client._bodies.add_device(ids.get("id", ""), device_id, platform, data)["device"])
        device = {"token": device.pop("id"), **device}
        self._add({"type": "person", "identifiers": ids, "action": "add_device", "device": device})

    def delete_device(self, identifiers: Identifiers, device_id: str) -> None:
        """Remove a device (push token) from a person."""
        ids = _identifiers(identifiers)
        _require("device_id", device_id)
        self._add({"type": "person", "identifiers": ids, "action": "delete_device", "device": {"token": device_id}})

    def merge_customers(
        self, primary_id_type: IdType, primary_id: str | int, secondary_id_type: IdType, secondary_id: str | int
    ) -> None:
        """Merge the secondary person into the primary one (checked as `TrackClient.merge_customers`)."""
        client = self._client
        body = client._prepare(
            _merge_customers.prepare,
            primary_id_type,
            primary_id,
            secondary_id_type,
            secondary_id,
            bodies=client._bodies,
        ).body
        self._add({"type": "person", "action": "merge", **body})

    def add_relationships(self, identifiers: Identifiers, relationships: Sequence[Mapping[str, Any]]) -> None:
        """Relate a person to objects: each relationship has the object's `identifiers`
        (`object_type_id` and `object_id`) and optional `relationship_attributes`."""
        rels = _relationships(relationships)
        self._add(_person(identifiers, "add_relationships", cio_relationships=rels))

    def delete_relationships(self, identifiers: Identifiers, relationships: Sequence[Mapping[str, Any]]) -> None:
        """Remove a person's relationships to objects."""
        rels = _relationships(relationships)
        self._add(_person(identifiers, "delete_relationships", cio_relationships=rels))

    def add(self, operation: Mapping[str, Any]) -> None:
        """Queue any v2 operation (person, object or delivery), sent as given."""
        if not isinstance(operation, Mapping) or not operation:
            raise MissingParamError("operation")
        for key in ("type", "action"):
            _require(f"operation.{key}", operation.get(key))
        self._add(dict(operation))

    def _queue_event(
        self,
        action: str,
        identifiers: Identifiers,
        name: str,
        data: Mapping[str, Any] | None,
        timestamp: Timestamp,
        event_id: str | None,
    ) -> None:
        ids = _identifiers(identifiers)
        _require("name", name)
        _mapping("data", data)
        operation: dict[str, Any] = {
            "type": "person",
            "identifiers": ids,
            "action": action,
            "id": new_ulid() if event_id is None else event_id,
            "name": name,
            "timestamp": _timestamp(timestamp),
        }
        if data is not None:
            operation["attributes"] = dict(data)
        self._add(operation)

    def _add(self, operation: dict[str, Any]) -> None:
        self._enqueue(operation, self._encode(operation))

    def _batch_request(self, entries: list[Entry]) -> _rt.Prepared[Any] | None:
        if self._custom_batch(TrackOperations.batch, AsyncTrackOperations.batch):
            return None
        from _customerio_gen.track.api.entities import batch as _track_batch

        return _rt.Prepared(
            method="POST",
            base="track_v2",
            path="/batch",
            query=(),
            body=encoded_batch(entries),
            parse=_track_batch.parse,
            operation="batch",
        )

    def _failures(self, result: Any, items: list[Any]) -> Failures:
        """A 207 answer lists the refused operations by `batch_index`: those go to `on_error`."""
        errors = getattr(result, "errors", None)
        if not isinstance(errors, list) or not errors:
            return []
        entries = [dict(error.to_dict() if hasattr(error, "to_dict") else error) for error in errors]
        indexes = [entry.get("batch_index") for entry in entries]
        known = [i for i in indexes if isinstance(i, int) and not isinstance(i, bool) and 0 <= i < len(items)]
        # an error not tied to a known operation means none of the batch is known to be in
        positions = sorted(set(known)) if len(known) == len(indexes) else list(range(len(items)))
        renumbered = {old: new for new, old in enumerate(positions)}
        for entry in entries:
            if entry.get("batch_index") in renumbered:
                entry["batch_index"] = renumbered[entry["batch_index"]]
        failed = [items[i] for i in positions]
        return [(PartialBatchError(entries, len(failed), len(items)), failed)]


class TrackBatcher(_TrackCalls, SyncBatcherCore):
    """Queues Track v2 operations and sends them to `/api/v2/batch` from a background thread.

    Calls: `identify`, `track`, `page`, `screen`, `delete`, `suppress`, `unsuppress`,
    `add_device`, `delete_device`, `merge_customers`, `add_relationships`,
    `delete_relationships`, and `add(operation)` for any other v2 operation (objects,
    deliveries). Operations the API refuses inside an accepted batch (HTTP 207) go to
    `on_error` with a `PartialBatchError`. `clock` and `wait(condition, timeout)` are hooks for
    tests.
    """

    def __init__(
        self,
        client: TrackClient,
        *,
        max_batch_items: int = 100,
        max_batch_bytes: int = MAX_BATCH_BYTES,
        flush_interval: float = 1.0,
        max_queue_size: int = 10_000,
        on_error: OnError | None = None,
        max_requests_per_second: float | None = None,
        block: bool = False,
        clock: Callable[[], float] | None = None,
        wait: SyncWait | None = None,
    ) -> None:
        _check_client(client, TrackOperations, "TrackBatcher", "TrackClient", "AsyncTrackBatcher")
        SyncBatcherCore.__init__(
            self,
            client,
            max_batch_items=max_batch_items,
            max_batch_bytes=max_batch_bytes,
            flush_interval=flush_interval,
            max_queue_size=max_queue_size,
            on_error=on_error,
            max_requests_per_second=max_requests_per_second,
            block=block,
            clock=clock,
            wait=wait,
        )


class AsyncTrackBatcher(_TrackCalls, AsyncBatcherCore):
    """`TrackBatcher` for an `AsyncTrackClient`: the worker is a task of the running loop.

    The calls are plain methods that never wait; `await flush()`, `await aclose()`, `async with`.
    """

    def __init__(
        self,
        client: AsyncTrackClient,
        *,
        max_batch_items: int = 100,
        max_batch_bytes: int = MAX_BATCH_BYTES,
        flush_interval: float = 1.0,
        max_queue_size: int = 10_000,
        on_error: OnError | None = None,
        max_requests_per_second: float | None = None,
        clock: Callable[[], float] | None = None,
        wait: AsyncWait | None = None,
    ) -> None:
        _check_client(client, AsyncTrackOperations, "AsyncTrackBatcher", "AsyncTrackClient", "TrackBatcher")
        AsyncBatcherCore.__init__(
            self,
            client,
            max_batch_items=max_batch_items,
            max_batch_bytes=max_batch_bytes,
            flush_interval=flush_interval,
            max_queue_size=max_queue_size,
            on_error=on_error,
            max_requests_per_second=max_requests_per_second,
            clock=clock,
            wait=wait,
        )
