"""GET /esp/search_suppression/{email} (api): `search_suppression`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.esp_suppression_list import EspSuppressionList

if TYPE_CHECKING:
    pass


def prepare(email: str) -> _rt.Prepared[EspSuppressionList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("email", email)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/esp/search_suppression/{_rt.encode_component(email)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="search_suppression",
    )


def parse(payload: Any) -> EspSuppressionList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(EspSuppressionList.from_dict, payload)
