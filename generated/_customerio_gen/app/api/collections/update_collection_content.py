"""PUT /collections/{collection_id}/content (api): `update_collection_content`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.collection_result import CollectionResult

if TYPE_CHECKING:
    pass


def prepare(collection_id: str | int, content: Sequence[Mapping[str, Any]]) -> _rt.Prepared[CollectionResult]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("collection_id", collection_id)
    _rt.require_list("content", content)
    body: Any = content
    return _rt.Prepared(
        method="PUT",
        base="api",
        path=f"/collections/{_rt.encode_component(collection_id)}/content",
        query=(),
        body=body,
        parse=parse,
        operation="update_collection_content",
    )


def parse(payload: Any) -> CollectionResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CollectionResult.from_dict, payload)
