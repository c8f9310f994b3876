"""APIClient / AsyncAPIClient: every node example request, every node validation, the handwritten
bodies (send_*, trigger_broadcast, create_asset), the constructors, typed responses and annotations.

The golden requests are the `examples` of customerio-node 5.2.0's catalogue (recorded with the
app key "appkey"): the same call must put the same method, URL, JSON body bytes and
Authorization on the wire.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import email.parser
import email.policy
import inspect
import io
import json
import re
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, cast

import httpx
import pytest

import _customerio_gen.app.models as app_models
from _customerio_gen import _runtime as _rt
from _customerio_gen.app.client import AppRawOperations, AsyncAppRawOperations
from customerio import (
    APIClient,
    AsyncAPIClient,
    CustomerIOError,
    CustomerIORequestError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    MissingParamError,
    NotFoundError,
    RegionEU,
    RegionUS,
    RetryOptions,
    SendEmailRequest,
    SendInAppRequest,
    SendInboxMessageRequest,
    SendPushRequest,
    SendSMSRequest,
    SendWhatsAppRequest,
)
from customerio._redirects import AsyncRedirectTransport, RedirectTransport
from customerio._retry import AsyncRetryTransport, RetryTransport
from customerio.types import AudienceFilterParam

if TYPE_CHECKING:
    from customerio.types import AssetUploadInputParam

from conftest import FLAVOURS, Wire, catalogue, catalogue_methods, invoke, json_response

APP_KEY = "appkey"  # the key the node examples were recorded with
NO_RETRY = RetryOptions(max_retries=0)

AppClient = APIClient | AsyncAPIClient
METHODS = catalogue_methods("APIClient")
METHODS_BY_NAME = {method["python_name"]: method for method in METHODS}

REQUEST_CLASSES: dict[str, type[Any]] = {
    "SendEmailRequest": SendEmailRequest,
    "SendPushRequest": SendPushRequest,
    "SendSMSRequest": SendSMSRequest,
    "SendWhatsAppRequest": SendWhatsAppRequest,
    "SendInboxMessageRequest": SendInboxMessageRequest,
    "SendInAppRequest": SendInAppRequest,
}
SEND_METHODS = {
    "send_email": SendEmailRequest,
    "send_push": SendPushRequest,
    "send_sms": SendSMSRequest,
    "send_whatsapp": SendWhatsAppRequest,
    "send_inbox_message": SendInboxMessageRequest,
    "send_in_app": SendInAppRequest,
}
# Python keywords of the request classes that differ from the wire key
REQUEST_KEYWORDS = {"from": "from_", "custom_device": "device"}
PER_CALL = ("timeout", "extra_headers")


# --- helpers ---------------------------------------------------------------------------------


def make_client(flavour: str, wire: Wire, *, retry: RetryOptions | None = None, **options: Any) -> AppClient:
    """An App client of one flavour whose requests go to `wire` through the real retry/redirect stack."""
    options.setdefault("retry", retry or NO_RETRY)
    client: AppClient
    if flavour == "sync":
        sync_client = APIClient(APP_KEY, **options)
        sync_client._pool = httpx.MockTransport(wire.handle)
        sync_client._transport = RetryTransport(
            RedirectTransport(sync_client._pool),
            sync_client._config.retry,
            sleep=wire.sleep,
            random=lambda: 0.5,
            clock=wire.clock,
        )
        client = sync_client
    else:
        async_client = AsyncAPIClient(APP_KEY, **options)
        async_client._pool = httpx.MockTransport(wire.handle)
        async_client._transport = AsyncRetryTransport(
            AsyncRedirectTransport(async_client._pool),
            async_client._config.retry,
            sleep=wire.async_sleep,
            random=lambda: 0.5,
            clock=wire.clock,
        )
        client = async_client
    return client


def sync_client(wire: Wire, **options: Any) -> APIClient:
    client = make_client("sync", wire, **options)
    assert isinstance(client, APIClient)
    return client


def snake(name: str) -> str:
    """camelCase -> snake_case, as the contract maps node's option keys."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def build_request_object(class_name: str, message: Mapping[str, Any]) -> Any:
    """The request object whose `message` is `message` (attachments added through `attach`)."""
    kwargs: dict[str, Any] = {}
    attachments: Mapping[str, str] = {}
    for key, value in message.items():
        if key == "attachments":
            attachments = value
            continue
        kwargs[REQUEST_KEYWORDS.get(key, key)] = copy.deepcopy(value)
    request = REQUEST_CLASSES[class_name](**kwargs)
    for name, encoded in attachments.items():
        request.attach(name, base64.b64decode(encoded))  # re-encoded by attach
    return request


def minimal_request(class_name: str) -> Any:
    message: dict[str, Any] = {"identifiers": {"id": 1}, "transactional_message_id": 1}
    if class_name == "SendEmailRequest":
        message["to"] = "a@example.com"
    return build_request_object(class_name, message)


