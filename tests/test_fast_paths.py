"""The fast paths of commit 44ba5e4 against the general code they shortcut, plus fork safety of
clients and the request kept on errors.

- Request building: `_Template` (per-root templates that skip httpx's URL parser) must build the
  very request the general path (`_general_request`) builds: URL, raw path, header list in order,
  body. Fuzzed over paths, queries, methods, roots, config headers and extra headers; and a
  template that cannot be trusted (its self-check fails, httpx internals differ) is not used.
- `read_response`: the UTF-8 fast decode answers exactly as the text-based reading did.
- `_serialize.dumps`: the single-pass encoder against `_convert` (the SDK's own walk), key rules.
- Batchers: pooled UUID4 message ids, the encode-once fast path and when it is skipped.
- Clients after `os.fork()`: the child opens its own connections (loopback keep-alive server).
- Errors keep the request sent as `.request`; neither message nor repr shows payload or credentials.
"""

from __future__ import annotations

import asyncio
import enum
import json
import os
import random
import socket
import threading
import time
import uuid
import warnings
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from _customerio_gen import _runtime as _rt
from _customerio_gen.pipelines.client import AsyncPipelinesOperations, PipelinesOperations
from customerio import (
    APIClient,
    APIConnectionError,
    APITimeoutError,
    AsyncPipelinesBatcher,
    AsyncPipelinesClient,
    AsyncTrackClient,
    CustomerIOError,
    CustomerIORequestError,
    InvalidResponseError,
    PipelinesBatcher,
    PipelinesClient,
    RegionEU,
    RetryOptions,
    TrackBatcher,
    TrackClient,
)
from customerio import _base_client as bc
from customerio._batching import new_uuid4
from customerio._errors import ResponseInfo, request_error_for
from customerio._redirects import AsyncRedirectTransport, RedirectTransport
from customerio._retry import AsyncRetryTransport, RetryTransport
from customerio._serialize import _PLAIN_ENCODER, EncodedJSON, _convert, dumps

from conftest import Wire, json_response, mock_async, mock_sync

BOUND = 10.0  # real-time bound for the socket and fork tests; never reached when things work

# --- request building: template path == general path -----------------------------------------------


def _configs() -> list[tuple[str, bc.ClientConfig]]:
    """Client configurations over many kinds of roots and config headers."""
    configs: list[tuple[str, bc.ClientConfig]] = []
    roots = [
        None,  # the region's own roots
        "https://track.example.com/api/v1",
        "https://track.example.com/api/v1/",  # trailing slash
        "https://example.com",  # no path at all
        "http://127.0.0.1:8080/api/v1",  # port
        "https://example.com:8443/prefix/api/v1",
        "https://example.com:443/api/v1",  # default port, normalised away by httpx
        "https://EXAMPLE.com/api/v1",  # upper-case host, normalised by httpx
        "https://user:secret@example.com/api/v1",  # userinfo
        "http://[::1]:9000/api/v1",  # IPv6
        "https://example.com/a%20b/api/v1",  # escaped root path
        "https://example.com/caf\u00e9/api/v1",  # unicode root path
        "https://example.com/api/v1?tenant=1",  # query in the root
    ]
    headers_sets: list[dict[str, str]] = [
        {},
        {"X-Extra": "1", "Accept": "application/json"},
        {"user-agent": "mine", "authorization": "theirs", "content-type": "text/plain"},  # the SDK's win
        {"Host": "other.example.com"},  # a header httpx treats specially: the template refuses
        {"Content-Length": "5"},
    ]
    for url in roots:
        for headers in headers_sets:
            label = f"{url}|{sorted(headers)}"
            configs.append((f"track:{label}", TrackClient("site", "key", url=url, headers=headers)._config))
    configs.append(("track:eu", TrackClient("site", "key", region=RegionEU)._config))
    configs.append(("app", APIClient("appkey", headers={"X-A": "b"})._config))
    configs.append(("app:eu", APIClient("appkey", region=RegionEU)._config))
    configs.append(("app:url", APIClient("appkey", url="http://localhost:3000/v1")._config))
    configs.append(("pipelines", PipelinesClient("wk")._config))
    configs.append(("pipelines:url", PipelinesClient("wk", url="https://cdp.example.com/v1")._config))
    configs.append(("timeout", TrackClient("site", "key", timeout=httpx.Timeout(3.0, connect=1.0))._config))
    return configs


CONFIGS = _configs()
_ALPHABET = [
    *"abcXYZ019-._~!$&'()*+,;=:@",
    *["%2F", "%20", "%25", "%e9", "%C3%A9", "%zz", "%", "%2", "?", "#", "[", "]", " ", "\\", '"', "<", ">"],
    *["\u00e9", "\u4e2d", "\U0001f600", "\x00", "\t", "^", "`", "{", "}", "|"],
]
_FIXED_PATHS = [
    "/customers/1",
    "/customers/a%2Fb/events",
    "/customers/./x",
    "/customers/../x",
    "/customers/%2E%2E/x",
    "/customers/.../x",
    "/",
    "//double",
    "/customers/caf\u00e9",
    "/customers/a b",
    "/customers/a?b",
    "/customers/a#b",
    "/customers/%",
    "/customers/" + "x" * 9000,  # longer than the template takes
    "/customers/" + "y" * 8100,
    "/x:y@z/!$&'()*+,;=",
]
_QUERIES: list[tuple[tuple[str, str], ...]] = [
    (),
    (("limit", "10"),),
    (("start", "abc=="), ("id_type", "email")),
    (("q", "caf\u00e9 & more/+?#%"), ("", "")),
    (("x", "y" * 200),),
]
_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]
_BODIES: list[Any] = [
    _rt.NO_BODY,
    {"email": "person@example.com", "n": 1},
    EncodedJSON(b'{"batch":[]}'),
    {},
]
_EXTRA_HEADERS: list[dict[str, str] | None] = [
    None,
    {},
    {"X-Request": "r"},
    {"Authorization": "override", "x-extra": "2"},  # the SDK's Authorization wins
]


