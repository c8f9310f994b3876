"""DELETE /customers/{customer_id} (track): `destroy`.

Rendered by `make generate` from spec/track.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    pass


def prepare(customer_id: str | int) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("customer_id", customer_id)
    return _rt.Prepared(
        method="DELETE",
        base="track",
        path=f"/customers/{_rt.encode_component(customer_id)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="destroy",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
