"""GET /exports/{id}/download (api): `download_export`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.export_download import ExportDownload

if TYPE_CHECKING:
    pass


def prepare(id: str | int) -> _rt.Prepared[ExportDownload]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("id", id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/exports/{_rt.encode_component(id)}/download",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="download_export",
    )


def parse(payload: Any) -> ExportDownload:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(ExportDownload.from_dict, payload)
