"""PUT /campaigns/{campaign_id}/actions/{action_id} (api): `update_campaign_action`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.campaign_action_response import CampaignActionResponse

if TYPE_CHECKING:
    from _customerio_gen.params.app import CampaignActionUpdateParam


def prepare(
    campaign_id: str | int, action_id: str | int, data: CampaignActionUpdateParam | Mapping[str, Any] | None = None
) -> _rt.Prepared[CampaignActionResponse]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("campaign_id", campaign_id)
    _rt.require("action_id", action_id)
    body: Any = data if data is not None else {}
    return _rt.Prepared(
        method="PUT",
        base="api",
        path=f"/campaigns/{_rt.encode_component(campaign_id)}/actions/{_rt.encode_component(action_id)}",
        query=(),
        body=body,
        parse=parse,
        operation="update_campaign_action",
    )


def parse(payload: Any) -> CampaignActionResponse:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CampaignActionResponse.from_dict, payload)
