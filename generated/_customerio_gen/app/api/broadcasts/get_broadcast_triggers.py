"""GET /broadcasts/{broadcast_id}/triggers (api): `get_broadcast_triggers`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.broadcast_trigger_list import BroadcastTriggerList

if TYPE_CHECKING:
    pass


def prepare(broadcast_id: str | int) -> _rt.Prepared[BroadcastTriggerList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("broadcast_id", broadcast_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/broadcasts/{_rt.encode_component(broadcast_id)}/triggers",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_broadcast_triggers",
    )


def parse(payload: Any) -> BroadcastTriggerList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(BroadcastTriggerList.from_dict, payload)
