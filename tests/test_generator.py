"""The generator: conventions enforced, and a new spec operation becomes a typed method."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generator"))

from lenient import lenient  # noqa: E402
from operations import SpecError, TypeMapper, compile_spec  # noqa: E402

NEW_OPERATION = {
    "operationId": "get_widget",
    "tags": ["widgets"],
    "summary": "Fetch a widget.",
    "x-cio-args": ["widget_id"],
    "x-cio-validate": [{"arg": "widget_id", "rule": "required"}],
    "parameters": [
        {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
    ],
    "responses": {
        "200": {
            "description": "The widget.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
        }
    },
}


def _spec(**operation: Any) -> dict[str, Any]:
    op = {**NEW_OPERATION, **operation}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://track.customer.io/api/v1"}, {"url": "https://track-eu.customer.io/api/v1"}],
        "paths": {"/widgets/{widget_id}": {"get": op}},
        "components": {"schemas": {"Widget": {"type": "object", "properties": {"name": {"type": "string"}}}}},
    }


def _compile(spec: dict[str, Any]) -> None:
    compile_spec(spec, TypeMapper(spec, lambda name: name, {"Widget": "widget"}))


def test_a_valid_operation_compiles() -> None:
    spec = _spec()
    ops = compile_spec(spec, TypeMapper(spec, lambda name: name, {"Widget": "widget"}))
    assert [op.name for op in ops] == ["get_widget"]
    assert ops[0].signature == "widget_id: str, *, verbose: bool | None = None"
    assert ops[0].return_type == "Widget"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"servers": [{"url": "https://example.com/v1"}]}, "not one the clients have a root for"),
        ({"servers": [{"url": "https://track.customer.io/api/v1"}, {"url": "https://api.customer.io/v1"}]}, "span"),
        ({"servers": [{"url": "https://track.customer.io/{version}"}]}, "needs a default"),
        ({"x-cio-args": []}, "must be listed in x-cio-args"),
        ({"x-cio-validate": [{"arg": "nope", "rule": "required"}]}, "unknown argument"),
        ({"x-cio-validate": [{"arg": "widget_id", "rule": "shiny"}]}, "unknown validation rule"),
        ({"requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object"}}}}}, "non-JSON requestBody"),
        (
            {
                "parameters": [{"name": "body", "in": "query", "schema": {"type": "string"}}],
                "x-cio-args": [],
                "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
            },
            "named 'body'",
        ),
        ({"parameters": [], "x-cio-args": [], "x-cio-validate": []}, "has no path parameter"),
        ({"x-cio-body": "$missing"}, "unknown argument"),
    ],
)
def test_convention_breaks_are_refused(change: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message):
        _compile(_spec(**change))


def test_standard_fields_alone_have_defaults() -> None:
    bare = {k: v for k, v in NEW_OPERATION.items() if not k.startswith("x-cio-") and k not in ("operationId", "tags")}
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({}, "get_widgets_widget_id", "default"),
        ({"tags": ["Big Widgets", "b"]}, "get_widgets_widget_id", "big_widgets"),
        ({"operationId": "getWidgetById"}, "get_widget_by_id", "default"),
    ]
    for extra, name, module in cases:
        spec = _spec()
        spec["paths"]["/widgets/{widget_id}"]["get"] = {**bare, **extra}
        (op,) = compile_spec(spec, TypeMapper(spec, lambda name: name, {"Widget": "widget"}))
        assert (op.name, op.tag, op.signature) == (name, module, "widget_id: str, *, verbose: bool | None = None")


def test_the_root_comes_from_the_operation_path_or_document_servers() -> None:
    spec = _spec()
    assert [op.base for op in compile_spec(spec, TypeMapper(spec, lambda name: name, {"Widget": "widget"}))] == [
        "track"
    ]
    spec["paths"]["/widgets/{widget_id}"]["servers"] = [{"url": "https://track.customer.io"}]
    assert [op.base for op in compile_spec(spec, TypeMapper(spec, lambda name: name, {"Widget": "widget"}))] == [
        "track_host"
    ]
    variables = {"host": {"default": "track", "enum": ["track", "track-eu"]}, "version": {"default": "v2"}}
    spec = _spec(servers=[{"url": "https://{host}.customer.io/api/{version}", "variables": variables}])
    assert [op.base for op in compile_spec(spec, TypeMapper(spec, lambda name: name, {"Widget": "widget"}))] == [
        "track_v2"
    ]


def test_response_schemas_may_state_required_enum_and_format() -> None:
    spec = _spec()
    widget = spec["components"]["schemas"]["Widget"]
    widget["required"] = ["name"]
    widget["properties"]["kind"] = {"type": "string", "enum": ["round", "square"]}
    widget["properties"]["created"] = {"type": "string", "format": "date-time"}
    widget["additionalProperties"] = False
    _compile(spec)
    loose = lenient(spec)["components"]["schemas"]["Widget"]
    assert "required" not in loose and "additionalProperties" not in loose
    assert loose["properties"]["kind"] == {"type": "string", "description": "One of: `round`, `square`."}
    assert loose["properties"]["created"] == {"type": "string"}
    assert spec["components"]["schemas"]["Widget"]["required"] == ["name"]  # the input is left as it was


def test_request_side_schemas_stay_strict() -> None:
    spec = _spec()
    spec["components"]["schemas"]["Shape"] = {"type": "string", "enum": ["round", "square"]}
    shape = {"name": "shape", "in": "query", "schema": {"$ref": "#/components/schemas/Shape"}}
    spec["paths"]["/widgets/{widget_id}"]["get"]["parameters"] = [*NEW_OPERATION["parameters"], shape]
    spec["components"]["schemas"]["Widget"]["properties"]["shape"] = {"$ref": "#/components/schemas/Shape"}
    loose = lenient(spec)["components"]["schemas"]
    assert loose["Shape"]["enum"] == ["round", "square"]  # the parameter's enum stays
    assert loose["Widget"]["properties"]["shape"] == {"type": "string", "description": "One of: `round`, `square`."}
    ops = compile_spec(spec, TypeMapper(spec, lambda name: name, {"Widget": "widget"}))
    assert "shape: Literal['round', 'square'] | None = None" in ops[0].signature


def test_adding_an_operation_to_spec_adds_typed_methods(tmp_path: Path) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec_dir)
    track = yaml.safe_load((spec_dir / "track.yaml").read_text(encoding="utf-8"))
    track["paths"]["/widgets/{widget_id}"] = {"get": NEW_OPERATION}
    track["components"]["schemas"]["Widget"] = {
        "type": "object",
        "required": ["name", "kind"],
        "properties": {
            "name": {"type": "string"},
            "kind": {"type": "string", "enum": ["round", "square"]},
            "created": {"type": "string", "format": "date-time"},
        },
    }
    (spec_dir / "track.yaml").write_text(yaml.safe_dump(track, sort_keys=False), encoding="utf-8")
    out = tmp_path / "out"
    subprocess.run(
        [sys.executable, str(ROOT / "generator" / "generate.py"), "--out", str(out), "--spec", str(spec_dir)],
        check=True,
        capture_output=True,
    )
    probe = textwrap.dedent(
        """
        import inspect, typing
        from _customerio_gen.track.client import TrackOperations, AsyncTrackOperations
        from _customerio_gen.track.api.widgets import get_widget
        import _customerio_gen.track.models as models
        for cls in (TrackOperations, AsyncTrackOperations):
            hints = typing.get_type_hints(cls.get_widget, localns={n: getattr(models, n) for n in models.__all__})
            print(cls.__name__, hints["widget_id"], hints["return"].__name__, inspect.iscoroutinefunction(cls.get_widget))
        prepared = get_widget.prepare("w 1", verbose=True)
        print(prepared.method, prepared.path, prepared.query)
        widget = get_widget.parse({"kind": "triangular", "created": "not a date", "colour": "red"})
        print(repr(widget.name), widget.kind, widget.created, widget.additional_properties)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], env={"PYTHONPATH": str(out)}, check=True, capture_output=True, text=True
    )
    assert result.stdout.splitlines() == [
        "TrackOperations <class 'str'> Widget False",
        "AsyncTrackOperations <class 'str'> Widget True",
        "GET /widgets/w%201 (('verbose', 'true'),)",
        "UNSET triangular not a date {'colour': 'red'}",
    ]


