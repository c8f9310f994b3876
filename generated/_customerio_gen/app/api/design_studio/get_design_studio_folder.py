"""GET /design_studio/folders/{folder_id} (api): `get_design_studio_folder`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.design_studio_folder_result import DesignStudioFolderResult

if TYPE_CHECKING:
    pass


def prepare(folder_id: str) -> _rt.Prepared[DesignStudioFolderResult]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("folder_id", folder_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/design_studio/folders/{_rt.encode_component(folder_id)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_design_studio_folder",
    )


def parse(payload: Any) -> DesignStudioFolderResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(DesignStudioFolderResult.from_dict, payload)
