"""GET /newsletters/{newsletter_id}/contents (api): `get_newsletter_contents`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.newsletter_content_list import NewsletterContentList

if TYPE_CHECKING:
    pass


def prepare(newsletter_id: str | int) -> _rt.Prepared[NewsletterContentList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("newsletter_id", newsletter_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/newsletters/{_rt.encode_component(newsletter_id)}/contents",
        query=(),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_newsletter_contents",
    )


def parse(payload: Any) -> NewsletterContentList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(NewsletterContentList.from_dict, payload)
