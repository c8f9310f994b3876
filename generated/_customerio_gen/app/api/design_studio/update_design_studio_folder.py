"""PUT /design_studio/folders/{folder_id} (api): `update_design_studio_folder`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    from _customerio_gen.params.app import DesignStudioFolderUpdateParam

    from ...models.design_studio_folder_update import DesignStudioFolderUpdate


def prepare(
    folder_id: str, updates: DesignStudioFolderUpdate | DesignStudioFolderUpdateParam
) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    updates = _rt.as_mapping(updates)
    _rt.require("folder_id", folder_id)
    _rt.require_mapping("updates", updates)
    body: Any = updates
    return _rt.Prepared(
        method="PUT",
        base="api",
        path=f"/design_studio/folders/{_rt.encode_component(folder_id)}",
        query=(),
        body=body,
        parse=parse,
        operation="update_design_studio_folder",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
