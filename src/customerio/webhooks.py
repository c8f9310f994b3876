"""Verify and parse Customer.io reporting webhooks.

    from customerio.webhooks import EmailOpenedEvent, construct_event

    event = construct_event(signing_secret=secret, headers=request.headers, body=raw_body)
    match event:
        case EmailOpenedEvent():
            print(event.data.recipient)

Customer.io signs each request: `X-CIO-Signature` is the lowercase hex HMAC-SHA256, keyed by the
webhook's signing secret, of `v0:<X-CIO-Timestamp>:<raw body>`. Verify against the raw bytes you
received, before any JSON decoding. `construct_event` verifies and parses in one call;
`verify_webhook` and `parse_reporting_webhook` are its two halves.

Parsing returns an `AnyReportingWebhookEvent`: the union of the typed dataclass for each known
`object_type` and `metric` (`EmailSentEvent`, `PushOpenedEvent`, `CustomerSubscribedEvent`, … all
importable from this module, each with a typed `data` dataclass) and `UnknownReportingWebhookEvent`
(its `data` a dict) for a combination this SDK does not know, so a `match` over it can be checked
for exhaustiveness; each class also derives from its channel's base (`EmailEvent`, `PushEvent`, …,
`CustomerEvent` for the subscription events), so one `case` can take the rest of a channel.

Every event has `event_id`, `object_type`, `metric`, `timestamp` and `data`, and every `data` has
`identifiers`; a payload without the first five is refused. Inside `data` parsing is lenient:
missing fields take their defaults, values are neither converted nor checked, and the whole
payload, unknown fields included, stays on `event.raw`. Subscription events (`subscribed`, `unsubscribed`,
`cio_subscription_preferences_changed`) may carry any channel as `object_type`; a channel without an
event class of its own for that metric gets the `Customer…Event` class.
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
import types
from collections.abc import Iterable, Mapping
from typing import Any, Final, Literal, Protocol, Union, get_args, get_origin, get_type_hints

from _customerio_gen import webhook_events as _events
from _customerio_gen.webhook_events import *  # noqa: F403  (the typed event and data classes)
from _customerio_gen.webhook_events import (
    AnyReportingWebhookEvent,
    ReportingWebhookEvent,
    UnknownReportingWebhookEvent,
)

from ._errors import CustomerIOError, InvalidArgumentError, InvalidArgumentTypeError, MissingParamError
from ._signature import Body, verify_request_signature

__all__ = [
    "REPORTING_WEBHOOK_EVENTS",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "AnyReportingWebhookEvent",
    "ReportingWebhookEvent",
    "SupportsHeaderItems",
    "WebhookPayloadError",
    "UnknownReportingWebhookEvent",
    "WebhookVerificationError",
    "construct_event",
    "event_class_for",
    "parse_reporting_webhook",
    "verify_request_signature",
    "verify_webhook",
]

TIMESTAMP_HEADER: Final = "X-CIO-Timestamp"
"""The request header carrying the Unix time (seconds) the request was signed at."""
SIGNATURE_HEADER: Final = "X-CIO-Signature"
"""The request header carrying the hex HMAC-SHA256 signature."""

_INTEGER = re.compile(r"-?[0-9]+", re.ASCII)


class WebhookVerificationError(CustomerIOError, ValueError):
    """A webhook request failed verification: a missing header, a bad signature or a stale timestamp."""


class WebhookPayloadError(CustomerIOError, ValueError):
    """A webhook body was not a JSON object carrying `event_id`, `object_type`, `metric`, `timestamp` and `data`."""


class SupportsHeaderItems(Protocol):
    """Anything with `items()` yielding (name, value) pairs: a dict, httpx/Starlette headers, `email.message.Message`."""

    def items(self) -> Iterable[tuple[str, str]]: ...


# --- signatures ---------------------------------------------------------------------------------


def _header(headers: SupportsHeaderItems, name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers.items():
        text_key: object = key.decode("latin-1") if isinstance(key, bytes) else key
        if not isinstance(text_key, str) or text_key.lower() != wanted:
            continue
        found: object = value
        if isinstance(found, (list, tuple)) and len(found) == 1:
            found = found[0]
        if isinstance(found, bytes):
            found = found.decode("latin-1")
        return found if isinstance(found, str) else None
    return None


def verify_webhook(
    *,
    signing_secret: str | bytes,
    headers: SupportsHeaderItems,
    body: Body,
    tolerance_seconds: float | None = 300,
    now: float | None = None,
) -> None:
    """Check a reporting-webhook request; return quietly when it is genuine and fresh.

    `headers` is any mapping of the request's headers (names in any case). `body` is the raw body.
    Raises `WebhookVerificationError` when `X-CIO-Timestamp` or `X-CIO-Signature` is missing, the
    timestamp is not an integer, the signature does not match, or the timestamp is more than
    `tolerance_seconds` away from `now` (Unix seconds, default `time.time()`); `tolerance_seconds=None`
    skips that last check. An empty `signing_secret` raises `MissingParamError`.
    """
    if not signing_secret:
        raise MissingParamError("signing_secret")
    if tolerance_seconds is not None and tolerance_seconds < 0:
        raise InvalidArgumentError("tolerance_seconds must not be negative")
    raw_timestamp = _header(headers, TIMESTAMP_HEADER)
    if raw_timestamp is None:
        raise WebhookVerificationError(f"missing {TIMESTAMP_HEADER} header")
    signature = _header(headers, SIGNATURE_HEADER)
    if signature is None:
        raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} header")
    timestamp = raw_timestamp.strip()
    if not _INTEGER.fullmatch(timestamp):
        raise WebhookVerificationError(f"{TIMESTAMP_HEADER} is not an integer")
    if not verify_request_signature(
        signing_secret=signing_secret, timestamp=timestamp, body=body, signature=signature.strip()
    ):
        raise WebhookVerificationError("signature does not match")
    if tolerance_seconds is not None:
        current = time.time() if now is None else now
        if abs(current - int(timestamp)) > tolerance_seconds:
            raise WebhookVerificationError(f"{TIMESTAMP_HEADER} is more than {tolerance_seconds:g} seconds from now")


# --- parsing ------------------------------------------------------------------------------------


def _literal_strings(annotation: object) -> tuple[str, ...]:
    if get_origin(annotation) is Literal:
        return tuple(value for value in get_args(annotation) if isinstance(value, str))
    if get_origin(annotation) in (Union, types.UnionType):
        return tuple(value for arg in get_args(annotation) for value in _literal_strings(arg))
    return ()


def _build_registry() -> dict[tuple[str, str], type[ReportingWebhookEvent]]:
    # A class whose `object_type` is one value owns its combinations; a class admitting several
    # object types (the subscription events) takes the combinations nobody owns.
    owned: dict[tuple[str, str], type[ReportingWebhookEvent]] = {}
    shared: dict[tuple[str, str], type[ReportingWebhookEvent]] = {}
    for candidate in vars(_events).values():
        if not (
            isinstance(candidate, type)
            and issubclass(candidate, ReportingWebhookEvent)
            and candidate is not ReportingWebhookEvent
        ):
            continue
        hints = get_type_hints(candidate)
        object_types = _literal_strings(hints.get("object_type"))
        metrics = _literal_strings(hints.get("metric"))
        target = owned if len(object_types) == 1 else shared
        for object_type in object_types:
            for metric in metrics:
                target.setdefault((object_type, metric), candidate)
    return {**shared, **owned}


REPORTING_WEBHOOK_EVENTS: Final[Mapping[tuple[str, str], type[ReportingWebhookEvent]]] = types.MappingProxyType(
    _build_registry()
)
"""The typed event class for each known (`object_type`, `metric`)."""


def event_class_for(object_type: str, metric: str) -> type[ReportingWebhookEvent] | None:
    """The typed event class for a combination, or `None` when this SDK does not know it."""
    return REPORTING_WEBHOOK_EVENTS.get((object_type, metric))


_FIELDS: dict[type[Any], tuple[tuple[str, object, bool], ...]] = {}


def _fields(cls: type[Any]) -> tuple[tuple[str, object, bool], ...]:
    """(name, resolved annotation, required) for each field of a generated dataclass, cached."""
    found = _FIELDS.get(cls)
    if found is None:
        hints = get_type_hints(cls)
        found = tuple(
            (f.name, hints[f.name], f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
            for f in dataclasses.fields(cls)
        )
        _FIELDS[cls] = found
    return found


def _dataclass_in(annotation: object) -> type[Any] | None:
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        return annotation
    if get_origin(annotation) in (Union, types.UnionType):
        for arg in get_args(annotation):
            if isinstance(arg, type) and dataclasses.is_dataclass(arg):
                return arg
    return None


def _list_item_dataclass(annotation: object) -> type[Any] | None:
    candidates = get_args(annotation) if get_origin(annotation) in (Union, types.UnionType) else (annotation,)
    for candidate in candidates:
        if get_origin(candidate) is list:
            (item,) = get_args(candidate) or (None,)
            found = _dataclass_in(item)
            if found is not None:
                return found
    return None


def _convert(annotation: object, value: Any, required: bool) -> Any:
    model = _dataclass_in(annotation)
    if model is not None:
        if isinstance(value, Mapping):
            return _build(model, value)
        return _build(model, {}) if required else None
    item_model = _list_item_dataclass(annotation)
    if item_model is not None and isinstance(value, list):
        return [_build(item_model, item) if isinstance(item, Mapping) else item for item in value]
    return value


def _build(cls: type[Any], values: Mapping[str, Any]) -> Any:
    arguments: dict[str, Any] = {}
    for name, annotation, required in _fields(cls):
        if name in values:
            arguments[name] = _convert(annotation, values[name], required)
        elif required:
            arguments[name] = _convert(annotation, None, required)
    return cls(**arguments)


def _load(body: Body | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    if isinstance(body, memoryview):
        body = bytes(body)
    if not isinstance(body, (str, bytes, bytearray)):
        raise InvalidArgumentTypeError(f"body must be bytes, str or a mapping, not {type(body).__name__}")
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError) as error:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise WebhookPayloadError("reporting webhook body is not valid JSON") from error
    if not isinstance(payload, dict):
        raise WebhookPayloadError(f"reporting webhook body is a JSON {type(payload).__name__}, not an object")
    return payload


_ENVELOPE: Final = ("event_id", "object_type", "metric", "timestamp", "data")


def _check_envelope(payload: Mapping[str, Any]) -> None:
    """Refuse a payload without the fields every reporting webhook has (naming the field, never its value)."""
    for name in _ENVELOPE:
        if name not in payload:
            raise WebhookPayloadError(f"reporting webhook body has no {name}")
    for name in ("event_id", "object_type", "metric"):
        if not isinstance(payload[name], str):
            raise WebhookPayloadError(f"reporting webhook {name} must be a string")
    timestamp = payload["timestamp"]
    if not isinstance(timestamp, int) or isinstance(timestamp, bool):
        raise WebhookPayloadError("reporting webhook timestamp must be an integer (Unix seconds)")
    if not isinstance(payload["data"], Mapping):
        raise WebhookPayloadError("reporting webhook data must be a JSON object")


def parse_reporting_webhook(body: Body | Mapping[str, Any]) -> AnyReportingWebhookEvent:
    """Parse a reporting-webhook body (raw bytes or text, or an already decoded mapping).

    Returns the typed event for the payload's `object_type` and `metric`, or an
    `UnknownReportingWebhookEvent` (its `data` a dict) for a combination this SDK does not know.
    Raises `WebhookPayloadError` (a `ValueError`) when the body is not a JSON object, or lacks one of
    `event_id`, `object_type`, `metric` (strings), `timestamp` (an integer) and `data` (an object).
    """
    payload = _load(body)
    _check_envelope(payload)
    cls = REPORTING_WEBHOOK_EVENTS.get((payload["object_type"], payload["metric"]))
    if cls is None:
        return UnknownReportingWebhookEvent(
            event_id=payload["event_id"],
            object_type=payload["object_type"],
            metric=payload["metric"],
            timestamp=payload["timestamp"],
            data=dict(payload["data"]),
            raw=payload,
        )
    event: AnyReportingWebhookEvent = _build(cls, {**payload, "raw": payload})
    return event


def construct_event(
    *,
    signing_secret: str | bytes,
    headers: SupportsHeaderItems,
    body: Body,
    tolerance_seconds: float | None = 300,
    now: float | None = None,
) -> AnyReportingWebhookEvent:
    """Verify a reporting-webhook request, then parse its body: `verify_webhook` + `parse_reporting_webhook`.

    `headers` is any mapping of the request's headers (`dict[str, str]`, Starlette/Django/Flask
    headers; names in any case); `body` the raw body, exactly as received. Raises
    `WebhookVerificationError` for a missing or bad signature or a timestamp more than
    `tolerance_seconds` from `now` (answer 401), and `WebhookPayloadError` for a genuine request whose
    body is not a reporting-webhook event (answer 400); both are `CustomerIOError`s. The signature
    is checked first, so nothing of an unsigned body is decoded.
    """
    verify_webhook(
        signing_secret=signing_secret, headers=headers, body=body, tolerance_seconds=tolerance_seconds, now=now
    )
    return parse_reporting_webhook(body)
