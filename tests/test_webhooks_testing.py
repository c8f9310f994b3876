"""customerio.testing's webhook helpers: sample payloads, signing, construct_event, and `send-webhook`.

Every event type of spec/webhooks.yaml goes the whole way: `sample_webhook` → schema validation
against the spec (openapi-schema-validator) → `sign_webhook` → `construct_event` → the typed class.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml
from openapi_schema_validator import OAS31Validator
from referencing import Registry

import customerio.webhooks as webhooks
from customerio import CustomerIOError, InvalidArgumentError, InvalidArgumentTypeError, MissingParamError
from customerio.testing import new_event_id, sample_webhook, sign_webhook
from customerio.testing.__main__ import main
from customerio.webhooks import (
    UnknownReportingWebhookEvent,
    WebhookPayloadError,
    WebhookVerificationError,
    construct_event,
)

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "spec" / "webhooks.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
SECRET = "whsec-test-secret"
NOW = 1_800_000_000


def merged_properties(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema's properties through its `allOf` chain, the later parts refining the earlier ones."""
    properties: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        if "$ref" in part:
            properties.update(merged_properties(SCHEMAS[part["$ref"].removeprefix("#/components/schemas/")]))
        else:
            properties.update(merged_properties(part))
    properties.update(schema.get("properties", {}))
    return properties


def spec_event_types() -> dict[tuple[str, str], str]:
    """Each (object_type, metric) the spec describes, with the schema that owns it.

    An event schema is one whose `metric` is a `const`. One whose `object_type` is a single `const`
    owns its combination; the subscription schemas, whose `object_type` is an `enum` of channels,
    take the combinations no channel schema owns."""
    owned: dict[tuple[str, str], str] = {}
    shared: dict[tuple[str, str], str] = {}
    for name, schema in SCHEMAS.items():
        properties = merged_properties(schema)
        if "const" not in properties.get("metric", {}):
            continue  # the base, the channel bases, the unknown event, data schemas
        object_type = properties["object_type"]
        target, object_types = (
            (owned, [object_type["const"]]) if "const" in object_type else (shared, object_type["enum"])
        )
        for value in object_types:
            target[(value, properties["metric"]["const"])] = name
    return {**shared, **owned}


EVENT_TYPES = spec_event_types()
COMBINATIONS = sorted(EVENT_TYPES)


def validate(schema_name: str, payload: Any) -> list[str]:
    root = {"$ref": f"#/components/schemas/{schema_name}", "components": SPEC["components"]}
    validator = OAS31Validator(root, registry=Registry())
    return [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(payload)]


