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
`max_in_flight` (default 16) batch requests travel at once: items are queued in lanes by whom
they are about (the Pipelines `userId` / `anonymousId`, the Track person), a lane has one batch
on its way at a time, so each person's calls arrive in the order they were made (docs/scaling.md).
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
from _customerio_gen.params.pipelines import PipelinesContextParam
from _customerio_gen.params.track import (
    AddDeviceDataParam,
    TrackAttributesParam,
    TrackEntityOperationParam,
    TrackEventParam,
    TrackObjectRelationshipParam,
    TrackPersonIdentifiersParam,
)
from _customerio_gen.pipelines.client import AsyncPipelinesOperations, PipelinesOperations
from _customerio_gen.track.api.customers import destroy as _destroy
from _customerio_gen.track.api.customers import identify as _identify
from _customerio_gen.track.api.customers import merge_customers as _merge_customers
from _customerio_gen.track.api.customers import suppress as _suppress
from _customerio_gen.track.api.customers import unsuppress as _unsuppress
from _customerio_gen.track.api.devices import add_device as _add_device
from _customerio_gen.track.api.devices import delete_device as _delete_device
from _customerio_gen.track.api.events import track as _track
from _customerio_gen.track.api.events import track_anonymous as _track_anonymous
from _customerio_gen.track.client import AsyncTrackOperations, TrackOperations

from ._batch_core import (
    BATCHED,
    DEFAULT_MAX_IN_FLIGHT,
    MAX_BATCH_BYTES,
    OWN_REQUEST,
    AsyncBatcherCore,
    AsyncWait,
    BatcherClosedError,
    BatcherCore,
    Entry,
    Failures,
    Keys,
    OnError,
    PartialBatchError,
    SyncBatcherCore,
    SyncWait,
    encoded_batch,
)
from ._errors import InvalidArgumentTypeError, MissingParamError
from ._overrides import PipelinesCall, page_view_event
from ._overrides import _new_message_id as _default_message_id

# imported at run time (not for type checkers only) so that get_type_hints() resolves the batchers
from ._pipelines import AsyncPipelinesClient, PipelinesClient
from ._serialize import EncodedJSON, unix_seconds
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
CustomerRef = str | int | TrackPersonIdentifiersParam
"""A person for a Track batcher call: the client's `customer_id`, or a mapping of v2 identifiers."""


def _check_client(client: object, expected: type, name: str, client_name: str, other: str) -> None:
    if not isinstance(client, expected):
        raise InvalidArgumentTypeError(
            f"{name} needs a {client_name}, not {type(client).__name__} (an async client goes with {other})"
        )


# --- Pipelines -----------------------------------------------------------------------------------


_ID_POOL_BYTES = 4096  # 256 ids
_id_lock = threading.Lock()
_ids: list[str] = []  # ready ids, taken from the end
_id_pid = 0


def _uuid4_texts() -> list[str]:
    """256 UUID 4 texts from one `os.urandom` call: version nibble 4, variant bits 10."""
    h = os.urandom(_ID_POOL_BYTES).hex()
    return [
        f"{h[i : i + 8]}-{h[i + 8 : i + 12]}-4{h[i + 13 : i + 16]}-{'89ab'[int(h[i + 16], 16) & 3]}"
        f"{h[i + 17 : i + 20]}-{h[i + 20 : i + 32]}"
        for i in range(0, 2 * _ID_POOL_BYTES, 32)
    ]


def new_uuid4() -> str:
    """A random UUID 4, as `str(uuid.uuid4())` writes it, from a pool made of `os.urandom` bytes.

    `uuid.uuid4()` makes one `os.urandom(16)` call per id, and each call lets go of the GIL: with
    the batcher's sender thread busy, the caller then waits for the GIL again on every event (a
    quarter of its time in the batcher benchmark). One call per 256 ids draws the same random
    bytes, and the 256 texts are written at once. A process forked from this one (checked by pid)
    makes a new pool, so it never repeats its parent's ids.
    """
    global _id_pid
    with _id_lock:
        if not _ids or _id_pid != os.getpid():
            _ids[:] = _uuid4_texts()
            _id_pid = os.getpid()
        return _ids.pop()


