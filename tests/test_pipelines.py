"""PipelinesClient / AsyncPipelinesClient: node's envelope, checks and golden requests.

The catalogue's PipelinesClient examples are replayed through both clients with the message id
and the clock injected; the catalogue scrubs the auto-filled `messageId` / `timestamp` to
`<uuid4>` / `<iso8601 now>`, so the same scrub is applied to our bytes (only where the value is
the injected one) and the rest must be identical, with this SDK's `context.library`.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import inspect
import json
import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest

import customerio
from _customerio_gen.pipelines.models import PipelinesBatchItem, PipelinesContext, PipelinesResponse
from customerio import (
    AsyncPipelinesClient,
    CustomerIORequestError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    MissingParamError,
    PipelinesClient,
    Region,
    RegionEU,
    RegionUS,
    RetryOptions,
)
from customerio._overrides import PipelinesBodies, iso_timestamp, pipelines_batch_item
from customerio._redirects import AsyncRedirectTransport, RedirectTransport
from customerio._retry import AsyncRetryTransport, RetryTransport

from conftest import Wire, catalogue, catalogue_methods, invoke, json_response

PIPELINES = catalogue_methods("PipelinesClient")
EXAMPLES = [(method, example) for method in PIPELINES for example in method["examples"]]
EXAMPLE_IDS = [f"{method['python_name']}-{example['variant']}" for method, example in EXAMPLES]
USER_AGENT = f"Customer.io Python Client/{customerio.__version__}"
LIBRARY = {"name": "customerio-python", "version": customerio.__version__}
LIBRARY_JSON = json.dumps(LIBRARY, separators=(",", ":"))
NODE_LIBRARY_JSON = '{"name":"customerio-node","version":"5.2.0"}'

# The catalogue's examples were recorded with write key "wk" (its Authorization is "Basic d2s6")
# and defaultContext {locale: "en-US"} (every example's context starts with it).
WRITE_KEY = "wk"
EXAMPLE_DEFAULT_CONTEXT = {"locale": "en-US"}
NOW = dt.datetime(2026, 1, 1, 0, 0, 0, 123456, tzinfo=dt.UTC)
NOW_ISO = "2026-01-01T00:00:00.123Z"
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def snake(name: str) -> str:
    return re.sub(r"([A-Z])", r"_\1", name).lower()


def python_args(method: Mapping[str, Any], args: list[Any]) -> tuple[list[Any], dict[str, Any]]:
    """A node example's arguments as the Python call takes them (snake_case keywords / items)."""
    args = copy.deepcopy(args)
    if method["python_name"] == "batch":
        return [[{snake(key): value for key, value in item.items()} for item in args[0]]], {}
    return [], {snake(key): value for key, value in args[0].items()}


class Ids:
    """A message-id source whose ids are recognisable in a body."""

    def __init__(self) -> None:
        self.issued: list[str] = []

    def __call__(self) -> str:
        value = f"00000000-0000-4000-8000-{len(self.issued) + 1:012d}"
        self.issued.append(value)
        return value


class Clock:
    """A clock that moves a second every time it is read: a re-built envelope would show."""

    def __init__(self, start: dt.datetime = NOW) -> None:
        self.now = start
        self.reads = 0

    def __call__(self) -> dt.datetime:
        value = self.now
        self.now += dt.timedelta(seconds=1)
        self.reads += 1
        return value


AnyPipelinesClient = PipelinesClient | AsyncPipelinesClient


def route(client: AnyPipelinesClient, wire: Wire, retry: RetryOptions | None = None) -> None:
    """Send the client's requests to `wire` through its real retry and redirect transports."""
    options = retry or client._config.retry
    if isinstance(client, PipelinesClient):
        client._pool = httpx.MockTransport(wire.handle)
        client._transport = RetryTransport(
            RedirectTransport(client._pool), options, sleep=wire.sleep, random=lambda: 0.5, clock=wire.clock
        )
    else:
        client._pool = httpx.MockTransport(wire.handle)
        client._transport = AsyncRetryTransport(
            AsyncRedirectTransport(client._pool), options, sleep=wire.async_sleep, random=lambda: 0.5, clock=wire.clock
        )


class Harness:
    """A Pipelines client of one flavour on a `Wire`, with injected message ids and clock."""

    def __init__(
        self,
        flavour: str,
        wire: Wire | None = None,
        *,
        write_key: str | None = WRITE_KEY,
        default_context: Mapping[str, Any] | None = None,
        clock: Callable[[], dt.datetime] | None = None,
        retry: RetryOptions | None = None,
        **options: Any,
    ) -> None:
        self.flavour = flavour
        self.wire = wire or Wire()
        self.ids = Ids()
        self.clock = clock or Clock()
        cls = PipelinesClient if flavour == "sync" else AsyncPipelinesClient
        self.client: AnyPipelinesClient = cls(write_key, default_context=default_context, **options)
        self.client._bodies = PipelinesBodies(default_context, uuid_factory=self.ids, clock=self.clock)
        route(self.client, self.wire, retry)

    def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        return invoke(self.client, method, *args, **kwargs)

    def raw(self, method: str, *args: Any, **kwargs: Any) -> Any:
        return invoke(self.client.with_raw_response, method, *args, **kwargs)

    def body(self, index: int = -1) -> Any:
        return json.loads(self.wire.requests[index].content)


