"""The shared core, exercised through the Track clients: JSON bodies, responses, errors, retries,
redirects, logging and what may never leak (credentials, payloads).

Every test runs against the real retry and redirect transports with a scripted `Wire` beneath
them; sleeping, randomness and the clock are injected.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import enum
import json
import logging
import re
import uuid
from decimal import Decimal
from typing import Any

import httpx
import pytest

from _customerio_gen.track.models.track_account_region import TrackAccountRegion
from _customerio_gen.track.types import UNSET
from customerio import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    CustomerIOError,
    CustomerIORequestError,
    InvalidResponseError,
    MissingParamError,
    NotFoundError,
    RateLimitError,
    RedirectError,
    RetryOptions,
    ServerError,
    TrackClient,
)

from conftest import NOW, Harness, Wire, catalogue, json_response

RETRY = catalogue()["retry"]
REDIRECTS = catalogue()["redirects"]
ERRORS = catalogue()["errors"]
RETRYABLE = tuple(RETRY["defaults"]["retryStatusCodes"])
# With random() = 0.5 and the defaults: the catalogue's worked example ("sleeps 300, 600, 1200 ms").
WORKED_SLEEPS = [
    int(ms) / 1000
    for ms in re.search(r"sleeps ([\d, ]+) ms", RETRY["worked_example"])[1].split(",")  # type: ignore[index]
]


def error_body(message: str) -> dict[str, Any]:
    return {"meta": {"error": message}}


# --- JSON bodies ---------------------------------------------------------------------------------


class Plan(enum.StrEnum):
    PRO = "pro"


class Level(enum.IntEnum):
    HIGH = 3


class Colour(enum.Enum):
    RED = "red"
    NESTED = ("a", 1)


UTC_PLUS_2 = dt.timezone(dt.timedelta(hours=2))
SERIALISED: list[tuple[str, Any, bytes]] = [
    ("aware-utc", dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.UTC), b"1700000000"),
    ("aware-offset", dt.datetime(2023, 11, 15, 0, 13, 20, tzinfo=UTC_PLUS_2), b"1700000000"),
    ("naive-is-utc", dt.datetime(2023, 11, 14, 22, 13, 20), b"1700000000"),
    ("fractional-second", dt.datetime(2023, 11, 14, 22, 13, 20, 500000, tzinfo=dt.UTC), b"1700000000.5"),
    ("date", dt.date(2023, 11, 14), b"1699920000"),
    ("date-before-epoch", dt.date(1969, 12, 31), b"-86400"),
    ("decimal-integral", Decimal("3"), b"3"),
    ("decimal-trailing-zeros", Decimal("3.00"), b"3"),
    ("decimal-exponent", Decimal("1E+2"), b"100"),
    ("decimal-fraction", Decimal("12.50"), b"12.5"),
    ("decimal-negative", Decimal("-0.25"), b"-0.25"),
    ("uuid", uuid.UUID("12345678-1234-5678-1234-567812345678"), b'"12345678-1234-5678-1234-567812345678"'),
    ("str-enum", Plan.PRO, b'"pro"'),
    ("int-enum", Level.HIGH, b"3"),
    ("enum", Colour.RED, b'"red"'),
    ("enum-tuple-value", Colour.NESTED, b'["a",1]'),
    ("tuple", (1, "a", None), b'[1,"a",null]'),
    ("frozenset", frozenset({7}), b"[7]"),
    ("unicode-kept", "Wïly Wönka 😀 日本", '"Wïly Wönka 😀 日本"'.encode()),
    ("escapes", 'quote " backslash \\ newline \n', b'"quote \\" backslash \\\\ newline \\n"'),
    ("bools-and-null", [True, False, None], b"[true,false,null]"),
    ("float", 23.45, b"23.45"),
    ("big-int", 2**64, b"18446744073709551616"),
    ("key-order", {"b": 1, "a": 2}, b'{"b":1,"a":2}'),
    ("int-keys", {1: "x"}, b'{"1":"x"}'),
    ("nested", {"at": [dt.date(1970, 1, 2), {"d": Decimal("1.5")}]}, b'{"at":[86400,{"d":1.5}]}'),
    ("model", TrackAccountRegion(url="u", region="eu"), b'{"url":"u","region":"eu"}'),
]


@pytest.mark.parametrize(("label", "value", "encoded"), SERIALISED, ids=[case[0] for case in SERIALISED])
def test_json_body_values(flavour: str, label: str, value: Any, encoded: bytes) -> None:
    harness = Harness(flavour)
    harness.call("identify", "1", {"v": value})
    body = harness.wire.last.content
    assert body == b'{"v":' + encoded + b"}"
    assert harness.wire.last.headers["content-length"] == str(len(body))
    json.loads(body)


NOT_FINITE: list[Any] = [
    float("nan"),
    float("inf"),
    float("-inf"),
    Decimal("NaN"),
    Decimal("Infinity"),
    Decimal("-Infinity"),
    [1, float("nan")],
    {"deep": {"er": [float("inf")]}},
]


@pytest.mark.parametrize("value", NOT_FINITE, ids=[repr(v) for v in NOT_FINITE])
def test_non_finite_numbers_fail_before_any_request(flavour: str, value: Any) -> None:
    harness = Harness(flavour)
    with pytest.raises(ValueError, match="NaN or infinity") as caught:
        harness.call("identify", "1", {"v": value, "email": "person@example.com"})
    assert isinstance(caught.value, CustomerIOError)
    assert "person@example.com" not in str(caught.value)
    assert harness.wire.requests == []


@pytest.mark.parametrize("value", [object(), b"bytes", 1j], ids=["object", "bytes", "complex"])
def test_unserialisable_values_fail_before_any_request(flavour: str, value: Any) -> None:
    harness = Harness(flavour)
    with pytest.raises(TypeError, match="not JSON serializable") as caught:
        harness.call("track", "1", {"name": "e", "data": {"v": value}})
    assert isinstance(caught.value, CustomerIOError)
    assert harness.wire.requests == []


# --- reading responses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [httpx.Response(200), httpx.Response(204), httpx.Response(202, content=b"  \n"), json_response(201, {})],
    ids=["200-empty", "204", "202-blank", "201-{}"],
)
def test_empty_success_is_an_empty_object(flavour: str, answer: httpx.Response) -> None:
    assert Harness(flavour, Wire(answer)).call("identify", "1") == {}


def test_success_bodies_are_returned_with_unknown_fields(flavour: str) -> None:
    answer = json_response(200, {"ok": True, "new": {"nested": [1, 2]}})
    assert Harness(flavour, Wire(answer)).call("identify", "1") == {"ok": True, "new": {"nested": [1, 2]}}


def test_models_keep_unknown_fields_and_tolerate_missing_ones(flavour: str) -> None:
    payload = {"url": "https://track-eu.customer.io", "region": "eu", "environment_id": 9, "shard": {"n": 2}}
    region = Harness(flavour, Wire(json_response(200, payload))).call("get_account_region")
    assert isinstance(region, TrackAccountRegion)
    assert (region.url, region.region, region.environment_id) == ("https://track-eu.customer.io", "eu", 9)
    assert region.additional_properties == {"shard": {"n": 2}}
    assert region["shard"] == {"n": 2}
    assert region.to_dict() == payload

    sparse = Harness(flavour, Wire(json_response(200, {"region": "mars"}))).call("get_account_region")
    assert sparse.region == "mars"
    assert sparse.url is UNSET
    empty = Harness(flavour, Wire(httpx.Response(200))).call("get_account_region")
    assert empty.region is UNSET


@pytest.mark.parametrize("body", [b"<html><body>ok</body></html>", b"{not json", b"OK"])
def test_a_success_that_is_not_json_is_an_invalid_response(flavour: str, body: bytes) -> None:
    harness = Harness(flavour, Wire(httpx.Response(200, content=body, headers={"Content-Type": "text/html"})))
    with pytest.raises(InvalidResponseError) as caught:
        harness.call("identify", "1", {"email": "person@example.com"})
    error = caught.value
    assert isinstance(error, CustomerIORequestError)
    assert error.status_code == 200
    assert error.body == body.decode()
    assert error.response.headers["content-type"] == "text/html"
    assert body.decode() not in str(error)
    assert len(harness.wire.requests) == 1
    assert harness.wire.sleeps == []


def test_an_html_502_is_retried_then_a_server_error_with_the_raw_body(flavour: str) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    answer = httpx.Response(502, content=page.encode(), headers={"Content-Type": "text/html", "X-Edge": "e1"})
    harness = Harness(flavour, Wire(answer))
    with pytest.raises(ServerError) as caught:
        harness.call("identify", "1")
    error = caught.value
    assert (error.status_code, error.body, str(error)) == (502, page, "502: Unknown error")
    assert error.response.status_code == 502
    assert error.response.ok is False
    assert error.response.headers["x-edge"] == "e1"
    assert len(harness.wire.requests) == 4
    assert harness.wire.sleeps == pytest.approx(WORKED_SLEEPS)


# --- error messages and classes ------------------------------------------------------------------

MESSAGES: list[tuple[str, bytes, str]] = [
    ("meta.error", json.dumps(error_body("Customer not found")).encode(), "Customer not found"),
    ("meta.errors-two", b'{"meta":{"errors":["first","second"]}}', "2 errors:\n  - first\n  - second"),
    ("meta.errors-one", b'{"meta":{"errors":["only"]}}', "1 error:\n  - only"),
    ("meta.error-wins", b'{"meta":{"error":"main","errors":["other"]}}', "main"),
    ("empty-meta.error", b'{"meta":{"error":"","errors":["x"]}}', "1 error:\n  - x"),
    ("no-meta", b'{"error":"flat"}', "Unknown error"),
    ("meta-not-object", b'{"meta":"text"}', "Unknown error"),
    ("json-null", b"null", "Unknown error"),
    ("json-list", b"[1,2]", "Unknown error"),
    ("empty", b"", "Unknown error"),
    ("not-json", b"Bad Request", "Unknown error"),
]


@pytest.mark.parametrize(("label", "body", "message"), MESSAGES, ids=[case[0] for case in MESSAGES])
def test_error_message_composition(flavour: str, label: str, body: bytes, message: str) -> None:
    harness = Harness(flavour, Wire(httpx.Response(400, content=body)))
    with pytest.raises(CustomerIORequestError) as caught:
        harness.call("identify", "1")
    assert caught.value.message == message
    assert str(caught.value) == f"{caught.value.status_code}: {message}"
    assert caught.value.message == message
    assert caught.value.body == body.decode()
    assert caught.value.status_code == 400


def test_the_catalogues_message_examples() -> None:
    rules = " ".join(ERRORS["CustomerIORequestError"]["message_composition"])
    for quoted in ('"2 errors:\\n  - first\\n  - second"', '"1 error:\\n  - only"'):
        assert quoted in rules
    assert any(case[2] == "2 errors:\n  - first\n  - second" for case in MESSAGES)


STATUS_CLASSES: list[tuple[int, type[CustomerIORequestError]]] = [
    (300, CustomerIORequestError),
    (303, CustomerIORequestError),
    (304, CustomerIORequestError),
    (400, CustomerIORequestError),
    (401, AuthenticationError),
    (403, AuthenticationError),
    (404, NotFoundError),
    (408, CustomerIORequestError),
    (409, CustomerIORequestError),
    (422, CustomerIORequestError),
    (429, RateLimitError),
    (500, ServerError),
    (501, ServerError),
    (502, ServerError),
    (503, ServerError),
    (504, ServerError),
    (522, ServerError),
    (524, ServerError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES, ids=[str(s) for s, _ in STATUS_CLASSES])
def test_each_status_raises_its_class(flavour: str, status: int, cls: type[CustomerIORequestError]) -> None:
    answer = json_response(status, error_body(f"status {status}"), {"X-Request-Id": "req-1"})
    harness = Harness(flavour, Wire(answer))
    with pytest.raises(CustomerIORequestError) as caught:
        harness.call("track", "1", {"name": "e"})
    error = caught.value
    assert type(error) is cls
    assert isinstance(error, CustomerIOError)
    assert error.status_code == error.response.status_code == status
    assert error.response.ok is False
    assert error.response.headers["x-request-id"] == "req-1"
    assert all(name == name.lower() for name in error.response.headers)
    assert str(error) == f"{status}: status {status}"
    assert json.loads(error.body) == error_body(f"status {status}")
    assert len(harness.wire.requests) == (4 if status in RETRYABLE else 1)


# --- retries -------------------------------------------------------------------------------------


def test_default_retry_options_are_the_catalogues() -> None:
    defaults = RETRY["defaults"]
    options = RetryOptions()
    assert options.max_retries == defaults["maxRetries"]
    assert options.min_timeout_ms == defaults["minTimeoutMs"]
    assert options.max_timeout_ms == defaults["maxTimeoutMs"]
    assert options.retry_status_codes == tuple(defaults["retryStatusCodes"])
    assert options.respect_retry_after is defaults["respectRetryAfter"]
    assert options.retry_after_max_seconds == defaults["retryAfterMaxSeconds"]
    assert options.max_total_backoff_ms == defaults["maxTotalBackoffMs"]
    assert WORKED_SLEEPS == [0.3, 0.6, 1.2]


@pytest.mark.parametrize("status", RETRYABLE)
def test_retryable_statuses_are_retried_with_backoff(flavour: str, status: int) -> None:
    harness = Harness(flavour, Wire(json_response(status, error_body("busy"))))
    with pytest.raises(CustomerIORequestError, match=rf"^{status}: busy$"):
        harness.call("track", "cust-1", {"name": "purchase", "data": {"price": 23.45}})
    requests = harness.wire.requests
    assert len(requests) == 1 + RETRY["defaults"]["maxRetries"]
    assert harness.wire.sleeps == pytest.approx(WORKED_SLEEPS)
    assert [r.headers.get("x-retry-count") for r in requests] == [None, "1", "2", "3"]
    assert {r.content for r in requests} == {b'{"name":"purchase","data":{"price":23.45}}'}
    assert {(r.method, str(r.url)) for r in requests} == {
        ("POST", "https://track.customer.io/api/v1/customers/cust-1/events")
    }
    assert len({r.headers["authorization"] for r in requests}) == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501, 505])
def test_other_statuses_are_not_retried(flavour: str, status: int) -> None:
    harness = Harness(flavour, Wire(json_response(status, error_body("no"))))
    with pytest.raises(CustomerIORequestError):
        harness.call("identify", "1")
    assert len(harness.wire.requests) == 1
    assert harness.wire.sleeps == []


def test_the_not_retried_examples_of_the_catalogue() -> None:
    listed = {int(code) for code in re.findall(r"\b4\d\d\b", RETRY["not_retried_notes"][0])}
    assert {400, 401, 404, 422} <= listed
    assert (listed - {408, 429}).isdisjoint(RETRYABLE)


def test_a_retry_that_succeeds_returns_the_answer(flavour: str) -> None:
    wire = Wire(json_response(503, error_body("down")), json_response(500), json_response(200, {"ok": 1}))
    harness = Harness(flavour, wire)
    assert harness.call("identify", "1", {"a": 1}) == {"ok": 1}
    assert len(wire.requests) == 3
    assert wire.sleeps == pytest.approx(WORKED_SLEEPS[:2])
    assert [r.headers.get("x-retry-count") for r in wire.requests] == [None, "1", "2"]


def test_backoff_is_capped_by_max_timeout(flavour: str) -> None:
    harness = Harness(flavour, Wire(json_response(500)), retry={"min_timeout_ms": 10000, "max_timeout_ms": 1000})
    with pytest.raises(ServerError):
        harness.call("identify", "1")
    assert harness.wire.sleeps == pytest.approx([1.0, 1.0, 1.0])


def test_min_timeout_scales_the_backoff(flavour: str) -> None:
    harness = Harness(flavour, Wire(json_response(500)), retry={"min_timeout_ms": 100})
    with pytest.raises(ServerError):
        harness.call("identify", "1")
    assert harness.wire.sleeps == pytest.approx([0.15, 0.3, 0.6])


def retry_after(value: str, status: int = 429) -> httpx.Response:
    return json_response(status, error_body("slow down"), {"Retry-After": value})


RETRY_AFTER: list[tuple[str, dict[str, Any], float | None]] = [
    ("2", {}, 2.0),
    ("1.5", {}, 1.5),
    ("7", {"max_timeout_ms": 1000}, 7.0),  # Retry-After is not capped by max_timeout_ms
    ("0", {}, 0.0),
    ("-3", {}, 0.0),
    ("9999", {"retry_after_max_seconds": 1}, 1.0),
    (email.utils.formatdate(NOW + 5, usegmt=True), {}, 5.0),
    (email.utils.formatdate(NOW + 3600, usegmt=True), {"retry_after_max_seconds": 4}, 4.0),
    (email.utils.formatdate(NOW - 60, usegmt=True), {}, 0.0),
    ("soon", {}, 0.3),  # unparseable: the computed backoff
    ("inf", {}, 0.3),
    ("2", {"respect_retry_after": False}, 0.3),
]


@pytest.mark.parametrize(
    ("header", "retry", "first_sleep"), RETRY_AFTER, ids=[f"{h}-{sorted(r)}" for h, r, _ in RETRY_AFTER]
)
def test_retry_after(flavour: str, header: str, retry: dict[str, Any], first_sleep: float) -> None:
    harness = Harness(flavour, Wire(retry_after(header), json_response(200, {})), retry=retry)
    assert harness.call("identify", "1") == {}
    assert harness.wire.sleeps == pytest.approx([first_sleep])


def test_retry_after_on_a_5xx(flavour: str) -> None:
    harness = Harness(flavour, Wire(retry_after("4", 503)))
    with pytest.raises(ServerError):
        harness.call("identify", "1")
    assert harness.wire.sleeps == pytest.approx([4.0, 4.0, 4.0])


def test_a_retry_after_beyond_the_budget_stops_at_once(flavour: str) -> None:
    # Clamped to 300 s, which exceeds the 30 s total budget: the error comes back without sleeping.
    harness = Harness(flavour, Wire(retry_after("9999")))
    with pytest.raises(RateLimitError, match=r"^429: slow down$"):
        harness.call("identify", "1")
    assert len(harness.wire.requests) == 1
    assert harness.wire.sleeps == []


def test_max_total_backoff_stops_early_with_the_last_error(flavour: str) -> None:
    wire = Wire(*(json_response(503, error_body(name)) for name in ("first", "second", "third", "fourth")))
    harness = Harness(flavour, wire, retry={"max_total_backoff_ms": 1000})
    with pytest.raises(ServerError, match=r"^503: third$"):
        harness.call("identify", "1")
    assert wire.sleeps == pytest.approx([0.3, 0.6])  # 1.2 s more would pass the 1 s budget
    assert len(wire.requests) == 3


def test_a_first_backoff_beyond_the_budget_never_sleeps(flavour: str) -> None:
    harness = Harness(
        flavour, Wire(json_response(503)), retry=RetryOptions(min_timeout_ms=100, max_total_backoff_ms=10)
    )
    with pytest.raises(ServerError):
        harness.call("identify", "1")
    assert len(harness.wire.requests) == 1
    assert harness.wire.sleeps == []


def test_max_retries_zero_disables_retrying(flavour: str) -> None:
    for retry in (RetryOptions(max_retries=0), {"max_retries": 0}):
        harness = Harness(flavour, Wire(json_response(503), httpx.ConnectError("refused")), retry=retry)
        with pytest.raises(ServerError):
            harness.call("identify", "1")
        assert len(harness.wire.requests) == 1
        assert harness.wire.sleeps == []


def test_retry_accepts_a_partial_mapping(flavour: str) -> None:
    harness = Harness(flavour, Wire(json_response(503)), retry={"max_retries": 1})
    with pytest.raises(ServerError):
        harness.call("identify", "1")
    assert len(harness.wire.requests) == 2
    assert harness.wire.sleeps == pytest.approx([0.3])


@pytest.mark.parametrize(
    ("retry", "error"),
    [
        ({"retries": 2}, TypeError),
        ("3", TypeError),
        ({"max_retries": -1}, ValueError),
        ({"min_timeout_ms": -5}, ValueError),
    ],
)
def test_bad_retry_options(retry: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        TrackClient("site", "key", retry=retry)


# --- network errors and timeouts -----------------------------------------------------------------

NETWORK_ERRORS: list[tuple[type[httpx.TransportError], type[APIConnectionError]]] = [
    (httpx.ConnectError, APIConnectionError),
    (httpx.ReadError, APIConnectionError),
    (httpx.WriteError, APIConnectionError),
    (httpx.RemoteProtocolError, APIConnectionError),
    (httpx.ConnectTimeout, APITimeoutError),
    (httpx.ReadTimeout, APITimeoutError),
    (httpx.WriteTimeout, APITimeoutError),
    (httpx.PoolTimeout, APITimeoutError),
]


@pytest.mark.parametrize(("raised", "expected"), NETWORK_ERRORS, ids=[r.__name__ for r, _ in NETWORK_ERRORS])
def test_network_errors_are_retried_then_wrapped(
    flavour: str, raised: type[httpx.TransportError], expected: type[APIConnectionError]
) -> None:
    failures = [raised(f"failure {n}") for n in range(4)]
    harness = Harness(flavour, Wire(*failures))
    with pytest.raises(APIConnectionError) as caught:
        harness.call("identify", "1", {"a": 1})
    error = caught.value
    assert type(error) is expected
    assert isinstance(error, CustomerIOError)
    assert error.__cause__ is failures[-1]
    assert len(harness.wire.requests) == 4
    assert harness.wire.sleeps == pytest.approx(WORKED_SLEEPS)
    assert [r.headers.get("x-retry-count") for r in harness.wire.requests] == [None, "1", "2", "3"]
    assert {r.content for r in harness.wire.requests} == {b'{"a":1}'}
    assert "PUT https://track.customer.io/api/v1/customers/1" in str(error)


def test_a_network_error_then_success(flavour: str) -> None:
    harness = Harness(
        flavour, Wire(httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), json_response(200, {"ok": 1}))
    )
    assert harness.call("identify", "1") == {"ok": 1}
    assert len(harness.wire.requests) == 3


def test_timeouts_are_a_kind_of_connection_error() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, CustomerIOError)


# --- redirects -----------------------------------------------------------------------------------


def redirect(status: int, location: str | None) -> httpx.Response:
    headers = {} if location is None else {"Location": location}
    return httpx.Response(status, headers=headers, content=b'{"moved":true}')


EU_EVENTS = "https://track-eu.customer.io/api/v1/customers/cust-1/events"


@pytest.mark.parametrize("status", REDIRECTS["statuses"])
@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("track", ("cust-1", {"name": "e", "data": {"x": "ü"}})),
        ("identify", ("cust-1", {"a": 1})),
        ("destroy", ("cust-1",)),
    ],
    ids=["POST", "PUT", "DELETE"],
)
def test_redirects_replay_the_same_method_and_body(
    flavour: str, status: int, method: str, args: tuple[Any, ...]
) -> None:
    harness = Harness(flavour, Wire(redirect(status, EU_EVENTS), json_response(200, {"after": "redirect"})))
    assert harness.call(method, *args) == {"after": "redirect"}
    first, second = harness.wire.requests
    assert second.method == first.method
    assert str(second.url) == EU_EVENTS
    assert second.content == first.content
    assert second.headers["authorization"] == first.headers["authorization"]
    assert second.headers["host"] == "track-eu.customer.io"
    assert second.headers["user-agent"] == first.headers["user-agent"]
    assert "x-retry-count" not in second.headers
    assert harness.wire.sleeps == []


@pytest.mark.parametrize(
    "location",
    [
        "https://evil.example.com/collect",
        "https://customer.io/api/v1/x",
        "https://evilcustomer.io/x",
        "https://track.customer.io.evil.example/x",
        "http://127.0.0.1:9/x",
    ],
)
def test_redirects_off_customer_io_drop_authorization(flavour: str, location: str) -> None:
    harness = Harness(
        flavour,
        Wire(redirect(307, location), redirect(308, "https://track.customer.io/api/v1/back"), json_response(200, {})),
        headers={"X-Custom": "kept"},
    )
    harness.call("track", "cust-1", {"name": "e"})
    first, second, third = harness.wire.requests
    assert "authorization" in first.headers
    assert "authorization" not in second.headers
    assert "authorization" not in third.headers  # once dropped, it stays dropped
    assert second.headers["x-custom"] == "kept"
    assert second.content == first.content
    assert str(second.url) == location


@pytest.mark.parametrize("location", ["https://track-eu.customer.io/api/v1/x", "https://api.customer.io/v1/y"])
def test_redirects_within_customer_io_keep_authorization(flavour: str, location: str) -> None:
    harness = Harness(flavour, Wire(redirect(301, location), json_response(200, {})))
    harness.call("identify", "1")
    assert harness.wire.requests[1].headers["authorization"] == harness.wire.requests[0].headers["authorization"]


def test_a_relative_location_resolves_against_the_request(flavour: str) -> None:
    harness = Harness(flavour, Wire(redirect(302, "/api/v1/customers/2"), json_response(200, {})))
    harness.call("identify", "1", {"a": 1})
    second = harness.wire.requests[1]
    assert str(second.url) == "https://track.customer.io/api/v1/customers/2"
    assert "authorization" in second.headers
    assert second.content == b'{"a":1}'


@pytest.mark.parametrize("status", REDIRECTS["statuses"])
def test_a_redirect_without_location_is_an_error(flavour: str, status: int) -> None:
    harness = Harness(flavour, Wire(redirect(status, None)))
    with pytest.raises(RedirectError) as caught:
        harness.call("identify", "1")
    assert str(caught.value) == f"Received a {status} status, but no Location header was present"
    assert isinstance(caught.value, CustomerIOError)
    assert len(harness.wire.requests) == 1
    assert harness.wire.sleeps == []


def test_other_3xx_are_not_followed(flavour: str) -> None:
    harness = Harness(flavour, Wire(redirect(303, EU_EVENTS)))
    with pytest.raises(CustomerIORequestError) as caught:
        harness.call("identify", "1")
    assert caught.value.status_code == 303
    assert len(harness.wire.requests) == 1


def test_a_retry_carries_its_count_across_redirects(flavour: str) -> None:
    wire = Wire(json_response(503), redirect(301, EU_EVENTS), json_response(200, {"ok": 1}))
    harness = Harness(flavour, wire)
    assert harness.call("identify", "1") == {"ok": 1}
    assert [r.headers.get("x-retry-count") for r in wire.requests] == [None, "1", "1"]
    assert wire.sleeps == pytest.approx(WORKED_SLEEPS[:1])


def test_a_redirect_loop_ends(flavour: str) -> None:
    harness = Harness(flavour, Wire(redirect(302, "https://track.customer.io/api/v1/loop")))
    with pytest.raises(RedirectError):
        harness.call("identify", "1")
    assert 1 < len(harness.wire.requests) <= 50
    assert harness.wire.sleeps == []


# --- logging and secrets -------------------------------------------------------------------------

SITE = "site-7Hq2SECRET"
KEY = "key-Zp9wSECRET"
TOKEN = "Basic " + base64.b64encode(f"{SITE}:{KEY}".encode()).decode()
PAYLOAD_EMAIL = "private.person@example.com"
SECRETS = (SITE, KEY, TOKEN, TOKEN.split()[1], "SECRET")


def assert_no_secrets(text: str, *, payload: bool = True) -> None:
    for secret in SECRETS:
        assert secret not in text
    if payload:
        assert PAYLOAD_EMAIL not in text
        assert "Wonka" not in text


def test_debug_logging_shows_requests_and_retries_but_no_secrets(
    flavour: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="customerio")
    wire = Wire(json_response(503, error_body("down")), httpx.ConnectError("refused"), json_response(200, {}))
    harness = Harness(flavour, wire, site_id=SITE, api_key=KEY)
    harness.call("identify", "cust-1", {"email": PAYLOAD_EMAIL, "name": "Willy Wonka"})
    records = [r for r in caplog.records if r.name == "customerio"]
    text = "\n".join(r.getMessage() for r in records)
    url = "https://track.customer.io/api/v1/customers/cust-1"
    assert all(r.levelno == logging.DEBUG for r in records)
    assert re.search(rf"PUT {re.escape(url)}.*503", text), text
    assert re.search(rf"PUT {re.escape(url)} -> 200", text), text
    assert re.search(r"replay 1 in 300 ms", text), text
    assert re.search(r"\(ConnectError\); replay 2 in 600 ms", text), text
    assert_no_secrets(text)


def test_nothing_is_logged_above_debug(flavour: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="customerio")
    Harness(flavour, Wire(json_response(503), json_response(200, {}))).call("identify", "1")
    assert [r for r in caplog.records if r.name == "customerio"] == []


FAILURES: list[tuple[str, list[Any]]] = [
    ("meta-error", [json_response(400, error_body("Invalid attribute"))]),
    ("errors-list", [json_response(422, {"meta": {"errors": ["bad value", "too long"]}})]),
    ("unauthorised", [json_response(401, error_body("Unauthorized request"))]),
    ("html-502", [httpx.Response(502, content=b"<html>Bad Gateway</html>")]),
    ("not-json", [httpx.Response(200, content=b"<html>")]),
    ("connect", [httpx.ConnectError("[Errno 111] Connection refused")]),
    ("timeout", [httpx.ReadTimeout("timed out")]),
    ("redirect-no-location", [redirect(301, None)]),
]


@pytest.mark.parametrize(("label", "answers"), FAILURES, ids=[f[0] for f in FAILURES])
def test_errors_carry_no_credentials_or_payload(
    flavour: str, label: str, answers: list[Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="customerio")
    harness = Harness(flavour, Wire(*answers), site_id=SITE, api_key=KEY, retry={"max_retries": 1})
    with pytest.raises(CustomerIOError) as caught:
        harness.call("identify", "cust-1", {"email": PAYLOAD_EMAIL, "name": "Willy Wonka"})
    error = caught.value
    for text in (str(error), repr(error), repr(error.args), *(str(a) for a in error.args)):
        assert_no_secrets(text)
    if isinstance(error, CustomerIORequestError):
        assert_no_secrets(repr(error.response))
        assert_no_secrets(repr(error.response.headers))
    assert_no_secrets(caplog.text)
    assert harness.wire.requests[0].headers["authorization"] == TOKEN


def test_validation_errors_carry_no_payload(flavour: str) -> None:
    harness = Harness(flavour, site_id=SITE, api_key=KEY)
    with pytest.raises(MissingParamError) as caught:
        harness.call("track", "cust-1", {"email": PAYLOAD_EMAIL, "name": ""})
    assert str(caught.value) == "data.name is required"
    assert_no_secrets(repr(caught.value))
