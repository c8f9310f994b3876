"""GET /reporting_webhooks (api): `list_reporting_webhooks`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.reporting_webhook_list import ReportingWebhookList

if TYPE_CHECKING:
    pass


def prepare() -> _rt.Prepared[ReportingWebhookList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/reporting_webhooks",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_reporting_webhooks",
    )


def parse(payload: Any) -> ReportingWebhookList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ReportingWebhookList.from_dict, payload)
