"""POST /batch (pipelines): `batch`.

Rendered by `make generate` from spec/pipelines.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.pipelines_response import PipelinesResponse

if TYPE_CHECKING:
    from _customerio_gen.params.pipelines import PipelinesBatchItemParam

    from ...client import PipelinesBodies


def prepare(
    items: Sequence[PipelinesBatchItemParam | Mapping[str, Any]], *, bodies: PipelinesBodies
) -> _rt.Prepared[PipelinesResponse]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require_non_empty_list("items", items)
    body: Any = bodies.batch(items)
    return _rt.Prepared(
        method="POST",
        base="pipelines",
        path="/batch",
        query=(),
        body=body,
        parse=parse,
        operation="batch",
    )


def parse(payload: Any) -> PipelinesResponse:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(PipelinesResponse.from_dict, payload)