def test_generated_code_never_imports_the_handwritten_layer() -> None:
    offenders = []
    for path in (ROOT / "generated").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            stripped = line.strip()
            if stripped.startswith(("import customerio", "from customerio")):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {stripped}")
    assert offenders == []


def test_every_spec_operation_is_generated_for_both_clients() -> None:
    from _customerio_gen import OPERATIONS
    from _customerio_gen.app.client import AppOperations, AsyncAppOperations
    from _customerio_gen.pipelines.client import AsyncPipelinesOperations, PipelinesOperations
    from _customerio_gen.track.client import AsyncTrackOperations, TrackOperations

    classes = {
        "track": (TrackOperations, AsyncTrackOperations),
        "app": (AppOperations, AsyncAppOperations),
        "pipelines": (PipelinesOperations, AsyncPipelinesOperations),
    }
    for api, names in OPERATIONS.items():
        spec = yaml.safe_load((ROOT / "spec" / f"{api}.yaml").read_text(encoding="utf-8"))
        declared = {op["operationId"] for item in spec["paths"].values() for op in item.values() if "operationId" in op}
        assert set(names) == declared
        for cls in classes[api]:
            missing = [name for name in names if not callable(getattr(cls, name, None))]
            assert missing == [], f"{cls.__name__} lacks {missing}"


