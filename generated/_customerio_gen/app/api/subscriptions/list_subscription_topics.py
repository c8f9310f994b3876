"""GET /subscription_topics (api): `list_subscription_topics`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.subscription_topic_list import SubscriptionTopicList

if TYPE_CHECKING:
    pass


def prepare() -> _rt.Prepared[SubscriptionTopicList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/subscription_topics",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_subscription_topics",
    )


def parse(payload: Any) -> SubscriptionTopicList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(SubscriptionTopicList.from_dict, payload)
