"""The spec documents the fake serves, read into a table of routable operations.

The YAML files ship inside the wheel as `customerio/testing/specs/` (hatch's force-include maps
the repository's `spec/` there); in a source checkout they are read from `spec/` directly.
"""

from __future__ import annotations

import importlib.resources
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import attrs

from _customerio_gen import SERVER_BASES

try:
    import yaml
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "customerio.testing reads the API descriptions with PyYAML; install it with "
        "`pip install 'customerio-sdk[testing]'`"
    ) from error

__all__ = ["API_BASES", "APIS", "Operation", "Param", "SpecSet", "load_specs"]

APIS = ("track", "app", "pipelines")
"""The three APIs, by the names calls are recorded under."""

API_BASES: Mapping[str, tuple[str, ...]] = {
    "track": ("track", "track_v2", "track_host"),
    "app": ("api",),
    "pipelines": ("pipelines",),
}
"""Which client roots (`_customerio_gen.SERVER_BASES`) belong to each API."""

_FILES = {"track": "track.yaml", "app": "app.yaml", "pipelines": "pipelines.yaml"}
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_PARAM = re.compile(r"\{([^{}]+)\}")


def _spec_text(filename: str) -> str:
    """A spec file from the installed package data, else from the source tree's `spec/`."""
    try:
        resource = importlib.resources.files("customerio.testing").joinpath("specs").joinpath(filename)
        if resource.is_file():
            return resource.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError, ModuleNotFoundError):  # pragma: no cover
        pass
    source_tree = Path(__file__).resolve().parents[3] / "spec" / filename
    if source_tree.is_file():
        return source_tree.read_text(encoding="utf-8")
    raise FileNotFoundError(
        f"the API description {filename} is missing: neither customerio/testing/specs/ (installed package) "
        f"nor {source_tree.parent} (source checkout) holds it"
    )


def _load_yaml(text: str) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(text, Loader=loader)
    if not isinstance(document, dict):
        raise ValueError("an API description must be a mapping")
    return document


@attrs.frozen
class Param:
    """A path or query parameter: wire name, whether it is required, and its schema."""

    name: str
    location: str
    required: bool
    schema: Any


@attrs.frozen
class Operation:
    """One routable operation of one API."""

    api: str
    name: str
    base: str
    method: str
    template: str
    pattern: re.Pattern[str]
    path_params: tuple[str, ...]
    query_params: tuple[Param, ...]
    path_schemas: Mapping[str, Any]
    auth: str | None
    body_content_type: str | None
    body_schema: Any
    body_required: bool
    response_status: int
    response_schema: Any
    response_example: tuple[Any, ...]

    @property
    def qualified_name(self) -> str:
        return f"{self.api}.{self.name}"


class SpecSet:
    """The documents of the three APIs and every operation they describe."""

    def __init__(self, documents: Mapping[str, dict[str, Any]]) -> None:
        self.documents = dict(documents)
        self.operations: list[Operation] = []
        for api in APIS:
            self.operations.extend(_operations(api, self.documents[api]))
        self.by_base: dict[str, list[Operation]] = {}
        for operation in self.operations:
            self.by_base.setdefault(operation.base, []).append(operation)
        self.names: dict[str, list[Operation]] = {}
        for operation in self.operations:
            self.names.setdefault(operation.name, []).append(operation)
            self.names.setdefault(operation.qualified_name, []).append(operation)

    def resolve(self, api: str, schema: Any) -> Any:
        """Follow `$ref`s to `#/components/...` inside `api`'s document."""
        document = self.documents[api]
        seen = 0
        while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str) and seen < 32:
            schema = resolve_pointer(document, schema["$ref"])
            seen += 1
        return schema


def resolve_pointer(document: Mapping[str, Any], ref: str) -> Any:
    """The value a local `#/a/b` reference points at, or `{}` when it points nowhere."""
    if not ref.startswith("#/"):
        return {}
    node: Any = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or part not in node:
            return {}
        node = node[part]
    return node


def _auth_scheme(document: Mapping[str, Any], operation: Mapping[str, Any]) -> str | None:
    requirements = operation.get("security", document.get("security"))
    if not requirements:
        return None
    schemes = document.get("components", {}).get("securitySchemes", {})
    for requirement in requirements:
        for name in requirement or {}:
            scheme = schemes.get(name, {})
            if scheme.get("type") == "http" and isinstance(scheme.get("scheme"), str):
                return str(scheme["scheme"]).lower()
    return None


