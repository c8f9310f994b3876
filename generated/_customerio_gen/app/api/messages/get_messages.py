"""GET /messages (api): `get_messages`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.message_list import MessageList

if TYPE_CHECKING:
    pass


def prepare(
    *,
    start: str | None = None,
    limit: int | None = None,
    drafts: bool | None = None,
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
    type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"] | None = None,
    campaign_id: str | int | None = None,
    action_id: str | int | None = None,
    newsletter_id: str | int | None = None,
    transactional_id: str | int | None = None,
    trigger_id: str | int | None = None,
    template_id: str | int | None = None,
    content_id: str | int | None = None,
    start_ts: int | None = None,
    end_ts: int | None = None,
    associations: bool | None = None,
    get_tracked_responses: bool | None = None,
) -> _rt.Prepared[MessageList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/messages",
        query=_rt.query(
            (
                ("start", start),
                ("limit", limit),
                ("drafts", drafts),
                ("metric", metric),
                ("type", type),
                ("campaign_id", campaign_id),
                ("action_id", action_id),
                ("newsletter_id", newsletter_id),
                ("transactional_id", transactional_id),
                ("trigger_id", trigger_id),
                ("template_id", template_id),
                ("content_id", content_id),
                ("start_ts", start_ts),
                ("end_ts", end_ts),
                ("associations", associations),
                ("get_tracked_responses", get_tracked_responses),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_messages",
    )


def parse(payload: Any) -> MessageList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(MessageList.from_dict, payload)
