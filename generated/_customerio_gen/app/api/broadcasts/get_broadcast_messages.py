"""GET /broadcasts/{broadcast_id}/messages (api): `get_broadcast_messages`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.broadcast_message_list import BroadcastMessageList

if TYPE_CHECKING:
    pass


def prepare(
    broadcast_id: str | int,
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
    type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
    | None = None,
    start_ts: int | None = None,
    end_ts: int | None = None,
    get_tracked_responses: bool | None = None,
    state: Literal["failed", "sent", "drafted", "attempted"] | None = None,
) -> _rt.Prepared[BroadcastMessageList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("broadcast_id", broadcast_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/broadcasts/{_rt.encode_component(broadcast_id)}/messages",
        query=_rt.query(
            (
                ("start", start),
                ("limit", limit),
                ("metric", metric),
                ("type", type),
                ("start_ts", start_ts),
                ("end_ts", end_ts),
                ("get_tracked_responses", get_tracked_responses),
                ("state", state),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_broadcast_messages",
    )


def parse(payload: Any) -> BroadcastMessageList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(BroadcastMessageList.from_dict, payload)
