"""POST /merge_customers (track): `merge_customers`.

Rendered by `make generate` from spec/track.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    from ...client import TrackBodies


def prepare(
    primary_id_type: Literal["id", "email", "cio_id"],
    primary_id: str | int,
    secondary_id_type: Literal["id", "email", "cio_id"],
    secondary_id: str | int,
    *,
    bodies: TrackBodies,
) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("primary_id", primary_id)
    _rt.require("secondary_id", secondary_id)
    _rt.one_of(
        primary_id_type,
        ("id", "email", "cio_id"),
        'primary_id_type and secondary_id_type must be one of "id", "cio_id", or "email"',
    )
    _rt.one_of(
        secondary_id_type,
        ("id", "email", "cio_id"),
        'primary_id_type and secondary_id_type must be one of "id", "cio_id", or "email"',
    )
    body: Any = bodies.merge_customers(primary_id_type, primary_id, secondary_id_type, secondary_id)
    return _rt.Prepared(
        method="POST",
        base="track",
        path="/merge_customers",
        query=(),
        body=body,
        parse=parse,
        operation="merge_customers",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
