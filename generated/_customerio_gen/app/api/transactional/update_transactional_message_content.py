"""PUT /transactional/{transactional_id}/content/{content_id} (api): `update_transactional_message_content`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.transactional_content_response import TransactionalContentResponse

if TYPE_CHECKING:
    from _customerio_gen.params.app import TransactionalContentUpdateParam


def prepare(
    transactional_id: str | int,
    content_id: str | int,
    data: TransactionalContentUpdateParam | Mapping[str, Any] | None = None,
) -> _rt.Prepared[TransactionalContentResponse]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("transactional_id", transactional_id)
    _rt.require("content_id", content_id)
    body: Any = data if data is not None else {}
    return _rt.Prepared(
        method="PUT",
        base="api",
        path=f"/transactional/{_rt.encode_component(transactional_id)}/content/{_rt.encode_component(content_id)}",
        query=(),
        body=body,
        parse=parse,
        operation="update_transactional_message_content",
    )


def parse(payload: Any) -> TransactionalContentResponse:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(TransactionalContentResponse.from_dict, payload)
