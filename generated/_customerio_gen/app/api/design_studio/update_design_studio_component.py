"""PUT /design_studio/components/{component_id} (api): `update_design_studio_component`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    from _customerio_gen.params.app import DesignStudioComponentUpdateParam

    from ...models.design_studio_component_update import DesignStudioComponentUpdate


def prepare(
    component_id: str, updates: DesignStudioComponentUpdate | DesignStudioComponentUpdateParam
) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    updates = _rt.as_mapping(updates)
    _rt.require("component_id", component_id)
    _rt.require_mapping("updates", updates)
    body: Any = updates
    return _rt.Prepared(
        method="PUT",
        base="api",
        path=f"/design_studio/components/{_rt.encode_component(component_id)}",
        query=(),
        body=body,
        parse=parse,
        operation="update_design_studio_component",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