def signature_names(python_name: str) -> tuple[list[str], set[str]]:
    """(positional parameter names, keyword-only names) of an APIClient method."""
    parameters = list(inspect.signature(getattr(APIClient, python_name)).parameters.values())[1:]
    positional = [p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
    keyword = {p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY} - set(PER_CALL)
    return positional, keyword


def python_call(method: Mapping[str, Any], node_args: list[Any]) -> tuple[list[Any], dict[str, Any]]:
    """The Python arguments for a node call: positionals in node's order, the options object as keywords."""
    positional, keyword = signature_names(method["python_name"])
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param, value in zip(method["params"], node_args, strict=False):
        if param["type"] in REQUEST_CLASSES and isinstance(value, Mapping) and "message_before_send" in value:
            value = build_request_object(param["type"], value["message_before_send"])
        if param["name"] == "options" and "options" not in positional:
            if "options" in keyword:  # an options object that is spread into the body
                kwargs["options"] = value
                continue
            for key, option in (value or {}).items():
                name = snake(key)
                assert name in keyword, f"{method['python_name']}: option {key} has no keyword {name}"
                kwargs[name] = option
            continue
        expected = "request" if param["python_name"] == "req" else param["python_name"]
        assert positional[len(args)] == expected, f"{method['python_name']}: argument {len(args)} is not {expected}"
        args.append(value)
    # node's `undefined` for an argument the signature requires is None: it reaches the same check
    # (leaving it out altogether is Python's own TypeError, which mypy reports first)
    parameters = list(inspect.signature(getattr(APIClient, method["python_name"])).parameters.values())[1:]
    for parameter in parameters:
        if parameter.default is inspect.Parameter.empty:
            if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
                kwargs.setdefault(parameter.name, None)
            elif positional.index(parameter.name) >= len(args):
                args.append(None)
    return args, kwargs


def call(client: object, name: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
    return invoke(client, name, *args, **kwargs)


def multipart_parts(request: httpx.Request) -> list[dict[str, Any]]:
    """The parts of a multipart/form-data request, parsed back independently of httpx."""
    content_type = request.headers["content-type"]
    raw = b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + request.content
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    assert message.is_multipart()
    parts = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        parts.append(
            {
                "name": part.get_param("name", header="content-disposition"),
                "filename": part.get_filename(),
                "type": part["content-type"],
                "content": payload,
            }
        )
    return parts


def example_cases() -> list[Any]:
    cases = []
    for method in METHODS:
        for example in method["examples"]:
            cases.append(pytest.param(method, example, id=f"{method['python_name']}-{example['variant']}"))
    return cases


# --- the catalogue's golden requests --------------------------------------------------------------


def test_catalogue_covers_every_app_method() -> None:
    assert len(METHODS) == catalogue()["counts"]["APIClient"] == 160
    assert all(method["examples"] for method in METHODS)
    assert {e["variant"] for m in METHODS for e in m["examples"]} == {"minimal", "full"}


@pytest.mark.parametrize("view", ["plain", "raw"])
@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("method", "example"), example_cases())
def test_example_request(method: dict[str, Any], example: dict[str, Any], flavour: str, view: str) -> None:
    wire = Wire(json_response(200, {}))
    client = make_client(flavour, wire)
    args, kwargs = python_call(method, copy.deepcopy(example["args"]))
    target: object = client if view == "plain" else client.with_raw_response
    result = call(target, method["python_name"], args, kwargs)
    if view == "raw":
        assert isinstance(result, _rt.RawResponse)
        assert result.status_code == 200

    assert len(wire.requests) == 1
    request = wire.last
    assert request.method == example["http_method"]
    assert str(request.url) == example["url"]
    assert request.headers["authorization"] == f"Bearer {APP_KEY}"
    assert request.headers["user-agent"].startswith("Customer.io Python Client/")
    if "multipart" in example:
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        parts = multipart_parts(request)
        assert [part["name"] for part in parts] == [part["name"] for part in example["multipart"]]
        for got, want in zip(parts, example["multipart"], strict=True):
            if "filename" in want:
                assert got["filename"] == want["filename"]
                assert got["type"] == want["type"]
                assert len(got["content"]) == want["size"]
                assert got["content"].decode() == want["text"]
            else:
                assert got["filename"] is None and got["type"] is None
                assert got["content"].decode() == want["value"]
        return
    for header, value in example["headers"].items():
        if header != "User-Agent":
            assert request.headers[header] == str(value), header
    if example["body"] is None:
        assert request.content == b""
    else:
        assert request.content == example["body"].encode("utf-8")


# --- the catalogue's validations -------------------------------------------------------------------

# Where Python's check deliberately differs from node's message (spec/README.md's `string` rule).
VALIDATION_DEVIATIONS: dict[tuple[str, str], tuple[type[CustomerIOError], str]] = {}


def _param_index(method: Mapping[str, Any], node_name: str) -> int:
    names = [param["name"] for param in method["params"]]
    assert node_name in names, f"{method['python_name']}: no parameter {node_name}"
    return names.index(node_name)


def _set_arg(method: Mapping[str, Any], args: list[Any], node_name: str, value: Any) -> None:
    index = _param_index(method, node_name)
    while len(args) <= index:
        args.append(None)
    args[index] = value


def _python_message(message: str) -> str:
    """Node's message with the Python names: `segmentId is required` -> `segment_id is required`,
    `options.start is required` -> `start is required` (options are keywords in Python)."""
    subject, _, rest = message.partition(" ")
    if subject.startswith('"'):
        return message
    parts = subject.split(".")
    if parts[0] == "options":
        parts = parts[1:]
    parts[0] = snake(parts[0])
    return ".".join(parts) + " " + rest


def _setter(method: Mapping[str, Any], node_name: str, value: Any) -> Callable[[list[Any]], None]:
    def mutate(args: list[Any]) -> None:
        _set_arg(method, args, node_name, value)

    return mutate


def violations(method: Mapping[str, Any], check: Mapping[str, Any]) -> list[list[Any]]:
    """Node argument lists that break `check` (and pass every check before it)."""
    base = next((e for e in method["examples"] if e["variant"] == "full"), method["examples"][0])
    condition = check["condition"]

    def variant(mutate: Callable[[list[Any]], None]) -> list[Any]:
        args: list[Any] = copy.deepcopy(base["args"])
        mutate(args)
        return args

    if match := re.fullmatch(r"!\((\w+) instanceof (\w+)\)", condition):
        name = match[1]
        index = _param_index(method, name)
        message = base["args"][index]["message_before_send"]
        other = next(cls for cls in REQUEST_CLASSES if cls != match[2])
        return [
            variant(lambda a: _set_arg(method, a, name, dict(message))),
            variant(lambda a: _set_arg(method, a, name, None)),
            variant(lambda a: _set_arg(method, a, name, minimal_request(other))),
        ]
    if match := re.fullmatch(r"typeof (\w+) !== 'string' \|\| isEmpty\(\1\)", condition):
        name = match[1]
        return [variant(_setter(method, name, bad)) for bad in (None, "", "  ", 5)]
    if match := re.fullmatch(r"(?:options == null \|\| )?isEmpty\((\w+)\.(\w+)\)", condition):
        holder, key = match[1], match[2]

        def clear(value: Any) -> Callable[[list[Any]], None]:
            def mutate(args: list[Any]) -> None:
                target = args[_param_index(method, holder)]
                if value is None:
                    target.pop(key, None)
                else:
                    target[key] = value

            return mutate

        return [variant(clear(None)), variant(clear("")), variant(clear(True))]
    if match := re.fullmatch(r"isEmpty\((\w+)\)", condition):
        name = match[1]
        return [variant(_setter(method, name, bad)) for bad in ("", " ", None, True)]
    if match := re.fullmatch(r"(\w+) == null \|\| typeof \1 !== 'object'", condition):
        name = match[1]
        return [variant(_setter(method, name, bad)) for bad in (None, "text", 5)]
    if match := re.fullmatch(r"(\w+)\.(\w+) == null", condition):
        holder, key = match[1], match[2]
        return [
            variant(lambda a: a[_param_index(method, holder)].pop(key)),
            variant(lambda a: a[_param_index(method, holder)].__setitem__(key, None)),
        ]
    if match := re.fullmatch(r"(\w+) == null", condition):
        name = match[1]
        return [variant(lambda a: _set_arg(method, a, name, None))]
    if match := re.fullmatch(r"!Array\.isArray\((\w+)\) \|\| \1\.length === 0", condition):
        name = match[1]
        bad_lists: tuple[Any, ...] = ([], None, {"a": 1}, "ab")
        return [variant(_setter(method, name, bad)) for bad in bad_lists]
    if match := re.fullmatch(r"!Array\.isArray\((\w+)\)", condition):
        name = match[1]
        return [variant(_setter(method, name, bad)) for bad in (None, {"a": 1}, "ab")]
    if match := re.fullmatch(
        r"(?:(?:options\.)?idType !== undefined && )?!is(?:Identifier|ObjectId)Type\(((?:options\.)?idType)\)",
        condition,
    ):
        path = match[1]

        def bad_id_type(value: Any) -> Callable[[list[Any]], None]:
            def mutate(args: list[Any]) -> None:
                if path.startswith("options."):
                    args[_param_index(method, "options")]["idType"] = value
                else:
                    _set_arg(method, args, "idType", value)

            return mutate

        return [variant(bad_id_type("bogus")), variant(bad_id_type("ID"))]
    raise AssertionError(f"{method['python_name']}: no test for the condition {condition!r}")


def validation_cases() -> list[Any]:
    return [
        pytest.param(method, check, id=f"{method['python_name']}-{index}")
        for method in METHODS
        for index, check in enumerate(method["validation"])
    ]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("method", "check"), validation_cases())
