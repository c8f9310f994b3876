"""GET /broadcasts (api): `list_broadcasts`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.broadcast_list import BroadcastList

if TYPE_CHECKING:
    pass


def prepare() -> _rt.Prepared[BroadcastList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/broadcasts",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_broadcasts",
    )


def parse(payload: Any) -> BroadcastList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(BroadcastList.from_dict, payload)
