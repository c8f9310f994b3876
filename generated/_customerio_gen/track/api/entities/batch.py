"""POST /batch (track_v2): `batch`.

Rendered by `make generate` from spec/track.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.track_batch_result import TrackBatchResult

if TYPE_CHECKING:
    from _customerio_gen.params.track import TrackEntityOperationParam


def prepare(operations: Sequence[TrackEntityOperationParam]) -> _rt.Prepared[TrackBatchResult]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require_non_empty_list("operations", operations)
    body: Any = {"batch": operations}
    return _rt.Prepared(
        method="POST",
        base="track_v2",
        path="/batch",
        query=(),
        body=body,
        parse=parse,
        operation="batch",
    )


def parse(payload: Any) -> TrackBatchResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(TrackBatchResult.from_dict, payload)
