"""GET /collections/{collection_id} (api): `get_collection`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.collection_result import CollectionResult

if TYPE_CHECKING:
    pass


def prepare(collection_id: str | int) -> _rt.Prepared[CollectionResult]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("collection_id", collection_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/collections/{_rt.encode_component(collection_id)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_collection",
    )


def parse(payload: Any) -> CollectionResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CollectionResult.from_dict, payload)
