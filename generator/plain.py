"""What an operation becomes when it says only what standard OpenAPI says.

Every `x-cio-*` key is optional. Without them (spec/README.md, "Plain operations"):

- no tag: the operation goes into the `default` module (openapi-python-client's name for
  untagged operations, so both agree on where the module lives); several tags: the first;
- no `operationId`: the name openapi-python-client derives from method and path; a camelCase
  one is snake_cased the same way (`getProbe` -> `get_probe`);
- no `x-cio-args`: the path parameters are positional, in the order the path template names
  them, then `body` when there is one; query parameters are keyword-only, a required one has no
  default;
- no `x-cio-name`: a wire name that is not a Python name is snake_cased (`probeId` -> `probe_id`);
- no `x-cio-body` on a JSON `requestBody`: a `body` argument, typed from the body's schema (its
  generated model is accepted too), sent as given; required when `requestBody.required`, else
  `None` sends no body;
- a 2xx response without content: the method returns `None`.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from openapi_python_client.parser.openapi import generate_operation_id
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier
from spec_errors import SpecError

if TYPE_CHECKING:
    from operations import TypeMapper

DEFAULT_MODULE = "default"
BODY = "body"
OPTIONAL_BODY = "_rt.NO_BODY if body is None else body"  # what an optional `body` sends
# openapi-python-client's prefixes (its Config defaults) for identifiers that need one
_TAG_PREFIX = "tag"
_FIELD_PREFIX = "field_"
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")


def module_name(op: Mapping[str, Any]) -> str:
    """The module (`api/<name>/`) an operation is generated into: its first tag, or `default`."""
    tags = op.get("tags") or [DEFAULT_MODULE]
    return str(PythonIdentifier(str(tags[0]), prefix=_TAG_PREFIX))


def method_name(op: Mapping[str, Any], path: str, method: str) -> str:
    """The Python method name: the operationId as openapi-python-client names its module."""
    raw = op.get("operationId")
    if raw is None:
        return str(generate_operation_id(path=UntrustedString(path), method=method, prefix=_FIELD_PREFIX))
    return str(PythonIdentifier(str(raw), prefix=_FIELD_PREFIX))


def argument_name(wire: str) -> str:
    """The Python name of a parameter without `x-cio-name`: the wire name, snake_cased if need be."""
    if _IDENTIFIER.match(wire) and not keyword.iskeyword(wire):
        return wire
    return str(PythonIdentifier(wire, prefix=_FIELD_PREFIX))


def template_names(path: str) -> list[str]:
    """The placeholders of a path template, in order."""
    return re.findall(r"{([^}]+)}", path)


def json_body_schema(op: Mapping[str, Any], name: str) -> Mapping[str, Any] | None:
    """The schema of a JSON request body that has no `x-cio-body`, or None when there is no body."""
    request_body = op.get("requestBody")
    if not request_body:
        return None
    content = request_body.get("content") or {}
    if "application/json" not in content:
        kinds = ", ".join(content) or "no content"
        raise SpecError(f"{name}: a non-JSON requestBody ({kinds}) needs an x-cio-body (or x-cio-handwritten)")
    schema = content["application/json"].get("schema")
    return schema if isinstance(schema, Mapping) else {}


def body_argument(
    op: Mapping[str, Any], schema: Mapping[str, Any], types: TypeMapper, keyword_only: bool
) -> dict[str, Any]:
    """The fields of the `body` argument (operations.Argument) of a JSON body without `x-cio-body`."""
    required = bool(op["requestBody"].get("required"))
    annotation = types.argument(schema)
    model = types.model_for(schema)
    if model:
        annotation = f"{model} | {annotation}"
    return {
        "name": BODY,
        "wire": BODY,
        "location": "body",
        "type": annotation if required else f"{annotation} | None",
        "required": required,
        "default": None if required else "None",
        "description": str(op["requestBody"].get("description", "")),
        "keyword_only": keyword_only,
        "model": model,
    }


def has_no_content(response: Mapping[str, Any]) -> bool:
    """A 2xx response that declares no content at all (e.g. a bare 204)."""
    return not response.get("content")


def parameters(item: Mapping[str, Any], op: Mapping[str, Any], resolve: Callable[[Any], Any]) -> list[Any]:
    """The path item's parameters that the operation does not redeclare, then the operation's."""
    own = [resolve(raw) for raw in op.get("parameters") or []]
    keys = {(p.get("name"), p.get("in")) for p in own}
    shared = [
        p for p in (resolve(raw) for raw in item.get("parameters") or []) if (p.get("name"), p.get("in")) not in keys
    ]
    return [*shared, *own]