def assert_nothing_sent(harness: Harness) -> None:
    assert harness.wire.requests == []


# --- the surface ---------------------------------------------------------------------------------


def test_the_catalogue_lists_every_pipelines_method() -> None:
    assert len(PIPELINES) == catalogue()["counts"]["PipelinesClient"] == 7
    assert {m["python_name"] for m in PIPELINES} == {"identify", "track", "page", "screen", "group", "alias", "batch"}
    assert all(method["examples"] for method in PIPELINES)


@pytest.mark.parametrize("method", PIPELINES, ids=[m["python_name"] for m in PIPELINES])
def test_every_method_takes_snake_case_keywords(method: dict[str, Any]) -> None:
    raw_view = type(PipelinesClient(WRITE_KEY).with_raw_response)
    async_raw_view = type(AsyncPipelinesClient(WRITE_KEY).with_raw_response)
    for cls in (PipelinesClient, AsyncPipelinesClient, raw_view, async_raw_view):
        function = getattr(cls, method["python_name"])
        parameters = list(inspect.signature(function).parameters.values())[1:]
        positional = [p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
        keyword_only = {p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY}
        assert {"timeout", "extra_headers"} <= keyword_only, cls.__name__
        if method["python_name"] == "batch":
            assert positional == ["items"]
        else:
            assert positional == []
            assert {"user_id", "context", "integrations", "timestamp", "message_id"} <= keyword_only
    assert inspect.iscoroutinefunction(getattr(AsyncPipelinesClient, method["python_name"]))
    assert not inspect.iscoroutinefunction(getattr(PipelinesClient, method["python_name"]))


def test_the_clients_are_exported() -> None:
    assert {"PipelinesClient", "AsyncPipelinesClient"} <= set(customerio.__all__)


# --- golden requests -----------------------------------------------------------------------------


def scrub(body: str, harness: Harness) -> str:
    """The catalogue's scrub of the values the client filled in (and only of those)."""
    for issued in harness.ids.issued:
        body = body.replace(f'"messageId":"{issued}"', '"messageId":"<uuid4>"')
    return body.replace(f'"timestamp":"{NOW_ISO}"', '"timestamp":"<iso8601 now>"')


def assert_matches_example(harness: Harness, example: Mapping[str, Any]) -> None:
    assert len(harness.wire.requests) == 1
    request = harness.wire.last
    assert request.method == example["http_method"]
    assert str(request.url) == example["url"]
    sent = request.content.decode("utf-8")
    expected = example["body"].replace(NODE_LIBRARY_JSON, LIBRARY_JSON)
    assert scrub(sent, harness) == expected
    # every placeholder stood for a value the client filled in, each of the right shape
    assert sent.count('"messageId":"0000') == expected.count("<uuid4>") == len(harness.ids.issued)
    assert sent.count(f'"timestamp":"{NOW_ISO}"') == expected.count("<iso8601 now>")
    golden = example["headers"]
    assert int(request.headers["content-length"]) == len(request.content)
    assert request.headers.get_list("authorization") == [golden["Authorization"]] == [basic(WRITE_KEY, "")]
    assert request.headers.get_list("content-type") == [golden["Content-Type"]]
    assert request.headers.get_list("user-agent") == [USER_AGENT]
    assert "x-retry-count" not in request.headers
    assert "x-strict-mode" not in request.headers


@pytest.mark.parametrize(("method", "example"), EXAMPLES, ids=EXAMPLE_IDS)
def test_example_request_is_nodes(flavour: str, method: dict[str, Any], example: dict[str, Any]) -> None:
    harness = Harness(flavour, Wire(json_response(200, {})), clock=lambda: NOW, default_context=EXAMPLE_DEFAULT_CONTEXT)
    args, kwargs = python_args(method, example["args"])
    result = harness.call(method["python_name"], *args, **kwargs)
    assert_matches_example(harness, example)
    assert isinstance(result, PipelinesResponse)


@pytest.mark.parametrize(("method", "example"), EXAMPLES, ids=EXAMPLE_IDS)
def test_raw_response_sends_the_same_request(flavour: str, method: dict[str, Any], example: dict[str, Any]) -> None:
    wire = Wire(json_response(200, {"accepted": 1}, {"X-Request-Id": "r-1"}))
    harness = Harness(flavour, wire, clock=lambda: NOW, default_context=EXAMPLE_DEFAULT_CONTEXT)
    args, kwargs = python_args(method, example["args"])
    raw = harness.raw(method["python_name"], *args, **kwargs)
    assert_matches_example(harness, example)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "r-1"
    assert isinstance(raw.parsed, PipelinesResponse)
    assert raw.parsed["accepted"] == 1


@pytest.mark.parametrize(("method", "example"), EXAMPLES, ids=EXAMPLE_IDS)
def test_blocking_and_async_clients_send_the_same_bytes(method: dict[str, Any], example: dict[str, Any]) -> None:
    sent = []
    for flavour in ("sync", "async"):
        harness = Harness(flavour, clock=lambda: NOW, default_context=EXAMPLE_DEFAULT_CONTEXT)
        args, kwargs = python_args(method, example["args"])
        harness.call(method["python_name"], *args, **kwargs)
        request = harness.wire.last
        sent.append((request.method, str(request.url), request.content, request.headers.multi_items()))
    assert sent[0] == sent[1]


def test_an_empty_answer_reads_as_an_empty_response(flavour: str) -> None:
    harness = Harness(flavour, Wire(httpx.Response(200, content=b"")))
    result = harness.call("track", user_id="u1", event="e")
    assert isinstance(result, PipelinesResponse)
    assert result.to_dict() == {}


def test_an_error_answer_raises_the_request_error(flavour: str) -> None:
    answer = json_response(400, {"meta": {"errors": ["event is too long"]}})
    harness = Harness(flavour, Wire(answer), strict_mode=True)
    with pytest.raises(CustomerIORequestError) as caught:
        harness.call("track", user_id="u1", event="e" * 10)
    assert caught.value.status_code == 400
    assert caught.value.message == "1 error:\n  - event is too long"
    assert str(caught.value) == "400: 1 error:\n  - event is too long"
    assert "eeeeeeeeee" not in str(caught.value)  # the payload stays out of the message


# --- checks before any request -------------------------------------------------------------------

IDENTITY = "user_id or anonymous_id is required"
CHECKS: list[tuple[str, dict[str, Any], str]] = [
    ("identify", {}, IDENTITY),
    ("identify", {"traits": {"a": 1}}, IDENTITY),
    ("identify", {"user_id": "", "anonymous_id": "   "}, IDENTITY),
    ("identify", {"user_id": None, "anonymous_id": None}, IDENTITY),
    ("track", {}, IDENTITY),
    ("track", {"event": "Signed Up"}, IDENTITY),  # identity comes before event
    ("track", {"user_id": "u1"}, "event is required"),
    ("track", {"anonymous_id": "a1", "event": "  "}, "event is required"),
    ("page", {"name": "Home"}, IDENTITY),
    ("screen", {"name": "Settings"}, IDENTITY),
    ("group", {"group_id": "g1"}, IDENTITY),  # identity comes before group_id
    ("group", {"user_id": "u1"}, "group_id is required"),
    ("group", {"anonymous_id": "a1", "group_id": ""}, "group_id is required"),
    ("alias", {"previous_id": "p1"}, "user_id is required"),
    ("alias", {"user_id": "  ", "previous_id": "p1"}, "user_id is required"),
    ("alias", {}, "user_id is required"),
    ("alias", {"user_id": "u1"}, "previous_id is required"),
    ("alias", {"user_id": "u1", "previous_id": " "}, "previous_id is required"),
]
BATCH_CHECKS: list[Any] = [[], (), {}, None, "identify", {"type": "identify", "user_id": "u1"}]


def node_message(message: str) -> str:
    """A catalogue validation message with node's names replaced by the Python ones."""
    return re.sub(r"\b(userId|anonymousId|groupId|previousId|writeKey)\b", lambda m: snake(m.group(1)), message)


def test_the_checks_cover_every_catalogue_validation() -> None:
    covered = {(name, message) for name, _, message in CHECKS} | {("batch", "items is required")}
    for method in PIPELINES:
        for rule in method["validation"]:
            assert (method["python_name"], node_message(rule["message"])) in covered


@pytest.mark.parametrize(("method", "kwargs", "message"), CHECKS, ids=[f"{m}-{msg}" for m, _, msg in CHECKS])
def test_checks_raise_before_any_request(flavour: str, method: str, kwargs: dict[str, Any], message: str) -> None:
    harness = Harness(flavour)
    # an argument the signature requires is passed as None (node's undefined): the same check answers
    parameters = inspect.signature(getattr(harness.client, method)).parameters.values()
    required = [p.name for p in parameters if p.kind is p.KEYWORD_ONLY and p.default is p.empty]
    kwargs = {**dict.fromkeys(required), **kwargs}
    with pytest.raises(MissingParamError) as caught:
        harness.call(method, **kwargs)
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)
    with pytest.raises(MissingParamError, match=f"^{re.escape(message)}$"):
        harness.raw(method, **kwargs)
    assert_nothing_sent(harness)
    assert harness.ids.issued == []


