"""GET /campaigns/{broadcast_id}/triggers/{trigger_id}/errors (api): `get_broadcast_trigger_errors`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.broadcast_trigger_errors import BroadcastTriggerErrors

if TYPE_CHECKING:
    pass


def prepare(
    broadcast_id: str | int, trigger_id: str | int, *, start: str | None = None, limit: int | None = None
) -> _rt.Prepared[BroadcastTriggerErrors]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("broadcast_id", broadcast_id)
    _rt.require("trigger_id", trigger_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/campaigns/{_rt.encode_component(broadcast_id)}/triggers/{_rt.encode_component(trigger_id)}/errors",
        query=_rt.query(
            (
                ("start", start),
                ("limit", limit),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_broadcast_trigger_errors",
    )


def parse(payload: Any) -> BroadcastTriggerErrors:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(BroadcastTriggerErrors.from_dict, payload)
