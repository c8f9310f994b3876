"""GET /transactional (api): `list_transactional_messages`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.transactional_message_list import TransactionalMessageList

if TYPE_CHECKING:
    pass


def prepare() -> _rt.Prepared[TransactionalMessageList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/transactional",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_transactional_messages",
    )


def parse(payload: Any) -> TransactionalMessageList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(TransactionalMessageList.from_dict, payload)
