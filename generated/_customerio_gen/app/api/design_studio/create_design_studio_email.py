"""POST /design_studio/emails (api): `create_design_studio_email`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.design_studio_email_result import DesignStudioEmailResult

if TYPE_CHECKING:
    from _customerio_gen.params.app import DesignStudioEmailInputParam

    from ...models.design_studio_email_input import DesignStudioEmailInput


def prepare(email: DesignStudioEmailInput | DesignStudioEmailInputParam) -> _rt.Prepared[DesignStudioEmailResult]:
    """Check the arguments (node's order) and describe the request."""
    email = _rt.as_mapping(email)
    _rt.require_mapping("email", email)
    _rt.require_key("email", email, "name")
    body: Any = email
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/design_studio/emails",
        query=(),
        body=body,
        parse=parse,
        operation="create_design_studio_email",
    )


def parse(payload: Any) -> DesignStudioEmailResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(DesignStudioEmailResult.from_dict, payload)
