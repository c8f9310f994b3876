"""GET /campaigns/{campaign_id}/journey_metrics (api): `get_campaign_journey_metrics`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.campaign_journey_metrics import CampaignJourneyMetrics

if TYPE_CHECKING:
    pass


def prepare(
    campaign_id: str | int,
    *,
    start: int,
    end: int,
    res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"],
) -> _rt.Prepared[CampaignJourneyMetrics]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("campaign_id", campaign_id)
    _rt.require("start", start)
    _rt.require("end", end)
    _rt.require("res", res)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/campaigns/{_rt.encode_component(campaign_id)}/journey_metrics",
        query=_rt.query(
            (
                ("start", start),
                ("end", end),
                ("resolution", res),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_campaign_journey_metrics",
    )


def parse(payload: Any) -> CampaignJourneyMetrics:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CampaignJourneyMetrics.from_dict, payload)
