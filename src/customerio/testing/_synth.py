"""Schema-valid example answers, made up from an operation's 2xx response schema.

An example in the document wins; otherwise every declared property gets the smallest value of
its type (`""`, `0`, `False`, `[]`), free-form objects are `{}`, and a cursor such as `next` is
therefore empty, which ends pagination. Nothing here raises: an odd schema yields `{}`.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ._spec import Operation, SpecSet, resolve_pointer

__all__ = ["synthesize", "synthesize_response"]

_MAX_DEPTH = 12


def synthesize_response(specs: SpecSet, operation: Operation) -> Any:
    """The answer the fake gives `operation` by default (None: an empty body, as for a 204)."""
    if operation.response_status == 204:
        return None  # No Content: never a body
    if operation.response_example:
        return copy.deepcopy(operation.response_example[0])
    if operation.response_schema is None:
        return {}
    try:
        return synthesize(specs.documents[operation.api], operation.response_schema)
    except Exception:  # never let an unusual schema break the fake
        return {}


def synthesize(document: Mapping[str, Any], schema: Any, seen: frozenset[str] = frozenset(), depth: int = 0) -> Any:
    """The minimal value `schema` accepts (examples, defaults and consts first)."""
    if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
        return {}
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in seen:
            return _empty_of(resolve_pointer(document, ref))
        return synthesize(document, resolve_pointer(document, ref), seen | {ref}, depth + 1)
    for key in ("example", "const", "default"):
        if key in schema:
            return copy.deepcopy(schema[key])
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return copy.deepcopy(examples[0])
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return copy.deepcopy(enum[0])
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and all_of:
        parts = [synthesize(document, part, seen, depth + 1) for part in all_of]
        if all(isinstance(part, dict) for part in parts):
            merged: dict[str, Any] = {}
            for part in parts:
                merged.update(part)
            return merged
        return parts[0]
    for key in ("oneOf", "anyOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            choice = next((o for o in options if not (isinstance(o, Mapping) and o.get("type") == "null")), options[0])
            return synthesize(document, choice, seen, depth + 1)
    kind = _type_of(schema)
    if kind == "object":
        properties = schema.get("properties")
        if not isinstance(properties, Mapping):
            return {}
        return {str(name): synthesize(document, sub, seen, depth + 1) for name, sub in properties.items()}
    if kind == "array":
        count = schema.get("minItems", 0)
        if isinstance(count, int) and count > 0:
            return [synthesize(document, schema.get("items", {}), seen, depth + 1) for _ in range(count)]
        return []
    if kind == "string":
        length = schema.get("minLength", 0)
        return "x" * length if isinstance(length, int) and length > 0 else ""
    if kind in ("integer", "number"):
        minimum = schema.get("minimum", schema.get("exclusiveMinimum"))
        if isinstance(minimum, int | float) and not isinstance(minimum, bool):
            value = minimum + (1 if "exclusiveMinimum" in schema and "minimum" not in schema else 0)
            return int(value) if kind == "integer" else value
        return 0
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    return {}


def _type_of(schema: Mapping[str, Any]) -> str | None:
    declared = schema.get("type")
    if isinstance(declared, list):
        declared = next((t for t in declared if t != "null"), declared[0] if declared else None)
    if isinstance(declared, str):
        return declared
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


def _empty_of(schema: Any) -> Any:
    """The emptiest value of a recursive schema's type, to stop the recursion."""
    kind = _type_of(schema) if isinstance(schema, Mapping) else None
    return {"array": [], "string": "", "integer": 0, "number": 0, "boolean": False, "null": None}.get(kind or "", {})