def on_the_wire(value: Any) -> Any:
    """A parsed value as JSON would carry it: dataclasses as objects, unset (None) fields left out."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: on_the_wire(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if getattr(value, f.name) is not None
        }
    if isinstance(value, list):
        return [on_the_wire(item) for item in value]
    return value


# --- every event type of the spec round-trips ---------------------------------------------------


def test_the_spec_describes_every_event_type_the_sdk_parses() -> None:
    assert len(EVENT_TYPES) == 89
    assert len(set(EVENT_TYPES.values())) == 69
    assert {key: cls.__name__ for key, cls in webhooks.REPORTING_WEBHOOK_EVENTS.items()} == EVENT_TYPES


@pytest.mark.parametrize(("object_type", "metric"), COMBINATIONS, ids=[f"{o}.{m}" for o, m in COMBINATIONS])
def test_sample_sign_construct_round_trip(object_type: str, metric: str) -> None:
    body = sample_webhook(object_type, metric)
    payload = json.loads(body)
    schema_name = EVENT_TYPES[(object_type, metric)]
    assert validate(schema_name, payload) == []
    assert validate("AnyReportingWebhookEvent", payload) == []
    assert payload["data"]["identifiers"]["id"]  # a sample names its person

    headers = sign_webhook(SECRET, body, timestamp=NOW)
    event = construct_event(signing_secret=SECRET, headers=headers, body=body, now=NOW + 5)

    assert type(event).__name__ == schema_name
    assert type(event) is getattr(webhooks, schema_name)
    assert (event.object_type, event.metric) == (object_type, metric)
    assert (event.event_id, event.timestamp) == (payload["event_id"], payload["timestamp"])
    assert event.raw == payload
    assert not isinstance(event, UnknownReportingWebhookEvent)
    assert on_the_wire(event.data) == payload["data"]  # every sample field landed in a typed field


def test_the_validator_rejects_what_the_spec_forbids() -> None:
    payload = json.loads(sample_webhook("email", "clicked"))
    assert validate("EmailClickedEvent", payload) == []
    assert validate("EmailClickedEvent", {**payload, "metric": "opened"}) != []
    assert validate("EmailClickedEvent", {key: v for key, v in payload.items() if key != "event_id"}) != []
    assert validate("EmailClickedEvent", {**payload, "data": {**payload["data"], "link_id": "seven"}}) != []


def test_channel_specific_values() -> None:
    assert json.loads(sample_webhook("sms", "sent"))["data"]["recipient"].startswith("+")
    assert json.loads(sample_webhook("email", "sent"))["data"]["recipient"].endswith("@example.com")
    push = json.loads(sample_webhook("push", "delivered"))["data"]
    assert push["recipients"][0]["device_platform"] in ("ios", "android")
    customer = json.loads(sample_webhook("customer", "subscribed"))
    assert "delivery_id" not in customer["data"]  # a person's own change names no message


# --- sample_webhook -----------------------------------------------------------------------------


def test_sample_is_compact_deterministic_json() -> None:
    body = sample_webhook("email", "opened")
    assert isinstance(body, bytes)
    assert body == sample_webhook("email", "opened")
    assert b": " not in body and b", " not in body


def test_fields_override_and_mappings_merge() -> None:
    payload = json.loads(
        sample_webhook(
            "email",
            "clicked",
            event_id="01J000000000000000000000AA",
            timestamp=NOW,
            data={"href": "https://example.com/a", "identifiers": {"email": None}},
            extra_top_level=[1],
        )
    )
    assert payload["event_id"] == "01J000000000000000000000AA"
    assert payload["timestamp"] == NOW
    assert payload["extra_top_level"] == [1]
    assert payload["data"]["href"] == "https://example.com/a"
    assert payload["data"]["link_id"] == json.loads(sample_webhook("email", "clicked"))["data"]["link_id"]
    assert payload["data"]["identifiers"] == {"id": "42", "email": None, "cio_id": "a3f20c000001"}
    assert validate("EmailClickedEvent", payload) == []


def test_overrides_do_not_leak_into_later_samples() -> None:
    first = json.loads(sample_webhook("push", "sent", data={"recipients": []}))
    first_default = json.loads(sample_webhook("push", "sent"))
    assert first["data"]["recipients"] == []
    assert first_default["data"]["recipients"] != []


@pytest.mark.parametrize(("object_type", "metric"), [("email", "teleported"), ("fax", "sent"), ("", "")])
def test_sample_of_an_unknown_combination(object_type: str, metric: str) -> None:
    with pytest.raises(InvalidArgumentError, match="no reporting-webhook event") as info:
        sample_webhook(object_type, metric)
    assert isinstance(info.value, CustomerIOError)


def test_new_event_id_is_a_time_ordered_ulid() -> None:
    first, second = new_event_id(now=NOW), new_event_id(now=NOW + 1)
    assert len(first) == 26
    assert set(first) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    assert first[:10] < second[:10]
    assert new_event_id(now=NOW) != first  # the random part differs


# --- sign_webhook -------------------------------------------------------------------------------


def test_sign_webhook_headers() -> None:
    body = b'{"a":1}'
    headers = sign_webhook(SECRET, body, timestamp=NOW)
    expected = hmac.new(SECRET.encode(), b"v0:%d:%s" % (NOW, body), hashlib.sha256).hexdigest()
    assert headers == {"Content-Type": "application/json", "X-CIO-Timestamp": str(NOW), "X-CIO-Signature": expected}
    assert sign_webhook(SECRET.encode(), body.decode(), timestamp=NOW) == headers


def test_sign_webhook_matches_the_node_vector() -> None:
    signature = sign_webhook("secret", '{"a":1}', timestamp=1700000000)["X-CIO-Signature"]
    assert signature == "7d06e4dcbb54167f0033658ac8c45abe35b1fa257ff38a448e290762b595f902"


def test_sign_webhook_defaults_to_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.time", lambda: NOW + 0.75)
    assert sign_webhook(SECRET, b"{}")["X-CIO-Timestamp"] == str(NOW)


@pytest.mark.parametrize("secret", ["", b""])
def test_sign_webhook_needs_a_secret(secret: str | bytes) -> None:
    with pytest.raises(MissingParamError, match="signing_secret"):
        sign_webhook(secret, b"{}")


@pytest.mark.parametrize("timestamp", [True, 1.5, "1700000000"])
def test_sign_webhook_timestamp_is_an_int(timestamp: Any) -> None:
    with pytest.raises(CustomerIOError, match="timestamp must be an int"):
        sign_webhook(SECRET, b"{}", timestamp=timestamp)


# --- construct_event ----------------------------------------------------------------------------


class Headers(Mapping[str, str]):
    """A read-only, case-preserving mapping that is not a dict (as frameworks' header objects are)."""

    def __init__(self, items: Mapping[str, str]) -> None:
        self._items = dict(items)

    def __getitem__(self, key: str) -> str:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)


