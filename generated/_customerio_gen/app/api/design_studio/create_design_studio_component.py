"""POST /design_studio/components (api): `create_design_studio_component`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.design_studio_component_result import DesignStudioComponentResult

if TYPE_CHECKING:
    from _customerio_gen.params.app import DesignStudioComponentInputParam

    from ...models.design_studio_component_input import DesignStudioComponentInput


def prepare(
    component: DesignStudioComponentInput | DesignStudioComponentInputParam,
) -> _rt.Prepared[DesignStudioComponentResult]:
    """Check the arguments (node's order) and describe the request."""
    component = _rt.as_mapping(component)
    _rt.require_mapping("component", component)
    _rt.require_key("component", component, "name")
    _rt.require_key("component", component, "tag")
    body: Any = component
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/design_studio/components",
        query=(),
        body=body,
        parse=parse,
        operation="create_design_studio_component",
    )


def parse(payload: Any) -> DesignStudioComponentResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(DesignStudioComponentResult.from_dict, payload)
