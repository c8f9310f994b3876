"""GET /design_studio/components/{component_id} (api): `get_design_studio_component`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.design_studio_component_result import DesignStudioComponentResult

if TYPE_CHECKING:
    pass


def prepare(component_id: str) -> _rt.Prepared[DesignStudioComponentResult]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("component_id", component_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/design_studio/components/{_rt.encode_component(component_id)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_design_studio_component",
    )


def parse(payload: Any) -> DesignStudioComponentResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(DesignStudioComponentResult.from_dict, payload)
