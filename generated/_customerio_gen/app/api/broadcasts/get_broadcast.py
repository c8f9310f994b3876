"""GET /broadcasts/{broadcast_id} (api): `get_broadcast`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.broadcast_response import BroadcastResponse

if TYPE_CHECKING:
    pass


def prepare(broadcast_id: str | int) -> _rt.Prepared[BroadcastResponse]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("broadcast_id", broadcast_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/broadcasts/{_rt.encode_component(broadcast_id)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_broadcast",
    )


def parse(payload: Any) -> BroadcastResponse:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(BroadcastResponse.from_dict, payload)
