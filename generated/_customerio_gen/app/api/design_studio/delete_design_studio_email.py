"""DELETE /design_studio/emails/{email_id} (api): `delete_design_studio_email`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    pass


def prepare(email_id: str) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("email_id", email_id)
    return _rt.Prepared(
        method="DELETE",
        base="api",
        path=f"/design_studio/emails/{_rt.encode_component(email_id)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="delete_design_studio_email",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
