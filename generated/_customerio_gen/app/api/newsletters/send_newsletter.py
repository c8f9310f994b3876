"""POST /newsletters/{newsletter_id}/send (api): `send_newsletter`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.newsletter_response import NewsletterResponse

if TYPE_CHECKING:
    from _customerio_gen.params.app import NewsletterSendRequestParam


def prepare(
    newsletter_id: str | int, data: NewsletterSendRequestParam | None = None
) -> _rt.Prepared[NewsletterResponse]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("newsletter_id", newsletter_id)
    body: Any = data if data is not None else {}
    return _rt.Prepared(
        method="POST",
        base="api",
        path=f"/newsletters/{_rt.encode_component(newsletter_id)}/send",
        query=(),
        body=body,
        parse=parse,
        operation="send_newsletter",
    )


def parse(payload: Any) -> NewsletterResponse:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(NewsletterResponse.from_dict, payload)
