"""GET /newsletters/{newsletter_id} (api): `get_newsletter`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.newsletter_response import NewsletterResponse

if TYPE_CHECKING:
    pass


def prepare(newsletter_id: str | int) -> _rt.Prepared[NewsletterResponse]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("newsletter_id", newsletter_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/newsletters/{_rt.encode_component(newsletter_id)}",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_newsletter",
    )


def parse(payload: Any) -> NewsletterResponse:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(NewsletterResponse.from_dict, payload)
