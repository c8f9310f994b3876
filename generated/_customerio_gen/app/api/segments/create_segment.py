"""POST /segments (api): `create_segment`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.segment_response import SegmentResponse

if TYPE_CHECKING:
    from _customerio_gen.params.app import SegmentInputParam

    from ...models.segment_input import SegmentInput


def prepare(segment: SegmentInput | SegmentInputParam | Mapping[str, Any]) -> _rt.Prepared[SegmentResponse]:
    """Check the arguments (node's order) and describe the request."""
    segment = _rt.as_mapping(segment)
    _rt.require_mapping("segment", segment)
    _rt.require_key("segment", segment, "name")
    body: Any = {"segment": segment}
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/segments",
        query=(),
        body=body,
        parse=parse,
        operation="create_segment",
    )


def parse(payload: Any) -> SegmentResponse:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(SegmentResponse.from_dict, payload)
