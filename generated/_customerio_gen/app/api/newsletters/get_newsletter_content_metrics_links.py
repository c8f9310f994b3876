"""GET /newsletters/{newsletter_id}/contents/{content_id}/metrics/links (api): `get_newsletter_content_metrics_links`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.newsletter_link_metrics_list import NewsletterLinkMetricsList

if TYPE_CHECKING:
    pass


def prepare(
    newsletter_id: str | int,
    content_id: str | int,
    *,
    period: Literal["hours", "days", "weeks", "months"] | None = None,
    steps: int | None = None,
    unique: bool | None = None,
    type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
) -> _rt.Prepared[NewsletterLinkMetricsList]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("newsletter_id", newsletter_id)
    _rt.require("content_id", content_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/newsletters/{_rt.encode_component(newsletter_id)}/contents/{_rt.encode_component(content_id)}/metrics/links",
        query=_rt.query(
            (
                ("period", period),
                ("steps", steps),
                ("unique", unique),
                ("type", type),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_newsletter_content_metrics_links",
    )


def parse(payload: Any) -> NewsletterLinkMetricsList:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(NewsletterLinkMetricsList.from_dict, payload)
