"""GET /segments/{segment_id}/customer_count (api): `get_segment_customer_count`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.segment_customer_count import SegmentCustomerCount

if TYPE_CHECKING:
    pass


def prepare(segment_id: str | int) -> _rt.Prepared[SegmentCustomerCount]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("segment_id", segment_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/segments/{_rt.encode_component(segment_id)}/customer_count",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_segment_customer_count",
    )


def parse(payload: Any) -> SegmentCustomerCount:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(SegmentCustomerCount.from_dict, payload)
