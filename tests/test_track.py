"""TrackClient / AsyncTrackClient against the node catalogue: every example request, byte for byte.

The catalogue (`node-5.2.0-surface.json`) drives the tests: each TrackClient example is replayed
through both clients and must produce node's method, URL, body bytes and Authorization; each
validation rule is broken with inputs derived from its condition and must raise before anything
is sent.
"""

from __future__ import annotations

import base64
import copy
import inspect
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

import customerio
from customerio import (
    AsyncTrackClient,
    CustomerIOError,
    InvalidArgumentError,
    MissingParamError,
    Region,
    RegionEU,
    RegionUS,
    RetryOptions,
    ServerError,
    TrackClient,
)

from conftest import (
    API_KEY,
    SITE_ID,
    Harness,
    Wire,
    catalogue,
    catalogue_methods,
    invoke,
    json_response,
)

TRACK = catalogue_methods("TrackClient")
EXAMPLES = [(method, example) for method in TRACK for example in method["examples"]]
EXAMPLE_IDS = [f"{method['python_name']}-{example['variant']}" for method, example in EXAMPLES]
USER_AGENT = f"Customer.io Python Client/{customerio.__version__}"


def basic(site_id: str, api_key: str) -> str:
    return "Basic " + base64.b64encode(f"{site_id}:{api_key}".encode()).decode()


def fullest_example(method: Mapping[str, Any]) -> list[Any]:
    """A fresh copy of the args of the method's example with the most arguments."""
    example = max(method["examples"], key=lambda ex: len(ex["args"]))
    return copy.deepcopy(list(example["args"]))


def param_index(method: Mapping[str, Any], python_name: str) -> int:
    names = [param["python_name"] for param in method["params"]]
    return names.index(python_name)


def with_arg(method: Mapping[str, Any], args: list[Any], python_name: str, value: Any) -> list[Any]:
    index = param_index(method, python_name)
    assert index < len(args), f"{method['python_name']}: the example does not reach {python_name}"
    args[index] = value
    return args


def assert_sent_nothing(harness: Harness) -> None:
    assert harness.wire.requests == []


# --- the surface ---------------------------------------------------------------------------------


def test_the_catalogue_lists_every_track_method() -> None:
    assert len(TRACK) == catalogue()["counts"]["TrackClient"] == 19
    assert all(method["examples"] for method in TRACK)