@pytest.mark.parametrize("items", BATCH_CHECKS, ids=repr)
def test_batch_requires_a_non_empty_list(flavour: str, items: Any) -> None:
    harness = Harness(flavour)
    with pytest.raises(MissingParamError, match=r"^items is required$"):
        harness.call("batch", items)
    assert_nothing_sent(harness)


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("identify", {"user_id": "u1"}),
        ("identify", {"anonymous_id": "a1"}),
        ("track", {"anonymous_id": "a1", "event": "e"}),
        ("page", {"anonymous_id": "a1"}),
        ("screen", {"user_id": 7}),
        ("group", {"anonymous_id": "a1", "group_id": "g1"}),
        ("alias", {"user_id": "u1", "previous_id": "p1"}),
    ],
)
def test_one_identity_is_enough(flavour: str, method: str, kwargs: dict[str, Any]) -> None:
    harness = Harness(flavour)
    harness.call(method, **kwargs)
    assert harness.wire.last.url.path == f"/v1/{method}"


def test_batch_items_are_not_checked_one_by_one(flavour: str) -> None:
    harness = Harness(flavour)
    harness.call("batch", [{"type": "track"}])
    assert harness.body()["batch"][0]["type"] == "track"


def test_bad_argument_types_raise_before_any_request(flavour: str) -> None:
    harness = Harness(flavour)
    with pytest.raises(InvalidArgumentTypeError, match="context must be a mapping"):
        harness.call("identify", user_id="u1", context="en-US")
    with pytest.raises(InvalidArgumentTypeError, match="timestamp must be"):
        harness.call("identify", user_id="u1", timestamp=1700000000)
    with pytest.raises(InvalidArgumentTypeError, match=r"items\[1\] must be a mapping"):
        harness.call("batch", [{"type": "identify", "user_id": "u1"}, "track"])
    with pytest.raises(ValueError, match="NaN"):
        harness.call("track", user_id="u1", event="e", properties={"x": float("nan")})
    assert_nothing_sent(harness)


