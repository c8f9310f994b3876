"""Every handwritten override, in one place: what the spec cannot express.

- `track_page_view` (Track): a page event posted through `track`'s endpoint.
- Track bodies: `add_device` (last_used / attributes split), `merge_customers` (computed keys).
- App bodies (`AppBodies`): the six `send_*` operations take a request object of the matching
  class (`_requests.py`) and post its `message`; `trigger_broadcast`'s recipient rules (node's
  JS truthiness); `create_asset`'s multipart upload, with the `file.data` / `file.filename`
  checks in node's order.
- Pipelines bodies (`PipelinesBodies`): node's envelope (messageId, timestamp, context merged
  over `default_context` with `library`) around all seven calls, snake_case arguments to the
  wire's camelCase keys, the identity checks that come before `event` / `group_id` (node's
  order), batch items as mappings or `PipelinesBatchItem`; `pipelines_batch_item` builds one
  enveloped item for the batcher.

The generated operations call these builders after the spec's own checks have passed.
"""

from __future__ import annotations

import datetime as _dt
import time
import uuid as _uuid
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from _customerio_gen import _runtime as _rt

from . import __version__
from ._errors import InvalidArgumentError, InvalidArgumentTypeError, MissingParamError
from ._requests import (
    SendEmailRequest,
    SendInAppRequest,
    SendInboxMessageRequest,
    SendPushRequest,
    SendSMSRequest,
    SendWhatsAppRequest,
    _js_truthy,
)

if TYPE_CHECKING:
    from _customerio_gen.params.track import TrackEventParam

IdType = Literal["id", "email", "cio_id"]


def page_view_event(customer_id: object, path: object) -> TrackEventParam:
    """`track_page_view`'s checks (node's order) and the event it sends through `track`."""
    _rt.require("customer_id", customer_id)
    _rt.require("path", path)
    # `path` passed node's check (a non-blank str or a finite number) and is sent as given
    return cast("TrackEventParam", {"type": "page", "name": path})


class TrackBodies:
    """Bodies of the Track operations marked `x-cio-handwritten`."""

    def add_device(
        self, customer_id: str | int, device_id: str, platform: str, data: Mapping[str, Any] | None = None
    ) -> Any:
        data = data or {}
        device: dict[str, Any] = {"id": device_id, "platform": platform}
        if data.get("last_used") is not None:
            device["last_used"] = data["last_used"]
        attributes = {key: value for key, value in data.items() if key != "last_used"}
        if attributes:
            device["attributes"] = attributes
        return {"device": device}

    def merge_customers(
        self, primary_id_type: IdType, primary_id: str | int, secondary_id_type: IdType, secondary_id: str | int
    ) -> Any:
        return {"primary": {primary_id_type: primary_id}, "secondary": {secondary_id_type: secondary_id}}


# --- App ---------------------------------------------------------------------------------------

# triggerBroadcast: the first recipients field that is set selects which keys go to the top level
_RECIPIENT_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ids", ("ids", "id_ignore_missing")),
    ("emails", ("emails", "email_ignore_missing", "email_add_duplicates")),
    ("per_user_data", ("per_user_data", "id_ignore_missing", "email_ignore_missing", "email_add_duplicates")),
    ("data_file_url", ("data_file_url", "id_ignore_missing", "email_ignore_missing", "email_add_duplicates")),
)

# createAsset: the file part's type when `content_type` is not given, by extension
_ASSET_TYPES = {
    "bmp": "image/bmp",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "pdf": "application/pdf",
}
_UNTYPED = "application/octet-stream"  # what fetch's FormData sends for a Blob without a type


def _message_of(request: object, cls: type[Any], name: str) -> Any:
    if not isinstance(request, cls):
        raise _rt.ArgumentWrongType(f'"{name}" must be an instance of {cls.__name__}')
    return request.message


