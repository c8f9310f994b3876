"""POST /esp/suppression/{suppression_type}/{email} (api): `create_suppression`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    pass


def prepare(
    suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"], email: str
) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("suppression_type", suppression_type)
    _rt.require("email", email)
    body: Any = {}
    return _rt.Prepared(
        method="POST",
        base="api",
        path=f"/esp/suppression/{_rt.encode_component(suppression_type)}/{_rt.encode_component(email)}",
        query=(),
        body=body,
        parse=parse,
        operation="create_suppression",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
