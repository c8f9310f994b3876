"""GET /newsletters (api): `list_newsletters`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.newsletter_list import NewsletterList

if TYPE_CHECKING:
    pass


def prepare(
    *, start: str | None = None, limit: int | None = None, sort: Literal["asc", "desc"] | None = None
) -> _rt.Prepared[NewsletterList]:
    """Check the arguments (node's order) and describe the request."""
    return _rt.Prepared(
        method="GET",
        base="api",
        path="/newsletters",
        query=_rt.query(
            (
                ("start", start),
                ("limit", limit),
                ("sort", sort),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="list_newsletters",
    )


def parse(payload: Any) -> NewsletterList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(NewsletterList.from_dict, payload)
