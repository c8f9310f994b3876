"""POST /reporting_webhooks (api): `create_reporting_webhook`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.reporting_webhook import ReportingWebhook

if TYPE_CHECKING:
    from _customerio_gen.params.app import ReportingWebhookInputParam

    from ...models.reporting_webhook_input import ReportingWebhookInput


def prepare(
    webhook: ReportingWebhookInput | ReportingWebhookInputParam | Mapping[str, Any],
) -> _rt.Prepared[ReportingWebhook]:
    """Check the arguments (node's order) and describe the request."""
    webhook = _rt.as_mapping(webhook)
    _rt.require_mapping("webhook", webhook)
    _rt.require_key("webhook", webhook, "endpoint")
    body: Any = webhook
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/reporting_webhooks",
        query=(),
        body=body,
        parse=parse,
        operation="create_reporting_webhook",
    )


def parse(payload: Any) -> ReportingWebhook:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ReportingWebhook.from_dict, payload)
