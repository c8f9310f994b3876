"""GET /snippets (api): `get_snippets`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.snippet_list import SnippetList

if TYPE_CHECKING:
    pass


def prepare() -> _rt.Prepared[SnippetList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/snippets",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_snippets",
    )


def parse(payload: Any) -> SnippetList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(SnippetList.from_dict, payload)
