"""Request TypedDicts ("params") from spec/: one for every structured request argument.

Users pass plain dict literals; these TypedDicts let mypy check them (keys, value types, enums as
`Literal`s) while the run time keeps sending whatever it is given. The generator:

- finds each body argument's schema: an explicit `$ref` in `x-cio-body-args`, else the part of
  the operation's `requestBody` the argument lands in according to `x-cio-body` (`$data` is the
  whole body, `{filter: $filter}` its `filter` property, `{"...": $data}` the whole object);
- renders one TypedDict per object schema with properties (named `<Schema>Param`, or
  `<Operation><Argument>Param` for inline objects), required keys from `required`;
- an object of exactly one of its keys (`maxProperties: 1`, the audience filter's
  and / or / not / segment / attribute) becomes a union of one-key TypedDicts;
- `oneOf` / `anyOf` become unions (v2 operations, discriminated by their `type` / `action`
  `enum` or `const`), `allOf` merges its members' keys, `enum` / `const` become `Literal`s;
- writes the annotation into the argument's `x-cio-python-type` (in a copy of the spec), so
  the operation compiler (`operations.py`) needs to know nothing about TypedDicts.

Open objects (`additionalProperties: true` beside declared properties, such as person
attributes) would be PEP 728 `extra_items=Any` TypedDicts, but the pinned mypy does not implement
PEP 728 and would reject every custom key of a closed TypedDict. Until it does (`EXTRA_ITEMS`),
an open object is typed `<Name>Param | Mapping[str, Any]`: the TypedDict documents the reserved
keys and checks variables annotated with it, and any other mapping is still accepted.
"""

from __future__ import annotations

import copy
import keyword
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import pointers
from jinja2 import Environment
from operations import SCALAR_ANNOTATIONS

# PEP 728 (`extra_items`) in the pinned mypy: flip when it lands; open objects then become
# `TypedDict(..., extra_items=Any)` instead of `Param | Mapping[str, Any]` (the params modules then
# need typing_extensions at run time, as a dependency, before the Python that has it in `typing`).
EXTRA_ITEMS = False

OPEN_FALLBACK = "Mapping[str, Any]"
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class RequestTypeError(Exception):
    """A request schema the generator cannot turn into a type."""


@dataclass
class Key:
    name: str  # the wire key
    annotation: str
    required: bool
    description: str

    def spelled(self, total: bool) -> str:
        """The annotation as written in the module. No `from __future__ import annotations` there:
        TypedDict reads `Required` / `NotRequired` at class creation (`__required_keys__`), so only
        the parts naming other TypedDicts (which may come later) are quoted."""
        inner = f'"{self.annotation}"' if re.search(r"\w+Param\b", self.annotation) else self.annotation
        if self.required == total:
            return inner
        return f"{'NotRequired' if total else 'Required'}[{inner}]"


@dataclass
class ParamClass:
    """One TypedDict."""

    name: str
    description: str
    keys: list[Key]
    open: bool = False

    @property
    def functional(self) -> bool:
        """Keys that are not Python identifiers (`and`, `from`) need the functional syntax."""
        return any(not IDENTIFIER.match(k.name) or keyword.iskeyword(k.name) for k in self.keys)

    @property
    def total(self) -> bool:
        return sum(k.required for k in self.keys) * 2 > len(self.keys)


@dataclass
class ParamAlias:
    """A named union (one-key objects, oneOf) or other alias."""

    name: str
    description: str
    value: str


@dataclass
class ParamModule:
    api: str
    definitions: list[ParamClass | ParamAlias] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [d.name for d in self.definitions]


