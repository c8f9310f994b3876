"""customerio.webhooks: signature verification, replay window and typed reporting-webhook parsing."""

from __future__ import annotations

import dataclasses
import email.message
import hashlib
import hmac
import json
import sys
import typing
from pathlib import Path
from typing import Any

import pytest

import customerio.webhooks as webhooks
from customerio import CustomerIOError, MissingParamError
from customerio.webhooks import (
    REPORTING_WEBHOOK_EVENTS,
    ReportingWebhookEvent,
    UnknownReportingWebhookEvent,
    WebhookPayloadError,
    WebhookVerificationError,
    event_class_for,
    parse_reporting_webhook,
    verify_request_signature,
    verify_webhook,
)

ROOT = Path(__file__).resolve().parent.parent

# customerio-node 5.2.0's test vector.
NODE_SECRET = "secret"
NODE_TIMESTAMP = 1700000000
NODE_BODY = '{"a":1}'
NODE_SIGNATURE = "7d06e4dcbb54167f0033658ac8c45abe35b1fa257ff38a448e290762b595f902"


def sign(secret: str, timestamp: int | str, body: bytes) -> str:
    """The signature computed independently of the SDK."""
    return hmac.new(secret.encode(), b"v0:%s:%s" % (str(timestamp).encode(), body), hashlib.sha256).hexdigest()


# --- verify_request_signature -------------------------------------------------------------------


def test_node_vector() -> None:
    assert sign(NODE_SECRET, NODE_TIMESTAMP, NODE_BODY.encode()) == NODE_SIGNATURE
    assert verify_request_signature(
        signing_secret=NODE_SECRET, timestamp=NODE_TIMESTAMP, body=NODE_BODY, signature=NODE_SIGNATURE
    )


@pytest.mark.parametrize("body", [NODE_BODY, NODE_BODY.encode(), bytearray(NODE_BODY.encode())])
def test_body_bytes_or_str(body: str | bytes | bytearray) -> None:
    assert verify_request_signature(
        signing_secret=NODE_SECRET, timestamp=NODE_TIMESTAMP, body=body, signature=NODE_SIGNATURE
    )


def test_str_body_is_utf8() -> None:
    body = '{"name":"Zoë ☃"}'
    signature = sign("s3cr3t", 1712345678, body.encode("utf-8"))
    assert verify_request_signature(signing_secret="s3cr3t", timestamp=1712345678, body=body, signature=signature)
    assert verify_request_signature(
        signing_secret="s3cr3t", timestamp="1712345678", body=body.encode("utf-8"), signature=signature
    )
    assert not verify_request_signature(
        signing_secret="s3cr3t", timestamp=1712345678, body=body.encode("latin-1", "replace"), signature=signature
    )


def test_timestamp_as_str() -> None:
    assert verify_request_signature(
        signing_secret=NODE_SECRET, timestamp=str(NODE_TIMESTAMP), body=NODE_BODY, signature=NODE_SIGNATURE
    )


def test_upper_case_hex_is_rejected() -> None:
    assert not verify_request_signature(
        signing_secret=NODE_SECRET, timestamp=NODE_TIMESTAMP, body=NODE_BODY, signature=NODE_SIGNATURE.upper()
    )


@pytest.mark.parametrize(
    "signature",
    [None, "", NODE_SIGNATURE[:-1], NODE_SIGNATURE + "0", "z" * 64, "é" * 64, " " + NODE_SIGNATURE[1:]],
)
def test_missing_or_malformed_signature(signature: str | None) -> None:
    assert not verify_request_signature(
        signing_secret=NODE_SECRET, timestamp=NODE_TIMESTAMP, body=NODE_BODY, signature=signature
    )


def test_non_str_signature_is_false() -> None:
    bogus: Any = NODE_SIGNATURE.encode()
    assert not verify_request_signature(
        signing_secret=NODE_SECRET, timestamp=NODE_TIMESTAMP, body=NODE_BODY, signature=bogus
    )


