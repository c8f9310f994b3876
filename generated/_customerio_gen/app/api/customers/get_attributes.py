"""GET /customers/{id}/attributes (api): `get_attributes`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.customer_attributes import CustomerAttributes

if TYPE_CHECKING:
    pass


def prepare(id: str | int, id_type: Literal["id", "email", "cio_id"] = "id") -> _rt.Prepared[CustomerAttributes]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("id", id)
    _rt.one_of(id_type, ("id", "email", "cio_id"), 'id_type must be one of "id", "cio_id", or "email"')
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/customers/{_rt.encode_component(id)}/attributes",
        query=_rt.query((("id_type", id_type),)),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_attributes",
    )


def parse(payload: Any) -> CustomerAttributes:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CustomerAttributes.from_dict, payload)
