"""Local JSON pointers (`#/components/schemas/Name/properties/x`), as every generator module reads them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class UnresolvedPointer(LookupError):
    """The pointer is not local (`#/…`) or names nothing in the document; the message says which."""


def resolve(document: Mapping[str, Any], ref: str) -> Any:
    """The node `ref` points at; `~1` and `~0` are read as `/` and `~` (RFC 6901)."""
    if not ref.startswith("#/"):
        raise UnresolvedPointer(f"only local references are supported, not {ref!r}")
    node: Any = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or part not in node:
            raise UnresolvedPointer(f"unresolvable reference {ref!r}")
        node = node[part]
    return node