def _base(api: str, document: Mapping[str, Any], item: Mapping[str, Any], operation: Mapping[str, Any]) -> str:
    """The client root of an operation's first server (its own, its path's or the document's)."""
    for owner in (operation, item, document):
        servers = owner.get("servers")
        if isinstance(servers, list) and servers and isinstance(servers[0], Mapping):
            url = str(servers[0].get("url", "")).rstrip("/")
            for name, variable in (servers[0].get("variables") or {}).items():
                url = url.replace("{" + str(name) + "}", str(variable.get("default", "")))
            return SERVER_BASES.get(url, API_BASES[api][0])
    return API_BASES[api][0]


def _template_pattern(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    names: list[str] = []
    pattern = ""
    position = 0
    for match in _PARAM.finditer(template):
        pattern += re.escape(template[position : match.start()])
        pattern += f"(?P<p{len(names)}>[^/]+)"
        names.append(match.group(1))
        position = match.end()
    pattern += re.escape(template[position:])
    return re.compile(pattern), tuple(names)


def _json_media(content: Any) -> tuple[str | None, Any]:
    if not isinstance(content, Mapping) or not content:
        return None, None
    for media_type, media in content.items():
        schema = media.get("schema") if isinstance(media, Mapping) else None
        return str(media_type), schema
    return None, None  # pragma: no cover


def _example(media: Any) -> tuple[Any, ...]:
    if not isinstance(media, Mapping):
        return ()
    if "example" in media:
        return (media["example"],)
    examples = media.get("examples")
    if isinstance(examples, Mapping):
        for example in examples.values():
            if isinstance(example, Mapping) and "value" in example:
                return (example["value"],)
    return ()


def _operations(api: str, document: Mapping[str, Any]) -> list[Operation]:
    found: list[Operation] = []
    for template, item in (document.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        shared = list(item.get("parameters") or [])
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            params: list[Param] = []
            for raw in [*shared, *(operation.get("parameters") or [])]:
                if isinstance(raw, Mapping) and "$ref" in raw:
                    raw = resolve_pointer(document, raw["$ref"])
                if not isinstance(raw, Mapping) or raw.get("in") not in ("path", "query"):
                    continue
                params.append(
                    Param(
                        name=str(raw.get("name")),
                        location=str(raw["in"]),
                        required=bool(raw.get("required", raw["in"] == "path")),
                        schema=raw.get("schema", {}),
                    )
                )
            request_body = operation.get("requestBody")
            if isinstance(request_body, Mapping) and "$ref" in request_body:
                request_body = resolve_pointer(document, request_body["$ref"])
            content_type, body_schema = _json_media((request_body or {}).get("content"))
            status, response_schema, example = 200, None, ()
            for code, response in (operation.get("responses") or {}).items():
                if not str(code).startswith("2"):
                    continue
                if isinstance(response, Mapping) and "$ref" in response:
                    response = resolve_pointer(document, response["$ref"])
                status = int(code)
                content = response.get("content") if isinstance(response, Mapping) else None
                _, response_schema = _json_media(content)
                if isinstance(content, Mapping) and content:
                    example = _example(next(iter(content.values())))
                break
            pattern, path_params = _template_pattern(str(template))
            found.append(
                Operation(
                    api=api,
                    name=str(operation.get("operationId") or f"{method} {template}"),
                    base=_base(api, document, item, operation),
                    method=method.upper(),
                    template=str(template),
                    pattern=pattern,
                    path_params=path_params,
                    query_params=tuple(p for p in params if p.location == "query"),
                    path_schemas={p.name: p.schema for p in params if p.location == "path"},
                    auth=_auth_scheme(document, operation),
                    body_content_type=content_type,
                    body_schema=body_schema,
                    body_required=bool((request_body or {}).get("required", False)),
                    response_status=status,
                    response_schema=response_schema,
                    response_example=example,
                )
            )
    return found


@cache
def load_specs() -> SpecSet:
    """The three API descriptions, read once per process."""
    return SpecSet({api: _load_yaml(_spec_text(filename)) for api, filename in _FILES.items()})