@pytest.mark.parametrize("method", TRACK, ids=[m["python_name"] for m in TRACK])
def test_every_method_exists_with_nodes_positional_order(method: dict[str, Any]) -> None:
    expected = [param["python_name"] for param in method["params"]]
    for cls in (TrackClient, AsyncTrackClient, type(TrackClient(SITE_ID, API_KEY).with_raw_response)):
        function = getattr(cls, method["python_name"])
        parameters = list(inspect.signature(function).parameters.values())[1:]
        positional = [p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
        keyword_only = {p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY}
        assert positional == expected, cls.__name__
        assert {"timeout", "extra_headers"} <= keyword_only, cls.__name__
    assert inspect.iscoroutinefunction(getattr(AsyncTrackClient, method["python_name"]))
    assert not inspect.iscoroutinefunction(getattr(TrackClient, method["python_name"]))


# --- golden requests -----------------------------------------------------------------------------


def assert_matches_example(request: httpx.Request, example: Mapping[str, Any]) -> None:
    assert request.method == example["http_method"]
    assert str(request.url) == example["url"]
    golden = example["headers"]
    if example["body"] is None:
        assert request.content == b""
        assert "content-length" not in request.headers
    else:
        assert request.content == example["body"].encode("utf-8")
        assert int(request.headers["content-length"]) == golden["Content-Length"]
    assert request.headers.get_list("authorization") == [golden["Authorization"]]
    assert request.headers.get_list("content-type") == ["application/json"]
    assert request.headers.get_list("user-agent") == [USER_AGENT]
    assert "x-retry-count" not in request.headers


@pytest.mark.parametrize(("method", "example"), EXAMPLES, ids=EXAMPLE_IDS)
def test_example_request_is_nodes(flavour: str, method: dict[str, Any], example: dict[str, Any]) -> None:
    harness = Harness(flavour)
    result = harness.call(method["python_name"], *copy.deepcopy(example["args"]))
    assert len(harness.wire.requests) == 1
    assert_matches_example(harness.wire.last, example)
    assert result is not None


@pytest.mark.parametrize(("method", "example"), EXAMPLES, ids=EXAMPLE_IDS)
def test_blocking_and_async_clients_send_the_same_bytes(method: dict[str, Any], example: dict[str, Any]) -> None:
    sent = []
    for flavour in ("sync", "async"):
        harness = Harness(flavour)
        harness.call(method["python_name"], *copy.deepcopy(example["args"]))
        request = harness.wire.last
        sent.append((request.method, str(request.url), request.content, request.headers.multi_items()))
    assert sent[0] == sent[1]


@pytest.mark.parametrize(("method", "example"), EXAMPLES, ids=EXAMPLE_IDS)
def test_raw_response_sends_the_same_request(flavour: str, method: dict[str, Any], example: dict[str, Any]) -> None:
    harness = Harness(flavour, Wire(json_response(202, {"ok": True}, {"X-Request-Id": "r-1"})))
    raw = harness.raw(method["python_name"], *copy.deepcopy(example["args"]))
    assert_matches_example(harness.wire.last, example)
    assert raw.status_code == 202
    assert raw.headers["x-request-id"] == "r-1"
    assert raw.parsed is not None


def test_the_callers_arguments_are_not_mutated(flavour: str) -> None:
    data = {"name": "viewed", "data": {"page": "/x"}}
    snapshot = copy.deepcopy(data)
    Harness(flavour).call("track_anonymous", "anon-1", data)
    assert data == snapshot


def test_default_data_is_an_empty_object(flavour: str) -> None:
    harness = Harness(flavour)
    harness.call("identify", "cust-1")
    assert harness.wire.last.content == b"{}"
    harness.call("add_device", "cust-1", "tok-1", "ios")
    assert harness.wire.last.content == b'{"device":{"id":"tok-1","platform":"ios"}}'
    harness.call("add_device", "cust-1", "tok-1", "ios", {"last_used": 0})
    assert harness.wire.last.content == b'{"device":{"id":"tok-1","platform":"ios","last_used":0}}'


def test_track_anonymous_without_an_id_sends_no_anonymous_id(flavour: str) -> None:
    harness = Harness(flavour)
    event = {"name": "invite", "data": {"recipient": "a@example.com"}}
    for blank in ("", "   ", None):
        harness.call("track_anonymous", blank, event)
        assert b"anonymous_id" not in harness.wire.last.content
    harness.call("track_anonymous", 0, event)
    assert harness.wire.last.content.endswith(b',"anonymous_id":0}')


# --- path parameters -----------------------------------------------------------------------------

# (value, how encodeURIComponent(String(value)) writes it) -- written out, not computed.
ID_INPUTS: list[tuple[str | int, str]] = [
    (1, "1"),
    (0, "0"),
    (9007199254740993, "9007199254740993"),
    ("2 ", "2%20"),
    ("3/", "3%2F"),
    ("%&*/test.#@!~", "%25%26*%2Ftest.%23%40!~"),
    ("a+b", "a%2Bb"),
    ("100%", "100%25"),
    ("50%2F", "50%252F"),
    ("ä ö/ü", "%C3%A4%20%C3%B6%2F%C3%BC"),
    ("日本", "%E6%97%A5%E6%9C%AC"),
    ("😀", "%F0%9F%98%80"),
    ("a@b.co", "a%40b.co"),
    ("x?y=1&z#f", "x%3Fy%3D1%26z%23f"),
    ("it's (ok)", "it's%20(ok)"),
    ("cio_03000001", "cio_03000001"),
    ("a..b", "a..b"),
    # encodeURIComponent leaves dot segments alone and URL normalisation would then resolve them
    # (".." would move the call to another endpoint); the SDK escapes a segment that is only dots.
    ("..", "%2E%2E"),
    (".", "%2E"),
]


def path_cases() -> list[tuple[dict[str, Any], str, str | int, str]]:
    cases = []
    for method in TRACK:
        for placeholder in re.findall(r"\{(\w+)\}", method["path"]):
            python_name = next(p["python_name"] for p in method["params"] if p["name"] == placeholder)
            for value, encoded in ID_INPUTS:
                cases.append((method, python_name, value, encoded))
    return cases


PATH_CASES = path_cases()


def test_path_cases_cover_every_path_parameter() -> None:
    covered = {(m["python_name"], name) for m, name, _, _ in PATH_CASES}
    assert covered == {
        ("identify", "customer_id"),
        ("destroy", "customer_id"),
        ("suppress", "customer_id"),
        ("unsuppress", "customer_id"),
        ("track", "customer_id"),
        ("track_page_view", "customer_id"),
        ("add_device", "customer_id"),
        ("delete_device", "customer_id"),
        ("delete_device", "device_token"),
        ("add_customers_to_segment", "segment_id"),
        ("remove_customers_from_segment", "segment_id"),
        ("submit_form", "form_id"),
        ("unsubscribe", "delivery_id"),
    }


def expected_path_url(method: Mapping[str, Any], python_name: str, encoded: str) -> str:
    """The example's URL with one path segment swapped, found by matching node's path template."""
    example = max(method["examples"], key=lambda ex: len(ex["args"]))
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/?]*)", re.escape(method["path"])) + r"(?:\?.*)?$"
    match = re.search(pattern, example["url"])
    assert match, (pattern, example["url"])
    node_name = next(p["name"] for p in method["params"] if p["python_name"] == python_name)
    start, end = match.span(node_name)
    url: str = example["url"][:start] + encoded + example["url"][end:]
    return url