def test_validation_raises_before_any_request(method: dict[str, Any], check: dict[str, Any], flavour: str) -> None:
    expected_type: type[CustomerIOError]
    deviation = VALIDATION_DEVIATIONS.get((method["python_name"], check["message"]))
    if deviation is not None:
        expected_type, expected_message = deviation
    elif check["error"] == "MissingParamError":
        expected_type, expected_message = MissingParamError, _python_message(check["message"])
    elif "instanceof" in check["condition"]:
        expected_type, expected_message = InvalidArgumentTypeError, check["message"]
    else:
        expected_type, expected_message = InvalidArgumentError, _python_message(check["message"])
    for node_args in violations(method, check):
        wire = Wire()
        client = make_client(flavour, wire)
        args, kwargs = python_call(method, node_args)
        for target in (client, client.with_raw_response):
            with pytest.raises(expected_type) as caught:
                call(target, method["python_name"], args, kwargs)
            assert str(caught.value) == expected_message
            assert isinstance(caught.value, CustomerIOError)
            assert isinstance(caught.value, ValueError | TypeError)
        assert wire.requests == []


def test_missing_param_errors_name_the_python_parameter() -> None:
    client = sync_client(Wire())
    with pytest.raises(MissingParamError, match=r"^segment_id is required$"):
        client.get_segment("")
    with pytest.raises(MissingParamError, match=r"^import_data\.data_file_url is required$"):
        client.create_import({"type": "people"})
    with pytest.raises(MissingParamError, match=r"^start is required$"):
        client.get_campaign_journey_metrics(4, start=None, end=2, res="days")  # type: ignore[arg-type]