# --- the envelope --------------------------------------------------------------------------------


def test_message_id_timestamp_and_library_are_filled_in(flavour: str) -> None:
    harness = Harness(flavour)
    harness.client._bodies = PipelinesBodies()  # the real uuid4 and clock
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    harness.call("identify", user_id="u1", traits={"plan": "pro"})
    body = harness.body()
    assert list(body) == ["userId", "traits", "messageId", "timestamp", "context"]
    assert uuid.UUID(body["messageId"]).version == 4
    assert ISO_RE.match(body["timestamp"])
    sent_at = dt.datetime.strptime(body["timestamp"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
    assert before <= sent_at <= dt.datetime.now(dt.UTC)
    assert body["context"] == {"library": LIBRARY}
    assert body["userId"] == "u1"
    assert body["traits"] == {"plan": "pro"}


def test_each_call_gets_a_new_message_id(flavour: str) -> None:
    harness = Harness(flavour)
    harness.client._bodies = PipelinesBodies()
    harness.call("track", user_id="u1", event="e")
    harness.call("track", user_id="u1", event="e")
    assert harness.body(0)["messageId"] != harness.body(1)["messageId"]


def test_given_message_id_timestamp_and_library_win(flavour: str) -> None:
    clock = Clock()
    harness = Harness(flavour, default_context={"ip": "9.9.9.9"}, clock=clock)
    library = {"name": "my-wrapper", "version": "2.0"}
    harness.call(
        "track",
        user_id="u1",
        event="e",
        message_id="m-1",
        timestamp="2024-01-01T00:00:00.000Z",
        context={"library": library},
    )
    assert harness.wire.last.content == (
        b'{"userId":"u1","event":"e","messageId":"m-1","timestamp":"2024-01-01T00:00:00.000Z",'
        b'"context":{"ip":"9.9.9.9","library":{"name":"my-wrapper","version":"2.0"}}}'
    )
    assert harness.ids.issued == []
    assert clock.reads == 0


def test_an_empty_message_id_is_kept_as_node_keeps_it(flavour: str) -> None:
    harness = Harness(flavour)
    harness.call("track", user_id="u1", event="e", message_id="")
    assert harness.body()["messageId"] == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.datetime(2024, 5, 6, 7, 8, 9, 987654, tzinfo=dt.UTC), "2024-05-06T07:08:09.987Z"),
        (dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.UTC), "2024-05-06T07:08:09.000Z"),
        (dt.datetime(2024, 5, 6, 9, 8, 9, 1000, tzinfo=dt.timezone(dt.timedelta(hours=2))), "2024-05-06T07:08:09.001Z"),
        (
            dt.datetime(2024, 1, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
            "2023-12-31T19:00:00.000Z",
        ),
        (dt.datetime(2024, 5, 6, 7, 8, 9, 999), "2024-05-06T07:08:09.000Z"),  # naive: taken as UTC
        (dt.datetime(33, 1, 2, 3, 4, 5, tzinfo=dt.UTC), "0033-01-02T03:04:05.000Z"),
    ],
)
def test_a_datetime_timestamp_is_written_like_to_iso_string(flavour: str, value: dt.datetime, expected: str) -> None:
    assert iso_timestamp(value) == expected
    harness = Harness(flavour)
    harness.call("page", user_id="u1", timestamp=value)
    assert harness.body()["timestamp"] == expected
    harness.call("batch", [{"type": "page", "user_id": "u1", "timestamp": value}])
    assert harness.body()["batch"][0]["timestamp"] == expected


