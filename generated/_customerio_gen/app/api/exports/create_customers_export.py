"""POST /exports/customers (api): `create_customers_export`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.export_result import ExportResult

if TYPE_CHECKING:
    from _customerio_gen.params.app import AudienceFilterParam


def prepare(filters: AudienceFilterParam) -> _rt.Prepared[ExportResult]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require_present("filters", filters)
    body: Any = {"filters": filters}
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/exports/customers",
        query=(),
        body=body,
        parse=parse,
        operation="create_customers_export",
    )


def parse(payload: Any) -> ExportResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ExportResult.from_dict, payload)