def test_wrong_secret_timestamp_or_body() -> None:
    common: dict[str, Any] = {"signing_secret": NODE_SECRET, "timestamp": NODE_TIMESTAMP, "body": NODE_BODY}
    assert not verify_request_signature(**{**common, "signing_secret": "other"}, signature=NODE_SIGNATURE)
    assert not verify_request_signature(**{**common, "timestamp": NODE_TIMESTAMP + 1}, signature=NODE_SIGNATURE)
    assert not verify_request_signature(**{**common, "body": '{"a":2}'}, signature=NODE_SIGNATURE)


@pytest.mark.parametrize("secret", ["", b""])
def test_empty_secret_raises(secret: str | bytes) -> None:
    with pytest.raises(MissingParamError) as info:
        verify_request_signature(signing_secret=secret, timestamp=NODE_TIMESTAMP, body=NODE_BODY, signature="x")
    assert str(info.value) == "signing_secret is required"
    with pytest.raises(MissingParamError):
        verify_webhook(signing_secret=secret, headers={}, body=NODE_BODY)


def test_bytes_secret() -> None:
    assert verify_request_signature(
        signing_secret=NODE_SECRET.encode(), timestamp=NODE_TIMESTAMP, body=NODE_BODY, signature=NODE_SIGNATURE
    )


# --- verify_webhook -----------------------------------------------------------------------------


def node_headers(timestamp_name: str = "X-CIO-Timestamp", signature_name: str = "X-CIO-Signature") -> dict[str, str]:
    return {timestamp_name: str(NODE_TIMESTAMP), signature_name: NODE_SIGNATURE, "Content-Type": "application/json"}


@pytest.mark.parametrize(
    ("timestamp_name", "signature_name"),
    [
        ("X-CIO-Timestamp", "X-CIO-Signature"),
        ("x-cio-timestamp", "x-cio-signature"),
        ("X-CIO-TIMESTAMP", "X-CIO-SIGNATURE"),
        ("x-Cio-timeStamp", "X-cio-Signature"),
    ],
)
def test_verify_webhook_header_names_in_any_case(timestamp_name: str, signature_name: str) -> None:
    headers = node_headers(timestamp_name, signature_name)
    verify_webhook(signing_secret=NODE_SECRET, headers=headers, body=NODE_BODY, now=NODE_TIMESTAMP)
    verify_webhook(signing_secret=NODE_SECRET, headers=headers, body=NODE_BODY.encode(), now=NODE_TIMESTAMP + 1.5)


def test_verify_webhook_accepts_email_message_headers() -> None:
    message = email.message.Message()
    message["x-cio-timestamp"] = str(NODE_TIMESTAMP)
    message["X-Cio-Signature"] = NODE_SIGNATURE
    verify_webhook(signing_secret=NODE_SECRET, headers=message, body=NODE_BODY, now=NODE_TIMESTAMP)


def test_verify_webhook_accepts_byte_headers() -> None:
    headers: Any = {b"x-cio-timestamp": str(NODE_TIMESTAMP).encode(), b"x-cio-signature": NODE_SIGNATURE.encode()}
    verify_webhook(signing_secret=NODE_SECRET, headers=headers, body=NODE_BODY, now=NODE_TIMESTAMP)


@pytest.mark.parametrize("missing", ["X-CIO-Timestamp", "X-CIO-Signature"])
def test_verify_webhook_missing_header(missing: str) -> None:
    headers = node_headers()
    del headers[missing]
    with pytest.raises(WebhookVerificationError, match=missing):
        verify_webhook(signing_secret=NODE_SECRET, headers=headers, body=NODE_BODY, now=NODE_TIMESTAMP)


@pytest.mark.parametrize(
    "timestamp", ["", "abc", "1700000000.5", "+1700000000", "1e9", "1_700_000_000", "\uff11\uff17"]
)
def test_verify_webhook_non_integer_timestamp(timestamp: str) -> None:
    headers = {"X-CIO-Timestamp": timestamp, "X-CIO-Signature": sign(NODE_SECRET, timestamp, NODE_BODY.encode())}
    with pytest.raises(WebhookVerificationError, match="not an integer"):
        verify_webhook(signing_secret=NODE_SECRET, headers=headers, body=NODE_BODY, tolerance_seconds=None)