def _pipelines_keys(item: Mapping[str, Any]) -> Keys:
    """Whom a Pipelines call is about: its `userId`, else its `anonymousId`; an alias, both people."""
    user, anonymous = item.get("userId"), item.get("anonymousId")
    person = f"user:{user}" if user is not None else f"anonymous:{anonymous}"
    previous = item.get("previousId")
    if previous is None:
        return person
    return (person, f"user:{previous}", f"anonymous:{previous}")


class _PipelinesCalls(BatcherCore):
    """The Pipelines calls, queued. Each returns the call's `messageId`."""

    def identify(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        traits: Mapping[str, Any] | None = None,
        context: PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
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
        event: str,
        properties: Mapping[str, Any] | None = None,
        context: PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
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
        context: PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
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
        context: PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
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
        group_id: str,
        traits: Mapping[str, Any] | None = None,
        context: PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
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
        user_id: str,
        previous_id: str,
        context: PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
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
        item = self._client._bodies.call_item(call, fields)
        self._enqueue(item, self._encode(item), _pipelines_keys(item))
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
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
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
            max_in_flight=max_in_flight,
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
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
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
            max_in_flight=max_in_flight,
            clock=clock,
            wait=wait,
        )


# --- Track v2 --------------------------------------------------------------------------------------

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_PAIRS = [a + b for a in _CROCKFORD for b in _CROCKFORD]  # 10 bits -> 2 characters
_ulid_lock = threading.Lock()
_ulid_last = (0, 0)
_ulid_time = (0, "")  # the last millisecond and its 10 characters
_ulid_pool = b""
_ulid_at = 0
_ulid_pid = 0


def _base32(value: int, pairs: int) -> str:
    """`value` as `2 * pairs` Crockford base-32 characters."""
    return "".join([_PAIRS[(value >> shift) & 1023] for shift in range(10 * (pairs - 1), -1, -10)])


def new_ulid() -> str:
    """A ULID (milliseconds since the epoch, then 80 random bits), monotonic within a millisecond.

    The random bits are cut from a pool of `os.urandom` bytes (drawn again in a forked child, as
    for `new_uuid4`); the time's 10 characters are written once per millisecond.
    """
    global _ulid_last, _ulid_time, _ulid_pool, _ulid_at, _ulid_pid
    millis = time.time_ns() // 1_000_000
    with _ulid_lock:
        last_millis, last_random = _ulid_last
        if millis <= last_millis:
            millis, randomness = last_millis, (last_random + 1) % (1 << 80)
        else:
            if _ulid_at >= len(_ulid_pool) or _ulid_pid != os.getpid():
                _ulid_pool, _ulid_at, _ulid_pid = os.urandom(_ID_POOL_BYTES), 0, os.getpid()
            randomness = int.from_bytes(_ulid_pool[_ulid_at : _ulid_at + 10], "big")
            _ulid_at += 10
        _ulid_last = (millis, randomness)
        if _ulid_time[0] != millis:
            _ulid_time = (millis, _base32(millis, 5))
        prefix = _ulid_time[1]
    pairs = _PAIRS
    return (
        prefix
        + pairs[randomness >> 70]
        + pairs[(randomness >> 60) & 1023]
        + pairs[(randomness >> 50) & 1023]
        + pairs[(randomness >> 40) & 1023]
        + pairs[(randomness >> 30) & 1023]
        + pairs[(randomness >> 20) & 1023]
        + pairs[(randomness >> 10) & 1023]
        + pairs[randomness & 1023]
    )  # `_base32(randomness, 8)`, unrolled


def _require(name: str, value: object) -> None:
    if _rt.is_empty(value):
        raise MissingParamError(name)


def _mapping(name: str, value: object) -> None:
    if value is not None and not isinstance(value, Mapping):
        raise InvalidArgumentTypeError(f"{name} must be a mapping")


def _identifiers(value: Mapping[str, Any]) -> dict[str, Any]:
    """v2 `identifiers` given as a mapping (`{"email": ...}`, `{"cio_id": ...}`, `{"phone": ...}`)."""
    if all(_rt.is_empty(item) for item in value.values()):
        raise MissingParamError("customer_id")
    return dict(value)


