"""The transactional request classes: node's message-building rules, key order and `attach`.

The expected key orders are read from the catalogue's `request_classes` (node 5.2.0).
"""

from __future__ import annotations

import base64
import datetime as dt
import inspect
import json
import re
from typing import Any

import pytest

import customerio
from _customerio_gen import _runtime as _rt
from customerio import (
    SendEmailRequest,
    SendInAppRequest,
    SendInboxMessageRequest,
    SendPushRequest,
    SendSMSRequest,
    SendWhatsAppRequest,
)

from conftest import catalogue

CLASSES: dict[str, type[Any]] = {
    "SendEmailRequest": SendEmailRequest,
    "SendPushRequest": SendPushRequest,
    "SendSMSRequest": SendSMSRequest,
    "SendWhatsAppRequest": SendWhatsAppRequest,
    "SendInboxMessageRequest": SendInboxMessageRequest,
    "SendInAppRequest": SendInAppRequest,
}
CATALOGUE = {entry["name"]: entry for entry in catalogue()["request_classes"]}
KEYWORD = {"from": "from_", "custom_device": "device"}  # wire key -> Python keyword


def _bracketed(text: str) -> list[str]:
    match = re.search(r"\[([^\]]*)\]", text)
    assert match, text
    return [item.strip() for item in match[1].split(",")]


def wire_order(name: str) -> list[str]:
    """Every key the class can send, in node's order (read from the catalogue's message_build)."""
    build = CATALOGUE[name]["message_build"]
    if name == "SendEmailRequest":
        return [
            *re.findall(r'"(\w+)": opts', build[0]),
            *_bracketed(build[1]),
            *re.findall(r'"(\w+)"', build[2].split("each set")[0]),
            "attachments",
        ]
    if name == "SendPushRequest":
        return [
            *re.findall(r'"(\w+)": opts', build[0]),
            *_bracketed(build[1]),
            *re.findall(r'^then "(\w+)"', build[2]),
            *re.findall(r'^then "(\w+)"', build[3]),
        ]
    return [
        "identifiers",
        "transactional_message_id",
        *(field.split(" ")[0] for field in CATALOGUE[name]["optional_fields"]),
    ]


def sample(key: str, index: int) -> Any:
    """A distinct, wire-typed value for a field."""
    if key == "identifiers":
        return {"id": f"person-{index}"}
    if key in ("message_data", "custom_data", "custom_payload", "device", "custom_device"):
        return {"k": index}
    if key == "headers":
        return {"X-Index": str(index)}
    if key in ("send_at", "transactional_message_id"):
        return 1_700_000_000 + index
    if key in (
        "fake_bcc",
        "disable_message_retention",
        "send_to_unsubscribed",
        "tracked",
        "queue_draft",
        "disable_css_preprocessing",
    ):
        return index % 2 == 0
    return f"value-{key}-{index}"


def keyword_arguments(name: str) -> dict[str, Any]:
    """A value for every constructor keyword of the class."""
    parameters = inspect.signature(CLASSES[name]).parameters
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters.values())
    wire = {KEYWORD.get(key, key): key for key in wire_order(name) if key != "attachments"}
    assert set(parameters) == set(wire), name
    return {keyword: sample(wire[keyword], index) for index, keyword in enumerate(parameters)}


