"""`FakeCustomerIO`: an in-process Customer.io that checks requests against spec/ and records them."""

from __future__ import annotations

import difflib
import inspect
import json as _json
import math
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from http import HTTPStatus
from typing import Any, TypeVar
from urllib.parse import unquote

import anyio
import attrs
import httpx

# imported at run time (not for type checkers only) so that get_type_hints() resolves the fake's methods
from .._app import APIClient, AsyncAPIClient
from .._deadline import configured_timeout
from .._pipelines import AsyncPipelinesClient, PipelinesClient
from .._rate_limit import API_OF_BASE, PUBLISHED_LIMITS, EndpointLimit, RateLimiter, client_limits, endpoint_limit
from .._redirects import AsyncRedirectTransport, RedirectTransport
from .._regions import RegionEU, RegionUS
from .._retry import AsyncRetryTransport, RetryTransport
from .._track import AsyncTrackClient, TrackClient
from ._clock import VirtualClock
from ._spec import API_BASES, APIS, Operation, SpecSet, load_specs
from ._synth import synthesize_response
from ._validate import Checker, SchemaChecker, auth_problem, coerce_parameter, make_checker, parse_multipart

__all__ = ["Call", "FakeCustomerIO"]

T = TypeVar("T")
_UNSET: Any = object()
_REDACTED = "[redacted]"
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-api-key"})
_DEFAULT_PORTS = {"http": 80, "https": 443}

JSONAnswer = Any
"""A JSON value, or a callable that takes the `Call` and returns one."""

SITE_ID = "fake-site-id"
API_KEY = "fake-api-key"
APP_KEY = "fake-app-key"
WRITE_KEY = "fake-write-key"


def _redacted(headers: httpx.Headers) -> dict[str, str]:
    return {key: (_REDACTED if key.lower() in _SECRET_HEADERS else value) for key, value in headers.items()}


