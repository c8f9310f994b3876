"""generator/request_types.py on small hand-written documents (independent of spec/'s content).

Each case builds a one-operation document, derives the body arguments' TypedDicts, renders them
and checks both the annotation the operation compiler receives and the rendered module (which
must import and resolve at run time).
"""

from __future__ import annotations

import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from jinja2 import Environment, FileSystemLoader, StrictUndefined

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generator"))

import request_types  # noqa: E402
from operations import TypeMapper, compile_spec  # noqa: E402


def _document(op: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://api.customer.io/v1"}, {"url": "https://api-eu.customer.io/v1"}],
        "paths": {"/things": {"post": {"tags": ["things"], **op, "responses": _OK}}},
        "components": {"schemas": schemas},
    }


_OK = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
FREE = {"type": "object", "additionalProperties": True}


def _body_op(body: Any, args: list[dict[str, Any]], request: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "operationId": "make_thing",
        "x-cio-args": [a["name"] for a in args],
        "x-cio-body-args": args,
        "x-cio-body": body,
        "requestBody": {"content": {"application/json": {"schema": request}}},
        **extra,
    }


def _annotations(document: dict[str, Any]) -> tuple[dict[str, str], request_types.ParamModule]:
    annotated, module = request_types.annotate(document, "test")
    (op,) = annotated["paths"]["/things"].values()
    return {a["name"]: a["schema"].get("x-cio-python-type") for a in op["x-cio-body-args"]}, module


def _load(module: request_types.ParamModule) -> ModuleType:
    env = Environment(loader=FileSystemLoader(str(ROOT / "templates")), undefined=StrictUndefined)
    source = request_types.render(env, module, "Test API")
    namespace = ModuleType("params_under_test")
    exec(compile(source, "params_under_test.py", "exec", dont_inherit=True), namespace.__dict__)
    sys.modules["params_under_test"] = namespace
    return namespace


def test_the_argument_is_typed_from_the_request_body_it_lands_in() -> None:
    schemas = {
        "Thing": {
            "type": "object",
            "required": ["name"],
            "properties": {"name": {"type": "string"}, "size": {"type": "integer", "enum": [1, 2]}},
        }
    }
    request = {"type": "object", "properties": {"thing": {"$ref": "#/components/schemas/Thing"}}}
    types, module = _annotations(
        _document(
            _body_op({"thing": "$thing"}, [{"name": "thing", "schema": FREE, "required": True}], request), schemas
        )
    )
    assert types == {"thing": "ThingParam"}
    loaded = _load(module)
    assert typing.get_type_hints(loaded.ThingParam) == {"name": str, "size": typing.Literal[1, 2]}
    assert loaded.ThingParam.__required_keys__ == frozenset({"name"})
    assert loaded.ThingParam.__optional_keys__ == frozenset({"size"})


def test_a_whole_body_argument_and_a_spread_one_take_the_body_schema() -> None:
    schemas = {"Event": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}
    ref = {"$ref": "#/components/schemas/Event"}
    whole = _body_op("$data", [{"name": "data", "schema": FREE, "default": {}}], ref)
    spread = _body_op({"...": "$data", "extra": "$?other"}, [{"name": "data", "schema": FREE}], ref)
    assert _annotations(_document(whole, schemas))[0] == {"data": "EventParam"}
    assert _annotations(_document(spread, schemas))[0] == {"data": "EventParam"}


