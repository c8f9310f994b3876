"""`make spec-drift`: what Customer.io's published API documents say that spec/ does not, and back.

    python generator/spec_drift.py [--official-dir DIR] [--spec-dir DIR] [--allowlist FILE]
                                   [--catalogue FILE] [--verbose] [--suggest] [--prune]

Each published document is paired with the spec/ document describing the same API
(`track-api.json` with `track.yaml`, `pipelines-api.json` with `pipelines.yaml`, `app-api.json`
with `app.yaml`); a published document that is not in the directory is skipped with a message.
Operations are matched by HTTP method and full URL path (the server's path prefix plus the path,
path parameter names ignored), so the two sides may use different server roots. For each
operation the check compares parameters (presence, required, type, enum values), request body
fields and response fields (dotted paths through `$ref`, `allOf`/`oneOf`/`anyOf` and array
`items`, written `list[].field`; a path a recursive schema covers is looked up step by step) with
their types and enum values, for request fields whether they are required, and discriminators.

An operation that only spec/ has is expected when customerio-node 5.2.0 has it (the node catalogue,
`../shared/reference/node-5.2.0-surface.json`, is the reference for those): it is listed, not
counted. Every other difference must be explained in `spec/drift-allowlist.yaml`; an unexplained
difference, or an allowlist entry that no longer matches anything, exits 1.

The default published-documents directory is `../shared/reference/official` next to the
repository; from a git worktree that lives elsewhere, the main checkout's neighbour is used.
`OFFICIAL_DIR` (environment) or `--official-dir` overrides it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pointers
import yaml

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = {  # published file -> (spec/ file, node client whose methods it describes)
    "track-api.json": ("track.yaml", "TrackClient"),
    "pipelines-api.json": ("pipelines.yaml", "PipelinesClient"),
    "app-api.json": ("app.yaml", "APIClient"),
}
METHODS = ("get", "put", "post", "delete", "patch")
NODE_ROOTS = {
    "trackRoot": "/api/v1",
    "trackV2Root": "/api/v2",
    "trackHost": "",
    "apiRoot": "/v1",
    "pipelinesRoot": "/v1",
}
JSON_TYPES = frozenset({"string", "integer", "number", "boolean", "object", "array"})


class DriftError(Exception):
    """A document or the allowlist cannot be read."""


# ---------------------------------------------------------------------------------------------
# Reading a document into comparable facts


@dataclass
class Facet:
    """What one side says about a parameter or a field."""

    types: set[str] = field(default_factory=set)
    enum: set[str] | None = None  # the values listed anywhere (None: no value is listed)
    open: bool = True  # whether values beyond `enum` are accepted (an alternative without enum)
    required: bool = False

    def merge(self, other: Facet) -> None:
        """Add another definition of the same field (an alternative)."""
        self.types |= other.types
        if other.enum is not None:
            self.enum = (self.enum or set()) | other.enum
        self.open = self.open or other.open
        self.required = self.required or other.required


@dataclass
class OperationFacts:
    label: str  # "POST /api/v1/customers/{identifier}" as this side writes it
    params: dict[str, Facet]  # "query.limit", "header.x-strict-mode", "path.1"
    request: dict[str, Facet]
    response: dict[str, Facet]
    # "request:batch[]" -> {"action", "type (mapped)"}: the discriminators declared at that place
    discriminators: dict[str, set[str]] = field(default_factory=dict)
    # the body schemas, to look up a path the enumeration stopped short of (recursive schemas)
    roots: dict[str, list[Any]] = field(default_factory=dict)
    document: Document | None = None

    def field(self, side: str, path: str) -> Facet | None:
        """What this side says about a field, or None when it has no such field."""
        known = (self.request if side == "request" else self.response).get(path)
        if known is not None or self.document is None:
            return known
        return self.document.locate(self.roots.get(side, []), path, side)


def _normalise_path(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def operation_key(method: str, full_path: str) -> str:
    """`METHOD /full/path/{}`: how both sides and the allowlist name an operation."""
    return f"{method.upper()} {_normalise_path(full_path)}"


def _server_path(servers: Any) -> str | None:
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], Mapping):
        return None
    url = str(servers[0].get("url", ""))
    for name, variable in (servers[0].get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable.get("default", "")))
    return urlparse(url).path.rstrip("/")


class Document:
    def __init__(self, data: Mapping[str, Any], name: str) -> None:
        self.data = data
        self.name = name

    def resolve(self, ref: str) -> Any:
        try:
            return pointers.resolve(self.data, ref)
        except pointers.UnresolvedPointer as error:
            raise DriftError(f"{self.name}: {error}") from None

    def deref(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, Mapping) and "$ref" in node:
            ref = str(node["$ref"])
            if ref in seen:
                raise DriftError(f"{self.name}: circular reference {ref!r}")
            seen.add(ref)
            node = self.resolve(ref)
        return node

    def full_path(self, path: str, item: Mapping[str, Any], op: Mapping[str, Any]) -> str:
        for servers in (op.get("servers"), item.get("servers")):
            prefix = _server_path(servers)
            if prefix is not None:
                return prefix + path
        return (_server_path(self.data.get("servers")) or "") + path

    def operations(self) -> Iterator[tuple[str, OperationFacts]]:
        for path, item in (self.data.get("paths") or {}).items():
            item = self.deref(item)
            for method in METHODS:
                op = item.get(method)
                if isinstance(op, Mapping):
                    full = self.full_path(str(path), item, op)
                    yield operation_key(method, full), self._facts(method, full, item, op)

    def _facts(self, method: str, full: str, item: Mapping[str, Any], op: Mapping[str, Any]) -> OperationFacts:
        params: dict[str, Facet] = {}
        declared = {}
        for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            param = self.deref(raw)
            declared[(param.get("in"), param.get("name"))] = param  # operation level wins
        path_names = re.findall(r"\{([^}]*)\}", full)
        for (where, name), param in declared.items():
            if where == "path":
                key = f"path.{path_names.index(name) + 1}" if name in path_names else f"path.{name}"
            elif where == "header":
                key = f"header.{str(name).lower()}"
            elif where == "query":
                key = f"query.{name}"
            else:
                continue
            facet = self.facet(param.get("schema") or {})
            facet.required = bool(param.get("required"))
            params[key] = facet
        body = _json_schema(self.deref(op.get("requestBody") or {}).get("content"))
        discriminators: dict[str, set[str]] = {}
        request = self.fields(body, "request", discriminators) if body is not None else {}
        response: dict[str, Facet] = {}
        for status, answer in (op.get("responses") or {}).items():
            schema = _json_schema(self.deref(answer).get("content")) if str(status).startswith("2") else None
            for path, facet in (self.fields(schema, "response", discriminators) if schema is not None else {}).items():
                if path in response:
                    response[path].merge(facet)
                else:
                    response[path] = facet
        roots = {"request": [] if body is None else [body], "response": []}
        for status, answer in (op.get("responses") or {}).items():
            schema = _json_schema(self.deref(answer).get("content")) if str(status).startswith("2") else None
            if schema is not None:
                roots["response"].append(schema)
        return OperationFacts(f"{method.upper()} {full}", params, request, response, discriminators, roots, self)

    def locate(self, roots: list[Any], path: str, side: str) -> Facet | None:
        """The field at `path` found by following the schemas step by step (recursion included)."""
        tokens = [token for part in path.split(".") for token in _tokens(part)]
        nodes: list[Any] = list(roots)
        parents: list[Any] = []
        for token in tokens:
            parents, found = [], []
            for node in nodes:
                step = self._step(node, token, side, ())
                if step:
                    parents.append(node)
                    found.extend(step)
            if not found:
                return None
            nodes = found
        facet = Facet()
        for index, node in enumerate(nodes):
            definition = self.facet(node)
            if index == 0:
                facet = definition
            else:
                facet.merge(definition)
        facet.required = bool(parents) and all(tokens[-1] in self.required_names(p, ()) for p in parents)
        return facet

    def _step(self, node: Any, token: str, side: str, stack: tuple[str, ...]) -> list[Any]:
        """The schemas one path step (`name`, `[]` or `*`) below `node` leads to."""
        if isinstance(node, Mapping) and "$ref" in node:
            ref = str(node["$ref"])
            return [] if ref in stack else self._step(self.resolve(ref), token, side, (*stack, ref))
        if not isinstance(node, Mapping):
            return []
        found: list[Any] = []
        for combination in ("allOf", "oneOf", "anyOf"):
            for branch in node.get(combination) or []:
                found.extend(self._step(branch, token, side, stack))
        if token == "[]":
            found.extend([node["items"]] if "items" in node else [])
        elif token == "*":
            extra = node.get("additionalProperties")
            found.extend([extra] if isinstance(extra, Mapping) else [])
        else:
            sub = (node.get("properties") or {}).get(token)
            skip = "readOnly" if side == "request" else "writeOnly"
            if sub is not None and not (isinstance(self.deref(sub), Mapping) and self.deref(sub).get(skip)):
                found.append(sub)
        return found

    def facet(self, schema: Any, stack: tuple[str, ...] = ()) -> Facet:
        """Types and enum values of a schema, through references and combinations."""
        out = Facet()
        if isinstance(schema, Mapping) and "$ref" in schema:
            ref = str(schema["$ref"])
            return out if ref in stack else self.facet(self.resolve(ref), (*stack, ref))
        if not isinstance(schema, Mapping):
            return out
        declared = schema.get("type")
        for kind in declared if isinstance(declared, list) else [declared]:
            if kind in JSON_TYPES:
                out.types.add(str(kind))
        # listed values: the schema's own and every part's or alternative's. It is closed by its
        # own enum, by a closed `allOf` part, or when every `oneOf`/`anyOf` alternative is closed.
        values: list[set[str]] = []
        closed = "enum" in schema or "const" in schema
        if "enum" in schema:
            values.append({_enum_text(value) for value in schema["enum"] if value is not None})
        if "const" in schema:
            values.append({_enum_text(schema["const"])})
        for combination in ("allOf", "oneOf", "anyOf"):
            branches = [self.facet(branch, stack) for branch in schema.get(combination) or []]
            for branch in branches:
                out.types |= branch.types
                if branch.enum is not None:
                    values.append(branch.enum)
            if combination == "allOf":
                closed = closed or any(not branch.open for branch in branches)
            elif branches:
                closed = closed or all(not branch.open for branch in branches)
        out.enum = set().union(*values) if values else None
        out.open = not closed
        if not out.types and isinstance(schema.get("properties"), Mapping):
            out.types.add("object")
        if not out.types and "items" in schema:
            out.types.add("array")
        return out

    def fields(self, schema: Any, side: str, discriminators: dict[str, set[str]] | None = None) -> dict[str, Facet]:
        """Every field of a request or response body as `a.b[].c` -> Facet.

        A reference met again on the way down ends the path. A field is required when every
        alternative (`oneOf`/`anyOf` branch) of its parent requires it; `allOf` parts add up.
        `readOnly` fields are not part of a request, `writeOnly` ones not of a response.
        """
        out: dict[str, Facet] = {}
        required: dict[str, set[str]] = {}
        skip = "readOnly" if side == "request" else "writeOnly"

        def enter(node: Any, prefix: str, stack: tuple[str, ...]) -> None:
            names = self.required_names(node, stack)
            required[prefix] = names if prefix not in required else required[prefix] & names
            walk(node, prefix, stack)

        def walk(node: Any, prefix: str, stack: tuple[str, ...]) -> None:
            if isinstance(node, Mapping) and "$ref" in node:
                ref = str(node["$ref"])
                if ref not in stack:
                    walk(self.resolve(ref), prefix, (*stack, ref))
                return
            if not isinstance(node, Mapping):
                return
            chooser = node.get("discriminator")
            if discriminators is not None and isinstance(chooser, Mapping) and chooser.get("propertyName"):
                mapped = " (mapped)" if chooser.get("mapping") else ""
                discriminators.setdefault(f"{side}:{prefix}", set()).add(f"{chooser['propertyName']}{mapped}")
            for combination in ("allOf", "oneOf", "anyOf"):
                for branch in node.get(combination) or []:
                    walk(branch, prefix, stack)
            for name, sub in (node.get("properties") or {}).items():
                if isinstance(self.deref(sub), Mapping) and self.deref(sub).get(skip):
                    continue
                path = f"{prefix}.{name}" if prefix else str(name)
                facet = self.facet(sub, stack)
                if path in out:
                    out[path].merge(facet)
                else:
                    out[path] = facet
                enter(sub, path, stack)
            if "items" in node:
                enter(node["items"], prefix + "[]", stack)
            extra = node.get("additionalProperties")
            if isinstance(extra, Mapping) and _has_fields(self, extra):
                enter(extra, f"{prefix}.*" if prefix else "*", stack)

        enter(schema, "", ())
        for path, facet in out.items():
            parent, _, name = path.rpartition(".")
            facet.required = name in required.get(parent, set())
        return out

    def required_names(self, schema: Any, stack: tuple[str, ...]) -> set[str]:
        """The property names an object schema requires in every alternative."""
        if isinstance(schema, Mapping) and "$ref" in schema:
            ref = str(schema["$ref"])
            return set() if ref in stack else self.required_names(self.resolve(ref), (*stack, ref))
        if not isinstance(schema, Mapping):
            return set()
        names = {str(name) for name in schema.get("required") or []}
        for part in schema.get("allOf") or []:
            names |= self.required_names(part, stack)
        for combination in ("oneOf", "anyOf"):
            branches = [self.required_names(branch, stack) for branch in schema.get(combination) or []]
            if branches:
                names |= set.intersection(*branches)
        return names


def _tokens(part: str) -> list[str]:
    """`a[][]` -> `a`, `[]`, `[]`: the steps of one dotted part."""
    name = part
    while name.endswith("[]"):
        name = name[:-2]
    return ([name] if name else []) + ["[]"] * ((len(part) - len(name)) // 2)


def _has_fields(doc: Document, schema: Mapping[str, Any]) -> bool:
    target = doc.deref(schema)
    return isinstance(target, Mapping) and any(k in target for k in ("properties", "allOf", "oneOf", "anyOf"))


def _enum_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _json_schema(content: Any) -> Any:
    if not isinstance(content, Mapping):
        return None
    for media in ("application/json", *content):
        entry = content.get(media)
        if isinstance(entry, Mapping) and "schema" in entry:
            return entry["schema"]
    return None


# ---------------------------------------------------------------------------------------------
# Comparing


@dataclass(frozen=True)
class Difference:
    document: str  # published file name
    operation: str  # operation key
    label: str  # the operation as the published document (or spec/) writes it
    code: str  # what the allowlist matches: "request-field-missing traits.email"
    detail: str = ""


@dataclass
class Coverage:
    """Described/total counts of what the published document has."""

    request: tuple[int, int] = (0, 0)
    query: tuple[int, int] = (0, 0)
    response: tuple[int, int] = (0, 0)
    operations: tuple[int, int] = (0, 0)

    def __iadd__(self, other: Coverage) -> Coverage:
        for name in ("request", "query", "response", "operations"):
            mine, theirs = getattr(self, name), getattr(other, name)
            setattr(self, name, (mine[0] + theirs[0], mine[1] + theirs[1]))
        return self


def measure(theirs: OperationFacts, ours: OperationFacts | None) -> Coverage:
    """How much of one published operation spec/ describes (nothing when spec/ lacks it)."""
    query = [name for name in theirs.params if name.startswith("query.")]
    if ours is None:
        return Coverage((0, len(theirs.request)), (0, len(query)), (0, len(theirs.response)), (0, 1))
    return Coverage(
        request=(sum(ours.field("request", path) is not None for path in theirs.request), len(theirs.request)),
        query=(sum(name in ours.params for name in query), len(query)),
        response=(sum(ours.field("response", path) is not None for path in theirs.response), len(theirs.response)),
        operations=(1, 1),
    )


def _types_covered(published: set[str], ours: set[str]) -> bool:
    """Ours accepts every type the document names (no type means anything; integer fits number)."""
    if not published or not ours:
        return True
    return all(kind in ours or (kind == "integer" and "number" in ours) for kind in published)


def compare_operation(document: str, key: str, theirs: OperationFacts, ours: OperationFacts) -> list[Difference]:
    found: list[Difference] = []

    def add(code: str, detail: str = "") -> None:
        found.append(Difference(document, key, theirs.label, code, detail))

    for name, facet in theirs.params.items():
        mine = ours.params.get(name)
        if mine is None:
            add(f"param-missing {name}", "the document has this parameter, spec/ does not")
            continue
        if facet.required and not mine.required:
            add(f"param-required {name}", "the document requires it, spec/ makes it optional")
        if mine.required and not facet.required:
            add(f"param-optional {name}", "spec/ requires it, the document makes it optional")
        _compare_facet(add, "param", name, facet, mine)
    for name in ours.params.keys() - theirs.params.keys():
        add(f"param-extra {name}", "spec/ has this parameter, the document does not")

    for side, mine_fields, their_fields in (
        ("request", ours.request, theirs.request),
        ("response", ours.response, theirs.response),
    ):
        for path, facet in their_fields.items():
            mine = ours.field(side, path)
            if mine is None:
                add(f"{side}-field-missing {path}", "the document has this field, spec/ does not")
                continue
            if side == "request" and facet.required and not mine.required:
                add(f"request-field-required {path}", "the document requires it, spec/ makes it optional")
            if side == "request" and mine.required and not facet.required:
                add(f"request-field-optional {path}", "spec/ requires it, the document makes it optional")
            _compare_facet(add, side, path, facet, mine)
        for path in mine_fields.keys() - their_fields.keys():
            if theirs.field(side, path) is None:
                add(f"{side}-field-extra {path}", "spec/ has this field, the document does not")

    for place in sorted(theirs.discriminators.keys() | ours.discriminators.keys()):
        chosen, published = ours.discriminators.get(place, set()), theirs.discriminators.get(place, set())
        if chosen != published:
            side, _, path = place.partition(":")
            add(
                f"{side}-discriminator {path or '(body)'}",
                f"document {', '.join(sorted(published)) or 'none'}; spec/ {', '.join(sorted(chosen)) or 'none'}",
            )
    return found


def _compare_facet(add: Callable[[str, str], None], side: str, name: str, theirs: Facet, ours: Facet) -> None:
    kind = "param-type" if side == "param" else f"{side}-field-type"
    if not _types_covered(theirs.types, ours.types):
        add(f"{kind} {name}", f"document {'|'.join(sorted(theirs.types))}, spec/ {'|'.join(sorted(ours.types))}")
    if theirs.enum is not None:
        for value in sorted(theirs.enum - (ours.enum or set())):
            add(f"{side}-enum-missing {name}={value}", "the document allows this value, spec/ does not list it")
    if ours.enum is not None and not theirs.open:  # values beyond an open document's list are no news
        for value in sorted(ours.enum - (theirs.enum or set())):
            add(f"{side}-enum-extra {name}={value}", "spec/ lists this value, the document does not")


def node_operations(catalogue: Mapping[str, Any], client: str) -> dict[str, str]:
    """Operation key -> node method name for one client of the node catalogue."""
    found: dict[str, str] = {}
    for method in catalogue.get("methods") or []:
        if method.get("client") != client or not method.get("http_method"):
            continue
        template = str(method.get("url_template", ""))
        match = re.match(r"\{(\w+)[^}]*\}(.*)$", template)
        if not match or match.group(1) not in NODE_ROOTS:
            continue
        found[operation_key(method["http_method"], NODE_ROOTS[match.group(1)] + match.group(2))] = method["method"]
    return found


@dataclass
class Report:
    document: str
    differences: list[Difference]
    node_only: list[tuple[str, str]]  # (spec/ operation label, node method)
    coverage: Coverage


def compare_documents(
    document: str, published: Mapping[str, Any], spec: Mapping[str, Any], node: Mapping[str, str]
) -> Report:
    theirs = dict(Document(published, document).operations())
    ours = dict(Document(spec, document.replace("-api.json", ".yaml")).operations())
    differences: list[Difference] = []
    node_only: list[tuple[str, str]] = []
    total = Coverage()
    for key, facts in theirs.items():
        total += measure(facts, ours.get(key))
        if key in ours:
            differences.extend(compare_operation(document, key, facts, ours[key]))
        else:
            differences.append(Difference(document, key, facts.label, "operation-missing", "spec/ lacks it"))
    for key, facts in ours.items():
        if key in theirs:
            continue
        if key in node:
            node_only.append((facts.label, node[key]))
        else:
            differences.append(
                Difference(document, key, facts.label, "operation-extra", "neither the document nor node has it")
            )
    return Report(document, differences, node_only, total)


# ---------------------------------------------------------------------------------------------
# The allowlist


@dataclass
class Allowance:
    document: str
    operation: str  # operation key, or "*" for every operation of the document
    pattern: str  # a difference code; `*` matches any run of characters
    reason: str
    used: bool = False

    def matches(self, difference: Difference) -> bool:
        if difference.document != self.document:
            return False
        if self.operation not in ("*", difference.operation):
            return False
        return re.fullmatch(".*".join(map(re.escape, self.pattern.split("*"))), difference.code) is not None


def load_allowlist(path: Path) -> list[Allowance]:
    """`{document: {"METHOD /path": {"<difference code>": "<reason>"}}}`; `"*"` = every operation."""
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, Mapping):
        raise DriftError(f"{path}: expected a mapping of document names")
    entries: list[Allowance] = []
    for document, operations in data.items():
        if document not in DOCUMENTS:
            raise DriftError(f"{path}: unknown document {document!r} (one of {', '.join(DOCUMENTS)})")
        for operation, codes in (operations or {}).items():
            if operation != "*":
                method, _, op_path = str(operation).partition(" ")
                if method.lower() not in METHODS or not op_path.startswith("/"):
                    raise DriftError(f"{path}: {document}: {operation!r} is not 'METHOD /path' or '*'")
                operation = operation_key(method, op_path)
            if not isinstance(codes, Mapping):
                raise DriftError(f"{path}: {document}: {operation}: expected 'difference: reason' lines")
            for code, reason in codes.items():
                if not isinstance(reason, str) or not reason.strip():
                    raise DriftError(f"{path}: {document}: {operation}: {code!r} needs a reason")
                entries.append(Allowance(str(document), str(operation), str(code), reason.strip()))
    return entries


def prune_allowlist(path: Path, stale: list[Allowance]) -> int:
    """Delete the lines of `stale` entries (and operation blocks left empty); comments stay."""
    gone = {(a.document, a.operation, a.pattern) for a in stale}
    kept: list[str] = []
    document = operation = ""
    header: int | None = None  # index in `kept` of the current operation's line, until it has an entry
    removed = 0
    dropping = False  # inside a removed entry's folded reason
    for line in path.read_text(encoding="utf-8").splitlines():
        depth = len(line) - len(line.lstrip(" "))
        text = line.strip()
        if dropping and text and depth > 4:
            continue
        dropping = False
        if text and not text.startswith("#") and depth in (0, 2, 4):  # deeper: a folded reason
            entry = yaml.safe_load(text)
            key = str(next(iter(entry))) if isinstance(entry, Mapping) and entry else ""
            if depth == 0:
                document = key
            elif depth == 2:
                if header is not None:
                    del kept[header]
                method, _, op_path = key.partition(" ")
                operation = key if key == "*" else operation_key(method, op_path)
                header = len(kept)
            elif depth == 4:
                if (document, operation, key) in gone:
                    removed += 1
                    dropping = True
                    continue
                header = None
            if depth < 4 and depth != 2 and header is not None:
                del kept[header]
                header = None
        kept.append(line)
    if header is not None:
        del kept[header]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return removed


# ---------------------------------------------------------------------------------------------
# Running


def default_official_dir() -> Path:
    """`../shared/reference/official` beside the repository, or beside the main checkout."""
    candidate = ROOT.parent / "shared" / "reference" / "official"
    if candidate.is_dir():
        return candidate
    try:
        common = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--path-format=absolute", "--git-common-dir"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return candidate
    main = Path(common).parent  # the main checkout of a linked worktree
    return main.parent / "shared" / "reference" / "official"


def _load_file(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle) if path.suffix == ".json" else yaml.safe_load(handle)


def _ratio(pair: tuple[int, int]) -> str:
    return f"{pair[0]}/{pair[1]}"


PENDING = "pending:"  # reasons starting so mark what spec/ is yet to describe, not a meant difference


def suggestion(differences: list[Difference]) -> str:
    """Allowlist blocks for `differences`, each reason left empty for the author to write."""
    lines: list[str] = []
    document = operation = None
    for difference in differences:
        if difference.document != document:
            document, operation = difference.document, None
            lines.append(f"{document}:")
        if difference.label != operation:
            operation = difference.label
            lines.append(f"  {json.dumps(operation)}:")
        lines.append(f"    {json.dumps(difference.code)}: ''")
    return "\n".join(lines)


def run(
    official_dir: Path,
    spec_dir: Path,
    allowlist_path: Path,
    catalogue_path: Path,
    verbose: bool = False,
    suggest: bool = False,
    prune: bool = False,
) -> int:
    allowances = load_allowlist(allowlist_path)
    catalogue = _load_file(catalogue_path) if catalogue_path.exists() else {}
    if not catalogue:
        print(f"spec-drift: node catalogue {catalogue_path} not found; every spec/-only operation counts")
    checked: set[str] = set()
    unexplained: list[Difference] = []
    summaries: list[str] = []
    for document, (spec_name, client) in DOCUMENTS.items():
        published_path = official_dir / document
        if not published_path.exists():
            print(f"spec-drift: {published_path} not found; {spec_name} not checked")
            continue
        checked.add(document)
        report = compare_documents(
            document,
            _load_file(published_path),
            _load_file(spec_dir / spec_name),
            node_operations(catalogue, client),
        )
        print(f"== {document} vs spec/{spec_name}")
        counts = {"unexplained": 0, "explained": 0, "pending": 0}
        for difference in report.differences:
            reasons = [a for a in allowances if a.matches(difference)]
            for allowance in reasons:
                allowance.used = True
            if not reasons:
                counts["unexplained"] += 1
                unexplained.append(difference)
                print(f"  DRIFT    {difference.label}: {difference.code} -- {difference.detail}")
                continue
            pending = reasons[0].reason.startswith(PENDING)
            counts["pending" if pending else "explained"] += 1
            if verbose:
                tag = "pending" if pending else "allowed"
                print(f"  {tag:8} {difference.label}: {difference.code} -- {reasons[0].reason}")
        for label, method in report.node_only if verbose else []:
            print(f"  node     {label}: not in the document; node's {method} is the reference")
        c = report.coverage
        summaries.append(
            f"  {document}: operations {_ratio(c.operations)}, request fields {_ratio(c.request)}, "
            f"query parameters {_ratio(c.query)}, response fields {_ratio(c.response)}; differences: "
            f"{counts['unexplained']} unexplained, {counts['explained']} explained, {counts['pending']} pending; "
            f"{len(report.node_only)} node-only operations"
        )
    stale = [a for a in allowances if a.document in checked and not a.used]
    if prune and stale:
        print(f"spec-drift: removed {prune_allowlist(allowlist_path, stale)} stale entries from {allowlist_path}")
        allowances = [a for a in allowances if a not in stale]
        stale = []
    for allowance in stale:
        print(f"  STALE    {allowance.document} {allowance.operation}: {allowance.pattern!r} matches no difference")
    print("spec-drift: described/total in the published documents")
    print("\n".join(summaries) if summaries else "  (no published document found)")
    if suggest and unexplained:
        print("spec-drift: allowlist blocks for the unexplained differences (write each reason):")
        print(suggestion(unexplained))
    pending_entries = sum(a.reason.startswith(PENDING) for a in allowances)
    size = f"{len(allowances) - pending_entries} explained + {pending_entries} pending allowlist entries"
    if unexplained or stale:
        print(
            f"spec-drift: {len(unexplained)} unexplained difference(s), {len(stale)} stale allowlist "
            f"entr{'y' if len(stale) == 1 else 'ies'} ({size}); describe them in spec/ or explain them in "
            f"{allowlist_path.name}"
        )
        return 1
    print(f"spec-drift: no unexplained difference ({size})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--official-dir", type=Path, default=None)
    parser.add_argument("--spec-dir", type=Path, default=ROOT / "spec")
    parser.add_argument("--allowlist", type=Path, default=None)
    parser.add_argument("--catalogue", type=Path, default=None)
    parser.add_argument("--verbose", "-v", action="store_true", help="also list allowed and node-only differences")
    parser.add_argument("--suggest", action="store_true", help="print allowlist blocks for unexplained differences")
    parser.add_argument("--prune", action="store_true", help="delete allowlist entries that match no difference")
    args = parser.parse_args(argv)
    official = args.official_dir or Path(os.environ.get("OFFICIAL_DIR") or default_official_dir())
    # node's catalogue: beside the shared reference (also when the documents come from elsewhere),
    # else beside the documents
    candidates = [where / "node-5.2.0-surface.json" for where in (default_official_dir().parent, official.parent)]
    catalogue = args.catalogue or next((path for path in candidates if path.exists()), candidates[0])
    allowlist = args.allowlist or args.spec_dir / "drift-allowlist.yaml"
    try:
        return run(official, args.spec_dir, allowlist, catalogue, args.verbose, args.suggest, args.prune)
    except DriftError as error:
        print(f"spec-drift: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
