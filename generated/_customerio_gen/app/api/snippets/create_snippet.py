"""POST /snippets (api): `create_snippet`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.snippet_envelope import SnippetEnvelope

if TYPE_CHECKING:
    from _customerio_gen.params.app import SnippetInputParam

    from ...models.snippet_input import SnippetInput


def prepare(snippet: SnippetInput | SnippetInputParam) -> _rt.Prepared[SnippetEnvelope]:
    """Check the arguments (node's order) and describe the request."""
    snippet = _rt.as_mapping(snippet)
    _rt.require_mapping("snippet", snippet)
    _rt.require_key("snippet", snippet, "name")
    _rt.require_key("snippet", snippet, "value")
    body: Any = snippet
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/snippets",
        query=(),
        body=body,
        parse=parse,
        operation="create_snippet",
    )


def parse(payload: Any) -> SnippetEnvelope:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(SnippetEnvelope.from_dict, payload)
