"""GET /sender_identities/{sender_id} (api): `get_sender_identity`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.sender_identity_envelope import SenderIdentityEnvelope

if TYPE_CHECKING:
    pass


def prepare(sender_id: str | int) -> _rt.Prepared[SenderIdentityEnvelope]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("sender_id", sender_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/sender_identities/{_rt.encode_component(sender_id)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_sender_identity",
    )


def parse(payload: Any) -> SenderIdentityEnvelope:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(SenderIdentityEnvelope.from_dict, payload)
