"""GET /objects/{object_type_id}/{object_id}/attributes (api): `get_object_attributes`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.object_attributes import ObjectAttributes

if TYPE_CHECKING:
    pass


def prepare(
    object_type_id: str | int, object_id: str | int, id_type: Literal["object_id", "cio_object_id"] | None = None
) -> _rt.Prepared[ObjectAttributes]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("object_type_id", object_type_id)
    _rt.require("object_id", object_id)
    _rt.one_of(
        id_type, ("object_id", "cio_object_id"), 'id_type must be one of "object_id" or "cio_object_id"', optional=True
    )
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/objects/{_rt.encode_component(object_type_id)}/{_rt.encode_component(object_id)}/attributes",
        query=_rt.query((("id_type", id_type),)),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_object_attributes",
    )


def parse(payload: Any) -> ObjectAttributes:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ObjectAttributes.from_dict, payload)