def _fuzzed_paths(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    paths = []
    for _ in range(count):
        segments = []
        for _ in range(rng.randint(1, 5)):
            segment = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 8)))
            segments.append(rng.choice([segment, segment, ".", "..", "%2E"]))
        paths.append("/" + "/".join(segments))
    return paths


def _expected(
    config: bc.ClientConfig,
    prepared: _rt.Prepared[Any],
    timeout: bc.TimeoutArg | _rt.NotGiven,
    extra_headers: Mapping[str, str] | None,
) -> httpx.Request:
    """The request of the general path (no template)."""
    query = "&".join(
        f"{quote(k, safe='!~*()' + chr(39))}={quote(v, safe='!~*()' + chr(39))}" for k, v in prepared.query
    )
    body = prepared.body
    content = None if body is _rt.NO_BODY else body.data if isinstance(body, EncodedJSON) else dumps(body)
    effective = config.timeout if isinstance(timeout, _rt.NotGiven) else bc.to_timeout(timeout)
    return bc._general_request(
        config,
        config.roots[prepared.base] + bc._keep_dot_segments(prepared.path),
        query or None,
        extra_headers,
        prepared.method,
        content,
        effective.as_dict(),
    )


def _same(actual: httpx.Request, expected: httpx.Request) -> None:
    assert actual.method == expected.method
    assert str(actual.url) == str(expected.url)
    assert actual.url.raw_path == expected.url.raw_path
    assert actual.url.netloc == expected.url.netloc
    assert actual.headers.raw == expected.headers.raw
    assert actual.content == expected.content
    assert actual.extensions == expected.extensions


def _prepared(method: str, base: str, path: str, query: tuple[tuple[str, str], ...], body: Any) -> _rt.Prepared[Any]:
    return _rt.Prepared(method=method, base=base, path=path, query=query, body=body, parse=lambda p: p, operation="t")