def _person_key(identifiers: Mapping[str, Any]) -> str:
    """The ordering key of a person: the identifier as written (type and value)."""
    if len(identifiers) == 1:
        for name, value in identifiers.items():
            return f"person:{name}={value}"
    return "person:" + "&".join(f"{name}={identifiers[name]}" for name in sorted(identifiers))


def _event_time(value: object) -> object:
    if value is None:
        return int(time.time())
    if isinstance(value, _dt.datetime | _dt.date):
        return int(unix_seconds(value))
    return value  # sent as given, as the client sends it


# the keys of a v1 event that have a place of their own in a v2 event operation
_EVENT_KEYS = frozenset({"name", "data", "id", "timestamp", "type"})
_EVENT_ACTIONS: dict[object, str] = {"page": "page", "screen": "screen"}


def _event_operation(identifiers: dict[str, Any], event: Mapping[str, Any]) -> dict[str, Any]:
    """A v1 event (`name`, `data`, `id`, `timestamp`, `type`) as a v2 person event operation.

    `type` `page` / `screen` selects that action (anything else is an `event`); `data` becomes
    `attributes`; a missing `id` is a new ULID and a missing `timestamp` is now, both fixed here so
    that a retried batch carries the same ones. Other keys are carried over as given.
    """
    get = event.get
    event_id = get("id")
    stamp = get("timestamp")
    operation: dict[str, Any] = {
        "type": "person",
        "identifiers": identifiers,
        "action": _EVENT_ACTIONS.get(get("type"), "event"),
        "id": new_ulid() if _rt.is_empty(event_id) else event_id,
        "name": event["name"],
        "timestamp": int(time.time()) if stamp is None else _event_time(stamp),
    }
    data = get("data")
    if data is not None:
        operation["attributes"] = dict(data) if isinstance(data, Mapping) else data
    if not _EVENT_KEYS.issuperset(event):
        for key, value in event.items():
            if key not in _EVENT_KEYS and key not in operation:
                operation[key] = value
    return operation


def _relationships(value: object) -> list[Any]:
    if not isinstance(value, list | tuple) or not value:
        raise MissingParamError("relationships")
    if not all(isinstance(item, Mapping) for item in value):
        raise InvalidArgumentTypeError("relationships must be mappings, each with `identifiers`")
    return list(value)


def _operation_keys(operation: Mapping[str, Any]) -> tuple[str, ...]:
    """The ordering keys of any v2 operation: whom it is about (the merge: both people)."""
    kind = operation.get("type")
    keys = []
    for field in ("identifiers", "primary", "secondary"):
        value = operation.get(field)
        if isinstance(value, Mapping) and value:
            # objects and deliveries get a key space of their own; people share one across calls
            keys.append(_person_key(value) if kind == "person" else f"{kind}:{sorted(value.items())!r}")
    return tuple(keys)


