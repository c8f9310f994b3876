"""POST /unsubscribe/{delivery_id} (track_host): `unsubscribe`.

Rendered by `make generate` from spec/track.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    pass


def prepare(delivery_id: str | int, unsubscribe: bool = True) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("delivery_id", delivery_id)
    body: Any = {"unsubscribe": unsubscribe}
    return _rt.Prepared(
        method="POST",
        base="track_host",
        path=f"/unsubscribe/{_rt.encode_component(delivery_id)}",
        query=(),
        body=body,
        parse=parse,
        operation="unsubscribe",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
