"""GET /subscription_channels (api): `list_subscription_channels`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.subscription_channel_list import SubscriptionChannelList

if TYPE_CHECKING:
    pass


def prepare() -> _rt.Prepared[SubscriptionChannelList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/subscription_channels",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_subscription_channels",
    )


def parse(payload: Any) -> SubscriptionChannelList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(SubscriptionChannelList.from_dict, payload)
