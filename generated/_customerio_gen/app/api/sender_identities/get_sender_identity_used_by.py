"""GET /sender_identities/{sender_id}/used_by (api): `get_sender_identity_used_by`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.sender_identity_usage import SenderIdentityUsage

if TYPE_CHECKING:
    pass


def prepare(sender_id: str | int) -> _rt.Prepared[SenderIdentityUsage]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("sender_id", sender_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/sender_identities/{_rt.encode_component(sender_id)}/used_by",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_sender_identity_used_by",
    )


def parse(payload: Any) -> SenderIdentityUsage:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(SenderIdentityUsage.from_dict, payload)
