"""GET /segments/{segment_id}/used_by (api): `get_segment_used_by`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.segment_usage import SegmentUsage

if TYPE_CHECKING:
    pass


def prepare(segment_id: str | int) -> _rt.Prepared[SegmentUsage]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("segment_id", segment_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/segments/{_rt.encode_component(segment_id)}/used_by",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_segment_used_by",
    )


def parse(payload: Any) -> SegmentUsage:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(SegmentUsage.from_dict, payload)
