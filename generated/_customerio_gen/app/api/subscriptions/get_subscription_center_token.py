"""GET /subscription_center/{customer_id}/token (api): `get_subscription_center_token`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.subscription_center_token import SubscriptionCenterToken

if TYPE_CHECKING:
    pass


def prepare(customer_id: str | int) -> _rt.Prepared[SubscriptionCenterToken]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("customer_id", customer_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/subscription_center/{_rt.encode_component(customer_id)}/token",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_subscription_center_token",
    )


def parse(payload: Any) -> SubscriptionCenterToken:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(SubscriptionCenterToken.from_dict, payload)