# --- send_* ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("name", sorted(SEND_METHODS))
def test_send_refuses_other_request_classes(name: str, flavour: str) -> None:
    wire = Wire()
    client = make_client(flavour, wire)
    right = SEND_METHODS[name]
    for cls in {*SEND_METHODS.values()} - {right}:
        with pytest.raises(TypeError, match=rf'^"request" must be an instance of {right.__name__}$'):
            invoke(client, name, minimal_request(cls.__name__))
    assert wire.requests == []


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_send_posts_the_live_message(flavour: str) -> None:
    wire = Wire(json_response(200, {"delivery_id": "d1", "queued_at": 1700000000, "extra": True}))
    client = make_client(flavour, wire)
    request = SendEmailRequest(to="a@example.com", identifiers={"id": 2}, transactional_message_id="welcome")
    request.message["message_data"] = {"name": "A"}  # the message is a live dict, as in node
    result = invoke(client, "send_email", request)
    assert json.loads(wire.last.content) == {
        "to": "a@example.com",
        "identifiers": {"id": 2},
        "headers": {},
        "transactional_message_id": "welcome",
        "message_data": {"name": "A"},
    }
    assert isinstance(result, app_models.SendMessageResult)
    assert (result.delivery_id, result.queued_at) == ("d1", 1700000000)
    assert result.additional_properties == {"extra": True}


# --- trigger_broadcast ------------------------------------------------------------------------------

