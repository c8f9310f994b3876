"""GET /messages/{message_id}/archived_message (api): `get_archived_message`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.archived_message_envelope import ArchivedMessageEnvelope

if TYPE_CHECKING:
    pass


def prepare(message_id: str) -> _rt.Prepared[ArchivedMessageEnvelope]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("message_id", message_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/messages/{_rt.encode_component(message_id)}/archived_message",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_archived_message",
    )


def parse(payload: Any) -> ArchivedMessageEnvelope:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ArchivedMessageEnvelope.from_dict, payload)
