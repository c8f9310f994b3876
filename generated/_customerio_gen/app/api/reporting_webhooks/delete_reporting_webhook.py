"""DELETE /reporting_webhooks/{webhook_id} (api): `delete_reporting_webhook`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    pass


def prepare(webhook_id: str | int) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("webhook_id", webhook_id)
    return _rt.Prepared(
        method="DELETE",
        base="api",
        path=f"/reporting_webhooks/{_rt.encode_component(webhook_id)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="delete_reporting_webhook",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