TRIGGER_CASES = [
    # node test/api.ts, #27-#36
    ((1, {"type": "data"}, {"type": "recipients"}), {"data": {"type": "data"}, "recipients": {"type": "recipients"}}),
    (
        (1, {"d": 1}, {"emails": ["a@b.c"], "email_ignore_missing": True, "email_add_duplicates": True}),
        {"data": {"d": 1}, "emails": ["a@b.c"], "email_ignore_missing": True, "email_add_duplicates": True},
    ),
    (
        (1, {"d": 1}, {"ids": [1, 2], "id_ignore_missing": True}),
        {"data": {"d": 1}, "ids": [1, 2], "id_ignore_missing": True},
    ),
    (
        (1, {"d": 1}, {"per_user_data": [{"id": 1, "data": {}}], "id_ignore_missing": True}),
        {"data": {"d": 1}, "per_user_data": [{"id": 1, "data": {}}], "id_ignore_missing": True},
    ),
    (
        (1, {"d": 1}, {"data_file_url": "https://x/y.json", "id_ignore_missing": True}),
        {"data": {"d": 1}, "data_file_url": "https://x/y.json", "id_ignore_missing": True},
    ),
    (
        (1, {"d": 1}, {"ids": [1], "emails": ["a@b.c"], "id_ignore_missing": True, "other": "x"}),
        {"data": {"d": 1}, "ids": [1], "id_ignore_missing": True},
    ),
    ((1,), {}),
    ((1, {"d": 1}), {"data": {"d": 1}}),
    (
        (1, None, {"emails": ["a@b.c"], "email_ignore_missing": True}),
        {"emails": ["a@b.c"], "email_ignore_missing": True},
    ),
    ((1, {}, {}), {}),
    # JS truthiness: [] and {} select a field; False, 0 and "" are dropped
    ((1, None, {"ids": []}), {"ids": []}),
    ((1, None, {"ids": [1], "id_ignore_missing": False}), {"ids": [1]}),
    ((1, None, {"ids": None, "emails": [], "email_add_duplicates": 0}), {"emails": []}),
    ((1, None, {"ids": 0, "emails": "", "per_user_data": {}}), {"per_user_data": {}}),
    (
        (
            1,
            None,
            {"data_file_url": "u", "email_ignore_missing": 1, "email_add_duplicates": "", "id_ignore_missing": []},
        ),
        {"data_file_url": "u", "id_ignore_missing": [], "email_ignore_missing": 1},
    ),
    ((1, None, {"ids": False, "segment": {"id": 3}}), {"recipients": {"ids": False, "segment": {"id": 3}}}),
    (("", None, {"and": [{"segment": {"id": 1}}]}), {"recipients": {"and": [{"segment": {"id": 1}}]}}),
]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(("args", "body"), TRIGGER_CASES)
def test_trigger_broadcast_recipient_rules(args: tuple[Any, ...], body: dict[str, Any], flavour: str) -> None:
    wire = Wire()
    client = make_client(flavour, wire)
    invoke(client, "trigger_broadcast", *args)
    assert wire.last.url.path == f"/v1/campaigns/{args[0]}/triggers"
    assert wire.last.content == json.dumps(body, separators=(",", ":")).encode()


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_trigger_broadcast_encodes_the_id_and_refuses_non_mappings(flavour: str) -> None:
    wire = Wire()
    client = make_client(flavour, wire)
    invoke(client, "trigger_broadcast", "%&*/test.#@!~")
    assert wire.last.url.raw_path == b"/v1/campaigns/%25%26*%2Ftest.%23%40!~/triggers"
    for bad in (["a"], "text"):
        with pytest.raises(InvalidArgumentTypeError, match=r"^data must be a mapping$"):
            invoke(client, "trigger_broadcast", 1, bad)
        with pytest.raises(InvalidArgumentTypeError, match=r"^recipients must be a mapping$"):
            invoke(client, "trigger_broadcast", 1, None, bad)
    assert len(wire.requests) == 1


# --- create_asset -------------------------------------------------------------------------------------


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("make_data", "content"),
    [
        (lambda: b"\x89PNG\r\n\x00\xff", b"\x89PNG\r\n\x00\xff"),
        (lambda: bytearray(b"abc"), b"abc"),
        (lambda: memoryview(b"abc"), b"abc"),
        (lambda: "héllo", "héllo".encode()),
        (lambda: io.BytesIO(b"from a file"), b"from a file"),
        (lambda: "", b""),
    ],
    ids=["bytes", "bytearray", "memoryview", "str", "file", "empty"],
)
def test_create_asset_data_kinds(make_data: Callable[[], Any], content: bytes, flavour: str) -> None:
    wire = Wire(json_response(200, {"asset": {"id": 21, "name": "logo.png"}}))
    client = make_client(flavour, wire)
    result = invoke(client, "create_asset", {"data": make_data(), "filename": "logo.png"})
    parts = multipart_parts(wire.last)
    assert parts == [{"name": "file", "filename": "logo.png", "type": "image/png", "content": content}]
    assert result.asset.id == 21


def test_create_asset_reads_a_real_binary_file(tmp_path: Any) -> None:
    path = tmp_path / "scan.PDF"
    path.write_bytes(b"%PDF-1.7 ...")
    wire = Wire()
    client = sync_client(wire)
    with path.open("rb") as handle:
        client.create_asset({"data": handle, "filename": path.name})
    assert multipart_parts(wire.last) == [
        {"name": "file", "filename": "scan.PDF", "type": "application/pdf", "content": b"%PDF-1.7 ..."}
    ]


