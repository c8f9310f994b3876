"""GET /segments/{segment_id} (api): `get_segment`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.segment_response import SegmentResponse

if TYPE_CHECKING:
    pass


def prepare(segment_id: str | int) -> _rt.Prepared[SegmentResponse]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("segment_id", segment_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/segments/{_rt.encode_component(segment_id)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_segment",
    )


def parse(payload: Any) -> SegmentResponse:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(SegmentResponse.from_dict, payload)
