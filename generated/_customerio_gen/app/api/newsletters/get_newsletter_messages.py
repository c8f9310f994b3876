"""GET /newsletters/{newsletter_id}/messages (api): `get_newsletter_messages`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.newsletter_message_list import NewsletterMessageList

if TYPE_CHECKING:
    pass


def prepare(
    newsletter_id: str | int,
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
    type: Literal["email", "webhook", "twilio", "push", "in_app", "inbox"] | None = None,
    start_ts: int | None = None,
    end_ts: int | None = None,
    get_tracked_responses: bool | None = None,
) -> _rt.Prepared[NewsletterMessageList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("newsletter_id", newsletter_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/newsletters/{_rt.encode_component(newsletter_id)}/messages",
        query=_rt.query(
            (
                ("start", start),
                ("limit", limit),
                ("metric", metric),
                ("type", type),
                ("start_ts", start_ts),
                ("end_ts", end_ts),
                ("get_tracked_responses", get_tracked_responses),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_newsletter_messages",
    )


def parse(payload: Any) -> NewsletterMessageList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(NewsletterMessageList.from_dict, payload)
