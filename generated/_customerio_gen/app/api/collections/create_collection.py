"""POST /collections (api): `create_collection`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.collection_result import CollectionResult

if TYPE_CHECKING:
    from _customerio_gen.params.app import CollectionInputParam

    from ...models.collection_input import CollectionInput


def prepare(collection: CollectionInput | CollectionInputParam) -> _rt.Prepared[CollectionResult]:
    """Check the arguments (node's order) and describe the request."""
    collection = _rt.as_mapping(collection)
    _rt.require_mapping("collection", collection)
    _rt.require_key("collection", collection, "name")
    body: Any = collection
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/collections",
        query=(),
        body=body,
        parse=parse,
        operation="create_collection",
    )


def parse(payload: Any) -> CollectionResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CollectionResult.from_dict, payload)
