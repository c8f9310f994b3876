"""GET /campaigns/{campaign_id}/actions (api): `get_campaign_actions`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.campaign_action_list import CampaignActionList

if TYPE_CHECKING:
    pass


def prepare(campaign_id: str | int, *, start: str | None = None) -> _rt.Prepared[CampaignActionList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("campaign_id", campaign_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/campaigns/{_rt.encode_component(campaign_id)}/actions",
        query=_rt.query((("start", start),)),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_campaign_actions",
    )


def parse(payload: Any) -> CampaignActionList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CampaignActionList.from_dict, payload)
