"""PUT /assets/files/{asset_id} (api): `update_asset`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    from _customerio_gen.params.app import AssetUpdateParam

    from ...models.asset_update import AssetUpdate


def prepare(asset_id: str | int, updates: AssetUpdate | AssetUpdateParam) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    updates = _rt.as_mapping(updates)
    _rt.require("asset_id", asset_id)
    _rt.require_mapping("updates", updates)
    body: Any = updates
    return _rt.Prepared(
        method="PUT",
        base="api",
        path=f"/assets/files/{_rt.encode_component(asset_id)}",
        query=(),
        body=body,
        parse=parse,
        operation="update_asset",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
