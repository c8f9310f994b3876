"""POST /assets/folders (api): `create_asset_folder`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.asset_folder_result import AssetFolderResult

if TYPE_CHECKING:
    from _customerio_gen.params.app import AssetFolderInputParam

    from ...models.asset_folder_input import AssetFolderInput


def prepare(folder: AssetFolderInput | AssetFolderInputParam) -> _rt.Prepared[AssetFolderResult]:
    """Check the arguments (node's order) and describe the request."""
    folder = _rt.as_mapping(folder)
    _rt.require_mapping("folder", folder)
    _rt.require_key("folder", folder, "name")
    body: Any = folder
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/assets/folders",
        query=(),
        body=body,
        parse=parse,
        operation="create_asset_folder",
    )


def parse(payload: Any) -> AssetFolderResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(AssetFolderResult.from_dict, payload)
