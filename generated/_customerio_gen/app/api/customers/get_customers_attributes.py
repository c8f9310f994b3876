"""POST /customers/attributes (api): `get_customers_attributes`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.customer_attributes_list import CustomerAttributesList

if TYPE_CHECKING:
    pass


def prepare(ids: Sequence[str | int]) -> _rt.Prepared[CustomerAttributesList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require_non_empty_list("ids", ids)
    body: Any = {"ids": ids}
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/customers/attributes",
        query=(),
        body=body,
        parse=parse,
        operation="get_customers_attributes",
    )


def parse(payload: Any) -> CustomerAttributesList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CustomerAttributesList.from_dict, payload)
