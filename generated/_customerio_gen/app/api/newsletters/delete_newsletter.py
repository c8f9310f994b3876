"""DELETE /newsletters/{newsletter_id} (api): `delete_newsletter`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

if TYPE_CHECKING:
    pass


def prepare(newsletter_id: str | int) -> _rt.Prepared[dict[str, Any]]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("newsletter_id", newsletter_id)
    return _rt.Prepared(
        method="DELETE",
        base="api",
        path=f"/newsletters/{_rt.encode_component(newsletter_id)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="delete_newsletter",
    )


def parse(payload: Any) -> dict[str, Any]:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.as_json_object(payload)
