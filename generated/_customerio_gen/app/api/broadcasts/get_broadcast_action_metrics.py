"""GET /broadcasts/{broadcast_id}/actions/{action_id}/metrics (api): `get_broadcast_action_metrics`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.broadcast_metrics import BroadcastMetrics

if TYPE_CHECKING:
    pass


def prepare(
    broadcast_id: str | int,
    action_id: str | int,
    *,
    period: Literal["hours", "days", "weeks", "months"] | None = None,
    steps: int | None = None,
    type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
) -> _rt.Prepared[BroadcastMetrics]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("broadcast_id", broadcast_id)
    _rt.require("action_id", action_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/broadcasts/{_rt.encode_component(broadcast_id)}/actions/{_rt.encode_component(action_id)}/metrics",
        query=_rt.query(
            (
                ("period", period),
                ("steps", steps),
                ("type", type),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_broadcast_action_metrics",
    )


def parse(payload: Any) -> BroadcastMetrics:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(BroadcastMetrics.from_dict, payload)