PLAIN_PATHS: dict[str, Any] = {
    "/zz_probe/{probe_id}": {
        "get": {
            "operationId": "get_zz_probe",
            "tags": ["zz_probes"],
            "summary": "Fetch a probe.",
            "parameters": [
                {"name": "probe_id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer"}},
            ],
            "responses": {
                "200": {
                    "description": "The probe.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ZzProbe"}}},
                }
            },
        }
    },
    "/zz_probe/{probeId}/notes/{noteKind}": {
        "parameters": [{"name": "probeId", "in": "path", "required": True, "schema": {"type": "integer"}}],
        "post": {
            "operationId": "addZzProbeNote",
            "tags": ["zz_probes"],
            "parameters": [
                {"name": "noteKind", "in": "path", "required": True, "schema": {"type": "string", "enum": ["a", "b"]}}
            ],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ZzNote"}}},
            },
            "responses": {
                "201": {
                    "description": "Added.",
                    "content": {
                        "application/json": {"schema": {"type": "object", "properties": {"id": {"type": "integer"}}}}
                    },
                }
            },
        },
    },
    "/zz_probes": {
        "get": {
            "parameters": [{"name": "page-size", "in": "query", "schema": {"type": "integer"}}],
            "responses": {
                "200": {
                    "description": "Every probe.",
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": {"$ref": "#/components/schemas/ZzProbe"}}
                        }
                    },
                }
            },
        },
        "put": {
            "operationId": "replace_zz_probes",
            "requestBody": {
                "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}
            },
            "responses": {"204": {"description": "Replaced."}},
        },
    },
}
PLAIN_SCHEMAS = {
    "ZzProbe": {
        "type": "object",
        "required": ["name", "state"],
        "properties": {
            "name": {"type": "string"},
            "state": {"type": "string", "enum": ["on", "off"]},
            "created": {"type": "string", "format": "date-time"},
        },
    },
    "ZzNote": {
        "type": "object",
        "required": ["text"],
        "properties": {"text": {"type": "string"}, "pinned": {"type": "boolean"}},
    },
}
PLAIN_PROBE = """
import asyncio, inspect, json, typing
import httpx
import customerio
from _customerio_gen.app import models
from _customerio_gen.app.client import AppOperations

seen = []
answers = {
    ("GET", "/v1/zz_probe/p%201"): (200, {"name": "p 1", "state": "dormant", "created": "soon", "extra": 1}),
    ("POST", "/v1/zz_probe/7/notes/b"): (201, {"id": 3}),
    ("GET", "/v1/zz_probes"): (200, [{"name": "x"}, {"state": "on"}]),
    ("PUT", "/v1/zz_probes"): (204, None),
}

def handler(request):
    body = request.content.decode() or None
    seen.append(f"{request.method} {request.url} {body}")
    status, payload = answers[(request.method, request.url.raw_path.decode().split("?")[0])]
    return httpx.Response(status, json=payload) if payload is not None else httpx.Response(status)

def show(result):
    if isinstance(result, list):
        return "[" + ", ".join(show(r) for r in result) + "]"
    if hasattr(result, "to_dict"):
        return f"{type(result).__name__}{json.dumps(result.to_dict(), sort_keys=True)}"
    return repr(result)

namespace = {n: getattr(models, n) for n in models.__all__}
for name in ("get_zz_probe", "add_zz_probe_note", "get_zz_probes", "replace_zz_probes"):
    method = getattr(AppOperations, name)
    hints = typing.get_type_hints(method, localns=namespace)
    params = inspect.signature(method).parameters
    shape = [f"{p.name}:{p.kind.name[:3]}:{'-' if p.default is p.empty else repr(p.default)}" for p in params.values()
             if p.name not in ("self", "timeout", "extra_headers")]
    print(name, shape, hints["return"])

def calls(client):
    yield client.get_zz_probe("p 1", verbose=True, limit=5)
    yield client.add_zz_probe_note(7, "b", models.ZzNote(text="hi", pinned=False))
    yield client.add_zz_probe_note(7, "b", {"text": "hello"})
    yield client.get_zz_probes(page_size=2)
    yield client.replace_zz_probes(["a", "b"])
    yield client.replace_zz_probes()
    yield client.with_raw_response.get_zz_probe("p 1", limit=1)

sync = customerio.APIClient("key", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
for result in calls(sync):
    print("sync", show(getattr(result, "parsed", result)), getattr(result, "status_code", ""))

async def main():
    client = customerio.AsyncAPIClient("key", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)))
    for pending in calls(client):
        result = await pending
        print("async", show(getattr(result, "parsed", result)), getattr(result, "status_code", ""))

asyncio.run(main())
print("\\n".join(seen))
"""


