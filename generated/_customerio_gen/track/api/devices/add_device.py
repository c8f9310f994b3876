"""PUT /customers/{customer_id}/devices (track): `add_device`.

Rendered by `make generate` from spec/track.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    from _customerio_gen.params.track import AddDeviceDataParam

    from ...client import TrackBodies


def prepare(
    customer_id: str | int,
    device_id: str,
    platform: str,
    data: AddDeviceDataParam | Mapping[str, Any] | None = None,
    *,
    bodies: TrackBodies,
) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("customer_id", customer_id)
    _rt.require("device_id", device_id)
    _rt.require("platform", platform)
    body: Any = bodies.add_device(customer_id, device_id, platform, data)
    return _rt.Prepared(
        method="PUT",
        base="track",
        path=f"/customers/{_rt.encode_component(customer_id)}/devices",
        query=(),
        body=body,
        parse=parse,
        operation="add_device",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