def test_the_clock_is_read_in_utc_with_milliseconds(flavour: str) -> None:
    local = dt.datetime(2026, 3, 1, 1, 2, 3, 456789, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    harness = Harness(flavour, clock=lambda: local)
    harness.call("screen", anonymous_id="a1")
    assert harness.body()["timestamp"] == "2026-03-01T06:02:03.456Z"


def test_default_context_merges_under_the_calls_context(flavour: str) -> None:
    default_context = {"ip": "1.1.1.1", "location": {"city": "Berlin", "country": "DE"}, "locale": "de-DE"}
    harness = Harness(flavour, default_context=default_context)
    harness.call("identify", user_id="u1")
    assert harness.body()["context"] == {**default_context, "library": LIBRARY}
    # call keys win, the merge is shallow, the library stays, new keys come after it
    harness.call(
        "identify", user_id="u1", context={"locale": "en-US", "location": {"city": "Paris"}, "timezone": "Europe/Paris"}
    )
    context_json = json.dumps(harness.body()["context"], separators=(",", ":"))
    assert context_json == (
        '{"ip":"1.1.1.1","location":{"city":"Paris"},"locale":"en-US",'
        f'"library":{LIBRARY_JSON},"timezone":"Europe/Paris"}}'
    )


def test_the_library_is_kept_when_the_call_gives_a_partial_or_null_library(flavour: str) -> None:
    harness = Harness(flavour, default_context={"ip": "1.1.1.1"})
    harness.call("identify", user_id="u1", context={"library": None, "locale": "fr"})
    assert harness.wire.last.content.endswith(
        b'"context":{"ip":"1.1.1.1","library":' + LIBRARY_JSON.encode() + b',"locale":"fr"}}'
    )


def test_a_default_context_library_is_replaced_in_place(flavour: str) -> None:
    harness = Harness(flavour, default_context={"app": {"name": "shop"}, "library": {"name": "x"}, "ip": "1.1.1.1"})
    harness.call("identify", user_id="u1")
    assert list(harness.body()["context"].items()) == [
        ("app", {"name": "shop"}),
        ("library", LIBRARY),
        ("ip", "1.1.1.1"),
    ]


def test_the_envelope_key_order_follows_node(flavour: str) -> None:
    harness = Harness(flavour)
    harness.call(
        "group",
        integrations={"All": False},
        message_id="m",
        traits={"t": 1},
        group_id="g",
        anonymous_id="a",
        user_id="u",
        context={"ip": "1"},
        timestamp="t",
    )
    assert list(harness.body()) == [
        "userId",
        "anonymousId",
        "groupId",
        "traits",
        "messageId",
        "timestamp",
        "context",
        "integrations",
    ]
    harness.call("page", user_id="u", properties={}, category="c", name="n")
    assert list(harness.body()) == ["userId", "name", "category", "properties", "messageId", "timestamp", "context"]
    harness.call("alias", previous_id="p", user_id="u")
    assert list(harness.body()) == ["userId", "previousId", "messageId", "timestamp", "context"]


def test_free_form_mappings_are_sent_as_given(flavour: str) -> None:
    harness = Harness(flavour)
    properties = {"camelCase": 1, "snake_case": 2, "nested": {"user_id": "kept"}, "none": None}
    harness.call("track", user_id="u1", event="e", properties=properties, integrations={"All": True, "Slack": False})
    body = harness.body()
    assert body["properties"] == properties
    assert body["integrations"] == {"All": True, "Slack": False}


def test_the_callers_objects_are_not_mutated(flavour: str) -> None:
    default_context = {"ip": "1.1.1.1", "library": {"name": "x"}}
    context = {"locale": "en", "library": None}
    traits = {"plan": "pro"}
    items = [{"type": "identify", "user_id": "u1", "context": context, "traits": traits}]
    snapshot = copy.deepcopy((default_context, context, traits, items))
    harness = Harness(flavour, default_context=default_context)
    harness.call("identify", user_id="u1", context=context, traits=traits)
    harness.call("batch", items)
    harness.call("batch", items)
    assert (default_context, context, traits, items) == snapshot
    assert harness.body(1)["batch"][0]["messageId"] != harness.body(2)["batch"][0]["messageId"]


def test_default_context_must_be_a_mapping() -> None:
    with pytest.raises(TypeError, match="default_context must be a mapping"):
        PipelinesClient(WRITE_KEY, default_context=["locale"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="default_context must be a mapping"):
        AsyncPipelinesClient(WRITE_KEY, default_context="en-US")  # type: ignore[arg-type]


def test_the_real_client_uses_its_default_context() -> None:
    client = PipelinesClient(WRITE_KEY, default_context={"locale": "en-US"})
    wire = Wire()
    route(client, wire)
    client.alias(user_id="u1", previous_id="p1")
    assert json.loads(wire.last.content)["context"] == {"locale": "en-US", "library": LIBRARY}


# --- batch ---------------------------------------------------------------------------------------


def test_batch_envelopes_every_item_and_keeps_its_type(flavour: str) -> None:
    harness = Harness(flavour, default_context={"locale": "en-US"})
    harness.call(
        "batch",
        [
            {"type": "identify", "user_id": "u1", "traits": {"plan": "pro"}},
            {"user_id": "u1", "event": "Signed Up", "type": "track"},  # type stays where the item has it
            {"type": "group", "anonymous_id": "a1", "group_id": "g1", "message_id": "m-3", "context": {"ip": "1"}},
            {"type": "alias", "user_id": "u1", "previous_id": "p1", "integrations": {"All": True}},
        ],
    )
    context = f'{{"locale":"en-US","library":{LIBRARY_JSON}}}'
    assert harness.wire.last.content.decode() == (
        '{"batch":['
        '{"type":"identify","userId":"u1","traits":{"plan":"pro"},'
        f'"messageId":"{harness.ids.issued[0]}","timestamp":"{NOW_ISO}","context":{context}}},'
        '{"userId":"u1","event":"Signed Up","type":"track",'
        f'"messageId":"{harness.ids.issued[1]}","timestamp":"2026-01-01T00:00:01.123Z","context":{context}}},'
        '{"type":"group","anonymousId":"a1","groupId":"g1","messageId":"m-3",'
        f'"context":{{"locale":"en-US","library":{LIBRARY_JSON},"ip":"1"}},"timestamp":"2026-01-01T00:00:02.123Z"}},'
        '{"type":"alias","userId":"u1","previousId":"p1","integrations":{"All":true},'
        f'"messageId":"{harness.ids.issued[2]}","timestamp":"2026-01-01T00:00:03.123Z","context":{context}}}'
        "]}"
    )
    assert str(harness.wire.last.url) == "https://cdp.customer.io/v1/batch"


def test_batch_items_without_a_type_get_none_and_none_values_are_dropped(flavour: str) -> None:
    harness = Harness(flavour)
    harness.call("batch", [{"user_id": "u1", "event": "e", "anonymous_id": None, "type": None}])
    assert list(harness.body()["batch"][0]) == ["userId", "event", "messageId", "timestamp", "context"]


def test_batch_items_pass_unknown_and_camel_case_keys_through(flavour: str) -> None:
    harness = Harness(flavour)
    harness.call(
        "batch",
        [{"type": "track", "userId": "u1", "event": "e", "sent_at": "2024-01-01T00:00:00.000Z", "extra": 1}],
    )
    item = harness.body()["batch"][0]
    assert list(item)[:5] == ["type", "userId", "event", "sentAt", "extra"]


def test_batch_takes_typed_items(flavour: str) -> None:
    harness = Harness(flavour)
    typed = PipelinesBatchItem(
        type_="track",
        user_id="u1",
        event="Signed Up",
        timestamp=dt.datetime(2024, 1, 1, 12, 0, tzinfo=dt.UTC),
        context=PipelinesContext.from_dict({"ip": "1.2.3.4"}),
    )
    harness.call("batch", [typed, {"type": "identify", "user_id": "u2"}])
    first, second = harness.body()["batch"]
    assert list(first) == ["type", "userId", "event", "messageId", "timestamp", "context"]
    assert first["timestamp"] == "2024-01-01T12:00:00.000Z"
    assert first["context"] == {"library": LIBRARY, "ip": "1.2.3.4"}
    assert first["messageId"] == harness.ids.issued[0]
    assert second["type"] == "identify"


def test_batch_routes_eu_traffic_to_the_eu_host(flavour: str) -> None:
    harness = Harness(flavour, region=RegionEU)
    harness.call("batch", [{"type": "identify", "user_id": "u1"}])
    assert str(harness.wire.last.url) == "https://cdp-eu.customer.io/v1/batch"


# --- the batcher's item builder ------------------------------------------------------------------


def test_pipelines_batch_item_envelopes_one_call() -> None:
    ids = Ids()
    bodies = PipelinesBodies({"locale": "en-US"}, uuid_factory=ids, clock=lambda: NOW)
    item = pipelines_batch_item(bodies, "track", user_id="u1", event="e", properties={"a": 1})
    assert item == {
        "type": "track",
        "userId": "u1",
        "event": "e",
        "properties": {"a": 1},
        "messageId": ids.issued[0],
        "timestamp": NOW_ISO,
        "context": {"locale": "en-US", "library": LIBRARY},
    }
    assert list(item) == ["type", "userId", "event", "properties", "messageId", "timestamp", "context"]


def test_pipelines_batch_items_pass_through_batch_unchanged(flavour: str) -> None:
    harness = Harness(flavour, default_context={"locale": "en-US", "ip": "1"})
    bodies = harness.client._bodies
    assert isinstance(bodies, PipelinesBodies)
    items = [
        pipelines_batch_item(bodies, "identify", user_id="u1", traits={"t": 1}, integrations={"All": True}),
        pipelines_batch_item(bodies, "track", anonymous_id="a1", event="e", context={"ip": "2", "page": {"u": 1}}),
        pipelines_batch_item(bodies, "alias", user_id="u1", previous_id="p1", timestamp=NOW),
    ]
    issued = list(harness.ids.issued)
    harness.call("batch", items)
    assert harness.wire.last.content == json.dumps({"batch": items}, separators=(",", ":")).encode()
    assert harness.ids.issued == issued  # nothing was filled in again


@pytest.mark.parametrize(("method", "kwargs", "message"), CHECKS, ids=[f"{m}-{msg}" for m, _, msg in CHECKS])
def test_pipelines_batch_item_checks_like_the_call(method: str, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(MissingParamError, match=f"^{re.escape(message)}$"):
        pipelines_batch_item(PipelinesBodies(), method, **kwargs)  # type: ignore[arg-type]


def test_pipelines_batch_item_refuses_unknown_calls_and_fields() -> None:
    with pytest.raises(InvalidArgumentError, match="call must be one of"):
        pipelines_batch_item(PipelinesBodies(), "batch", user_id="u1")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentTypeError, match="unexpected keyword arguments: event"):
        pipelines_batch_item(PipelinesBodies(), "identify", user_id="u1", event="e")


# --- retries -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "args", "kwargs"),
    [
        ("identify", [], {"user_id": "u1"}),
        ("track", [], {"anonymous_id": "a1", "event": "e"}),
        ("batch", [[{"type": "identify", "user_id": "u1"}, {"type": "page", "user_id": "u1"}]], {}),
    ],
)
def test_retries_replay_the_same_message_id_and_timestamp(
    flavour: str, method: str, args: list[Any], kwargs: dict[str, Any]
) -> None:
    wire = Wire(json_response(500, {}), json_response(503, {}), json_response(200, {}))
    harness = Harness(flavour, wire)
    harness.call(method, *args, **kwargs)
    first, second, third = wire.requests
    assert first.content == second.content == third.content
    assert "x-retry-count" not in first.headers
    assert [second.headers["x-retry-count"], third.headers["x-retry-count"]] == ["1", "2"]
    assert len(wire.sleeps) == 2
    ids = [item["messageId"] for item in json.loads(first.content).get("batch", [json.loads(first.content)])]
    assert ids == harness.ids.issued  # one id per call or item, issued once


def test_retries_replay_with_the_real_id_source_and_clock(flavour: str) -> None:
    wire = Wire(json_response(500, {}), json_response(200, {}))
    harness = Harness(flavour, wire)
    harness.client._bodies = PipelinesBodies()
    harness.call("track", user_id="u1", event="e")
    assert wire.requests[0].content == wire.requests[1].content


# --- construction, credentials, headers ----------------------------------------------------------


def test_authorization_is_basic_write_key_and_empty_password(flavour: str) -> None:
    harness = Harness(flavour, write_key="wk-abc-123")
    harness.call("identify", user_id="u1")
    expected = "Basic " + base64.b64encode(b"wk-abc-123:").decode()
    assert harness.wire.last.headers.get_list("authorization") == [expected]


def test_the_write_key_comes_from_the_environment(flavour: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUSTOMERIO_WRITE_KEY", "env-key")
    harness = Harness(flavour, write_key=None)
    harness.call("identify", user_id="u1")
    assert harness.wire.last.headers["authorization"] == basic("env-key", "")


@pytest.mark.parametrize("write_key", [None, "", "   "])
@pytest.mark.parametrize("cls", [PipelinesClient, AsyncPipelinesClient])
def test_a_missing_write_key_raises(cls: type[AnyPipelinesClient], write_key: str | None) -> None:
    with pytest.raises(MissingParamError, match=r"^write_key is required: pass it or set CUSTOMERIO_WRITE_KEY$"):
        cls(write_key)


def test_the_write_key_is_checked_before_the_region() -> None:
    with pytest.raises(MissingParamError):
        PipelinesClient("", region="au")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match=r"region must be 'us', 'eu' or a customerio\.Region, not 'au'"):
        PipelinesClient(WRITE_KEY, region="au")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="region must be"):
        AsyncPipelinesClient(WRITE_KEY, region=1, url="https://example.com")  # type: ignore[arg-type]
    assert AsyncPipelinesClient(WRITE_KEY, region="eu")._config.roots == {"pipelines": RegionEU.pipelines_url}
    upper: Any = "US"  # the name is matched case-insensitively, as CUSTOMERIO_REGION is
    assert PipelinesClient(WRITE_KEY, region=upper)._config.roots == {"pipelines": RegionUS.pipelines_url}


