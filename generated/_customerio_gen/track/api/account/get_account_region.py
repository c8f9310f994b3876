"""GET /accounts/region (track): `get_account_region`.

Rendered by `make generate` from spec/track.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.track_account_region import TrackAccountRegion

if TYPE_CHECKING:
    pass


def prepare() -> _rt.Prepared[TrackAccountRegion]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="track",
        path="/accounts/region",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_account_region",
    )


def parse(payload: Any) -> TrackAccountRegion:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(TrackAccountRegion.from_dict, payload)