@pytest.mark.parametrize("case", [str.lower, str.upper, str])
def test_construct_event_reads_headers_in_any_case(case: Any) -> None:
    body = sample_webhook("email", "delivered")
    headers = Headers({case(name): value for name, value in sign_webhook(SECRET, body, timestamp=NOW).items()})
    event = construct_event(signing_secret=SECRET, headers=headers, body=body.decode(), now=NOW)
    assert isinstance(event, webhooks.EmailDeliveredEvent)


def test_construct_event_bad_signature() -> None:
    body = sample_webhook("email", "opened")
    headers = sign_webhook("another-secret", body, timestamp=NOW)
    with pytest.raises(WebhookVerificationError, match="signature does not match") as info:
        construct_event(signing_secret=SECRET, headers=headers, body=body, now=NOW)
    assert isinstance(info.value, CustomerIOError)
    assert SECRET not in str(info.value)


def test_construct_event_tampered_body() -> None:
    body = sample_webhook("email", "opened")
    headers = sign_webhook(SECRET, body, timestamp=NOW)
    with pytest.raises(WebhookVerificationError):
        construct_event(signing_secret=SECRET, headers=headers, body=body.replace(b"42", b"43"), now=NOW)


@pytest.mark.parametrize(("age", "tolerance"), [(301, 300), (-301, 300), (11, 10)])
def test_construct_event_stale_timestamp(age: int, tolerance: int) -> None:
    body = sample_webhook("email", "opened")
    headers = sign_webhook(SECRET, body, timestamp=NOW)
    with pytest.raises(WebhookVerificationError, match="seconds from now"):
        construct_event(signing_secret=SECRET, headers=headers, body=body, now=NOW + age, tolerance_seconds=tolerance)
    event = construct_event(signing_secret=SECRET, headers=headers, body=body, now=NOW + age, tolerance_seconds=None)
    assert isinstance(event, webhooks.EmailOpenedEvent)


def test_construct_event_missing_headers() -> None:
    body = sample_webhook("email", "opened")
    with pytest.raises(WebhookVerificationError, match="missing X-CIO-Timestamp"):
        construct_event(signing_secret=SECRET, headers={}, body=body, now=NOW)


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"object_type":"email","metric":"opened"}'])
def test_construct_event_signed_body_that_is_not_an_event(body: bytes) -> None:
    headers = sign_webhook(SECRET, body, timestamp=NOW)
    with pytest.raises(WebhookPayloadError) as info:
        construct_event(signing_secret=SECRET, headers=headers, body=body, now=NOW)
    assert isinstance(info.value, CustomerIOError)


def test_construct_event_checks_the_signature_before_the_json() -> None:
    headers = sign_webhook("another-secret", b"not json", timestamp=NOW)
    with pytest.raises(WebhookVerificationError):
        construct_event(signing_secret=SECRET, headers=headers, body=b"not json", now=NOW)


