"""GET /transactional/{transactional_id}/language/{language} (api): `get_transactional_message_language`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.transactional_content_response import TransactionalContentResponse

if TYPE_CHECKING:
    pass


def prepare(transactional_id: str | int, language: str) -> _rt.Prepared[TransactionalContentResponse]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("transactional_id", transactional_id)
    _rt.require("language", language)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/transactional/{_rt.encode_component(transactional_id)}/language/{_rt.encode_component(language)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_transactional_message_language",
    )


def parse(payload: Any) -> TransactionalContentResponse:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(TransactionalContentResponse.from_dict, payload)
