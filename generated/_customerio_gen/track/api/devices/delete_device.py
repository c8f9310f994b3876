"""DELETE /customers/{customer_id}/devices/{device_token} (track): `delete_device`.

Rendered by `make generate` from spec/track.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    pass


def prepare(customer_id: str | int, device_token: str | int) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("customer_id", customer_id)
    _rt.require("device_token", device_token)
    return _rt.Prepared(
        method="DELETE",
        base="track",
        path=f"/customers/{_rt.encode_component(customer_id)}/devices/{_rt.encode_component(device_token)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="delete_device",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
