"""POST /events (track): `track_anonymous`.

Rendered by `make generate` from spec/track.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    from _customerio_gen.params.track import TrackEventParam


def prepare(anonymous_id: str | int, data: TrackEventParam) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require_key("data", data, "name")
    body: dict[str, Any] = {}
    _rt.spread(body, data)
    if not _rt.is_empty(anonymous_id):
        body["anonymous_id"] = anonymous_id
    return _rt.Prepared(
        method="POST",
        base="track",
        path="/events",
        query=(),
        body=body,
        parse=parse,
        operation="track_anonymous",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
