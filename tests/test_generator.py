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
        ({"tags": ["a", "b"]}, "exactly one tag"),
        ({"operationId": "getWidget"}, "snake_case"),
        ({"requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}}}, "x-cio-body"),
        ({"x-cio-body": "$missing"}, "unknown argument"),
    ],
)
def test_convention_breaks_are_refused(change: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message):
        _compile(_spec(**change))


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
    _compile(spec)
    loose = lenient(spec)["components"]["schemas"]["Widget"]
    assert "required" not in loose
    assert loose["properties"]["kind"] == {"type": "string", "description": "One of: `round`, `square`."}
    assert loose["properties"]["created"] == {"type": "string"}
    assert spec["components"]["schemas"]["Widget"]["required"] == ["name"]  # the input is left as it was


def test_request_side_schemas_stay_strict() -> None:
    spec = _spec()
    spec["components"]["schemas"]["Shape"] = {"type": "string", "enum": ["round", "square"]}
    shape = {"name": "shape", "in": "query", "schema": {"$ref": "#/components/schemas/Shape"}}
    spec["paths"]["/widgets/{widget_id}"]["get"]["parameters"] = [*NEW_OPERATION["parameters"], shape]
    assert lenient(spec)["components"]["schemas"]["Shape"]["enum"] == ["round", "square"]
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
