"""POST /design_studio/folders (api): `create_design_studio_folder`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.design_studio_folder_result import DesignStudioFolderResult

if TYPE_CHECKING:
    from _customerio_gen.params.app import DesignStudioFolderInputParam

    from ...models.design_studio_folder_input import DesignStudioFolderInput


def prepare(folder: DesignStudioFolderInput | DesignStudioFolderInputParam) -> _rt.Prepared[DesignStudioFolderResult]:
    """Check the arguments (node's order) and describe the request."""
    folder = _rt.as_mapping(folder)
    _rt.require_mapping("folder", folder)
    _rt.require_key("folder", folder, "name")
    body: Any = folder
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/design_studio/folders",
        query=(),
        body=body,
        parse=parse,
        operation="create_design_studio_folder",
    )


def parse(payload: Any) -> DesignStudioFolderResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(DesignStudioFolderResult.from_dict, payload)
