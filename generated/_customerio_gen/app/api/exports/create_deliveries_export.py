"""POST /exports/deliveries (api): `create_deliveries_export`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.export_result import ExportResult

if TYPE_CHECKING:
    pass


def prepare(
    newsletter_id: int | None = None,
    *,
    campaign_id: int | None = None,
    action_id: int | None = None,
    transactional_message_id: int | None = None,
    start: int | None = None,
    end: int | None = None,
    attributes: Sequence[str] | None = None,
    metric: Literal[
        "created",
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
) -> _rt.Prepared[ExportResult]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require_one(
        ("newsletter_id", "campaign_id", "action_id", "transactional_message_id"),
        newsletter_id,
        campaign_id,
        action_id,
        transactional_message_id,
    )
    body: dict[str, Any] = {}
    if newsletter_id is not None:
        body["newsletter_id"] = newsletter_id
    if campaign_id is not None:
        body["campaign_id"] = campaign_id
    if action_id is not None:
        body["action_id"] = action_id
    if transactional_message_id is not None:
        body["transactional_message_id"] = transactional_message_id
    if start is not None:
        body["start"] = start
    if end is not None:
        body["end"] = end
    if attributes is not None:
        body["attributes"] = attributes
    if metric is not None:
        body["metric"] = metric
    if drafts is not None:
        body["drafts"] = drafts
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/exports/deliveries",
        query=(),
        body=body,
        parse=parse,
        operation="create_deliveries_export",
    )


def parse(payload: Any) -> ExportResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ExportResult.from_dict, payload)
