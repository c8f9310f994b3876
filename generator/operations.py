"""Reads our spec's operations and `x-cio-*` extensions into what the templates render.

Each `Operation` carries the pieces of Python the templates lay out: the signature, the
checks (in node's order), the path and query expressions, the body statements, the return type
and the docstring. Anything that breaks spec/README.md's conventions raises `SpecError`.
"""

from __future__ import annotations

import json
import keyword
import re
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import plain
import pointers
from servers import base_of
from spec_errors import SpecError as SpecError  # re-exported: callers catch it from here

METHODS = ("get", "put", "post", "delete", "patch")
SUCCESS = ("200", "201", "202", "204", "207", "2XX")
RULES = {
    "required": "_rt.require({name!r}, {arg})",
    "required-key": "_rt.require_key({name!r}, {arg}, {key!r})",
    "string": "_rt.require_string({name!r}, {arg})",
    "present": "_rt.require_present({name!r}, {arg})",
    "mapping": "_rt.require_mapping({name!r}, {arg})",
    "non-empty-mapping": "_rt.require_non_empty_mapping({name!r}, {arg})",
    "list": "_rt.require_list({name!r}, {arg})",
    "non-empty-list": "_rt.require_non_empty_list({name!r}, {arg})",
}
IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
# checks that refuse a missing (None) argument: such an argument is required in the signature
REFUSE_NONE = {
    "required",
    "required-key",
    "string",
    "present",
    "mapping",
    "non-empty-mapping",
    "list",
    "non-empty-list",
}


@dataclass
class Argument:
    name: str  # Python name
    wire: str  # name on the wire (query/path) or in the body
    location: str  # path | query | body
    type: str
    required: bool
    default: str | None  # Python literal, or None for "no default"
    description: str
    keyword_only: bool = False
    body_default: str | None = None  # literal sent when the caller passes None
    model: str | None = None  # a generated input model accepted besides a mapping (`x-cio-model`)


@dataclass
class Operation:
    name: str
    tag: str
    http_method: str
    base: str
    path: str
    summary: str
    description: str
    handwritten: bool
    arguments: list[Argument]
    checks: list[str]
    path_expr: str
    query_pairs: list[tuple[str, str]]
    body_lines: list[str]
    has_body: bool
    multipart: bool
    return_type: str
    parse_expr: str
    model_imports: list[tuple[str, str]]  # (module, class)
    input_imports: list[tuple[str, str]] = field(default_factory=list)  # models accepted as arguments
    paginate_items: str | None = None
    body_expr: str = "body"  # what is sent when has_body (plain optional bodies send NO_BODY for None)
    item_type: str | None = None
    item_imports: list[tuple[str, str]] = field(default_factory=list)

    @property
    def positional(self) -> list[Argument]:
        return [a for a in self.arguments if not a.keyword_only]

    @property
    def keyword(self) -> list[Argument]:
        return [a for a in self.arguments if a.keyword_only]

    @property
    def signature(self) -> str:
        """The parameters after `self`, without the per-call options."""
        parts = [f"{a.name}: {a.type}" + (f" = {a.default}" if a.default is not None else "") for a in self.positional]
        if self.keyword:
            parts.append("*")
            parts += [
                f"{a.name}: {a.type}" + (f" = {a.default}" if a.default is not None else "") for a in self.keyword
            ]
        return ", ".join(parts)

    @property
    def call_args(self) -> str:
        """The arguments passed on to `prepare`, positional then keyword."""
        parts = [a.name for a in self.positional] + [f"{a.name}={a.name}" for a in self.keyword]
        return ", ".join(parts)

    def docstring(self, returns: str) -> str:
        lines = [self.summary.strip() or self.name.replace("_", " ").capitalize() + "."]
        if self.description.strip():
            lines += ["", *textwrap.wrap(" ".join(self.description.split()), 92)]
        if self.arguments:
            lines += ["", "Args:"]
            for a in self.arguments:
                text = " ".join(a.description.split()) or "See the API reference."
                wrapped = textwrap.wrap(f"{a.name}: {text}", 88)
                lines += ["    " + wrapped[0], *("        " + w for w in wrapped[1:])]
        lines += ["", "Returns:", f"    {returns}"]
        return "\n".join(lines)


def _pointer(spec: Mapping[str, Any], ref: str) -> Any:
    try:
        return pointers.resolve(spec, ref)
    except pointers.UnresolvedPointer as error:
        raise SpecError(str(error)) from None