def test_verify_webhook_negative_timestamp_is_stale() -> None:
    headers = {"X-CIO-Timestamp": "-5", "X-CIO-Signature": sign(NODE_SECRET, "-5", NODE_BODY.encode())}
    with pytest.raises(WebhookVerificationError, match="seconds"):
        verify_webhook(signing_secret=NODE_SECRET, headers=headers, body=NODE_BODY, now=NODE_TIMESTAMP)


def test_verify_webhook_bad_signature() -> None:
    headers = node_headers()
    headers["X-CIO-Signature"] = NODE_SIGNATURE.upper()
    with pytest.raises(WebhookVerificationError, match="signature") as info:
        verify_webhook(signing_secret=NODE_SECRET, headers=headers, body=NODE_BODY, now=NODE_TIMESTAMP)
    assert isinstance(info.value, CustomerIOError)
    assert isinstance(info.value, ValueError)
    with pytest.raises(WebhookVerificationError):
        verify_webhook(signing_secret=NODE_SECRET, headers=node_headers(), body='{"a":2}', now=NODE_TIMESTAMP)


@pytest.mark.parametrize("offset", [0, 1, -1, 299.9, -300, 300])
def test_replay_window_accepts(offset: float) -> None:
    verify_webhook(signing_secret=NODE_SECRET, headers=node_headers(), body=NODE_BODY, now=NODE_TIMESTAMP + offset)


@pytest.mark.parametrize("offset", [300.5, 301, -301, 86400, -NODE_TIMESTAMP])
def test_replay_window_rejects(offset: float) -> None:
    with pytest.raises(WebhookVerificationError, match="seconds"):
        verify_webhook(signing_secret=NODE_SECRET, headers=node_headers(), body=NODE_BODY, now=NODE_TIMESTAMP + offset)


def test_replay_window_custom_and_disabled() -> None:
    headers = node_headers()
    verify_webhook(signing_secret=NODE_SECRET, headers=headers, body=NODE_BODY, tolerance_seconds=10, now=1700000010)
    with pytest.raises(WebhookVerificationError):
        verify_webhook(
            signing_secret=NODE_SECRET, headers=headers, body=NODE_BODY, tolerance_seconds=10, now=1700000011
        )
    verify_webhook(signing_secret=NODE_SECRET, headers=headers, body=NODE_BODY, tolerance_seconds=None, now=0)


def test_replay_window_defaults_to_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.time", lambda: NODE_TIMESTAMP + 299.0)
    verify_webhook(signing_secret=NODE_SECRET, headers=node_headers(), body=NODE_BODY)
    monkeypatch.setattr("time.time", lambda: NODE_TIMESTAMP + 301.0)
    with pytest.raises(WebhookVerificationError):
        verify_webhook(signing_secret=NODE_SECRET, headers=node_headers(), body=NODE_BODY)


# --- parse_reporting_webhook: every combination of Customer.io's reporting-webhook document ------

CHANNEL_METRICS: dict[str, tuple[str, list[str]]] = {
    "email": (
        "Email",
        [
            "drafted",
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "unsubscribed",
            "bounced",
            "dropped",
            "spammed",
            "failed",
            "undeliverable",
        ],
    ),
    "push": (
        "Push",
        [
            "drafted",
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "dropped",
            "failed",
            "undeliverable",
        ],
    ),
    "sms": (
        "Sms",
        [
            "drafted",
            "attempted",
            "sent",
            "delivered",
            "clicked",
            "converted",
            "bounced",
            "failed",
            "undeliverable",
            "replied",
        ],
    ),
    "whatsapp": (
        "WhatsApp",
        [
            "drafted",
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "dropped",
            "failed",
            "undeliverable",
            "replied",
        ],
    ),
    "slack": ("Slack", ["drafted", "attempted", "sent", "clicked", "failed", "undeliverable"]),
    "webhook": ("Webhook", ["drafted", "attempted", "sent", "clicked", "failed", "undeliverable"]),
    "in_app": (
        "InApp",
        ["drafted", "attempted", "sent", "opened", "clicked", "converted", "failed", "undeliverable"],
    ),
}
SUBSCRIPTION_OBJECT_TYPES = ["customer", "email", "sms", "push", "in_app", "slack", "webhook", "whatsapp"]
SUBSCRIPTION_METRICS = {
    "subscribed": "CustomerSubscribedEvent",
    "unsubscribed": "CustomerUnsubscribedEvent",
    "cio_subscription_preferences_changed": "CustomerCioSubscriptionPreferencesChangedEvent",
}


def pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def expected_classes() -> dict[tuple[str, str], str]:
    expected: dict[tuple[str, str], str] = {}
    for object_type, (prefix, metrics) in CHANNEL_METRICS.items():
        for metric in metrics:
            expected[(object_type, metric)] = f"{prefix}{pascal(metric)}Event"
    for metric, name in SUBSCRIPTION_METRICS.items():
        for object_type in SUBSCRIPTION_OBJECT_TYPES:
            # a channel's own event class wins (email unsubscribed); the others fall back to the customer event
            expected.setdefault((object_type, metric), name)
    return expected


EXPECTED = expected_classes()

# A value for every `data` field the document defines; each payload carries those its class names.
DATA_SAMPLES: dict[str, Any] = {
    "customer_id": "42",
    "email_address": "person@example.com",
    "delivery_id": "RMkBAAGPgt4fSz4DVk1QLwjDAE8=",
    "action_id": 96,
    "campaign_id": 5,
    "broadcast_id": None,
    "trigger_id": 3,
    "newsletter_id": 10,
    "content_id": 2,
    "transactional_message_id": 7,
    "journey_id": "01GW20GXAAXBKZD8J96M8FNV3R",
    "parent_action_id": 95,
    "trigger_event_id": "01E4C3CT6YDC7Y4N7FE1GWWABC",
    "subject": "Welcome aboard",
    "recipient": "person@example.com",
    "failure_message": "mailbox full",
    "content": "<p>Hello</p>",
    "headers": {"X-Custom": ["one", "two"]},
    "href": "https://example.com/pricing",
    "link_id": 4,
    "machine": False,
    "proxied": True,
    "prefetched": False,
    "synthetic": False,
    "inbound_event_id": "01HXINBOUND",
    "to": "+15550001111",
    "tracked_response": "accept",
}
IDENTIFIERS = {"id": "42", "email": "person@example.com", "cio_id": "d9c106000001"}
RECIPIENTS = [{"device_id": "tok-1", "device_platform": "ios"}, {"device_id": "tok-2", "failure_message": "gone"}]


def payload_for(object_type: str, metric: str, data_fields: set[str]) -> dict[str, Any]:
    data: dict[str, Any] = {key: value for key, value in DATA_SAMPLES.items() if key in data_fields}
    data["identifiers"] = dict(IDENTIFIERS)
    if "recipients" in data_fields:
        data["recipients"] = [dict(r) for r in RECIPIENTS]
    data["not_in_the_document"] = {"kept": True}
    return {
        "event_id": f"01E4C4CT6YDC7Y5M7FE1GW{object_type[:2].upper()}",
        "object_type": object_type,
        "metric": metric,
        "timestamp": 1613063089,
        "data": data,
        "future_field": [1, 2, 3],
    }


def data_class_name(event_class_name: str) -> str:
    return event_class_name.removesuffix("Event") + "Data"


def test_registry_covers_exactly_the_documented_combinations() -> None:
    assert len(EXPECTED) == 89
    assert {key: cls.__name__ for key, cls in REPORTING_WEBHOOK_EVENTS.items()} == EXPECTED


def test_spec_defines_a_schema_per_combination() -> None:
    yaml = pytest.importorskip("yaml")
    schemas = yaml.safe_load((ROOT / "spec" / "webhooks.yaml").read_text(encoding="utf-8"))["components"]["schemas"]
    for name in set(EXPECTED.values()):
        assert name in schemas, name
        assert data_class_name(name) in schemas, name
        refined = schemas[name]["allOf"][1]["properties"]
        assert "const" in refined["metric"]