class _TrackCalls(BatcherCore):
    """The Track calls, queued as Track v2 operations; `add` takes any v2 operation as it is.

    A `customer_id` is what the `TrackClient` call takes: a person's id (sent as
    `identifiers: {"id": ...}`), or `cio_<cio_id>` (sent as `{"cio_id": ...}`). A mapping of v2
    identifiers (`{"email": ...}`, `{"phone": ...}`, `{"cio_id": ...}`) is accepted too. Arguments
    are checked by the client's own checks, so a batcher call refuses what the client call refuses,
    with the same error.
    """

    def _person(self, customer_id: CustomerRef) -> dict[str, Any]:
        """v2 identifiers for an already checked `customer_id`."""
        if type(customer_id) is str:
            value = customer_id  # what `js_string` gives for a str
        elif isinstance(customer_id, Mapping):
            return _identifiers(customer_id)
        else:
            value = _rt.js_string(customer_id)
        if value.startswith("cio_") and len(value) > 4:
            return {"cio_id": value[4:]}
        return {"id": value}

    def _check(self, prepare: Callable[..., Any], customer_id: CustomerRef, *args: Any, **kwargs: Any) -> Any:
        """Run the client's checks for this call; a mapping of identifiers stands in for the id."""
        if type(customer_id) is not str and isinstance(customer_id, Mapping):
            _identifiers(customer_id)
            customer_id = "identifiers"  # any present id: the rest of the arguments are still checked
        return self._client._prepare(prepare, customer_id, *args, **kwargs)

    def identify(
        self,
        customer_id: CustomerRef,
        data: TrackAttributesParam | Mapping[str, Any] | None = None,
        *,
        cio_relationships: Sequence[TrackObjectRelationshipParam] | None = None,
        timestamp: int | _dt.datetime | None = None,
    ) -> None:
        """Create or update a person (`TrackClient.identify`): `data` are the attributes to set,
        sent as the v2 operation's `attributes`.

        `cio_relationships` relates the person to objects (v2 form: each with the object's
        `identifiers`); `timestamp` (Unix seconds or a datetime) dates the update.
        """
        self._check(_identify.prepare, customer_id, data)
        _mapping("data", data)
        relationships = None if cio_relationships is None else _relationships(cio_relationships)
        ids = self._person(customer_id)
        operation: dict[str, Any] = {"type": "person", "identifiers": ids, "action": "identify"}
        if timestamp is not None:
            operation["timestamp"] = _event_time(timestamp)
        if data is not None:
            operation["attributes"] = dict(data)
        if relationships is not None:
            operation["cio_relationships"] = relationships
        self._add(operation, _person_key(ids))

    def track(self, customer_id: CustomerRef, data: TrackEventParam) -> None:
        """Record an event for a person (`TrackClient.track`): `data` is the event, with `name`
        (required) and optionally `data`, `id`, `timestamp` and `type` (`page` / `screen`)."""
        self._check(_track.prepare, customer_id, data)
        ids = self._person(customer_id)
        self._add(_event_operation(ids, data), _person_key(ids))

    def track_page_view(self, customer_id: CustomerRef, path: str) -> None:
        """Record that a person viewed a page (`path`), as `TrackClient.track_page_view` does."""
        self.track(customer_id, self._check(page_view_event, customer_id, path))

    def track_anonymous(self, anonymous_id: str | int, data: TrackEventParam) -> None:
        """Record an event for someone not identified yet (`TrackClient.track_anonymous`).

        Track v2 has no anonymous event operation, so this one is not batched: the worker sends it
        to the v1 `/events` endpoint on its own, in order with the other calls for the same
        `anonymous_id`. Its `id` (for de-duplication) and `timestamp` are fixed when it is queued,
        as for batched events; the item `on_error` receives is the v1 event body, which
        `client.track_anonymous(item.get("anonymous_id"), item)` sends again unchanged.
        """
        body = dict(self._client._prepare(_track_anonymous.prepare, anonymous_id, data).body)
        if _rt.is_empty(body.get("id")):
            body["id"] = new_ulid()
        body["timestamp"] = _event_time(body.get("timestamp"))
        key = "anonymous:" + ("" if _rt.is_empty(anonymous_id) else _rt.js_string(anonymous_id))
        self._add(body, key, alone=True)

    def destroy(self, customer_id: CustomerRef) -> None:
        """Delete a person (`TrackClient.destroy`; v2 action `delete`)."""
        self._person_action(_destroy.prepare, customer_id, "delete")

    def suppress(self, customer_id: CustomerRef) -> None:
        """Delete a person and refuse their identifiers from now on."""
        self._person_action(_suppress.prepare, customer_id, "suppress")

    def unsuppress(self, customer_id: CustomerRef) -> None:
        """Accept a suppressed person's identifiers again."""
        self._person_action(_unsuppress.prepare, customer_id, "unsuppress")

    def add_device(
        self,
        customer_id: CustomerRef,
        device_id: str,
        platform: str,
        data: AddDeviceDataParam | Mapping[str, Any] | None = None,
    ) -> None:
        """Add or update a person's device (`TrackClient.add_device`): `data.last_used` is taken out,
        the rest of `data` becomes the device's `attributes`."""
        client = self._client
        body = self._check(_add_device.prepare, customer_id, device_id, platform, data, bodies=client._bodies).body
        device = dict(body["device"])
        device = {"token": device.pop("id"), **device}
        ids = self._person(customer_id)
        self._add({"type": "person", "identifiers": ids, "action": "add_device", "device": device}, _person_key(ids))

    def delete_device(self, customer_id: CustomerRef, device_token: str | int) -> None:
        """Remove a device (push token) from a person."""
        self._check(_delete_device.prepare, customer_id, device_token)
        ids = self._person(customer_id)
        device = {"token": _rt.js_string(device_token)}
        self._add({"type": "person", "identifiers": ids, "action": "delete_device", "device": device}, _person_key(ids))

    def merge_customers(
        self, primary_id_type: IdType, primary_id: str | int, secondary_id_type: IdType, secondary_id: str | int
    ) -> None:
        """Merge the secondary person into the primary one (checked as `TrackClient.merge_customers`).

        The merge is ordered with the calls of both people: it is sent after what was queued for
        either before it, and what is queued for either after it waits for its answer.
        """
        client = self._client
        body = client._prepare(
            _merge_customers.prepare,
            primary_id_type,
            primary_id,
            secondary_id_type,
            secondary_id,
            bodies=client._bodies,
        ).body
        primary: dict[str, Any] = {primary_id_type: _rt.js_string(primary_id)}
        secondary: dict[str, Any] = {secondary_id_type: _rt.js_string(secondary_id)}
        self._add({"type": "person", "action": "merge", **body}, (_person_key(primary), _person_key(secondary)))

    def add_relationships(
        self, customer_id: CustomerRef, relationships: Sequence[TrackObjectRelationshipParam]
    ) -> None:
        """Relate a person to objects: each relationship has the object's `identifiers`
        (`object_type_id` and `object_id`) and optional `relationship_attributes`."""
        self._relationship_action(customer_id, relationships, "add_relationships")

    def delete_relationships(
        self, customer_id: CustomerRef, relationships: Sequence[TrackObjectRelationshipParam]
    ) -> None:
        """Remove a person's relationships to objects."""
        self._relationship_action(customer_id, relationships, "delete_relationships")

    def add(self, operation: TrackEntityOperationParam) -> None:
        """Queue any v2 operation (person, object or delivery), sent as given."""
        if not isinstance(operation, Mapping) or not operation:
            raise MissingParamError("operation")
        for key in ("type", "action"):
            _require(f"operation.{key}", operation.get(key))
        self._add(dict(operation), _operation_keys(operation))

    def _person_action(self, prepare: Callable[..., Any], customer_id: CustomerRef, action: str) -> None:
        self._check(prepare, customer_id)
        ids = self._person(customer_id)
        self._add({"type": "person", "identifiers": ids, "action": action}, _person_key(ids))

    def _relationship_action(
        self, customer_id: CustomerRef, relationships: Sequence[TrackObjectRelationshipParam], action: str
    ) -> None:
        self._check(_destroy.prepare, customer_id)  # the customer_id check every Track call makes
        rels = _relationships(relationships)
        ids = self._person(customer_id)
        self._add({"type": "person", "identifiers": ids, "action": action, "cio_relationships": rels}, _person_key(ids))

    def _add(self, operation: dict[str, Any], keys: Keys, *, alone: bool = False) -> None:
        self._enqueue(operation, self._encode(operation), keys, OWN_REQUEST if alone else BATCHED)

    def _batch_request(self, entries: list[Entry]) -> _rt.Prepared[Any] | None:
        if entries[0].kind == OWN_REQUEST:  # an anonymous event, for the v1 endpoint
            return _rt.Prepared(
                method="POST",
                base="track",
                path="/events",
                query=(),
                body=EncodedJSON(entries[0].encoded),
                parse=_track_anonymous.parse,
                operation="track_anonymous",
            )
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

    The calls take `TrackClient`'s arguments: `identify(customer_id, data)` (the attributes),
    `track(customer_id, data)` (the event), `track_page_view`, `track_anonymous`, `destroy`, `suppress`,
    `unsuppress`, `add_device`, `delete_device`, `merge_customers`; also `add_relationships`,
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
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
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
            max_in_flight=max_in_flight,
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
        max_in_flight: int = DEFAULT_MAX_IN_FLIGHT,
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
            max_in_flight=max_in_flight,
            clock=clock,
            wait=wait,
        )
