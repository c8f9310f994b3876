"""GET /customers/{customer_id}/activities (api): `get_customer_activities`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.customer_activity_list import CustomerActivityList

if TYPE_CHECKING:
    pass


def prepare(
    customer_id: str | int,
    *,
    id_type: Literal["id", "email", "cio_id"] | None = None,
    start: str | None = None,
    limit: int | None = None,
    type: Literal[
        "add_relationship",
        "anon_merge",
        "attempted_action",
        "attempted_email",
        "attempted_in_app",
        "attempted_push",
        "attempted_slack",
        "attempted_twilio",
        "attempted_webhook",
        "attribute_change",
        "bounced_action",
        "bounced_email",
        "bounced_push",
        "bounced_twilio",
        "clicked_action",
        "clicked_content",
        "clicked_email",
        "clicked_in_app",
        "clicked_push",
        "clicked_twilio",
        "clicked_webhook",
        "converted_action",
        "converted_content",
        "converted_email",
        "converted_in_app",
        "converted_slack",
        "converted_twilio",
        "converted_webhook",
        "deferred_action",
        "deferred_email",
        "deferred_in_app",
        "deferred_push",
        "deferred_slack",
        "deferred_twilio",
        "deferred_webhook",
        "delete_relationship",
        "delivered_action",
        "delivered_email",
        "delivered_push",
        "delivered_twilio",
        "device_change",
        "drafted_action",
        "drafted_email",
        "drafted_in_app",
        "drafted_push",
        "drafted_slack",
        "drafted_twilio",
        "drafted_webhook",
        "dropped_action",
        "dropped_email",
        "dropped_push",
        "dropped_twilio",
        "dropped_webhook",
        "event",
        "failed_action",
        "failed_attribute_change",
        "failed_batch_update",
        "failed_email",
        "failed_event",
        "failed_in_app",
        "failed_object_journeys",
        "failed_push",
        "failed_query_collection",
        "failed_slack",
        "failed_twilio",
        "failed_webhook",
        "opened_action",
        "opened_email",
        "opened_in_app",
        "opened_push",
        "page",
        "profile_create",
        "profile_delete",
        "profile_merge",
        "relationship_attribute_change",
        "relationship_failed_attribute_change",
        "screen",
        "sent_action",
        "sent_email",
        "sent_in_app",
        "sent_push",
        "sent_slack",
        "sent_twilio",
        "sent_webhook",
        "skipped_update",
        "spammed_email",
        "suppressed_twilio",
        "topic_unsubscribed_email",
        "undeliverable_action",
        "undeliverable_email",
        "undeliverable_in_app",
        "undeliverable_push",
        "undeliverable_slack",
        "undeliverable_twilio",
        "undeliverable_webhook",
        "unsubscribed_action",
        "unsubscribed_email",
        "viewed_content",
        "webhook_event",
    ]
    | str
    | None = None,
    name: str | None = None,
) -> _rt.Prepared[CustomerActivityList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("customer_id", customer_id)
    _rt.one_of(id_type, ("id", "email", "cio_id"), 'id_type must be one of "id", "cio_id", or "email"', optional=True)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/customers/{_rt.encode_component(customer_id)}/activities",
        query=_rt.query(
            (
                ("id_type", id_type),
                ("start", start),
                ("limit", limit),
                ("type", type),
                ("name", name),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_customer_activities",
    )


def parse(payload: Any) -> CustomerActivityList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CustomerActivityList.from_dict, payload)