@pytest.mark.parametrize(
    ("file", "content_type"),
    [
        ({"filename": "a.bmp"}, "image/bmp"),
        ({"filename": "a.jpg"}, "image/jpeg"),
        ({"filename": "a.JPEG"}, "image/jpeg"),
        ({"filename": "a.b.png"}, "image/png"),
        ({"filename": "a.Gif"}, "image/gif"),
        ({"filename": "a.pdf"}, "application/pdf"),
        ({"filename": "png"}, "image/png"),  # node takes the text after the last "." (the whole name here)
        ({"filename": "a.txt"}, "application/octet-stream"),  # untyped, as fetch sends a Blob without a type
        ({"filename": "a"}, "application/octet-stream"),
        ({"filename": "a.png", "contentType": "image/webp"}, "image/webp"),
        ({"filename": "a.png", "content_type": "image/webp"}, "image/webp"),
        ({"filename": "a.png", "contentType": ""}, "image/png"),  # empty counts as absent
        ({"filename": "a.png", "content_type": None, "contentType": "text/csv"}, "text/csv"),
    ],
)
def test_create_asset_content_type(file: dict[str, Any], content_type: str) -> None:
    wire = Wire()
    client = sync_client(wire)
    client.create_asset(cast("AssetUploadInputParam", {"data": b"x", **file}))
    (part,) = multipart_parts(wire.last)
    assert (part["filename"], part["type"]) == (file["filename"], content_type)


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_create_asset_fields_snake_or_camel_case(flavour: str) -> None:
    wire = Wire()
    client = make_client(flavour, wire, headers={"Content-Type": "text/plain", "X-Team": "growth"})
    invoke(client, "create_asset", {"data": b"x", "filename": "a.gif", "name": "Logo", "parent_folder_id": 7})
    invoke(client, "create_asset", {"data": b"x", "filename": "a.gif", "name": "Logo", "parentFolderId": 7})
    invoke(client, "create_asset", {"data": b"x", "filename": "a.gif", "parent_folder_id": None, "name": None})
    first, second, third = (multipart_parts(request) for request in wire.requests)
    assert first == second
    assert [(p["name"], p["content"]) for p in first] == [("file", b"x"), ("name", b"Logo"), ("parent_folder_id", b"7")]
    assert [p["name"] for p in third] == ["file"]
    for request in wire.requests:
        assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert request.headers["authorization"] == "Bearer appkey"
        assert request.headers["x-team"] == "growth"


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("file", "error", "message"),
    [
        (None, MissingParamError, "file is required"),
        ("logo.png", MissingParamError, "file is required"),
        ({}, MissingParamError, "file.data is required"),
        ({"filename": "a.png"}, MissingParamError, "file.data is required"),
        ({"data": None, "filename": ""}, MissingParamError, "file.data is required"),  # data before filename
        ({"data": b"x"}, MissingParamError, "file.filename is required"),
        ({"data": b"x", "filename": "  "}, MissingParamError, "file.filename is required"),
        ({"data": 5, "filename": ""}, MissingParamError, "file.filename is required"),
        (
            {"data": 5, "filename": "a.png"},
            InvalidArgumentTypeError,
            "file.data must be bytes, str or a binary file object",
        ),
        (
            {"data": ["a"], "filename": "a.png"},
            InvalidArgumentTypeError,
            "file.data must be bytes, str or a binary file object",
        ),
    ],
)
def test_create_asset_checks_in_node_order(file: Any, error: type[Exception], message: str, flavour: str) -> None:
    wire = Wire()
    client = make_client(flavour, wire)
    with pytest.raises(error) as caught:
        invoke(client, "create_asset", file)
    assert str(caught.value) == message
    assert wire.requests == []


