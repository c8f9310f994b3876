"""POST /customers (api): `search_customers`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.customer_search_result import CustomerSearchResult

if TYPE_CHECKING:
    from _customerio_gen.params.app import AudienceFilterParam


def prepare(
    filter: AudienceFilterParam, *, start: str | None = None, limit: int | None = None
) -> _rt.Prepared[CustomerSearchResult]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require_present("filter", filter)
    body: Any = {"filter": filter}
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/customers",
        query=_rt.query(
            (
                ("start", start),
                ("limit", limit),
            )
        ),
        body=body,
        parse=parse,
        operation="search_customers",
    )


def parse(payload: Any) -> CustomerSearchResult:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(CustomerSearchResult.from_dict, payload)