def _first(file: Mapping[str, Any], *keys: str) -> Any:
    """The first of `keys` the mapping holds a non-None value for (snake_case, then node's camelCase)."""
    for key in keys:
        value = file.get(key)
        if value is not None:
            return value
    return None


def _asset_bytes(data: object) -> bytes:
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    if isinstance(data, str):
        return data.encode("utf-8")
    read = getattr(data, "read", None)
    if callable(read):
        content = read()
        if isinstance(content, bytes | bytearray | memoryview):
            return bytes(content)
        if isinstance(content, str):
            return content.encode("utf-8")
    raise _rt.ArgumentWrongType("file.data must be bytes, str or a binary file object")


class AppBodies:
    """Bodies of the App operations marked `x-cio-handwritten` (the generated `AppBodies` Protocol)."""

    def send_email(self, request: _rt.MessageRequest) -> Any:
        return _message_of(request, SendEmailRequest, "request")

    def send_push(self, request: _rt.MessageRequest) -> Any:
        return _message_of(request, SendPushRequest, "request")

    def send_sms(self, request: _rt.MessageRequest) -> Any:
        return _message_of(request, SendSMSRequest, "request")

    def send_whatsapp(self, request: _rt.MessageRequest) -> Any:
        return _message_of(request, SendWhatsAppRequest, "request")

    def send_inbox_message(self, request: _rt.MessageRequest) -> Any:
        return _message_of(request, SendInboxMessageRequest, "request")

    def send_in_app(self, request: _rt.MessageRequest) -> Any:
        return _message_of(request, SendInAppRequest, "request")

    def trigger_broadcast(
        self,
        broadcast_id: str | int,
        data: Mapping[str, Any] | None = None,
        recipients: Mapping[str, Any] | None = None,
    ) -> Any:
        """Node's payload: `data` when it has a key; the first set recipient field and its flags
        lifted to the top level (JS truthiness: `[]` and `{}` count, `False`/`0`/`""` do not);
        else `recipients` as given (an audience filter)."""
        for name, value in (("data", data), ("recipients", recipients)):
            if value is not None and not isinstance(value, Mapping):
                raise _rt.ArgumentWrongType(f"{name} must be a mapping")
        payload: dict[str, Any] = {}
        if data is not None and len(data) > 0:
            payload["data"] = data
        if recipients is not None and len(recipients) > 0:
            for field, keys in _RECIPIENT_FIELDS:
                if _js_truthy(recipients.get(field)):
                    for key in keys:
                        if _js_truthy(recipients.get(key)):
                            payload[key] = recipients[key]
                    break
            else:
                payload["recipients"] = recipients
        return payload

    def create_asset(self, file: Mapping[str, Any]) -> Any:
        """The multipart upload: a `file` part, then `name` and `parent_folder_id` when given.

        Checks `file.data` then `file.filename` (node's order; `file` itself is checked by the
        spec). All parts travel as `files` entries so that they keep node's order (httpx puts
        plain form fields first); a part without a file name is a plain form field.
        """
        data = file.get("data")
        if data is None:
            raise _rt.ArgumentMissing("file.data")
        filename = file.get("filename")
        _rt.require_key("file", file, "filename")
        content = _asset_bytes(data)
        filename_text = _rt.js_string(filename)
        content_type = _first(file, "content_type", "contentType")
        if not isinstance(content_type, str) or content_type == "":
            content_type = _ASSET_TYPES.get(filename_text.rsplit(".", 1)[-1].lower(), _UNTYPED)
        parts: list[tuple[str, tuple[str | None, bytes, str | None]]] = [
            ("file", (filename_text, content, content_type))
        ]
        name = file.get("name")
        if name is not None:
            parts.append(("name", (None, _rt.js_string(name).encode("utf-8"), None)))
        parent_folder_id = _first(file, "parent_folder_id", "parentFolderId")
        if parent_folder_id is not None:
            parts.append(("parent_folder_id", (None, _rt.js_string(parent_folder_id).encode("utf-8"), None)))
        return _rt.Multipart(files=parts)


