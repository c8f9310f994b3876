"""GET /customers/{customer_id}/relationships (api): `get_customer_relationships`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.customer_relationship_list import CustomerRelationshipList

if TYPE_CHECKING:
    pass


def prepare(
    customer_id: str | int, *, start: str | None = None, limit: int | None = None
) -> _rt.Prepared[CustomerRelationshipList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("customer_id", customer_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/customers/{_rt.encode_component(customer_id)}/relationships",
        query=_rt.query(
            (
                ("start", start),
                ("limit", limit),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_customer_relationships",
    )


def parse(payload: Any) -> CustomerRelationshipList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CustomerRelationshipList.from_dict, payload)
