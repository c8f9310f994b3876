"""Reporting webhooks for tests: sample payloads from spec/webhooks.yaml, signed as Customer.io signs them.

    body = sample_webhook("email", "clicked", data={"href": "https://example.com/a"})
    headers = sign_webhook(SECRET, body)
    response = test_client.post("/webhooks/customerio", content=body, headers=headers)

A sample carries the envelope every event has and, in `data`, the fields a campaign message of that
channel carries (a person, a delivery, the event's own fields such as `href` or `failure_message`),
with plausible values; optional fields that belong to other message sources (broadcast, newsletter,
transactional ids) or to opt-in webhook options (body content, headers) are left out.
"""

from __future__ import annotations

import copy
import json
import secrets
import time
from collections.abc import Mapping
from functools import cache
from typing import Any, Final

from .._errors import InvalidArgumentError, InvalidArgumentTypeError, MissingParamError
from .._signature import Body, compute_signature
from ..webhooks import REPORTING_WEBHOOK_EVENTS, SIGNATURE_HEADER, TIMESTAMP_HEADER
from ._spec import _load_yaml, _spec_text, resolve_pointer
from ._synth import synthesize

__all__ = ["new_event_id", "sample_webhook", "sign_webhook", "webhook_document"]

SAMPLE_EVENT_ID: Final = "01HZX3M7Q2V9K4T6B8N1C5D0RW"
SAMPLE_TIMESTAMP: Final = 1717243200

_PERSON_ID = "42"
_EMAIL = "person@example.com"

# Where each channel's message went: the value of `data.recipient`.
_RECIPIENTS: Final[Mapping[str, str]] = {
    "email": _EMAIL,
    "sms": "+15555550123",
    "whatsapp": "+15555550123",
    "in_app": _PERSON_ID,
    "slack": _EMAIL,
    "webhook": "https://example.com/hooks/orders",
}

# A value for each `data` field a sample carries (when the event's schema declares it).
_DATA_VALUES: Final[Mapping[str, Any]] = {
    "customer_id": _PERSON_ID,
    "identifiers": {"id": _PERSON_ID, "email": _EMAIL, "cio_id": "a3f20c000001"},
    "email_address": _EMAIL,
    "delivery_id": "RPILAgABj3Ey9hm0HeZs6kXBu4c=",
    "action_id": 38,
    "campaign_id": 12,
    "journey_id": "01HZX3KX4W1PDQ8E7ZB2Y6A9FM",
    "subject": "Your order has shipped",
    "href": "https://example.com/orders/1001",
    "link_id": 7,
    "failure_message": "the recipient's server refused the message",
    "recipients": [{"device_id": "fcm-4f1d0c2a9b7e", "device_platform": "android"}],
    "inbound_event_id": "01HZX3NB6T0C2M8R5Y7K9W1QDE",
    "to": "+15555550100",
    "tracked_response": "accept",
}

_CROCKFORD: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@cache
def webhook_document() -> dict[str, Any]:
    """spec/webhooks.yaml, the description the samples follow (read once)."""
    return _load_yaml(_spec_text("webhooks.yaml"))


def _resolve(document: Mapping[str, Any], schema: Any) -> Any:
    while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
        schema = resolve_pointer(document, schema["$ref"])
    return schema


def _properties(document: Mapping[str, Any], schema: Any) -> tuple[dict[str, Any], set[str]]:
    """The properties a schema declares, and those it requires, through `$ref` and `allOf`."""
    schema = _resolve(document, schema)
    if not isinstance(schema, Mapping):
        return {}, set()
    properties: dict[str, Any] = {}
    required: set[str] = set()
    for part in schema.get("allOf", ()):
        more, needed = _properties(document, part)
        properties.update(more)
        required |= needed
    properties.update(schema.get("properties", {}))
    required.update(schema.get("required", ()))
    return properties, required


def _sample_data(document: Mapping[str, Any], schema: Any, object_type: str) -> dict[str, Any]:
    properties, required = _properties(document, schema)
    data: dict[str, Any] = {}
    for name, property_schema in properties.items():
        if name == "recipient" and object_type in _RECIPIENTS:
            data[name] = _RECIPIENTS[object_type]
        elif name in _DATA_VALUES:
            data[name] = copy.deepcopy(_DATA_VALUES[name])
        elif name in required:
            data[name] = synthesize(document, property_schema)
    return data


def _merge(base: dict[str, Any], overrides: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in overrides.items():
        current = merged.get(key)
        if isinstance(current, dict) and isinstance(value, Mapping):
            merged[key] = _merge(current, value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def sample_webhook(object_type: str, metric: str, **fields: Any) -> bytes:
    """A reporting-webhook body for `object_type` and `metric`, valid against spec/webhooks.yaml.

    `fields` override the sample's top-level fields (`event_id`, `timestamp`, `data`, or any other
    key, which is added); a mapping given for a field that holds a mapping is merged into it, so
    `data={"href": "https://example.com/a"}` changes one field of `data` and keeps the others.
    The sample's `event_id` and `timestamp` are fixed values: pass `event_id=new_event_id()` and
    `timestamp=int(time.time())` for a fresh event. Returns compact UTF-8 JSON, the bytes to sign
    and post. A combination `customerio.webhooks` has no event class for raises
    `InvalidArgumentError`.
    """
    cls = REPORTING_WEBHOOK_EVENTS.get((object_type, metric))
    if cls is None:
        raise InvalidArgumentError(
            f"no reporting-webhook event for object_type {object_type!r} and metric {metric!r} "
            "(customerio.webhooks.REPORTING_WEBHOOK_EVENTS lists them)"
        )
    document = webhook_document()
    event_properties, _ = _properties(document, {"$ref": f"#/components/schemas/{cls.__name__}"})
    payload: dict[str, Any] = {
        "event_id": SAMPLE_EVENT_ID,
        "object_type": object_type,
        "metric": metric,
        "timestamp": SAMPLE_TIMESTAMP,
        "data": _sample_data(document, event_properties.get("data"), object_type),
    }
    payload = _merge(payload, fields)
    try:
        text = json.dumps(payload, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as error:  # a value JSON cannot carry; the message names its type only
        raise InvalidArgumentTypeError(f"sample_webhook fields must be JSON values: {error}") from None
    return text.encode("utf-8")


def sign_webhook(signing_secret: str | bytes, body: Body, *, timestamp: int | None = None) -> dict[str, str]:
    """The headers Customer.io sends with `body`: `Content-Type`, `X-CIO-Timestamp` and `X-CIO-Signature`.

    `timestamp` is the Unix time (seconds) of signing, now by default; pass an old one to test that
    a receiver refuses replayed requests. `body` is signed byte for byte (`str` as UTF-8), so post
    exactly these bytes. An empty `signing_secret` raises `MissingParamError`.
    """
    if not signing_secret:
        raise MissingParamError("signing_secret")
    if timestamp is None:
        timestamp = int(time.time())
    elif isinstance(timestamp, bool) or not isinstance(timestamp, int):
        raise InvalidArgumentTypeError("timestamp must be an int (Unix seconds) or None")
    return {
        "Content-Type": "application/json",
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: compute_signature(signing_secret, timestamp, body),
    }


def new_event_id(now: float | None = None) -> str:
    """A fresh, time-ordered event id shaped like Customer.io's (a 26-character ULID)."""
    milliseconds = int((time.time() if now is None else now) * 1000)
    value = (milliseconds << 80) | secrets.randbits(80)
    return "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(125, -1, -5))