# --- Pipelines ---------------------------------------------------------------------------------

PipelinesCall = Literal["identify", "track", "page", "screen", "group", "alias"]

PIPELINES_LIBRARY_NAME = "customerio-python"

# Each call's own fields, in wire order; messageId, timestamp, context and integrations follow.
_PIPELINES_FIELDS: dict[str, tuple[str, ...]] = {
    "identify": ("user_id", "anonymous_id", "traits"),
    "track": ("user_id", "anonymous_id", "event", "properties"),
    "page": ("user_id", "anonymous_id", "name", "category", "properties"),
    "screen": ("user_id", "anonymous_id", "name", "category", "properties"),
    "group": ("user_id", "anonymous_id", "group_id", "traits"),
    "alias": ("user_id", "previous_id"),
}
# the same, with each field's wire name
_PIPELINES_WIRE_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {}
_PIPELINES_COMMON = ("message_id", "timestamp", "context", "integrations")

# snake_case names -> the wire's camelCase keys; every other key is sent as named
_PIPELINES_WIRE = {
    "user_id": "userId",
    "anonymous_id": "anonymousId",
    "group_id": "groupId",
    "previous_id": "previousId",
    "message_id": "messageId",
    "sent_at": "sentAt",
    "original_timestamp": "originalTimestamp",
}

_PIPELINES_WIRE_FIELDS.update(
    (call, tuple((name, _PIPELINES_WIRE.get(name, name)) for name in names))
    for call, names in _PIPELINES_FIELDS.items()
)

# wire order of a typed `PipelinesBatchItem` (its `to_dict` has another order): that of the keyword
# calls, messageId / timestamp / context always in place; unknown keys follow
_PIPELINES_ITEM_ORDER = (
    "type",
    "userId",
    "anonymousId",
    "event",
    "name",
    "category",
    "groupId",
    "previousId",
    "traits",
    "properties",
    "messageId",
    "timestamp",
    "context",
    "integrations",
    "sentAt",
    "originalTimestamp",
)
_PIPELINES_ENVELOPE_KEYS = ("messageId", "timestamp", "context")


def iso_timestamp(value: _dt.datetime) -> str:
    """JavaScript's `Date.toISOString()`: UTC, milliseconds, `Z`. A naive datetime is taken as UTC."""
    utc = value.replace(tzinfo=_dt.UTC) if value.tzinfo is None else value.astimezone(_dt.UTC)
    return (
        f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}"
        f".{utc.microsecond // 1000:03d}Z"
    )


def _wire_time(name: str, value: object) -> object:
    if isinstance(value, _dt.datetime):
        return iso_timestamp(value)
    if isinstance(value, str):
        return value
    raise InvalidArgumentTypeError(f"{name} must be an ISO 8601 string or a datetime")


def check_pipelines_call(call: str, fields: Mapping[str, Any]) -> None:
    """Node's checks for one call, in node's order, named with the Python arguments."""
    if call == "alias":
        for name in ("user_id", "previous_id"):
            if _rt.is_empty(fields.get(name)):
                raise MissingParamError(name)
        return
    if _rt.is_empty(fields.get("user_id")) and _rt.is_empty(fields.get("anonymous_id")):
        raise MissingParamError("user_id or anonymous_id")
    required = {"track": "event", "group": "group_id"}.get(call)
    if required is not None and _rt.is_empty(fields.get(required)):
        raise MissingParamError(required)


_now_second = (-1, "")  # the last whole second `_now_iso` wrote, and its text up to the seconds


def _now_iso() -> str:
    """`iso_timestamp(_utc_now())`, from the same clock, with the date and time of day written
    once per second."""
    global _now_second
    seconds, millis = divmod(time.time_ns() // 1_000_000, 1000)
    second, text = _now_second
    if second != seconds:
        text = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))
        _now_second = (seconds, text)
    return text + _MILLIS[millis]


