"""POST /newsletters/{newsletter_id}/test_group/{test_group_id}/language (api): `create_newsletter_test_group_language`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ...models.newsletter_content_response import NewsletterContentResponse

if TYPE_CHECKING:
    from _customerio_gen.params.app import NewsletterLanguageCreateParam


def prepare(
    newsletter_id: str | int,
    test_group_id: str | int,
    data: NewsletterLanguageCreateParam | Mapping[str, Any] | None = None,
) -> _rt.Prepared[NewsletterContentResponse]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("newsletter_id", newsletter_id)
    _rt.require("test_group_id", test_group_id)
    body: Any = data if data is not None else {}
    return _rt.Prepared(
        method="POST",
        base="api",
        path=f"/newsletters/{_rt.encode_component(newsletter_id)}/test_group/{_rt.encode_component(test_group_id)}/language",
        query=(),
        body=body,
        parse=parse,
        operation="create_newsletter_test_group_language",
    )


def parse(payload: Any) -> NewsletterContentResponse:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(NewsletterContentResponse.from_dict, payload)