def required_keywords(name: str) -> dict[str, Any]:
    parameters = inspect.signature(CLASSES[name]).parameters
    return {
        keyword: sample(keyword, 0)
        for keyword, parameter in parameters.items()
        if parameter.default is inspect.Parameter.empty
    }


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_exported_from_the_package(name: str) -> None:
    assert getattr(customerio, name) is CLASSES[name]
    assert name in customerio.__all__


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_every_field_in_node_order(name: str) -> None:
    kwargs = keyword_arguments(name)
    message = CLASSES[name](**kwargs).message
    expected = [key for key in wire_order(name) if key != "attachments"]
    assert list(message) == expected
    for key in expected:
        assert message[key] == kwargs[KEYWORD.get(key, key)]
    # byte-for-byte what json.dumps writes: the order survives serialisation
    assert list(json.loads(json.dumps(message))) == expected


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_only_given_fields_are_sent(name: str) -> None:
    required = required_keywords(name)
    message = CLASSES[name](**required).message
    if name == "SendEmailRequest":
        assert required.keys() == {"to", "identifiers"}
        assert message == {"to": required["to"], "identifiers": required["identifiers"], "headers": {}}
    else:
        assert required.keys() == {"identifiers", "transactional_message_id"}
        assert message == required
    everything_none = {key: None for key in keyword_arguments(name) if key not in required}
    assert CLASSES[name](**required, **everything_none).message == message


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_falsy_values_are_still_sent(name: str) -> None:
    """Node drops only `undefined` (Python: None); False, 0 and "" are values."""
    kwargs = required_keywords(name)
    falsy = {"disable_message_retention": False, "queue_draft": False, "send_at": 0, "language": ""}
    message = CLASSES[name](**kwargs, **falsy).message
    for key, value in falsy.items():
        assert message[key] is value or message[key] == value


def test_the_catalogue_wire_examples() -> None:
    email = SendEmailRequest(
        to="a@example.com", identifiers={"id": "2"}, message_data={"name": "A"}, transactional_message_id=1
    )
    assert json.dumps(email.message) == json.dumps(CATALOGUE["SendEmailRequest"]["wire_example"])
    # node's example leaves out the device's platform, which the API requires (the type says so;
    # the run time sends what it is given)
    device: Any = {"token": "abc"}
    push = SendPushRequest(identifiers={"id": "2"}, transactional_message_id=1, title="T", device=device)
    assert json.dumps(push.message) == json.dumps(CATALOGUE["SendPushRequest"]["wire_example"])


def test_email_headers_are_always_sent() -> None:
    assert SendEmailRequest(to="a", identifiers={"id": 1}).message["headers"] == {}
    assert SendEmailRequest(to="a", identifiers={"id": 1}, headers=None).message["headers"] == {}
    assert SendEmailRequest(to="a", identifiers={"id": 1}, headers={"X-A": "b"}).message["headers"] == {"X-A": "b"}


def test_email_without_a_template() -> None:
    message = SendEmailRequest(
        to="a@example.com",
        identifiers={"email": "a@example.com"},
        from_="me@example.com",
        subject="Hi",
        body="<p>Hi</p>",
    ).message
    assert message == {
        "to": "a@example.com",
        "identifiers": {"email": "a@example.com"},
        "headers": {},
        "from": "me@example.com",
        "subject": "Hi",
        "body": "<p>Hi</p>",
    }
    assert "transactional_message_id" not in message


def test_template_overrides_keep_their_place() -> None:
    message = SendEmailRequest(to="a", identifiers={"id": 1}, transactional_message_id=3, subject="S").message
    assert list(message) == ["to", "identifiers", "headers", "transactional_message_id", "subject"]


def test_push_device_is_sent_as_custom_device() -> None:
    message = SendPushRequest(
        identifiers={"id": 1}, transactional_message_id=1, device={"token": "t", "platform": "ios"}
    )
    assert message.message["custom_device"] == {"token": "t", "platform": "ios"}
    assert "device" not in message.message
    with pytest.raises(TypeError):
        SendPushRequest(identifiers={"id": 1}, transactional_message_id=1, custom_device={"token": "t"})  # type: ignore[call-arg]


def test_push_message_text_does_not_clash_with_the_message_property() -> None:
    request = SendPushRequest(identifiers={"id": 1}, transactional_message_id=1, title="T", message="Body text")
    assert request.message == {
        "identifiers": {"id": 1},
        "transactional_message_id": 1,
        "title": "T",
        "message": "Body text",
    }


def test_whatsapp_from_is_the_from_key() -> None:
    message = SendWhatsAppRequest(identifiers={"id": 1}, transactional_message_id=1, to="+15555550100", from_="+1555")
    assert list(message.message) == ["identifiers", "transactional_message_id", "to", "from"]


