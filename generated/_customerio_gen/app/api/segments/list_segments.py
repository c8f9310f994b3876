"""GET /segments (api): `list_segments`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.segment_list import SegmentList

if TYPE_CHECKING:
    pass


def prepare() -> _rt.Prepared[SegmentList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/segments",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_segments",
    )


def parse(payload: Any) -> SegmentList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(SegmentList.from_dict, payload)
