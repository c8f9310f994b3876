"""POST /newsletters (api): `create_newsletter`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.newsletter_response import NewsletterResponse

if TYPE_CHECKING:
    from _customerio_gen.params.app import NewsletterCreateRequestParam


def prepare(data: NewsletterCreateRequestParam | Mapping[str, Any] | None = None) -> _rt.Prepared[NewsletterResponse]:
    """Check the arguments (node's order) and describe the request."""
    body: Any = data if data is not None else {}
    return _rt.Prepared(
        method="POST",
        base="api",
        path="/newsletters",
        query=(),
        body=body,
        parse=parse,
        operation="create_newsletter",
    )


def parse(payload: Any) -> NewsletterResponse:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(NewsletterResponse.from_dict, payload)