def test_the_event_union_is_every_event_class_and_the_unknown_one() -> None:
    yaml = pytest.importorskip("yaml")
    schemas = yaml.safe_load((ROOT / "spec" / "webhooks.yaml").read_text(encoding="utf-8"))["components"]["schemas"]
    listed = [
        option["$ref"].removeprefix("#/components/schemas/") for option in schemas["AnyReportingWebhookEvent"]["anyOf"]
    ]
    bases = {
        "ReportingWebhookEvent",
        "AnyReportingWebhookEvent",
        *(f"{prefix}Event" for prefix, _ in CHANNEL_METRICS.values()),
    }
    event_schemas = [name for name in schemas if name.endswith("Event") and name not in bases | {"CustomerEvent"}]
    assert sorted(listed) == sorted(event_schemas)
    assert len(listed) == len(set(listed)) == len(set(EXPECTED.values())) + 1
    members = typing.get_args(webhooks.AnyReportingWebhookEvent)
    assert {cls.__name__ for cls in members} == set(listed)
    assert set(REPORTING_WEBHOOK_EVENTS.values()) | {UnknownReportingWebhookEvent} == set(members)
    assert all(issubclass(cls, ReportingWebhookEvent) for cls in members)


@pytest.mark.parametrize(("object_type", "metric"), sorted(EXPECTED))
def test_every_combination_parses_into_its_typed_class(object_type: str, metric: str) -> None:
    name = EXPECTED[(object_type, metric)]
    cls = getattr(webhooks, name)
    data_cls = getattr(webhooks, data_class_name(name))
    data_fields = {f.name for f in dataclasses.fields(data_cls)}
    payload = payload_for(object_type, metric, data_fields)
    body = json.dumps(payload)

    for source in (body, body.encode(), payload):
        event = parse_reporting_webhook(source)
        assert type(event) is cls
        assert isinstance(event, ReportingWebhookEvent)
        assert event_class_for(object_type, metric) is cls
        assert (event.object_type, event.metric) == (object_type, metric)
        assert event.event_id == payload["event_id"]
        assert event.timestamp == 1613063089
        assert type(event.data) is data_cls
        assert not isinstance(event, UnknownReportingWebhookEvent)
        assert event.data.identifiers == webhooks.ReportingWebhookIdentifiers(**IDENTIFIERS)
        for key in data_fields & DATA_SAMPLES.keys():
            assert getattr(event.data, key) == DATA_SAMPLES[key], key
        # unknown fields stay reachable
        assert event.raw == payload
        assert event.raw["future_field"] == [1, 2, 3]
        assert event.raw["data"]["not_in_the_document"] == {"kept": True}


def test_each_event_class_derives_from_its_channel_base() -> None:
    bases = {object_type: getattr(webhooks, f"{prefix}Event") for object_type, (prefix, _) in CHANNEL_METRICS.items()}
    for (object_type, metric), name in EXPECTED.items():
        cls = getattr(webhooks, name)
        base = (
            webhooks.CustomerEvent
            if metric in SUBSCRIPTION_METRICS and name.startswith("Customer")
            else bases[object_type]
        )
        assert issubclass(cls, base), name
        assert issubclass(base, ReportingWebhookEvent) and base is not cls
    assert not issubclass(webhooks.EmailUnsubscribedEvent, webhooks.CustomerEvent)
    assert not set(typing.get_args(webhooks.AnyReportingWebhookEvent)) & {webhooks.CustomerEvent, *bases.values()}


def test_push_recipients_are_typed() -> None:
    event = parse_reporting_webhook(payload_for("push", "sent", {"content", "recipients"}))
    assert isinstance(event, webhooks.PushSentEvent)
    assert event.data.recipients == [
        webhooks.ReportingWebhookPushRecipient(device_id="tok-1", device_platform="ios"),
        webhooks.ReportingWebhookPushRecipient(device_id="tok-2", failure_message="gone"),
    ]


def test_push_drafted_reports_drafted() -> None:
    # Customer.io's document gives push_drafted the metric `attempted`; the drafted event's metric is `drafted`.
    assert event_class_for("push", "drafted") is webhooks.PushDraftedEvent
    assert event_class_for("push", "attempted") is webhooks.PushAttemptedEvent