@pytest.mark.parametrize(
    ("method", "python_name", "value", "encoded"),
    PATH_CASES,
    ids=[f"{m['python_name']}-{name}-{encoded}" for m, name, _, encoded in PATH_CASES],
)
def test_path_parameters_are_encoded_like_encode_uri_component(
    flavour: str, method: dict[str, Any], python_name: str, value: str | int, encoded: str
) -> None:
    harness = Harness(flavour)
    args = with_arg(method, fullest_example(method), python_name, value)
    harness.call(method["python_name"], *args)
    assert str(harness.wire.last.url) == expected_path_url(method, python_name, encoded)
    assert harness.wire.last.url.raw_path.decode("ascii").count("/") == expected_path_url(
        method, python_name, encoded
    ).split("://", 1)[1].count("/")


# --- validation ----------------------------------------------------------------------------------

EMPTY_IDS: list[Any] = [None, "", "   ", "\t\n", True, False, float("nan"), float("inf"), float("-inf"), [], {}, ["1"]]


@dataclass(frozen=True)
class Breakage:
    """One way to break one catalogue validation rule: set `param` (Python name) to `value`."""

    method: dict[str, Any]
    rule: int
    param: str
    value: Any

    @property
    def spec(self) -> dict[str, Any]:
        rule: dict[str, Any] = self.method["validation"][self.rule]
        return rule

    def label(self) -> str:
        return f"{self.method['python_name']}-rule{self.rule}-{self.param}={self.value!r}"


def python_message(method: Mapping[str, Any], message: str) -> str:
    """Node's message with node's parameter names replaced by the Python ones."""
    names = sorted(((p["name"], p["python_name"]) for p in method["params"]), key=lambda pair: -len(pair[0]))
    for node_name, python_name in names:
        message = re.sub(rf"\b{re.escape(node_name)}\b", python_name, message)
    return message


def breakages(method: dict[str, Any], index: int) -> list[Breakage]:
    """Inputs that violate rule `index`, read from the rule's condition."""
    condition: str = method["validation"][index]["condition"]
    names = {p["name"]: p["python_name"] for p in method["params"]}

    def each(param: str, values: list[Any]) -> list[Breakage]:
        return [Breakage(method, index, names[param], value) for value in values]

    if match := re.fullmatch(r"isEmpty\((\w+)\)", condition):
        return each(match[1], EMPTY_IDS)
    if match := re.fullmatch(r"isEmpty\((\w+)\.(\w+)\)", condition):
        key = match[2]
        bad_keys: list[Any] = [None, {}, {key: ""}, {key: "  "}, {key: None}, {key: True}, {key: {"x": 1}}]
        bad_keys += [{key: float("nan")}, {"other": "x"}]
        return each(match[1], bad_keys)
    if match := re.fullmatch(r"!Array\.isArray\((\w+)\) \|\| \1\.length === 0", condition):
        return each(match[1], [[], (), None, "ab", {"batch": []}, {"a": 1}])
    if match := re.fullmatch(r"(\w+) == null \|\| typeof \1 !== 'object' \|\| Array\.isArray\(\1\)", condition):
        return each(match[1], [None, "op", 5, [], [{"type": "person"}]])
    if match := re.fullmatch(r"Object\.keys\((\w+)\)\.length === 0", condition):
        return each(match[1], [{}])
    if match := re.fullmatch(
        r"(\w+) == null \|\| typeof \1 !== 'object' \|\| Object\.keys\(\1\)\.length === 0", condition
    ):
        return each(match[1], [None, {}, "x", 5])
    if match := re.fullmatch(r"(\w+) != null && !isIdentifierType\(\1\)", condition):
        return each(match[1], ["phone", "ID", "", "cio", 1])
    if match := re.fullmatch(r"!isIdentifierType\((\w+)\) \|\| !isIdentifierType\((\w+)\)", condition):
        return each(match[1], ["phone", None, "EMAIL"]) + each(match[2], ["phone", None, "Id"])
    raise AssertionError(f"{method['python_name']}: no test inputs for the condition {condition!r}")


