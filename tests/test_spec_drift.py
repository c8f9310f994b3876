"""`make spec-drift`: spec/ compared with Customer.io's published documents."""

from __future__ import annotations

import copy
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generator"))

import spec_drift  # noqa: E402

OFFICIAL = spec_drift.default_official_dir()
needs_official = pytest.mark.skipif(
    not (OFFICIAL / "track-api.json").exists(), reason=f"published documents not found at {OFFICIAL}"
)

# A published document in the shape Customer.io publishes: host-only server, full paths.
PUBLISHED: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "servers": [{"url": "https://track.example.com"}],
    "paths": {
        "/api/v1/widgets/{identifier}": {
            "put": {
                "parameters": [
                    {"name": "identifier", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "mode", "in": "query", "schema": {"type": "string", "enum": ["a", "b"]}},
                ],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/widget"}}}},
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "items": {
                                            "type": "array",
                                            "items": {"type": "object", "properties": {"id": {"type": "integer"}}},
                                        }
                                    },
                                }
                            }
                        },
                    }
                },
            }
        },
        "/api/v2/things": {
            "post": {
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "oneOf": [
                                    {
                                        "type": "object",
                                        "required": ["type", "name"],
                                        "properties": {"type": {"const": "a"}, "name": {"type": "string"}},
                                    },
                                    {
                                        "type": "object",
                                        "required": ["type"],
                                        "properties": {"type": {"const": "b"}, "size": {"type": "integer"}},
                                    },
                                ],
                                "discriminator": {"propertyName": "type", "mapping": {"a": "#/a", "b": "#/b"}},
                            }
                        }
                    }
                },
                "responses": {"200": {"description": "ok"}},
            }
        },
    },
    "components": {
        "schemas": {
            "widget": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "color": {"type": "string", "enum": ["red", "blue"]},
                    "readonly_stamp": {"type": "integer", "readOnly": True},
                },
            }
        }
    },
}

# The same API as spec/ writes it: /api/v1 server, operation servers for v2, other parameter names.
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "servers": [{"url": "https://track.example.com/api/v1"}],
    "paths": {
        "/widgets/{customer_id}": {
            "put": {
                "parameters": [
                    {"name": "customer_id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "mode", "in": "query", "schema": {"$ref": "#/components/schemas/Mode"}},
                ],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}}},
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetList"}}},
                    }
                },
            }
        },
        "/things": {
            "servers": [{"url": "https://track.example.com/api/v2"}],
            "post": {
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "responses": {"200": {"description": "ok"}},
            },
        },
        "/node_only": {
            "get": {"responses": {"200": {"description": "ok"}}},
        },
    },
    "components": {
        "schemas": {
            "Mode": {"type": "string", "enum": ["a", "b"]},
            "Widget": {
                "allOf": [
                    {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
                    {"type": "object", "properties": {"color": {"type": "string", "enum": ["blue", "red"]}}},
                ]
            },
            "WidgetList": {
                "type": "object",
                "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/WidgetItem"}}},
            },
            "WidgetItem": {"type": "object", "properties": {"id": {"type": "number"}}},
            "Thing": {
                "oneOf": [{"$ref": "#/components/schemas/ThingA"}, {"$ref": "#/components/schemas/ThingB"}],
                "discriminator": {
                    "propertyName": "type",
                    "mapping": {"a": "#/components/schemas/ThingA", "b": "#/components/schemas/ThingB"},
                },
            },
            "ThingA": {
                "type": "object",
                "required": ["type", "name"],
                "properties": {"type": {"type": "string", "enum": ["a"]}, "name": {"type": "string"}},
            },
            "ThingB": {
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string", "enum": ["b"]}, "size": {"type": "integer"}},
            },
        }
    },
}

CATALOGUE = {
    "methods": [
        {"client": "TrackClient", "method": "nodeOnly", "http_method": "GET", "url_template": "{trackRoot}/node_only"}
    ]
}


