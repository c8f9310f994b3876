"""PUT /customers/{customer_id} (track): `identify`.

Rendered by `make generate` from spec/track.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    from _customerio_gen.params.track import TrackAttributesParam


def prepare(
    customer_id: str | int, data: TrackAttributesParam | Mapping[str, Any] | None = None
) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("customer_id", customer_id)
    body: Any = data if data is not None else {}
    return _rt.Prepared(
        method="PUT",
        base="track",
        path=f"/customers/{_rt.encode_component(customer_id)}",
        query=(),
        body=body,
        parse=parse,
        operation="identify",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
