"""GET /campaigns/{campaign_id}/messages (api): `get_campaign_messages`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.campaign_message_list import CampaignMessageList

if TYPE_CHECKING:
    pass


def prepare(
    campaign_id: str | int,
    *,
    start: str | None = None,
    limit: int | None = None,
    type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
    | None = None,
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
    drafts: bool | None = None,
    start_ts: int | None = None,
    end_ts: int | None = None,
    get_tracked_responses: bool | None = None,
) -> _rt.Prepared[CampaignMessageList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("campaign_id", campaign_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/campaigns/{_rt.encode_component(campaign_id)}/messages",
        query=_rt.query(
            (
                ("start", start),
                ("limit", limit),
                ("type", type),
                ("metric", metric),
                ("drafts", drafts),
                ("start_ts", start_ts),
                ("end_ts", end_ts),
                ("get_tracked_responses", get_tracked_responses),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_campaign_messages",
    )


def parse(payload: Any) -> CampaignMessageList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CampaignMessageList.from_dict, payload)