def event_body(object_type: str, metric: str, data: Any) -> dict[str, Any]:
    """The envelope every reporting webhook has, around `data`."""
    return {
        "event_id": "01E4C4CT6YDC7Y5M7FE1GWWPQJ",
        "object_type": object_type,
        "metric": metric,
        "timestamp": 1613063089,
        "data": data,
    }


def test_subscription_events_from_channels() -> None:
    assert event_class_for("email", "unsubscribed") is webhooks.EmailUnsubscribedEvent
    event = parse_reporting_webhook(event_body("sms", "unsubscribed", {"customer_id": "7", "email_address": None}))
    assert isinstance(event, webhooks.CustomerUnsubscribedEvent)
    assert event.object_type == "sms"
    assert event.data.customer_id == "7"
    changed = parse_reporting_webhook(
        event_body(
            "email",
            "cio_subscription_preferences_changed",
            {"content": '{"topics":{"topic_1":true}}', "delivery_id": "d", "newsletter_id": 4},
        )
    )
    assert isinstance(changed, webhooks.CustomerCioSubscriptionPreferencesChangedEvent)
    assert changed.data.content == '{"topics":{"topic_1":true}}'
    assert changed.data.newsletter_id == 4


def test_customer_example_from_the_document_shape() -> None:
    body = (
        b'{"metric":"subscribed","event_id":"01E4C4CT6YDC7Y5M7FE1GWWPQJ","object_type":"customer",'
        b'"timestamp":1613063089,"data":{"customer_id":"0200000001","email_address":"test@example.com",'
        b'"identifiers":{"id":"42","email":"test@example.com","cio_id":"d9c106000001"}}}'
    )
    event = parse_reporting_webhook(body)
    assert isinstance(event, webhooks.CustomerSubscribedEvent)
    assert event.data.email_address == "test@example.com"
    assert event.data.identifiers is not None
    assert event.data.identifiers.cio_id == "d9c106000001"


# --- the envelope is required; inside `data`, parsing is lenient ----------------------------------


def test_typed_event_with_empty_data() -> None:
    event = parse_reporting_webhook(event_body("slack", "failed", {}))
    assert isinstance(event, webhooks.SlackFailedEvent)
    assert event.event_id == "01E4C4CT6YDC7Y5M7FE1GWWPQJ"
    assert event.timestamp == 1613063089
    # `identifiers` is in every payload, so it is never None: a payload without it gets an empty one
    assert event.data == webhooks.SlackFailedData(identifiers=webhooks.ReportingWebhookIdentifiers())
    assert event.data.failure_message is None
    assert event.data.identifiers.id is None


@pytest.mark.parametrize("missing", ["event_id", "object_type", "metric", "timestamp", "data"])
def test_envelope_field_missing(missing: str) -> None:
    payload = event_body("email", "opened", {"delivery_id": "d"})
    del payload[missing]
    with pytest.raises(WebhookPayloadError, match=f"has no {missing}$") as info:
        parse_reporting_webhook(json.dumps(payload))
    assert isinstance(info.value, CustomerIOError)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("event_id", 17, "event_id must be a string"),
        ("event_id", None, "event_id must be a string"),
        ("object_type", ["email"], "object_type must be a string"),
        ("metric", None, "metric must be a string"),
        ("timestamp", "1613063089", "timestamp must be an integer"),
        ("timestamp", 1613063089.5, "timestamp must be an integer"),
        ("timestamp", True, "timestamp must be an integer"),
        ("data", None, "data must be a JSON object"),
        ("data", "text", "data must be a JSON object"),
        ("data", [1, 2], "data must be a JSON object"),
    ],
)
def test_envelope_field_of_the_wrong_type(field: str, value: Any, message: str) -> None:
    payload = event_body("email", "opened", {})
    payload[field] = value
    with pytest.raises(WebhookPayloadError, match=message):
        parse_reporting_webhook(payload)