_MILLIS = [f".{millis:03d}Z" for millis in range(1000)]


def _new_message_id() -> str:
    return str(_uuid.uuid4())


def _utc_now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


class PipelinesBodies:
    """Bodies of the Pipelines calls: node's envelope around each call.

    Every call (and every batch item) gets `messageId` (a new UUID 4 unless given), `timestamp`
    (now unless given; a datetime is written like JavaScript's `toISOString()`,
    `2026-01-01T00:00:00.000Z`) and `context`: `{**default_context, "library": <this SDK>}`
    merged shallowly under the call's own context, whose keys win (its `library` too, when
    given). The envelope is built once per call, so retries replay the same body. Nothing the
    caller passed is modified. `uuid_factory` and `clock` are injectable for tests.
    """

    def __init__(
        self,
        default_context: Mapping[str, Any] | None = None,
        *,
        uuid_factory: Callable[[], str] = _new_message_id,
        clock: Callable[[], _dt.datetime] = _utc_now,
    ) -> None:
        if default_context is not None and not isinstance(default_context, Mapping):
            raise TypeError("default_context must be a mapping")
        self._uuid_factory = uuid_factory
        self._clock = clock
        self._library: dict[str, str] = {"name": PIPELINES_LIBRARY_NAME, "version": __version__}
        # node's autoContext: a `library` in default_context is replaced (keeping its position)
        self._auto_context: dict[str, Any] = {**(default_context or {}), "library": self._library}

    def envelope(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        """Node's envelope of one wire (camelCase) payload: `{**payload, messageId, timestamp, context}`."""
        given = payload.get("context")
        if given is None:
            given = {}
        elif not isinstance(given, Mapping):
            raise InvalidArgumentTypeError("context must be a mapping")
        context = {**self._auto_context, **given}
        library = given.get("library")
        context["library"] = dict(self._library) if library is None else library
        message_id = payload.get("messageId")
        timestamp = payload.get("timestamp")
        result = dict(payload)
        result["messageId"] = self._uuid_factory() if message_id is None else message_id
        result["timestamp"] = iso_timestamp(self._clock()) if timestamp is None else _wire_time("timestamp", timestamp)
        result["context"] = context
        for key in ("sentAt", "originalTimestamp"):
            if isinstance(result.get(key), _dt.datetime):
                result[key] = iso_timestamp(result[key])
        return result

    def call(self, call: PipelinesCall, fields: Mapping[str, Any]) -> dict[str, Any]:
        """One call's checks (node's order) and its enveloped body, from snake_case `fields`."""
        return self._enveloped_call(call, fields, {})

    def call_item(self, call: PipelinesCall, fields: Mapping[str, Any]) -> dict[str, Any]:
        """`{"type": call, **self.call(call, fields)}`, built in one dict (the batcher's items)."""
        return self._enveloped_call(call, fields, {"type": call})

    def _enveloped_call(self, call: PipelinesCall, fields: Mapping[str, Any], out: dict[str, Any]) -> dict[str, Any]:
        """`envelope` of the call's payload, written into `out`: the call's own fields (wire names,
        None left out), then node's `messageId, timestamp, context`, then `integrations`."""
        check_pipelines_call(call, fields)
        get = fields.get
        for name, wire in _PIPELINES_WIRE_FIELDS[call]:
            value = get(name)
            if value is not None:
                out[wire] = value
        given = get("context")
        if given is None:
            context = self._auto_context.copy()
            context["library"] = self._library.copy()
        elif not isinstance(given, Mapping):
            raise InvalidArgumentTypeError("context must be a mapping")
        else:
            context = {**self._auto_context, **given}
            library = given.get("library")
            context["library"] = self._library.copy() if library is None else library
        message_id = get("message_id")
        out["messageId"] = self._uuid_factory() if message_id is None else message_id
        timestamp = get("timestamp")
        if timestamp is not None:
            out["timestamp"] = _wire_time("timestamp", timestamp)
        elif self._clock is _utc_now:
            out["timestamp"] = _now_iso()
        else:
            out["timestamp"] = iso_timestamp(self._clock())
        out["context"] = context
        integrations = get("integrations")
        if integrations is not None:
            out["integrations"] = integrations
        return out

    def batch_item(self, item: object, index: int = 0) -> dict[str, Any]:
        """One batch item, a mapping with snake_case keys plus `type` or a `PipelinesBatchItem`, enveloped."""
        payload = _batch_payload(item, index)
        enveloped = self.envelope(payload)
        if payload.get("type") is not None:
            enveloped["type"] = payload["type"]  # node: `{...envelope(item), type: item.type}`
        return enveloped

    # The keyword arguments arrive in the spec's order, which is node's wire order.
    def identify(self, **fields: Any) -> Any:
        return self.call("identify", fields)

    def track(self, **fields: Any) -> Any:
        return self.call("track", fields)

    def page(self, **fields: Any) -> Any:
        return self.call("page", fields)

    def screen(self, **fields: Any) -> Any:
        return self.call("screen", fields)

    def group(self, **fields: Any) -> Any:
        return self.call("group", fields)

    def alias(self, **fields: Any) -> Any:
        return self.call("alias", fields)

    def batch(self, items: Sequence[Any]) -> Any:
        """`{"batch": [...]}`, every item enveloped on its own; items are not checked one by one (node)."""
        return {"batch": [self.batch_item(item, index) for index, item in enumerate(items)]}


def _batch_payload(item: object, index: int) -> dict[str, Any]:
    """A batch item's wire keys, in the item's order (typed items: `_PIPELINES_ITEM_ORDER`)."""
    # imported here: the models package is large and `import customerio` should not pay for it
    from _customerio_gen.pipelines.models.pipelines_batch_item import PipelinesBatchItem

    if isinstance(item, PipelinesBatchItem):
        raw = item.to_dict()
        for attr, key in (
            ("timestamp", "timestamp"),
            ("sent_at", "sentAt"),
            ("original_timestamp", "originalTimestamp"),
        ):
            value = getattr(item, attr)
            if isinstance(value, _dt.datetime):
                raw[key] = value  # the envelope writes it like toISOString()
        ordered = {key: raw.get(key) for key in _PIPELINES_ITEM_ORDER if key in raw or key in _PIPELINES_ENVELOPE_KEYS}
        ordered.update((key, value) for key, value in raw.items() if key not in ordered)
        return ordered
    if not isinstance(item, Mapping):
        raise InvalidArgumentTypeError(f"items[{index}] must be a mapping or a PipelinesBatchItem")
    payload: dict[str, Any] = {}
    for key, value in item.items():
        if value is not None:
            wire_key: str = _PIPELINES_WIRE.get(key) or key
            payload[wire_key] = value
    return payload


def pipelines_batch_item(bodies: PipelinesBodies, call: PipelinesCall, /, **fields: Any) -> dict[str, Any]:
    """One Pipelines call as an enveloped batch item, `{"type": call, ...}`, for the batcher.

    `fields` are the call's keyword arguments (`user_id=`, `event=`, `timestamp=` …), checked as
    the call itself checks them (`MissingParamError`, node's order); `messageId` and `timestamp`
    are fixed now. `PipelinesBodies.batch` leaves such an item as it is (the envelope is
    idempotent), so a list of them can be sent with `batch(items)`.
    """
    if call not in _PIPELINES_FIELDS:
        raise InvalidArgumentError(f"call must be one of {', '.join(_PIPELINES_FIELDS)}, not {call!r}")
    unknown = [name for name in fields if name not in _PIPELINES_FIELDS[call] and name not in _PIPELINES_COMMON]
    if unknown:
        raise InvalidArgumentTypeError(f"{call}() got unexpected keyword arguments: {', '.join(unknown)}")
    return bodies.call_item(call, fields)
