"""GET /broadcasts/{broadcast_id}/actions (api): `get_broadcast_actions`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.broadcast_action_list import BroadcastActionList

if TYPE_CHECKING:
    pass


def prepare(broadcast_id: str | int) -> _rt.Prepared[BroadcastActionList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("broadcast_id", broadcast_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/broadcasts/{_rt.encode_component(broadcast_id)}/actions",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_broadcast_actions",
    )


def parse(payload: Any) -> BroadcastActionList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(BroadcastActionList.from_dict, payload)