@pytest.fixture
def template_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records each use of a template (so tests know which path built a request)."""
    calls: list[str] = []
    original = bc._Template.request

    def spy(
        self: bc._Template, method: str, url: httpx.URL, content: bytes | None, ext: dict[str, Any]
    ) -> httpx.Request:
        calls.append(method)
        return original(self, method, url, content, ext)

    monkeypatch.setattr(bc._Template, "request", spy)
    return calls


def _warm(config: bc.ClientConfig, template_calls: list[str]) -> None:
    """Make the templates now (their self-checks use them), then forget those calls."""
    for base in config.roots:
        bc._template(config, base)
    template_calls.clear()


@pytest.mark.parametrize(("label", "config"), CONFIGS, ids=[c[0] for c in CONFIGS])
def test_template_and_general_path_build_identical_requests(
    label: str, config: bc.ClientConfig, template_calls: list[str]
) -> None:
    rng = random.Random(label)
    paths = _FIXED_PATHS + _fuzzed_paths(40, seed=len(label))
    _warm(config, template_calls)
    cases = 0
    for base in config.roots:
        for path in paths:
            method = rng.choice(_METHODS)
            body = rng.choice(_BODIES)
            query = rng.choice(_QUERIES)
            extra = rng.choice(_EXTRA_HEADERS)
            timeout: bc.TimeoutArg | _rt.NotGiven = rng.choice([_rt.NOT_GIVEN, _rt.NOT_GIVEN, 5.0, None])
            prepared = _prepared(method, base, path, query, body)
            try:
                expected = _expected(config, prepared, timeout, extra)
            except httpx.InvalidURL as error:  # control characters, over-long URLs: refused alike
                with pytest.raises(httpx.InvalidURL) as caught:
                    bc.build_request(config, prepared, timeout, extra)
                assert str(caught.value) == str(error)
                continue
            _same(bc.build_request(config, prepared, timeout, extra), expected)
            cases += 1
    assert cases >= len(paths) // 2
    # the refused configurations never use a template; the plain ones do (else this compares nothing)
    headers = {name.lower() for name in config.headers}
    if headers & {"host", "content-length"} or "?" in label or "EXAMPLE" in label or ":443" in label:
        assert template_calls == []
    elif "\u00e9/api" not in label:
        assert template_calls, "the template path was never taken"


@pytest.mark.parametrize("method", _METHODS)
@pytest.mark.parametrize("body", _BODIES, ids=["no-body", "dict", "encoded", "empty-dict"])
def test_every_method_and_body_through_the_template(method: str, body: Any, template_calls: list[str]) -> None:
    config = TrackClient("site", "key", headers={"X-Trace": "t"})._config
    _warm(config, template_calls)
    for base in config.roots:
        prepared = _prepared(method, base, "/customers/a%2Fb/x", (("a", "1"),), body)
        _same(bc.build_request(config, prepared, _rt.NOT_GIVEN, None), _expected(config, prepared, _rt.NOT_GIVEN, None))
    assert template_calls == [method] * len(config.roots)


def test_template_request_matches_a_hand_built_httpx_request() -> None:
    """Independent of `_general_request`: what httpx builds from the URL string and headers."""
    config = TrackClient("site", "key", url="http://127.0.0.1:8080/api/v1", headers={"X-A": "1"})._config
    prepared = _prepared("PUT", "track", "/customers/42", (("x", "y z"),), {"email": "e"})
    actual = bc.build_request(config, prepared, _rt.NOT_GIVEN, None)
    expected = httpx.Request(
        "PUT",
        "http://127.0.0.1:8080/api/v1/customers/42?x=y%20z",
        headers={
            "X-A": "1",
            "Authorization": config.authorization,
            "Content-Type": "application/json",
            "User-Agent": bc.USER_AGENT,
        },
        content=b'{"email":"e"}',
    )
    assert str(actual.url) == str(expected.url)
    assert actual.headers.raw == expected.headers.raw
    assert actual.headers.raw[0] == (b"Host", b"127.0.0.1:8080")
    assert actual.headers.raw[-1] == (b"Content-Length", b"13")
    assert actual.content == expected.content


def test_extra_headers_on_the_general_path() -> None:
    config = TrackClient("site", "key", headers={"X-Config": "c"})._config
    prepared = _prepared("POST", "track", "/customers/1/events", (), {"name": "e"})
    request = bc.build_request(config, prepared, _rt.NOT_GIVEN, {"X-Config": "extra", "authorization": "no"})
    assert request.headers["x-config"] == "extra"
    assert request.headers["authorization"] == config.authorization
    _same(request, _expected(config, prepared, _rt.NOT_GIVEN, {"X-Config": "extra", "authorization": "no"}))


# --- the template refuses itself when httpx differs ---------------------------------------------------


def _check_fallback(config: bc.ClientConfig) -> None:
    for base in config.roots:
        for path in ["/customers/1", "/customers/a%2Fb", "/x/./y"]:
            for method in ("GET", "POST", "PUT"):
                prepared = _prepared(method, base, path, (("k", "v"),), _rt.NO_BODY if method == "GET" else {"a": 1})
                request = bc.build_request(config, prepared, _rt.NOT_GIVEN, None)
                _same(request, _expected(config, prepared, _rt.NOT_GIVEN, None))


def test_failed_self_check_falls_back(monkeypatch: pytest.MonkeyPatch, template_calls: list[str]) -> None:
    monkeypatch.setattr(bc._Template, "_check", lambda self, config, root: False)
    config = TrackClient("site", "key")._config
    assert bc._Template.make(config, config.roots["track"]) is None
    _check_fallback(config)
    assert template_calls == []  # (the spy would also have seen the self-check's own requests)
    assert set(config._templates.values()) == {None}


def test_uri_reference_missing_falls_back(monkeypatch: pytest.MonkeyPatch, template_calls: list[str]) -> None:
    class URLWithoutInternals(httpx.URL):
        @property
        def _uri_reference(self) -> Any:
            raise AttributeError("_uri_reference")

        @_uri_reference.setter
        def _uri_reference(self, value: Any) -> None:
            pass

    config = TrackClient("site", "key", url="http://127.0.0.1:9/api/v1")._config
    with monkeypatch.context() as patch:
        patch.setattr(httpx, "URL", URLWithoutInternals)
        assert bc._Template.make(config, config.roots["track"]) is None
        for base in config.roots:
            assert bc._template(config, base) is None
    _check_fallback(config)
    assert template_calls == []


def test_a_template_that_builds_another_url_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A different httpx (here: a URL missing its query) fails the self-check."""
    original = bc._Template.url
    monkeypatch.setattr(bc._Template, "url", lambda self, path, query: original(self, path, None))
    config = TrackClient("site", "key")._config
    assert bc._Template.make(config, config.roots["track"]) is None
    _check_fallback(config)


def test_a_template_with_other_headers_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    original = bc._Template.__init__

    def init(self: bc._Template, config: bc.ClientConfig, root: str) -> None:
        original(self, config, root)
        self.headers = list(reversed(self.headers))

    monkeypatch.setattr(bc._Template, "__init__", init)
    config = TrackClient("site", "key", headers={"X-A": "1"})._config
    assert bc._Template.make(config, config.roots["track"]) is None
    _check_fallback(config)


def test_requests_on_the_wire_are_the_same_with_and_without_templates(monkeypatch: pytest.MonkeyPatch) -> None:
    def sent(client: TrackClient) -> list[httpx.Request]:
        wire = mock_sync(client, Wire(json_response(200, {})))
        client.identify("a/b", {"email": "e@example.com"})
        client.track("..", {"name": "ev", "data": {"k": [1, 2]}})
        client.destroy("caf\u00e9")
        client.identify("1", {"x": 1}, extra_headers={"X-E": "1"})
        return wire.requests

    fast = sent(TrackClient("site", "key", headers={"X-C": "c"}))
    monkeypatch.setattr(bc._Template, "make", staticmethod(lambda config, root: None))
    slow = sent(TrackClient("site", "key", headers={"X-C": "c"}))
    assert len(fast) == len(slow) == 4
    for a, b in zip(fast, slow, strict=True):
        _same(a, b)


