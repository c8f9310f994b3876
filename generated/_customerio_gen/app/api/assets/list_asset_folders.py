"""GET /assets/folders (api): `list_asset_folders`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.asset_folder_list import AssetFolderList

if TYPE_CHECKING:
    pass


def prepare(
    *,
    parent_folder_id: int | None = None,
    direct_descendants_only: bool | None = None,
    page: int | None = None,
    limit: int | None = None,
) -> _rt.Prepared[AssetFolderList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/assets/folders",
        query=_rt.query(
            (
                ("parent_folder_id", parent_folder_id),
                ("direct_descendants_only", direct_descendants_only),
                ("page", page),
                ("limit", limit),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_asset_folders",
    )


def parse(payload: Any) -> AssetFolderList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(AssetFolderList.from_dict, payload)
