"""GET /assets/files/{asset_id} (api): `get_asset`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.asset_result import AssetResult

if TYPE_CHECKING:
    pass


def prepare(asset_id: str | int) -> _rt.Prepared[AssetResult]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("asset_id", asset_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/assets/files/{_rt.encode_component(asset_id)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_asset",
    )


def parse(payload: Any) -> AssetResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(AssetResult.from_dict, payload)
