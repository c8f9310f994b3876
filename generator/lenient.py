"""Response-side schemas describe the API fully but are parsed leniently.

spec/ states every `required` list, `enum` and `format` the published documents state, on the
request and the response side alike. Requests are typed from them strictly (operations.py reads
the document as written). Responses must never fail to parse because the API added an enum value,
left a field out or started sending a new key, so the models openapi-python-client renders are
built from a copy of the document in which every schema reachable from a response has lost its
`required`, `enum`, `const` and `format`, and no object refuses other keys (`additionalProperties:
false`). Enum values move into the description, so they still show up in the model's docstring.
Object schemas are loosened where they are defined (one model
serves both sides); a response's `$ref` to an enum or other scalar schema is replaced by a
loosened copy, so the shared schema stays strict for the requests that use it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

import pointers

STRIPPED = ("required", "enum", "const", "format")
# keywords whose value is one schema / a list of schemas / a mapping of name -> schema
_ONE = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else")
_MANY = ("allOf", "anyOf", "oneOf", "prefixItems")
_NAMED = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")


def _values_note(values: list[Any]) -> str:
    return "One of: " + ", ".join(f"`{v}`" for v in values) + "."


def _is_model(schema: Any, resolve: Callable[[str], Any]) -> bool:
    """An object schema, or a composition with one (it becomes a generated model)."""
    if not isinstance(schema, Mapping):
        return False
    if schema.get("type") == "object" or "properties" in schema or "additionalProperties" in schema:
        return True
    members = [m for key in _MANY for m in schema.get(key) or ()]
    resolved = [resolve(m["$ref"]) if isinstance(m, Mapping) and isinstance(m.get("$ref"), str) else m for m in members]
    return any(isinstance(m, Mapping) and (m.get("type") == "object" or "properties" in m) for m in resolved)


class _Loosener:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.seen: set[str] = set()
        self.inlining: set[str] = set()

    def target(self, ref: str) -> Any:
        try:
            return pointers.resolve(self.spec, ref)
        except pointers.UnresolvedPointer:
            return None

    def schema(self, node: Any) -> None:
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str):
            target = self.target(ref) if ref.startswith("#/") else None
            if _is_model(target, self.target):
                if ref not in self.seen:
                    self.seen.add(ref)
                    self.schema(target)
            elif isinstance(target, dict) and ref not in self.inlining:
                # a shared enum or scalar stays strict for requests: this use gets a lenient copy
                self.inlining.add(ref)
                node.pop("$ref")
                node.update(copy.deepcopy(target))  # the target's keys win, as openapi-python-client reads a $ref
                self.schema(node)
                self.inlining.discard(ref)
            return
        values = node.get("enum")
        if isinstance(values, list) and values:
            note = _values_note(values)
            description = str(node.get("description", "")).strip()
            node["description"] = f"{description} {note}" if description else note
        for key in STRIPPED:
            node.pop(key, None)
        if node.get("additionalProperties") is False:
            del node["additionalProperties"]  # a key the API adds is kept in additional_properties
        for key in _ONE:
            self.schema(node.get(key))
        for key in _MANY:
            for sub in node.get(key) or ():
                self.schema(sub)
        for key in _NAMED:
            for sub in (node.get(key) or {}).values():
                self.schema(sub)

    def response(self, node: Any) -> None:
        if not isinstance(node, dict):
            return
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref not in self.seen:
                self.seen.add(ref)
                self.response(self.target(ref))
            return
        for media in (node.get("content") or {}).values():
            if isinstance(media, dict):
                self.schema(media.get("schema"))


def _walk_responses(loosener: _Loosener) -> None:
    for item in (loosener.spec.get("paths") or {}).values():
        for op in item.values() if isinstance(item, dict) else ():
            if isinstance(op, dict):
                for response in (op.get("responses") or {}).values():
                    loosener.response(response)


def lenient(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `spec` whose response-side schemas carry no `required`/`enum`/`const`/`format`."""
    loosener = _Loosener(copy.deepcopy(dict(spec)))
    _walk_responses(loosener)
    return loosener.spec
