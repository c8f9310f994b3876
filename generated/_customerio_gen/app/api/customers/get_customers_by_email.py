"""GET /customers (api): `get_customers_by_email`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.customer_email_matches import CustomerEmailMatches

if TYPE_CHECKING:
    pass


def prepare(email: str) -> _rt.Prepared[CustomerEmailMatches]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require_string("email", email, '"email" must be a string')
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/customers",
        query=_rt.query((("email", email),)),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_customers_by_email",
    )


def parse(payload: Any) -> CustomerEmailMatches:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CustomerEmailMatches.from_dict, payload)
