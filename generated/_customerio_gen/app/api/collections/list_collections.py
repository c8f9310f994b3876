"""GET /collections (api): `list_collections`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.collection_list import CollectionList

if TYPE_CHECKING:
    pass


def prepare() -> _rt.Prepared[CollectionList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/collections",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_collections",
    )


def parse(payload: Any) -> CollectionList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CollectionList.from_dict, payload)