def _deref(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        node = _pointer(spec, node["$ref"])
    return node


SCALAR_ANNOTATIONS = {"integer": "int", "number": "float", "boolean": "bool", "null": "None"}
"""JSON Schema's scalar types (strings aside: uploads differ by side) as the Python annotations both
argument mappers write (`TypeMapper.argument`, `request_types.ParamTypes.annotation`)."""


class TypeMapper:
    """JSON Schema → the Python annotation a caller writes (parameters) or reads (responses)."""

    def __init__(self, spec: Mapping[str, Any], class_name: Callable[[str], str], models: Mapping[str, str]) -> None:
        self.spec = spec
        self.class_name = class_name
        self.models = models  # class name -> module name, for generated models

    def argument(self, schema: Mapping[str, Any]) -> str:
        if "x-cio-python-type" in schema:
            return str(schema["x-cio-python-type"])
        if "$ref" in schema:
            target = _deref(self.spec, schema)
            return self.argument(target)
        if "enum" in schema:
            return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
        for key in ("oneOf", "anyOf"):
            if key in schema:
                members: list[str] = []
                for option in schema[key]:
                    for member in self.argument(option).split(" | "):
                        if member not in members:
                            members.append(member)
                return " | ".join(members)
        kind = schema.get("type")
        if isinstance(kind, list):
            return " | ".join(self.argument({**schema, "type": k}) for k in kind)
        if kind == "string":
            return "bytes | str" if schema.get("format") == "binary" else "str"
        if kind in SCALAR_ANNOTATIONS:
            return SCALAR_ANNOTATIONS[kind]
        if kind == "array":
            return f"Sequence[{self.argument(schema.get('items', {}))}]"
        if kind == "object" or "properties" in schema or "additionalProperties" in schema:
            return "Mapping[str, Any]"
        return "Any"

    def model_for(self, schema: Mapping[str, Any]) -> str | None:
        """The generated model class a response schema `$ref` names, if it is a modelled object."""
        ref = schema.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
            return None
        target = _deref(self.spec, schema)
        if not target.get("properties"):
            return None
        name = self.class_name(ref.rsplit("/", 1)[1])
        return name if name in self.models else None


def _literal(value: Any) -> str:
    return repr(value)


def _python_name(raw: str) -> str:
    if not IDENTIFIER.match(raw) or keyword.iskeyword(raw):
        raise SpecError(f"{raw!r} is not a usable Python argument name")
    return raw


def _param_argument(
    spec: Mapping[str, Any],
    raw: Mapping[str, Any],
    types: TypeMapper,
    positional: set[str],
) -> Argument:
    param = _deref(spec, raw)
    location = param.get("in")
    if location not in ("path", "query"):
        raise SpecError(f"parameter {param.get('name')} is in {location}; only path and query are supported")
    wire = str(param["name"])
    name = _python_name(str(param["x-cio-name"])) if "x-cio-name" in param else plain.argument_name(wire)
    schema = param.get("schema", {})
    type_ = types.argument(schema)
    target = _deref(spec, schema)
    default = target.get("default", schema.get("default"))
    if location == "path":
        return Argument(name, wire, "path", type_, True, None, param.get("description", ""))
    keyword_only = name not in positional
    if default is not None:
        return Argument(
            name, wire, "query", type_, False, _literal(default), param.get("description", ""), keyword_only
        )
    if keyword_only and param.get("required"):
        # a required option has no default (a positional one is node's: x-cio-validate decides)
        return Argument(name, wire, "query", type_, True, None, param.get("description", ""), True)
    return Argument(name, wire, "query", f"{type_} | None", False, "None", param.get("description", ""), keyword_only)


def _body_argument(raw: Mapping[str, Any], types: TypeMapper) -> Argument:
    arg = _plain_body_argument(raw, types)
    if "x-cio-model" in raw:
        model = types.class_name(str(raw["x-cio-model"]))
        if model not in types.models:
            raise SpecError(f"x-cio-model of {arg.name}: no generated model {model!r}")
        arg.model = model
        arg.type = f"{model} | {arg.type}"
    return arg


def _plain_body_argument(raw: Mapping[str, Any], types: TypeMapper) -> Argument:
    name = _python_name(str(raw["name"]))
    type_ = types.argument(raw.get("schema", {}))
    description = str(raw.get("description", ""))
    keyword_only = bool(raw.get("keyword"))
    if "default" in raw:
        default = raw["default"]
        if isinstance(default, (dict, list)):
            # a mutable default is taken as "None, sent as this value"
            return Argument(
                name, name, "body", f"{type_} | None", False, "None", description, keyword_only, _literal(default)
            )
        return Argument(name, name, "body", type_, False, _literal(default), description, keyword_only)
    if raw.get("required"):
        return Argument(name, name, "body", type_, True, None, description, keyword_only)
    return Argument(name, name, "body", f"{type_} | None", False, "None", description, keyword_only)


def _make_required(arg: Argument) -> None:
    """No default: node refuses the call without this argument (a passed None still gets node's error)."""
    if arg.default not in (None, "None"):
        return  # a real default (`id_type="id"`) is what node sends when the argument is left out
    arg.required, arg.default = True, None
    arg.type = arg.type.removesuffix(" | None")


class BodyCompiler:
    """Turns an `x-cio-body` template into Python statements that build `body`."""

    def __init__(self, arguments: Mapping[str, Argument]) -> None:
        self.arguments = arguments

    def _ref(self, token: str) -> tuple[str, str]:
        mode = "always"
        name = token[1:]
        if name.startswith("?"):
            mode, name = "if_not_none", name[1:]
        elif name.startswith("!"):
            mode, name = "if_not_empty", name[1:]
        if name not in self.arguments:
            raise SpecError(f"x-cio-body refers to unknown argument {name!r}")
        return mode, name

    def value(self, template: Any) -> str:
        if isinstance(template, str) and template.startswith("$"):
            mode, name = self._ref(template)
            if mode != "always":
                raise SpecError(f"{template}: conditional references only make sense as object values")
            fallback = self.arguments[name].body_default
            return f"({name} if {name} is not None else {fallback})" if fallback else name
        if isinstance(template, Mapping):
            if any(self._conditional(k, v) for k, v in template.items()):
                raise SpecError("conditional keys are only supported at the top level of x-cio-body")
            return "{" + ", ".join(f"{k!r}: {self.value(v)}" for k, v in template.items()) + "}"
        if isinstance(template, list):
            return "[" + ", ".join(self.value(v) for v in template) + "]"
        return _literal(template)

    def _conditional(self, key: str, value: Any) -> bool:
        return key == "..." or (isinstance(value, str) and value[:2] in ("$?", "$!"))

    def lines(self, template: Any) -> list[str]:
        if isinstance(template, Mapping) and any(self._conditional(k, v) for k, v in template.items()):
            out = ["body: dict[str, Any] = {}"]
            for key, value in template.items():
                if key == "...":
                    mode, name = self._ref(value)
                    out.append(f"_rt.spread(body, {name})")
                    continue
                if isinstance(value, str) and value[:2] in ("$?", "$!"):
                    mode, name = self._ref(value)
                    test = f"{name} is not None" if mode == "if_not_none" else f"not _rt.is_empty({name})"
                    out += [f"if {test}:", f"    body[{key!r}] = {name}"]
                    continue
                out.append(f"body[{key!r}] = {self.value(value)}")
            return out
        return [f"body: Any = {self.value(template)}"]


def _success_schema(spec: Mapping[str, Any], op: Mapping[str, Any], name: str) -> Mapping[str, Any] | None:
    """The 2xx response's JSON schema; None when that response declares no content."""
    responses = op.get("responses", {})
    for code in SUCCESS:
        if code in responses:
            response = _deref(spec, responses[code])
            if plain.has_no_content(response):
                return None
            content = response.get("content", {})
            if "application/json" not in content:
                raise SpecError(f"{name}: the {code} response has no application/json content")
            schema = content["application/json"].get("schema")
            if schema is None:
                raise SpecError(f"{name}: the {code} response has no schema")
            return schema  # type: ignore[no-any-return]
    raise SpecError(f"{name}: no 2xx response")


def _returns(
    spec: Mapping[str, Any], schema: Mapping[str, Any], types: TypeMapper
) -> tuple[str, str, list[tuple[str, str]]]:
    """(return annotation, parse expression over `payload`, model imports)."""
    model = types.model_for(schema)
    if model:
        return model, f"_rt.parse_model({model}.from_dict, payload)", [(types.models[model], model)]
    target = _deref(spec, schema)
    if target.get("type") == "array":
        item = types.model_for(target.get("items", {}))
        if item:
            return (
                f"list[{item}]",
                f"[_rt.parse_model({item}.from_dict, entry) for entry in _rt.as_json_list(payload)]",
                [(types.models[item], item)],
            )
        return "list[Any]", "_rt.as_json_list(payload)", []
    return "dict[str, Any]", "_rt.as_json_object(payload)", []


def _page_item(
    spec: Mapping[str, Any], schema: Mapping[str, Any], items: str, types: TypeMapper, name: str
) -> tuple[str, list[tuple[str, str]]]:
    target = _deref(spec, schema)
    props = target.get("properties", {})
    if items not in props or "next" not in props:
        raise SpecError(f"{name}: x-cio-paginate needs response properties {items!r} and 'next'")
    array = _deref(spec, props[items])
    if array.get("type") != "array":
        raise SpecError(f"{name}: {items!r} is not an array")
    item = types.model_for(array.get("items", {}))
    if item:
        return item, [(types.models[item], item)]
    return "Any", []


def compile_operation(
    spec: Mapping[str, Any],
    path: str,
    method: str,
    op: Mapping[str, Any],
    types: TypeMapper,
    item: Mapping[str, Any] | None = None,
) -> Operation:
    name = plain.method_name(op, path, method)
    tag = plain.module_name(op)
    base = base_of(spec, item or {}, op, name)
    explicit_args = "x-cio-args" in op
    positional_names = list(op.get("x-cio-args", []))
    positional = set(positional_names)

    by_name: dict[str, Argument] = {}
    for raw in plain.parameters(item or {}, op, lambda node: _deref(spec, node)):
        arg = _param_argument(spec, raw, types, positional)
        if explicit_args and arg.location == "path" and arg.name not in positional:
            raise SpecError(f"{name}: path parameter {arg.name} must be listed in x-cio-args")
        if arg.name in by_name:
            raise SpecError(f"{name}: argument {arg.name} declared twice")
        by_name[arg.name] = arg
    path_args = {key: a for a in by_name.values() if a.location == "path" for key in (a.wire, a.name)}
    if not explicit_args:
        # path parameters in template order (a placeholder without a parameter is refused below)
        positional_names = [path_args[p].name for p in plain.template_names(path) if p in path_args]
        positional = set(positional_names)
    for raw in op.get("x-cio-body-args", []):
        arg = _body_argument(raw, types)
        if arg.name in by_name:
            raise SpecError(f"{name}: argument {arg.name} declared twice")
        if arg.name not in positional:
            arg.keyword_only = True
        by_name[arg.name] = arg
    handwritten = bool(op.get("x-cio-handwritten"))
    template = op.get("x-cio-body")
    plain_body = None if handwritten or template is not None else plain.json_body_schema(op, name)
    if plain_body is not None:
        if plain.BODY in by_name:
            raise SpecError(f"{name}: a parameter is named {plain.BODY!r}; give it an x-cio-name")
        keyword_only = explicit_args and plain.BODY not in positional
        by_name[plain.BODY] = Argument(**plain.body_argument(op, plain_body, types, keyword_only))
        if not explicit_args:
            positional_names.append(plain.BODY)
            positional.add(plain.BODY)
    for pos in positional_names:
        if pos not in by_name:
            raise SpecError(f"{name}: x-cio-args names {pos!r}, which is neither a parameter nor a body argument")
        by_name[pos].keyword_only = False

    ordered = [by_name[p] for p in positional_names] + [a for a in by_name.values() if a.name not in positional]
    for check in op.get("x-cio-validate", []):
        refused = check.get("rule") in REFUSE_NONE or (check.get("rule") == "one-of" and not check.get("optional"))
        if refused and check.get("arg") in by_name:
            _make_required(by_name[check["arg"]])
    seen_default = False
    for arg in ordered:
        if arg.keyword_only:
            continue
        if arg.default is not None:
            seen_default = True
        elif seen_default:
            raise SpecError(f"{name}: positional argument {arg.name} without a default follows one with a default")

    placeholders = plain.template_names(path)
    for placeholder in placeholders:
        if placeholder not in path_args:
            raise SpecError(f"{name}: path placeholder {{{placeholder}}} has no path parameter of that name")
    python_path = re.sub(r"{([^}]+)}", lambda m: "{_rt.encode_component(" + path_args[m.group(1)].name + ")}", path)
    path_expr = "f" + repr(python_path) if placeholders else repr(path)

    # an input model is read as the mapping it stands for before anything looks at it
    checks: list[str] = [f"{a.name} = _rt.as_mapping({a.name})" for a in ordered if a.model]
    for check in op.get("x-cio-validate", []):
        arg_name, rule = check.get("arg"), check.get("rule")
        if arg_name not in by_name:
            raise SpecError(f"{name}: x-cio-validate names unknown argument {arg_name!r}")
        if rule == "one-of":
            values = tuple(str(v) for v in check["values"])
            optional = ", optional=True" if check.get("optional") else ""
            checks.append(f"_rt.one_of({arg_name}, {values!r}, {str(check['message'])!r}{optional})")
        elif rule == "required-one":
            group = [arg_name, *(str(a) for a in check.get("alternatives", []))]
            unknown = [a for a in group if a not in by_name]
            if len(group) < 2 or unknown:
                raise SpecError(f"{name}: required-one needs alternatives that are arguments (unknown: {unknown})")
            checks.append(f"_rt.require_one({tuple(group)!r}, {', '.join(group)})")
        elif rule == "string" and "message" in check:
            checks.append(f"_rt.require_string({arg_name!r}, {arg_name}, {str(check['message'])!r})")
        elif rule in RULES:
            if rule == "required-key" and "key" not in check:
                raise SpecError(f"{name}: required-key needs a key")
            checks.append(RULES[rule].format(name=arg_name, arg=arg_name, key=check.get("key")))
        else:
            raise SpecError(f"{name}: unknown validation rule {rule!r}")

    multipart = "multipart/form-data" in op.get("requestBody", {}).get("content", {})
    body_expr = "body"
    if handwritten:
        body_lines: list[str] = []
        has_body = True
    elif template is None:
        body_lines, has_body = [], plain_body is not None
        if has_body and not by_name[plain.BODY].required:
            body_expr = plain.OPTIONAL_BODY
    else:
        body_lines, has_body = BodyCompiler(by_name).lines(template), True

    schema = _success_schema(spec, op, name)
    returns: tuple[str, str, list[tuple[str, str]]] = ("None", "None", [])
    if schema is not None:
        returns = _returns(spec, schema, types)
    return_type, parse_expr, imports = returns

    paginate = op.get("x-cio-paginate")
    item_type: str | None = None
    item_imports: list[tuple[str, str]] = []
    items: str | None = None
    if paginate is not None:
        items = str(paginate["items"])
        if "start" not in by_name or by_name["start"].location != "query":
            raise SpecError(f"{name}: x-cio-paginate needs a `start` query parameter")
        if schema is None or return_type.startswith(("dict", "list")):
            raise SpecError(f"{name}: a paginated operation needs a modelled response")
        item_type, item_imports = _page_item(spec, schema or {}, items, types, name)

    # query order is the declaration order in the spec (by_name's order), not the signature order
    query_pairs = [(a.wire, a.name) for a in by_name.values() if a.location == "query"]

    return Operation(
        name=name,
        tag=tag,
        http_method=method.upper(),
        base=str(base),
        path=path,
        summary=str(op.get("summary", "")),
        description=str(op.get("description", "")),
        handwritten=handwritten,
        arguments=ordered,
        checks=checks,
        path_expr=path_expr,
        query_pairs=query_pairs,
        body_lines=body_lines,
        has_body=has_body,
        multipart=multipart,
        return_type=return_type,
        parse_expr=parse_expr,
        model_imports=imports,
        input_imports=[(types.models[a.model], a.model) for a in ordered if a.model],
        paginate_items=items,
        item_type=item_type,
        item_imports=item_imports,
        body_expr=body_expr,
    )


def compile_spec(spec: Mapping[str, Any], types: TypeMapper) -> list[Operation]:
    operations: list[Operation] = []
    names: set[str] = set()
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                op = compile_operation(spec, path, method, item[method], types, item)
                if op.name in names:
                    raise SpecError(f"operationId {op.name} is used twice")
                names.add(op.name)
                operations.append(op)
    return operations


def describe(operations: list[Operation]) -> str:
    """A stable JSON summary of the operations (written next to the generated code)."""
    return json.dumps(
        [{"name": o.name, "method": o.http_method, "base": o.base, "path": o.path} for o in operations],
        indent=2,
        sort_keys=True,
    )