def test_an_explicit_ref_wins_and_free_form_stays_a_mapping() -> None:
    schemas = {
        "Device": {"type": "object", "properties": {"os": {"type": "string"}}},
        "Blob": FREE,
    }
    op = _body_op(
        {"a": "$device", "b": "$blob"},
        [
            {"name": "device", "schema": {"$ref": "#/components/schemas/Device"}},
            {"name": "blob", "schema": FREE},
        ],
        {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/Blob"}}},
    )
    assert _annotations(_document(op, schemas))[0] == {"device": "DeviceParam", "blob": "Mapping[str, Any]"}


def test_open_objects_also_accept_any_mapping_until_mypy_has_extra_items() -> None:
    schemas = {"Person": {"type": "object", "properties": {"email": {"type": "string"}}, "additionalProperties": True}}
    op = _body_op("$attributes", [{"name": "attributes", "schema": FREE}], {"$ref": "#/components/schemas/Person"})
    types, module = _annotations(_document(op, schemas))
    assert request_types.EXTRA_ITEMS is False
    assert types == {"attributes": "PersonParam | Mapping[str, Any]"}
    assert "Other keys are accepted too." in (_load(module).PersonParam.__doc__ or "")


def test_one_key_objects_become_a_recursive_union_of_one_key_typeddicts() -> None:
    schemas = {
        "Filter": {
            "type": "object",
            "maxProperties": 1,
            "properties": {
                "and": {"type": "array", "items": {"$ref": "#/components/schemas/Filter"}},
                "not": {"$ref": "#/components/schemas/Filter"},
                "segment": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
            },
        }
    }
    op = _body_op(
        {"filter": "$filter"},
        [{"name": "filter", "schema": FREE, "required": True}],
        {
            "type": "object",
            "properties": {"filter": {"$ref": "#/components/schemas/Filter"}},
        },
    )
    types, module = _annotations(_document(op, schemas))
    assert types == {"filter": "FilterParam"}
    loaded = _load(module)
    members = typing.get_args(loaded.FilterParam)
    assert [m.__name__ for m in members] == ["FilterAndParam", "FilterNotParam", "FilterSegmentParam"]
    assert loaded.FilterAndParam.__required_keys__ == frozenset({"and"})
    # the recursion resolves: `and` holds filters again
    assert typing.get_args(typing.get_type_hints(loaded.FilterAndParam)["and"]) == (loaded.FilterParam,)
    assert typing.get_type_hints(loaded.FilterNotParam)["not"] == loaded.FilterParam


def test_one_of_with_literal_discriminators_becomes_a_union() -> None:
    schemas = {
        "Op": {"oneOf": [{"$ref": "#/components/schemas/Identify"}, {"$ref": "#/components/schemas/Delete"}]},
        "Identify": {
            "type": "object",
            "required": ["type", "action"],
            "properties": {"type": {"const": "person"}, "action": {"enum": ["identify"]}, "attributes": FREE},
        },
        "Delete": {
            "allOf": [
                {"type": "object", "required": ["type"], "properties": {"type": {"const": "person"}}},
                {"type": "object", "required": ["action"], "properties": {"action": {"const": "delete"}}},
            ]
        },
    }
    op = _body_op(
        "$operation", [{"name": "operation", "schema": FREE, "required": True}], {"$ref": "#/components/schemas/Op"}
    )
    types, module = _annotations(_document(op, schemas))
    assert types == {"operation": "OpParam"}
    loaded = _load(module)
    assert typing.get_args(loaded.OpParam) == (loaded.IdentifyParam, loaded.DeleteParam)
    delete = typing.get_type_hints(loaded.DeleteParam)
    assert delete == {"type": typing.Literal["person"], "action": typing.Literal["delete"]}


def test_keys_that_are_not_identifiers_use_the_functional_syntax() -> None:
    schemas = {"Mail": {"type": "object", "properties": {"from": {"type": "string"}, "reply-to": {"type": "string"}}}}
    op = _body_op("$mail", [{"name": "mail", "schema": FREE}], {"$ref": "#/components/schemas/Mail"})
    _, module = _annotations(_document(op, schemas))
    loaded = _load(module)
    assert set(typing.get_type_hints(loaded.MailParam)) == {"from", "reply-to"}
    assert loaded.MailParam.__required_keys__ == frozenset()


def test_the_typed_annotation_reaches_the_signature_and_validation_makes_it_required() -> None:
    schemas = {"Event": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}
    op = _body_op(
        "$data",
        [{"name": "data", "schema": FREE, "default": {}}],
        {"$ref": "#/components/schemas/Event"},
        **{"x-cio-validate": [{"arg": "data", "rule": "required-key", "key": "name"}]},
    )
    document = _document(op, schemas)
    annotated, _ = request_types.annotate(document, "test")
    (compiled,) = compile_spec(annotated, TypeMapper(annotated, lambda name: name, {}))
    assert compiled.signature == "data: EventParam"


@pytest.mark.parametrize(
    ("rule", "signature"),
    [
        ({"rule": "required"}, "thing_id: str, *, limit: int"),
        (
            {"rule": "one-of", "values": ["a"], "message": "m", "optional": True},
            "thing_id: str, *, limit: int | None = None",
        ),
        ({"rule": "string"}, "thing_id: str, *, limit: int"),
    ],
)
def test_a_query_option_node_refuses_without_is_a_required_keyword(rule: dict[str, Any], signature: str) -> None:
    op = {
        "operationId": "list_things",
        "x-cio-args": ["thing_id"],
        "x-cio-validate": [{"arg": "limit", **rule}],
        "parameters": [
            {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "limit", "in": "query", "schema": {"type": "integer"}},
        ],
    }
    document = _document(op, {})
    document["paths"] = {"/things/{thing_id}": document["paths"]["/things"]}
    (compiled,) = compile_spec(document, TypeMapper(document, lambda name: name, {}))
    assert compiled.signature == signature


def test_a_ref_to_something_outside_the_components_is_refused() -> None:
    op = _body_op("$data", [{"name": "data", "schema": {"$ref": "other.yaml#/Thing"}}], {"type": "object"})
    with pytest.raises(request_types.RequestTypeError, match=r"make_thing\(data\)"):
        request_types.annotate(_document(op, {}), "test")


def test_with_pep_728_open_objects_become_extra_items_typeddicts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(request_types, "EXTRA_ITEMS", True)
    schemas = {"Person": {"type": "object", "properties": {"email": {"type": "string"}}, "additionalProperties": True}}
    op = _body_op("$attributes", [{"name": "attributes", "schema": FREE}], {"$ref": "#/components/schemas/Person"})
    types, module = _annotations(_document(op, schemas))
    assert types == {"attributes": "PersonParam"}
    env = Environment(loader=FileSystemLoader(str(ROOT / "templates")), undefined=StrictUndefined)
    source = request_types.render(env, module, "Test API")
    assert "class PersonParam(TypedDict, total=False, extra_items=Any):" in source
    assert "from typing_extensions import TypedDict" in source
    assert _load(module).PersonParam.__extra_items__ is Any