def _run(
    tmp_path: Path,
    published: dict[str, Any] | None = None,
    spec: dict[str, Any] | None = None,
    allowlist: str = "",
    catalogue: dict[str, Any] | None = None,
    extra: tuple[str, ...] = (),
) -> tuple[int, str]:
    official, specs = tmp_path / "official", tmp_path / "spec"
    official.mkdir(exist_ok=True)
    specs.mkdir(exist_ok=True)
    (official / "track-api.json").write_text(json.dumps(PUBLISHED if published is None else published))
    (specs / "track.yaml").write_text(yaml.safe_dump(SPEC if spec is None else spec))
    (specs / "drift-allowlist.yaml").write_text(allowlist)
    (tmp_path / "catalogue.json").write_text(json.dumps(CATALOGUE if catalogue is None else catalogue))
    args = ["--official-dir", str(official), "--spec-dir", str(specs), "--catalogue", str(tmp_path / "catalogue.json")]
    return _main([*args, *extra])


def _main(args: list[str]) -> tuple[int, str]:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = spec_drift.main(args)
    return code, out.getvalue()


def _changed(**plant: Any) -> dict[str, Any]:
    document = copy.deepcopy(PUBLISHED)
    for path, value in plant.items():
        node: Any = document
        keys = path.split("__")
        for key in keys[:-1]:
            node = node[int(key)] if isinstance(node, list) else node[key]
        node[keys[-1]] = value
    return document


def _drift_lines(output: str) -> list[str]:
    return [line.strip() for line in output.splitlines() if line.strip().startswith("DRIFT")]


def test_matching_documents_pass_across_server_roots_and_parameter_names(tmp_path: Path) -> None:
    code, output = _run(tmp_path)
    assert code == 0, output
    assert _drift_lines(output) == []
    # described/total: request fields name, color (readOnly skipped) + type, name, size; query mode
    assert "operations 2/2, request fields 5/5, query parameters 1/1, response fields 2/2" in output
    assert "1 node-only operations" in output


def test_node_only_operation_is_listed_not_counted(tmp_path: Path) -> None:
    code, output = _run(tmp_path, extra=("--verbose",))
    assert code == 0
    assert "GET /api/v1/node_only: not in the document; node's nodeOnly is the reference" in output


def test_operation_only_in_spec_and_not_in_node_is_drift(tmp_path: Path) -> None:
    code, output = _run(tmp_path, catalogue={"methods": []})
    assert code == 1
    assert _drift_lines(output) == [
        "DRIFT    GET /api/v1/node_only: operation-extra -- neither the document nor node has it"
    ]


@pytest.mark.parametrize(
    ("plant", "expected"),
    [
        (
            {"paths__/api/v1/gadgets": {"get": {"responses": {"200": {"description": "ok"}}}}},
            "GET /api/v1/gadgets: operation-missing",
        ),
        (
            {"components__schemas__widget__properties__weight": {"type": "number"}},
            "PUT /api/v1/widgets/{identifier}: request-field-missing weight",
        ),
        (
            {
                "paths__/api/v1/widgets/{identifier}__put__responses__200__content__application/json__schema__"
                "properties__items__items__properties__label": {"type": "string"}
            },
            "PUT /api/v1/widgets/{identifier}: response-field-missing items[].label",
        ),
        (
            {"components__schemas__widget__properties__color__enum": ["red", "blue", "green"]},
            "PUT /api/v1/widgets/{identifier}: request-enum-missing color=green",
        ),
        (
            {"paths__/api/v1/widgets/{identifier}__put__parameters__2": {"name": "limit", "in": "query"}},
            "PUT /api/v1/widgets/{identifier}: param-missing query.limit",
        ),
        (
            {"paths__/api/v1/widgets/{identifier}__put__parameters__1__required": True},
            "PUT /api/v1/widgets/{identifier}: param-required query.mode",
        ),
        (
            {"paths__/api/v1/widgets/{identifier}__put__parameters__1__schema": {"type": "integer"}},
            "PUT /api/v1/widgets/{identifier}: param-type query.mode",
        ),
        (
            {"components__schemas__widget__required": ["name", "color"]},
            "PUT /api/v1/widgets/{identifier}: request-field-required color",
        ),
        (
            {
                "paths__/api/v2/things__post__requestBody__content__application/json__schema__oneOf__1__"
                "properties__type": {"const": "c"}
            },
            "POST /api/v2/things: request-enum-extra type=b",
        ),
    ],
)
def test_planted_change_is_named_and_fails(tmp_path: Path, plant: dict[str, Any], expected: str) -> None:
    if "parameters__2" in next(iter(plant)):
        document = copy.deepcopy(PUBLISHED)
        document["paths"]["/api/v1/widgets/{identifier}"]["put"]["parameters"].append(next(iter(plant.values())))
    else:
        document = _changed(**plant)
    code, output = _run(tmp_path, published=document)
    assert code == 1
    assert any(line.startswith(f"DRIFT    {expected}") for line in _drift_lines(output)), output


