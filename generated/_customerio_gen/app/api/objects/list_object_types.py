"""GET /object_types (api): `list_object_types`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.object_type_list import ObjectTypeList

if TYPE_CHECKING:
    pass


def prepare() -> _rt.Prepared[ObjectTypeList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/object_types",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_object_types",
    )


def parse(payload: Any) -> ObjectTypeList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ObjectTypeList.from_dict, payload)