def test_construct_event_unknown_combination() -> None:
    body = json.dumps({**json.loads(sample_webhook("email", "opened")), "metric": "teleported"}).encode()
    event = construct_event(
        signing_secret=SECRET, headers=sign_webhook(SECRET, body, timestamp=NOW), body=body, now=NOW
    )
    assert isinstance(event, UnknownReportingWebhookEvent)
    assert event.data["delivery_id"] == json.loads(body)["data"]["delivery_id"]


# --- python -m customerio.testing send-webhook ----------------------------------------------------


class Receiver(BaseHTTPRequestHandler):
    """Records each POST and answers with `status`."""

    received: ClassVar[list[tuple[str, dict[str, str], bytes]]] = []
    status: ClassVar[int] = 200

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        type(self).received.append((self.path, dict(self.headers.items()), body))
        self.send_response(type(self).status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[tuple[str, type[Receiver]]]:
    handler = type("RecordingReceiver", (Receiver,), {"received": [], "status": 200})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/webhooks/customerio", handler
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_send_webhook_posts_a_signed_sample(
    receiver: tuple[str, type[Receiver]], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, handler = receiver
    monkeypatch.setattr("time.time", lambda: float(NOW))
    code = main(["send-webhook", url, "--secret", SECRET, "--event", "email.clicked"])
    assert code == 0
    assert "email.clicked" in capsys.readouterr().out
    ((path, headers, body),) = handler.received
    assert path == "/webhooks/customerio"
    assert headers["Content-Type"] == "application/json"
    event = construct_event(signing_secret=SECRET, headers=headers, body=body, now=NOW)
    assert isinstance(event, webhooks.EmailClickedEvent)
    assert event.timestamp == NOW
    assert event.event_id != json.loads(sample_webhook("email", "clicked"))["event_id"]  # a fresh event each time
    assert validate("EmailClickedEvent", json.loads(body)) == []


def test_send_webhook_secret_from_the_environment_and_old_timestamp(
    receiver: tuple[str, type[Receiver]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, handler = receiver
    monkeypatch.setenv("CUSTOMERIO_WEBHOOK_SIGNING_SECRET", SECRET)
    assert main(["send-webhook", url, "--event", "sms.unsubscribed", "--timestamp", str(NOW - 3600)]) == 0
    ((_, headers, body),) = handler.received
    assert headers["X-CIO-Timestamp"] == str(NOW - 3600)
    with pytest.raises(WebhookVerificationError, match="seconds from now"):
        construct_event(signing_secret=SECRET, headers=headers, body=body, now=NOW)
    event = construct_event(signing_secret=SECRET, headers=headers, body=body, now=NOW - 3600)
    assert isinstance(event, webhooks.CustomerUnsubscribedEvent)
    assert event.object_type == "sms"


def test_send_webhook_exit_status_follows_the_answer(
    receiver: tuple[str, type[Receiver]], capsys: pytest.CaptureFixture[str]
) -> None:
    url, handler = receiver
    handler.status = 401
    assert main(["send-webhook", url, "--secret", SECRET, "--event", "push.opened"]) == 1
    output = capsys.readouterr()
    assert "401" in output.out
    assert SECRET not in output.out + output.err
    assert len(handler.received) == 1


def test_send_webhook_fields_are_merged_into_the_sample(receiver: tuple[str, type[Receiver]]) -> None:
    url, handler = receiver
    fields = '{"event_id": "01J000000000000000000000AA", "data": {"href": "https://example.com/a"}}'
    assert main(["send-webhook", url, "--secret", SECRET, "--event", "email.clicked", "--fields", fields]) == 0
    ((_, headers, body),) = handler.received
    event = construct_event(signing_secret=SECRET, headers=headers, body=body, tolerance_seconds=None)
    assert isinstance(event, webhooks.EmailClickedEvent)
    assert event.event_id == "01J000000000000000000000AA"
    assert event.data.href == "https://example.com/a"
    assert event.data.link_id is not None  # the rest of the sample is kept


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--secret", SECRET, "--event", "email.sent", "--fields", "{"], "--fields is not valid JSON"),
        (["--secret", SECRET, "--event", "email.sent", "--fields", "[1]"], "--fields must be a JSON object"),
        (["--secret", SECRET, "--event", "email.sent", "--fields", '{"metric": "x"}'], "--event chooses them"),
        (["--secret", SECRET, "--event", "email.teleported"], "unknown event 'email.teleported'"),
        (["--secret", SECRET, "--event", "clicked"], "unknown event 'clicked'"),
        (["--event", "email.clicked"], "CUSTOMERIO_WEBHOOK_SIGNING_SECRET"),
        (["--secret", SECRET], "--event"),
    ],
)
def test_send_webhook_usage_errors(
    arguments: list[str],
    message: str,
    receiver: tuple[str, type[Receiver]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CUSTOMERIO_WEBHOOK_SIGNING_SECRET", raising=False)
    url, handler = receiver
    with pytest.raises(SystemExit) as info:
        main(["send-webhook", url, *arguments])
    assert info.value.code == 2
    errors = capsys.readouterr().err
    assert message in errors
    assert "usage: python -m customerio.testing send-webhook" in errors
    assert handler.received == []


def test_send_webhook_unreachable_receiver(capsys: pytest.CaptureFixture[str]) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    port = server.server_address[1]
    server.server_close()  # nothing listens there any more
    assert main(["send-webhook", f"http://127.0.0.1:{port}/", "--secret", SECRET, "--event", "email.sent"]) == 1
    assert "could not reach" in capsys.readouterr().err


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/", "http://[::1", "127.0.0.1:8000/hook"])
def test_send_webhook_url_it_cannot_post_to(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["send-webhook", url, "--secret", SECRET, "--event", "email.sent"]) == 1
    assert "could not reach" in capsys.readouterr().err


def test_send_webhook_help_lists_the_events() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "customerio.testing", "send-webhook", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert result.returncode == 0, result.stderr
    assert "email.clicked" in result.stdout
    assert "in_app.converted" in result.stdout


# --- docs/webhooks.md shows what the helpers make -------------------------------------------------


def test_the_guide_shows_the_real_sample_and_its_signature() -> None:
    guide = (ROOT / "docs" / "webhooks.md").read_text(encoding="utf-8")
    after_marker = guide.split("<!-- sample-payload: email.clicked", 1)[1]
    shown = json.loads(after_marker.split("```json\n", 1)[1].split("```", 1)[0])
    body = sample_webhook("email", "clicked")
    assert shown == json.loads(body)
    headers = sign_webhook("example-secret", body, timestamp=shown["timestamp"])
    assert f"X-CIO-Timestamp: {shown['timestamp']}\n" in guide
    assert f"X-CIO-Signature: {headers['X-CIO-Signature']}\n" in guide


# --- bad arguments are CustomerIOErrors ------------------------------------------------------------


@pytest.mark.parametrize("value", [object(), float("nan"), {1j: 2}])
def test_sample_fields_must_be_json(value: Any) -> None:
    with pytest.raises(InvalidArgumentTypeError, match="must be JSON values"):
        sample_webhook("email", "sent", data={"extra": value})


def test_sign_webhook_body_must_be_bytes_or_str() -> None:
    with pytest.raises(InvalidArgumentTypeError, match="body must be bytes or str"):
        sign_webhook(SECRET, {"a": 1}, timestamp=NOW)  # type: ignore[arg-type]


def test_construct_event_bad_arguments() -> None:
    body = sample_webhook("email", "opened")
    headers = sign_webhook(SECRET, body, timestamp=NOW)
    decoded: dict[str, Any] = json.loads(body)
    with pytest.raises(InvalidArgumentError, match="tolerance_seconds"):
        construct_event(signing_secret=SECRET, headers=headers, body=body, now=NOW, tolerance_seconds=-1)
    with pytest.raises(InvalidArgumentTypeError, match="body must be"):
        construct_event(signing_secret=SECRET, headers=headers, body=decoded, now=NOW)  # type: ignore[arg-type]
    with pytest.raises(MissingParamError, match="signing_secret"):
        construct_event(signing_secret="", headers=headers, body=body, now=NOW)