@attrs.frozen(repr=False, eq=False)
class Call:
    """One request the fake received, and what it answered.

    `api` is `track`, `app` or `pipelines` (None when no API root matched the URL); `operation`
    is the spec's operationId (None when no operation matched). `json` is the parsed JSON body
    (None without one), `body` the raw bytes; a multipart upload's parts are in `form` and
    `files` (name -> (filename, content type, bytes)). `errors` says why the request broke the
    spec; `valid` is True when there are none. `repr()` hides the Authorization header.
    """

    api: str | None
    operation: str | None
    method: str
    url: str
    path_params: Mapping[str, str]
    query: Mapping[str, str]
    headers: httpx.Headers
    json: Any
    body: bytes
    status: int
    errors: tuple[str, ...] = ()
    base: str | None = None
    form: Mapping[str, str] = attrs.field(factory=dict)
    files: Mapping[str, tuple[str | None, str, bytes]] = attrs.field(factory=dict)

    @property
    def valid(self) -> bool:
        """Whether the request matched its operation in every respect the fake checks."""
        return not self.errors

    @property
    def retry_count(self) -> int:
        """The request's `X-Retry-Count` (0 for a first attempt)."""
        value = self.headers.get("x-retry-count", "0")
        return int(value) if value.isdigit() else 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready description, with secret headers redacted and the body as text."""
        return {
            "api": self.api,
            "operation": self.operation,
            "method": self.method,
            "url": self.url,
            "path_params": dict(self.path_params),
            "query": dict(self.query),
            "headers": _redacted(self.headers),
            "json": self.json,
            "body": self.body.decode("utf-8", errors="replace"),
            "form": dict(self.form),
            "files": {
                name: {"filename": filename, "content_type": content_type, "size": len(data)}
                for name, (filename, content_type, data) in self.files.items()
            },
            "status": self.status,
            "valid": self.valid,
            "errors": list(self.errors),
            "retry_count": self.retry_count,
        }

    def __repr__(self) -> str:
        return (
            f"Call(api={self.api!r}, operation={self.operation!r}, method={self.method!r}, url={self.url!r}, "
            f"status={self.status}, valid={self.valid}, errors={list(self.errors)!r}, "
            f"headers={_redacted(self.headers)!r}, json={self.json!r})"
        )


@attrs.frozen
class Answer:
    """What the fake answers one request with; `delay` is the scripted delay and `latency` the
    simulated network round trip (seconds), both passed before the answer is delivered."""

    status: int
    headers: Mapping[str, str]
    content: bytes
    delay: float = 0.0
    latency: float = 0.0


@attrs.define
class _Rule:
    targets: frozenset[tuple[str, str]] | None
    status: int
    remaining: int | None
    headers: dict[str, str]
    body: Any
    delay: float

    def matches(self, operation: Operation) -> bool:
        return self.targets is None or (operation.api, operation.name) in self.targets


@attrs.frozen
class _Root:
    base: str
    origin: tuple[str, str, int]
    path: str


@attrs.frozen
class _Route:
    operation: Operation | None
    api: str | None
    base: str | None
    path_params: Mapping[str, str]
    status: int = 200
    error: str | None = None


def _origin(url: httpx.URL) -> tuple[str, str, int]:
    scheme = url.scheme.lower()
    return scheme, str(url.host).lower(), url.port or _DEFAULT_PORTS.get(scheme, 0)


def _media_type(headers: httpx.Headers) -> str:
    return str(headers.get("content-type", "")).split(";", 1)[0].strip().lower()


def _is_json_media(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def _encode(value: Any) -> bytes:
    if value is None:
        return b""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    return _json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _error_body(messages: Iterable[str]) -> bytes:
    return _encode({"meta": {"errors": list(messages)}})


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout")
    # as configured: the fake's delays pass on its injected sleep, not on the deadline's clock
    value = configured_timeout(timeout, "read") if isinstance(timeout, Mapping) else None
    return float(value) if isinstance(value, int | float) else None


class FakeCustomerIO(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A fake Customer.io for tests: the Track (v1, v2, unsubscribe), App and Pipelines APIs.

    It is an httpx transport, sync and async::

        fake = FakeCustomerIO()
        client = TrackClient("site", "key", http_client=httpx.Client(transport=fake))
        client.identify("u1", {"email": "a@example.com"})
        assert fake.last_call.json == {"email": "a@example.com"}

    or hands out real clients wired to it whose retries never really sleep
    (`fake.track_client()`, `fake.api_client()`, `fake.pipelines_client()` and the `async_`
    variants).

    Each request is routed by method and path under the API roots of both regions (plus any
    `track_url` / `api_url` / `pipelines_url` given here or to `add_urls`) and checked against
    its operation in spec/: required path and query parameters, the API's authorization scheme
    (Basic for Track and Pipelines, Bearer for App), and the body against the operation's
    request schema (with openapi-schema-validator when installed, `validation="auto"`; else, or
    with `validation="builtin"`, the body's JSON type and required keys). A request that breaks
    the spec is answered 400 (401 for authorization, 404 for an unknown path, 405 for a wrong
    method) with `{"meta": {"errors": [...]}}` and recorded with those `errors`. A valid request
    gets a scripted answer (`fail_next`, `respond`) or an example built from the operation's 2xx
    response schema.

    With `site_id` / `api_key` / `app_key` / `write_key`, requests must carry exactly those
    credentials; otherwise any well-formed credentials pass. Scripted delays call `sleep`
    (default: none, only recorded in `delays`); a delay at least as long as the request's read
    timeout raises `httpx.ReadTimeout` as a real slow server would.

    Like the network: `latency` (seconds) passes before every answer is delivered — through
    `sleep` when given, else really, blocking only the calling thread (sync) or task (async), so
    concurrent requests overlap. `rate_limits=True` enforces Customer.io's published limits per
    API and endpoint class (the table in docs/testing.md): each class is a token bucket holding
    one period's worth of requests, refilled at the published rate; a valid request that finds
    its bucket empty is answered 429 with `Retry-After` (whole seconds until a token is back)
    and recorded with that status. `clock` (monotonic seconds, default `time.monotonic`) is the
    buckets' time: with a `VirtualClock`, pass its `now` and `sleep`. The ready-made clients
    take `rate_limit=` as the client classes do, their limiters running on `clock` and `sleep`.
    """

    def __init__(
        self,
        *,
        track_url: str | None = None,
        api_url: str | None = None,
        pipelines_url: str | None = None,
        site_id: str | None = None,
        api_key: str | None = None,
        app_key: str | None = None,
        write_key: str | None = None,
        validation: str = "auto",
        sleep: Callable[[float], object] | None = None,
        latency: float = 0.0,
        rate_limits: bool = False,
        clock: Callable[[], float] | None = None,
    ) -> None:
        _check_delay(latency, "latency")
        if not isinstance(rate_limits, bool):
            raise TypeError("rate_limits must be True or False")
        self._specs: SpecSet = load_specs()
        self._checker: Checker = make_checker(self._specs, validation)
        self._lock = threading.RLock()
        self._roots: list[_Root] = []
        self._custom_urls: dict[str, str] = {}
        self._credentials: dict[str, tuple[str | None, str | None] | None] = {
            "track": (site_id, api_key) if site_id is not None or api_key is not None else None,
            "app": (app_key, None) if app_key is not None else None,
            "pipelines": (write_key, None) if write_key is not None else None,
        }
        self._client_credentials = {
            "site_id": site_id or SITE_ID,
            "api_key": api_key or API_KEY,
            "app_key": app_key or APP_KEY,
            "write_key": write_key or WRITE_KEY,
        }
        self._sleep = sleep
        self._latency = float(latency)
        self._clock = clock
        self._rate_limits = rate_limits
        self._buckets: dict[str, RateLimiter] = {}
        self._bucket_time = -math.inf  # the latest time a bucket was asked: the server's clock never goes back
        self._new_buckets()
        self._fail_rules: list[_Rule] = []
        self._respond_rules: list[_Rule] = []
        self._defaults: dict[tuple[str, str], tuple[int, bytes]] = {}
        self.calls: list[Call] = []
        """Every request received, in order."""
        self.delays: list[float] = []
        """The scripted delays (seconds) the fake simulated."""
        self.retry_sleeps: list[float] = []
        """The pauses (seconds) the retry layer of the clients made by this fake asked for."""
        for region in (RegionUS, RegionEU):
            self._add_roots(region.track_url, region.api_url, region.pipelines_url)
        self.add_urls(track_url=track_url, api_url=api_url, pipelines_url=pipelines_url)

    def __repr__(self) -> str:
        extra = f", latency={self._latency:g}" if self._latency else ""
        extra += ", rate_limits=True" if self._rate_limits else ""
        return f"FakeCustomerIO(calls={len(self.calls)}, validation={self._checker.name!r}{extra})"

    # -- the published rate limits -----------------------------------------------------------

    def _new_buckets(self) -> None:
        if not self._rate_limits:
            return
        clock = self._clock or time.monotonic
        self._bucket_time = -math.inf
        self._buckets = {
            entry.name: RateLimiter(
                attrs.evolve(entry.limit, burst=max(1, math.floor(entry.limit.requests))), clock=clock
            )
            for entry in PUBLISHED_LIMITS
        }

    def _rate_limited(self, operation: Operation, base: str | None) -> tuple[EndpointLimit, float] | None:
        """The class and the seconds until a token is back, when the request's bucket is empty."""
        entry = endpoint_limit(API_OF_BASE.get(base or "", operation.api), operation.name)
        bucket = self._buckets[entry.name]
        self._bucket_time = now = max(self._bucket_time, (self._clock or time.monotonic)())
        wait = bucket.try_acquire(now)
        return (entry, wait) if wait > 0 else None

    @property
    def validation(self) -> str:
        """Which checker validates bodies: `openapi-schema-validator` or `builtin`."""
        return self._checker.name

    # -- roots -------------------------------------------------------------------------------

    def add_urls(
        self, *, track_url: str | None = None, api_url: str | None = None, pipelines_url: str | None = None
    ) -> None:
        """Serve the APIs under more roots, given as the clients' `url=` (Track: its v1 root)."""
        if track_url:
            self._custom_urls.setdefault("track", track_url)
        if api_url:
            self._custom_urls.setdefault("app", api_url)
        if pipelines_url:
            self._custom_urls.setdefault("pipelines", pipelines_url)
        self._add_roots(track_url, api_url, pipelines_url)

    def _add_roots(self, track_url: str | None, api_url: str | None, pipelines_url: str | None) -> None:
        pairs: list[tuple[str, str]] = []
        if track_url:
            pairs += [
                ("track", track_url),
                ("track_v2", track_url.replace("/api/v1", "/api/v2", 1)),
                ("track_host", track_url.replace("/api/v1", "", 1)),
            ]
        if api_url:
            pairs.append(("api", api_url))
        if pipelines_url:
            pairs.append(("pipelines", pipelines_url))
        with self._lock:
            for base, url in pairs:
                parsed = httpx.URL(url)
                root = _Root(base, _origin(parsed), parsed.raw_path.decode("ascii").split("?", 1)[0].rstrip("/"))
                if root not in self._roots:
                    self._roots.append(root)
            self._roots.sort(key=lambda r: len(r.path), reverse=True)

    # -- routing and checking ----------------------------------------------------------------

    def _route(self, method: str, url: httpx.URL) -> _Route:
        origin = _origin(url)
        raw_path = url.raw_path.decode("ascii").split("?", 1)[0]
        api_seen: str | None = None
        allowed: set[str] = set()
        for root in self._roots:
            if root.origin != origin:
                continue
            if not (raw_path == root.path or raw_path.startswith(root.path + "/")):
                continue
            rest = raw_path[len(root.path) :]
            api = next(name for name in APIS if root.base in API_BASES[name])
            api_seen = api_seen or api
            for operation in _ordered(self._specs.by_base.get(root.base, [])):
                match = operation.pattern.fullmatch(rest)
                if match is None:
                    continue
                if operation.method != method:
                    allowed.add(operation.method)
                    continue
                params = {name: unquote(match.group(f"p{i}")) for i, name in enumerate(operation.path_params)}
                return _Route(operation, api, root.base, params)
        if allowed:
            return _Route(
                None,
                api_seen,
                None,
                {},
                405,
                f"{method} is not allowed here; the path takes {', '.join(sorted(allowed))}",
            )
        if api_seen is not None:
            return _Route(None, api_seen, None, {}, 404, f"no {api_seen} API operation has the path of {method} {url}")
        roots = ", ".join(sorted({f"{r.origin[0]}://{r.origin[1]}:{r.origin[2]}{r.path}" for r in self._roots}))
        return _Route(None, None, None, {}, 404, f"{url} is under none of the fake's API roots ({roots})")

    def _check(
        self, operation: Operation, route: _Route, url: httpx.URL, headers: httpx.Headers, body: bytes
    ) -> tuple[int, list[str], Any, dict[str, str], dict[str, tuple[str | None, str, bytes]]]:
        errors: list[str] = []
        status = 400
        problem = auth_problem(operation, headers.get("authorization"), self._credentials[operation.api])
        if problem:
            errors.append(problem)
            status = 401
        full = isinstance(self._checker, SchemaChecker)
        for name, value in route.path_params.items():
            if not value.strip():
                errors.append(f"path.{name}: must not be empty")
            elif full:
                schema = operation.path_schemas.get(name, {})
                errors += self._checker.check(
                    operation.api, schema, coerce_parameter(self._specs, operation.api, schema, value), f"path.{name}"
                )
        query = dict(url.params.multi_items())
        for param in operation.query_params:
            text = query.get(param.name)
            if text is None or text == "":
                if param.required:
                    errors.append(f"query.{param.name}: is required")
                continue
            if full:
                coerced = coerce_parameter(self._specs, operation.api, param.schema, text)
                errors += self._checker.check(operation.api, param.schema, coerced, f"query.{param.name}")
        parsed: Any = None
        form: dict[str, str] = {}
        files: dict[str, tuple[str | None, str, bytes]] = {}
        media_type = _media_type(headers)
        expected = operation.body_content_type
        if expected is None or _is_json_media(expected):
            if body.strip():
                try:
                    parsed = _json.loads(body)
                except ValueError as error:
                    if expected is not None:
                        errors.append(
                            f"body: is not valid JSON ({type(error).__name__} at position {getattr(error, 'pos', '?')})"
                        )
                else:
                    if expected is not None and not _is_json_media(media_type):
                        errors.append(f"body: Content-Type must be application/json, not {media_type or 'missing'}")
                    if expected is not None:
                        errors += self._checker.check(operation.api, operation.body_schema, parsed, "body")
            elif expected is not None and operation.body_required:
                errors.append("body: a JSON body is required")
        elif expected == "multipart/form-data":
            if media_type != "multipart/form-data":
                errors.append(f"body: Content-Type must be multipart/form-data, not {media_type or 'missing'}")
            else:
                try:
                    form, files = parse_multipart(headers.get("content-type", ""), body)
                except ValueError:
                    errors.append("body: is not a readable multipart/form-data body")
                else:
                    parts: dict[str, Any] = {**form, **{name: "" for name in files}}
                    errors += self._checker.check(operation.api, operation.body_schema, parts, "body")
        return status, errors, parsed, form, files

    # -- answering ---------------------------------------------------------------------------

    def process(
        self, method: str, url: httpx.URL | str, headers: Mapping[str, str] | httpx.Headers, body: bytes
    ) -> tuple[Call, Answer]:
        """Check, record and answer one request (what the transports and the server call)."""
        call, answer = self._answer(method, url, headers, body)
        if self._latency:
            answer = attrs.evolve(answer, latency=self._latency)
        return call, answer

    def _answer(
        self, method: str, url: httpx.URL | str, headers: Mapping[str, str] | httpx.Headers, body: bytes
    ) -> tuple[Call, Answer]:
        url = httpx.URL(url) if isinstance(url, str) else url
        headers = httpx.Headers(headers)
        method = method.upper()
        route = self._route(method, url)
        query = dict(url.params.multi_items())
        operation = route.operation
        if operation is None:
            call = Call(
                api=route.api,
                operation=None,
                method=method,
                url=str(url),
                path_params={},
                query=query,
                headers=headers,
                json=_loads_or_none(body),
                body=body,
                status=route.status,
                errors=(route.error or "no such operation",),
            )
            return self._record(call, Answer(route.status, _JSON_HEADERS, _error_body(call.errors)))
        status, errors, parsed, form, files = self._check(operation, route, url, headers, body)
        call = Call(
            api=operation.api,
            operation=operation.name,
            method=method,
            url=str(url),
            path_params=dict(route.path_params),
            query=query,
            headers=headers,
            json=parsed,
            body=body,
            status=status,
            errors=tuple(errors),
            base=route.base,
            form=form,
            files=files,
        )
        if errors:
            return self._record(call, Answer(status, _JSON_HEADERS, _error_body(errors)))
        with self._lock:
            if self._rate_limits:
                limited = self._rate_limited(operation, route.base)
                if limited is not None:
                    entry, wait = limited
                    message = f"rate limit exceeded: the {entry.name} takes {entry.limit}"
                    retry_after = {"Retry-After": str(max(1, math.ceil(wait)))}
                    call = attrs.evolve(call, status=429)
                    return self._record(call, Answer(429, {**_JSON_HEADERS, **retry_after}, _error_body([message])))
            rule = self._take_rule(operation)
            if rule is None:
                status, content = self._default_answer(operation)
                call = attrs.evolve(call, status=status)
                return self._record(call, Answer(status, _JSON_HEADERS if content else {}, content))
            call = attrs.evolve(call, status=rule.status)
            if rule.delay > 0:
                self.delays.append(rule.delay)
            payload = rule.body(call) if callable(rule.body) else rule.body
            if payload is _UNSET:
                payload = self._default_payload(operation, rule.status)
            headers_out = {**(_JSON_HEADERS if payload is not None else {}), **rule.headers}
            return self._record(call, Answer(rule.status, headers_out, _encode(payload), rule.delay))

    def _record(self, call: Call, answer: Answer) -> tuple[Call, Answer]:
        with self._lock:
            self.calls.append(call)
        return call, answer

    def _take_rule(self, operation: Operation) -> _Rule | None:
        for rules, newest_first in ((self._fail_rules, False), (self._respond_rules, True)):
            ordered = reversed(rules) if newest_first else iter(rules)
            for rule in list(ordered):
                if rule.matches(operation):
                    if rule.remaining is not None:
                        rule.remaining -= 1
                        if rule.remaining <= 0:
                            rules.remove(rule)
                    return rule
        return None

    def _default_answer(self, operation: Operation) -> tuple[int, bytes]:
        key = (operation.api, operation.name)
        cached = self._defaults.get(key)
        if cached is None:
            payload = synthesize_response(self._specs, operation)
            cached = (operation.response_status, _encode(payload))
            self._defaults[key] = cached
        return cached

    def _default_payload(self, operation: Operation, status: int) -> Any:
        if 200 <= status <= 299:
            return synthesize_response(self._specs, operation)
        phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
        return {"meta": {"errors": [f"scripted failure: {status} {phrase}"]}}

    # -- scripting ---------------------------------------------------------------------------

    def _targets(self, operation: str | None, api: str | None) -> frozenset[tuple[str, str]] | None:
        if api is not None and api not in APIS:
            raise ValueError(f"api must be one of {', '.join(APIS)}, not {api!r}")
        if operation is None:
            if api is None:
                return None
            return frozenset((op.api, op.name) for op in self._specs.operations if op.api == api)
        found = [op for op in self._specs.names.get(operation, []) if api is None or op.api == api]
        if not found:
            close = difflib.get_close_matches(operation, list(self._specs.names), n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            where = f"the {api} API" if api else "the Track, App and Pipelines APIs"
            raise ValueError(f"{operation!r} is not an operation of {where}{hint}")
        return frozenset((op.api, op.name) for op in found)

    def fail_next(
        self,
        operation: str | None = None,
        status: int = 503,
        times: int = 1,
        retry_after: float | str | None = None,
        body: Any = None,
        delay: float = 0.0,
        *,
        api: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answer the next `times` valid requests (of `operation`, else any) with `status`.

        `operation` is an operationId (`identify` matches Track's and Pipelines'; `track.identify`
        or `api="track"` picks one). `retry_after` sets the Retry-After header (seconds, or an
        HTTP date as text); `body` replaces the default `{"meta": {"errors": [...]}}` (a JSON
        value, or `str`/`bytes` sent as they are); `delay` is simulated before answering.
        Scripted failures are used in the order they were added, before any `respond`.
        """
        _check_status(status)
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise ValueError("times must be a positive integer")
        _check_delay(delay)
        extra = dict(headers or {})
        if retry_after is not None:
            if isinstance(retry_after, int | float) and not isinstance(retry_after, bool):
                extra["Retry-After"] = str(int(retry_after)) if float(retry_after).is_integer() else str(retry_after)
            else:
                extra["Retry-After"] = str(retry_after)
        rule = _Rule(self._targets(operation, api), status, times, extra, _UNSET if body is None else body, delay)
        with self._lock:
            self._fail_rules.append(rule)

    def respond(
        self,
        operation: str,
        status: int = 200,
        json: JSONAnswer = _UNSET,
        *,
        api: str | None = None,
        headers: Mapping[str, str] | None = None,
        times: int | None = None,
        delay: float = 0.0,
    ) -> None:
        """Answer `operation` with `status` and `json` from now on (or for the next `times` calls).

        `json` is a JSON value, a callable taking the `Call` (its `status` already set) and
        returning one, or None for an empty body; left out, a 2xx answer is the schema example and
        any other status carries `{"meta": {"errors": [...]}}`. The newest `respond` wins.
        """
        _check_status(status)
        if times is not None and (isinstance(times, bool) or not isinstance(times, int) or times < 1):
            raise ValueError("times must be a positive integer or None")
        _check_delay(delay)
        targets = self._targets(operation, api)
        with self._lock:
            self._respond_rules.append(_Rule(targets, status, times, dict(headers or {}), json, delay))

    def reset(self) -> None:
        """Forget recorded calls, delays, retry sleeps and every scripted answer."""
        with self._lock:
            self.calls.clear()
            self.delays.clear()
            self.retry_sleeps.clear()
            self._fail_rules.clear()
            self._respond_rules.clear()
            self._new_buckets()

    # -- assertions --------------------------------------------------------------------------

    def calls_for(self, operation: str, *, api: str | None = None) -> list[Call]:
        """The recorded calls of `operation` (`identify`, or `pipelines.identify` for one API)."""
        targets = self._targets(operation, api)
        assert targets is not None
        with self._lock:
            return [call for call in self.calls if (call.api, call.operation) in targets]

    @property
    def last_call(self) -> Call:
        """The most recent call (LookupError when there is none)."""
        with self._lock:
            if not self.calls:
                raise LookupError("FakeCustomerIO has recorded no calls")
            return self.calls[-1]

    @property
    def invalid_calls(self) -> list[Call]:
        """The calls that broke the spec."""
        with self._lock:
            return [call for call in self.calls if not call.valid]

    def assert_all_valid(self) -> None:
        """Raise AssertionError listing every recorded call that broke the spec."""
        invalid = self.invalid_calls
        if invalid:
            lines = [f"{c.method} {c.url} ({c.operation or 'no operation'}): {'; '.join(c.errors)}" for c in invalid]
            raise AssertionError(f"{len(invalid)} request(s) broke the spec:\n  - " + "\n  - ".join(lines))

    # -- httpx transports --------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        _, answer = self.process(request.method, request.url, request.headers, body)
        if answer.delay > 0 or answer.latency > 0:
            limit = _read_timeout(request)
            if limit is not None and answer.delay + answer.latency >= limit:
                self._pass_sync(min(answer.delay, limit), max(0.0, limit - answer.delay))
                raise httpx.ReadTimeout("the fake's answer took longer than the read timeout", request=request)
            self._pass_sync(answer.delay, answer.latency)
        return httpx.Response(answer.status, headers=dict(answer.headers), content=answer.content, request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        _, answer = self.process(request.method, request.url, request.headers, body)
        if answer.delay > 0 or answer.latency > 0:
            limit = _read_timeout(request)
            if limit is not None and answer.delay + answer.latency >= limit:
                await self._pass_async(min(answer.delay, limit), max(0.0, limit - answer.delay))
                raise httpx.ReadTimeout("the fake's answer took longer than the read timeout", request=request)
            await self._pass_async(answer.delay, answer.latency)
        return httpx.Response(answer.status, headers=dict(answer.headers), content=answer.content, request=request)

    def _pass_sync(self, delay: float, latency: float) -> None:
        """A scripted delay passes only through `sleep`; latency really, without one."""
        if delay > 0 and self._sleep:
            _discard(self._sleep(delay))
        if latency > 0 and self._sleep:
            _discard(self._sleep(latency))
        elif latency > 0:
            time.sleep(latency)

    async def _pass_async(self, delay: float, latency: float) -> None:
        if delay > 0 and self._sleep:
            await _maybe_await(_async_variant(self._sleep)(delay))
        if latency > 0 and self._sleep:
            await _maybe_await(_async_variant(self._sleep)(latency))
        elif latency > 0:
            await anyio.sleep(latency)

    def close(self) -> None:
        """Nothing to release (a transport method)."""

    async def aclose(self) -> None:
        """Nothing to release (a transport method)."""

    # -- ready-made clients ------------------------------------------------------------------

    def _record_retry_sleep(self, seconds: float) -> None:
        with self._lock:
            self.retry_sleeps.append(seconds)

    async def _record_retry_sleep_async(self, seconds: float) -> None:
        self._record_retry_sleep(seconds)

    def _options(self, api: str, options: dict[str, Any]) -> dict[str, Any]:
        if "http_client" in options:
            raise TypeError("the fake's clients bring their own http_client; pass it to the client class instead")
        if "url" not in options and "region" not in options and api in self._custom_urls:
            options["url"] = self._custom_urls[api]
        return options

    def _pace(self, client: Any, api: Any, rate_limit: Any) -> None:
        """Give the client limiters on the fake's clock and sleep (the client checked `rate_limit`)."""
        if self._clock is None and self._sleep is None:
            return
        sleep = self._sleep or time.sleep
        variant = _async_variant(sleep)

        def sync_sleep(seconds: float) -> None:
            _discard(sleep(seconds))

        async def async_sleep(seconds: float) -> None:
            await _maybe_await(variant(seconds))

        limits = client_limits(
            api, rate_limit, clock=self._clock or time.monotonic, sleep=sync_sleep, async_sleep=async_sleep
        )
        client._config = attrs.evolve(client._config, rate_limits=limits)

    def _sync_client(self, cls: type[T], *args: Any, api: str, **options: Any) -> T:
        quiet: Any = _quiet_class(cls)
        client = quiet(*args, http_client=httpx.Client(transport=self), **self._options(api, options))
        client._cio_fake = self
        self._pace(client, api, options.get("rate_limit"))
        _install_quiet_transport(client)
        return client  # type: ignore[no-any-return]

    def _async_client(self, cls: type[T], *args: Any, api: str, **options: Any) -> T:
        quiet: Any = _quiet_class(cls)
        client = quiet(*args, http_client=httpx.AsyncClient(transport=self), **self._options(api, options))
        client._cio_fake = self
        self._pace(client, api, options.get("rate_limit"))
        _install_quiet_transport(client)
        return client  # type: ignore[no-any-return]

    def track_client(self, site_id: str | None = None, api_key: str | None = None, **options: Any) -> TrackClient:
        """A `TrackClient` that talks to this fake; retries wait for nothing (see `retry_sleeps`)."""
        from .. import TrackClient

        credentials = (site_id or self._client_credentials["site_id"], api_key or self._client_credentials["api_key"])
        return self._sync_client(TrackClient, *credentials, api="track", **options)

    def async_track_client(
        self, site_id: str | None = None, api_key: str | None = None, **options: Any
    ) -> AsyncTrackClient:
        """An `AsyncTrackClient` that talks to this fake."""
        from .. import AsyncTrackClient

        credentials = (site_id or self._client_credentials["site_id"], api_key or self._client_credentials["api_key"])
        return self._async_client(AsyncTrackClient, *credentials, api="track", **options)

    def api_client(self, app_key: str | None = None, **options: Any) -> APIClient:
        """An `APIClient` that talks to this fake."""
        from .. import APIClient

        return self._sync_client(APIClient, app_key or self._client_credentials["app_key"], api="app", **options)

    def async_api_client(self, app_key: str | None = None, **options: Any) -> AsyncAPIClient:
        """An `AsyncAPIClient` that talks to this fake."""
        from .. import AsyncAPIClient

        return self._async_client(AsyncAPIClient, app_key or self._client_credentials["app_key"], api="app", **options)

    def pipelines_client(self, write_key: str | None = None, **options: Any) -> PipelinesClient:
        """A `PipelinesClient` that talks to this fake."""
        from .. import PipelinesClient

        key = write_key or self._client_credentials["write_key"]
        return self._sync_client(PipelinesClient, key, api="pipelines", **options)

    def async_pipelines_client(self, write_key: str | None = None, **options: Any) -> AsyncPipelinesClient:
        """An `AsyncPipelinesClient` that talks to this fake."""
        from .. import AsyncPipelinesClient

        key = write_key or self._client_credentials["write_key"]
        return self._async_client(AsyncPipelinesClient, key, api="pipelines", **options)


_JSON_HEADERS: Mapping[str, str] = {"Content-Type": "application/json"}


def _ordered(operations: list[Operation]) -> list[Operation]:
    """Literal paths before templated ones, so `/campaigns/metrics` wins over `/campaigns/{id}`."""
    return sorted(operations, key=lambda op: (len(op.path_params), -len(op.template)))


def _loads_or_none(body: bytes) -> Any:
    if not body.strip():
        return None
    try:
        return _json.loads(body)
    except ValueError:
        return None


def _check_status(status: int) -> None:
    if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
        raise ValueError("status must be an HTTP status code (100-599)")


def _check_delay(delay: float, name: str = "delay") -> None:
    if isinstance(delay, bool) or not isinstance(delay, int | float) or not 0 <= delay < math.inf:
        raise ValueError(f"{name} must be a non-negative number of seconds")


def _discard(result: object) -> None:
    """A sync caller cannot await an async `sleep`: close the coroutine instead of leaking it."""
    close = getattr(result, "close", None)
    if inspect.iscoroutine(result) and callable(close):
        close()


def _async_variant(sleep: Callable[[float], object]) -> Callable[[float], object]:
    """A `VirtualClock.sleep` is awaited as its `async_sleep` in async code (tasks keep their order)."""
    owner = getattr(sleep, "__self__", None)
    return owner.async_sleep if isinstance(owner, VirtualClock) else sleep


async def _maybe_await(result: object) -> None:
    if inspect.isawaitable(result):
        await result


_QUIET_CLASSES: dict[type, type] = {}


def _install_quiet_transport(client: Any) -> None:
    """Rebuild the client's retry layer so that its pauses are recorded by the fake, not slept."""
    fake: FakeCustomerIO = client._cio_fake
    if isinstance(client._pool, httpx.AsyncBaseTransport):
        client._transport = AsyncRetryTransport(
            AsyncRedirectTransport(client._pool), client._config.retry, sleep=fake._record_retry_sleep_async
        )
    else:
        client._transport = RetryTransport(
            RedirectTransport(client._pool), client._config.retry, sleep=fake._record_retry_sleep
        )


def _quiet_class(cls: type[T]) -> type[T]:
    """`cls` with a retry layer that never sleeps, kept through `with_options` copies."""
    quiet = _QUIET_CLASSES.get(cls)
    if quiet is None:

        def _after_derive(self: Any) -> None:
            cls._after_derive(self)  # type: ignore[attr-defined]
            _install_quiet_transport(self)

        quiet = type(cls.__name__, (cls,), {"_after_derive": _after_derive, "__module__": cls.__module__})
        quiet.__qualname__ = cls.__qualname__
        _QUIET_CLASSES[cls] = quiet
    return quiet
