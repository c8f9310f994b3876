"""GET /transactional/{transactional_id}/metrics/links (api): `get_transactional_message_link_metrics`.

Rendered by `make generate` from spec/app.yaml; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from _customerio_gen import _runtime as _rt

from ...models.transactional_link_metrics import TransactionalLinkMetrics

if TYPE_CHECKING:
    pass


def prepare(
    transactional_id: str | int,
    *,
    period: Literal["hours", "days", "weeks", "months"] | None = None,
    steps: int | None = None,
    unique: bool | None = None,
) -> _rt.Prepared[TransactionalLinkMetrics]:
    """Check the arguments (node's order) and describe the request."""
    _rt.require("transactional_id", transactional_id)
    return _rt.Prepared(
        method="GET",
        base="api",
        path=f"/transactional/{_rt.encode_component(transactional_id)}/metrics/links",
        query=_rt.query(
            (
                ("period", period),
                ("steps", steps),
                ("unique", unique),
            )
        ),
        body=_rt.NO_BODY,
        parse=parse,
        operation="get_transactional_message_link_metrics",
    )


def parse(payload: Any) -> TransactionalLinkMetrics:
    """Read a 2xx answer's JSON (`{}` when the body was empty)."""
    return _rt.parse_model(TransactionalLinkMetrics.from_dict, payload)
