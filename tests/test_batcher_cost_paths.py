"""The batchers' cheaper paths give exactly what the general code gives."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any
from urllib.parse import quote

import pytest

import customerio
from _customerio_gen._runtime import encode_component
from customerio import _batching
from customerio._errors import InvalidArgumentError, InvalidArgumentTypeError, MissingParamError
from customerio._overrides import PipelinesBodies, _now_iso, _utc_now, iso_timestamp
from customerio._serialize import dumps

NOW = dt.datetime(2026, 3, 4, 5, 6, 7, 891_234, tzinfo=dt.UTC)


def test_now_iso_is_the_clock_written_like_to_iso_string() -> None:
    for _ in range(2_000):
        before = iso_timestamp(_utc_now())
        text = _now_iso()
        after = iso_timestamp(_utc_now())
        assert before <= text <= after and len(text) == len(before) and text.endswith("Z")


@pytest.mark.parametrize(
    ("call", "fields"),
    [
        ("track", {"user_id": "u1", "event": "e", "properties": {"a": 1}}),
        ("identify", {"anonymous_id": "a1", "traits": {"t": [1, 2]}, "integrations": {"All": False}}),
        ("page", {"user_id": 7, "name": "Home", "category": "c", "timestamp": NOW}),
        ("screen", {"user_id": "u1", "name": "S", "timestamp": "2020-01-01T00:00:00.000Z", "message_id": "m1"}),
        ("group", {"user_id": "u1", "group_id": "g1", "context": {"ip": "1.2.3.4", "library": {"name": "x"}}}),
        ("alias", {"user_id": "u1", "previous_id": "p1", "context": {"page": {"url": "/"}}}),
        ("track", {"user_id": "u1", "event": "e", "context": {"library": None, "locale": "fr"}}),
    ],
)
@pytest.mark.parametrize("default_context", [None, {"app": {"name": "shop"}, "library": "replaced"}])
def test_call_item_is_the_type_and_the_enveloped_call(
    call: Any, fields: dict[str, Any], default_context: dict[str, Any] | None
) -> None:
    ids = iter(f"id-{n}" for n in range(100))
    bodies = PipelinesBodies(default_context, uuid_factory=lambda: next(ids), clock=lambda: NOW)
    item = bodies.call_item(call, fields)
    ids = iter(f"id-{n}" for n in range(100))
    expected = {"type": call, **bodies.call(call, fields)}
    assert item == expected and list(item) == list(expected)
    assert dumps(item) == dumps(expected)


def test_call_item_with_the_default_clock_writes_now() -> None:
    bodies = PipelinesBodies()
    before = iso_timestamp(_utc_now())
    item = bodies.call_item("track", {"user_id": "u1", "event": "e"})
    assert before <= item["timestamp"] <= iso_timestamp(_utc_now())
    assert list(item) == ["type", "userId", "event", "messageId", "timestamp", "context"]
    assert item["context"] == {"library": {"name": "customerio-python", "version": customerio.__version__}}


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"event": "e"}, MissingParamError),
        ({"user_id": " ", "event": "e"}, MissingParamError),
        ({"user_id": "u1"}, MissingParamError),
        ({"user_id": "u1", "event": "e", "context": ["x"]}, InvalidArgumentTypeError),
        ({"user_id": "u1", "event": "e", "timestamp": 5}, InvalidArgumentTypeError),
    ],
)
def test_call_item_refuses_what_the_call_refuses(fields: dict[str, Any], error: type[Exception]) -> None:
    bodies = PipelinesBodies()
    with pytest.raises(error) as by_item:
        bodies.call_item("track", fields)
    with pytest.raises(error) as by_call:
        bodies.call("track", fields)
    assert str(by_item.value) == str(by_call.value)


def test_the_kept_encoder_refuses_and_names_paths_as_before() -> None:
    loop: dict[str, Any] = {}
    loop["self"] = loop
    with pytest.raises(InvalidArgumentError, match=r"^data\.x\.self: circular reference$"):
        dumps({"x": loop})
    with pytest.raises(InvalidArgumentError, match=r"^data\.a\[1\]: nan cannot be sent"):
        dumps({"a": [1, math.nan]})
    assert dumps({"s": "a\ud800b", "e": "é"}) == b'{"s":"a\\ud800b","e":"\xc3\xa9"}'
    assert dumps("x") == b'"x"' and dumps(None) == b"null" and dumps(1.5) == b"1.5"


def test_encode_component_is_encode_uri_component() -> None:
    for code in range(0x2100):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        for text in (char, f"a{char}b", f"{char}\n"):
            assert encode_component(text) == quote(text, safe="!~*'()")
    assert encode_component(12) == "12" and encode_component(True) == "true" and encode_component(2.0) == "2"


def test_ulid_randomness_is_written_as_base32() -> None:
    before = _batching.new_ulid()
    for _ in range(200):
        ulid = _batching.new_ulid()
        assert len(ulid) == 26 and ulid > before
        before = ulid
    try:
        for randomness in (0, 1, (1 << 80) - 1, 0x0123456789ABCDEF0123):
            _batching._ulid_last = (1 << 47, randomness - 1 if randomness else (1 << 80) - 1)
            # the next id in the same (future) millisecond carries `randomness`
            assert _batching.new_ulid()[10:] == _batching._base32(randomness, 8)
    finally:
        _batching._ulid_last = (0, 0)


def test_single_identifier_ordering_keys_match_the_general_form() -> None:
    assert _batching._person_key({"email": "a@b"}) == "person:email=a@b"
    assert _batching._person_key({"id": 5}) == "person:id=5"
    assert _batching._person_key({"id": "1", "email": "a"}) == "person:email=a&id=1"