def _camel(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", text) if part)


def _one_line(text: Any) -> str:
    """A description as one docstring-safe line."""
    return " ".join(str(text or "").split()).replace("\\", "\\\\").replace('"', "'")


class ParamTypes:
    """Turns one API document's request schemas into TypedDicts, on demand."""

    def __init__(self, spec: Mapping[str, Any], api: str) -> None:
        self.spec = spec
        self.module = ParamModule(api)
        self._by_ref: dict[str, str] = {}
        self._defined: dict[str, ParamClass | ParamAlias] = {}

    # --- schema helpers -------------------------------------------------------------------

    def _target(self, ref: str) -> Mapping[str, Any]:
        if not ref.startswith("#/components/schemas/"):
            raise RequestTypeError(f"only component schema $refs are supported in requests: {ref}")
        # a component schema, or a part of one (`…/Options/properties/metric`)
        try:
            node: Mapping[str, Any] = pointers.resolve(self.spec, ref)
        except pointers.UnresolvedPointer:
            raise RequestTypeError(f"unknown schema {ref}") from None
        return node

    def _deref(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        seen: set[str] = set()
        while "$ref" in schema:
            ref = str(schema["$ref"])
            if ref in seen:
                raise RequestTypeError(f"$ref cycle at {ref}")
            seen.add(ref)
            schema = self._target(ref)
        return schema

    def _merged(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """`allOf` folded into one object schema (properties and required of every member)."""
        if "allOf" not in schema:
            return schema
        properties: dict[str, Any] = {}
        required: list[str] = []
        additional: Any = None
        for member in [self._merged(self._deref(m)) for m in schema["allOf"]] + [schema]:
            properties.update(member.get("properties", {}))
            required += [r for r in member.get("required", []) if r not in required]
            if member.get("additionalProperties") not in (None, False):
                additional = member["additionalProperties"]
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        merged.update(type="object", properties=properties, required=required)
        if additional is not None:
            merged["additionalProperties"] = additional
        return merged

    @staticmethod
    def is_free_form(schema: Mapping[str, Any]) -> bool:
        """An inline object or list of objects that says nothing about its keys."""
        if "$ref" in schema or "x-cio-python-type" in schema:
            return False
        if schema.get("type") == "array":
            return ParamTypes.is_free_form(schema.get("items", {}))
        return schema.get("type") == "object" and not schema.get("properties") and not schema.get("oneOf")

    # --- annotations ----------------------------------------------------------------------

    def annotation(self, schema: Mapping[str, Any], hint: str) -> str:
        """The annotation a caller's value of `schema` must match; `hint` names inline objects."""
        if "x-cio-python-type" in schema:
            return str(schema["x-cio-python-type"])
        if "$ref" in schema:
            ref = str(schema["$ref"])
            target = self._target(ref)
            if self._is_structured(target):
                return self._named(ref, target)
            return self.annotation(target, hint)
        if "const" in schema:
            return f"Literal[{schema['const']!r}]"
        if "enum" in schema:
            return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
        if "allOf" in schema:
            return self.annotation(self._merged(schema), hint)
        for union in ("oneOf", "anyOf"):
            if union in schema:
                members: list[str] = []
                for index, option in enumerate(schema[union]):
                    for member in _split_union(self.annotation(option, f"{hint}{index + 1}")):
                        if member not in members:
                            members.append(member)
                return " | ".join(members)
        kind = schema.get("type")
        if isinstance(kind, list):
            return " | ".join(self.annotation({**schema, "type": k}, hint) for k in kind)
        if kind == "string":
            # uploads also take an open binary file (create_asset reads it)
            return "bytes | str | IO[bytes]" if schema.get("format") == "binary" else "str"
        if kind in SCALAR_ANNOTATIONS:
            return SCALAR_ANNOTATIONS[kind]
        if kind == "array":
            return f"Sequence[{self.annotation(schema.get('items', {}), hint + 'Item')}]"
        if schema.get("properties"):
            name = self._define(hint + "Param", schema)
            return self._use(name)
        if kind == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            if isinstance(extra, Mapping) and extra:
                return f"Mapping[str, {self.annotation(extra, hint + 'Value')}]"
            return "Mapping[str, Any]"
        return "Any"

    def _is_structured(self, schema: Mapping[str, Any]) -> bool:
        """An object with keys, or a union with such an object among its members."""
        schema = self._merged(schema)
        if schema.get("properties"):
            return True
        members = [*schema.get("oneOf", []), *schema.get("anyOf", [])]
        return any(self._is_structured(self._deref(m)) for m in members if isinstance(m, Mapping))

    def _named(self, ref: str, target: Mapping[str, Any]) -> str:
        name = self._by_ref.get(ref)
        if name is None:
            name = ref.rsplit("/", 1)[1] + "Param"
            self._by_ref[ref] = name
            self._define(name, target)
        return self._use(name)

    def _use(self, name: str) -> str:
        definition = self._defined[name]
        if isinstance(definition, ParamClass) and definition.open and not EXTRA_ITEMS:
            return f"{name} | {OPEN_FALLBACK}"
        return name

    def _define(self, name: str, schema: Mapping[str, Any]) -> str:
        if name in self._defined:
            return name
        schema = self._merged(schema)
        description = _one_line(schema.get("description"))
        for union in ("oneOf", "anyOf"):
            if union in schema and not schema.get("properties"):
                alias = ParamAlias(name, description, "")
                self._defined[name] = alias  # placeholder first: members may refer back
                members: list[str] = []
                for index, option in enumerate(schema[union]):
                    for member in _split_union(self.annotation(option, f"{name[: -len('Param')]}{index + 1}")):
                        if member not in members:
                            members.append(member)
                alias.value = " | ".join(members)
                self.module.definitions.append(alias)
                return name
        properties: Mapping[str, Any] = schema.get("properties", {})
        if schema.get("maxProperties") == 1 and not schema.get("required") and len(properties) > 1:
            return self._define_one_key(name, description, properties)
        cls = ParamClass(name, description, [], open=schema.get("additionalProperties") not in (None, False))
        self._defined[name] = cls  # before the keys: recursive schemas refer back to it
        required = set(schema.get("required", []))
        base = name[: -len("Param")]
        for key, sub in properties.items():
            if isinstance(sub, Mapping) and sub.get("readOnly"):
                continue  # answered by the API, never sent
            annotation = self.annotation(sub, base + _camel(key))
            described = sub.get("description") or self._deref(sub).get("description", "")
            cls.keys.append(Key(str(key), annotation, key in required, _one_line(described)))
        self.module.definitions.append(cls)
        return name

    def _define_one_key(self, name: str, description: str, properties: Mapping[str, Any]) -> str:
        alias = ParamAlias(name, description + " Exactly one key.", "")
        self._defined[name] = alias
        base = name[: -len("Param")]
        members: list[str] = []
        for key, sub in properties.items():
            member = f"{base}{_camel(key)}Param"
            described = sub.get("description") or self._deref(sub).get("description", "")
            cls = ParamClass(member, f"`{key}`: " + _one_line(described), [])
            self._defined[member] = cls
            cls.keys.append(Key(str(key), self.annotation(sub, base + _camel(key)), True, ""))
            self.module.definitions.append(cls)
            members.append(member)
        alias.value = " | ".join(members)
        self.module.definitions.append(alias)
        return name

    # --- operations -----------------------------------------------------------------------

    def body_argument(self, op: Mapping[str, Any], raw: Mapping[str, Any]) -> str | None:
        """The annotation of one `x-cio-body-args` entry, or None to keep the computed one."""
        schema: Mapping[str, Any] = raw.get("schema", {})
        hint = _camel(str(op.get("operationId", ""))) + _camel(str(raw["name"]))
        if "x-cio-python-type" in schema:
            return None
        if "$ref" in schema:
            return self.annotation(schema, hint)
        derived = self._derived(op, str(raw["name"]))
        if derived is not None and not self.is_free_form(derived):
            return self.annotation(derived, hint)
        if schema.get("properties") or any(key in schema for key in ("oneOf", "anyOf", "allOf")):
            annotation = self.annotation(schema, hint)
            inline = self._defined.get(hint + "Param")
            if inline is not None and not inline.description:
                inline.description = _one_line(raw.get("description"))  # the argument's own words
            return annotation
        return None

    def _derived(self, op: Mapping[str, Any], name: str) -> Mapping[str, Any] | None:
        """The request body's schema at the place `x-cio-body` puts argument `name`."""
        content = op.get("requestBody", {}).get("content", {})
        body = content.get("application/json", {}).get("schema")
        if body is None or "x-cio-body" not in op:
            return None
        for found, path in _positions(op["x-cio-body"]):
            if found != name:
                continue
            schema: Mapping[str, Any] | None = body
            for step in path:
                if schema is None:
                    break
                if step != "...":  # a spread argument is the object itself
                    schema = self._merged(self._deref(schema)).get("properties", {}).get(step)
            if schema is not None:
                return schema
        return None


def _positions(template: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, tuple[str, ...]]]:
    """(argument, key path) for every `$argument` reference in an `x-cio-body` template."""
    if isinstance(template, str) and template.startswith("$"):
        yield template.lstrip("$?!"), path
    elif isinstance(template, Mapping):
        for key, value in template.items():
            yield from _positions(value, (*path, "...") if key == "..." else (*path, str(key)))


def _split_union(annotation: str) -> list[str]:
    """Top-level members of `A | B[C | D]`."""
    members, depth, start = [], 0, 0
    for index, char in enumerate(annotation):
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            members.append(annotation[start:index].strip())
            start = index + 1
    members.append(annotation[start:].strip())
    return members


def annotate(spec: Mapping[str, Any], api: str) -> tuple[dict[str, Any], ParamModule]:
    """A copy of `spec` whose structured body arguments carry their TypedDict annotation
    (`x-cio-python-type`), and the module of TypedDicts those annotations name."""
    types = ParamTypes(spec, api)
    annotated: dict[str, Any] = copy.deepcopy(dict(spec))
    for item in annotated.get("paths", {}).values():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            # a named request body is an input object too, even when its arguments are typed
            # otherwise (the send_* messages, whose fields the request classes take one by one);
            # not when keyword arguments make up the body (Pipelines: the keywords are the type)
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
            keywords = any(raw.get("keyword") for raw in op.get("x-cio-body-args", []))
            if "$ref" in body and not keywords:
                types.annotation(body, _camel(str(op.get("operationId", ""))) + "Body")
            for raw in op.get("x-cio-body-args", []):
                try:
                    annotation = types.body_argument(op, raw)
                except RequestTypeError as error:
                    raise RequestTypeError(f"{op.get('operationId')}({raw.get('name')}): {error}") from error
                if annotation is not None:
                    raw["schema"] = {**raw.get("schema", {}), "x-cio-python-type": annotation}
    return annotated, types.module


def used_names(text: str, module: ParamModule) -> list[str]:
    """The TypedDicts of `module` an annotation text refers to."""
    names = set(module.names)
    return sorted({word for word in re.findall(r"\b[A-Za-z_][A-Za-z0-9_]*\b", text) if word in names})


def _ordered(module: ParamModule) -> list[ParamClass | ParamAlias]:
    """TypedDicts first (their annotations are strings), then aliases after what they name."""
    classes = [d for d in module.definitions if isinstance(d, ParamClass)]
    aliases = {d.name: d for d in module.definitions if isinstance(d, ParamAlias)}
    ordered: list[ParamClass | ParamAlias] = list(classes)
    done: set[str] = set()

    def visit(name: str, stack: tuple[str, ...]) -> None:
        if name in done:
            return
        if name in stack:
            raise RequestTypeError(f"aliases name each other in a cycle: {' -> '.join((*stack, name))}")
        for word in re.findall(r"\b\w+\b", aliases[name].value):
            if word in aliases:
                visit(word, (*stack, name))
        done.add(name)
        ordered.append(aliases[name])

    for name in aliases:
        visit(name, ())
    return ordered


def render(env: Environment, module: ParamModule, title: str) -> str:
    template = env.overlay(trim_blocks=True, lstrip_blocks=True).get_template("params.py.jinja")
    return template.render(module=module, title=title, definitions=_ordered(module), extra_items=EXTRA_ITEMS)