BREAKAGES = [b for method in TRACK for index in range(len(method["validation"])) for b in breakages(method, index)]


def test_every_validation_rule_is_exercised() -> None:
    rules = {(m["python_name"], i) for m in TRACK for i in range(len(m["validation"]))}
    assert {(b.method["python_name"], b.rule) for b in BREAKAGES} == rules
    assert len(rules) == 30


def expect_error(method: Mapping[str, Any], rule: Mapping[str, Any]) -> tuple[type[Exception], str]:
    message = python_message(method, rule["message"])
    if rule["error"] == "MissingParamError":
        return MissingParamError, message
    assert rule["error"] == "Error", rule
    return ValueError, message


@pytest.mark.parametrize("breakage", BREAKAGES, ids=[b.label() for b in BREAKAGES])
def test_validation_fails_before_any_request(flavour: str, breakage: Breakage) -> None:
    harness = Harness(flavour)
    method = breakage.method
    args = with_arg(method, fullest_example(method), breakage.param, breakage.value)
    error_type, message = expect_error(method, breakage.spec)
    with pytest.raises(error_type) as caught:
        harness.call(method["python_name"], *args)
    assert str(caught.value) == message
    assert isinstance(caught.value, CustomerIOError)
    if isinstance(caught.value, MissingParamError):
        assert caught.value.param == message.removesuffix(" is required")
    assert_sent_nothing(harness)


def ordering_cases() -> list[tuple[Breakage, Breakage]]:
    cases = []
    for method in TRACK:
        rules = range(len(method["validation"]))
        for first in rules:
            for later in rules:
                a, b = breakages(method, first)[0], breakages(method, later)[0]
                if first < later and a.param != b.param:
                    cases.append((a, b))
    return cases


ORDERING = ordering_cases()


@pytest.mark.parametrize(("first", "later"), ORDERING, ids=[f"{a.label()}+{b.label()}" for a, b in ORDERING])
def test_validation_runs_in_nodes_order(flavour: str, first: Breakage, later: Breakage) -> None:
    harness = Harness(flavour)
    method = first.method
    args = with_arg(method, fullest_example(method), first.param, first.value)
    args = with_arg(method, args, later.param, later.value)
    error_type, message = expect_error(method, first.spec)
    with pytest.raises(error_type, match=f"^{re.escape(message)}$"):
        harness.call(method["python_name"], *args)
    assert_sent_nothing(harness)


def test_ordering_cases_exist() -> None:
    assert {a.method["python_name"] for a, _ in ORDERING} >= {"track", "add_device", "delete_device", "merge_customers"}


@pytest.mark.parametrize("flag", [True, False])
def test_booleans_are_not_ids(flavour: str, flag: bool) -> None:
    harness = Harness(flavour)
    with pytest.raises(MissingParamError, match=r"^customer_id is required$"):
        harness.call("identify", flag, {"email": "a@example.com"})
    with pytest.raises(MissingParamError, match=r"^device_token is required$"):
        harness.call("delete_device", "cust-1", flag)
    with pytest.raises(MissingParamError, match=r"^segment_id is required$"):
        harness.call("add_customers_to_segment", flag, ["1"])
    assert_sent_nothing(harness)


