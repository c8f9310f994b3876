"""GET /broadcasts/{broadcast_id}/actions/{action_id}/metrics/links (api): `get_broadcast_action_metrics_links`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.broadcast_link_metrics_list import BroadcastLinkMetricsList

if TYPE_CHECKING:
    pass


def prepare(
    broadcast_id: str | int,
    action_id: str | int,
    *,
    period: Literal["hours", "days", "weeks", "months"] | None = None,
    steps: int | None = None,
    unique: bool | None = None,
    type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
) -> _rt.Prepared[BroadcastLinkMetricsList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("broadcast_id", broadcast_id)
    _rt.require("action_id", action_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/broadcasts/{_rt.encode_component(broadcast_id)}/actions/{_rt.encode_component(action_id)}/metrics/links",
        query=_rt.query(
            (
                ("period", period),
                ("steps", steps),
                ("unique", unique),
                ("type", type),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_broadcast_action_metrics_links",
    )


def parse(payload: Any) -> BroadcastLinkMetricsList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(BroadcastLinkMetricsList.from_dict, payload)
