"""GET /transactional/{transactional_id}/contents (api): `get_transactional_message_contents`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.transactional_content_list import TransactionalContentList

if TYPE_CHECKING:
    pass


def prepare(transactional_id: str | int) -> _rt.Prepared[TransactionalContentList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("transactional_id", transactional_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/transactional/{_rt.encode_component(transactional_id)}/contents",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_transactional_message_contents",
    )


def parse(payload: Any) -> TransactionalContentList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(TransactionalContentList.from_dict, payload)
