"""Checking a request against its operation: parameters, authorization and body.

Two schema checkers share one interface. `SchemaChecker` uses openapi-schema-validator (the
JSON Schema validator for OpenAPI 3.1 documents, installed with `customerio-sdk[testing]`) and
checks bodies and parameter values completely. `BuiltinChecker` needs nothing beyond the
standard library: it checks that a body is a JSON value of the right type carrying the
schema's required keys. Messages name where the problem is and what was expected, never the
value that was sent (request payloads are personal data).
"""

from __future__ import annotations

import base64
import binascii
import email.parser
import email.policy
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from ._spec import Operation, SpecSet

try:  # the maintained validator, when installed
    from openapi_schema_validator import OAS31Validator as _OAS31Validator
except ImportError:  # pragma: no cover - depends on the environment
    _OAS31Validator = None

__all__ = [
    "BuiltinChecker",
    "Checker",
    "SchemaChecker",
    "auth_problem",
    "make_checker",
    "parse_multipart",
    "schema_available",
]

_MAX_ERRORS = 20
_INTEGER = re.compile(r"-?\d+")


def schema_available() -> bool:
    """Whether openapi-schema-validator is installed."""
    return _OAS31Validator is not None


class Checker(Protocol):
    """Checks one value against one schema of one API's document."""

    name: str

    def check(self, api: str, schema: Any, value: Any, where: str) -> list[str]: ...


