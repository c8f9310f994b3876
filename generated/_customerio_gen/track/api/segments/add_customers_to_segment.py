"""POST /segments/{segment_id}/add_customers (track): `add_customers_to_segment`.

Rendered by `make generate` from spec/track.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    pass


def prepare(
    segment_id: str | int, customer_ids: Sequence[str | int], id_type: Literal["id", "email", "cio_id"] | None = None
) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("segment_id", segment_id)
    _rt.require_non_empty_list("customer_ids", customer_ids)
    _rt.one_of(id_type, ("id", "email", "cio_id"), 'id_type must be one of "id", "cio_id", or "email"', optional=True)
    body: Any = {"ids": customer_ids}
    return _rt.Prepared(
        method="POST",
        base="track",
        path=f"/segments/{_rt.encode_component(segment_id)}/add_customers",
        query=_rt.query((("id_type", id_type),)),
        body=body,
        parse=parse,
        operation="add_customers_to_segment",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
