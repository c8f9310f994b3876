"""GET /customers/{customer_id}/subscription_preferences (api): `get_customer_subscription_preferences`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.customer_subscription_preferences import CustomerSubscriptionPreferences

if TYPE_CHECKING:
    pass


def prepare(
    customer_id: str | int, *, id_type: Literal["id", "email", "cio_id"] | None = None, language: str | None = None
) -> _rt.Prepared[CustomerSubscriptionPreferences]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("customer_id", customer_id)
    _rt.one_of(id_type, ("id", "email", "cio_id"), 'id_type must be one of "id", "cio_id", or "email"', optional=True)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/customers/{_rt.encode_component(customer_id)}/subscription_preferences",
        query=_rt.query(
            (
                ("id_type", id_type),
                ("language", language),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_customer_subscription_preferences",
    )


def parse(payload: Any) -> CustomerSubscriptionPreferences:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CustomerSubscriptionPreferences.from_dict, payload)