def test_the_write_key_never_shows(flavour: str) -> None:
    harness = Harness(flavour, write_key="secret-write-key")
    encoded = base64.b64encode(b"secret-write-key:").decode()
    for text in (repr(harness.client), repr(harness.client._config), repr(harness.client.with_raw_response)):
        assert "secret-write-key" not in text
        assert encoded not in text


@pytest.mark.parametrize(
    ("options", "env", "root"),
    [
        ({}, None, "https://cdp.customer.io/v1"),
        ({"region": RegionUS}, None, "https://cdp.customer.io/v1"),
        ({"region": RegionEU}, None, "https://cdp-eu.customer.io/v1"),
        ({}, "eu", "https://cdp-eu.customer.io/v1"),
        ({"region": RegionUS}, "eu", "https://cdp.customer.io/v1"),
        ({"url": "http://localhost:8080/cdp"}, None, "http://localhost:8080/cdp"),
        ({"region": RegionEU, "url": "https://proxy.example.com/v1"}, None, "https://proxy.example.com/v1"),
        ({"region": Region("t", "a", "https://cdp.example.com/v1")}, None, "https://cdp.example.com/v1"),
    ],
)
def test_roots(
    flavour: str, monkeypatch: pytest.MonkeyPatch, options: dict[str, Any], env: str | None, root: str
) -> None:
    if env:
        monkeypatch.setenv("CUSTOMERIO_REGION", env)
    harness = Harness(flavour, **options)
    harness.call("page", user_id="u1")
    assert str(harness.wire.last.url) == f"{root}/page"
    assert repr(harness.client).endswith(f"(url={root!r})")