# --- constructors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [APIClient, AsyncAPIClient])
def test_constructor_roots_and_credentials(cls: type[AppClient], monkeypatch: pytest.MonkeyPatch) -> None:
    assert cls("k")._config.roots == {"api": "https://api.customer.io/v1"}
    assert cls("k", region=RegionUS)._config.roots == {"api": RegionUS.api_url}
    assert cls("k", region=RegionEU)._config.roots == {"api": "https://api-eu.customer.io/v1"}
    assert cls("k", region=RegionEU, url="https://example.com")._config.roots == {"api": "https://example.com"}
    assert cls("k")._config.authorization == "Bearer k"
    assert cls("k", region="eu")._config.roots == {"api": RegionEU.api_url}
    with pytest.raises(ValueError, match=r"region must be 'us', 'eu' or a customerio\.Region"):
        cls("k", region=RegionEU.api_url)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="region must be"):
        cls("k", region=object())  # type: ignore[arg-type]
    with pytest.raises(MissingParamError, match=r"^app_key is required: pass it or set CUSTOMERIO_APP_API_KEY$"):
        cls()
    with pytest.raises(MissingParamError, match=r"^app_key is required: pass it or set CUSTOMERIO_APP_API_KEY$"):
        cls("")
    monkeypatch.setenv("CUSTOMERIO_APP_API_KEY", "from-env")
    monkeypatch.setenv("CUSTOMERIO_REGION", "eu")
    client = cls()
    assert client._config.authorization == "Bearer from-env"
    assert client._config.roots == {"api": RegionEU.api_url}


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_repr_and_errors_never_show_the_key(flavour: str) -> None:
    secret = "super-secret-app-key"
    wire = Wire(json_response(404, {"meta": {"error": "not found"}}))
    client = make_client(flavour, wire)
    client._config = type(client._config)(
        authorization=f"Bearer {secret}",
        roots=client._config.roots,
        timeout=client._config.timeout,
        retry=client._config.retry,
        headers=client._config.headers,
    )
    assert secret not in repr(client)
    assert repr(client) == f"{type(client).__name__}(url='https://api.customer.io/v1')"
    assert secret not in repr(client._config)
    with pytest.raises(NotFoundError) as caught:
        invoke(client, "get_segment", 7)
    assert isinstance(caught.value, CustomerIORequestError)
    assert caught.value.status_code == 404
    assert str(caught.value) == "404: not found"
    assert caught.value.message == "not found"
    assert secret not in str(caught.value) and secret not in repr(caught.value)
    assert wire.last.headers["authorization"] == f"Bearer {secret}"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_headers_options_and_per_call_overrides(flavour: str) -> None:
    wire = Wire()
    client = make_client(flavour, wire, headers={"Authorization": "Basic nope", "X-Team": "growth"})
    invoke(client, "get_segment", 7, extra_headers={"X-Trace": "t1", "Authorization": "nope"})
    request = wire.last
    assert request.headers["authorization"] == "Bearer appkey"  # the SDK's headers win
    assert (request.headers["x-team"], request.headers["x-trace"]) == ("growth", "t1")
    derived = client.with_options(headers={"X-Team": "ops"})
    assert type(derived) is type(client)
    invoke(derived, "list_segments")
    assert wire.last.headers["x-team"] == "ops"
    assert str(wire.last.url) == "https://api.customer.io/v1/segments"
    assert isinstance(derived._bodies, type(client._bodies))


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_with_raw_response_views(flavour: str) -> None:
    client = make_client(flavour, Wire())
    expected = AppRawOperations if flavour == "sync" else AsyncAppRawOperations
    assert type(client.with_raw_response) is expected


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_raw_response_carries_status_headers_and_parsed(flavour: str) -> None:
    wire = Wire(json_response(201, {"segment": {"id": 9, "name": "VIPs"}}, headers={"x-request-id": "r1"}))
    client = make_client(flavour, wire)
    raw = invoke(client.with_raw_response, "create_segment", {"name": "VIPs"})
    assert raw.status_code == 201
    assert raw.headers["x-request-id"] == "r1"
    assert isinstance(raw.parsed, app_models.SegmentResponse)
    assert isinstance(raw.parsed.segment, app_models.Segment)
    assert raw.parsed.segment.name == "VIPs"


def test_context_managers_close() -> None:
    with APIClient("k") as client:
        assert isinstance(client, APIClient)

    async def run() -> None:
        async with AsyncAPIClient("k") as client:
            assert isinstance(client, AsyncAPIClient)

    asyncio.run(run())


# --- typed responses ---------------------------------------------------------------------------------

