"""GET /customers/{customer_id}/messages (api): `get_customer_messages`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.customer_message_list import CustomerMessageList

if TYPE_CHECKING:
    pass


def prepare(
    customer_id: str | int,
    *,
    id_type: Literal["id", "email", "cio_id"] | None = None,
    start: str | None = None,
    limit: int | None = None,
    start_ts: int | None = None,
    end_ts: int | None = None,
) -> _rt.Prepared[CustomerMessageList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("customer_id", customer_id)
    _rt.one_of(id_type, ("id", "email", "cio_id"), 'id_type must be one of "id", "cio_id", or "email"', optional=True)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/customers/{_rt.encode_component(customer_id)}/messages",
        query=_rt.query(
            (
                ("id_type", id_type),
                ("start", start),
                ("limit", limit),
                ("start_ts", start_ts),
                ("end_ts", end_ts),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_customer_messages",
    )


def parse(payload: Any) -> CustomerMessageList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CustomerMessageList.from_dict, payload)