METHOD_CALLS: list[tuple[str, list[Any], dict[str, Any]]] = [
    ("identify", [], {"user_id": "u1"}),
    ("track", [], {"user_id": "u1", "event": "e"}),
    ("page", [], {"user_id": "u1"}),
    ("screen", [], {"user_id": "u1"}),
    ("group", [], {"user_id": "u1", "group_id": "g1"}),
    ("alias", [], {"user_id": "u1", "previous_id": "p1"}),
    ("batch", [[{"type": "identify", "user_id": "u1"}]], {}),
]


def test_strict_mode_sends_the_header_on_every_request(flavour: str) -> None:
    harness = Harness(flavour, strict_mode=True, headers={"X-Custom": "kept", "X-Strict-Mode": "0"})
    for method, args, kwargs in METHOD_CALLS:
        harness.call(method, *args, **kwargs)
        harness.raw(method, *args, **kwargs)
    assert len(harness.wire.requests) == 2 * len(METHOD_CALLS)
    for request in harness.wire.requests:
        assert request.headers.get_list("x-strict-mode") == ["1"]
        assert request.headers["x-custom"] == "kept"
        assert request.headers["authorization"] == basic(WRITE_KEY, "")


def test_without_strict_mode_there_is_no_strict_header(flavour: str) -> None:
    harness = Harness(flavour, headers={"X-Custom": "kept"})
    for method, args, kwargs in METHOD_CALLS:
        harness.call(method, *args, **kwargs)
    for request in harness.wire.requests:
        assert "x-strict-mode" not in request.headers
        assert request.headers["x-custom"] == "kept"