# --- read_response: fast UTF-8 decode == text-based reading ------------------------------------------


def _old_read_response(prepared: _rt.Prepared[Any], response: httpx.Response) -> Any:
    """`read_response` before 44ba5e4 (text-based), the reference for the fast path."""
    text = response.text
    if not 200 <= response.status_code <= 299:
        raise request_error_for(response.status_code, text, response.headers)
    if not text.strip():
        return prepared.parse({})
    try:
        payload = json.loads(text)
    except ValueError:
        info = ResponseInfo(response.status_code, response.headers)
        raise InvalidResponseError(
            response.status_code, text, info, f"the {response.status_code} answer was not JSON"
        ) from None
    return prepared.parse(payload)


def _outcome(
    read: Callable[[_rt.Prepared[Any], httpx.Response], Any], status: int, ctype: str | None, body: bytes
) -> Any:
    headers = {} if ctype is None else {"content-type": ctype}
    response = httpx.Response(status, headers=headers, content=body)
    try:
        return ("ok", read(_prepared("GET", "track", "/", (), _rt.NO_BODY), response))
    except CustomerIORequestError as error:
        return ("error", type(error), str(error), error.status_code, error.body, error.response.headers)


_UTF8 = '{"name":"caf\u00e9 \u4e2d \U0001f600","n":[1,2.5,null,true]}'.encode()
_BODIES_READ: list[tuple[str, str | None, bytes]] = [
    ("utf8-no-charset", "application/json", _UTF8),
    ("utf8-charset", "application/json; charset=utf-8", _UTF8),
    ("utf8-charset-upper", "application/json; Charset=UTF-8", _UTF8),
    ("utf8-quoted", 'application/json; charset="utf8"', _UTF8),
    ("no-content-type", None, _UTF8),
    ("latin1", "application/json; charset=iso-8859-1", '{"name":"caf\u00e9 \u00ff"}'.encode("latin-1")),
    ("latin1-utf8-bytes", "application/json; charset=latin-1", _UTF8),
    ("cp1252", "application/json; charset=windows-1252", '{"q":"\u201cx\u201d"}'.encode("cp1252")),
    ("utf16", "application/json; charset=utf-16", '{"a":"\u00e9"}'.encode("utf-16")),
    ("invalid-utf8", "application/json", b'{"name":"\xff\xfe caf\xc3"}'),
    ("invalid-utf8-charset", "application/json; charset=utf-8", b'{"name":"\xc3\x28"}'),
    ("bom", "application/json", b'\xef\xbb\xbf{"a":1}'),
    ("bom-charset", "application/json; charset=utf-8", b'\xef\xbb\xbf{"a":1}'),
    ("empty", "application/json", b""),
    ("blank", "application/json", b" \r\n\t"),
    ("not-json", "text/html", b"<html>caf\xc3\xa9</html>"),
    ("json-scalar", "application/json", b'"just a string"'),
    ("unknown-charset", "application/json; charset=x-unknown", _UTF8),
]