def test_track_page_view_checks_come_before_the_event(flavour: str) -> None:
    harness = Harness(flavour)
    with pytest.raises(MissingParamError, match=r"^customer_id is required$"):
        harness.call("track_page_view", "", "")
    with pytest.raises(MissingParamError, match=r"^path is required$"):
        harness.call("track_page_view", "cust-1", " ")
    with pytest.raises(MissingParamError, match=r"^path is required$"):
        harness.raw("track_page_view", "cust-1", None)
    assert_sent_nothing(harness)


# --- regions and custom urls ---------------------------------------------------------------------

US = catalogue()["regions"]["US"]
EU = catalogue()["regions"]["EU"]


def region_roots(region: Mapping[str, str]) -> dict[str, str]:
    return {
        "trackRoot": region["trackUrl"],
        "trackV2Root": region["trackV2Url"],
        "trackHost": region["trackUrl"].replace("/api/v1", "", 1),
    }


def url_roots(url: str) -> dict[str, str]:
    """`regions.custom_url_override.TrackClient`: url is the v1 root; v2 and the host are derived."""
    return {
        "trackRoot": url,
        "trackV2Root": url.replace("/api/v1", "/api/v2", 1),
        "trackHost": url.replace("/api/v1", "", 1),
    }


CUSTOM_REGION = Region(
    track_url="https://track.example.test/api/v1",
    api_url="https://api.example.test/v1",
    pipelines_url="https://cdp.example.test/v1",
)

ROOT_VARIANTS: list[tuple[str, dict[str, Any], dict[str, str]]] = [
    ("us-default", {}, region_roots(US)),
    ("us", {"region": RegionUS}, region_roots(US)),
    ("eu", {"region": RegionEU}, region_roots(EU)),
    ("custom-region", {"region": CUSTOM_REGION}, url_roots("https://track.example.test/api/v1")),
    (
        "url-with-api-v1",
        {"url": "https://proxy.example.com/cio/api/v1"},
        url_roots("https://proxy.example.com/cio/api/v1"),
    ),
    ("url-without-api-v1", {"url": "https://example.com/url"}, url_roots("https://example.com/url")),
    (
        "url-beats-region",
        {"region": RegionEU, "url": "http://127.0.0.1:8080/api/v1"},
        url_roots("http://127.0.0.1:8080/api/v1"),
    ),
    ("url-api-v1-twice", {"url": "https://e.example/api/v1/x/api/v1"}, url_roots("https://e.example/api/v1/x/api/v1")),
]


def test_root_variants_follow_the_catalogue() -> None:
    assert catalogue()["regions"]["EU"]["trackUrl"] == RegionEU.track_url
    assert catalogue()["regions"]["US"]["trackV2Url"] == RegionUS.track_v2_url
    assert url_roots("https://example.com/url")["trackV2Root"] == "https://example.com/url"
    assert url_roots("https://e.example/api/v1/x/api/v1")["trackV2Root"] == "https://e.example/api/v2/x/api/v1"
    assert CUSTOM_REGION.track_v2_url == "https://track.example.test/api/v2"


@pytest.mark.parametrize(("variant", "options", "roots"), ROOT_VARIANTS, ids=[v[0] for v in ROOT_VARIANTS])
@pytest.mark.parametrize(("method", "example"), EXAMPLES, ids=EXAMPLE_IDS)
def test_region_and_url_choose_the_roots(
    flavour: str,
    method: dict[str, Any],
    example: dict[str, Any],
    variant: str,
    options: dict[str, Any],
    roots: dict[str, str],
) -> None:
    harness = Harness(flavour, **options)
    harness.call(method["python_name"], *copy.deepcopy(example["args"]))
    root = method["root"]
    us_root = region_roots(US)[root]
    assert example["url"].startswith(us_root)
    assert str(harness.wire.last.url) == roots[root] + example["url"][len(us_root) :]
    assert harness.wire.last.content == (example["body"] or "").encode()