def test_with_options_keeps_strict_mode_and_the_envelope(flavour: str) -> None:
    harness = Harness(flavour, strict_mode=True, default_context={"locale": "en-US"})
    derived = harness.client.with_options(headers={"X-Extra": "1"})
    invoke(derived, "identify", user_id="u1")
    request = harness.wire.last
    assert request.headers["x-strict-mode"] == "1"
    assert request.headers["x-extra"] == "1"
    body = json.loads(request.content)
    assert body["context"] == {"locale": "en-US", "library": LIBRARY}
    assert body["messageId"] == harness.ids.issued[-1]


def test_per_call_headers_and_timeout(flavour: str) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(200, {})

    harness = Harness(flavour, Wire(answer))
    harness.call("identify", user_id="u1", extra_headers={"X-Trace": "t-1"}, timeout=2.5)
    assert seen[0].headers["x-trace"] == "t-1"
    assert seen[0].extensions["timeout"] == httpx.Timeout(2.5).as_dict()


def test_clients_are_context_managers() -> None:
    with PipelinesClient(WRITE_KEY) as client:
        assert isinstance(client, PipelinesClient)

    async def run() -> None:
        async with AsyncPipelinesClient(WRITE_KEY) as async_client:
            assert isinstance(async_client, AsyncPipelinesClient)

    invoke(type("Runner", (), {"go": staticmethod(run)}), "go")


def test_a_callers_http_client_is_used(flavour: str) -> None:
    wire = Wire()
    if flavour == "sync":
        with httpx.Client(transport=httpx.MockTransport(wire.handle)) as http_client:
            PipelinesClient(WRITE_KEY, http_client=http_client).identify(user_id="u1")
    else:

        async def run() -> None:
            async with httpx.AsyncClient(transport=httpx.MockTransport(wire.handle)) as http_client:
                await AsyncPipelinesClient(WRITE_KEY, http_client=http_client).identify(user_id="u1")

        invoke(type("Runner", (), {"go": staticmethod(run)}), "go")
    assert str(wire.last.url) == "https://cdp.customer.io/v1/identify"
    assert wire.last.headers["authorization"] == basic(WRITE_KEY, "")
