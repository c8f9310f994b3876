"""PUT /collections/{collection_id} (api): `update_collection`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.collection_result import CollectionResult

if TYPE_CHECKING:
    from _customerio_gen.params.app import CollectionUpdateParam

    from ...models.collection_update import CollectionUpdate


def prepare(
    collection_id: str | int, updates: CollectionUpdate | CollectionUpdateParam
) -> _rt.Prepared[CollectionResult]:
    """Check the arguments (node's order) and describe the request."""
    updates = _rt.as_mapping(updates)
    _rt.require("collection_id", collection_id)
    _rt.require_mapping("updates", updates)
    body: Any = updates
    return _rt.Prepared(
        method="PUT",
        base="api",
        path=f"/collections/{_rt.encode_component(collection_id)}",
        query=(),
        body=body,
        parse=parse,
        operation="update_collection",
    )


def parse(payload: Any) -> CollectionResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CollectionResult.from_dict, payload)