def test_region_is_a_region_or_its_name() -> None:
    for name, region in (("eu", RegionEU), ("us", RegionUS), ("EU", RegionEU)):
        assert TrackClient(SITE_ID, API_KEY, region=name)._config.roots["track"] == region.track_url  # type: ignore[arg-type]
        assert AsyncTrackClient(SITE_ID, API_KEY, region=name)._config.roots["track"] == region.track_url  # type: ignore[arg-type]
    bad_types: list[Any] = [{"track_url": "https://x"}, 1, None.__class__]
    for bad in bad_types:
        with pytest.raises(TypeError, match="region must be"):
            TrackClient(SITE_ID, API_KEY, region=bad)
        with pytest.raises(TypeError, match="region must be"):
            AsyncTrackClient(SITE_ID, API_KEY, region=bad)
    with pytest.raises(InvalidArgumentError, match=r"region must be 'us', 'eu' or a customerio\.Region, not 'au'"):
        TrackClient(SITE_ID, API_KEY, region="au")  # type: ignore[arg-type]


def test_region_is_immutable() -> None:
    with pytest.raises(AttributeError):
        RegionUS.track_url = "https://evil.example/api/v1"  # type: ignore[misc]


# --- credentials from the environment ------------------------------------------------------------


@pytest.mark.parametrize("client_class", [TrackClient, AsyncTrackClient])
def test_credentials_and_region_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, client_class: type[TrackClient] | type[AsyncTrackClient]
) -> None:
    monkeypatch.setenv("CUSTOMERIO_SITE_ID", "env-site")
    monkeypatch.setenv("CUSTOMERIO_API_KEY", "env-key")
    monkeypatch.setenv("CUSTOMERIO_REGION", "eu")
    flavour = "sync" if client_class is TrackClient else "async"
    harness = Harness(flavour, site_id=None, api_key=None)
    harness.call("identify", "1")
    assert harness.wire.last.headers["authorization"] == basic("env-site", "env-key")
    assert str(harness.wire.last.url) == "https://track-eu.customer.io/api/v1/customers/1"

    explicit = Harness(flavour, site_id="arg-site", api_key="arg-key", region=RegionUS)
    explicit.call("identify", "1")
    assert explicit.wire.last.headers["authorization"] == basic("arg-site", "arg-key")
    assert str(explicit.wire.last.url) == "https://track.customer.io/api/v1/customers/1"


