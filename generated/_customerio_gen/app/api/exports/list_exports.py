"""GET /exports (api): `list_exports`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.export_list import ExportList

if TYPE_CHECKING:
    pass


def prepare() -> _rt.Prepared[ExportList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/exports",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_exports",
    )


def parse(payload: Any) -> ExportList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ExportList.from_dict, payload)
