"""PUT /reporting_webhooks/{webhook_id} (api): `update_reporting_webhook`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.reporting_webhook import ReportingWebhook

if TYPE_CHECKING:
    from _customerio_gen.params.app import ReportingWebhookUpdateParam

    from ...models.reporting_webhook_update import ReportingWebhookUpdate


def prepare(
    webhook_id: str | int, updates: ReportingWebhookUpdate | ReportingWebhookUpdateParam | Mapping[str, Any]
) -> _rt.Prepared[ReportingWebhook]:
    """Check the arguments (node's order) and describe the request."""
    updates = _rt.as_mapping(updates)
    _rt.require("webhook_id", webhook_id)
    _rt.require_mapping("updates", updates)
    body: Any = updates
    return _rt.Prepared(
        method="PUT",
        base="api",
        path=f"/reporting_webhooks/{_rt.encode_component(webhook_id)}",
        query=(),
        body=body,
        parse=parse,
        operation="update_reporting_webhook",
    )


def parse(payload: Any) -> ReportingWebhook:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ReportingWebhook.from_dict, payload)