ROUND_TRIPS: list[tuple[str, list[Any], dict[str, Any], str, Callable[[Any], Any], Any]] = [
    (
        "send_sms",
        [],
        {"delivery_id": "d", "queued_at": 1, "new_field": [1]},
        "SendMessageResult",
        lambda r: r.delivery_id,
        "d",
    ),
    (
        "get_attributes",
        ["c1"],
        {
            "customer": {
                "id": "c1",
                "attributes": {"plan": "pro"},
                "timestamps": {"plan": 1},
                "unsubscribed": False,
                "future": {},
            }
        },
        "CustomerAttributes",
        lambda r: r.customer.id,
        "c1",
    ),
    (
        "get_customers_by_email",
        ["a@example.com"],
        {"results": [{"id": "1", "email": "a@example.com", "cio_id": "c1", "x": 1}, {"id": None, "email": None}]},
        "CustomerEmailMatches",
        lambda r: [item.cio_id for item in r.results],
        ["c1", app_models.CustomerIdentifiers.from_dict({}).cio_id],
    ),
    (
        "get_segment",
        [7],
        {
            "segment": {"id": 7, "name": "VIPs", "progress": None, "tags": None, "type": "manual", "extra": "e"},
            "more": 1,
        },
        "SegmentResponse",
        lambda r: (r.segment.id, r.segment.type_, r.segment.progress),
        (7, "manual", None),
    ),
    (
        "list_campaigns",
        [],
        {
            "campaigns": [
                {
                    "id": 4,
                    "name": "C",
                    "actions": [{"id": 8, "type": "email", "z": 1}],
                    "tags": ["a"],
                    "audience": {"q": 1},
                }
            ]
        },
        "CampaignList",
        lambda r: r.campaigns[0].actions[0].id,
        8,
    ),
    (
        "search_customers",
        [{"and": []}],
        {"identifiers": [{"id": "1", "cio_id": "c"}], "ids": ["1"], "next": "n2", "unknown": {"a": [1]}},
        "CustomerSearchResult",
        lambda r: (r.ids, r.next_),
        (["1"], "n2"),
    ),
    (
        "get_broadcast_trigger_status",
        [12, 11],
        {"id": 11, "broadcast_id": 12, "created_at": 1, "processed_at": None, "new": True},
        "BroadcastTrigger",
        lambda r: (r.id, r.processed_at),
        (11, None),
    ),
    (
        "list_activities",
        [],
        {
            "activities": [{"id": "a", "type": "event", "data": {"k": "v"}, "customer_identifiers": {"id": "1"}}],
            "next": "",
        },
        "ActivityList",
        lambda r: r.activities[0].data.to_dict(),
        {"k": "v"},
    ),
    (
        "get_reporting_webhook",
        [2],
        {"id": 2, "name": "Hook", "type": "http", "endpoint": "https://e", "events": ["email_sent"], "x": None},
        "ReportingWebhook",
        lambda r: (r.type_, r.events),
        ("http", ["email_sent"]),
    ),
    (
        "list_workspaces",
        [],
        {"workspaces": [{"id": 1, "name": "W", "later": "x"}]},
        "WorkspaceList",
        lambda r: len(r.workspaces),
        1,
    ),
]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize(
    ("name", "args", "payload", "model", "read", "expected"), ROUND_TRIPS, ids=[case[0] for case in ROUND_TRIPS]
)
def test_typed_responses_round_trip(
    name: str,
    args: list[Any],
    payload: dict[str, Any],
    model: str,
    read: Callable[[Any], Any],
    expected: Any,
    flavour: str,
) -> None:
    cls = getattr(app_models, model)
    assert cls.from_dict(copy.deepcopy(payload)).to_dict() == payload
    wire = Wire(json_response(200, payload))
    client = make_client(flavour, wire)
    if name == "send_sms":
        args = [SendSMSRequest(identifiers={"id": 1}, transactional_message_id=1)]
    result = invoke(client, name, *args)
    assert type(result) is cls
    assert result.to_dict() == payload  # unknown fields kept, nested too
    assert read(result) == expected


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_lenient_parsing_of_odd_bodies(flavour: str) -> None:
    wire = Wire(
        httpx.Response(200, content=b""),
        json_response(200, ["not", "an", "object"]),
        json_response(200, {"collection": {"id": 6}}),
        json_response(200, [{"sku": "a"}]),
    )
    client = make_client(flavour, wire)
    assert invoke(client, "get_segment", 7).to_dict() == {}
    assert invoke(client, "get_segment", 7).to_dict() == {}
    assert invoke(client, "get_collection", 6).collection.id == 6
    assert invoke(client, "get_collection_content", 6) == [{"sku": "a"}]


# --- the surface: names and annotations ------------------------------------------------------------


def _hints(function: Callable[..., Any]) -> dict[str, Any]:
    return typing.get_type_hints(function)


@pytest.mark.parametrize(
    "cls",
    [APIClient, AsyncAPIClient, AppRawOperations, AsyncAppRawOperations],
    ids=["APIClient", "AsyncAPIClient", "raw", "async-raw"],
)
def test_every_catalogue_method_exists_with_real_annotations(cls: type[Any]) -> None:
    is_async = cls is AsyncAPIClient
    names = [method["python_name"] for method in METHODS]
    iterators = [name for name in dir(APIClient) if name.startswith("iter_")]
    for name in names + ([] if "Raw" in cls.__name__ else iterators):
        function = getattr(cls, name, None)
        assert callable(function), f"{cls.__name__}.{name} is missing"
        if name.startswith("iter_"):
            assert not inspect.iscoroutinefunction(function)
        else:
            assert inspect.iscoroutinefunction(function) == (is_async or cls.__name__.startswith("Async"))
        signature = inspect.signature(function)
        hints = _hints(function)
        for parameter in list(signature.parameters.values())[1:]:
            assert parameter.kind is not inspect.Parameter.VAR_POSITIONAL, name
            assert parameter.kind is not inspect.Parameter.VAR_KEYWORD, name
            assert parameter.name in hints, f"{name}({parameter.name}) has no annotation"
            assert hints[parameter.name] is not Any, f"{name}({parameter.name}) is Any"
        assert hints.get("return", Any) is not Any, f"{name} returns Any"
        assert list(signature.parameters)[-2:] == list(PER_CALL)


def test_send_methods_take_the_request_protocol() -> None:
    for name in SEND_METHODS:
        for cls in (APIClient, AsyncAPIClient):
            assert _hints(getattr(cls, name))["request"] is _rt.MessageRequest


def test_annotations_resolve_without_help() -> None:
    hints = typing.get_type_hints(APIClient.get_attributes)
    assert hints["return"] is app_models.CustomerAttributes
    assert typing.get_type_hints(AsyncAPIClient.search_customers)["filter"] is AudienceFilterParam
