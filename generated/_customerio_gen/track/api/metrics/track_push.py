"""POST /push/events (track): `track_push`.

Rendered by `make generate` from spec/track.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    from _customerio_gen.params.track import TrackPushMetricParam


def prepare(data: TrackPushMetricParam | None = None) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    body: Any = data if data is not None else {}
    return _rt.Prepared(
        method="POST",
        base="track",
        path="/push/events",
        query=(),
        body=body,
        parse=parse,
        operation="track_push",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
