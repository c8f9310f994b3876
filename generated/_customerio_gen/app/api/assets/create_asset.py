"""POST /assets/files (api): `create_asset`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.asset_result import AssetResult

if TYPE_CHECKING:
    from _customerio_gen.params.app import AssetUploadInputParam

    from ...client import AppBodies


def prepare(file: AssetUploadInputParam, *, bodies: AppBodies) -> _rt.Prepared[AssetResult]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require_mapping("file", file)
    body: Any = bodies.create_asset(file)
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/assets/files",
        query=(),
        body=body,
        parse=parse,
        operation="create_asset",
    )


def parse(payload: Any) -> AssetResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(AssetResult.from_dict, payload)
