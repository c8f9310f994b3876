"""POST /entity (track_v2): `entity`.

Rendered by `make generate` from spec/track.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    from _customerio_gen.params.track import TrackEntityOperationParam


def prepare(operation: TrackEntityOperationParam) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require_non_empty_mapping("operation", operation)
    body: Any = operation
    return _rt.Prepared(
        method="POST",
        base="track_v2",
        path="/entity",
        query=(),
        body=body,
        parse=parse,
        operation="entity",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
