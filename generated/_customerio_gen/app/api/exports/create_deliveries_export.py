"""POST /exports/deliveries (api): `create_deliveries_export`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.export_result import ExportResult

if TYPE_CHECKING:
    from _customerio_gen.params.app import DeliveriesExportOptionsParam


def prepare(
    newsletter_id: int, *, options: DeliveriesExportOptionsParam | Mapping[str, Any] | None = None
) -> _rt.Prepared[ExportResult]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("newsletter_id", newsletter_id)
    body: dict[str, Any] = {}
    body["newsletter_id"] = newsletter_id
    _rt.spread(body, options)
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/exports/deliveries",
        query=(),
        body=body,
        parse=parse,
        operation="create_deliveries_export",
    )


def parse(payload: Any) -> ExportResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ExportResult.from_dict, payload)