@pytest.mark.parametrize("value", ["us", "US", " us ", ""])
def test_environment_region_us(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("CUSTOMERIO_REGION", value)
    harness = Harness("sync")
    harness.call("destroy", "1")
    assert str(harness.wire.last.url) == "https://track.customer.io/api/v1/customers/1"


def test_environment_region_must_be_known(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUSTOMERIO_REGION", "au")
    with pytest.raises(ValueError, match="CUSTOMERIO_REGION"):
        TrackClient(SITE_ID, API_KEY)


@pytest.mark.parametrize("client_class", [TrackClient, AsyncTrackClient])
def test_missing_credentials(
    monkeypatch: pytest.MonkeyPatch, client_class: type[TrackClient] | type[AsyncTrackClient]
) -> None:
    with pytest.raises(MissingParamError, match=r"^site_id is required: pass it or set CUSTOMERIO_SITE_ID$"):
        client_class()
    with pytest.raises(MissingParamError, match=r"^site_id is required: pass it or set CUSTOMERIO_SITE_ID$"):
        client_class("", API_KEY)
    with pytest.raises(MissingParamError, match=r"^api_key is required: pass it or set CUSTOMERIO_API_KEY$"):
        client_class(SITE_ID)
    monkeypatch.setenv("CUSTOMERIO_SITE_ID", "env-site")
    with pytest.raises(MissingParamError, match=r"^api_key is required: pass it or set CUSTOMERIO_API_KEY$"):
        client_class()
    monkeypatch.setenv("CUSTOMERIO_API_KEY", "")
    with pytest.raises(MissingParamError, match=r"^api_key is required: pass it or set CUSTOMERIO_API_KEY$"):
        client_class()


# --- headers -------------------------------------------------------------------------------------


def test_default_headers_are_merged_under_the_sdks(flavour: str) -> None:
    custom = {
        "X-Custom": "1",
        "authorization": "Bearer not-this",
        "User-Agent": "someone-else/1",
        "CONTENT-TYPE": "text/plain",
    }
    harness = Harness(flavour, headers=custom)
    harness.call("identify", "1", {"a": 1})
    headers = harness.wire.last.headers
    assert headers.get_list("x-custom") == ["1"]
    assert headers.get_list("authorization") == [basic(SITE_ID, API_KEY)]
    assert headers.get_list("user-agent") == [USER_AGENT]
    assert headers.get_list("content-type") == ["application/json"]
    assert custom["X-Custom"] == "1" and len(custom) == 4


def test_extra_headers_apply_to_one_call(flavour: str) -> None:
    harness = Harness(flavour, headers={"X-Custom": "client"})
    harness.call(
        "track",
        "1",
        {"name": "e"},
        extra_headers={"X-Request-Id": "abc", "x-custom": "call", "Authorization": "Bearer nope"},
    )
    first = harness.wire.last.headers
    assert first.get_list("x-request-id") == ["abc"]
    assert first.get_list("x-custom") == ["call"]
    assert first.get_list("authorization") == [basic(SITE_ID, API_KEY)]
    harness.call("track", "1", {"name": "e"})
    second = harness.wire.last.headers
    assert "x-request-id" not in second
    assert second.get_list("x-custom") == ["client"]


def test_headers_must_be_a_mapping() -> None:
    with pytest.raises(TypeError):
        TrackClient(SITE_ID, API_KEY, headers=[("X-A", "1")])  # type: ignore[arg-type]


# --- timeouts, with_options, pools ---------------------------------------------------------------


def timeouts(request: httpx.Request) -> dict[str, float | None]:
    value: dict[str, float | None] = request.extensions["timeout"]
    return value


def test_timeouts_default_per_client_and_per_call(flavour: str) -> None:
    harness = Harness(flavour)
    harness.call("destroy", "1")
    assert timeouts(harness.wire.last) == dict.fromkeys(("connect", "read", "write", "pool"), 10.0)
    harness.call("destroy", "1", timeout=1.5)
    assert timeouts(harness.wire.last) == dict.fromkeys(("connect", "read", "write", "pool"), 1.5)
    harness.call("destroy", "1", timeout=None)
    assert timeouts(harness.wire.last) == dict.fromkeys(("connect", "read", "write", "pool"))
    harness.call("destroy", "1", timeout=httpx.Timeout(3.0, connect=0.5))
    assert timeouts(harness.wire.last) == {"connect": 0.5, "read": 3.0, "write": 3.0, "pool": 3.0}

    configured = Harness(flavour, timeout=4)
    configured.call("destroy", "1")
    assert timeouts(configured.wire.last)["read"] == 4


@pytest.mark.parametrize("bad", ["x", 0, -1, True, [1]])
def test_bad_timeouts_fail_before_any_request(flavour: str, bad: Any) -> None:
    harness = Harness(flavour)
    with pytest.raises(ValueError):
        harness.call("destroy", "1", timeout=bad)
    assert_sent_nothing(harness)
    with pytest.raises(ValueError):
        TrackClient(SITE_ID, API_KEY, timeout=bad)


class CountingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A pool stand-in that answers 200 {} and counts closes."""

    def __init__(self, wire: Wire) -> None:
        self.mock = httpx.MockTransport(wire.handle)
        self.closed = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.mock.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.mock.handle_async_request(request)

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


def install_pool(client: TrackClient | AsyncTrackClient, wire: Wire) -> CountingTransport:
    """Replace the client's pool and rebuild its stack the way the client does (real transports)."""
    pool = CountingTransport(wire)
    client._pool = pool
    client._transport = client._derive(client._config)._transport
    return pool


def test_with_options_shares_the_pool_and_keeps_the_original(flavour: str) -> None:
    harness = Harness(flavour, headers={"X-Base": "1"})
    pool = install_pool(harness.client, harness.wire)
    clone = harness.client.with_options(timeout=2.5, headers={"X-Clone": "yes"})
    assert clone is not harness.client
    assert clone._pool is harness.client._pool is pool
    assert type(clone) is type(harness.client)

    invoke(clone, "identify", "1")
    via_clone = harness.wire.last
    assert via_clone.headers["x-clone"] == "yes"
    assert via_clone.headers["x-base"] == "1"
    assert timeouts(via_clone)["read"] == 2.5

    harness.call("identify", "1")
    via_original = harness.wire.last
    assert "x-clone" not in via_original.headers
    assert timeouts(via_original)["read"] == 10.0

    invoke(clone, "close" if flavour == "sync" else "aclose")
    assert pool.closed == 0
    harness.call("identify", "2")
    invoke(harness.client, "close" if flavour == "sync" else "aclose")
    assert pool.closed == 1


def test_with_options_retry(flavour: str) -> None:
    harness = Harness(flavour, Wire(json_response(503, {"meta": {"error": "down"}})))
    install_pool(harness.client, harness.wire)
    no_retry = harness.client.with_options(retry={"max_retries": 0})
    with pytest.raises(ServerError, match=r"^503: down$"):
        invoke(no_retry, "destroy", "1")
    assert len(harness.wire.requests) == 1

    one_quick_retry = harness.client.with_options(retry=RetryOptions(max_retries=1, min_timeout_ms=0))
    with pytest.raises(ServerError):
        invoke(one_quick_retry, "destroy", "1")
    assert len(harness.wire.requests) == 3
    assert harness.wire.requests[-1].headers["x-retry-count"] == "1"


def test_with_options_rejects_bad_values() -> None:
    client = TrackClient(SITE_ID, API_KEY)
    with pytest.raises(TypeError):
        client.with_options(retry={"retries": 1})
    with pytest.raises(ValueError):
        client.with_options(timeout="soon")  # type: ignore[arg-type]


def test_clients_are_context_managers() -> None:
    wire = Wire()
    with TrackClient(SITE_ID, API_KEY) as client:
        pool = install_pool(client, wire)
        client.identify("1")
    assert pool.closed == 1

    async def run() -> CountingTransport:
        async with AsyncTrackClient(SITE_ID, API_KEY) as client:
            pool = install_pool(client, wire)
            await client.identify("1")
        return pool

    import asyncio

    assert asyncio.run(run()).closed == 1
    assert len(wire.requests) == 2


def test_a_callers_http_client_is_used_and_left_open() -> None:
    wire = Wire()
    http_client = httpx.Client(transport=httpx.MockTransport(wire.handle))
    with TrackClient(SITE_ID, API_KEY, http_client=http_client) as client:
        client.identify("1", {"a": 1})
    assert wire.last.content == b'{"a":1}'
    assert wire.last.headers["authorization"] == basic(SITE_ID, API_KEY)
    assert not http_client.is_closed
    http_client.close()
    with pytest.raises(TypeError):
        TrackClient(SITE_ID, API_KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        AsyncTrackClient(SITE_ID, API_KEY, http_client=httpx.Client())  # type: ignore[arg-type]


# --- raw responses -------------------------------------------------------------------------------


def test_with_raw_response(flavour: str) -> None:
    answer = json_response(200, {"url": "https://track-eu.customer.io", "region": "eu", "environment_id": 7})
    harness = Harness(flavour, Wire(answer))
    raw = harness.raw("get_account_region")
    assert raw.status_code == 200
    assert raw.headers["content-type"] == "application/json"
    assert raw.parsed.region == "eu"
    assert raw.parsed.environment_id == 7
    assert raw.parsed == harness.call("get_account_region")


def test_with_raw_response_raises_like_the_plain_call(flavour: str) -> None:
    harness = Harness(flavour, Wire(json_response(404, {"meta": {"error": "no such person"}})))
    with pytest.raises(customerio.NotFoundError, match=r"^404: no such person$"):
        harness.raw("identify", "1")


def test_empty_success_bodies_parse_to_empty_objects(flavour: str) -> None:
    harness = Harness(flavour, Wire(httpx.Response(204)))
    assert harness.call("destroy", "1") == {}
    raw = harness.raw("identify", "1")
    assert (raw.status_code, raw.parsed) == (204, {})


# --- no secrets in reprs -------------------------------------------------------------------------

SECRET_SITE = "site-SECRET-4d1f"
SECRET_KEY = "key-SECRET-9b7e"


def test_reprs_carry_no_credentials(flavour: str) -> None:
    harness = Harness(flavour, site_id=SECRET_SITE, api_key=SECRET_KEY)
    client = harness.client
    token = basic(SECRET_SITE, SECRET_KEY)
    shown = [
        repr(client),
        str(client),
        repr(client.with_options(timeout=1)),
        repr(client._config),
        repr(client.with_raw_response),
    ]
    for text in shown:
        for secret in (SECRET_SITE, SECRET_KEY, token, token.split()[1], "SECRET"):
            assert secret not in text
    assert "track.customer.io" in repr(client)