def test_send_at_datetime_becomes_unix_seconds() -> None:
    when = dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.UTC)
    assert (
        SendSMSRequest(identifiers={"id": 1}, transactional_message_id=1, send_at=when).message["send_at"]
        == 1_700_000_000
    )
    assert SendInAppRequest(identifiers={"id": 1}, transactional_message_id=1, send_at=5).message["send_at"] == 5


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_keyword_only_and_unknown_fields_refused(name: str) -> None:
    with pytest.raises(TypeError):
        CLASSES[name]({"id": 1}, 1)
    with pytest.raises(TypeError):
        CLASSES[name](**required_keywords(name), not_a_field=1)


def test_classes_are_distinct() -> None:
    inbox = SendInboxMessageRequest(identifiers={"id": 1}, transactional_message_id=1)
    in_app = SendInAppRequest(identifiers={"id": 1}, transactional_message_id=1)
    assert not isinstance(inbox, SendInAppRequest)
    assert not isinstance(in_app, SendInboxMessageRequest)
    assert inbox.message == in_app.message
    for cls in CLASSES.values():
        assert isinstance(inspect.getattr_static(cls, "message"), property)


def test_the_request_classes_satisfy_the_generated_protocol() -> None:
    request: _rt.MessageRequest = SendSMSRequest(identifiers={"id": 1}, transactional_message_id=1)
    assert request.message["transactional_message_id"] == 1


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_repr_hides_message_contents(name: str) -> None:
    kwargs = keyword_arguments(name)
    kwargs["identifiers"] = {"email": "private.person@example.com"}
    text = repr(CLASSES[name](**kwargs))
    assert text.startswith(f"{name}(fields=[")
    assert "private.person" not in text
    assert "value-" not in text


# --- attach -----------------------------------------------------------------------------------------


def new_email() -> SendEmailRequest:
    return SendEmailRequest(to="a@example.com", identifiers={"id": 1}, transactional_message_id=1)


def test_no_attachments_key_until_attach() -> None:
    request = new_email()
    assert "attachments" not in request.message
    request.attach("a.txt", "x")
    assert list(request.message)[-1] == "attachments"


@pytest.mark.parametrize(
    ("data", "encoded"),
    [
        ("hello world", "aGVsbG8gd29ybGQ="),
        ("héllo ✓", base64.b64encode("héllo ✓".encode()).decode()),
        (b"\x00\xff\x10", "AP8Q"),
        (bytearray(b"hi"), "aGk="),
        (memoryview(b"hi"), "aGk="),
        ("", ""),
    ],
)
def test_attach_encodes_base64(data: Any, encoded: str) -> None:
    request = new_email()
    request.attach("file", data)
    assert request.message["attachments"] == {"file": encoded}


def test_attach_without_encoding_keeps_the_value() -> None:
    request = new_email()
    request.attach("file", "dGVzdA==", encode=False)
    assert request.message["attachments"] == {"file": "dGVzdA=="}


def test_attach_refuses_a_duplicate_name_and_keeps_the_first() -> None:
    request = new_email()
    request.attach("test", "hello world")
    with pytest.raises(ValueError, match=r"^attachment test already exists$"):
        request.attach("test", "other")
    with pytest.raises(ValueError, match=r"^attachment test already exists$"):
        request.attach("test", "b3RoZXI=", encode=False)
    assert request.message["attachments"] == {"test": "aGVsbG8gd29ybGQ="}


def test_attach_replaces_a_falsy_entry_like_node() -> None:
    request = new_email()
    request.attach("empty", "")  # base64 of nothing is "", which JS treats as absent
    request.attach("empty", "now")
    assert request.message["attachments"] == {"empty": "bm93"}


def test_attachments_keep_insertion_order_and_the_live_message() -> None:
    request = new_email()
    message = request.message
    request.attach("b.txt", "1")
    request.attach("a.txt", "2")
    assert list(message["attachments"]) == ["b.txt", "a.txt"]
    assert request.message is message


def test_attach_refuses_other_types() -> None:
    request = new_email()
    with pytest.raises(TypeError):
        request.attach("file", 5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        request.attach(5, "x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="encode=False"):
        request.attach("file", b"raw", encode=False)
    assert "attachments" not in request.message


def test_only_email_has_attach() -> None:
    for name, cls in CLASSES.items():
        assert hasattr(cls, "attach") == (name == "SendEmailRequest")
