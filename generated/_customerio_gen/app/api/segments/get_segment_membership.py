"""GET /segments/{segment_id}/membership (api): `get_segment_membership`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.segment_membership import SegmentMembership

if TYPE_CHECKING:
    pass


def prepare(
    segment_id: str | int, *, start: str | None = None, limit: int | None = None
) -> _rt.Prepared[SegmentMembership]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("segment_id", segment_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/segments/{_rt.encode_component(segment_id)}/membership",
        query=_rt.query(
            (
                ("start", start),
                ("limit", limit),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_segment_membership",
    )


def parse(payload: Any) -> SegmentMembership:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(SegmentMembership.from_dict, payload)
