"""GET /transactional/{transactional_id} (api): `get_transactional_message`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.transactional_message_response import TransactionalMessageResponse

if TYPE_CHECKING:
    pass


def prepare(transactional_id: str | int) -> _rt.Prepared[TransactionalMessageResponse]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("transactional_id", transactional_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/transactional/{_rt.encode_component(transactional_id)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_transactional_message",
    )


def parse(payload: Any) -> TransactionalMessageResponse:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(TransactionalMessageResponse.from_dict, payload)