def test_a_discriminator_without_mapping_is_a_difference(tmp_path: Path) -> None:
    document = copy.deepcopy(PUBLISHED)
    schema = document["paths"]["/api/v2/things"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    del schema["discriminator"]["mapping"]
    code, output = _run(tmp_path, published=document)
    assert code == 1
    assert _drift_lines(output) == [
        "DRIFT    POST /api/v2/things: request-discriminator (body) -- document type; spec/ type (mapped)"
    ]


def test_field_required_only_in_one_alternative_is_not_required(tmp_path: Path) -> None:
    # `name` is required by alternative a only; spec/ requiring it in ThingA is the same statement
    code, output = _run(tmp_path)
    assert code == 0
    assert "request-field" not in output


def test_allowlist_explains_a_difference_and_stale_entries_fail(tmp_path: Path) -> None:
    document = _changed(components__schemas__widget__properties__weight={"type": "number"})
    allowlist = (
        "track-api.json:\n"
        "  PUT /api/v1/widgets/{id}:\n"
        "    request-field-missing weight: The API ignores it; node never sends it.\n"
    )
    code, output = _run(tmp_path, published=document, allowlist=allowlist)
    assert code == 0, output
    assert "0 unexplained, 1 explained, 0 pending" in output

    code, output = _run(tmp_path, allowlist=allowlist)
    assert code == 1
    assert (
        "STALE    track-api.json PUT /api/v1/widgets/{}: 'request-field-missing weight' matches no difference" in output
    )


def test_allowlist_wildcards_and_pending_entries(tmp_path: Path) -> None:
    document = _changed(components__schemas__widget__properties__weight={"type": "number", "enum": [1, 2]})
    allowlist = "track-api.json:\n  '*':\n    request-field-missing weig*: 'pending: not described in spec/ yet'\n"
    code, output = _run(tmp_path, published=document, allowlist=allowlist)
    assert code == 0, output
    assert "0 unexplained, 0 explained, 1 pending" in output
    assert "0 explained + 1 pending allowlist entries" in output


@pytest.mark.parametrize(
    "allowlist",
    [
        "track-api.json:\n  PUT /x:\n    request-field-missing a: ''\n",
        "unknown.json:\n  PUT /x:\n    request-field-missing a: why\n",
        "track-api.json:\n  /x:\n    request-field-missing a: why\n",
    ],
)
def test_malformed_allowlist_is_refused(tmp_path: Path, allowlist: str) -> None:
    code, _ = _run(tmp_path, allowlist=allowlist)
    assert code == 2


def test_suggest_prints_allowlist_blocks(tmp_path: Path) -> None:
    document = _changed(components__schemas__widget__properties__weight={"type": "number"})
    code, output = _run(tmp_path, published=document, extra=("--suggest",))
    assert code == 1
    blocks = output.split("(write each reason):\n", 1)[1].split("\nspec-drift: ", 1)[0]
    assert yaml.safe_load(blocks) == {
        "track-api.json": {"PUT /api/v1/widgets/{identifier}": {"request-field-missing weight": ""}}
    }


def test_missing_published_document_is_skipped_with_a_message(tmp_path: Path) -> None:
    code, output = _main(["--official-dir", str(tmp_path / "nowhere"), "--spec-dir", str(ROOT / "spec")])
    assert code == 0
    assert f"{tmp_path / 'nowhere' / 'track-api.json'} not found; track.yaml not checked" in output
    assert "app-api.json not found; app.yaml not checked" in output


def test_default_directory_is_the_shared_reference_beside_the_checkout() -> None:
    assert OFFICIAL.parts[-3:] == ("shared", "reference", "official")


# --- the shipped documents -----------------------------------------------------------------------


def _official_copy(tmp_path: Path) -> Path:
    target = tmp_path / "official"
    shutil.copytree(OFFICIAL, target)
    return target


@needs_official
def test_shipped_documents_have_no_unexplained_difference() -> None:
    code, output = _main([])
    assert code == 0, "\n".join(_drift_lines(output) + [line for line in output.splitlines() if "STALE" in line])


@needs_official
def test_planted_changes_in_a_copy_of_the_track_document_are_each_named(tmp_path: Path) -> None:
    official = _official_copy(tmp_path)
    path = official / "track-api.json"
    document = json.loads(path.read_text())
    paths = document["paths"]
    paths["/api/v1/zz_gadgets/{gadget_id}"] = {"get": {"responses": {"200": {"description": "ok"}}}}
    identify = paths["/api/v1/customers/{identifier}"]["put"]
    identify["requestBody"]["content"]["application/json"]["schema"]["properties"]["zz_favourite"] = {"type": "string"}
    region = paths["/api/v1/accounts/region"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    region["properties"]["zz_cluster"] = {"type": "string"}
    region["properties"]["region"]["enum"].append("zz")
    segment = paths["/api/v1/segments/{segment_id}/add_customers"]
    segment["post"]["parameters"] = [
        {"name": "zz_dry_run", "in": "query", "schema": {"type": "boolean"}},
        {
            "name": "id_type",
            "in": "query",
            "required": True,
            "schema": {"type": "string", "enum": ["id", "email", "cio_id"]},
        },
    ]
    path.write_text(json.dumps(document))

    code, output = _main(["--official-dir", str(official)])
    assert code == 1
    drift = _drift_lines(output)
    for expected in (
        "GET /api/v1/zz_gadgets/{gadget_id}: operation-missing",
        "PUT /api/v1/customers/{identifier}: request-field-missing zz_favourite",
        "GET /api/v1/accounts/region: response-field-missing zz_cluster",
        "GET /api/v1/accounts/region: response-enum-missing region=zz",
        "POST /api/v1/segments/{segment_id}/add_customers: param-missing query.zz_dry_run",
        "POST /api/v1/segments/{segment_id}/add_customers: param-required query.id_type",
    ):
        assert any(line.startswith(f"DRIFT    {expected}") for line in drift), (expected, drift)
    assert len(drift) == 6, drift


def test_prune_deletes_stale_lines_and_empty_blocks_and_keeps_the_rest(tmp_path: Path) -> None:
    document = _changed(components__schemas__widget__properties__weight={"type": "number"})
    allowlist = (
        "# why these differences are meant\n"
        "track-api.json:\n"
        "  PUT /api/v1/widgets/{id}:\n"
        "    request-field-missing weight: >-\n"
        "      The API ignores it:\n"
        "      node never sends it.\n"
        "    request-field-missing height: >-\n"
        "      pending: not described,\n"
        "      over two lines\n"
        "  POST /api/v2/things:\n"
        "    request-field-missing size: 'pending: not described'\n"
    )
    code, output = _run(tmp_path, published=document, allowlist=allowlist, extra=("--prune",))
    assert code == 0, output
    assert "removed 2 stale entries" in output
    assert (tmp_path / "spec" / "drift-allowlist.yaml").read_text() == (
        "# why these differences are meant\n"
        "track-api.json:\n"
        "  PUT /api/v1/widgets/{id}:\n"
        "    request-field-missing weight: >-\n"
        "      The API ignores it:\n"
        "      node never sends it.\n"
    )


def test_an_open_alternative_leaves_a_field_open(tmp_path: Path) -> None:
    # alternative b's `type` takes any string: values spec/ lists beyond the document's are no news,
    # but a value the document lists must still be listed by spec/
    document = _changed(
        **{
            "paths__/api/v2/things__post__requestBody__content__application/json__schema__oneOf__1__properties__type": {
                "type": "string"
            }
        }
    )
    code, output = _run(tmp_path, published=document)
    assert code == 0, output
    document["paths"]["/api/v2/things"]["post"]["requestBody"]["content"]["application/json"]["schema"]["oneOf"][0][
        "properties"
    ]["type"] = {"enum": ["a", "c"]}
    code, output = _run(tmp_path, published=document)
    assert [line.split(" -- ")[0] for line in _drift_lines(output)] == [
        "DRIFT    POST /api/v2/things: request-enum-missing type=c"
    ]


@needs_official
def test_planted_changes_in_a_copy_of_the_pipelines_document_are_each_named(tmp_path: Path) -> None:
    official = _official_copy(tmp_path)
    path = official / "pipelines-api.json"
    document = json.loads(path.read_text())
    schemas = document["components"]["schemas"]
    known_user = schemas["identify"]["oneOf"][0]["allOf"][0]
    known_user["properties"]["traits"]["properties"]["zz_plan"] = {"type": "string"}
    schemas["context_common"]["properties"]["channel"]["enum"].append("zz_kiosk")
    document["paths"]["/zz_forget"] = {"post": {"responses": {"200": {"description": "ok"}}}}
    path.write_text(json.dumps(document))

    code, output = _main(["--official-dir", str(official)])
    assert code == 1
    drift = {line.split(" -- ")[0] for line in _drift_lines(output)}
    assert {
        "DRIFT    POST /v1/zz_forget: operation-missing",
        "DRIFT    POST /v1/identify: request-field-missing traits.zz_plan",
        "DRIFT    POST /v1/identify: request-enum-missing context.channel=zz_kiosk",
        "DRIFT    POST /v1/track: request-enum-missing context.channel=zz_kiosk",
    } <= drift, drift


def test_a_recursive_schema_covers_the_levels_a_document_spells_out(tmp_path: Path) -> None:
    level = {"type": "object", "properties": {"id": {"type": "string"}}}
    for _ in range(3):
        level = {"type": "object", "properties": {"id": {"type": "string"}, "and": {"type": "array", "items": level}}}
    published = _changed(components__schemas__widget__properties__filter=level)
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["Filter"] = {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "and": {"type": "array", "items": {"$ref": "#/components/schemas/Filter"}},
        },
    }
    spec["components"]["schemas"]["Widget"]["allOf"][1]["properties"]["filter"] = {
        "$ref": "#/components/schemas/Filter"
    }
    code, output = _run(tmp_path, published=published, spec=spec)
    assert code == 0, output
    assert "request fields 13/13" in output  # filter, filter.id, and three levels of and[] / and[].id
    published["components"]["schemas"]["widget"]["properties"]["filter"]["properties"]["and"]["items"]["properties"][
        "and"
    ]["items"]["properties"]["name"] = {"type": "string"}
    code, output = _run(tmp_path, published=published, spec=spec)
    assert [line.split(" -- ")[0] for line in _drift_lines(output)] == [
        "DRIFT    PUT /api/v1/widgets/{identifier}: request-field-missing filter.and[].and[].name"
    ]