def _where(root: str, path: Sequence[Any]) -> str:
    text = root
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _shape(value: Any, limit: int = 80) -> str:
    text = json.dumps(value, sort_keys=True, default=str) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(error: Any, root: str) -> str:
    """A validation error without the offending value."""
    where = _where(root, list(error.absolute_path))
    kind = str(error.validator)
    expected = error.validator_value
    if kind in ("required", "additionalProperties", "dependentRequired", "propertyNames", "unevaluatedProperties"):
        return f"{where}: {error.message}"  # names keys, not values
    if kind == "type":
        types = expected if isinstance(expected, list) else [expected]
        return f"{where}: must be of type {' or '.join(str(t) for t in types)}"
    if kind == "enum":
        return f"{where}: must be one of {_shape(expected)}"
    if kind == "const":
        return f"{where}: must be {_shape(expected)}"
    if kind in ("oneOf", "anyOf"):
        return f"{where}: does not match {'exactly one' if kind == 'oneOf' else 'any'} of the allowed shapes"
    if kind in ("minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        return f"{where}: fails {kind} {_shape(expected)}"
    if kind in ("minItems", "maxItems", "minProperties", "maxProperties", "uniqueItems", "multipleOf"):
        return f"{where}: fails {kind} {_shape(expected)}"
    if kind == "pattern":
        return f"{where}: must match the pattern {_shape(expected)}"
    if kind == "format":
        return f"{where}: must be a valid {_shape(expected)}"
    if kind == "not":
        return f"{where}: matches a shape that is not allowed"
    return f"{where}: fails the schema's {kind!r} rule"


class SchemaChecker:
    """Full JSON Schema (OpenAPI 3.1 dialect) checks with openapi-schema-validator."""

    name = "openapi-schema-validator"

    def __init__(self, specs: SpecSet) -> None:
        if _OAS31Validator is None:
            raise ImportError(
                "openapi-schema-validator is not installed; install it with `pip install 'customerio-sdk[testing]'`"
            )
        from referencing import Registry  # a dependency of openapi-schema-validator

        self._specs = specs
        self._registry = Registry()  # local references only: nothing is ever fetched
        self._validators: dict[tuple[str, str], Any] = {}

    def check(self, api: str, schema: Any, value: Any, where: str) -> list[str]:
        if not isinstance(schema, Mapping):
            return []
        key = (api, json.dumps(schema, sort_keys=True, default=str))
        validator = self._validators.get(key)
        if validator is None:
            assert _OAS31Validator is not None
            components = self._specs.documents[api].get("components", {})
            root = {**schema, "components": components}
            validator = _OAS31Validator(root, registry=self._registry)
            self._validators[key] = validator
        try:
            errors = sorted(validator.iter_errors(value), key=lambda e: [str(p) for p in e.absolute_path])
        except Exception as error:  # an unusual schema must not break the fake
            return [f"{where}: could not be checked ({type(error).__name__})"]
        return [_describe(error, where) for error in errors[:_MAX_ERRORS]]


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


class BuiltinChecker:
    """Dependency-free checks: the value's JSON type and an object's required keys."""

    name = "builtin"

    def __init__(self, specs: SpecSet) -> None:
        self._specs = specs

    def _flatten(self, api: str, schema: Any, depth: int = 0) -> tuple[set[str], list[str]]:
        """The types a schema allows (empty: any) and the keys it requires, through $ref and allOf."""
        schema = self._specs.resolve(api, schema)
        if not isinstance(schema, Mapping) or depth > 16:
            return set(), []
        declared = schema.get("type")
        types = {str(t) for t in declared} if isinstance(declared, list) else ({str(declared)} if declared else set())
        required = [str(key) for key in schema.get("required", []) if isinstance(key, str)]
        for part in schema.get("allOf", []) or []:
            part_types, part_required = self._flatten(api, part, depth + 1)
            if not types:
                types = part_types
            required.extend(key for key in part_required if key not in required)
        return types, required

    def check(self, api: str, schema: Any, value: Any, where: str) -> list[str]:
        types, required = self._flatten(api, schema)
        if types:
            allowed = tuple(t for name in sorted(types) for t in _JSON_TYPES.get(name, ()))
            is_bool = isinstance(value, bool)
            ok = ("null" in types and value is None) or (
                isinstance(value, allowed) and (not is_bool or "boolean" in types)
            )
            if not ok:
                return [f"{where}: must be of type {' or '.join(sorted(types))}"]
        if isinstance(value, Mapping):
            return [f"{where}: {key!r} is a required property" for key in required if key not in value]
        return []


def make_checker(specs: SpecSet, validation: str) -> Checker:
    """`auto` picks the schema validator when it is installed; `schema` insists on it."""
    if validation == "builtin":
        return BuiltinChecker(specs)
    if validation == "schema" or (validation == "auto" and schema_available()):
        return SchemaChecker(specs)
    if validation == "auto":
        return BuiltinChecker(specs)
    raise ValueError("validation must be 'auto', 'schema' or 'builtin'")


def coerce_parameter(specs: SpecSet, api: str, schema: Any, text: str) -> Any:
    """A path or query string as the JSON value its schema describes (`7` -> 7, `true` -> True)."""
    schema = specs.resolve(api, schema)
    if not isinstance(schema, Mapping):
        return text
    types: set[str] = set()
    for candidate in [schema, *(schema.get("oneOf") or []), *(schema.get("anyOf") or [])]:
        candidate = specs.resolve(api, candidate)
        declared = candidate.get("type") if isinstance(candidate, Mapping) else None
        if isinstance(declared, list):
            types.update(str(t) for t in declared)
        elif isinstance(declared, str):
            types.add(declared)
    if "integer" in types and _INTEGER.fullmatch(text):
        return int(text)
    if "number" in types:
        try:
            return float(text)
        except ValueError:
            pass
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    if "array" in types:
        return [coerce_parameter(specs, api, schema.get("items", {}), part) for part in text.split(",")]
    return text


def auth_problem(
    operation: Operation, authorization: str | None, expected: tuple[str | None, str | None] | None
) -> str | None:
    """Why the Authorization header does not fit the operation's scheme (None: it does)."""
    scheme = operation.auth
    if scheme is None:
        return None
    if scheme == "basic":
        what = "Basic base64(write_key:)" if operation.api == "pipelines" else "Basic base64(site_id:api_key)"
    else:
        what = "Bearer <App API key>"
    if not authorization:
        return f"the Authorization header is missing; the {operation.api} API expects {what}"
    kind, _, credentials = authorization.partition(" ")
    credentials = credentials.strip()
    if kind.lower() != scheme:
        return f"the Authorization header uses the {kind or 'empty'} scheme; the {operation.api} API expects {what}"
    if scheme == "bearer":
        if not credentials:
            return "the Bearer token is empty"
        if expected is not None and expected[0] is not None and credentials != expected[0]:
            return "the Bearer token is not the App API key this fake expects"
        return None
    try:
        decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return "the Basic credentials are not valid base64"
    user, colon, password = decoded.partition(":")
    if not colon:
        return "the Basic credentials lack the ':' between user name and password"
    if not user:
        return f"the Basic user name is empty; expected {what}"
    if operation.api == "track" and not password:
        return "the Basic password (API key) is empty; expected Basic base64(site_id:api_key)"
    wanted_user, wanted_password = expected if expected is not None else (None, None)
    if (wanted_user is not None and user != wanted_user) or (
        wanted_password is not None and password != wanted_password
    ):
        return "the Basic credentials are not the ones this fake expects"
    return None


def parse_multipart(content_type: str, body: bytes) -> tuple[dict[str, str], dict[str, tuple[str | None, str, bytes]]]:
    """The text fields and the files (filename, content type, bytes) of a multipart/form-data body."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not message.is_multipart():
        raise ValueError("the body is not multipart")
    fields: dict[str, str] = {}
    files: dict[str, tuple[str | None, str, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            files[name] = (filename, part.get_content_type(), data)
        else:
            fields[name] = data.decode(part.get_content_charset() or "utf-8", errors="replace")
    return fields, files
