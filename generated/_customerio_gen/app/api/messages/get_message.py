"""GET /messages/{message_id} (api): `get_message`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.message_envelope import MessageEnvelope

if TYPE_CHECKING:
    pass


def prepare(
    message_id: str,
    *,
    archived_message: bool | None = None,
    associations: bool | None = None,
    get_tracked_responses: bool | None = None,
) -> _rt.Prepared[MessageEnvelope]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("message_id", message_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/messages/{_rt.encode_component(message_id)}",
        query=_rt.query(
            (
                ("archived_message", archived_message),
                ("associations", associations),
                ("get_tracked_responses", get_tracked_responses),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_message",
    )


def parse(payload: Any) -> MessageEnvelope:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(MessageEnvelope.from_dict, payload)
