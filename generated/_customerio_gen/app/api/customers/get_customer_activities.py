"""GET /customers/{customer_id}/activities (api): `get_customer_activities`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.customer_activity_list import CustomerActivityList

if TYPE_CHECKING:
    pass


def prepare(
    customer_id: str | int,
    *,
    id_type: Literal["id", "email", "cio_id"] | None = None,
    start: str | None = None,
    limit: int | None = None,
    type: str | None = None,
    name: str | None = None,
) -> _rt.Prepared[CustomerActivityList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("customer_id", customer_id)
    _rt.one_of(id_type, ("id", "email", "cio_id"), 'id_type must be one of "id", "cio_id", or "email"', optional=True)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/customers/{_rt.encode_component(customer_id)}/activities",
        query=_rt.query(
            (
                ("id_type", id_type),
                ("start", start),
                ("limit", limit),
                ("type", type),
                ("name", name),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_customer_activities",
    )


def parse(payload: Any) -> CustomerActivityList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CustomerActivityList.from_dict, payload)
