"""GET /campaigns/{campaign_id}/actions/{action_id}/metrics (api): `get_campaign_action_metrics`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.campaign_metrics import CampaignMetrics

if TYPE_CHECKING:
    pass


def prepare(
    campaign_id: str | int,
    action_id: str | int,
    *,
    version: Literal["1", "2"] | None = None,
    res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"] | None = None,
    tz: str | None = None,
    start: int | None = None,
    end: int | None = None,
    period: Literal["hours", "days", "weeks", "months"] | None = None,
    steps: int | None = None,
    type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
) -> _rt.Prepared[CampaignMetrics]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("campaign_id", campaign_id)
    _rt.require("action_id", action_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/campaigns/{_rt.encode_component(campaign_id)}/actions/{_rt.encode_component(action_id)}/metrics",
        query=_rt.query(
            (
                ("version", version),
                ("res", res),
                ("tz", tz),
                ("start", start),
                ("end", end),
                ("period", period),
                ("steps", steps),
                ("type", type),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_campaign_action_metrics",
    )


def parse(payload: Any) -> CampaignMetrics:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CampaignMetrics.from_dict, payload)