def test_plain_openapi_operations_generate_working_methods(tmp_path: Path) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec_dir)
    app = yaml.safe_load((spec_dir / "app.yaml").read_text(encoding="utf-8"))
    app["paths"].update(PLAIN_PATHS)
    app["components"]["schemas"].update(PLAIN_SCHEMAS)
    (spec_dir / "app.yaml").write_text(yaml.safe_dump(app, sort_keys=False), encoding="utf-8")
    out = tmp_path / "out"
    generated = subprocess.run(
        [sys.executable, str(ROOT / "generator" / "generate.py"), "--out", str(out), "--spec", str(spec_dir)],
        capture_output=True,
        text=True,
    )
    assert generated.returncode == 0, generated.stderr
    assert (out / "_customerio_gen" / "app" / "api" / "default" / "get_zz_probes.py").is_file()
    result = subprocess.run(
        [sys.executable, "-c", PLAIN_PROBE], env={"PYTHONPATH": str(out)}, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    probe = 'ZzProbe{"created": "soon", "extra": 1, "name": "p 1", "state": "dormant"}'
    expected_calls = [
        probe,
        "{'id': 3}",
        "{'id': 3}",
        'ZzProbe{"name": "x"}, ZzProbe{"state": "on"}',
        "None",
        "None",
    ]
    assert result.stdout.splitlines() == [
        "get_zz_probe ['probe_id:POS:-', 'verbose:KEY:None', 'limit:KEY:-'] <class '_customerio_gen.app.models.zz_probe.ZzProbe'>",
        "add_zz_probe_note ['probe_id:POS:-', 'note_kind:POS:-', 'body:POS:-'] dict[str, typing.Any]",
        "get_zz_probes ['page_size:KEY:None'] list[_customerio_gen.app.models.zz_probe.ZzProbe]",
        "replace_zz_probes ['body:POS:None'] <class 'NoneType'>",
        *(f"sync {c} " for c in expected_calls[:3]),
        "sync [" + expected_calls[3] + "] ",
        *(f"sync {c} " for c in expected_calls[4:]),
        f"sync {probe} 200",
        *(f"async {c} " for c in expected_calls[:3]),
        "async [" + expected_calls[3] + "] ",
        *(f"async {c} " for c in expected_calls[4:]),
        f"async {probe} 200",
        *2
        * [
            "GET https://api.customer.io/v1/zz_probe/p%201?verbose=true&limit=5 None",
            'POST https://api.customer.io/v1/zz_probe/7/notes/b {"text":"hi","pinned":false}',
            'POST https://api.customer.io/v1/zz_probe/7/notes/b {"text":"hello"}',
            "GET https://api.customer.io/v1/zz_probes?page-size=2 None",
            'PUT https://api.customer.io/v1/zz_probes ["a","b"]',
            "PUT https://api.customer.io/v1/zz_probes None",
            "GET https://api.customer.io/v1/zz_probe/p%201?limit=1 None",
        ],
    ]
    (out / "use_plain.py").write_text(PLAIN_USE, encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy"), "use_plain.py"],
        cwd=out,
        capture_output=True,
        text=True,
    )
    errors = [line.split(": error: ")[0] for line in checked.stdout.splitlines() if ": error: " in line]
    assert errors == [f"use_plain.py:{n}" for n in (11, 12, 13, 14)], checked.stdout


PLAIN_USE = """from _customerio_gen.app.client import AppOperations, AsyncAppOperations
from _customerio_gen.app.models import ZzProbe


async def use(client: AppOperations, aclient: AsyncAppOperations) -> None:
    probe: ZzProbe = client.get_zz_probe("p", limit=1)
    added: dict[str, object] = await aclient.add_zz_probe_note(1, "a", {"text": "x"})
    probes: list[ZzProbe] = client.get_zz_probes(page_size=3)
    client.replace_zz_probes(["x"])
    print(probe, added, probes)
    client.get_zz_probe("p")
    client.add_zz_probe_note(1, "c", {"text": "x"})
    client.replace_zz_probes([1])
    client.get_zz_probes(3)
"""