def test_nested_object_of_the_wrong_shape_is_dropped_but_kept_raw() -> None:
    event = parse_reporting_webhook(event_body("email", "sent", {"identifiers": "42"}))
    assert isinstance(event, webhooks.EmailSentEvent)
    assert event.data.identifiers == webhooks.ReportingWebhookIdentifiers()  # required: an empty one
    assert event.raw["data"]["identifiers"] == "42"
    pushed = parse_reporting_webhook(event_body("push", "sent", {"identifiers": {"id": "7"}}))
    assert isinstance(pushed, webhooks.PushSentEvent)
    assert pushed.data.identifiers.id == "7"


def test_data_values_are_not_converted() -> None:
    event = parse_reporting_webhook(event_body("email", "clicked", {"link_id": "7"}))
    assert isinstance(event, webhooks.EmailClickedEvent)
    assert event.data.link_id == "7"  # type: ignore[comparison-overlap]


# --- unknown combinations and bad bodies --------------------------------------------------------


@pytest.mark.parametrize(
    ("object_type", "metric"), [("email", "teleported"), ("carrier_pigeon", "sent"), ("", ""), ("Email", "sent")]
)
def test_unknown_combination_is_an_unknown_event(object_type: str, metric: str) -> None:
    payload = {**event_body(object_type, metric, {"a": 1}), "future": True}
    event = parse_reporting_webhook(json.dumps(payload))
    assert type(event) is UnknownReportingWebhookEvent
    assert isinstance(event, ReportingWebhookEvent)
    assert event_class_for(object_type, metric) is None
    assert (event.object_type, event.metric) == (object_type, metric)
    assert event.event_id == payload["event_id"]
    assert event.timestamp == payload["timestamp"]
    assert event.data == {"a": 1}
    assert event.raw == payload


def test_unknown_event_data_is_a_copy() -> None:
    payload = event_body("email", "teleported", {"a": 1})
    event = parse_reporting_webhook(payload)
    assert isinstance(event, UnknownReportingWebhookEvent)
    event.data["a"] = 2
    assert payload["data"] == {"a": 1}


@pytest.mark.parametrize(
    "body",
    ["", "not json", '{"object_type": "email",', b"\xff\xfe\x00garbage", "{'single': 'quotes'}", "[" * 100_000],
)
def test_malformed_json(body: str | bytes) -> None:
    with pytest.raises(WebhookPayloadError) as info:
        parse_reporting_webhook(body)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, CustomerIOError)


@pytest.mark.parametrize("body", ["[]", '[{"object_type":"email"}]', "1", '"text"', "null", "true"])
def test_non_object_payload(body: str) -> None:
    with pytest.raises(WebhookPayloadError, match="not an object"):
        parse_reporting_webhook(body)


def test_error_message_does_not_carry_the_payload() -> None:
    with pytest.raises(WebhookPayloadError) as info:
        parse_reporting_webhook('{"email": "secret-person@example.com"')
    assert "secret-person" not in str(info.value)


# --- the generated module -----------------------------------------------------------------------


def test_generated_models_are_plain_dataclasses() -> None:
    import _customerio_gen.webhook_events as generated

    source = Path(generated.__file__).read_text(encoding="utf-8")
    assert "pydantic" not in source
    assert "import customerio" not in source and "from customerio" not in source
    for name in EXPECTED.values():
        assert dataclasses.is_dataclass(getattr(generated, name))


def test_render_is_deterministic_and_matches_the_checked_in_module(tmp_path: Path) -> None:
    pytest.importorskip("datamodel_code_generator")
    sys.path.insert(0, str(ROOT / "generator"))
    try:
        import webhook_models
    finally:
        sys.path.remove(str(ROOT / "generator"))
    first, second = tmp_path / "first.py", tmp_path / "second.py"
    webhook_models.render(ROOT / "spec" / "webhooks.yaml", first)
    webhook_models.render(ROOT / "spec" / "webhooks.yaml", second)
    assert first.read_bytes() == second.read_bytes()
    checked_in = ROOT / "generated" / "_customerio_gen" / "webhook_events.py"
    assert first.read_bytes() == checked_in.read_bytes(), "run `make generate`"
