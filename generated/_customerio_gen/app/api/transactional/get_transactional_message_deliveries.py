"""GET /transactional/{transactional_id}/messages (api): `get_transactional_message_deliveries`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.transactional_delivery_list import TransactionalDeliveryList

if TYPE_CHECKING:
    pass


def prepare(
    transactional_id: str | int,
    *,
    start: str | None = None,
    limit: int | None = None,
    metric: Literal[
        "attempted",
        "sent",
        "delivered",
        "opened",
        "clicked",
        "converted",
        "bounced",
        "spammed",
        "unsubscribed",
        "dropped",
        "failed",
        "undeliverable",
    ]
    | None = None,
    start_ts: int | None = None,
    end_ts: int | None = None,
    get_tracked_responses: bool | None = None,
    state: Literal["failed", "sent", "drafted", "attempted"] | None = None,
) -> _rt.Prepared[TransactionalDeliveryList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("transactional_id", transactional_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/transactional/{_rt.encode_component(transactional_id)}/messages",
        query=_rt.query(
            (
                ("start", start),
                ("limit", limit),
                ("metric", metric),
                ("start_ts", start_ts),
                ("end_ts", end_ts),
                ("get_tracked_responses", get_tracked_responses),
                ("state", state),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_transactional_message_deliveries",
    )


def parse(payload: Any) -> TransactionalDeliveryList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(TransactionalDeliveryList.from_dict, payload)
