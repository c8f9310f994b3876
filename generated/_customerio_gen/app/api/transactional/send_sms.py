"""POST /send/sms (api): `send_sms`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.send_message_result import SendMessageResult

if TYPE_CHECKING:
    from ...client import AppBodies


def prepare(request: _rt.MessageRequest, *, bodies: AppBodies) -> _rt.Prepared[SendMessageResult]:
    """Check the arguments (node's order) and describe the request."""
    body: Any = bodies.send_sms(request)
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/send/sms",
        query=(),
        body=body,
        parse=parse,
        operation="send_sms",
    )


def parse(payload: Any) -> SendMessageResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(SendMessageResult.from_dict, payload)