@pytest.mark.parametrize("status", [200, 201, 204, 207, 400, 404, 500])
@pytest.mark.parametrize(("label", "ctype", "body"), _BODIES_READ, ids=[b[0] for b in _BODIES_READ])
def test_read_response_matches_the_text_based_reading(
    status: int, label: str, ctype: str | None, body: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _outcome(_old_read_response, status, ctype, body)
    assert _outcome(bc.read_response, status, ctype, body) == expected
    monkeypatch.setattr(bc, "_utf8_text", lambda response: False)  # the slow path of today's code
    assert _outcome(bc.read_response, status, ctype, body) == expected


def test_invalid_utf8_in_a_2xx_is_decoded_with_replacement() -> None:
    result = _outcome(bc.read_response, 200, "application/json", b'{"name":"a\xffb"}')
    assert result == ("ok", {"name": "a\ufffdb"})


def test_latin1_answer_is_decoded_as_latin1() -> None:
    body = '{"name":"caf\u00e9"}'.encode("latin-1")
    assert _outcome(bc.read_response, 200, "application/json; charset=iso-8859-1", body) == (
        "ok",
        {"name": "caf\u00e9"},
    )


# --- _serialize --------------------------------------------------------------------------------------


class Plan(enum.StrEnum):
    PRO = "pro"


class Level(enum.IntEnum):
    HIGH = 3


class Ratio(float, enum.Enum):
    HALF = 0.5


class Mixed(str, enum.Enum):  # noqa: UP042 (the str mix-in without StrEnum is the case)
    A = "x"


class Colour(enum.Enum):
    RED = "red"
    PAIR = ("a", 1)


class StrLike(str):
    def __str__(self) -> str:
        return "overridden"


def test_bool_and_none_keys_are_written_as_json_words() -> None:
    assert dumps({True: 1, False: 2, None: 3}) == b'{"true":1,"false":2,"null":3}'
    # also when the value needs `_convert` (the encoder's default) or the fallback walk
    assert dumps({True: Decimal("1.5"), None: [Colour.RED]}) == b'{"true":1.5,"null":["red"]}'
    assert dumps({True: 1, Colour.RED: 2}) == b'{"true":1,"Colour.RED":2}'


def test_number_keys_are_written_as_their_number() -> None:
    assert (
        dumps({1: "a", -2: "b", 10**20: "c", 2.5: "d"}) == b'{"1":"a","-2":"b","100000000000000000000":"c","2.5":"d"}'
    )
    assert dumps({1: {2: [3]}}) == b'{"1":{"2":[3]}}'
    assert dumps({Colour.RED: {1: True, False: None}}) == b'{"Colour.RED":{"1":true,"false":null}}'


def test_mixed_in_enums_are_written_as_their_base_type() -> None:
    assert dumps([Plan.PRO, Level.HIGH, Ratio.HALF, Mixed.A]) == b'["pro",3,0.5,"x"]'
    assert dumps({Plan.PRO: 1, Level.HIGH: 2, Ratio.HALF: 3, Mixed.A: 4}) == b'{"pro":1,"3":2,"0.5":3,"x":4}'
    # a plain Enum is written as its value (recursively); as a key, as str(key)
    assert dumps([Colour.RED, Colour.PAIR]) == b'["red",["a",1]]'
    # a str subclass with its own __str__ is written as the string it holds
    assert dumps({StrLike("k"): StrLike("v")}) == b'{"k":"v"}'
    # the same through the fallback walk (an Enum key forces it)
    assert dumps({Colour.RED: [Plan.PRO, Level.HIGH, Ratio.HALF, Mixed.A, StrLike("v")]}) == (
        b'{"Colour.RED":["pro",3,0.5,"x","v"]}'
    )


@pytest.mark.parametrize(
    "value",
    [float("nan"), float("inf"), -float("inf"), Decimal("NaN"), {"a": [1, {"b": float("nan")}]}, {True: float("inf")}],
    ids=["nan", "inf", "-inf", "decimal-nan", "nested", "bool-key"],
)
def test_nan_refusal_is_unchanged(value: Any) -> None:
    with pytest.raises(CustomerIOError) as caught:
        dumps(value)
    assert isinstance(caught.value, ValueError)
    assert type(caught.value).__name__ == "InvalidArgumentError"
    assert str(caught.value).endswith(" cannot be sent: JSON has no NaN or infinity")


def test_unsupported_values_are_type_errors() -> None:
    with pytest.raises(TypeError, match=r"data\.a: object of type object is not JSON serializable") as caught:
        dumps({"a": object()})
    assert isinstance(caught.value, CustomerIOError)


def test_encoded_json_is_sent_as_it_is() -> None:
    client = TrackClient("site", "key")
    wire = mock_sync(client, Wire(json_response(200, {})))
    data = b'{"batch":[{"x":1} ,  "kept as is"]}'
    prepared = _prepared("POST", "track_v2", "/batch", (), EncodedJSON(data))
    assert client._execute(prepared, _rt.NOT_GIVEN, None) == {}
    assert wire.last.content == data
    assert wire.last.headers["content-length"] == str(len(data))
    assert repr(EncodedJSON(data)) == f"EncodedJSON(<{len(data)} bytes>)"


def _random_value(rng: random.Random, depth: int = 0) -> Any:
    kinds = ["str", "int", "float", "bool", "none", "enum", "decimal", "uuid"]
    if depth < 3:
        kinds += ["dict", "list", "tuple"]
    kind = rng.choice(kinds)
    if kind == "str":
        return "".join(rng.choice('ab\u00e9\u4e2d"\\\n\x01') for _ in range(rng.randint(0, 4)))
    if kind == "int":
        return rng.choice([0, -1, 7, 2**63, Level.HIGH])
    if kind == "float":
        return rng.choice([0.1, -2.5, 1e300, Ratio.HALF])
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "none":
        return None
    if kind == "enum":
        return rng.choice([Plan.PRO, Mixed.A, Colour.RED, Colour.PAIR])
    if kind == "decimal":
        return rng.choice([Decimal("1.25"), Decimal("10")])
    if kind == "uuid":
        return uuid.UUID(int=rng.getrandbits(128))
    if kind == "dict":
        keys = ["k", "", True, False, None, 1, -3, 2.5, Plan.PRO, Level.HIGH, "\u00e9"]
        return {rng.choice(keys): _random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}
    items = [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return items if kind == "list" else tuple(items)


def test_single_pass_encoder_agrees_with_the_walk() -> None:
    """The C encoder pass and `_convert` + plain encoding write the same bytes for any value."""
    rng = random.Random(44)
    for _ in range(3000):
        value = _random_value(rng)
        assert dumps(value) == _PLAIN_ENCODER.encode(_convert(value)).encode("utf-8"), value


# --- batchers: message ids, encode-once, override ---------------------------------------------------


def test_pooled_ids_are_uuid4() -> None:
    ids = [new_uuid4() for _ in range(100_000)]
    assert len(set(ids)) == len(ids)
    for value in ids[:2000] + ids[-2000:]:
        parsed = uuid.UUID(value)
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == value
    # every id, cheaply: the version and variant digits, and the shape
    assert {value[14] for value in ids} == {"4"}
    assert {value[19] for value in ids} <= set("89ab")
    assert {len(value) for value in ids} == {36}
    # the variant digit is not stuck (the two random bits are used)
    assert {value[19] for value in ids} == set("89ab")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX only")
def test_forked_child_draws_other_ids_than_its_parent() -> None:
    new_uuid4()  # the parent has a pool with ids left
    read_end, write_end = os.pipe()
    with warnings.catch_warnings(action="ignore", category=DeprecationWarning):  # 3.12+: fork with threads
        pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.close(read_end)
            os.write(write_end, json.dumps([new_uuid4() for _ in range(300)]).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    parent = [new_uuid4() for _ in range(300)]
    with os.fdopen(read_end, "rb") as pipe:
        child = json.loads(pipe.read() or b"[]")
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    assert len(child) == 300
    assert not set(child) & set(parent)
    assert all(uuid.UUID(value).version == 4 for value in child)


class _Recorder:
    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        self.lock = threading.Lock()

    def handle(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.bodies.append(request.content)
        return httpx.Response(200, json={})


def _wired(client: Any, recorder: _Recorder) -> Any:
    client._pool = httpx.MockTransport(recorder.handle)
    if isinstance(client, PipelinesClient | TrackClient):
        client._transport = RetryTransport(RedirectTransport(client._pool), client._config.retry, sleep=lambda s: None)
    else:

        async def sleep(_: float) -> None:
            pass

        client._transport = AsyncRetryTransport(AsyncRedirectTransport(client._pool), client._config.retry, sleep=sleep)
    return client


def _pipelines_calls(batcher: Any) -> None:
    batcher.identify(
        user_id="u1", traits={"email": "a@example.com", "n": 1.5}, message_id="m1", timestamp="2026-01-01T00:00:00.000Z"
    )
    batcher.track(
        user_id="u1",
        event="caf\u00e9",
        properties={"k": [1, None, True]},
        message_id="m2",
        timestamp="2026-01-01T00:00:01.000Z",
    )
    batcher.page(anonymous_id="a1", name="home", message_id="m3", timestamp="2026-01-01T00:00:02.000Z")


class _CountingPipelines(PipelinesClient):
    calls = 0

    def batch(self, items: Any, **kwargs: Any) -> Any:
        type(self).calls += 1
        return super().batch(items, **kwargs)


def test_encode_once_body_is_the_body_client_batch_sends(monkeypatch: pytest.MonkeyPatch) -> None:
    stock = PipelinesOperations.batch
    calls: list[int] = []

    def spy(self: Any, items: Any, **kwargs: Any) -> Any:
        calls.append(len(items))
        return stock(self, items, **kwargs)

    # patched on the class the stock method is read from: still "stock", so the fast path is taken
    monkeypatch.setattr(PipelinesOperations, "batch", spy)
    fast = _Recorder()
    with PipelinesBatcher(_wired(PipelinesClient("wk", url="http://cdp.test/v1"), fast), max_in_flight=1) as batcher:
        _pipelines_calls(batcher)
        assert batcher.flush(timeout=BOUND)
    assert calls == []  # the encode-once path never called client.batch
    monkeypatch.setattr(PipelinesOperations, "batch", stock)

    slow = _Recorder()
    _CountingPipelines.calls = 0
    with PipelinesBatcher(_wired(_CountingPipelines("wk", url="http://cdp.test/v1"), slow), max_in_flight=1) as batcher:
        _pipelines_calls(batcher)
        assert batcher.flush(timeout=BOUND)
    assert _CountingPipelines.calls == 1  # a subclass's batch: the batcher calls it
    assert len(fast.bodies) == len(slow.bodies) == 1
    assert fast.bodies == slow.bodies

    # and client.batch(items) with the queued items themselves writes the same bytes
    direct = _Recorder()
    client = _wired(PipelinesClient("wk", url="http://cdp.test/v1"), direct)
    client.batch(json.loads(fast.bodies[0])["batch"])
    assert direct.bodies == fast.bodies


def test_a_batch_patched_on_the_instance_is_called() -> None:
    recorder = _Recorder()
    client = _wired(PipelinesClient("wk", url="http://cdp.test/v1"), recorder)
    seen: list[list[Any]] = []
    original = client.batch

    def patched(items: Any, **kwargs: Any) -> Any:
        seen.append(list(items))
        return original(items, **kwargs)

    client.batch = patched
    with PipelinesBatcher(client, max_in_flight=1) as batcher:
        _pipelines_calls(batcher)
        assert batcher.flush(timeout=BOUND)
    assert [item["messageId"] for item in seen[0]] == ["m1", "m2", "m3"]
    assert len(recorder.bodies) == 1


def test_track_batcher_fast_path_matches_an_overriding_subclass() -> None:
    class Overriding(TrackClient):
        calls = 0

        def batch(self, operations: Any, **kwargs: Any) -> Any:
            type(self).calls += 1
            return super().batch(operations, **kwargs)

    bodies: list[bytes] = []
    for cls in (TrackClient, Overriding):
        recorder = _Recorder()
        with TrackBatcher(_wired(cls("site", "key", url="http://track.test/api/v1"), recorder)) as batcher:
            batcher.identify({"id": "1"}, {"email": "a@example.com", "v": [1, 2.5]})
            batcher.track(
                {"id": "1"}, {"name": "caf\u00e9", "data": {"k": {True: None}}, "timestamp": 1_700_000_000, "id": "E1"}
            )
            assert batcher.flush(timeout=BOUND)
        bodies += recorder.bodies
    assert Overriding.calls == 1
    assert len(bodies) == 2 and bodies[0] == bodies[1]


def test_an_item_mutated_after_enqueue_sends_the_enqueue_time_bytes() -> None:
    recorder = _Recorder()
    properties: dict[str, Any] = {"plan": "free", "tags": ["a"]}
    with PipelinesBatcher(_wired(PipelinesClient("wk", url="http://cdp.test/v1"), recorder), flush_interval=60.0) as b:
        b.track(user_id="u", event="e", properties=properties, message_id="m", timestamp="2026-01-01T00:00:00.000Z")
        properties["plan"] = "pro"
        properties["tags"].append("b")
        properties["secret"] = "later"
        assert b.flush(timeout=BOUND)
    sent = json.loads(recorder.bodies[0])["batch"][0]
    assert sent["properties"] == {"plan": "free", "tags": ["a"]}


def test_async_batcher_fast_path_skipped_for_an_override() -> None:
    class Overriding(AsyncPipelinesClient):
        calls = 0

        async def batch(self, items: Any, **kwargs: Any) -> Any:
            type(self).calls += 1
            return await super().batch(items, **kwargs)

    async def run(cls: type[AsyncPipelinesClient]) -> list[bytes]:
        recorder = _Recorder()
        async with AsyncPipelinesBatcher(
            _wired(cls("wk", url="http://cdp.test/v1"), recorder), max_in_flight=1
        ) as batcher:
            _pipelines_calls(batcher)
            await batcher.flush()
        return recorder.bodies

    assert AsyncPipelinesOperations.batch is not Overriding.batch
    fast = asyncio.run(run(AsyncPipelinesClient))
    slow = asyncio.run(run(Overriding))
    assert Overriding.calls == 1
    assert len(fast) == 1 and fast == slow


# --- clients after os.fork(): the child opens its own connections -------------------------------


class _KeepAliveServer:
    """A loopback HTTP/1.1 keep-alive server recording, per request, the client's (host, port)."""

    def __init__(self) -> None:
        peers: list[tuple[str, int]] = []
        self.peers = peers

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                self.rfile.read(length)
                peers.append(self.client_address[:2])
                body = b"{}"
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_PUT = do_POST = do_GET = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/api/v1"

    def __enter__(self) -> _KeepAliveServer:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(BOUND)


@pytest.fixture
def keepalive_server() -> Iterator[_KeepAliveServer]:
    with _KeepAliveServer() as server:
        yield server


def _wait_child(pid: int) -> int:
    deadline = time.monotonic() + BOUND
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        time.sleep(0.01)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    raise AssertionError("the child did not finish in time")


def _fork_and_run(child: Callable[[], None]) -> None:
    with warnings.catch_warnings(action="ignore", category=DeprecationWarning):  # 3.12+: fork with threads
        pid = os.fork()
    if pid == 0:
        code = 1
        try:
            child()
            code = 0
        finally:
            os._exit(code)
    status = _wait_child(pid)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX only")
def test_sync_client_in_a_forked_child_opens_its_own_connection(keepalive_server: _KeepAliveServer) -> None:
    client = TrackClient("site", "key", url=keepalive_server.url, timeout=BOUND, retry=RetryOptions(max_retries=0))
    derived = client.with_options(headers={"X-D": "1"})
    client.identify("1")
    parent_pool, parent_transport = client._pool, client._transport
    client.identify("2")
    assert keepalive_server.peers[0] == keepalive_server.peers[1]  # keep-alive: one connection

    def child() -> None:
        client.identify("3")
        derived.identify("4")
        assert client._pool is not parent_pool and derived._pool is client._pool  # one new pool, shared
        assert isinstance(client._transport, RetryTransport) and client._transport is not parent_transport
        assert client._transport.options == client._config.retry
        client.close()

    _fork_and_run(child)
    client.identify("5")  # the parent's connection still works
    derived.identify("6")
    peers = keepalive_server.peers
    assert len(peers) == 6
    parent_peer = peers[0]
    assert peers[2] != parent_peer and peers[3] == peers[2]  # the child: a new connection, then reused
    assert peers[4] == parent_peer and peers[5] == parent_peer
    assert client._pool is parent_pool and client._transport is parent_transport
    client.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX only")
def test_async_client_in_a_forked_child_opens_its_own_connection(keepalive_server: _KeepAliveServer) -> None:
    client = AsyncTrackClient("site", "key", url=keepalive_server.url, timeout=BOUND, retry=RetryOptions(max_retries=0))

    async def calls(*ids: str) -> None:
        for customer in ids:
            await client.identify(customer)

    asyncio.run(calls("1", "2"))
    parent_pool = client._pool
    assert keepalive_server.peers[0] == keepalive_server.peers[1]

    def child() -> None:
        asyncio.run(calls("3"))
        assert client._pool is not parent_pool
        asyncio.run(client.aclose())

    _fork_and_run(child)
    peers = keepalive_server.peers
    assert len(peers) == 3 and peers[2] != peers[0]
    assert client._pool is parent_pool
    asyncio.run(client.aclose())


def test_fork_check_keeps_the_injected_retry_hooks() -> None:
    client = TrackClient("site", "key", retry=RetryOptions(max_retries=1))
    sleeps: list[float] = []
    pool = client._pool
    client._transport = RetryTransport(RedirectTransport(pool), client._config.retry, sleep=sleeps.append)
    client._pid = -1  # as if forked
    client._owned.pid = -1  # type: ignore[union-attr]
    client._check_fork()
    assert client._pool is not pool and isinstance(client._pool, httpx.HTTPTransport)
    transport = client._transport
    assert isinstance(transport, RetryTransport) and transport._sleep == sleeps.append
    assert isinstance(transport.inner, RedirectTransport) and transport.inner.inner is client._pool
    assert transport.options.max_retries == 1
    client.close()
    pool.close()


def test_fork_check_leaves_a_caller_http_client_and_a_replaced_pool() -> None:
    http = httpx.Client()
    client = TrackClient("site", "key", http_client=http)
    pool, transport = client._pool, client._transport
    client._pid = -1
    client._check_fork()
    assert client._pool is pool and client._transport is transport and client._owned is None
    http.close()
    mocked = TrackClient("site", "key")
    wire = mock_sync(mocked, Wire(json_response(200, {})))
    mocked._pid = -1
    mocked._owned.pid = -1  # type: ignore[union-attr]
    mocked.identify("1")  # a test's transport in the pool's place is kept
    assert len(wire.requests) == 1


# --- errors keep the request, never show its payload -------------------------------------------------


SECRET_EMAIL = "very.private.person@example.com"


def _no_leak(error: BaseException, client: Any) -> None:
    authorization = client._config.authorization
    for text in (str(error), repr(error)):
        assert SECRET_EMAIL not in text
        assert "hunter2" not in text and authorization not in text
        assert authorization.split()[-1] not in text


@pytest.mark.parametrize("status", [400, 401, 404, 429, 500])
def test_request_error_carries_the_request(flavour: str, status: int) -> None:
    answer = json_response(status, {"meta": {"error": "refused"}})
    client: Any
    if flavour == "sync":
        client = TrackClient("site", "hunter2", retry=RetryOptions(max_retries=0))
        wire = mock_sync(client, Wire(answer))
    else:
        client = AsyncTrackClient("site", "hunter2", retry=RetryOptions(max_retries=0))
        wire = mock_async(client, Wire(answer))
    for raw in (False, True):
        target = client.with_raw_response if raw else client
        with pytest.raises(CustomerIORequestError) as caught:
            result = target.identify("42", {"email": SECRET_EMAIL})
            if asyncio.iscoroutine(result):
                asyncio.run(result)
        error = caught.value
        assert error.status_code == status
        assert error.request is not None
        assert error.request.content == wire.last.content
        assert SECRET_EMAIL.encode() in error.request.content
        assert error.request.method == "PUT" and error.request.url.path.endswith("/customers/42")
        _no_leak(error, client)


def test_invalid_response_error_carries_the_request() -> None:
    client = TrackClient("site", "hunter2")
    wire = mock_sync(client, Wire(httpx.Response(200, content=b"<html>proxy</html>")))
    with pytest.raises(InvalidResponseError) as caught:
        client.identify("1", {"email": SECRET_EMAIL})
    assert caught.value.request is not None and caught.value.request.content == wire.last.content
    _no_leak(caught.value, client)


@pytest.mark.parametrize(
    ("failure", "kind"),
    [(httpx.ConnectError("refused"), APIConnectionError), (httpx.ReadTimeout("slow"), APITimeoutError)],
    ids=["connect", "timeout"],
)
def test_transport_errors_carry_the_request(flavour: str, failure: Exception, kind: type[Exception]) -> None:
    client: Any
    url = "https://user:pass-in-url@track.example.com/api/v1"
    if flavour == "sync":
        client = TrackClient("site", "hunter2", url=url, retry=RetryOptions(max_retries=0))
        wire = mock_sync(client, Wire(failure))
    else:
        client = AsyncTrackClient("site", "hunter2", url=url, retry=RetryOptions(max_retries=0))
        wire = mock_async(client, Wire(failure))
    with pytest.raises(kind) as caught:
        result = client.track("7", {"name": "signup", "data": {"email": SECRET_EMAIL}})
        if asyncio.iscoroutine(result):
            asyncio.run(result)
    error = caught.value
    assert isinstance(error, APIConnectionError)
    assert error.request is not None and error.request.content == wire.last.content
    assert SECRET_EMAIL.encode() in error.request.content
    assert error.__cause__ is failure
    _no_leak(error, client)
    assert "pass-in-url" not in str(error) and "pass-in-url" not in repr(error)


def test_real_connection_refused_carries_the_request() -> None:
    with socket.socket() as probe:  # a loopback port with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = TrackClient("site", "hunter2", url=f"http://127.0.0.1:{port}/api/v1", retry=RetryOptions(max_retries=0))
    with pytest.raises(APIConnectionError) as caught:
        client.identify("1", {"email": SECRET_EMAIL})
    assert caught.value.request is not None
    assert json.loads(caught.value.request.content) == {"email": SECRET_EMAIL}
    _no_leak(caught.value, client)
    client.close()


@pytest.mark.parametrize("key", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_float_keys_are_refused_like_values(key: float) -> None:
    from customerio import InvalidArgumentError
    from customerio._serialize import dumps as encode

    with pytest.raises(InvalidArgumentError, match="JSON has no NaN or infinity"):
        encode({key: 1})
