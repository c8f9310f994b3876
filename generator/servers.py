"""Which client root an operation is sent under, read from its OpenAPI `servers`.

spec/ gives every operation its real URL the standard way: the operation's `servers`, else its
path item's, else the document's (the US host first, the EU host second, or one URL with server
variables). The clients do not send to those URLs directly: a client has one root per kind of URL
(`customerio._config`), chosen by region or replaced by the caller's `url=`. `SERVER_BASES` maps
each server URL spec/ may use to that root's name; an operation whose servers are unknown, or
span more than one root, is refused.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import Any

from spec_errors import SpecError

# server URL -> the name of the client root it is (customerio/_config.py builds the roots)
SERVER_BASES: dict[str, str] = {
    "https://track.customer.io/api/v1": "track",
    "https://track-eu.customer.io/api/v1": "track",
    "https://track.customer.io/api/v2": "track_v2",
    "https://track-eu.customer.io/api/v2": "track_v2",
    "https://track.customer.io": "track_host",
    "https://track-eu.customer.io": "track_host",
    "https://api.customer.io/v1": "api",
    "https://api-eu.customer.io/v1": "api",
    "https://cdp.customer.io/v1": "pipelines",
    "https://cdp-eu.customer.io/v1": "pipelines",
}
_VARIABLE = re.compile(r"{([^{}]+)}")


def effective_servers(spec: Mapping[str, Any], item: Mapping[str, Any], op: Mapping[str, Any]) -> list[Any]:
    """The servers that apply to `op`: its own, else its path item's, else the document's."""
    for owner in (op, item, spec):
        servers = owner.get("servers")
        if servers:
            return list(servers)
    return []


def expand(server: Mapping[str, Any]) -> list[str]:
    """Every URL a server stands for: one per combination of its variables' values."""
    url = str(server.get("url", "")).rstrip("/")
    names = _VARIABLE.findall(url)
    if not names:
        return [url]
    variables = server.get("variables") or {}
    choices: list[list[str]] = []
    for name in names:
        variable = variables.get(name)
        if not isinstance(variable, Mapping) or "default" not in variable:
            raise SpecError(f"server {url}: variable {{{name}}} needs a default")
        values = [str(variable["default"])]
        values += [str(v) for v in variable.get("enum") or () if str(v) not in values]
        choices.append(values)
    expanded = []
    for combination in itertools.product(*choices):
        concrete = url
        for name, value in zip(names, combination, strict=True):
            concrete = concrete.replace("{" + name + "}", value)
        expanded.append(concrete)
    return expanded


def base_of(spec: Mapping[str, Any], item: Mapping[str, Any], op: Mapping[str, Any], name: str) -> str:
    """The client root `op` is sent under, from its servers."""
    servers = effective_servers(spec, item, op)
    if not servers:
        raise SpecError(f"{name}: no servers (operation, path or document) give its URL")
    bases: list[str] = []
    for server in servers:
        for url in expand(server):
            if url not in SERVER_BASES:
                known = ", ".join(sorted(SERVER_BASES))
                raise SpecError(f"{name}: server {url} is not one the clients have a root for ({known})")
            if SERVER_BASES[url] not in bases:
                bases.append(SERVER_BASES[url])
    if len(bases) != 1:
        raise SpecError(f"{name}: its servers span several client roots ({', '.join(bases)})")
    return bases[0]
