"""GET /exports/{id} (api): `get_export`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.export_result import ExportResult

if TYPE_CHECKING:
    pass


def prepare(id: str | int) -> _rt.Prepared[ExportResult]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("id", id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/exports/{_rt.encode_component(id)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_export",
    )


def parse(payload: Any) -> ExportResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ExportResult.from_dict, payload)
